import ArgumentParser
import BalloonOutput

struct ParametersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parameters", abstract: "List every model parameter with its value, range, unit and source.")

    @Flag(help: "Print a Markdown table (as in docs/parameters.md).")
    var markdown = false

    func run() throws {
        print(markdown ? ParameterTable.markdown() : ParameterTable.text(), terminator: markdown ? "" : "\n")
    }
}
