import ArgumentParser
import BalloonModel
import BalloonScenario
import Dispatch

struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark", abstract: "Time repeated simulations of a scenario (no files written).")

    @Argument(help: "A bundled scenario name or a path to a .toml file.")
    var scenario: String = "history"

    @Option(parsing: .unconditional, help: "Number of simulations.")
    var runs: Int = 200

    @Option(parsing: .unconditional, help: "First simulated year.")
    var from: Int = 1990

    @Option(parsing: .unconditional, help: "Last simulated year.")
    var to: Int = 2040

    func validate() throws {
        guard (1...1_000_000).contains(runs) else { throw ValidationError("--runs must be between 1 and 1,000,000") }
    }

    func run() throws {
        do {
            let resolved = try ScenarioLibrary().resolve(scenario)
            let configuration = try resolved.configuration(from: from, to: to)
            var outputs = ContentHash()
            var timedNanoseconds: UInt64 = 0
            for index in 0..<runs {
                var seeded = configuration
                seeded.seed = UInt64(index + 1)
                let start = DispatchTime.now().uptimeNanoseconds
                let results = Simulation.run(seeded)
                timedNanoseconds += DispatchTime.now().uptimeNanoseconds - start
                // Outside the timing: every output value's bits, so two builds that print the same digest
                // produced identical results for every run.
                for value in results.values { outputs.add(value.bitPattern) }
            }
            let seconds = Double(timedNanoseconds) / 1e9
            let perRun = seconds / Double(runs) * 1_000
            print(
                "\(runs) simulations of \(resolved.name), \(from)–\(to): \(rounded(seconds, 3)) s, \(rounded(perRun, 3)) ms per run, \(Int(Double(runs) / seconds * 60)) per minute on one core (outputs digest \(outputs.hex))"
            )
        } catch {
            throw report(error)
        }
    }

    private func rounded(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return "\((value * scale).rounded() / scale)"
    }
}
