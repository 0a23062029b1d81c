import ArgumentParser

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'balloon merge' is not available in this build yet")
    }
}
