import ArgumentParser
import BalloonAnalysis
import BalloonStatistics
import Dispatch
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the shard files of an ensemble, comparison or sensitivity run into its final outputs.",
        discussion:
            "Writes exactly the files the unsharded run writes. See docs/analysis.md for Slurm and Kubernetes recipes.")

    @Argument(help: "Every STEM.shard-K-of-N.json of one run, in any order.")
    var files: [String]

    @Option(help: "Output folder.")
    var out: String = "balloon-output"

    @Option(parsing: .unconditional, help: "Threads for the analysis step (default: all cores).")
    var threads: Int?

    func run() throws {
        do {
            try OutputFolder.check(out)
            let (spec, payload) = try ShardMerge.merge(paths: files)
            let output = try AnalysisOutput.render(
                spec: spec, payload: payload, parallelism: try AnalysisCLI.parallelism(threads))
            var paths = try AnalysisCLI.write(output, to: out)
            let command = ["balloon", "merge"] + files + ["--out", out]
            paths.append(
                try ProvenanceStamp.write(
                    ProvenanceStamp.make(spec: spec, command: command), stem: spec.outputStem, in: out))
            print(output.console)
            print("\nMerged \(files.count) shards of \(spec.runs) runs; wrote \(paths.joined(separator: " and "))")
        } catch {
            throw report(error)
        }
    }
}

/// What the analysis commands (run --ensemble, compare, sensitivity, merge) share: the posterior,
/// threads, and running a job whole or as one shard.
enum AnalysisCLI {
    /// The parameter ensemble members draw from: a file given with --posterior, else the bundled
    /// posterior, else the defaults as a single draw.
    static func posterior(_ path: String?) throws -> ParameterEnsemble {
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AnalysisError(
                    .fileNotReadable, field: "--posterior", message: "cannot read '\(path)'",
                    fix: "give the path of a parameter ensemble JSON file (as written by `balloon calibrate`)")
            }
            do { return try ParameterEnsemble.decode(data) } catch {
                throw AnalysisError(
                    .fileNotReadable, field: "--posterior", message: "'\(path)' is not a parameter ensemble (\(error))",
                    fix: "give a file written by `balloon calibrate`")
            }
        }
        return ParameterEnsemble.bundledPosterior()
            ?? ParameterEnsemble(
                kind: "defaults", provenance: "no posterior bundled", draws: [ParameterDraw(values: [:])])
    }

    static func parallelism(_ threads: Int?) throws -> Parallelism {
        guard let threads else { return .automatic }
        guard (1...1024).contains(threads) else {
            throw AnalysisError(
                .invalidOption, field: "--threads", message: "\(threads) threads is outside 1 to 1024",
                fix: "leave --threads out to use every core")
        }
        return .threads(threads)
    }

    /// Runs `job` whole (writes STEM.csv and STEM.json, prints the table) or one shard (writes its partial file).
    /// `command` is the command line that reproduces the whole run; it goes into `STEM.provenance.json`.
    static func execute(_ job: AnalysisJob, shard text: String?, out: String, threads: Int?, command: [String]) throws {
        let parallelism = try parallelism(threads)
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> String {
            String(format: "%.1f s", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        if let text {
            let shard = try Shard(parsing: text)
            let partial = try job.run(shard: shard, parallelism: parallelism)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let path = URL(fileURLWithPath: out).appendingPathComponent(partial.fileName).path
            try partial.encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
            print(
                "Shard \(shard.index) of \(shard.count): runs \(partial.firstRun)–\(partial.endRun - 1) of \(job.spec.runs) in \(elapsed()); wrote \(path)"
            )
            print(
                "When every shard is done: balloon merge \(out)/\(job.spec.outputStem).shard-*-of-\(shard.count).json --out \(out)"
            )
        } else {
            let output = try job.run(parallelism: parallelism)
            var paths = try write(output, to: out)
            paths.append(
                try ProvenanceStamp.write(
                    ProvenanceStamp.make(spec: job.spec, command: command), stem: job.spec.outputStem, in: out))
            print(output.console)
            print("\n\(job.spec.runs) runs in \(elapsed()); wrote \(paths.joined(separator: " and "))")
        }
    }

    /// Writes every file of `output` into `directory` (whole files only: written aside, then moved).
    static func write(_ output: AnalysisOutput, to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try output.files.map { file in
            let path = URL(fileURLWithPath: directory).appendingPathComponent(file.name).path
            try ScenarioRunner().atomicWrite(file.contents, to: path)
            return path
        }
    }
}
