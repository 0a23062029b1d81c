import BalloonAnalysis
import BalloonModel
import BalloonScenario
import BalloonStore
import Foundation

/// Records one command's run in the run store (docs/store.md): `running` when it starts, then `finished` with
/// its summary and files, or `failed` with its error. A killed command leaves its run `running` until the next
/// opening of the store marks it failed ("interrupted").
struct RunRecorder {
    let store: any RunStore
    let record: RunRecord

    /// Adds the run as running, first saying on standard error when a finished run with the same content hash is
    /// already stored (the command still runs and writes its files).
    static func begin(_ store: (any RunStore)?, inputs: RunKey.Inputs) throws -> RunRecorder? {
        guard let store else { return nil }
        if let earlier = try earlier(in: store, inputs: inputs) {
            var standardError = FileHandle.standardError
            print(
                "note: the run store already holds this run (same scenarios, model commit, data, posterior, seed and "
                    + "options) as run \(earlier.id); `balloon runs show \(earlier.id)`. Running it again.",
                to: &standardError)
        }
        return RunRecorder(store: store, record: try store.add(NewRun(inputs: inputs, modelVersion: Balloon.version)))
    }

    /// A finished run with the same content hash, when one may stand for this run: never when the binary's commit
    /// is unknown or has local changes (`RunKey.isReusable`).
    static func earlier(in store: any RunStore, inputs: RunKey.Inputs) throws -> RunRecord? {
        guard RunKey.isReusable(modelCommit: inputs.modelCommit) else { return nil }
        return try store.finishedRun(withKey: RunKey(inputs))
    }

    /// Runs `body` and records its outputs, or its error (then rethrown). The files are written by then, so a store
    /// that fails at the end only warns.
    static func track(_ recorder: RunRecorder?, _ body: () throws -> RunOutputs) throws {
        let outputs: RunOutputs
        do {
            outputs = try body()
        } catch {
            recorder?.settle { try $0.store.fail($0.record.id, message: UserError(error).description) }
            throw error
        }
        recorder?.settle { try $0.store.finish($0.record.id, outputs: outputs) }
    }

    private func settle(_ change: (RunRecorder) throws -> Void) {
        do { try change(self) } catch {
            var standardError = FileHandle.standardError
            print("warning: the run store did not record the end of run \(record.id): \(error)", to: &standardError)
        }
    }
}

/// The inputs that identify a command's run in the store (its `RunKey`).
enum RunInputs {
    /// A single run of `reference`, resolved as `prepared`.
    static func single(reference: String, _ prepared: ScenarioRunner.Prepared) throws -> RunKey.Inputs {
        let configuration = prepared.configuration
        return RunKey.Inputs(
            kind: .run, scenarios: [try source(reference, name: prepared.scenario.name)],
            configurationHashes: [configuration.contentHash], modelCommit: ProvenanceStamp.gitCommit,
            dataAndParameterHash: dataAndParameterHash, posteriorFingerprint: ProvenanceStamp.singleRunPosterior,
            seed: configuration.seed,
            options: RunOptions(startYear: configuration.startYear, endYear: configuration.endYear))
    }

    /// An ensemble or comparison of `references` (baseline first); nil for kinds the store does not keep.
    static func analysis(_ spec: AnalysisSpec, references: [String]) throws -> RunKey.Inputs? {
        let kind: RunKind
        switch spec.kind {
        case .ensemble: kind = .ensemble
        case .comparison: kind = .comparison
        case .sensitivity: return nil
        }
        return RunKey.Inputs(
            kind: kind, scenarios: try zip(references, spec.scenarios).map { try source($0, name: $1) },
            configurationHashes: spec.scenarioFingerprints, modelCommit: ProvenanceStamp.gitCommit,
            dataAndParameterHash: dataAndParameterHash, posteriorFingerprint: spec.posterior, seed: spec.seed,
            options: RunOptions(
                ensembleSize: spec.runs, startYear: spec.startYear, endYear: spec.endYear,
                thresholdPercent: spec.thresholdPercent))
    }

    static var dataAndParameterHash: String {
        "data \(ProvenanceStamp.dataHash), catalog \(ParameterCatalog.contentHash)"
    }

    /// The scenario as written: the bundled file's or the given file's text.
    private static func source(_ reference: String, name: String) throws -> ScenarioSource {
        ScenarioSource(name: name, text: try ScenarioLibrary().read(reference).0)
    }
}

/// What an ensemble or comparison command passes to `AnalysisCLI.execute` so its whole run is recorded
/// (shards are not: `balloon merge` makes their result).
struct AnalysisRecording {
    /// nil with --no-store.
    let store: (any RunStore)?
    /// The scenario arguments as given, baseline first.
    let references: [String]
}

extension RunOutputs {
    /// The files a command wrote, with the contents of the one ending in `summarySuffix` as the summary.
    init(written paths: [String], summarySuffix: String) throws {
        let summary = try paths.first { $0.hasSuffix(summarySuffix) }.map {
            try String(contentsOfFile: $0, encoding: .utf8)
        }
        self.init(summaryJSON: summary ?? "{}", files: paths)
    }
}
