import BalloonModel
import Testing

@testable import BalloonScenario

/// The vocabulary the workbench's instrument form offers is the parser's: every instrument, at every place its
/// target kind allows, with its quantity (or a budget where one may stand in) and every payer, writes a block the
/// parser accepts, and the parser reads back what was written.
@Suite struct PolicyVocabularyTests {
    let vocabulary = PolicyVocabulary()

    /// The block as the form writes it (InstrumentForm's script).
    static func block(
        _ instrument: PolicyVocabulary.InstrumentWord, place: String, payer: String, budget: Bool
    ) -> String {
        let amount =
            switch instrument.quantityKind {
            case "switch": "\(instrument.quantity) = true"
            case "share": "\(instrument.quantity) = 0.5"
            default: budget ? "budget_usd = 2000000" : "\(instrument.quantity) = 1000"
            }
        return """
            name = "form"
            description = "written by the form"
            baseline = "history"

            [[policy]]
            instrument = "\(instrument.name)"
            \(place)
            years = [2026, 2030]
            \(amount)
            payer = "\(payer)"
            """
    }

    @Test func everyWordTheFormOffersParses() throws {
        for instrument in vocabulary.instruments {
            let places: [String]
            switch instrument.target {
            case "market": places = vocabulary.markets.map { "market = \"\($0.code)\"" }
            case "route":
                places =
                    vocabulary.countries.map { "country = \"\($0.code)\"" }
                    + vocabulary.routes.map { "route = \"\($0.code)\"" }
            default:
                places =
                    vocabulary.countries.map { "country = \"\($0.code)\"" }
                    + vocabulary.regions.map { "region = \"\($0.code)\"" }
            }
            for place in places {
                for payer in vocabulary.payers {
                    for budget in instrument.acceptsBudget ? [false, true] : [false] {
                        let text = Self.block(instrument, place: place, payer: payer, budget: budget)
                        let scenario = try ScenarioParser.parse(text: text, file: "form.toml")
                        let action = try #require(scenario.policies.first, "\(text)")
                        #expect(action.instrument.rawValue == instrument.name)
                    }
                }
            }
        }
    }

    @Test func theListsAreTheModelsWholeLists() {
        #expect(vocabulary.instruments.map(\.name) == Instrument.allCases.map(\.rawValue))
        #expect(vocabulary.countries.map(\.code) == Country.allCases.map(\.code))
        #expect(vocabulary.regions.count == Atlas.standard.regions.count)
        #expect(vocabulary.routes.map(\.code) == Atlas.standard.network.edges.map(\.id))
        #expect(vocabulary.payers.count == Payer.allCases.count)
        #expect(vocabulary.payers.allSatisfy { Payer(identifier: $0) != nil })
    }
}
