import Testing

@testable import BalloonCharts

struct SVGBuilderTests {
    @Test func escapesMarkupCharacters() {
        #expect(SVGBuilder.escape("<b>&") == "&lt;b&gt;&amp;")
        #expect(SVGBuilder.escape("\"a\" 'b'") == "&quot;a&quot; &apos;b&apos;")
        #expect(SVGBuilder.escape("bell\u{07}tab\tend") == "belltab end", "XML 1.0 forbids most control characters")
        #expect(SVGBuilder.escape("Perú – São Paulo 中国") == "Perú – São Paulo 中国")
    }

    @Test(arguments: [
        (1.23456, "1.23"), (2.0, "2"), (-0.001, "0"), (10.5, "10.5"), (-3.999, "-4"), (Double.nan, "0"),
        (Double.infinity, "0"), (1e12, "10000000"),
    ])
    func coordinatesHaveAtMostTwoDecimals(value: Double, expected: String) {
        #expect(SVGBuilder.number(value) == expected)
    }

    @Test func truncationEndsWithAnEllipsisAndFits() {
        let long = String(repeating: "Putumayo-Caquetá ", count: 8)
        let cut = TextMetrics.truncate(long, maxWidth: 120, size: 12)
        #expect(cut.hasSuffix("…"))
        #expect(TextMetrics.width(cut, size: 12) <= 120)
        #expect(TextMetrics.truncate("short", maxWidth: 120, size: 12) == "short")
        #expect(TextMetrics.truncate("anything", maxWidth: 2, size: 12) == "")
    }

    @Test func wrappingStaysWithinTheLineLimitAndWidth() {
        let text = "Spending on eradication, alternative development and interdiction by instrument and year"
        let lines = TextMetrics.wrap(text, maxWidth: 150, size: 12, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { TextMetrics.width($0, size: 12) <= 150 })
        #expect(lines.last!.hasSuffix("…"))
        #expect(TextMetrics.wrap("one two", maxWidth: 500, size: 12, maxLines: 2) == ["one two"])
        let giant = TextMetrics.wrap(String(repeating: "x", count: 300), maxWidth: 100, size: 12, maxLines: 2)
        #expect(giant.count == 1 && TextMetrics.width(giant[0], size: 12) <= 100)
    }

    @Test func stableIDsAreDeterministicAndDistinct() {
        #expect(stableID("clip", "a") == stableID("clip", "a"))
        #expect(stableID("clip", "a") != stableID("clip", "b"))
    }

    @Test func divergingColoursRunFromBlueThroughWhiteToRed() {
        #expect(Palette.divergingColor(0) == "#2166AC")
        #expect(Palette.divergingColor(0.5) == "#F7F7F7")
        #expect(Palette.divergingColor(1) == "#B2182B")
        #expect(Palette.divergingColor(.nan) == Palette.missingFill)
        #expect(Palette.prefersLightText(on: "#2166AC"))
        #expect(!Palette.prefersLightText(on: "#F7F7F7"))
    }

    @Test func paletteCyclesAndAddsDashesOnLaterPasses() {
        #expect(Palette.color(0) == Palette.color(8))
        #expect(Palette.cycleDash(0) == nil)
        #expect(Palette.cycleDash(8) != nil)
        #expect(Set(Palette.okabeIto).count == 8)
    }
}
