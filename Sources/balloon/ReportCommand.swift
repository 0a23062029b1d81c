import ArgumentParser

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'balloon report' is not available in this build yet")
    }
}
