/// Where a stored run is in its life. `queued` and `running` are live; the other three are final.
package enum RunStatus: String, Sendable, Codable, CaseIterable {
    case queued
    case running
    case finished
    case failed
    case cancelled

    /// Whether nothing more can happen to a run in this state.
    package var isFinal: Bool { self == .finished || self == .failed || self == .cancelled }

    /// The moves a run may make: queued → running or cancelled; running → finished, failed or cancelled.
    package func canMove(to next: RunStatus) -> Bool {
        switch (self, next) {
        case (.queued, .running), (.queued, .cancelled), (.queued, .failed): true
        case (.running, .finished), (.running, .failed), (.running, .cancelled): true
        default: false
        }
    }
}
