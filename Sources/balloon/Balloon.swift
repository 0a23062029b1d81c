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
            ReportCommand.self, BenchmarkCommand.self, RunsCommand.self, ServeCommand.self,
        ]
    )

    /// Runs the command line. Every error is printed in the one shape (`UserError`: code, message, location, fix)
    /// and exits with 2: usage errors (ArgumentParser's own code is 64) as well as input, file and run errors;
    /// help and `--version` exit 0.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            // Thrown by a command after it printed its error with `report(_:)`.
            exit(withError: code)
        } catch {
            if exitCode(for: error) == .success {
                exit(withError: error)  // help, --version
            }
            var standardError = FileHandle.standardError
            if exitCode(for: error) == .validationFailure {
                print(UserError.usage(error), to: &standardError)
            } else {
                print(UserError(error), to: &standardError)
            }
            Foundation.exit(2)
        }
    }
}
