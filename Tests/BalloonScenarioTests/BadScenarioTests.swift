import BalloonModel
import Testing

@testable import BalloonScenario

/// Every kind of bad input gets a clear error naming the file, the line or key, and a fix.
struct BadScenarioTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let code: ScenarioError.Code
        let key: String?
        let line: Int?
        let mentions: String
        var testDescription: String { name }
    }

    static let header = "name = \"bad\"\n"

    static let cases: [Case] = [
        Case(
            name: "syntax error", text: header + "[[policy]\ninstrument = \"manual_eradication\"\n",
            code: .syntax, key: nil, line: 2, mentions: "syntax"),
        Case(
            name: "unknown top-level key", text: header + "bsaeline = \"history\"\n",
            code: .unknownKey, key: "bsaeline", line: 2, mentions: "did you mean 'baseline'"),
        Case(
            name: "unknown policy key",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nyear = 2030\nhectars = 10\n",
            code: .unknownKey, key: "policy[1].hectars", line: 6, mentions: "did you mean 'hectares'"),
        Case(
            name: "unknown country",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"Peruu\"\nyear = 2030\nhectares = 10\n",
            code: .unknownCountry, key: "policy[1].country", line: 4, mentions: "PE"),
        Case(
            name: "unknown region",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\nregion = \"PE.VREAM\"\nyear = 2030\nhectares = 10\n",
            code: .unknownRegion, key: "policy[1].region", line: 4, mentions: "PE.VRAEM"),
        Case(
            name: "unknown route",
            text: header
                + "[[policy]]\ninstrument = \"interdiction\"\nroute = \"EC_PORT>EU\"\nyear = 2030\neffort_usd_m = 10\n",
            code: .unknownRoute, key: "policy[1].route", line: 4, mentions: "EC_PORTS>EU"),
        Case(
            name: "unknown instrument",
            text: header + "[[policy]]\ninstrument = \"fumigation\"\ncountry = \"PE\"\nyear = 2030\n",
            code: .unknownInstrument, key: "policy[1].instrument", line: 3, mentions: "aerial_spraying"),
        Case(
            name: "year out of range",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nyear = 2099\nhectares = 10\n",
            code: .yearOutOfRange, key: "policy[1].year", line: 5, mentions: "1990–2050"),
        Case(
            name: "start year out of range", text: header + "start_year = 1980\n",
            code: .yearOutOfRange, key: "start_year", line: 2, mentions: "1990"),
        Case(
            name: "negative quantity",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nyear = 2030\nhectares = -5\n",
            code: .invalidNumber, key: "policy[1].hectares", line: 6, mentions: "≥ 0"),
        Case(
            name: "NaN quantity",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nyear = 2030\nhectares = nan\n",
            code: .invalidNumber, key: "policy[1].hectares", line: 6, mentions: "finite"),
        Case(
            name: "absurd quantity",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nyear = 2030\nhectares = 1e20\n",
            code: .invalidNumber, key: "policy[1].hectares", line: 6, mentions: "implausibly large"),
        Case(
            name: "budget where a quantity is expected",
            text: header
                + "[[policy]]\ninstrument = \"community_control\"\ncountry = \"PE\"\nyear = 2030\nbudget_usd = 1e6\n",
            code: .budgetNotAllowed, key: "policy[1].budget_usd", line: 6, mentions: "coverage"),
        Case(
            name: "quantity in another instrument's unit",
            text: header
                + "[[policy]]\ninstrument = \"interdiction\"\nroute = \"EC_PORTS>EU\"\nyear = 2030\nhectares = 10\n",
            code: .wrongType, key: "policy[1].hectares", line: 6, mentions: "effort_usd_m"),
        Case(
            name: "string where a number is expected",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nyear = 2030\nhectares = \"lots\"\n",
            code: .wrongType, key: "policy[1].hectares", line: 6, mentions: "number"),
        Case(
            name: "range ending before it starts",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nfrom = \"2030-06\"\nto = \"2029-01\"\nhectares = 10\n",
            code: .emptyRange, key: "policy[1]", line: nil, mentions: "ends before it starts"),
        Case(
            name: "years reversed",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nyears = [2035, 2030]\nhectares = 10\n",
            code: .emptyRange, key: "policy[1]", line: nil, mentions: "ends before it starts"),
        Case(
            name: "unknown parameter", text: header + "[parameters]\ndemand_elastcity = -0.6\n",
            code: .unknownParameter, key: "parameters.demand_elastcity", line: 3, mentions: "demand_elasticity"),
        Case(
            name: "absurd parameter", text: header + "[parameters]\ndemand_elasticity = -400\n",
            code: .invalidNumber, key: "parameters.demand_elasticity", line: 3, mentions: "plausible range"),
        Case(
            name: "unknown event", text: header + "[[event]]\nkind = \"coup\"\ncountry = \"PE\"\ndate = \"2030-01\"\n",
            code: .unknownEvent, key: "event[1].kind", line: 3, mentions: "peace_agreement"),
        Case(
            name: "unknown market",
            text: header + "[[policy]]\ninstrument = \"treatment\"\nmarket = \"Mars\"\nyear = 2030\nepisodes = 10\n",
            code: .unknownMarket, key: "policy[1].market", line: 4, mentions: "US"),
        Case(
            name: "missing name", text: "description = \"x\"\n",
            code: .missingKey, key: "name", line: nil, mentions: "name"),
        Case(
            name: "coverage above one",
            text: header
                + "[[policy]]\ninstrument = \"community_control\"\ncountry = \"PE\"\nyear = 2030\ncoverage = 3\n",
            code: .invalidNumber, key: "policy[1].coverage", line: 6, mentions: "between 0 and 1"),
        Case(
            name: "bad date text",
            text: header
                + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nfrom = \"next year\"\nto = 2030\nhectares = 1\n",
            code: .wrongType, key: "policy[1].from", line: 5, mentions: "year-month"),
    ]

    @Test(arguments: cases)
    func badInputGivesAClearErrorNamingTheFileTheLocationAndAFix(_ testCase: Case) throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioParser.parse(text: testCase.text, file: "bad.toml")
        }
        #expect(error.code == testCase.code)
        #expect(error.file == "bad.toml")
        if let key = testCase.key { #expect(error.key == key) }
        if let line = testCase.line { #expect(error.line == line) }
        #expect(error.description.contains(testCase.mentions), "\(error.description)")
        #expect(error.description.contains("Fix:"))
    }

    @Test func anUnknownBaselineNamesTheBundledChoices() throws {
        let library = ScenarioLibrary()
        let error = try #require(throws: ScenarioError.self) { try library.resolve("plan-peruu") }
        #expect(error.code == .unknownScenario)
        #expect(error.description.contains("plan-peru"))
    }

    @Test func aMissingFileSaysSo() throws {
        let error = try #require(throws: ScenarioError.self) { try ScenarioLibrary().resolve("/nonexistent/x.toml") }
        #expect(error.code == .fileNotReadable)
    }

    @Test func aGoodScenarioParsesEveryWayOfGivingDatesAndAmounts() throws {
        let text = """
            name = "good"
            baseline = "history"
            start_year = 2005
            end_year = 2030
            [initial]
            coca_hectares = { CO = 90000, PE = 50000 }
            [parameters]
            demand_elasticity = -0.6
            "cocaine_yield_kg_per_ha.CO" = 7.0
            [[policy]]
            instrument = "manual_eradication"
            region = "PE.VRAEM"
            from = "2026-03"
            to = "2027"
            budget_usd = 14000000
            payers = { US = 3, host = 1 }
            [[policy]]
            instrument = "interdiction"
            country = "EC"
            mode = "maritime"
            years = [2026, 2030]
            effort_usd_m = 100
            [[event]]
            kind = "route_closure"
            route = "PE>BO"
            date = "2027-01"
            until = "2028-06"
            """
        let scenario = try ScenarioParser.parse(text: text, file: "good.toml")
        #expect(scenario.policies.count == 2)
        #expect(scenario.policies[0].firstMonth == .of(year: 2026, month: 3))
        #expect(scenario.policies[0].lastMonth == .of(year: 2027, month: 12))
        #expect(scenario.policies[0].payerShares == [0.25, 0.75, 0])
        #expect(scenario.policies[1].targetLabel.contains("EC_PORTS>CENTRAL_AMERICA"))
        #expect(scenario.events[0].lastMonth == .of(year: 2028, month: 6))
        #expect(scenario.parameters["cocaine_yield_kg_per_ha.CO"] == 7.0)
        let configuration = try scenario.configuration()
        #expect(configuration.parameters.cocaineYieldKgPerHectare[0] == 7.0)
        #expect(configuration.startYear == 2005)
    }
}
