/// One row of the response-sign table, as written in `../shared/research/response-signs.md`.
///
/// The texts are the table's own words, unchanged: they are what a cell is judged against.
package struct ResponseSignRow: Sendable, Equatable, Codable {
    package let number: Int
    package let change: String
    package let outcome: String
    /// "short" (first 12 months of the change) or "medium" (years 3–5 after it starts).
    package let horizon: String
    package let expected: String
    package let basis: String

    package init(number: Int, change: String, outcome: String, horizon: String, expected: String, basis: String) {
        self.number = number
        self.change = change
        self.outcome = outcome
        self.horizon = horizon
        self.expected = expected
        self.basis = basis
    }

    /// The cells of the markdown row, in column order (for comparing with the file).
    package var markdownCells: [String] { [String(number), change, outcome, horizon, expected, basis] }
}

/// One of the magnitude bands under the sign table ("Magnitudes that tell a good model from a bad one").
package struct MagnitudeBandRow: Sendable, Equatable, Codable {
    /// Position in the markdown list, from 1 (the file does not number them).
    package let number: Int
    package let change: String
    package let outcome: String
    package let band: String
    package let source: String

    package init(number: Int, change: String, outcome: String, band: String, source: String) {
        self.number = number
        self.change = change
        self.outcome = outcome
        self.band = band
        self.source = source
    }

    package var markdownCells: [String] { [change, outcome, band, source] }
}

/// The horizon over which a cell's outcome is averaged, relative to the year the change starts.
package enum ResponseHorizon: String, Sendable, Codable {
    /// The first 12 months of the change: its first calendar year.
    case short
    /// Years 3–5 after the change starts.
    case medium

    /// The calendar years averaged, for a change starting in January of `start`.
    package func years(from start: Int) -> ClosedRange<Int> {
        switch self {
        case .short: start...start
        case .medium: (start + 2)...(start + 4)
        }
    }
}
