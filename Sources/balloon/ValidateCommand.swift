import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'balloon validate' is not available in this build yet")
    }
}
