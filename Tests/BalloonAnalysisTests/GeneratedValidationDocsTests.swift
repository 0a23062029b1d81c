import BalloonAnalysis
import Foundation
import Testing

/// The tables generated from the shipped posterior and its validation digest stay equal to what the docs show, and
/// the digest describes the posterior it ships beside (so no stale numbers reach a reader).
struct GeneratedValidationDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let regenerate =
        "regenerate them with `swift build -c release && .build/release/balloon validate --regenerate .` (docs/calibration.md)"

    @Test(arguments: GeneratedDocs.sections.map { "\($0.file)#\($0.name)" })
    func theDocsShowTheTablesGeneratedFromTheShippedFiles(_ section: String) throws {
        let parts = section.split(separator: "#").map(String.init)
        let document = try String(contentsOf: Self.root.appendingPathComponent(parts[0]), encoding: .utf8)
        let shown = try GeneratedDocs.section(parts[1], in: document, file: parts[0])
        let generated = GeneratedDocs.markdown(
            parts[1], summary: ValidationSummary.bundled(), posterior: ParameterEnsemble.bundledPosterior())
        #expect(shown == generated, "\(section) is out of date: \(Self.regenerate)")
    }

    @Test func theValidationDigestDescribesTheShippedPosterior() throws {
        let summary = try #require(ValidationSummary.bundled(), "no validation digest is bundled: \(Self.regenerate)")
        let posterior = try #require(ParameterEnsemble.bundledPosterior())
        #expect(summary.describes(posterior), "the validation digest is stale: \(Self.regenerate)")
        #expect(summary.fit.count == 3)
    }

    @Test func theValidationDigestDescribesTheModelAsBuilt() throws {
        let summary = try #require(ValidationSummary.bundled())
        let stored = try #require(summary.modelCheck, "the digest has no model check: \(Self.regenerate)")
        let now = try ValidationSummary.modelCheck(posterior: try #require(ParameterEnsemble.bundledPosterior()))
        #expect(Set(stored.keys) == Set(now.keys))
        for (key, value) in now.sorted(by: { $0.key < $1.key }) {
            let old = stored[key] ?? .nan
            #expect(
                abs(value - old) <= 1e-6 * max(1, abs(old)),
                "coca area \(key) is \(value) now, \(old) when the digest was made: the model changed; \(Self.regenerate)"
            )
        }
    }

    @Test func theForecastComesFromTheShippedPosteriorFittedThrough2013() throws {
        let forecastPosterior = try #require(ParameterEnsemble.bundledForecastPosterior())
        let last = try #require(ForecastTest.lastFittedYear(forecastPosterior))
        #expect(last == ForecastTest().fitThrough)
        let forecast = try #require(ValidationSummary.bundled()?.forecast)
        #expect(forecast.posterior == forecastPosterior.fingerprint, "the forecast is stale: \(Self.regenerate)")
    }

    @Test func aSectionIsReplacedBetweenItsMarkersOnly() throws {
        let document = """
            intro
            <!-- generated:forecast begin: do not edit; `balloon validate --regenerate .` rewrites it -->
            old table
            <!-- generated:forecast end -->
            outro
            """
        let updated = try GeneratedDocs.replacing("forecast", in: document, with: "new\n", file: "x.md")
        #expect(try GeneratedDocs.section("forecast", in: updated, file: "x.md") == "new\n")
        #expect(updated.hasPrefix("intro\n") && updated.hasSuffix("end -->\noutro"))
        #expect(throws: GeneratedDocs.MarkerError.self) {
            try GeneratedDocs.section("ensemble-fit", in: document, file: "x.md")
        }
    }

    @Test func theStatusIsUnknownForAnotherPosterior() throws {
        let summary = try #require(ValidationSummary.bundled())
        var other = try #require(ParameterEnsemble.bundledPosterior())
        other.draws.removeLast()
        let unknown = ValidationStatus.sentences(summary: summary, posterior: other)
        #expect(unknown.count == 1 && unknown[0].contains("unknown"))
        let known = ValidationStatus.sentences(summary: summary, posterior: ParameterEnsemble.bundledPosterior())
        #expect(known[0].contains("\(summary.emergentPass) of \(summary.emergentTotal) emergent facts"))
        #expect(!known.joined().contains("unknown"))
        // A model that no longer reproduces the digest's model check gets no numbers either.
        var moved = summary
        moved.modelCheck?["CO 2000"]? *= 1.01
        let stale = ValidationStatus.sentences(summary: moved, posterior: ParameterEnsemble.bundledPosterior())
        #expect(stale.count == 1 && stale[0].contains("unknown"))
    }
}
