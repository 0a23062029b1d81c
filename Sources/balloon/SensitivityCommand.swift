import ArgumentParser

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sensitivity", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'balloon sensitivity' is not available in this build yet")
    }
}
