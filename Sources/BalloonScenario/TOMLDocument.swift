import TOMLKit

/// A parsed TOML value, detached from TOMLKit so the rest of the module works on plain Swift values.
indirect enum TOMLNode {
    case table([String: TOMLNode])
    case array([TOMLNode])
    case string(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case other(String)

    var typeName: String {
        switch self {
        case .table: "table"
        case .array: "array"
        case .string: "string"
        case .integer: "integer"
        case .double: "number"
        case .bool: "boolean"
        case .other(let name): name
        }
    }

    var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }
}

/// A scenario file's text and parsed tree, with a way to find the line where a key is written.
struct TOMLDocument {
    let file: String
    let text: String
    let root: [String: TOMLNode]
    private let lines: [Substring]

    init(file: String, text: String) throws(ScenarioError) {
        self.file = file
        self.text = text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // toml++ aborts the process on some malformed input: nothing reaches it unchecked.
        try TOMLPrecheck.check(text, file: file)
        do {
            let table = try TOMLTable(string: text)
            guard case .table(let root) = TOMLDocument.convert(table) else { root = [:]; return }
            self.root = root
        } catch let error as TOMLParseError {
            throw ScenarioError(
                .syntax, file: file, line: error.source.begin.line, message: "TOML syntax error: \(error.description)",
                fix: "correct the TOML at line \(error.source.begin.line), column \(error.source.begin.column)")
        } catch {
            throw ScenarioError(
                .syntax, file: file, message: "TOML syntax error: \(error)", fix: "correct the TOML syntax")
        }
    }

    private static func convert(_ value: TOMLValueConvertible) -> TOMLNode {
        switch value.type {
        case .table:
            guard let table = value.table else { return .other("table") }
            var result: [String: TOMLNode] = [:]
            for key in table.keys { if let child = table[key] { result[key] = convert(child) } }
            return .table(result)
        case .array:
            guard let array = value.array else { return .other("array") }
            return .array(array.map { convert($0) })
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .double(value.double ?? .nan)
        case .bool: return .bool(value.bool ?? false)
        case .date: return .other("date")
        case .time: return .other("time")
        case .dateTime: return .other("date-time")
        }
    }

    /// The 1-based line of `key = …` inside the `index`-th `[[section]]` (or `[section]` when index is nil).
    func line(section: String?, index: Int? = nil, key: String?) -> Int? {
        var start = 0
        if let section {
            let header = index == nil ? "[\(section)]" : "[[\(section)]]"
            var seen = -1
            var found: Int?
            for (number, line) in lines.enumerated()
            where line.trimmingCharacters(in: " \t").hasPrefix(header) {
                seen += 1
                if index == nil || seen == index { found = number; break }
            }
            guard let found else { return nil }
            start = found
            guard let key else { return found + 1 }
        }
        guard let key else { return nil }
        for number in start..<lines.count {
            let trimmed = lines[number].trimmingCharacters(in: " \t")
            if number > start, section != nil, trimmed.hasPrefix("[") { break }
            let bare = trimmed.hasPrefix("\"") ? String(trimmed.dropFirst()) : trimmed
            if bare.hasPrefix(key), bare.dropFirst(key.count).trimmingCharacters(in: " \t\"").hasPrefix("=") {
                return number + 1
            }
        }
        return nil
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var view = self[...]
        while let first = view.first, characters.contains(first) { view = view.dropFirst() }
        while let last = view.last, characters.contains(last) { view = view.dropLast() }
        return String(view)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String { self[...].trimmingCharacters(in: set) }
}
