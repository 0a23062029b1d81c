import BalloonStatistics
import Dispatch
import Foundation

/// How far a long command has got, on standard error: a bar with the time left, redrawn in place, when standard
/// error is a terminal; otherwise (a log, a pipe, CI) nothing until one summary line at the end. The analysis
/// layer reports finished units through `WorkProgress`; this type only counts and draws, so it cannot change a
/// result.
final class ProgressDisplay: @unchecked Sendable {
    /// What is being done, e.g. `ensemble history`.
    let label: String
    /// Units the whole command makes; nil when not known in advance (calibration draws until enough are accepted).
    let total: Int?
    /// The unit's name, plural: `members`, `model runs`.
    let unit: String
    /// Whether to draw a live bar (standard error is a terminal).
    let interactive: Bool
    private let write: @Sendable (String) -> Void
    private let start = DispatchTime.now().uptimeNanoseconds
    private let lock = NSLock()
    private var done = 0
    private var lastDraw: UInt64 = 0

    /// Redraws at most this often, so a fast run is not slowed by its own bar.
    static let redrawInterval: UInt64 = 100_000_000

    init(
        _ label: String, total: Int?, unit: String, interactive: Bool = isatty(STDERR_FILENO) != 0,
        write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write($0) }
    ) {
        self.label = label
        self.total = total
        self.unit = unit
        self.interactive = interactive
        self.write = write
    }

    /// Runs `body` with this display watching it; ends with the summary line if it succeeds (unless `final` is
    /// false: more work for the same display follows), and with the bar cleared if it throws (the error says what
    /// happened).
    func watch<R>(final: Bool = true, _ body: () throws -> R) throws -> R {
        let result: R
        do {
            result = try WorkProgress.bound({ [self] in advance(by: $0) }, body)
        } catch {
            if interactive { write("\r\u{1B}[K") }
            throw error
        }
        if final { write((interactive ? "\r\u{1B}[K" : "") + summary() + "\n") }
        return result
    }

    /// Counts `count` finished units; on a terminal, redraws the bar when it is due.
    func advance(by count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        guard interactive else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now &- lastDraw >= Self.redrawInterval || done == total else { return }
        lastDraw = now
        write("\r" + bar(elapsed: Double(now &- start) / 1e9) + "\u{1B}[K")
    }

    /// Prints `line` on standard output without tearing the bar: on a terminal the bar is cleared first and
    /// redrawn at the next unit.
    func printAbove(_ line: String) {
        lock.withLock {
            if interactive { write("\r\u{1B}[K") }
            print(line)
            fflush(nil)
            lastDraw = 0
        }
    }

    /// Units finished so far.
    var finished: Int { lock.withLock { done } }

    /// `label [########------------]  120/400 members  30%  1 min 05 s left`, or without bar and time left when
    /// the total is unknown.
    func bar(elapsed: Double, width: Int = 24) -> String {
        guard let total, total > 0 else {
            return "\(label): \(done) \(unit), \(Self.duration(elapsed)) elapsed"
        }
        let fraction = min(1, Double(done) / Double(total))
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        var text = "\(label) [\(bar)] \(done)/\(total) \(unit) \(Int((fraction * 100).rounded(.down)))%"
        if let left = Self.timeLeft(done: done, total: total, elapsed: elapsed) {
            text += "  \(Self.duration(left)) left"
        }
        return text
    }

    /// The one line a finished command leaves: `label: 400 members in 12.3 s`.
    func summary() -> String {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e9
        return "\(label): \(finished) \(unit) in \(Self.duration(elapsed))"
    }

    /// Time left at the rate so far; nil before the first unit (no rate yet).
    static func timeLeft(done: Int, total: Int, elapsed: Double) -> Double? {
        guard done > 0, elapsed > 0 else { return nil }
        return max(0, Double(total - done) * elapsed / Double(done))
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        if whole < 3600 { return String(format: "%d min %02d s", whole / 60, whole % 60) }
        return String(format: "%d h %02d min", whole / 3600, whole % 3600 / 60)
    }
}
