import ArgumentParser
import Foundation

@main
struct Balloon: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "balloon",
        abstract: "Simulate the Andean coca–cocaine economy and the policies aimed at it.",
        version: version,
        subcommands: [
            RunCommand.self, DemoCommand.self, ScenariosCommand.self, ExplainCommand.self, ParametersCommand.self,
            DataCommand.self,
            CalibrateCommand.self, ValidateCommand.self, CompareCommand.self, SensitivityCommand.self,
            MergeCommand.self,
            ReportCommand.self, BenchmarkCommand.self,
        ]
    )

    /// Runs the command line. Usage errors exit with 2, as the documentation says (ArgumentParser's own
    /// code is 64); help and `--version` exit 0; errors a command reports keep their code (2 for input).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                var standardError = FileHandle.standardError
                print(fullMessage(for: error), to: &standardError)
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
