/// The first step from a file's bytes to a scenario: the bytes must be UTF-8, and a mistake is
/// reported with its byte offset, line and column so that an editor can jump to it.
enum ScenarioBytes {
    /// Scenarios are small text files; anything larger is refused before it is parsed.
    static let maximumBytes = 4_000_000

    /// The text of `bytes`, or a `.syntax` error at the first byte that is not valid UTF-8.
    /// A leading byte-order mark is dropped.
    static func text(of bytes: [UInt8], file: String) throws(ScenarioError) -> String {
        guard bytes.count <= maximumBytes else {
            throw ScenarioError(
                .fileNotReadable, file: file, message: "file is \(bytes.count) bytes; scenarios are small text files",
                fix: "check that this is a scenario TOML file (at most \(maximumBytes) bytes)")
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let offset = firstInvalidUTF8Offset(bytes, from: start) {
            let (line, column) = position(of: offset, in: bytes)
            let shown = "byte 0x" + String(bytes[offset], radix: 16, uppercase: true)
            throw ScenarioError(
                .syntax, file: file, line: line,
                message:
                    "invalid UTF-8 at byte \(offset) (line \(line), column \(column): \(shown) does not begin a valid UTF-8 sequence)",
                fix: "save the scenario as UTF-8 text, or retype the character at line \(line), column \(column)")
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points above U+10FFFF are ill-formed), or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        var index = start
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return index
            }
            for offset in 1..<length {
                let position = index + offset
                guard position < bytes.count else { return index }
                let allowed = offset == 1 ? secondRange : 0x80...0xBF
                guard allowed.contains(bytes[position]) else { return index }
            }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in characters, counting a multi-byte character once) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
