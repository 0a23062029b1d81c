import HTTPTypes
import BalloonStore
import Foundation

/// What the server needs from the rest of Balloon to run a job, supplied by the command-line tool (which owns the
/// runner, the output sets and the report), so this module stays free of the model's plumbing and its tests can
/// use a stand-in.
package protocol Workbench: Sendable {
    /// The model version recorded with each run.
    var modelVersion: String { get }
    /// `balloon explain`'s plain-language summary of a scenario (a bundled name or a `.toml` path).
    func explain(_ reference: String) throws -> String
    /// Resolves a job's scenario and options into what the store records and what computes it; throws the CLI's
    /// errors for bad input (described by `problem(for:)`).
    func prepare(_ job: JobSpec) throws -> PreparedJob
    /// An error from `explain` or `prepare` in the one shape: code, message, field and fix.
    func problem(for error: any Error) -> JobProblem
    /// The fact ledger and fit tables of the shipped validation digest (the server asks once and keeps them).
    func validation() throws -> ValidationContent
    /// Why jobs write no PDF of their report (no HTML-to-PDF engine, or turned off), in words for the result page;
    /// nil when they write one.
    var pdfUnavailable: String? { get }
    /// The warning a run starting in `startYear` carries because it starts before the fitted years, or nil
    /// (`balloon run` prints the same on standard error).
    func startCaveat(startYear: Int) -> String?
}

/// One job as the server hands it to the workbench: the scenario (a bundled name, or the path of the text the
/// server saved in the job's folder), the options, and the folder its files go to. With `alternatives` the job is a
/// paired comparison (`balloon compare`) of them against `reference` as the baseline.
package struct JobSpec: Sendable {
    package var reference: String
    /// Scenarios compared with `reference` on the same posterior draws and seeds; empty for a run or ensemble.
    package var alternatives: [String]
    /// For a comparison: the fall (percent) in cocaine reaching consumers whose probability is reported.
    package var thresholdPercent: Double?
    package var seed: UInt64?
    package var from: Int?
    package var to: Int?
    /// Ensemble (or comparison) members; nil for a single run.
    package var ensemble: Int?
    /// Where the job writes its files (a folder named by the server, never by the scenario).
    package var folder: URL

    package init(
        reference: String, alternatives: [String] = [], thresholdPercent: Double? = nil, seed: UInt64?, from: Int?,
        to: Int?, ensemble: Int?, folder: URL
    ) {
        self.reference = reference
        self.alternatives = alternatives
        self.thresholdPercent = thresholdPercent
        self.seed = seed
        self.from = from
        self.to = to
        self.ensemble = ensemble
        self.folder = folder
    }
}

/// A job ready to run: what the store records, how many units of progress it reports, and the work itself.
package struct PreparedJob: Sendable {
    package var inputs: RunKey.Inputs
    /// Units `execute` reports through its progress callback (members, or steps of a single run).
    package var units: Int
    /// Computes the job and writes its files into the job's folder; reports finished units as it goes.
    package var execute: @Sendable (_ progress: @escaping @Sendable (Int) -> Void) throws -> RunOutputs

    package init(
        inputs: RunKey.Inputs, units: Int,
        execute: @escaping @Sendable (_ progress: @escaping @Sendable (Int) -> Void) throws -> RunOutputs
    ) {
        self.inputs = inputs
        self.units = units
        self.execute = execute
    }
}

/// An error met while preparing or running a job, described for the client.
package struct JobProblem: Sendable, Equatable {
    package var code: String
    package var message: String
    package var field: String
    package var fix: String
    package var line: Int?

    package init(code: String, message: String, field: String, fix: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.field = field
        self.fix = fix
        self.line = line
    }

    var text: String { "error[\(code)]: \(message) [\(field)] fix: \(fix)" }
}
