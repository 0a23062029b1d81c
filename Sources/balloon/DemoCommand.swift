import ArgumentParser
import BalloonAnalysis
import BalloonOutput
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract:
            "Run history, plan-peru and plan-ecuador on bundled defaults into one folder, then write their report.")

    static let scenarios = ["history", "plan-peru", "plan-ecuador"]

    @Option(help: "Output folder.")
    var out: String = "balloon-output/demo"

    @Flag(help: "Also write the report as PDF (needs chromium or weasyprint).")
    var pdf = false

    func run() throws {
        do {
            try OutputFolder.check(out)
            // Every file of the demo is one set (demo.manifest.json): it appears whole or not at all.
            let set = try OutputSet(folder: out, name: "demo")
            defer { set.discard() }
            let runner = ScenarioRunner()
            var outcomes: [ScenarioRunner.Outcome] = []
            for name in Self.scenarios {
                let outcome = try runner.run(name, seed: nil, from: nil, to: nil)
                try runner.stage(outcome, reference: name, into: set)
                print(outcome.summary.table())
                print("")
                outcomes.append(outcome)
            }
            // The fact ledger tells the reader how far to trust the model: 100 posterior members (a few seconds).
            var ledgerPath: String?
            if let posterior = ParameterEnsemble.bundledPosterior() {
                let path = set.finalPath("ledger.json")
                let ledger = try ValidateCommand.ledger(
                    ensemble: posterior, members: 100,
                    command: ["balloon", "validate", "--members", "100", "--json", path])
                try set.add("ledger.json", contents: ledger.encoded())
                // The report reads the ledger before the set is committed.
                ledgerPath = set.stagedPath("ledger.json")
            }
            // The report is the demo's last word: the comparison a reader opens in a browser.
            let finalLedger = ledgerPath.map { _ in set.finalPath("ledger.json") }
            let assembly = ReportAssembly(
                references: Self.scenarios, outcomes: outcomes, ledgerPath: ledgerPath,
                command: "balloon report \(Self.scenarios.joined(separator: " "))"
                    + (finalLedger.map { " --ledger \($0)" } ?? ""))
            try assembly.stage(into: set, pdf: pdf)
            let paths = try set.commit()
            print("Wrote \(paths.joined(separator: "\n      "))")
            if let finalLedger { print("Fact ledger: \(finalLedger)") }
            print("Report: \(set.finalPath(assembly.stem + ".html"))")
        } catch {
            throw report(error)
        }
    }
}
