import BalloonModel
import Foundation
import Testing

@testable import BalloonScenario

/// The CI half of scenario fuzzing (the libFuzzer half is scripts/fuzz-scenarios.sh): the committed
/// corpus (bundled scenarios, every reproducer of issue 11, every input that ever broke the parser)
/// and a fixed number of seeded mutations of it go through the whole path from bytes to a validated
/// configuration. A crash or an abort inside toml++ kills the test process; a broken promise (an error
/// without a fix, a syntax error without a line, an accepted value outside its domain) fails the test.
struct ScenarioFuzzTests {
    static let corpusDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/scenario-corpus")

    static let corpus: [(name: String, bytes: [UInt8])] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
        return names.sorted().compactMap { name in
            FileManager.default.contents(atPath: corpusDirectory.appendingPathComponent(name).path).map {
                (name, [UInt8]($0))
            }
        }
    }()

    /// Mutations run in CI: about 20 s in a debug build on 2 cores.
    static let mutationCount = 10_000

    @Test func theCorpusHoldsTheBundledScenariosAndTheReproducers() {
        let names = Self.corpus.map(\.name)
        #expect(names.filter { $0.hasPrefix("bundled-") }.count == ScenarioLibrary().bundledNames.count)
        #expect(names.filter { $0.hasPrefix("repro-") }.count >= 30)
    }

    @Test func everyCorpusInputIsAcceptedOrRefusedKeepingEveryPromise() {
        for (name, bytes) in Self.corpus {
            let (outcome, broken) = ScenarioFuzzing.exercise(bytes)
            #expect(broken == nil, "\(name): \(broken ?? "")")
            if name.hasPrefix("bundled-") || name.hasPrefix("feature-") || name == "repro-named-history.toml" {
                #expect(outcome == .accepted, "\(name) should be accepted, was \(outcome)")
            } else if name.hasPrefix("repro-") {
                #expect(outcome != .accepted, "\(name) should be refused")
            }
        }
    }

    @Test func seededMutationsOfTheCorpusNeverAbortAndKeepEveryPromise() {
        var generator = SplitMix64(seed: 11)
        var outcomes: [ScenarioFuzzing.Outcome: Int] = [:]
        var broken: [String] = []
        for _ in 0..<Self.mutationCount {
            let input = ScenarioMutator.mutate(Self.corpus, using: &generator)
            let (outcome, promise) = ScenarioFuzzing.exercise(input)
            outcomes[outcome, default: 0] += 1
            if let promise, broken.count < 5 { broken.append(promise) }
        }
        #expect(broken.isEmpty, "\(broken)")
        let summary = outcomes.sorted { $0.value > $1.value }.map { "\($0.key): \($0.value)" }
        print("Scenario fuzzing: \(Self.mutationCount) mutated inputs; \(summary.joined(separator: ", "))")
        // The mutations must reach both acceptance and the grammar check, or they test nothing.
        #expect(outcomes[.accepted, default: 0] > 0)
        #expect(outcomes[.rejected(.syntax), default: 0] > 0)
        #expect(outcomes.count >= 6, "only \(outcomes.count) distinct outcomes: \(outcomes)")
    }
}

/// A small deterministic generator (Steele, Lea and Flood's SplitMix64) so the CI run is repeatable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Byte-level and token-level mutations that aim at the parser's edges: brackets, quotes, escapes,
/// numbers at the limits of Double, invalid UTF-8, dates, and the scenario's own keys.
enum ScenarioMutator {
    static let tokens: [[UInt8]] =
        [
            "[", "]", "[[", "]]", "{", "}", "=", ".", ",", "\"", "'", "\"\"\"", "'''", "#", "\n", "\r\n", "\r", "\\",
            "\\u",
            "\\U0010FFFF", " ", "\t", "inf", "-inf", "nan", "1e308", "-1e308", "1e19", "1e-320", "0", "-1", "-0", "0x",
            "0b2",
            "1__0", "1979-05-27", "07:32:00", "true", "π", "é", "[initial]", "[parameters]", "[[policy]]", "[[event]]",
            "[[stop]]", "[.initial]", "magnitude = ", "coca_hectares = { CO = ", "maturation_months = 0",
            "\"retail_purity.US\" = ", "from = \"", "to = \"+2030\"", "baseline = \"history\"", "name = \"",
            "kind = \"legal_area_change\"",
            "instrument = \"manual_eradication\"", "country = \"PE\"", "years = [2026, 2030]", "hectares = ",
        ].map { Array($0.utf8) } + [
            [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0xEF, 0xBB, 0xBF],
        ]

    static func mutate(_ corpus: [(name: String, bytes: [UInt8])], using generator: inout SplitMix64) -> [UInt8] {
        var bytes = corpus.randomElement(using: &generator)!.bytes
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0 where position < bytes.count:
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
            case 1:
                bytes.insert(contentsOf: tokens.randomElement(using: &generator)!, at: position)
            case 2 where position < bytes.count:
                bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...16, using: &generator)))
            case 3 where position < bytes.count:
                let end = min(bytes.count, position + Int.random(in: 1...64, using: &generator))
                bytes.insert(contentsOf: bytes[position..<end], at: Int.random(in: 0...bytes.count, using: &generator))
            case 4:
                let other = corpus.randomElement(using: &generator)!.bytes
                let cut = other.isEmpty ? 0 : Int.random(in: 0..<other.count, using: &generator)
                bytes = Array(bytes[..<position]) + other[cut...]
            case 5:
                // Swap one line for a line of another input.
                let lines = corpus.randomElement(using: &generator)!.bytes.split(
                    separator: 0x0A, omittingEmptySubsequences: false)
                var own = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                if !own.isEmpty, let line = lines.randomElement(using: &generator) {
                    own[Int.random(in: 0..<own.count, using: &generator)] = line
                    bytes = Array(own.joined(separator: [0x0A]))
                }
            default:
                bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
            }
        }
        return bytes
    }
}
