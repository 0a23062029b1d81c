import ArgumentParser
import BalloonOutput

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a scenario and write tidy CSV and a JSON summary.")

    @Argument(help: "A bundled scenario name (see `balloon scenarios`) or a path to a .toml file.")
    var scenario: String

    @Option(help: "Random seed (default: the scenario's, else 1).")
    var seed: UInt64?

    @Option(help: "First simulated year (1990–2030).")
    var from: Int?

    @Option(help: "Last simulated year (up to 2050).")
    var to: Int?

    @Option(help: "Output folder.")
    var out: String = "balloon-output"

    func run() throws {
        do {
            let runner = ScenarioRunner()
            let outcome = try runner.run(scenario, seed: seed, from: from, to: to)
            let paths = try runner.write(outcome, to: out)
            print(outcome.summary.table())
            print("\nWrote \(paths.joined(separator: " and "))")
        } catch {
            throw report(error)
        }
    }
}
