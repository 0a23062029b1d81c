import Foundation

/// The fact ledger file written by `balloon validate --json FILE` (schema `balloon.fact-ledger/1`), as the
/// report reads it: how well the model reproduces history and the literature, fact by fact.
///
/// The report reads the JSON, not the writer's Swift type (`FactLedgerReport` in BalloonAnalysis), and
/// tolerates missing optional fields, so a ledger from a slightly older or newer writer still renders.
public struct FactLedgerFile: Sendable, Decodable, Equatable {
    /// The schema this reader understands.
    public static let schema = "balloon.fact-ledger/1"

    /// How a fact is used: as an input, fitted by calibration, or emergent (checked, never tuned).
    public enum Role: String, Sendable, Decodable, CaseIterable {
        case input, fitted, emergent
        case notModelled = "not_modelled"

        /// Words for readers.
        var label: String {
            switch self {
            case .input: "input"
            case .fitted: "fitted"
            case .emergent: "emergent"
            case .notModelled: "not modelled"
            }
        }
    }

    public struct Summary: Sendable, Decodable, Equatable {
        public var countsByRole: [String: Int]
        public var emergentPass: Int?
        public var emergentTotal: Int?
        /// Runs behind the medians and ranges, and whether they drew from the prior or the posterior.
        public var ensembleMembers: Int?
        public var ensembleKind: String?

        enum CodingKeys: String, CodingKey {
            case countsByRole = "counts_by_role"
            case emergentPass = "emergent_pass"
            case emergentTotal = "emergent_total"
            case ensembleMembers = "ensemble_members"
            case ensembleKind = "ensemble_kind"
        }
    }

    /// One stylised fact and the model's value for it.
    public struct Fact: Sendable, Decodable, Equatable {
        public var id: String
        public var statement: String
        public var target: String?
        public var tolerance: String?
        public var source: String?
        public var role: Role
        public var setParameters: [String]?
        /// What the model's number measures, with its unit.
        public var metric: String?
        public var median: Double?
        public var lower: Double?
        public var upper: Double?
        public var pass: Bool?
        public var note: String?

        enum CodingKeys: String, CodingKey {
            case id, statement, target, tolerance, source, role, metric, median, lower, upper, pass, note
            case setParameters = "set_parameters"
        }
    }

    /// How closely one model series follows its observed counterpart.
    public struct Fit: Sendable, Decodable, Equatable {
        /// `indicator|place`, e.g. `coca_area_ha|CO`.
        public var series: String
        /// Root mean square error of log values (0.1 ≈ 10% typical error).
        public var rmseLog: Double?
        /// Share of observations inside the model's 90% band.
        public var coverage90: Double?
        /// Observed years compared.
        public var observations: Int?

        enum CodingKeys: String, CodingKey {
            case series, observations
            case rmseLog = "rmse_log"
            case coverage90
            case coverage90Snake = "coverage_90"
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            series = try container.decode(String.self, forKey: .series)
            rmseLog = try container.decodeIfPresent(Double.self, forKey: .rmseLog)
            // The schema spells it `coverage90`, the writer `coverage_90`: accept both.
            coverage90 =
                try container.decodeIfPresent(Double.self, forKey: .coverage90)
                ?? container.decodeIfPresent(Double.self, forKey: .coverage90Snake)
            observations = try container.decodeIfPresent(Int.self, forKey: .observations)
        }
    }

    public var schema: String
    public var modelVersion: String?
    public var summary: Summary?
    public var facts: [Fact]
    public var fit: [Fit]
    /// Out-of-sample checks (later observations never used in fitting), kept as key–value rows so that
    /// fields added by the writer still show.
    public var outOfSample: [[String: LedgerValue]]

    enum CodingKeys: String, CodingKey {
        case schema, summary, facts, fit
        case modelVersion = "model_version"
        case outOfSample = "out_of_sample"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(String.self, forKey: .schema)
        modelVersion = try container.decodeIfPresent(String.self, forKey: .modelVersion)
        summary = try container.decodeIfPresent(Summary.self, forKey: .summary)
        facts = try container.decodeIfPresent([Fact].self, forKey: .facts) ?? []
        fit = try container.decodeIfPresent([Fit].self, forKey: .fit) ?? []
        outOfSample = try container.decodeIfPresent([[String: LedgerValue]].self, forKey: .outOfSample) ?? []
    }

    /// Why a file could not be read as a fact ledger, in words a user can act on.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Decodes a ledger from `balloon validate --json` output.
    public static func decode(_ data: Data) throws(ReadError) -> FactLedgerFile {
        let ledger: FactLedgerFile
        do {
            ledger = try JSONDecoder().decode(FactLedgerFile.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ReadError(description: "fact ledger is missing '\(Self.path(context.codingPath + [key]))'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ReadError(description: "fact ledger has an unexpected value at '\(Self.path(context.codingPath))'")
        } catch let DecodingError.dataCorrupted(context) {
            let detail =
                context.codingPath.isEmpty ? "it is not valid JSON" : "bad value at '\(Self.path(context.codingPath))'"
            throw ReadError(description: "fact ledger cannot be read: \(detail)")
        } catch {
            throw ReadError(description: "fact ledger cannot be read: \(error)")
        }
        guard ledger.schema == schema else {
            throw ReadError(description: "fact ledger has schema '\(ledger.schema)', expected '\(schema)'")
        }
        return ledger
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// Facts with a given role, in file order.
    func facts(_ role: Role) -> [Fact] { facts.filter { $0.role == role } }
}

/// One JSON value of a row whose fields are not fixed: shown as text, numbers formatted at render time.
public enum LedgerValue: Sendable, Decodable, Equatable {
    case number(Double)
    case text(String)
    case flag(Bool)
    case missing

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .missing
        } else if let value = try? container.decode(Bool.self) {
            self = .flag(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else {
            // Nested arrays or objects have no column of their own; say so rather than fail the whole ledger.
            self = .text("(nested value)")
        }
    }

    /// Words for a table cell; `plain` writes numbers without separators (years).
    func text(plain: Bool = false) -> String {
        switch self {
        case .number(let value):
            return plain && value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : Wording.number(value)
        case .text(let value): return value
        case .flag(let value): return value ? "yes" : "no"
        case .missing: return "–"
        }
    }

    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}
