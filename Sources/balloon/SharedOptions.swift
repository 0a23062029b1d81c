import ArgumentParser

/// Seed and simulated years: the options every command that runs a scenario takes.
struct SpanOptions: ParsableArguments {
    @Option(help: "Random seed (default: the scenario's, else 1). Ensembles: member k uses seed + k.")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "First simulated year (1990–2030; default: the scenario's).")
    var from: Int?

    @Option(parsing: .unconditional, help: "Last simulated year (up to 2050; default: the scenario's).")
    var to: Int?

    /// The options as given, for a command that reproduces the run.
    var words: [String] {
        var words: [String] = []
        if let seed { words += ["--seed", "\(seed)"] }
        if let from { words += ["--from", "\(from)"] }
        if let to { words += ["--to", "\(to)"] }
        return words
    }
}

/// How an analysis (ensemble, comparison, sensitivity) runs: on how many threads, and which shard of it.
struct ExecutionOptions: ParsableArguments {
    @Option(help: "Run only slice K of N (K from 0) and write a partial result for `balloon merge`.")
    var shard: String?

    @Option(parsing: .unconditional, help: "Threads (default: all cores).")
    var threads: Int?
}
