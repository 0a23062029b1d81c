import BalloonScenario
import Foundation
import Testing

@testable import balloon

/// `explain` and `report` read a scenario's own initial area as a whole number of hectares; a value
/// beyond Int's range trapped there (issue 11) while `run` accepted it. Now the scenario is refused.
struct HostileScenarioCLITests {
    @Test(arguments: ["1e19", "1e308", "-1e19"])
    func explainRefusesAnInitialAreaBeyondItsBoundInsteadOfTrapping(_ value: String) throws {
        let path = CLITests.temporaryDirectory() + "/huge.toml"
        try Data("name = \"huge\"\nbaseline = \"history\"\n[initial]\ncoca_hectares = { CO = \(value) }\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioExplanation(reference: path, library: .init())
        }
        #expect(error.key == "initial.coca_hectares.CO" && error.line == 4)
    }

    @Test func explainShowsAnInitialAreaWithinItsBoundAsWholeHectares() throws {
        let path = CLITests.temporaryDirectory() + "/big.toml"
        try Data("name = \"big\"\nbaseline = \"history\"\n[initial]\ncoca_hectares = { CO = 1e6 }\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect(
            try ScenarioExplanation(reference: path, library: .init()).text.contains(
                "Initial coca area CO = 1000000 ha"))
    }
}
