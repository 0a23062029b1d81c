import BalloonStore
import Foundation

/// Temporary stores and sample runs for the store tests.
enum StoreFixture {
    /// A path for a new store in a fresh temporary folder.
    static func path() -> String {
        let folder = NSTemporaryDirectory() + "balloon-store-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/runs.sqlite"
    }

    /// Inputs with every field set to a distinct, non-default value.
    static func inputs(kind: RunKind = .ensemble, seed: UInt64 = 42) -> RunKey.Inputs {
        RunKey.Inputs(
            kind: kind,
            scenarios: [
                ScenarioSource(name: "history", text: "name = \"history\"\n# é ünïcode ✓\n"),
                ScenarioSource(name: "plan-peru", text: "name = \"plan-peru\"\nbaseline = \"history\"\n"),
            ],
            configurationHashes: ["0123456789abcdef", "fedcba9876543210"], modelCommit: "4a3b4ed0c0ffee",
            dataAndParameterHash: "data 1111 + catalog 2222", posteriorFingerprint: "abc-smc, 200 draws, 3333",
            seed: seed, options: RunOptions(ensembleSize: 24, startYear: 2001, endYear: 2029, thresholdPercent: 7.5))
    }

    /// The id of a process that has exited.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
