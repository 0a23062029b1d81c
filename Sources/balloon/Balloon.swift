import ArgumentParser

@main
struct Balloon: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "balloon",
        abstract: "Simulate the Andean coca–cocaine economy and the policies aimed at it.",
        version: version,
        subcommands: [RunCommand.self, DemoCommand.self, ScenariosCommand.self, ExplainCommand.self, ParametersCommand.self, DataCommand.self,
            CalibrateCommand.self, ValidateCommand.self, CompareCommand.self, SensitivityCommand.self, MergeCommand.self,
            ReportCommand.self, BenchmarkCommand.self,
        ]
    )
}
