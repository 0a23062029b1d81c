import BalloonModel
import Testing

@testable import BalloonScenario

/// Every parameter has a physical domain; at both ends of the values a scenario may give, a run with
/// every instrument active keeps its outputs finite, non-negative and shares within [0, 1]; just
/// outside, the scenario is refused with the key, the value and the allowed range.
struct ParameterDomainTests {
    /// History plus one of every instrument the baseline lacks, 2013–2018 (spray ban, peace, PNIS).
    static let everyMechanism = """
        name = "every-mechanism"
        baseline = "history"
        start_year = 2013
        end_year = 2018
        [[policy]]
        instrument = "voluntary_substitution"
        country = "PE"
        years = [2014, 2016]
        families = 5000
        [[policy]]
        instrument = "community_control"
        country = "BO"
        years = [2013, 2018]
        coverage = 0.5
        [[policy]]
        instrument = "alternative_development"
        region = "PE.VRAEM"
        years = [2013, 2018]
        families = 3000
        [[policy]]
        instrument = "lab_destruction"
        country = "CO"
        years = [2013, 2018]
        labs = 500
        [[policy]]
        instrument = "interdiction"
        country = "EC"
        mode = "maritime"
        years = [2013, 2018]
        effort_usd_m = 300
        [[policy]]
        instrument = "organization_targeting"
        country = "EC"
        years = [2013, 2018]
        captures = 2
        [[policy]]
        instrument = "treatment"
        market = "US"
        years = [2013, 2018]
        episodes = 100000
        [[policy]]
        instrument = "prevention"
        market = "EU"
        years = [2013, 2018]
        usd_m = 500
        [[policy]]
        instrument = "decriminalization"
        market = "SA"
        years = [2014, 2018]
        enabled = true
        [[event]]
        kind = "prison_crisis"
        country = "EC"
        date = "2015-01"
        magnitude = 1
        """

    static let base: Scenario = {
        let library = ScenarioLibrary()
        let own = try! ScenarioParser.parse(text: everyMechanism, file: "every-mechanism.toml")
        return own.applied(over: try! library.resolve("history"))
    }()

    @Test func everyParameterHasADomainThatHoldsItsDefaultAndItsPriorRange() {
        for descriptor in ParameterCatalog.all {
            let domain = descriptor.domain
            #expect(domain.contains(descriptor.value(in: ModelParameters())), "\(descriptor.name) default")
            #expect(
                domain.contains(descriptor.range.lowerBound) && domain.contains(descriptor.range.upperBound),
                "\(descriptor.name) prior range \(descriptor.range) outside \(domain)")
        }
    }

    /// The accepted values' ends, or the nearest representable values inside them.
    static func edges(of accepted: ParameterDomain) -> [Double] {
        [
            accepted.lowerIncluded ? accepted.lower : accepted.lower.nextUp,
            accepted.upperIncluded ? accepted.upper : accepted.upper.nextDown,
        ]
    }

    /// Outputs that break an invariant, as `indicator|place year = value`.
    static func violations(_ results: SimulationResults) -> [String] {
        var found: [String] = []
        for (slot, key) in results.keys.enumerated() {
            let unit = results.units[slot]
            // interception_rate is the year's seizures over the year's production: seizures also draw
            // on stocks built earlier, so it may exceed 1 without anything being wrong.
            let isShare =
                (unit.hasPrefix("share") || unit.hasPrefix("index 0-1")) && key.indicator != "interception_rate"
            for (yearIndex, year) in results.years.enumerated() {
                let value = results.values[slot * results.years.count + yearIndex]
                let negative = value < 0 && !Indicators.signed.contains(key.indicator)
                if !value.isFinite || negative || (isShare && value > 1 + 1e-9) {
                    found.append("\(key.indicator)|\(key.place) \(year) = \(value)")
                }
            }
        }
        // The stock–flow balances and the rest of the model's own invariants hold as well.
        found += ResultInvariants.violations(in: results).map(\.description)
        return found
    }

    @Test(arguments: ParameterCatalog.all.map(\.name))
    func outputsStayFiniteAndNonNegativeAtBothEndsOfTheAcceptedValues(_ name: String) throws {
        let descriptor = try #require(ParameterCatalog.descriptor(named: name))
        for value in Self.edges(of: descriptor.acceptedValues) {
            var scenario = Self.base
            scenario.parameters[name] = value
            let results = Simulation.run(try scenario.configuration())
            let broken = Self.violations(results)
            #expect(broken.isEmpty, "\(name) = \(value): \(broken.count) bad outputs, e.g. \(broken.prefix(3))")
        }
    }

    @Test(arguments: ParameterCatalog.all.map(\.name))
    func valuesJustOutsideTheAcceptedValuesAreRefusedWithKeyValueAndRange(_ name: String) throws {
        let descriptor = try #require(ParameterCatalog.descriptor(named: name))
        let accepted = descriptor.acceptedValues
        let outside = [
            accepted.lowerIncluded ? accepted.lower.nextDown : accepted.lower,
            accepted.upperIncluded ? accepted.upper.nextUp : accepted.upper,
        ].filter(\.isFinite)
        for value in outside {
            let text = "name = \"edge\"\n[parameters]\n\"\(name)\" = \(value)\n"
            let error = try #require(throws: ScenarioError.self) {
                try ScenarioParser.parse(text: text, file: "edge.toml")
            }
            #expect(error.code == .invalidNumber)
            #expect(error.line == 3)
            #expect(error.key == "parameters.\(name)")
            #expect(
                error.description.contains("\(value)") && error.description.contains(accepted.description),
                "\(error.description)")
        }
    }
}
