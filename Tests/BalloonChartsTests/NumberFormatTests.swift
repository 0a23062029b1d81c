import Testing

@testable import BalloonCharts

struct NumberFormatTests {
    @Test(arguments: [
        (1234.0, "1,234"), (12_000, "12,000"), (0, "0"), (-1234, "-1,234"), (999, "999"), (1_500_000, "1.5M"),
        (3.4e9, "3.4B"), (1.2e12, "1.2T"), (1e12, "1T"), (999_999_999, "1B"), (999_950, "1M"), (0.125, "0.125"),
        (2.5, "2.5"), (-0.0, "0"), (123_456.7, "123,457"), (2e15, "2e15"), (0.00001234, "1.2e-5"),
    ])
    func compactWritesThousandsAndSuffixes(value: Double, expected: String) {
        #expect(NumberFormat.compact(value) == expected)
    }

    @Test func groupedKeepsTheRequestedDecimals() {
        #expect(NumberFormat.grouped(1234) == "1,234")
        #expect(NumberFormat.grouped(1234.5, decimals: 2) == "1,234.50")
        #expect(NumberFormat.grouped(1_000_000) == "1,000,000")
        #expect(NumberFormat.grouped(-0.001, decimals: 2) == "0.00")
        #expect(NumberFormat.grouped(1e12) == "1,000,000,000,000")
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteValuesAreWrittenAsNotAvailable(value: Double) {
        #expect(NumberFormat.compact(value) == "n/a")
        #expect(NumberFormat.grouped(value) == "n/a")
        #expect(NumberFormat.signed(value) == "n/a")
        #expect(NumberFormat.tickLabels([value], step: 1) == ["n/a"])
    }

    @Test func signedShowsAPlusForIncreases() {
        #expect(NumberFormat.signed(12.5) == "+12.5")
        #expect(NumberFormat.signed(-3) == "-3")
        #expect(NumberFormat.signed(0) == "0")
        #expect(NumberFormat.signed(2_500_000) == "+2.5M")
    }

    @Test func tickLabelsShareOneSuffixAndPrecision() {
        #expect(
            NumberFormat.tickLabels([0, 500_000, 1_000_000, 1_500_000], step: 500_000)
                == ["0", "0.5M", "1.0M", "1.5M"])
        #expect(NumberFormat.tickLabels([0, 20_000, 40_000], step: 20_000) == ["0", "20,000", "40,000"])
        #expect(NumberFormat.tickLabels([0, 0.05, 0.1], step: 0.05) == ["0", "0.05", "0.10"])
        #expect(NumberFormat.tickLabels([-2e9, 0, 2e9], step: 2e9) == ["-2B", "0", "2B"])
    }

    @Test func stepsThatAreNotOneTwoOrFiveKeepEnoughDecimals() {
        #expect(NumberFormat.tickLabels([-5, -2.5, 0, 2.5, 5], step: 2.5) == ["-5.0", "-2.5", "0", "2.5", "5.0"])
        #expect(NumberFormat.tickLabels([0, 1.5e12, 3e12], step: 1.5e12) == ["0", "1.5T", "3.0T"])
    }

    @Test func plainTickLabelsSuitYears() {
        #expect(NumberFormat.tickLabels([2000, 2005, 2010], step: 5, format: .plain) == ["2000", "2005", "2010"])
    }
}
