/// A problem in a scenario file that the user can fix: where it is, what was expected, how to fix it.
public struct ScenarioError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Code: String, Sendable {
        case syntax, unknownKey, wrongType, unknownCountry, unknownRegion, unknownRoute, unknownMarket
        case unknownInstrument, unknownEvent, unknownParameter, yearOutOfRange, invalidNumber, budgetNotAllowed
        case missingKey, conflictingKeys, emptyRange, unknownScenario, baselineCycle, fileNotReadable
    }

    public let code: Code
    public let file: String
    public let line: Int?
    /// Dotted path of the offending key, e.g. `policy[3].hectares`.
    public let key: String?
    public let message: String
    public let fix: String

    public init(_ code: Code, file: String, line: Int? = nil, key: String? = nil, message: String, fix: String) {
        self.code = code
        self.file = file
        self.line = line
        self.key = key
        self.message = message
        self.fix = fix
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        let keyText = key.map { " [\($0)]" } ?? ""
        return "\(location):\(keyText) \(message). Fix: \(fix)"
    }
}

/// The closest candidate by edit distance, offered as "did you mean …?" when it is close enough.
func suggestion(for word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    var best: (String, Int)?
    for candidate in candidates {
        let distance = editDistance(lowered, candidate.lowercased())
        if best == nil || distance < best!.1 { best = (candidate, distance) }
    }
    guard let (candidate, distance) = best, distance <= max(2, word.count / 3) else { return nil }
    return candidate
}

/// Levenshtein distance between two strings, by characters: the one "did you mean" measure of the package.
package func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

func didYouMean(_ word: String, _ candidates: [String]) -> String {
    if let match = suggestion(for: word, among: candidates) { return "did you mean '\(match)'?" }
    let shown = candidates.prefix(12).joined(separator: ", ")
    return "use one of: \(shown)\(candidates.count > 12 ? ", …" : "")"
}
