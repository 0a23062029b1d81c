import ArgumentParser

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Run history, plan-peru and plan-ecuador on bundled defaults into one folder.")

    static let scenarios = ["history", "plan-peru", "plan-ecuador"]

    @Option(help: "Output folder.")
    var out: String = "balloon-output/demo"

    func run() throws {
        do {
            let runner = ScenarioRunner()
            for name in Self.scenarios {
                let outcome = try runner.run(name, seed: nil, from: nil, to: nil)
                let paths = try runner.write(outcome, to: out)
                print(outcome.summary.table())
                print("Wrote \(paths.joined(separator: " and "))\n")
            }
        } catch {
            throw report(error)
        }
    }
}
