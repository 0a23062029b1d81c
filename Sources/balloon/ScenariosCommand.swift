import ArgumentParser
import BalloonScenario

struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scenarios", abstract: "List the bundled scenarios.")

    func run() throws {
        let library = ScenarioLibrary()
        do {
            for name in library.bundledNames {
                let scenario = try library.load(name)
                print(name.padding(28) + scenario.description)
            }
        } catch {
            throw report(error)
        }
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: Swift.max(1, width - count)) }
}
