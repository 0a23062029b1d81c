import BalloonAnalysis
import BalloonModel
import Foundation
import Testing

@testable import BalloonReport

/// The fact ledger section, and uncertainty bands when ensembles are given.
struct LedgerAndBandTests {
    static let ledgerJSON = """
        {"schema": "balloon.fact-ledger/1", "model_version": "9.8.7",
         "summary": {"counts_by_role": {"input": 1, "fitted": 1, "emergent": 2, "not_modelled": 1},
                     "emergent_pass": 1, "emergent_total": 2, "ensemble_members": 50, "ensemble_kind": "posterior"},
         "facts": [
          {"id": "SF1", "statement": "Spraying barely reduces area", "target": "−0.02 to −0.03", "tolerance": "±0.1",
           "source": "A3", "role": "emergent", "set_parameters": [], "metric": "ha/ha", "median": -0.04,
           "lower": -0.09, "upper": -0.01, "pass": true, "note": ""},
          {"id": "SF2", "statement": "Eradication draws expansion", "target": "≈ +1", "tolerance": "[−0.2, 1.2]",
           "source": "A7", "role": "emergent", "set_parameters": [], "metric": "ha/ha", "median": -0.4, "lower": -0.5, "upper": -0.2,
           "pass": false, "note": "national, not municipal"},
          {"id": "SF12", "statement": "Price ladder <&>", "target": "x", "tolerance": "y", "source": "A16",
           "role": "input", "set_parameters": ["segment markups"], "metric": "ratio", "median": 1.9, "lower": null, "upper": null, "pass": true, "note": ""},
          {"id": "SF7", "statement": "withheld", "target": "", "tolerance": "", "source": "", "role": "not_modelled",
           "set_parameters": [], "metric": "", "median": null, "lower": null, "upper": null, "pass": null, "note": ""}
         ],
         "fit": [{"series": "coca_area_ha|CO", "rmse_log": 0.4, "coverage_90": 0.35, "observations": 20},
                 {"series": "seizures_t|WORLD", "rmse_log": 1.2, "coverage_90": 0.1, "observations": 9}],
         "out_of_sample": [{"series": "seizures_t|CO", "year": 2020, "observed": 505, "median": 83, "lower": 46,
                            "upper": 118, "inside": false}]
        }
        """

    @Test func aLedgerDecodesWithNulls() throws {
        let ledger = try FactLedgerReport.decode(Data(Self.ledgerJSON.utf8))
        #expect(ledger.facts.count == 4)
        #expect(ledger.facts.map(\.role) == [.emergent, .emergent, .input, .notModelled])
        #expect(ledger.fit.map(\.coverage90) == [0.35, 0.1])
        #expect(ledger.facts[3].pass == nil && ledger.facts[3].median == nil)
        #expect(ledger.outOfSample.first?.year == 2020)
        #expect(ledger.summary.ensembleMembers == 50)
    }

    @Test(arguments: [
        ("{\"schema\": \"balloon.fact-ledger/2\", \"facts\": []}", "summary"),
        ("{\"facts\": []}", "missing field 'schema'"),
        ("not json", "not valid JSON"),
        ("{\"schema\": \"balloon.fact-ledger/1\", \"facts\": [{\"id\": 3}]}", "missing field"),
    ])
    func aBadLedgerIsRefusedWithTheReason(json: String, reason: String) {
        let error = #expect(throws: FactLedgerReport.ReadError.self) { try FactLedgerReport.decode(Data(json.utf8)) }
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
    }

    @Test func aLedgerOfAnotherSchemaIsRefusedNamingBoth() throws {
        let json = Self.ledgerJSON.replacingOccurrences(of: "balloon.fact-ledger/1", with: "balloon.fact-ledger/2")
        let error = #expect(throws: FactLedgerReport.ReadError.self) { try FactLedgerReport.decode(Data(json.utf8)) }
        #expect(error?.description.contains("expected 'balloon.fact-ledger/1'") == true)
    }

    @Test func aWhatIfLedgerIsMarkedAsOneInTheReportAndTheShippedOneIsNot() throws {
        var ledger = try FactLedgerReport.decode(Data(Self.ledgerJSON.utf8))
        func sectionText() throws -> String {
            let html = Report.html(
                ReportFixtures.input([ReportFixtures.baseline(), ReportFixtures.eradication()], ledger: ledger))
            return try #require(try ParsedHTML(html).element(id: "fact-ledger")?.text)
        }
        #expect(try !sectionText().contains("what-if"))
        ledger.parameterOverrides = [
            ParameterOverride(name: "spray_kill_share", value: 0.05),
            ParameterOverride(name: "maturation_months", value: 4),
        ]
        #expect(
            try sectionText().contains(
                "This ledger is a what-if, not the shipped model's: every member ran with spray_kill_share = 0.05 "
                    + "and maturation_months = 4"))
    }

    @Test func theLedgerSectionShowsEveryFactWithItsRoleAndResult() throws {
        let ledger = try FactLedgerReport.decode(Data(Self.ledgerJSON.utf8))
        let html = Report.html(
            ReportFixtures.input([ReportFixtures.baseline(), ReportFixtures.eradication()], ledger: ledger))
        let page = try ParsedHTML(html)
        let section = try #require(page.index(id: "fact-ledger"))
        let rows = page.descendants(of: section, named: "tr")
        for id in ["SF1", "SF2", "SF12", "SF7"] { #expect(rows.contains { $0.text.hasPrefix(id) }, "no row for \(id)") }
        let cells = page.descendants(of: section, named: "td")
        #expect(cells.contains { $0.text == "✓ reproduced" && $0.classes.contains("pass") })
        #expect(cells.contains { $0.text == "✗ not reproduced" && $0.classes.contains("fail") })
        #expect(cells.contains { $0.text == "– not checked" })
        #expect(cells.contains { $0.text.contains("[−0.09 to −0.01]") })
        #expect(
            page.element(id: "fact-ledger")?.text.contains("Of 2 emergent facts checked, the model reproduces 1")
                == true)
        #expect(page.element(id: "table-fit")?.text.contains("Coca area, Colombia") == true)
        #expect(page.element(id: "table-out-of-sample")?.text.contains("2020") == true)
        #expect(page.element(id: "key-findings")?.text.contains("Of 2 emergent facts checked") == true)
    }

    @Test func withoutALedgerTheSectionSaysHowToMakeOne() throws {
        let page = try ParsedHTML(ReportFixtures.standardHTML)
        let section = try #require(page.element(id: "fact-ledger"))
        #expect(section.text.contains("balloon validate --json ledger.json"))
        #expect(section.text.contains("--ledger ledger.json"))
    }

    @Test func ensemblesDrawBandsAndQuoteRanges() throws {
        let html = Report.html(
            ReportFixtures.input([ReportFixtures.baseline(ensemble: true), ReportFixtures.eradication(ensemble: true)]))
        let page = try ParsedHTML(html)
        let figure = try #require(page.index(id: "fig-coca-area"))
        let bands = page.descendants(of: figure, named: "path").filter { $0.classes.contains("band") }
        #expect(!bands.isEmpty)
        #expect(page.element(id: "how-to-read")?.text.contains("90% range (20 runs)") == true)
        let caption = try #require(page.descendants(of: figure, named: "figcaption").first?.text)
        #expect(caption.contains("["), "no range quoted in: \(caption)")
        #expect(page.all("td").contains { $0.text == "20" }, "the scenario table gives the number of runs")
    }

    @Test func singleRunsDrawNoBandsAndSaySo() throws {
        let page = try ParsedHTML(ReportFixtures.standardHTML)
        #expect(!page.all("path").contains { $0.classes.contains("band") })
        #expect(page.element(id: "how-to-read")?.text.contains("no uncertainty bands") == true)
    }

    @Test func anEnsembleWithoutASeriesFallsBackToTheRun() {
        var scenario = ReportFixtures.eradication(ensemble: true)
        scenario.ensemble?.series.removeValue(forKey: "coca_area_ha|PE")
        let line = scenario.line(Indicators.cocaArea, .country(.peru))
        #expect(line?.hasBand == false)
        #expect(line?.values == ReportFixtures.eradicationResults.series("coca_area_ha", "PE"))
        #expect(scenario.line(Indicators.cocaArea, .country(.colombia))?.hasBand == true)
    }
}
