/// A strict check of a scenario's TOML grammar, run before the text reaches TOMLKit.
///
/// Why: TOMLKit wraps the C++ toml++ parser, which is built with its assertions on and aborts the
/// whole process on some malformed table headers (`[`, `[π]`, `[#`, `[.initial]`). Those build
/// settings belong to the dependency and cannot be changed from our Package.swift, so nothing reaches
/// toml++ unless it is well-formed TOML of the kinds scenarios use: comments, `[table]` and
/// `[[array.of.tables]]` headers, dotted bare or quoted keys, all four string forms, integers,
/// floats (with `inf`/`nan`, which validation rejects later with the key's name), booleans, arrays
/// and inline tables. Dates and times are refused here (scenarios write dates as strings,
/// `from = "2026-03"`), as are empty keys and nesting deeper than `maximumNesting`.
/// Each refusal names the line and column and says how to fix it. Meaning (unknown keys, types,
/// duplicate keys) is left to toml++ and `ScenarioParser`.
struct TOMLPrecheck {
    /// Arrays and inline tables nested deeper than this are refused (scenarios need 2), so that no
    /// input can exhaust the C++ parser's stack.
    static let maximumNesting = 32

    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// Throws a `.syntax` error at the first place where `text` is not TOML of the accepted kinds.
    static func check(_ text: String, file: String) throws(ScenarioError) {
        var checker = TOMLPrecheck(scalars: Array(text.unicodeScalars), file: file)
        try checker.document()
    }

    private init(scalars: [Unicode.Scalar], file: String) {
        self.scalars = scalars
        self.file = file
    }

    // MARK: Document structure

    private mutating func document() throws(ScenarioError) {
        while index < scalars.count {
            skipSpaces()
            guard let next = peek() else { return }
            switch next {
            case "#", "\n", "\r": break
            case "[": try tableHeader()
            case "=": throw failure("a key is missing before '='", fix: "write key = value, e.g. name = \"my-plan\"")
            default: try keyValue(depth: 0)
            }
            try endOfLine()
        }
    }

    /// After an expression only spaces and a comment may follow on the line.
    private mutating func endOfLine() throws(ScenarioError) {
        skipSpaces()
        if peek() == "#" { try comment() }
        guard index < scalars.count else { return }
        guard try newline() else {
            throw failure(
                "unexpected '\(shown(peek()!))' after the end of the value or header",
                fix: "put each key = value and each [header] on its own line; start comments with #")
        }
    }

    private mutating func tableHeader() throws(ScenarioError) {
        let headerColumn = column
        index += 1
        let isArray = peek() == "["
        if isArray { index += 1 }
        skipSpaces()
        guard let first = peek(), first != "\n", first != "\r" else {
            throw failure(
                "the table header opened at column \(headerColumn) has no name",
                fix: isArray ? "write e.g. [[policy]]" : "write e.g. [parameters]")
        }
        try key(context: "table header")
        skipSpaces()
        let closing = isArray ? "]]" : "]"
        for _ in closing.unicodeScalars {
            guard peek() == "]" else {
                throw failure(
                    peek().map { "expected '\(closing)' to close the header, found '\(shown($0))'" }
                        ?? "expected '\(closing)' to close the header, found the end of the file",
                    fix: isArray
                        ? "close the header as [[name]]"
                        : "close the header as [name]; quote names with other characters")
            }
            index += 1
        }
    }

    private mutating func keyValue(depth: Int) throws(ScenarioError) {
        try key(context: "key")
        skipSpaces()
        guard peek() == "=" else {
            throw failure(
                peek().map { "expected '=' after the key, found '\(shown($0))'" } ?? "expected '=' after the key",
                fix: "write key = value; keys with characters other than A-Z a-z 0-9 _ - must be quoted")
        }
        index += 1
        skipSpaces()
        try value(depth: depth)
    }

    /// `simple-key ( ws . ws simple-key )*`, each simple key bare, "basic" or 'literal'.
    private mutating func key(context: String) throws(ScenarioError) {
        while true {
            guard let next = peek() else {
                throw failure(
                    "the file ends where a \(context) name was expected", fix: "complete or remove the last line")
            }
            switch next {
            case "\"":
                let start = index
                try basicString()
                if index - start == 2 { throw failure("empty key \"\"", fix: "give the key a name") }
            case "'":
                let start = index
                try literalString()
                if index - start == 2 { throw failure("empty key ''", fix: "give the key a name") }
            default:
                guard Self.isBareKeyScalar(next) else {
                    throw failure(
                        "'\(shown(next))' cannot start a \(context) name",
                        fix: "names use A-Z a-z 0-9 _ - (quote any other name, e.g. \"PE.VRAEM\")")
                }
                while let scalar = peek(), Self.isBareKeyScalar(scalar) { index += 1 }
            }
            skipSpaces()
            guard peek() == "." else { return }
            index += 1
            skipSpaces()
        }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(ScenarioError) {
        guard let next = peek() else {
            throw failure("the file ends where a value was expected", fix: "give a value after '='")
        }
        switch next {
        case "\"":
            if starts(with: "\"\"\"") { try multilineString(delimiter: "\"") } else { try basicString() }
        case "'":
            if starts(with: "'''") { try multilineString(delimiter: "'") } else { try literalString() }
        case "t", "f":
            guard starts(with: "true") || starts(with: "false") else { try number(); return }
            index += next == "t" ? 4 : 5
            if let after = peek(), Self.isBareKeyScalar(after) {
                throw failure("'\(word())' is not a value", fix: "write true or false, or quote text as \"…\"")
            }
        case "[": try array(depth: depth + 1)
        case "{": try inlineTable(depth: depth + 1)
        case "\n", "\r", "#":
            throw failure("a value is missing after '='", fix: "give a value, e.g. hectares = 1000 or country = \"PE\"")
        default: try number()
        }
    }

    private mutating func array(depth: Int) throws(ScenarioError) {
        try checkNesting(depth)
        index += 1
        while true {
            try skipSpacesCommentsAndNewlines()
            guard let next = peek() else {
                throw failure("the array is not closed before the end of the file", fix: "close it with ']'")
            }
            if next == "]" { index += 1; return }
            try value(depth: depth)
            try skipSpacesCommentsAndNewlines()
            switch peek() {
            case ","?: index += 1
            case "]"?: index += 1; return
            case let other?:
                throw failure(
                    "expected ',' or ']' in the array, found '\(shown(other))'",
                    fix: "separate array items with commas, e.g. years = [2026, 2030]")
            case nil: throw failure("the array is not closed before the end of the file", fix: "close it with ']'")
            }
        }
    }

    private mutating func inlineTable(depth: Int) throws(ScenarioError) {
        try checkNesting(depth)
        index += 1
        skipSpaces()
        if peek() == "}" { index += 1; return }
        while true {
            skipSpaces()
            guard let next = peek(), next != "\n", next != "\r" else {
                throw failure(
                    "an inline table { … } must be closed on the line where it opens",
                    fix: "write it on one line, e.g. coca_hectares = { CO = 160000, PE = 43400 }")
            }
            try keyValue(depth: depth)
            skipSpaces()
            switch peek() {
            case ","?: index += 1
            case "}"?: index += 1; return
            case "\n"?, "\r"?, nil:
                throw failure(
                    "an inline table { … } must be closed on the line where it opens",
                    fix: "write it on one line, e.g. coca_hectares = { CO = 160000, PE = 43400 }")
            case let other?:
                throw failure(
                    "expected ',' or '}' in the inline table, found '\(shown(other))'",
                    fix: "separate entries with commas, e.g. { CO = 160000, PE = 43400 }")
            }
        }
    }

    private func checkNesting(_ depth: Int) throws(ScenarioError) {
        guard depth <= Self.maximumNesting else {
            throw failure(
                "arrays or inline tables nested more than \(Self.maximumNesting) deep",
                fix: "scenarios need at most a table of numbers inside a table")
        }
    }

    /// Integers (decimal with optional sign and `_` between digits, or 0x/0o/0b), floats with a
    /// fraction and/or an exponent, and `inf`/`nan` with an optional sign. Dates are refused.
    private mutating func number() throws(ScenarioError) {
        let start = index
        let token = word()
        let text = String(String.UnicodeScalarView(token))
        guard !token.isEmpty else {
            throw failure(
                "'\(shown(peek()!))' cannot start a value",
                fix: "quote text as \"…\"; numbers, true/false, [arrays] and { inline tables } are written bare")
        }
        if token.contains(":") || Self.looksLikeDate(token) {
            index = start
            throw failure(
                "'\(text)' is a TOML date or time; scenarios write dates as strings",
                fix: "quote it, e.g. from = \"2026-03\", or give a year, e.g. year = 2026")
        }
        guard Self.isNumber(token) else {
            index = start
            throw failure(
                "'\(text)' is not a number, true/false or a quoted string",
                fix: "quote text as \"…\"; write numbers as 1000, 1_000, 0.5 or 1.5e6")
        }
    }

    /// The run of scalars that can belong to a bare value (numbers, booleans, dates).
    private mutating func word() -> [Unicode.Scalar] {
        let start = index
        while let scalar = peek(), Self.isBareKeyScalar(scalar) || scalar == "+" || scalar == "." || scalar == ":" {
            index += 1
        }
        return Array(scalars[start..<index])
    }

    // MARK: Strings

    private mutating func basicString() throws(ScenarioError) {
        index += 1
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw failure(
                    "the string is not closed on its line",
                    fix: "close it with \" (or use \"\"\" for text over several lines)")
            }
            index += 1
            if scalar == "\"" { return }
            if scalar == "\\" { try escape(multiline: false) } else { try checkTextScalar(scalar) }
        }
    }

    private mutating func literalString() throws(ScenarioError) {
        index += 1
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw failure(
                    "the string is not closed on its line",
                    fix: "close it with ' (or use ''' for text over several lines)")
            }
            index += 1
            if scalar == "'" { return }
            try checkTextScalar(scalar)
        }
    }

    private mutating func multilineString(delimiter: Unicode.Scalar) throws(ScenarioError) {
        let closing = String(repeating: String(Character(delimiter)), count: 3)
        index += 3
        while true {
            guard let scalar = peek() else {
                throw failure(
                    "a \(closing) string is not closed before the end of the file", fix: "close it with \(closing)")
            }
            if starts(with: closing) {
                index += 3
                // Up to two more delimiters belong to the text ("""a"""" is `a"`).
                for _ in 0..<2 where peek() == delimiter { index += 1 }
                return
            }
            if scalar == "\n" || scalar == "\r" {
                guard try newline() else {
                    throw failure(
                        "a carriage return must be followed by a line feed",
                        fix: "save the file with \\n or \\r\\n line ends")
                }
                continue
            }
            index += 1
            if scalar == "\\", delimiter == "\"" { try escape(multiline: true) } else { try checkTextScalar(scalar) }
        }
    }

    /// After a backslash: a TOML escape, or in multi-line basic strings a line-ending backslash.
    private mutating func escape(multiline: Bool) throws(ScenarioError) {
        guard let next = peek() else { throw failure("the file ends inside an escape", fix: "close the string") }
        switch next {
        case "b", "t", "n", "f", "r", "\"", "\\": index += 1
        case "u", "U":
            index += 1
            let digits = next == "u" ? 4 : 8
            var code: UInt32 = 0
            for _ in 0..<digits {
                guard let digit = peek(), let value = Self.hexValue(digit) else {
                    throw failure(
                        "\\\(next) must be followed by \(digits) hexadecimal digits", fix: "write e.g. \\u00E9 for é")
                }
                code = code &* 16 &+ value
                index += 1
            }
            guard Unicode.Scalar(code) != nil else {
                throw failure(
                    "\\\(next) escape \(String(code, radix: 16, uppercase: true)) is not a Unicode scalar value",
                    fix: "use a code point up to 10FFFF outside D800–DFFF")
            }
        default:
            if multiline {
                // A line-ending backslash: spaces, then a newline, then any blank space.
                var probe = index
                while probe < scalars.count, scalars[probe] == " " || scalars[probe] == "\t" { probe += 1 }
                if probe < scalars.count, scalars[probe] == "\n" || scalars[probe] == "\r" {
                    index = probe
                    return
                }
            }
            throw failure(
                "unknown escape '\\\(shown(next))'", fix: "write a backslash as \\\\, or use a 'literal string'")
        }
    }

    private mutating func checkTextScalar(_ scalar: Unicode.Scalar) throws(ScenarioError) {
        guard !Self.isControl(scalar) else {
            index -= 1
            throw failure(
                "control character U+\(String(scalar.value, radix: 16, uppercase: true)) in a string",
                fix: "remove it, or write it as an escape such as \\t or \\u0007")
        }
    }

    // MARK: Blanks, comments and line ends

    private mutating func skipSpaces() {
        while let scalar = peek(), scalar == " " || scalar == "\t" { index += 1 }
    }

    private mutating func skipSpacesCommentsAndNewlines() throws(ScenarioError) {
        while true {
            skipSpaces()
            if peek() == "#" { try comment() }
            guard peek() == "\n" || peek() == "\r" else { return }
            guard try newline() else {
                throw failure(
                    "a carriage return must be followed by a line feed",
                    fix: "save the file with \\n or \\r\\n line ends")
            }
        }
    }

    private mutating func comment() throws(ScenarioError) {
        index += 1
        while let scalar = peek(), scalar != "\n" {
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { return }
            guard !Self.isControl(scalar) else {
                throw failure(
                    "control character U+\(String(scalar.value, radix: 16, uppercase: true)) in a comment",
                    fix: "remove it")
            }
            index += 1
        }
    }

    /// Consumes `\n` or `\r\n`; false (consuming nothing) when the next scalar is neither.
    private mutating func newline() throws(ScenarioError) -> Bool {
        if peek() == "\r" {
            guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { return false }
            index += 1
        }
        guard peek() == "\n" else { return false }
        index += 1
        line += 1
        lineStart = index
        return true
    }

    // MARK: Helpers

    private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func starts(with text: String) -> Bool {
        var probe = index
        for scalar in text.unicodeScalars {
            guard probe < scalars.count, scalars[probe] == scalar else { return false }
            probe += 1
        }
        return true
    }

    private var column: Int { index - lineStart + 1 }

    private func failure(_ problem: String, fix: String) -> ScenarioError {
        ScenarioError(
            .syntax, file: file, line: line, message: "TOML syntax error at column \(column): \(problem)", fix: fix)
    }

    /// A scalar as it can be shown inside quotes in a message: control characters as U+XXXX.
    private func shown(_ scalar: Unicode.Scalar) -> String {
        Self.isControl(scalar) || scalar == "\n" || scalar == "\r" || scalar == "\t"
            ? "U+" + String(scalar.value, radix: 16, uppercase: true) : String(Character(scalar))
    }

    static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// Control characters TOML forbids in strings and comments (tab is allowed).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }

    /// `YYYY-MM…`: four digits and a dash start every TOML date.
    static func looksLikeDate(_ token: [Unicode.Scalar]) -> Bool {
        token.count >= 5 && token.prefix(4).allSatisfy { ("0"..."9").contains($0) } && token[4] == "-"
    }

    /// TOML 1.0 integers and floats, exactly.
    static func isNumber(_ token: [Unicode.Scalar]) -> Bool {
        var rest = token[...]
        if rest.count >= 2, rest.first == "0", let base = rest.dropFirst().first,
            base == "x" || base == "o" || base == "b"
        {
            rest = rest.dropFirst(2)
            let isDigit: (Unicode.Scalar) -> Bool =
                switch base {
                case "x": { hexValue($0) != nil }
                case "o": { ("0"..."7").contains($0) }
                default: { $0 == "0" || $0 == "1" }
                }
            return digitRun(&rest, isDigit: isDigit) && rest.isEmpty
        }
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        if rest.elementsEqual("inf".unicodeScalars) || rest.elementsEqual("nan".unicodeScalars) { return true }
        let isDecimal: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        // Integer part: 0, or a digit 1-9 then digits, with single underscores between digits.
        if rest.first == "0" {
            rest = rest.dropFirst()
        } else {
            guard digitRun(&rest, isDigit: isDecimal) else { return false }
        }
        if rest.first == "." {
            rest = rest.dropFirst()
            guard digitRun(&rest, isDigit: isDecimal) else { return false }
        }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            guard digitRun(&rest, isDigit: isDecimal) else { return false }
        }
        return rest.isEmpty
    }

    /// Consumes `digit ( _? digit )*`; false if it does not start with a digit or an `_` is not between digits.
    private static func digitRun(_ rest: inout ArraySlice<Unicode.Scalar>, isDigit: (Unicode.Scalar) -> Bool) -> Bool {
        guard let first = rest.first, isDigit(first) else { return false }
        rest = rest.dropFirst()
        while let next = rest.first {
            if isDigit(next) {
                rest = rest.dropFirst()
            } else if next == "_" {
                guard let after = rest.dropFirst().first, isDigit(after) else { return false }
                rest = rest.dropFirst(2)
            } else {
                break
            }
        }
        return true
    }
}
