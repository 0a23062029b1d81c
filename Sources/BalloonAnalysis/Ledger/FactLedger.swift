import BalloonModel
import Foundation

/// How a stylized fact relates to the model's parameters (MODEL.md section 6).
package enum FactRole: String, Sendable, Codable, CaseIterable {
    /// Its number set a parameter: it passes by construction and proves nothing.
    case input
    /// It is (a function of) a calibration target.
    case fitted
    /// No parameter was set from it: the model must produce it.
    case emergent
    /// The mechanism is missing from the model.
    case notModelled = "not_modelled"
}

/// One row of the ledger as written to JSON (schema in docs/ledger.md).
package struct LedgerEntry: Sendable, Codable, Equatable {
    package var id: String
    package var statement: String
    package var target: String
    package var tolerance: String
    package var source: String
    package var role: FactRole
    /// Parameters an `input` fact set (empty otherwise).
    package var setParameters: [String]
    /// What the model's number measures, in words, with its unit.
    package var metric: String
    package var median: Double?
    package var lower: Double?
    package var upper: Double?
    /// nil when not modelled or not computable.
    package var pass: Bool?
    package var note: String

    enum CodingKeys: String, CodingKey {
        case id, statement, target, tolerance, source, role, metric, median, lower, upper, pass, note
        case setParameters = "set_parameters"
    }

    package init(
        id: String, statement: String, target: String, tolerance: String, source: String, role: FactRole,
        setParameters: [String], metric: String, median: Double?, lower: Double?, upper: Double?, pass: Bool?,
        note: String
    ) {
        self.id = id
        self.statement = statement
        self.target = target
        self.tolerance = tolerance
        self.source = source
        self.role = role
        self.setParameters = setParameters
        self.metric = metric
        self.median = median
        self.lower = lower
        self.upper = upper
        self.pass = pass
        self.note = note
    }
}

/// Fit of one calibrated series.
package struct SeriesFit: Sendable, Codable, Equatable {
    package var series: String
    /// RMSE of log(model median) − log(observed) over the years observed.
    package var rmseLog: Double
    /// Share of observations inside the ensemble's 5–95% band.
    package var coverage90: Double
    package var observations: Int
    /// Mean over the observed years of log(95th ÷ 5th percentile): the band's width in the RMSE's units
    /// (absent in ledgers written before it existed).
    package var meanLogBandWidth: Double?

    enum CodingKeys: String, CodingKey {
        case series, observations
        case rmseLog = "rmse_log"
        case coverage90 = "coverage_90"
        case meanLogBandWidth = "mean_log_band_width"
    }

    package init(
        series: String, rmseLog: Double, coverage90: Double, observations: Int, meanLogBandWidth: Double? = nil
    ) {
        self.series = series
        self.rmseLog = rmseLog
        self.coverage90 = coverage90
        self.observations = observations
        self.meanLogBandWidth = meanLogBandWidth
    }
}

/// A post-2019 observation compared with the ensemble (never used in fitting).
package struct OutOfSampleCheck: Sendable, Codable, Equatable {
    package var series: String
    package var year: Int
    package var observed: Double
    package var median: Double
    package var lower: Double
    package var upper: Double
    package var inside: Bool

    package init(
        series: String, year: Int, observed: Double, median: Double, lower: Double, upper: Double, inside: Bool
    ) {
        self.series = series
        self.year = year
        self.observed = observed
        self.median = median
        self.lower = lower
        self.upper = upper
        self.inside = inside
    }
}

/// An observation in the fitted years compared with the ensemble median against a stated allowance (never
/// used for fitting): world seizures within ±35%, leaf prices within the range of the bundled data.
package struct InSampleCheck: Sendable, Codable, Equatable {
    package var series: String
    package var year: Int
    package var observed: Double
    package var median: Double
    /// The values the median may take.
    package var allowedLower: Double
    package var allowedUpper: Double
    package var allowance: String
    package var inside: Bool

    enum CodingKeys: String, CodingKey {
        case series, year, observed, median, allowance, inside
        case allowedLower = "allowed_lower"
        case allowedUpper = "allowed_upper"
    }

    package init(
        series: String, year: Int, observed: Double, median: Double, allowedLower: Double, allowedUpper: Double,
        allowance: String
    ) {
        self.series = series
        self.year = year
        self.observed = observed
        self.median = median
        self.allowedLower = allowedLower
        self.allowedUpper = allowedUpper
        self.allowance = allowance
        inside = allowedLower <= median && median <= allowedUpper
    }
}

/// The fact ledger file (schema `balloon.fact-ledger/1`, docs/ledger.md): the one type that
/// `balloon validate --json` writes and `balloon report --ledger` reads.
package struct FactLedgerReport: Sendable, Codable, Equatable {
    package static let schema = "balloon.fact-ledger/1"

    package struct Summary: Sendable, Codable, Equatable {
        package var countsByRole: [String: Int]
        package var emergentPass: Int
        package var emergentTotal: Int
        package var ensembleMembers: Int
        package var ensembleKind: String

        enum CodingKeys: String, CodingKey {
            case countsByRole = "counts_by_role"
            case emergentPass = "emergent_pass"
            case emergentTotal = "emergent_total"
            case ensembleMembers = "ensemble_members"
            case ensembleKind = "ensemble_kind"
        }
    }

    package var schema: String
    package var modelVersion: String
    package var summary: Summary
    package var facts: [LedgerEntry]
    package var fit: [SeriesFit]
    package var outOfSample: [OutOfSampleCheck]
    /// Data checks in the fitted years (absent, read as none, in ledgers written before they existed).
    package var inSample: [InSampleCheck]
    /// The response-sign table on the same posterior (docs/response-signs.md); absent in ledgers written without it.
    package var responseSigns: ResponseSignReport?
    /// The time-split forecast test (docs/calibration.md); absent in ledgers written without it.
    package var forecast: ForecastReport?
    /// Where, when and how the ledger was made (set by the command that writes it).
    package var provenance: Provenance?
    /// Parameters held at one value in every member (`balloon validate --set`): a what-if of the shipped model.
    /// Absent for the shipped model's own ledger.
    package var parameterOverrides: [ParameterOverride]?

    enum CodingKeys: String, CodingKey {
        case schema, summary, facts, fit, provenance, forecast
        case modelVersion = "model_version"
        case outOfSample = "out_of_sample"
        case inSample = "in_sample_checks"
        case responseSigns = "response_signs"
        case parameterOverrides = "parameter_overrides"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // In the coding keys' order, so a file missing several fields is told about the same one as before.
        schema = try container.decode(String.self, forKey: .schema)
        summary = try container.decode(Summary.self, forKey: .summary)
        facts = try container.decode([LedgerEntry].self, forKey: .facts)
        fit = try container.decode([SeriesFit].self, forKey: .fit)
        provenance = try container.decodeIfPresent(Provenance.self, forKey: .provenance)
        modelVersion = try container.decode(String.self, forKey: .modelVersion)
        outOfSample = try container.decode([OutOfSampleCheck].self, forKey: .outOfSample)
        inSample = try container.decodeIfPresent([InSampleCheck].self, forKey: .inSample) ?? []
        responseSigns = try container.decodeIfPresent(ResponseSignReport.self, forKey: .responseSigns)
        forecast = try container.decodeIfPresent(ForecastReport.self, forKey: .forecast)
        parameterOverrides = try container.decodeIfPresent([ParameterOverride].self, forKey: .parameterOverrides)
    }

    package init(
        modelVersion: String, facts: [LedgerEntry], fit: [SeriesFit], outOfSample: [OutOfSampleCheck],
        inSample: [InSampleCheck] = [], ensembleMembers: Int, ensembleKind: String,
        responseSigns: ResponseSignReport? = nil, provenance: Provenance? = nil
    ) {
        self.inSample = inSample
        schema = Self.schema
        self.responseSigns = responseSigns
        self.provenance = provenance
        self.modelVersion = modelVersion
        self.facts = facts
        self.fit = fit
        self.outOfSample = outOfSample
        var counts: [String: Int] = [:]
        for role in FactRole.allCases { counts[role.rawValue] = facts.filter { $0.role == role }.count }
        let emergent = facts.filter { $0.role == .emergent }
        summary = Summary(
            countsByRole: counts, emergentPass: emergent.filter { $0.pass == true }.count,
            emergentTotal: emergent.count, ensembleMembers: ensembleMembers, ensembleKind: ensembleKind)
    }
}

extension FactLedgerReport {
    /// Why a file could not be read as a fact ledger, in words a user can act on.
    package struct ReadError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Reads a ledger written by `balloon validate --json FILE`.
    package static func decode(_ data: Data) throws(ReadError) -> FactLedgerReport {
        let ledger: FactLedgerReport
        do {
            ledger = try AnalysisText.decoder().decode(FactLedgerReport.self, from: data)
        } catch {
            throw ReadError(description: "fact ledger cannot be read: \(AnalysisText.describe(error))")
        }
        guard ledger.schema == schema else {
            throw ReadError(description: "fact ledger has schema '\(ledger.schema)', expected '\(schema)'")
        }
        return ledger
    }

    /// The file's text: sorted keys, indented.
    package func encoded() -> String { AnalysisText.json(self) }

    /// Facts with a given role, in file order.
    package func facts(_ role: FactRole) -> [LedgerEntry] { facts.filter { $0.role == role } }
}
