import Foundation
import Testing

@testable import BalloonAnalysis

/// The transcription of `../shared/research/response-signs.md` is complete and word for word.
struct ResponseSignTableTests {
    /// `../shared/research/response-signs.md` beside the package root (CI keeps ../shared beside the clone).
    static let markdownURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "shared/research/response-signs.md")
    static var markdownIsReachable: Bool { FileManager.default.fileExists(atPath: markdownURL.path) }

    /// The table rows of the markdown: the sign table's, then the magnitude bands', as cell texts.
    static func markdownTables() throws -> (signs: [[String]], bands: [[String]]) {
        let text = try String(contentsOf: markdownURL, encoding: .utf8)
        var signs: [[String]] = [], bands: [[String]] = []
        var inBands = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## Magnitudes") { inBands = true }
            guard line.hasPrefix("|"), !line.hasPrefix("|---"), !line.hasPrefix("| # "), !line.hasPrefix("| Change ")
            else { continue }
            let cells = line.trimmingCharacters(in: .whitespaces).dropFirst().dropLast().split(
                separator: "|", omittingEmptySubsequences: false
            )
            .map { $0.trimmingCharacters(in: .whitespaces) }
            if inBands { bands.append(cells) } else { signs.append(cells) }
        }
        return (signs, bands)
    }

    @Test func theTableHasAll47RowsNumberedInOrderAndAll7Bands() {
        #expect(ResponseSignTable.rows.map(\.number) == Array(1...47))
        #expect(ResponseSignTable.bands.map(\.number) == Array(1...7))
        #expect(ResponseSignTable.rows.allSatisfy { $0.horizon == "short" || $0.horizon == "medium" })
    }

    @Test(
        .enabled(
            if: markdownIsReachable,
            "../shared/research/response-signs.md is not beside the package root; transcription not compared"))
    func everyRowAndBandMatchesTheMarkdownWordForWord() throws {
        let tables = try Self.markdownTables()
        #expect(
            tables.signs.count == 47, "the markdown now has \(tables.signs.count) sign rows: transcribe the new ones")
        #expect(tables.bands.count == 7, "the markdown now has \(tables.bands.count) bands: transcribe the new ones")
        for (row, cells) in zip(ResponseSignTable.rows, tables.signs) {
            #expect(row.markdownCells == cells, "row \(row.number) differs from the markdown")
        }
        for (band, cells) in zip(ResponseSignTable.bands, tables.bands) {
            #expect(band.markdownCells == cells, "band \(band.number) differs from the markdown")
        }
    }

    @Test func everyRowAndBandHasExactlyOneCheckInTableOrder() {
        #expect(ResponseSignCatalog.cells.map(\.row) == ResponseSignTable.rows)
        #expect(MagnitudeBandCatalog.checks.map(\.band) == ResponseSignTable.bands)
    }

    @Test func cellsTheModelCannotEvaluateSayWhyAndRunNothing() {
        for cell in ResponseSignCatalog.cells {
            if case .notModelled(let reason) = cell.expectation {
                #expect(!reason.isEmpty, "cell \(cell.id) must give its reason")
            } else {
                #expect(!cell.experiments.isEmpty, "cell \(cell.id) must name its experiment")
            }
        }
    }
}
