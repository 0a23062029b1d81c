import ArgumentParser

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'balloon compare' is not available in this build yet")
    }
}
