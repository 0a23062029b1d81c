import BalloonStore
import Testing

/// The content hash: equal only when every input is equal.
struct RunKeyTests {
    @Test func identicalInputsGiveTheSameKey() {
        #expect(RunKey(StoreFixture.inputs()) == RunKey(StoreFixture.inputs()))
        #expect(RunKey(StoreFixture.inputs()).hex.count == 64)
    }

    /// One change per component; each must change the key.
    @Test(arguments: [
        "kind", "scenario text", "scenario name", "configuration hash", "model commit", "data and parameter hash",
        "posterior", "seed", "ensemble size", "start year", "end year", "threshold",
    ])
    func changingAnyOneInputChangesTheKey(component: String) {
        let base = StoreFixture.inputs()
        var changed = base
        switch component {
        case "kind": changed.kind = .comparison
        case "scenario text": changed.scenarios[1].text += " "
        case "scenario name": changed.scenarios[0].name = "history2"
        case "configuration hash": changed.configurationHashes[1] = "fedcba9876543211"
        case "model commit": changed.modelCommit = "4a3b4ed0c0ffef"
        case "data and parameter hash": changed.dataAndParameterHash = "data 1111 + catalog 2223"
        case "posterior": changed.posteriorFingerprint = "abc-smc, 201 draws, 3333"
        case "seed": changed.seed += 1
        case "ensemble size": changed.options.ensembleSize = 25
        case "start year": changed.options.startYear = 2002
        case "end year": changed.options.endYear = 2030
        case "threshold": changed.options.thresholdPercent = 7.6
        default: Issue.record("unknown component \(component)")
        }
        #expect(changed != base, "the test did not change \(component)")
        #expect(RunKey(changed) != RunKey(base), "\(component) does not enter the key")
    }

    @Test func onlyACleanCommitMakesAResultReusable() {
        #expect(RunKey.isReusable(modelCommit: "4a3b4ed0c0ffee4a3b4ed0c0ffee4a3b4ed0c0ff"))
        #expect(!RunKey.isReusable(modelCommit: "4a3b4ed0c0ffee4a3b4ed0c0ffee4a3b4ed0c0ff-modified"))
        #expect(!RunKey.isReusable(modelCommit: "unknown"))
        #expect(!RunKey.isReusable(modelCommit: "0.1.0"))
    }
}
