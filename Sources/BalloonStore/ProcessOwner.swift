import Foundation

/// The process that is running a stored run: its host, id and start time, so that a later process can tell
/// whether it is still alive or was killed (and its id perhaps reused since).
struct ProcessOwner: Sendable, Equatable {
    var host: String
    var pid: Int32
    /// Clock ticks after boot at which the process started (Linux `/proc/PID/stat`), nil where unknown.
    var startTicks: Int64?

    static let current = ProcessOwner(
        host: ProcessInfo.processInfo.hostName, pid: getpid(), startTicks: startTicks(of: getpid()))

    /// Whether this owner is certainly gone: on this host, and its process has exited or its id now belongs to a
    /// process that started at another time. An owner on another host cannot be asked, so it counts as alive.
    var isCertainlyGone: Bool {
        guard host == Self.current.host else { return false }
        if kill(pid, 0) != 0 && errno == ESRCH { return true }
        if let startTicks, let now = Self.startTicks(of: pid) { return startTicks != now }
        return false
    }

    /// Field 22 of `/proc/PID/stat` (after the command name, which may hold spaces and parentheses).
    static func startTicks(of pid: Int32) -> Int64? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 22 is fields[19].
        return fields.count > 19 ? Int64(fields[19]) : nil
    }
}
