import Foundation
import Testing

@testable import balloon

/// The progress display: a live bar with time left on a terminal, one summary line otherwise.
struct ProgressDisplayTests {
    /// What a display wrote, gathered from any thread.
    final class Written: @unchecked Sendable {
        private var parts: [String] = []
        private let lock = NSLock()
        func add(_ text: String) { lock.withLock { parts.append(text) } }
        var text: String { lock.withLock { parts.joined() } }
    }

    @Test func withoutATerminalItWritesOneSummaryLineAndNothingElse() throws {
        let written = Written()
        let display = ProgressDisplay("ensemble history", total: 40, unit: "members", interactive: false) {
            written.add($0)
        }
        let value = try display.watch {
            for _ in 0..<40 { display.advance(by: 1) }
            return 7
        }
        #expect(value == 7)
        let lines = written.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "\(written.text)")
        #expect(lines[0].hasPrefix("ensemble history: 40 members in "))
        #expect(!written.text.contains("\r"))
    }

    @Test func onATerminalItDrawsABarWithTimeLeftAndEndsWithTheSummary() throws {
        let written = Written()
        let display = ProgressDisplay("compare a b", total: 4, unit: "members", interactive: true) { written.add($0) }
        try display.watch {
            for _ in 0..<4 {
                Thread.sleep(forTimeInterval: 0.11)
                display.advance(by: 1)
            }
        }
        let text = written.text
        #expect(text.contains("\rcompare a b ["))
        #expect(text.contains("1/4 members 25%") && text.contains("left"))
        #expect(text.hasSuffix("compare a b: 4 members in " + text.split(separator: " in ").last!))
        #expect(text.hasSuffix("\n"))
    }

    @Test func aFailedRunClearsTheBarAndLeavesNoSummary() {
        let written = Written()
        let display = ProgressDisplay("validate", total: 10, unit: "member runs", interactive: false) {
            written.add($0)
        }
        struct Stop: Error {}
        #expect(throws: Stop.self) { try display.watch { throw Stop() } }
        #expect(written.text.isEmpty)
    }

    @Test func theTimeLeftIsTheRateSoFarTimesWhatRemains() {
        #expect(ProgressDisplay.timeLeft(done: 0, total: 10, elapsed: 5) == nil)
        #expect(ProgressDisplay.timeLeft(done: 5, total: 20, elapsed: 10) == 30)
        #expect(ProgressDisplay.timeLeft(done: 20, total: 20, elapsed: 10) == 0)
        #expect(ProgressDisplay.duration(12.34) == "12.3 s")
        #expect(ProgressDisplay.duration(125) == "2 min 05 s")
        #expect(ProgressDisplay.duration(7300) == "2 h 01 min")
    }

    @Test func anUnknownTotalShowsCountAndElapsedTimeButNoBar() {
        let display = ProgressDisplay("calibrate", total: nil, unit: "model runs", interactive: true) { _ in }
        display.advance(by: 12)
        let bar = display.bar(elapsed: 3)
        #expect(bar == "calibrate: 12 model runs, 3.0 s elapsed")
    }
}
