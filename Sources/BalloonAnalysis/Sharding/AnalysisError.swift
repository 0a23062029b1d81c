import BalloonScenario

/// A problem with an analysis request or a shard file that the user can fix: which field, what was
/// wrong, and how to fix it. The command line prints `description` and exits non-zero.
package struct AnalysisError: Error, CustomStringConvertible, Equatable, Sendable {
    package enum Code: String, Sendable {
        case invalidShard, invalidMemberCount, invalidOption, unknownOutput
        case fileNotReadable, notAPartialResult, schemaMismatch, specMismatch, shardsIncomplete, nonFiniteOutput
    }

    package let code: Code
    /// The option, file or field at fault, e.g. `--shard` or `members`.
    package let field: String
    package let message: String
    package let fix: String

    package init(_ code: Code, field: String, message: String, fix: String) {
        self.code = code
        self.field = field
        self.message = message
        self.fix = fix
    }

    package var description: String { "\(field): \(message). Fix: \(fix)" }
}

extension AnalysisError {
    /// The closest candidate by edit distance, when it is close enough to be a likely typo.
    static func closestName(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let best = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let (candidate, score) = best, score <= max(2, word.count / 3) else { return nil }
        return candidate
    }
}
