import Foundation

/// Combines the partial results of the N shards of one run into exactly what the unsharded run
/// gives (`balloon merge FILES...`), after checking that they belong together and cover every run once.
package enum ShardMerge {
    /// Reads and checks one shard file.
    /// - Throws: `AnalysisError` naming the file: missing, unreadable, not a partial result, another
    ///   schema version, or damaged.
    package static func read(_ path: String) throws(AnalysisError) -> PartialResult {
        guard FileManager.default.fileExists(atPath: path) else {
            throw AnalysisError(
                .fileNotReadable, field: path, message: "no such file",
                fix: "check the path; shards are written as STEM.shard-K-of-N.json in the --out folder")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AnalysisError(
                .fileNotReadable, field: path, message: "the file cannot be read", fix: "check its permissions")
        }
        if let problem = JSONFileProblem.syntaxProblem(in: data) {
            throw AnalysisError(
                .notAPartialResult, field: path, message: problem,
                fix: "the file is truncated or damaged (a full disk, an interrupted copy?): rerun this shard")
        }
        struct SchemaOnly: Decodable { let schema: String? }
        guard let header = try? JSONDecoder().decode(SchemaOnly.self, from: data), let schema = header.schema else {
            throw AnalysisError(
                .notAPartialResult, field: path,
                message: "not a Balloon partial result (no \"schema\" field in a JSON object)",
                fix: "pass the .shard-K-of-N.json files written by --shard, not final outputs")
        }
        guard schema == PartialResult.currentSchema else {
            let older =
                schema == "balloon.partial-result/1"
                ? " (an older Balloon, whose payload held three optional fields; this one writes a payload with a \"kind\")"
                : ""
            throw AnalysisError(
                .schemaMismatch, field: path,
                message:
                    "written with schema '\(schema)'\(older); this Balloon reads '\(PartialResult.currentSchema)' only",
                fix: "merge with the Balloon version that wrote the shards, or rerun them with this one")
        }
        let partial: PartialResult
        do {
            partial = try JSONDecoder().decode(PartialResult.self, from: data)
        } catch {
            throw AnalysisError(
                .notAPartialResult, field: path,
                message: "damaged partial result: \(JSONFileProblem.describe(error, in: data))", fix: "rerun this shard"
            )
        }
        try check(partial, path: path)
        return partial
    }

    /// Checks a partial result against its own spec: slice, payload kind and invariants.
    static func check(_ partial: PartialResult, path: String) throws(AnalysisError) {
        let shard: Shard
        do { shard = try Shard(index: partial.shard.index, count: partial.shard.count) } catch {
            throw AnalysisError(
                .notAPartialResult, field: path,
                message: "its shard \(partial.shard.index)/\(partial.shard.count) is invalid",
                fix: "rerun this shard")
        }
        let range = shard.range(of: partial.spec.runs)
        var specIsSound = !partial.spec.scenarios.isEmpty
        if partial.spec.kind == .sensitivity {
            let study = partial.spec.sensitivity.flatMap { try? SensitivityStudy(settings: $0) }
            specIsSound = specIsSound && study?.runCount == partial.spec.runs
        }
        guard specIsSound, partial.spec.runs >= 1, partial.firstRun == range.lowerBound,
            partial.endRun == range.upperBound,
            partial.payload.runCount == range.count, partial.payload.isConsistent(with: partial.spec.kind)
        else {
            throw AnalysisError(
                .notAPartialResult, field: path,
                message:
                    "its contents do not match its shard \(shard.index)/\(shard.count) of \(partial.spec.runs) runs",
                fix: "rerun this shard")
        }
        try ShardValueCheck.check(partial.payload, path: path)
    }

    /// Merges shards that share one spec and together cover shards 0 ..< N exactly once.
    /// - Parameter partials: (path, partial result) pairs, in any order.
    /// - Throws: `AnalysisError` naming the field or shard at fault.
    package static func merge(_ partials: [(path: String, result: PartialResult)]) throws(AnalysisError) -> (
        spec: AnalysisSpec, payload: AnalysisPayload
    ) {
        var merger = Merger()
        for (path, partial) in partials { try merger.add(partial, from: path) }
        return try merger.finish()
    }

    /// Reads and merges shard files one at a time, so memory holds the running result and one file,
    /// not every shard at once (member distributions merge in any order; sensitivity outputs, which are
    /// small, are kept by shard and joined in index order at the end).
    package static func merge(paths: [String]) throws(AnalysisError) -> (spec: AnalysisSpec, payload: AnalysisPayload) {
        var merger = Merger()
        for path in paths { try merger.add(try read(path), from: path) }
        return try merger.finish()
    }

    /// The running state of a merge.
    struct Merger {
        private var first: (path: String, result: PartialResult)?
        private var pathByIndex: [Int: String] = [:]
        private var merged: AnalysisPayload?
        private var outputsByIndex: [Int: [Double]] = [:]

        mutating func add(_ partial: PartialResult, from path: String) throws(AnalysisError) {
            guard let (firstPath, first) = first else {
                first = (path, partial)
                try accept(partial, from: path)
                return
            }
            if let (field, mine, theirs) = first.spec.firstDifference(from: partial.spec) {
                throw AnalysisError(
                    .specMismatch, field: field,
                    message:
                        "shards come from different runs (set by \(AnalysisSpec.option(of: field))): \(firstPath) has \(mine), \(path) has \(theirs)",
                    fix:
                        "merge only the shards of one command (same scenarios, options, seed, posterior and Balloon version)"
                )
            }
            guard partial.shard.count == first.shard.count else {
                throw AnalysisError(
                    .specMismatch, field: "shard count",
                    message:
                        "\(firstPath) is one of \(first.shard.count) shards, \(path) one of \(partial.shard.count)",
                    fix: "merge the shards of one split: all --shard K/N with the same N")
            }
            try accept(partial, from: path)
        }

        private mutating func accept(_ partial: PartialResult, from path: String) throws(AnalysisError) {
            let index = partial.shard.index
            if let otherPath = pathByIndex[index] {
                throw AnalysisError(
                    .shardsIncomplete, field: "shard \(index)/\(partial.shard.count)",
                    message: "given twice: \(otherPath) and \(path)", fix: "pass each shard file once")
            }
            pathByIndex[index] = path
            if case .sensitivity(let outputs) = partial.payload {
                outputsByIndex[index] = outputs
            } else if var running = merged {
                guard running.isMergeable(with: partial.payload) else {
                    throw AnalysisError(
                        .notAPartialResult, field: path, message: "its series or years differ from the other shards'",
                        fix: "rerun this shard with the same Balloon version as the others")
                }
                running.merge(partial.payload)
                merged = running
            } else {
                merged = partial.payload
            }
        }

        func finish() throws(AnalysisError) -> (spec: AnalysisSpec, payload: AnalysisPayload) {
            guard let (_, first) = first else {
                throw AnalysisError(
                    .shardsIncomplete, field: "files", message: "no shard file given",
                    fix: "pass every STEM.shard-K-of-N.json of one run, e.g. balloon merge out/*.shard-*.json")
            }
            let count = first.shard.count
            let missing = (0..<count).filter { pathByIndex[$0] == nil }
            guard missing.isEmpty else {
                let list =
                    missing.prefix(20).map(String.init).joined(separator: ", ") + (missing.count > 20 ? ", …" : "")
                throw AnalysisError(
                    .shardsIncomplete, field: "shards", message: "\(missing.count) of \(count) shards missing: \(list)",
                    fix: "run them (--shard \(missing[0])/\(count) …) and pass their files too")
            }
            if first.spec.kind == .sensitivity {
                return (first.spec, .sensitivity((0..<count).flatMap { outputsByIndex[$0] ?? [] }))
            }
            guard let merged else {
                throw AnalysisError(
                    .shardsIncomplete, field: "shards", message: "no shard held member results",
                    fix: "rerun the shards with this Balloon version")
            }
            return (first.spec, merged)
        }
    }
}
