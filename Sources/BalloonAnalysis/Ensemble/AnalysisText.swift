import Foundation

/// Text helpers shared by the analysis outputs (CSV, JSON, console tables).
enum AnalysisText {
    /// Shortest decimal text that reads back to the same double (identical bits, identical text).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A CSV field, quoted when it holds a comma, quote or newline.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// 1234567 → "1,234,567"; 12.345 → "12.3"; 4.2e9 → "4.20 bn"; below 0.0005 → "0"; non-finite → "n/a".
    static func human(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let magnitude = abs(value)
        if magnitude >= 1e9 { return "\(fixed(value / 1e9, 2)) bn" }
        if magnitude >= 1e6 { return "\(fixed(value / 1e6, 2)) m" }
        if magnitude >= 1_000 { return grouped(Int64(value.rounded())) }
        if magnitude >= 10 { return fixed(value, 1) }
        if magnitude < 0.0005 { return "0" }
        return fixed(value, 3)
    }

    /// `human` with an explicit sign, for differences.
    static func signed(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let text = human(value)
        return value > 0 && text != "0" ? "+" + text : text
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
    static func leftPad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// Non-finite numbers are written as these strings, and read back from them.
    static let nonFinite = JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

    /// The decoder for files written by `json(_:)`.
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    /// A decoding error in words a user can act on: which field is missing or wrong.
    static func describe(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing field '\(path(context.codingPath + [key]))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "unexpected value at '\(path(context.codingPath))'"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not valid JSON" : "bad value at '\(path(context.codingPath))'"
        default:
            return "\(error)"
        }
    }

    /// Sorted keys, no escaped slashes (places such as `CO/aerial_spraying/US`), indented.
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = nonFinite
        // Encoding plain value types cannot fail; an empty object would show the bug rather than crash.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
