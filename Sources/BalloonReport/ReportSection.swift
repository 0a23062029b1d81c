/// One chart with its caption: the unit the print stylesheet keeps on one page.
struct Figure: Sendable {
    /// Unique within the report; used as the element id (`fig-…`).
    var id: String
    /// One standalone `<svg>` element from BalloonCharts.
    var svg: String
    /// One plain-language sentence computed from the numbers drawn.
    var caption: String
}

/// A table of text cells; numbers are right-aligned.
struct Table: Sendable {
    struct Cell: Sendable {
        var text: String
        var isNumber = false
        var isCode = false
        /// A CSS class for the cell, e.g. `pass` or `fail`.
        var className: String?

        static func text(_ text: String) -> Cell { Cell(text: text) }
        static func number(_ text: String) -> Cell { Cell(text: text, isNumber: true) }
        static func code(_ text: String) -> Cell { Cell(text: text, isCode: true) }
    }

    var id: String
    var caption: String
    var header: [String]
    var rows: [[Cell]]
    /// Small type for long reference tables (parameters, facts).
    var compact = false
}

/// Content of a section, in reading order.
enum Block: Sendable {
    /// Plain text; spans between backticks become code.
    case paragraph(String)
    /// A bulleted list of plain-text items.
    case list([String])
    case figure(Figure)
    case table(Table)
    /// A short aside in a box, e.g. "give two scenarios to see this".
    case note(String)
}

/// One numbered part of the report with a stable id, listed in the table of contents.
struct ReportSection: Sendable {
    var id: String
    var title: String
    var blocks: [Block]
}

/// Every section the report always contains, in order. Tests check each id is present.
enum ReportSectionID {
    static let all: [(id: String, title: String)] = [
        ("how-to-read", "How to read this report"),
        ("key-findings", "Key findings"),
        ("coca-area", "Coca cultivation by country"),
        ("balloon", "The balloon effect: where cultivation and trafficking went"),
        ("supply", "Cocaine production, seizures and supply to each market"),
        ("prices", "The price ladder, from leaf to retail"),
        ("users", "Users"),
        ("security", "Territorial control and homicides"),
        ("spending", "Spending and where the money went"),
        ("health-forest", "Health and forest"),
        ("fact-ledger", "How well the model reproduces history and the literature"),
        ("assumptions", "Assumptions and sources"),
    ]

    static func title(_ id: String) -> String { all.first { $0.id == id }?.title ?? id }
}
