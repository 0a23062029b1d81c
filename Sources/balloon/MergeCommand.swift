import ArgumentParser
import BalloonAnalysis
import BalloonModel
import BalloonStatistics
import BalloonStore
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
            let command = ["balloon", "merge"] + files + ["--out", out]
            let paths = try AnalysisCLI.write(
                output, provenance: ProvenanceStamp.make(spec: spec, command: command), stem: spec.outputStem, to: out)
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
            return try read(path, option: "--posterior")
        }
        return ParameterEnsemble.bundledPosterior()
            ?? ParameterEnsemble(
                kind: "defaults", provenance: "no posterior bundled", draws: [ParameterDraw(values: [:])])
    }

    /// Reads and checks the parameter ensemble file at `path`, given with `option`.
    /// - Throws: `UserError` naming the option and the file, with what is wrong in it.
    static func read(_ path: String, option: String) throws(UserError) -> ParameterEnsemble {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw UserError(
                code: "fileNotReadable", message: "the parameter ensemble file '\(path)' \(reason)",
                location: "\(option) \(path)",
                fix: "give the path of a parameter ensemble JSON file (as written by `balloon calibrate`)")
        }
        do { return try ParameterEnsemble.decode(data) } catch {
            throw UserError(
                code: "invalidPosterior", message: "'\(path)' is not a usable parameter ensemble: \(error)",
                location: "\(option) \(path)", fix: "give a file written by `balloon calibrate`")
        }
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
    /// With `invariants`, every run's outputs are checked before anything is written (`MemberInvariants`,
    /// `DesignPointInvariants`).
    static func execute(
        _ job: AnalysisJob, invariants: (any RunGuard)? = nil, shard text: String?, out: String,
        threads: Int?, command: [String], recording: AnalysisRecording? = nil
    ) throws {
        let parallelism = try parallelism(threads)
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> String {
            String(format: "%.1f s", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        if let text {
            let shard = try Shard(parsing: text)
            let progress = AnalysisCLI.progress(of: job.spec, runs: shard.range(of: job.spec.runs).count)
            let partial = try progress.watch { try job.run(shard: shard, parallelism: parallelism) }
            try invariants?.check()
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let path = URL(fileURLWithPath: out).appendingPathComponent(partial.fileName).path
            try OutputSet.writeAlone(partial.encoded(), to: path)
            print(
                "Shard \(shard.index) of \(shard.count): runs \(partial.firstRun)–\(partial.endRun - 1) of \(job.spec.runs) in \(elapsed()); wrote \(path)"
            )
            print(
                "When every shard is done: balloon merge \(out)/\(job.spec.outputStem).shard-*-of-\(shard.count).json --out \(out)"
            )
        } else {
            let recorder = try recording.flatMap { recording in
                try RunInputs.analysis(job.spec, references: recording.references).flatMap {
                    try RunRecorder.begin(recording.store, inputs: $0)
                }
            }
            try RunRecorder.track(recorder) {
                let progress = AnalysisCLI.progress(of: job.spec, runs: job.spec.runs)
                let output = try progress.watch { try job.run(parallelism: parallelism) }
                try invariants?.check()
                let paths = try write(
                    output, provenance: ProvenanceStamp.make(spec: job.spec, command: command),
                    stem: job.spec.outputStem, to: out)
                print(output.console)
                print("\n\(job.spec.runs) runs in \(elapsed()); wrote \(paths.joined(separator: " and "))")
                let summary = output.files.first { $0.name.hasSuffix(".json") }?.contents ?? "{}"
                return RunOutputs(summaryJSON: summary, files: paths)
            }
        }
    }

    /// The progress display of `runs` runs of an analysis: members of an ensemble or comparison, model runs of a
    /// sensitivity design.
    static func progress(of spec: AnalysisSpec, runs: Int) -> ProgressDisplay {
        let label: String
        switch spec.kind {
        case .ensemble: label = "ensemble \(spec.scenarios[0])"
        case .comparison: label = "compare \(spec.scenarios.joined(separator: " "))"
        case .sensitivity: label = "sensitivity \(spec.scenarios[0])"
        }
        return ProgressDisplay(label, total: runs, unit: spec.kind == .sensitivity ? "model runs" : "members")
    }

    /// Writes every file of `output` and its provenance into `directory` as one set named `stem` that appears whole
    /// or not at all (`OutputSet`); returns the paths, the manifest last.
    static func write(_ output: AnalysisOutput, provenance: Provenance, stem: String, to directory: String) throws
        -> [String]
    {
        let set = try OutputSet(folder: directory, name: stem)
        do {
            for file in output.files { try set.add(file.name, contents: file.contents) }
            try ProvenanceStamp.stage(provenance, stem: stem, into: set)
            return try set.commit()
        } catch {
            set.discard()
            throw error
        }
    }
}
