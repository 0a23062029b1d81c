import Foundation
import Testing

@testable import BalloonCharts

/// The SVGs in examples/ are golden files, reviewed by eye once: a change to any of them must be deliberate.
///
/// Run with `BALLOON_CHARTS_WRITE_EXAMPLES=1 swift test` to rewrite them after an intended change.
struct ExampleTests {
    static let examples: [(name: String, svg: @Sendable () -> String)] = [
        ("line-projection", { Fixtures.cocaProjection.svg() }),
        ("stacked-spending", { Fixtures.spending.svg() }),
        ("small-multiples", { Fixtures.multiples.svg() }),
        ("region-grid", { Fixtures.regions.svg() }),
    ]

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/examples")
    }

    @Test(arguments: examples.map(\.name))
    func examplesMatchTheirGoldenFiles(name: String) throws {
        let svg = try #require(Self.examples.first { $0.name == name }).svg()
        try SVGChecks.validate(svg)
        let file = Self.directory.appendingPathComponent(name + ".svg")
        if ProcessInfo.processInfo.environment["BALLOON_CHARTS_WRITE_EXAMPLES"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try svg.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(svg == golden, "\(name).svg differs; rerun with BALLOON_CHARTS_WRITE_EXAMPLES=1 if intended")
    }
}
