import ArgumentParser
import BalloonAnalysis
import BalloonData
import BalloonModel
import BalloonReport
import BalloonScenario
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write a self-contained HTML report comparing scenarios (the first is the baseline), optionally as PDF.",
        discussion: """
            Example: balloon report history plan-peru plan-ecuador --out reports/ --pdf. The HTML needs no network \
            access to view. --pdf prints it with headless Chromium or WeasyPrint; without either, it says what to \
            install and still writes the HTML. See docs/reports.md.
            """)

    @Argument(help: "Scenarios to compare: bundled names or .toml paths. The first is the baseline.")
    var scenarios: [String]

    @Option(help: "Output folder.")
    var out: String = "balloon-output"

    @Flag(help: "Also write a PDF of the report (needs chromium or weasyprint).")
    var pdf = false

    @Option(help: "Fact ledger from `balloon validate --json FILE`, shown in the report.")
    var ledger: String?

    @Option(
        name: .customLong("ensemble"),
        help: "Ensemble summary JSON of one scenario, for uncertainty bands (repeat for each scenario).")
    var ensembles: [String] = []

    @OptionGroup var span: SpanOptions

    @Option(help: "The year captions speak about (default: the last year of the scenarios' own policies).")
    var year: Int?

    @Option(help: "Printed page size: a4 or letter.")
    var paper: String = "a4"

    func validate() throws {
        guard !scenarios.isEmpty else {
            throw ValidationError("give at least one scenario, e.g. `balloon report history plan-peru`")
        }
        guard PaperSize(rawValue: paper.lowercased()) != nil else {
            throw ValidationError("unknown paper size '\(paper)'; use a4 or letter")
        }
    }

    func run() throws {
        do {
            try OutputFolder.check(out)
            let runner = ScenarioRunner()
            let outcomes = try scenarios.map { try runner.run($0, seed: span.seed, from: span.from, to: span.to) }
            let paths = try ReportAssembly(
                references: scenarios, outcomes: outcomes, ledgerPath: ledger, ensemblePaths: ensembles,
                focusYear: year, paper: PaperSize(rawValue: paper.lowercased()) ?? .a4, command: commandLine()
            ).write(to: out, pdf: pdf)
            for path in paths { print("Wrote \(path)") }
        } catch {
            throw report(error)
        }
    }

    /// The command that reproduces this report, as shown in its footer.
    func commandLine() -> String {
        var words = ["balloon", "report"] + scenarios + span.words
        if let year { words += ["--year", "\(year)"] }
        if let ledger { words += ["--ledger", ledger] }
        for path in ensembles { words += ["--ensemble", path] }
        if paper.lowercased() != "a4" { words += ["--paper", paper.lowercased()] }
        return words.joined(separator: " ")
    }
}

/// Turns scenario runs and files on disk into a `ReportInput`, and writes the HTML (and PDF).
struct ReportAssembly {
    let references: [String]
    let outcomes: [ScenarioRunner.Outcome]
    var ledgerPath: String?
    var ensemblePaths: [String] = []
    var focusYear: Int?
    var paper: PaperSize = .a4
    var command: String?

    /// The report's file stem: `report_<names>`.
    var stem: String { FileStem.make("report_" + outcomes.map(\.scenario.fileStem).joined(separator: "_")) }

    /// Writes `report_<names>.html` (and `.pdf`) with its provenance and manifest into `directory`, as one set that
    /// appears whole or not at all; returns the paths written, the manifest last.
    func write(to directory: String, pdf: Bool) throws -> [String] {
        let set = try OutputSet(folder: directory, name: stem)
        do {
            try stage(into: set, pdf: pdf)
            return try set.commit()
        } catch {
            set.discard()
            throw error
        }
    }

    /// Adds the HTML report, its provenance and (with `pdf`, if an engine is installed) its PDF to `set`.
    func stage(into set: OutputSet, pdf: Bool) throws {
        let html = Report.html(try input())
        let stem = self.stem
        try set.add(stem + ".html", contents: html)
        try ProvenanceStamp.stage(provenance, stem: stem, into: set)
        guard pdf else { return }
        guard let engine = PDFEngine.find() else {
            var standardError = FileHandle.standardError
            print("warning: \(PDFEngine.installHint). The HTML report was written.", to: &standardError)
            return
        }
        try engine.render(htmlPath: set.stagedPath(stem + ".html"), to: set.stagedPath(stem + ".pdf"))
        set.adopt(stem + ".pdf")
    }

    func input() throws -> ReportInput {
        let ensembles = try loadEnsembles()
        let results = zip(references, outcomes).map { reference, outcome in
            ScenarioResult(
                name: outcome.scenario.name, description: outcome.scenario.description, source: outcome.scenario.source,
                seed: outcome.configuration.seed, results: outcome.results, ensemble: ensembles[outcome.scenario.name],
                changes: Self.changes(reference), parameterOverrides: outcome.scenario.parameters,
                policyYears: Self.policyYears(reference, endYear: outcome.configuration.endYear))
        }
        return ReportInput(
            scenarios: results, observed: Self.observedHistory(years: outcomes[0].results.years),
            ledger: try loadLedger(), modelVersion: Balloon.version, focusYear: focusYear, paper: paper,
            command: command, parameters: outcomes[0].configuration.parameters, provenance: provenance,
            validationStatus: ValidationStatus.sentences(
                summary: .bundled(), posterior: ParameterEnsemble.bundledPosterior())
                + outcomes.compactMap { ValidationStatus.startCaveat(startYear: $0.configuration.startYear) }.prefix(1))
    }

    /// The report's provenance: every scenario's content hash, the single-run posterior and the command.
    var provenance: Provenance {
        ProvenanceStamp.make(
            scenarios: outcomes.map { ($0.scenario.name, $0.configuration) },
            posterior: ProvenanceStamp.singleRunPosterior, seed: outcomes.first?.configuration.seed,
            commandText: command ?? "balloon report " + references.joined(separator: " "))
    }

    func loadLedger() throws -> FactLedgerReport? {
        guard let ledgerPath else { return nil }
        guard let data = FileManager.default.contents(atPath: ledgerPath) else {
            throw UserError(
                code: "fileNotReadable", message: "cannot read the fact ledger '\(ledgerPath)'",
                location: "--ledger \(ledgerPath)", fix: "produce it with `balloon validate --json \(ledgerPath)`")
        }
        do {
            return try FactLedgerReport.decode(data)
        } catch {
            throw UserError(
                code: "invalidLedger", message: "'\(ledgerPath)': \(error)",
                location: "--ledger \(ledgerPath)", fix: "produce it again with `balloon validate --json \(ledgerPath)`"
            )
        }
    }

    /// Ensemble summaries by scenario name; a file for a scenario not in the report is an error, not ignored.
    func loadEnsembles() throws -> [String: EnsembleSummary] {
        var result: [String: EnsembleSummary] = [:]
        let names = Set(outcomes.map(\.scenario.name))
        for path in ensemblePaths {
            let fix = "give the NAME.ensemble.json that `balloon run NAME --ensemble N` wrote"
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UserError(
                    code: "fileNotReadable", message: "cannot read the ensemble summary '\(path)'",
                    location: "--ensemble \(path)", fix: fix)
            }
            let summary: EnsembleSummary
            do {
                summary = try EnsembleSummary.decode(data)
            } catch {
                throw UserError(
                    code: "invalidEnsembleSummary", message: "'\(path)': \(error)",
                    location: "--ensemble \(path)", fix: fix)
            }
            guard names.contains(summary.scenario) else {
                throw UserError(
                    code: "scenarioNotInReport",
                    message: "'\(path)' summarises scenario '\(summary.scenario)', which is not in this report "
                        + "(\(names.sorted().joined(separator: ", ")))",
                    location: "--ensemble \(path)", fix: "name that scenario in the report too, or leave the file out")
            }
            result[summary.scenario] = summary
        }
        return result
    }

    /// First to last year of the scenario's own policies and events (open-ended ones run to `endYear`). A `[[stop]]`
    /// counts from its start to the end of the run only when the scenario has nothing else: alongside policies,
    /// it just replaces a baseline policy by them.
    static func policyYears(_ reference: String, endYear: Int) -> ClosedRange<Int>? {
        guard let own = try? ScenarioLibrary().load(reference) else { return nil }
        func year(_ month: MonthIndex) -> Int { month == .max ? endYear : month / 12 }
        var spans = own.policies.map { year($0.firstMonth)...max(year($0.firstMonth), year($0.lastMonth)) }
        spans += own.events.map { year($0.firstMonth)...max(year($0.firstMonth), year($0.lastMonth)) }
        let stopsAlone = spans.isEmpty
        spans += own.stops.map {
            stopsAlone
                ? year($0.firstMonth)...max(year($0.firstMonth), endYear) : year($0.firstMonth)...year($0.firstMonth)
        }
        guard let lower = spans.map(\.lowerBound).min(), let upper = spans.map(\.upperBound).max() else { return nil }
        return lower...upper
    }

    /// What a scenario adds to its baseline, from `balloon explain`; long lists are cut with a pointer to the command.
    static func changes(_ reference: String, limit: Int = 12) -> [String] {
        guard let text = try? ScenarioExplanation(reference: reference, library: ScenarioLibrary()).text else {
            return []
        }
        let lines = text.split(separator: "\n").dropFirst().map(String.init)
        guard lines.count > limit else { return lines }
        return Array(lines.prefix(limit - 1))
            + ["… and \(lines.count - limit + 1) more: run `balloon explain \(reference)` for the full list"]
    }

    /// Observed series for the chart overlays (`ObservedSeries` used `.chartOverlay`), limited to the simulated years.
    static func observedHistory(years: [Int]) -> ObservedHistory {
        guard let data = try? BundledData.load(), let first = years.first, let last = years.last else { return .init() }
        let series = ObservedSeries.rows(for: .chartOverlay).map { row in
            ObservedHistory.Series(
                indicator: row.indicator, place: row.place, values: row.values(in: data, years: first...last),
                source: row.source)
        }
        return ObservedHistory(series: series.filter { !$0.values.isEmpty })
    }
}
