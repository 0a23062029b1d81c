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
            let runner = ScenarioRunner()
            var outcomes: [ScenarioRunner.Outcome] = []
            for name in Self.scenarios {
                let outcome = try runner.run(name, seed: nil, from: nil, to: nil)
                let paths = try runner.write(outcome, reference: name, to: out)
                print(outcome.summary.table())
                print("Wrote \(paths.joined(separator: " and "))\n")
                outcomes.append(outcome)
            }
            // The fact ledger tells the reader how far to trust the model: 100 posterior members (a few seconds).
            var ledgerPath: String?
            if let posterior = ParameterEnsemble.bundledPosterior() {
                let path = URL(fileURLWithPath: out).appendingPathComponent("ledger.json").path
                let ledger = try ValidateCommand.ledger(
                    ensemble: posterior, members: 100,
                    command: ["balloon", "validate", "--members", "100", "--json", path])
                try ValidateCommand.write(ledger, to: path)
                print("Wrote the fact ledger to \(path)")
                ledgerPath = path
            }
            // The report is the demo's last word: the comparison a reader opens in a browser.
            let reportPaths = try ReportAssembly(
                references: Self.scenarios, outcomes: outcomes, ledgerPath: ledgerPath,
                command: "balloon report \(Self.scenarios.joined(separator: " "))"
                    + (ledgerPath.map { " --ledger \($0)" } ?? "")
            ).write(to: out, pdf: pdf)
            print("Report: \(reportPaths.joined(separator: " and "))")
        } catch {
            throw report(error)
        }
    }
}
