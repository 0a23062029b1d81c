import Testing

@testable import BalloonReport

/// Numbers and phrases a journalist can quote.
struct WordingTests {
    @Test(arguments: [
        (36_214.0, "36,200"), (999.4, "999"), (12.345, "12.3"), (1.256, "1.26"), (0.01234, "0.012"),
        (1_250_000.0, "1.25 million"), (7_990_000_000.0, "7.99 billion"), (-4_370.0, "−4,370"), (0.0, "0"),
        (Double.nan, "n/a"),
    ])
    func numbersAreRoundedToThreeSignificantFigures(value: Double, expected: String) {
        #expect(Wording.number(value) == expected)
    }

    @Test func moneyKeepsCentsOnlyWhereTheyMatter() {
        #expect(Wording.money(0.45) == "US$0.45")
        #expect(Wording.money(57_000) == "US$57,000")
        #expect(Wording.money(2.36e9) == "US$2.36 billion")
        #expect(Wording.money(-1_000) == "−US$1,000")
    }

    @Test func percentagesUseOneDecimalBelowTen() {
        #expect(Wording.percent(0.314) == "31%")
        #expect(Wording.percent(0.081) == "8.1%")
        #expect(Wording.percent(0.04) == "4%")
        #expect(Wording.signedPercent(0.12) == "+12%")
        #expect(Wording.signedPercent(-0.004) == "−0.4%")
        #expect(Wording.signedPercent(0) == "0%")
    }

    @Test func aComparisonSaysLowerOrHigherWithItsRange() {
        #expect(Wording.comparison(-0.31, band: (-0.40, -0.18)) == "is 31% lower [18–40%]")
        #expect(Wording.comparison(0.12, band: (0.04, 0.21)) == "is 12% higher [4–21%]")
        #expect(Wording.comparison(0.05, band: (-0.02, 0.11)) == "is 5% higher [−2% to +11%]")
        #expect(Wording.comparison(0.003) == "is about the same (+0.3%)")
    }

    @Test func rangesAvoidADashNextToAMinusSign() {
        #expect(Wording.range(0.31, 0.55) == "[0.31–0.55]")
        #expect(Wording.range(-0.53, -0.22) == "[−0.53 to −0.22]")
    }

    @Test func listsAndPossessivesReadAsEnglish() {
        #expect(Wording.list(["Peru"]) == "Peru")
        #expect(Wording.list(["Peru", "Bolivia", "Colombia"]) == "Peru, Bolivia and Colombia")
        #expect(Wording.possessive("Peru") == "Peru's")
        #expect(Wording.possessive("United States") == "the United States'")
        #expect(Wording.place("Caribbean") == "the Caribbean")
    }

    @Test func scenarioTitlesComeFromFileNames() {
        #expect(ScenarioResult.title(for: "plan-peru") == "Plan Peru")
        #expect(ScenarioResult.title(for: "no_spraying") == "No Spraying")
        #expect(ScenarioResult.title(for: "history") == "History")
    }

    @Test func htmlEscapingCoversMarkupAndControlCharacters() {
        #expect(HTML.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
        #expect(HTML.escape("bell\u{07}") == "bell")
        #expect(HTML.inlineCode("run `balloon demo` now") == "run <code>balloon demo</code> now")
        #expect(HTML.inlineCode("a lone ` tick") == "a lone ` tick")
    }

    @Test func cssStringsCannotEndTheStylesheetOrBreakXML() {
        let text = ReportStyle.cssString("a\"b\\c</style>&")
        #expect(!text.contains("<") && !text.contains("&"))
        #expect(text.hasPrefix("a\\\"b\\\\c"))
    }
}
