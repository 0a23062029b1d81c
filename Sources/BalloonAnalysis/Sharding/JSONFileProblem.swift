import Foundation

/// What is wrong with a JSON file that did not decode, in words a user can act on: where the text
/// stops being JSON (a truncated file says so, with its length), or which field is missing or has
/// the wrong type. Replaces Foundation's `DecodingError` dumps in error messages.
enum JSONFileProblem {
    /// Nil if `data` is syntactically valid JSON, else e.g. "truncated JSON: the file ends at byte 812
    /// inside a value" or "corrupt JSON at byte 28".
    static func syntaxProblem(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            if detail.contains("end of file") || detail.contains("Unexpected end") {
                return "truncated JSON: the file ends at byte \(data.count) inside a value"
            }
            if let range = detail.range(of: "character "),
                let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
            {
                return "corrupt JSON at byte \(offset)"
            }
            return "corrupt JSON (\(detail))"
        }
    }

    /// A decoding failure of syntactically valid JSON, as "missing field 'spec.runs'" and the like.
    static func describe(_ error: any Error, in data: Data) -> String {
        if let syntax = syntaxProblem(in: data) { return syntax }
        func path(_ context: DecodingError.Context, _ last: (any CodingKey)? = nil) -> String {
            let keys = context.codingPath + (last.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "(top level)" : text)
        }
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .keyNotFound(let key, let context): return "missing field '\(path(context, key))'"
        case .valueNotFound(_, let context): return "field '\(path(context))' is null"
        case .typeMismatch(_, let context): return "field '\(path(context))': \(context.debugDescription)"
        case .dataCorrupted(let context): return "field '\(path(context))': \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
