import Foundation
import Testing

/// A calibration is reproducible from its seed in a new process, not only within one: Swift seeds its
/// hashing per process, so a sum taken in a dictionary's order changed the distance's last bits, and
/// with them the written posterior, from one run of the same command to the next.
struct CalibrationReproducibilityTests {
    @Test func theSameCalibrateCommandWritesTheSameBytesInTwoProcesses() throws {
        let directory = CLITests.temporaryDirectory()
        var written: [Data] = []
        for name in ["first", "second"] {
            let path = directory + "/\(name).json"
            let (status, _, errors) = try CLITests.runBinary([
                "calibrate", "--particles", "10", "--generations", "1", "--keep", "2", "--draws", "100",
                "--seed", "3", "--fit-through", "2005", "--screen-trajectories", "4", "--out", path,
            ])
            #expect(status == 0, "\(errors)")
            written.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(!written[0].isEmpty)
        #expect(written[0] == written[1], "two runs of the same command wrote different posteriors")
        // The file's command reproduces it: a screen size other than the default is part of it.
        let provenance = String(decoding: written[0], as: UTF8.self)
        #expect(provenance.contains("--screen-trajectories 4"))
    }
}
