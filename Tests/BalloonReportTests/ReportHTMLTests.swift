import Foundation
import Testing

@testable import BalloonReport

/// The page as a whole: well-formed, complete, self-contained and printable.
struct ReportHTMLTests {
    let html = ReportFixtures.standardHTML

    @Test func theReportIsWellFormedXHTML() throws {
        let page = try ParsedHTML(html)
        #expect(page.elements.first?.name == "html")
        #expect(page.elements.first?.attributes["xmlns"] == "http://www.w3.org/1999/xhtml")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func everySectionIsPresentInOrderAndListedInTheContents() throws {
        let page = try ParsedHTML(html)
        let sectionIDs = page.all("section").compactMap(\.id)
        #expect(sectionIDs == ReportSectionID.all.map(\.id))
        let links = page.all("a").compactMap { $0.attributes["href"] }
        for id in sectionIDs { #expect(links.contains("#\(id)"), "contents do not link to \(id)") }
    }

    @Test func idsAreUniqueOnThePage() throws {
        let ids = try ParsedHTML(html).elements.compactMap(\.id)
        #expect(
            Set(ids).count == ids.count,
            "duplicate ids: \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys.sorted())")
    }

    @Test func everyFigureHasAChartWithTitleAndLegendAndAOneSentenceCaption() throws {
        let page = try ParsedHTML(html)
        let figures = page.elements.indices.filter { page.elements[$0].name == "figure" }
        #expect(figures.count >= 20)
        for figure in figures {
            let id = page.elements[figure].id ?? "?"
            let svgs = page.descendants(of: figure, named: "svg")
            #expect(svgs.count == 1, "\(id) has \(svgs.count) charts")
            let titles = page.descendants(of: figure, named: "title")
            #expect(!(titles.first?.text.isEmpty ?? true), "\(id) has no chart title")
            let legendOrScale = page.descendants(of: figure, named: "g").contains { $0.classes.contains("legend") }
            #expect(legendOrScale, "\(id) has no legend")
            let caption = try #require(page.descendants(of: figure, named: "figcaption").first, "\(id) has no caption")
            #expect(caption.text.hasPrefix("Figure "), "\(id): \(caption.text)")
            let sentence = caption.text.drop { $0 != "." }.dropFirst().trimmingCharacters(in: .whitespaces)
            #expect(sentence.count > 30 && sentence.hasSuffix("."), "\(id) caption: \(caption.text)")
            #expect(
                !caption.text.contains("n/a") && !caption.text.lowercased().contains("nan"), "\(id): \(caption.text)")
        }
    }

    @Test func everyChartNamesItsAxesWithUnits() throws {
        let page = try ParsedHTML(html)
        for figure in page.elements.indices where page.elements[figure].name == "figure" {
            let id = page.elements[figure].id ?? "?"
            let axisTitles = page.descendants(of: figure, named: "text").filter { $0.classes.contains("axis-title") }
            let legendTitle = page.descendants(of: figure, named: "text").filter { $0.classes.contains("legend-label") }
            // Region grids have no axes; their colour scale carries the unit instead.
            let unitTexts = (axisTitles.isEmpty ? legendTitle : axisTitles).map(\.text)
            #expect(unitTexts.contains { $0.contains("(") && $0.contains(")") }, "\(id): no unit in \(unitTexts)")
        }
    }

    @Test func thePageNeedsNoNetworkAndNoScripts() {
        let lowered = html.lowercased()
        for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "src=\"http", "url(http", "href=\"http"] {
            #expect(!lowered.contains(forbidden), "report refers to \(forbidden)")
        }
    }

    @Test func printingUsesPagesWithNumbersAndAReproducibleFooter() throws {
        let page = try ParsedHTML(html)
        let css = try #require(page.all("style").first?.text)
        #expect(css.contains("@page"))
        #expect(css.contains("size: A4"))
        #expect(css.contains("counter(page)") && css.contains("counter(pages)"))
        #expect(css.contains("break-inside: avoid"))
        // The footer names the model version, every scenario file and every seed.
        for needle in [
            "Balloon 9.8.7", "bundled:status-quo", "scenarios/peru-surge.toml", "scenarios/ecuador-ports.toml",
            "seed 7",
        ] {
            #expect(css.contains(needle), "footer lacks \(needle)")
        }
        #expect(page.all("code").contains { $0.text == "balloon report status-quo peru-surge" })
    }

    @Test func letterPaperIsAnOption() {
        var input = ReportFixtures.input([ReportFixtures.baseline(), ReportFixtures.eradication()])
        input.paper = .letter
        #expect(Report.html(input).contains("size: letter"))
    }

    @Test func noNumberOnThePageIsNaNOrInfinite() throws {
        let page = try ParsedHTML(html)
        for element in page.elements where ["p", "li", "td", "figcaption", "text"].contains(element.name) {
            let words = element.text.lowercased().split { !$0.isLetter }
            #expect(!words.contains("nan") && !words.contains("inf") && !words.contains("infinity"), "\(element.text)")
        }
    }

    @Test func textFromScenarioFilesIsEscaped() throws {
        var tricky = ReportFixtures.eradication()
        tricky.name = "a<b>&\"c\""
        tricky.description = "uses <script> & \"quotes\""
        tricky.source = "dir/<odd>&file.toml"
        let html = Report.html(ReportFixtures.input([ReportFixtures.baseline(), tricky]))
        let page = try ParsedHTML(html)
        #expect(!html.contains("<script>"))
        #expect(page.all("td").contains { $0.text == "uses <script> & \"quotes\"" })
    }

    @Test func oneScenarioStillGivesEverySectionAndExplainsWhatIsMissing() throws {
        let html = Report.html(ReportFixtures.input([ReportFixtures.baseline()]))
        let page = try ParsedHTML(html)
        #expect(page.all("section").compactMap(\.id) == ReportSectionID.all.map(\.id))
        let balloon = try #require(page.index(id: "balloon"))
        #expect(
            page.descendants(of: balloon, named: "p").contains { $0.text.contains("balloon report history plan-peru") })
        #expect(page.element(id: "key-findings")?.text.contains("Under Status Quo") == true)
    }
}
