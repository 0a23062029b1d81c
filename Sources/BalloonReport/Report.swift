import BalloonAnalysis
import BalloonModel

/// Renders a report as one self-contained HTML page: inline CSS and SVG, no scripts, no network.
///
/// ```swift
/// let html = Report.html(ReportInput(scenarios: [history, planPeru], modelVersion: "0.1.0"))
/// ```
/// The page is also well-formed XML, and prints to A4 or Letter with one chart per unbroken block and a
/// footer naming the model version, scenario files and seeds. docs/reports.md describes every section.
package enum Report {
    /// The whole HTML document.
    package static func html(_ input: ReportInput) -> String {
        let context = ReportContext(input)
        let sections = [
            context.howToReadSection(), context.keyFindingsSection(), context.cocaAreaSection(),
            context.balloonSection(), context.supplySection(), context.priceSection(), context.usersSection(),
            context.securitySection(), context.spendingSection(), context.healthForestSection(),
            context.ledgerSection(), context.assumptionsSection(),
        ]
        var numbering = Numbering()
        let body = sections.enumerated().map { index, section in
            render(section, number: index + 1, numbering: &numbering)
        }
        let title = title(context)
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="\(HTML.escape("Balloon \(input.modelVersion)"))"/>
            \(HTML.text("title", [], "Balloon report: " + title))
            <style>
            \(ReportStyle.css(paper: input.paper, footer: footer(context)))
            </style>
            </head>
            <body>
            \(header(context, title: title))
            \(tableOfContents(sections))
            <main>
            \(body.joined(separator: "\n"))
            </main>
            \(reproduction(context))
            </body>
            </html>

            """
    }

    /// "Plan Peru and Plan Ecuador compared with History", or the lone scenario's title.
    static func title(_ context: ReportContext) -> String {
        guard !context.alternatives.isEmpty else { return context.baseline.title }
        return Wording.list(context.alternatives.map(\.title)) + " compared with " + context.baseline.title
    }

    /// The text at the foot of every printed page: enough to re-run any figure.
    static func footer(_ context: ReportContext) -> String {
        let runs = context.scenarios.map { scenario in
            "\(scenario.name): \(scenario.source.isEmpty ? scenario.name : scenario.source), seed \(scenario.seed)"
                + (scenario.ensemble.map { ", \($0.members) runs" } ?? "")
        }
        return "Balloon \(context.input.modelVersion) · " + runs.joined(separator: " · ")
    }

    static func header(_ context: ReportContext, title: String) -> String {
        let input = context.input
        let years = "\(context.years.first ?? 0)–\(context.years.last ?? 0)"
        var subtitle = "What the Balloon model of the Andean coca–cocaine economy says, \(years)."
        if !context.alternatives.isEmpty {
            subtitle += " Baseline: \(context.baseline.title)"
            subtitle += context.baseline.description.isEmpty ? "." : " (\(context.baseline.description))."
        }
        return HTML.element(
            "header", [("class", "report-header")],
            [
                HTML.text("p", [("class", "kicker")], "Balloon · simulation report"),
                HTML.text("h1", [], title),
                HTML.text("p", [("class", "subtitle")], subtitle),
                input.validationStatus.isEmpty
                    ? ""
                    : HTML.text("p", [("class", "validation-status")], input.validationStatus.joined(separator: " ")),
                HTML.text(
                    "p", [("class", "meta")], footer(context) + (input.ledger == nil ? "" : " · fact ledger included")),
            ].filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    static func tableOfContents(_ sections: [ReportSection]) -> String {
        let items = sections.map { section in
            HTML.element("li", [], HTML.text("a", [("href", "#\(section.id)")], section.title))
        }
        return HTML.element(
            "nav", [("class", "toc")],
            HTML.text("h2", [], "Contents") + "\n" + HTML.element("ol", [], items.joined(separator: "\n")))
    }

    static func reproduction(_ context: ReportContext) -> String {
        var lines = [HTML.text("p", [], footer(context))]
        if let command = context.input.command {
            lines.append(HTML.element("p", [], "Reproduce this report: " + HTML.text("code", [], command)))
        }
        if let provenance = context.input.provenance {
            let scenarios = provenance.scenarios.map { "\($0.name) \($0.contentHash)" }.joined(separator: ", ")
            lines.append(
                HTML.text(
                    "p", [("class", "provenance")],
                    "Commit \(provenance.gitCommit) · data \(provenance.dataHash) · parameter catalog "
                        + "\(provenance.catalogHash) · posterior \(provenance.posterior) · scenarios \(scenarios)"))
        }
        return HTML.element("footer", [("class", "reproduce")], lines.joined(separator: "\n"))
    }

    /// Running figure and table numbers across sections.
    struct Numbering {
        var figures = 0
        var tables = 0
    }

    static func render(_ section: ReportSection, number: Int, numbering: inout Numbering) -> String {
        var parts: [String] = []
        for (index, block) in section.blocks.enumerated() {
            switch block {
            case .paragraph(let text):
                parts.append(HTML.element("p", index == 0 ? [("class", "lead")] : [], HTML.inlineCode(text)))
            case .list(let items):
                parts.append(HTML.list(items))
            case .note(let text):
                parts.append(HTML.element("p", [("class", "note")], HTML.inlineCode(text)))
            case .figure(let figure):
                numbering.figures += 1
                parts.append(render(figure, number: numbering.figures))
            case .table(let table):
                numbering.tables += 1
                parts.append(render(table, number: numbering.tables))
            }
        }
        // The heading, its opening paragraph and the first figure print as one unit: a heading alone at the foot
        // of a page, or an introduction cut from the chart it introduces, is what readers stumble on.
        var opening = [HTML.text("h2", [], "\(number). \(section.title)")]
        if case .paragraph = section.blocks.first, !parts.isEmpty {
            opening.append(parts.removeFirst())
            if section.blocks.count > 1, case .figure = section.blocks[1], !parts.isEmpty {
                opening.append(parts.removeFirst())
            }
        }
        let head = HTML.element("div", [("class", "opening")], opening.joined(separator: "\n"))
        return HTML.element("section", [("id", section.id)], ([head] + parts).joined(separator: "\n"))
    }

    static func render(_ figure: Figure, number: Int) -> String {
        let caption = HTML.element(
            "figcaption", [],
            HTML.text("span", [("class", "label")], "Figure \(number).") + " " + HTML.escape(figure.caption))
        return HTML.element("figure", [("id", figure.id), ("class", "chart")], "\n" + figure.svg + caption)
    }

    static func render(_ table: Table, number: Int) -> String {
        func cell(_ name: String, _ cell: Table.Cell) -> String {
            var classes: [String] = []
            if cell.isNumber { classes.append("num") }
            if let extra = cell.className { classes.append(extra) }
            let attributes = classes.isEmpty ? [] : [("class", classes.joined(separator: " "))]
            let content = cell.isCode ? HTML.element("code", [], HTML.breakable(cell.text)) : HTML.escape(cell.text)
            return HTML.element(name, attributes, content)
        }
        let numericColumns = Set(
            table.header.indices.filter { column in
                !table.rows.isEmpty && table.rows.allSatisfy { column < $0.count && $0[column].isNumber }
            })
        let head = HTML.element(
            "tr", [],
            table.header.enumerated().map { column, title in
                cell("th", Table.Cell(text: title, isNumber: numericColumns.contains(column)))
            }.joined())
        let rows = table.rows.map { row in HTML.element("tr", [], row.map { cell("td", $0) }.joined()) }
        let caption = HTML.element(
            "caption", [],
            HTML.text("span", [("class", "label")], "Table \(number).") + " " + HTML.escape(table.caption))
        let body = caption + HTML.element("thead", [], head) + HTML.element("tbody", [], rows.joined(separator: "\n"))
        let attributes: [(String, String)] = [("id", table.id)] + (table.compact ? [("class", "compact")] : [])
        // Short tables print whole; long reference tables may break between rows (their header repeats).
        let wrapClass = table.rows.count <= 16 && !table.compact ? "table-wrap keep" : "table-wrap"
        return HTML.element("div", [("class", wrapClass)], HTML.element("table", attributes, body))
    }
}
