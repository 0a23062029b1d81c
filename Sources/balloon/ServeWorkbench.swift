import BalloonAnalysis
import BalloonModel
import BalloonReport
import BalloonScenario
import BalloonServer
import BalloonStatistics
import BalloonStore
import Foundation

/// The command line's runner, output sets and report, offered to `balloon serve`'s job queue: a job writes the
/// same files `balloon run` (single or `--ensemble N`) writes, plus the HTML report, into its own folder.
struct ServeWorkbench: Workbench {
    var modelVersion: String { Balloon.version }
    /// Whether jobs print their report to PDF (with `PDFEngine`, as `balloon report --pdf` does).
    let pdf: Bool
    let pdfUnavailable: String?

    /// `pdf`: print reports to PDF when an engine is installed (`balloon serve` unless --no-pdf); tests leave it
    /// off to save the seconds Chromium takes.
    init(pdf: Bool = false, engine: PDFEngine? = PDFEngine.find()) {
        self.pdf = pdf && engine != nil
        pdfUnavailable =
            !pdf
            ? "this server was started with --no-pdf; `balloon report` with --pdf prints one"
            : engine == nil
                ? PDFEngine.installHint.replacingOccurrences(
                    of: "run the command again with --pdf", with: "restart balloon serve") : nil
    }

    func explain(_ reference: String) throws -> String {
        try ScenarioExplanation(reference: reference, library: ScenarioLibrary()).text
    }

    func problem(for error: any Error) -> JobProblem {
        let user = UserError(error)
        let line = (error as? ScenarioError)?.line
        let field = (error as? ScenarioError)?.key ?? user.location
        return JobProblem(code: user.code, message: user.message, field: field, fix: user.fix, line: line)
    }

    func validation() throws -> ValidationContent {
        guard let summary = ValidationSummary.bundled() else {
            throw UserError(
                code: "noValidationDigest", message: "this build has no validation digest bundled",
                location: "validation", fix: "write it with `balloon validate --regenerate .` and rebuild")
        }
        let posterior = ParameterEnsemble.bundledPosterior()
        let ledger = summary.ledger(modelVersion: Balloon.version)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try JSONDecoder().decode(JSONValue.self, from: try encoder.encode(ledger))
        return ValidationContent(
            status: ValidationStatus.sentences(summary: summary, posterior: posterior),
            current: posterior.map(summary.describes) ?? false, command: summary.command, ledger: json,
            html: ValidationPage.html(ledger, modelVersion: Balloon.version))
    }

    func prepare(_ job: JobSpec) throws -> PreparedJob {
        if !job.alternatives.isEmpty { return try prepareComparison(job, members: job.ensemble ?? 100) }
        if let members = job.ensemble { return try prepareEnsemble(job, members: members) }
        let runner = ScenarioRunner()
        let prepared = try runner.prepare(job.reference, seed: job.seed, from: job.from, to: job.to)
        let inputs = try RunInputs.single(reference: job.reference, prepared)
        let folder = job.folder.path
        let work = Unchecked((runner, prepared))
        return PreparedJob(inputs: inputs, units: 2) { progress in
            let (runner, prepared) = work.value
            let outcome = try runner.run(prepared)
            progress(1)
            var paths = try runner.write(outcome, reference: job.reference, to: folder)
            paths += try Self.report(job, outcome: outcome, ensemblePath: nil, pdf: pdf)
            progress(1)
            return try Self.outputs(job, paths: paths, summarySuffix: ".summary.json")
        }
    }

    private func prepareEnsemble(_ job: JobSpec, members: Int) throws -> PreparedJob {
        let prepared = try PreparedScenario.resolve(job.reference, seed: job.seed, from: job.from, to: job.to)
        let plan = try MemberPlan(
            posterior: try AnalysisCLI.posterior(nil), baseSeed: prepared.configuration.seed, members: members)
        let invariants = MemberInvariants(plan: plan, scenarios: [prepared])
        let analysis = AnalysisJob.ensemble(
            EnsembleRun(scenario: prepared, plan: plan), modelVersion: Balloon.version,
            simulate: invariants.checking())
        guard let inputs = try RunInputs.analysis(analysis.spec, references: [job.reference]) else {
            preconditionFailure("ensembles are always recorded")
        }
        let configuration = prepared.configuration
        let command = [
            "balloon", "run", job.reference, "--ensemble", "\(members)", "--seed", "\(configuration.seed)",
            "--from", "\(configuration.startYear)", "--to", "\(configuration.endYear)",
        ]
        let folder = job.folder.path
        return PreparedJob(inputs: inputs, units: members + 1) { progress in
            let output = try WorkProgress.bound(progress) { try analysis.run(parallelism: .automatic) }
            try invariants.check()
            var paths = try AnalysisCLI.write(
                output, provenance: ProvenanceStamp.make(spec: analysis.spec, command: command),
                stem: analysis.spec.outputStem, to: folder)
            let runner = ScenarioRunner()
            let outcome = try runner.run(job.reference, seed: job.seed, from: job.from, to: job.to)
            paths += try Self.report(
                job, outcome: outcome, ensemblePath: paths.first { $0.hasSuffix(".ensemble.json") }, pdf: pdf)
            progress(1)
            return try Self.outputs(job, paths: paths, summarySuffix: ".ensemble.json")
        }
    }

    /// `balloon compare` through its own setup, then the report of the baseline and the scenarios (one run each,
    /// with the money table) beside the comparison's CSV and JSON.
    private func prepareComparison(_ job: JobSpec, members: Int) throws -> PreparedJob {
        let references = [job.reference] + job.alternatives
        let setup = try ComparisonSetup(
            baseline: job.reference, scenarios: job.alternatives, members: members,
            thresholdPercent: job.thresholdPercent ?? 5, seed: job.seed, from: job.from, to: job.to, posterior: nil)
        guard let inputs = try RunInputs.analysis(setup.job.spec, references: references) else {
            preconditionFailure("comparisons are always recorded")
        }
        let folder = job.folder.path
        return PreparedJob(inputs: inputs, units: members + 1) { progress in
            let output = try WorkProgress.bound(progress) { try setup.job.run(parallelism: .automatic) }
            try setup.invariants.check()
            var paths = try AnalysisCLI.write(
                output, provenance: ProvenanceStamp.make(spec: setup.job.spec, command: setup.command),
                stem: setup.job.spec.outputStem, to: folder)
            let runner = ScenarioRunner()
            let outcomes = try references.map {
                try runner.run($0, seed: job.seed, from: job.from, to: job.to)
            }
            paths += try ReportAssembly(
                references: references, outcomes: outcomes, ensemblePaths: [],
                command: "balloon report " + references.joined(separator: " ")
            ).write(to: folder, pdf: pdf)
            progress(1)
            let stem = setup.job.spec.outputStem
            return try Self.outputs(job, paths: paths, summarySuffix: "\(stem).json")
        }
    }

    func startCaveat(startYear: Int) -> String? { ValidationStatus.startCaveat(startYear: startYear) }

    /// The HTML report of one run (with the ensemble's bands when there is one), without PDF.
    private static func report(_ job: JobSpec, outcome: ScenarioRunner.Outcome, ensemblePath: String?, pdf: Bool)
        throws -> [String]
    {
        try ReportAssembly(
            references: [job.reference], outcomes: [outcome], ensemblePaths: ensemblePath.map { [$0] } ?? [],
            command: "balloon report \(job.reference)"
        ).write(to: job.folder.path, pdf: pdf)
    }

    /// The files written, with the scenario text the client sent (when it sent one) among the downloads.
    private static func outputs(_ job: JobSpec, paths: [String], summarySuffix: String) throws -> RunOutputs {
        var outputs = try RunOutputs(written: paths, summarySuffix: summarySuffix)
        let text = job.folder.appendingPathComponent("scenario.toml").path
        if job.reference == text { outputs.files.insert(text, at: 0) }
        return outputs
    }
}

/// A value handed to the one thread that runs a job; nothing else touches it meanwhile.
private final class Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
