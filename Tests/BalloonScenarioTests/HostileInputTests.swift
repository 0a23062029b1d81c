import BalloonModel
import Foundation
import Testing

@testable import BalloonScenario

/// The reproducers of issue 11 ("Hard to break") that concern scenario files: each crashed the
/// process or was silently accepted before.
struct HostileInputTests {
    static let header = "name = \"hostile\"\n"

    /// Table-header typos that aborted the process inside toml++ (exit 134).
    static let headerTypos = [
        "[", "[π]", "[#", "[.initial]", "[[", "[]", "[[]]", "[initial", "[initial.]", "[a..b]", "[=]",
        "[\"unclosed]", "[é]", "[ initial ]x", "[[policy]]]", "[initial]]",
    ]

    @Test(arguments: headerTypos)
    func aMalformedTableHeaderIsASyntaxErrorAtItsLineNotACrash(_ typo: String) throws {
        let text = Self.header + typo + "\ncoca_hectares = { CO = 1 }\n"
        let error = try #require(throws: ScenarioError.self) { try ScenarioParser.parse(text: text, file: "typo.toml") }
        #expect(error.code == .syntax)
        #expect(error.line == 2)
        #expect(error.description.contains("column"), "\(error.description)")
        #expect(error.description.contains("Fix:"))
    }

    /// Found by replaying the libFuzzer corpus through main: toml++ asserted `!is_value_terminator`.
    @Test func anArrayClosedByABraceOnALaterLineIsASyntaxErrorNotACrash() throws {
        let text = "n6aee = [\n\n\n}\nsource\n"
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioParser.parse(text: text, file: "array.toml")
        }
        #expect(error.code == .syntax && error.line == 4)
    }

    @Test func invalidUTF8IsReportedWithItsByteOffsetLineAndColumn() throws {
        let bytes = Array("name = \"x\"\ndescription = \"caf".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioParser.parse(bytes: bytes, file: "latin1.toml")
        }
        #expect(error.code == .syntax)
        #expect(error.line == 2)
        #expect(error.description.contains("byte 29"), "\(error.description)")
        #expect(error.description.contains("column 19"), "\(error.description)")
    }

    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func surrogatesOverlongFormsAndTruncatedSequencesAreNotUTF8(_ sequence: [UInt8]) {
        #expect(ScenarioBytes.firstInvalidUTF8Offset(Array("ab".utf8) + sequence + Array("cd".utf8)) == 2)
    }

    @Test func wellFormedMultiByteTextAndAByteOrderMarkAreAccepted() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("name = \"Perú – 日本 😀\"\r\n".utf8)
        #expect(try ScenarioParser.parse(bytes: bytes, file: "utf8.toml").name == "Perú – 日本 😀")
    }

    @Test(arguments: ["-2026", "+2030", "2026-3", "20260", " 2026", "2026-00", "2026-13", "２０２６"])
    func aDateWithASignOrAWrongShapeIsRefused(_ date: String) throws {
        let text =
            Self.header
            + "[[policy]]\ninstrument = \"manual_eradication\"\ncountry = \"PE\"\nfrom = \"\(date)\"\nto = 2030\nhectares = 5\n"
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioParser.parse(text: text, file: "dates.toml")
        }
        #expect(error.key == "policy[1].from")
        #expect(error.line == 5)
    }

    @Test func aTOMLDateLiteralIsRefusedWithTheStringFormAsTheFix() throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioParser.parse(text: Self.header + "[[policy]]\nfrom = 2026-03-01\n", file: "date.toml")
        }
        #expect(error.code == .syntax && error.line == 3)
        #expect(error.fix.contains("\"2026-03\""))
    }

    @Test func deepNestingIsRefusedBeforeTheCParserRecurses() throws {
        let text =
            Self.header + "seed = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
            + "\n"
        let error = try #require(throws: ScenarioError.self) { try ScenarioParser.parse(text: text, file: "deep.toml") }
        #expect(error.code == .syntax && error.description.contains("nested"))
    }

    @Test func aUserScenarioNamedHistoryMayBuildOnTheBundledHistory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("balloon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.toml")
        try Data("name = \"history\"\nbaseline = \"history\"\nend_year = 2030\n".utf8).write(to: file)
        let resolved = try ScenarioLibrary().resolve(file.path)
        #expect(resolved.name == "history")
        #expect(resolved.endYear == 2030)
        #expect(resolved.policies == (try ScenarioLibrary().resolve("history")).policies)

        // A file that names itself as its baseline (through another spelling of its path) still loops.
        let loop = folder.appendingPathComponent("loop.toml")
        try Data("name = \"loop\"\nbaseline = \"./loop.toml\"\n".utf8).write(to: loop)
        let error = try #require(throws: ScenarioError.self) { try ScenarioLibrary().resolve(loop.path) }
        #expect(error.code == .baselineCycle)
    }

    @Test func anInitialAreaBeyondIntRangeIsRefusedBeforeExplainOrReportSeeIt() throws {
        let text = Self.header + "[initial]\ncoca_hectares = { CO = 1e19 }\n"
        let error = try #require(throws: ScenarioError.self) { try ScenarioParser.parse(text: text, file: "huge.toml") }
        #expect(error.key == "initial.coca_hectares.CO" && error.line == 3)
        #expect(error.description.contains("1000000 ha"), "\(error.description)")
    }

    @Test(arguments: [
        "maturation_months = 0", "poverty_width = 0", "\"retail_purity.US\" = 0", "hectares_per_family = -0.4",
        "light_quit_rate = 1.5", "demand_elasticity = 0.5", "planting_adjustment_months = 0.5",
    ])
    func aParameterOutsideItsPhysicalDomainIsRefusedWithTheDomain(_ line: String) throws {
        let text = Self.header + "[parameters]\n" + line + "\n"
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioParser.parse(text: text, file: "domain.toml")
        }
        #expect(error.code == .invalidNumber && error.line == 3)
        #expect(error.description.contains("physical domain"), "\(error.description)")
    }
}
