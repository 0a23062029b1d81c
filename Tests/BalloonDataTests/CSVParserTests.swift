import Testing

@testable import BalloonData

@Suite("RFC 4180 parser")
struct CSVParserTests {
    @Test func quotedFieldsCommasQuotesAndNewlines() throws {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n"
        let table = try CSVParser.parse(text)
        #expect(table.header == ["a", "b", "c"])
        #expect(table.records.count == 3)
        #expect(table.records[0].fields == ["1", "x, y", "say \"hi\""])
        #expect(table.records[1].fields == ["2", "two\nlines", "z"])
        #expect(table.records[2].fields == ["3", "", ""])
        // Line numbers are physical lines: the record after a two-line field starts on line 5.
        #expect(table.records.map(\.line) == [2, 3, 5])
    }

    @Test func mixedLineEndingsAndNoTrailingNewline() throws {
        let text = "h1,h2\r\na,b\r\nc,d\ne,f\rg,h"
        let table = try CSVParser.parse(text)
        #expect(table.records.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        #expect(table.records.map(\.line) == [2, 3, 4, 5])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let table = try CSVParser.parse("h\n\nx\n\n")
        #expect(table.records.map(\.fields) == [["x"]])
        #expect(table.records[0].line == 3)
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        let text = "country,year,notes\nColombia,2004,ok\nPeru,2005,\"never closed\nBolivia,2006,x\n"
        #expect {
            try CSVParser.parse(text, file: "bad.csv")
        } throws: { error in
            guard let e = error as? CSVError else { return false }
            return e.line == 3 && e.kind == .unterminatedQuote
                && e.description.contains("bad.csv, line 3")
        }
    }

    @Test func wrongFieldCountNamesTheLine() {
        let text = "a,b,c\n1,2,3\n4,5\n"
        do {
            _ = try CSVParser.parse(text)
            Issue.record("expected an error")
        } catch let e as CSVError {
            #expect(e.line == 3)
            #expect(e.kind == .fieldCount(expected: 3, found: 2))
            #expect(e.description == "<csv string>, line 3: expected 3 fields (as in the header), found 2")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func strayQuotesAreErrors() {
        #expect(throws: CSVError(line: 2, field: 2, kind: .quoteInUnquotedField)) {
            try CSVParser.parse("a,b\n1,x\"y\n")
        }
        #expect(throws: CSVError(line: 2, field: 1, kind: .characterAfterClosingQuote("x"))) {
            try CSVParser.parse("a,b\n\"1\"x,2\n")
        }
    }

    @Test func emptyInput() {
        #expect(throws: CSVError(line: 1, kind: .emptyInput)) { try CSVParser.parse("") }
    }
}

@Suite("Value and year cells")
struct ValueParsingTests {
    @Test func values() {
        #expect(ValueParsing.value("136550") == .number(136550))
        #expect(ValueParsing.value("19981.74") == .number(19981.74))
        #expect(ValueParsing.value("-2.5") == .number(-2.5))
        #expect(ValueParsing.value("25000-30000") == .range(25000, 30000))
        #expect(ValueParsing.value("0.02-0.065") == .range(0.02, 0.065))
        #expect(ValueParsing.value("-0.4 to -0.6") == .range(-0.6, -0.4))
        #expect(ValueParsing.value("17000 -> 34000") == .change(17000, 34000))
        #expect(ValueParsing.value("\"substantially more\"") == .text("\"substantially more\""))
        #expect(ValueParsing.number("1,000") == nil)
        #expect(ValueParsing.number("1e5") == nil)
    }

    @Test func years() {
        #expect(ValueParsing.year("2004") == .init(start: 2004, end: nil, approximate: false))
        #expect(ValueParsing.year("2000-2003") == .init(start: 2000, end: 2003, approximate: false))
        #expect(ValueParsing.year("c.2015") == .init(start: 2015, end: nil, approximate: true))
        #expect(ValueParsing.year("c.2000s") == .init(start: 2000, end: 2009, approximate: true))
        #expect(ValueParsing.year("mid-1990s") == .init(start: 1990, end: 1999, approximate: true))
        #expect(ValueParsing.year("2016 (model)") == .init(start: 2016, end: nil, approximate: false))
        #expect(ValueParsing.year("") == .init(start: nil, end: nil, approximate: false))
        #expect(ValueParsing.year("2003-2001") == nil)
        #expect(ValueParsing.year("soon") == nil)
    }

    @Test func flagsAreConservative() {
        let f = ObservationFlags.parse(item: "aerial (partial year, to 1 Sep)", notes: "reported up to 1 Sep 1999")
        #expect(f == [.partialYear])
        #expect(ObservationFlags.parse(item: "aerial (cumulative, UNODC)", notes: "") == [.cumulative])
        #expect(ObservationFlags.parse(item: "manual", notes: "DERIVED: AP says 17,800 acres") == [.derived])
        #expect(ObservationFlags.parse(item: "manual (Q1 only)", notes: "Jan-Mar 2023") == [.partialYear])
        // "at least" in notes about another figure does not make a lower bound.
        #expect(ObservationFlags.parse(item: nil, notes: "most since at least 2010") == [])
        #expect(ObservationFlags.parse(item: "US aid total (at least)", notes: "") == [.lowerBound])
        #expect(
            ObservationFlags.parse(item: "manual", notes: "alternative figure (conflicts with 42,491)") == [
                .conflicting
            ])
    }
}
