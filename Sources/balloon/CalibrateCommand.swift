import ArgumentParser

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "calibrate", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'balloon calibrate' is not available in this build yet")
    }
}
