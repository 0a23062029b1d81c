// A small, strict RFC 4180 CSV reader.
//
// Why not SwiftCSV (0.10.0, allowed by the brief)? Its parser (Parser.swift /
// ParsingState.swift) walks `Character`s and reports errors as
// `CSVParseError.quotation(message: "Can't have non-quote here: x")` without a
// line number; it silently accepts an unterminated quoted field at end of input,
// pads short rows with "" in `enumerateAsDict`, and skips leading whitespace in
// fields. The data files need the opposite: a malformed file must fail with the
// line that is wrong, and a row with a missing or extra field must not load.
// The files also mix CRLF and LF endings (eradication_ha.csv switches after
// line 44), which this reader handles byte-wise (CRLF, LF or lone CR).

import Foundation

/// One record of a CSV file, with the 1-based physical line on which it starts.
package struct CSVRecord: Sendable, Hashable {
    package var line: Int
    package var fields: [String]
}

/// A parsed CSV file: header plus records, all with the header's field count.
package struct CSVTable: Sendable {
    package var header: [String]
    package var records: [CSVRecord]
    package var file: String?

    /// Index of a header column, or throws `.missingColumn`.
    package func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw CSVError(file: file, line: 1, kind: .missingColumn(name))
        }
        return index
    }
}

/// A CSV or value error that names the file (when known) and the line.
package struct CSVError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package enum Kind: Sendable, Equatable {
        case emptyInput
        case unterminatedQuote
        case quoteInUnquotedField
        case characterAfterClosingQuote(String)
        case fieldCount(expected: Int, found: Int)
        case missingColumn(String)
        case invalidNumber(column: String, text: String)
        case invalidYear(String)
    }

    package var file: String?
    /// 1-based physical line number (the header is line 1).
    package var line: Int
    /// 1-based field number within the record, when it matters.
    package var field: Int?
    package var kind: Kind

    package init(file: String? = nil, line: Int, field: Int? = nil, kind: Kind) {
        self.file = file
        self.line = line
        self.field = field
        self.kind = kind
    }

    package var message: String {
        switch kind {
        case .emptyInput:
            return "empty input (no header line)"
        case .unterminatedQuote:
            return "quoted field opened here is never closed (missing closing '\"')"
        case .quoteInUnquotedField:
            return "'\"' inside an unquoted field (RFC 4180: quote the field and double the quote)"
        case .characterAfterClosingQuote(let c):
            return "unexpected character '\(c)' after a closing quote (expected ',' or end of line)"
        case .fieldCount(let expected, let found):
            return "expected \(expected) fields (as in the header), found \(found)"
        case .missingColumn(let name):
            return "header has no column named '\(name)'"
        case .invalidNumber(let column, let text):
            return "column '\(column)': cannot read '\(text)' as a number or range"
        case .invalidYear(let text):
            return "cannot read year '\(text)'"
        }
    }

    package var description: String {
        var where_ = "\(file ?? "<csv string>"), line \(line)"
        if let field { where_ += ", field \(field)" }
        return "\(where_): \(message)"
    }

    package var errorDescription: String? { description }
}

package enum CSVParser {
    /// Parses RFC 4180 CSV text. The first record is the header; every other
    /// record must have the same number of fields. Empty lines are skipped.
    /// Accepts CRLF, LF or CR line endings (mixed), and a leading UTF-8 BOM.
    package static func parse(_ text: String, file: String? = nil) throws -> CSVTable {
        let all = try records(text, file: file)
        guard let first = all.first else {
            throw CSVError(file: file, line: 1, kind: .emptyInput)
        }
        let header = first.fields
        var body: [CSVRecord] = []
        body.reserveCapacity(all.count - 1)
        for record in all.dropFirst() {
            guard record.fields.count == header.count else {
                throw CSVError(
                    file: file, line: record.line,
                    kind: .fieldCount(expected: header.count, found: record.fields.count))
            }
            body.append(record)
        }
        return CSVTable(header: header, records: body, file: file)
    }

    /// Splits text into records without checking field counts.
    package static func records(_ text: String, file: String? = nil) throws -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","),
            cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }

        var result: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1  // current physical line
        var recordLine = 1  // line where the current record started
        var i = 0
        let n = bytes.count
        var recordHasContent = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 {
                result.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
        }
        // Consumes a line break at i (CRLF, LF or CR); returns true if one was there.
        func consumeNewline() -> Bool {
            if bytes[i] == cr {
                i += (i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                line += 1
                return true
            }
            if bytes[i] == lf {
                i += 1
                line += 1
                return true
            }
            return false
        }

        while i < n {
            // At the start of a field.
            if fields.isEmpty && field.isEmpty { recordLine = line }
            if bytes[i] == quote {
                recordHasContent = true
                let openLine = line
                i += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                        } else {
                            i += 1
                            closed = true
                            break
                        }
                    } else if b == cr || b == lf {
                        // Line break inside a quoted field: keep it, count the line.
                        if b == cr && i + 1 < n && bytes[i + 1] == lf {
                            field.append(cr); field.append(lf); i += 2
                        } else {
                            field.append(b); i += 1
                        }
                        line += 1
                    } else {
                        field.append(b)
                        i += 1
                    }
                }
                if !closed {
                    throw CSVError(
                        file: file, line: openLine, field: fields.count + 1,
                        kind: .unterminatedQuote)
                }
                // After the closing quote: delimiter, line break or end.
                if i >= n { break }
                if bytes[i] == comma {
                    endField(); i += 1
                    continue
                }
                if consumeNewline() { endRecord(); continue }
                let scalarEnd = min(n, i + 4)
                let ch = String(decoding: bytes[i..<scalarEnd], as: UTF8.self).first.map(String.init) ?? "?"
                throw CSVError(
                    file: file, line: line, field: fields.count + 1,
                    kind: .characterAfterClosingQuote(ch))
            } else {
                // Unquoted field: up to the next comma or line break.
                while i < n {
                    let b = bytes[i]
                    if b == comma || b == cr || b == lf { break }
                    if b == quote {
                        throw CSVError(
                            file: file, line: line, field: fields.count + 1,
                            kind: .quoteInUnquotedField)
                    }
                    field.append(b)
                    recordHasContent = true
                    i += 1
                }
                if i >= n { break }
                if bytes[i] == comma {
                    recordHasContent = true
                    endField(); i += 1
                    continue
                }
                _ = consumeNewline()
                endRecord()
            }
        }
        // Last record without a trailing newline.
        if recordHasContent || !fields.isEmpty || !field.isEmpty {
            endRecord()
        }
        return result
    }
}
