import BalloonModel
import Foundation
import Testing

@testable import BalloonScenario

/// Starting values and event magnitudes have stated bounds: at both ends a run stays finite and
/// non-negative, just outside the scenario is refused naming the key, the value and the range.
struct InputBoundsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// TOML lines with `VALUE` where the number goes.
        let lines: String
        let bound: InputBound
        let key: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "country coca area", lines: "[initial]\ncoca_hectares = { CO = VALUE }",
            bound: InputBounds.cocaHectares,
            key: "initial.coca_hectares.CO"),
        Case(
            name: "region coca area", lines: "[initial]\nregion_hectares = { \"PE.VRAEM\" = VALUE }",
            bound: InputBounds.cocaHectares, key: "initial.region_hectares.PE.VRAEM"),
        Case(
            name: "source price", lines: "[initial]\nsource_price_usd_per_kg = { PE = VALUE }",
            bound: InputBounds.sourcePriceUSDPerKg, key: "initial.source_price_usd_per_kg.PE"),
        Case(
            name: "retail price", lines: "[initial]\nretail_price_usd_per_pure_gram = { US = VALUE }",
            bound: InputBounds.retailPricePerPureGram, key: "initial.retail_price_usd_per_pure_gram.US"),
        Case(
            name: "light users", lines: "[initial]\nlight_users_millions = { EU = VALUE }",
            bound: InputBounds.usersMillions, key: "initial.light_users_millions.EU"),
        Case(
            name: "heavy users", lines: "[initial]\nheavy_users_millions = { SA = VALUE }",
            bound: InputBounds.usersMillions, key: "initial.heavy_users_millions.SA"),
        Case(
            name: "legal area change",
            lines: "[[event]]\nkind = \"legal_area_change\"\ncountry = \"BO\"\ndate = \"2014-01\"\nmagnitude = VALUE",
            bound: InputBounds.magnitude(of: .legalAreaChange), key: "event[1].magnitude"),
        Case(
            name: "leader capture",
            lines: "[[event]]\nkind = \"leader_capture\"\ncountry = \"CO\"\ndate = \"2014-01\"\nmagnitude = VALUE",
            bound: InputBounds.magnitude(of: .leaderCapture), key: "event[1].magnitude"),
        Case(
            name: "prison crisis",
            lines: "[[event]]\nkind = \"prison_crisis\"\ncountry = \"EC\"\ndate = \"2014-01\"\nmagnitude = VALUE",
            bound: InputBounds.magnitude(of: .prisonCrisis), key: "event[1].magnitude"),
        Case(
            name: "peace agreement",
            lines: "[[event]]\nkind = \"peace_agreement\"\ncountry = \"CO\"\ndate = \"2014-01\"\nmagnitude = VALUE",
            bound: InputBounds.magnitude(of: .peaceAgreement), key: "event[1].magnitude"),
    ]

    static func text(_ testCase: Case, _ value: Double) -> String {
        "name = \"bounds\"\nbaseline = \"history\"\nstart_year = 2013\nend_year = 2018\n"
            + testCase.lines.replacingOccurrences(of: "VALUE", with: "\(value)") + "\n"
    }

    @Test(arguments: cases)
    func runsAtBothEndsOfTheBoundStayFiniteAndNonNegative(_ testCase: Case) throws {
        for value in [testCase.bound.values.lowerBound, testCase.bound.values.upperBound] {
            let own = try ScenarioParser.parse(text: Self.text(testCase, value), file: "bounds.toml")
            let scenario = own.applied(over: try ScenarioLibrary().resolve("history"))
            let broken = ParameterDomainTests.violations(Simulation.run(try scenario.configuration()))
            #expect(broken.isEmpty, "\(testCase.key) = \(value): \(broken.count) bad outputs, e.g. \(broken.prefix(3))")
        }
    }

    @Test(arguments: cases)
    func valuesOutsideTheBoundAreRefusedNamingKeyValueAndRange(_ testCase: Case) throws {
        let outside = [
            testCase.bound.values.lowerBound.nextDown, testCase.bound.values.upperBound.nextUp, 1e19, 1e300, -1,
        ]
        for value in outside where !testCase.bound.contains(value) {
            let error = try #require(throws: ScenarioError.self) {
                try ScenarioParser.parse(text: Self.text(testCase, value), file: "bounds.toml")
            }
            #expect(error.code == .invalidNumber)
            #expect(error.key == testCase.key)
            #expect(error.line != nil)
            #expect(
                error.description.contains("\(value)") && error.description.contains(testCase.bound.unit),
                "\(error.description)")
        }
    }
}
