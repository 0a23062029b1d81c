import BalloonAnalysis
import Foundation

extension ValidateCommand {
    /// Writes the validation digest beside the shipped posterior and the generated doc sections, in the checkout at
    /// `root`; returns the paths written.
    static func regenerate(root: String, report: FactLedgerReport, ensemble: ParameterEnsemble)
        throws -> [String]
    {
        let rootURL = URL(fileURLWithPath: root)
        let resources = rootURL.appendingPathComponent("Sources/BalloonAnalysis/Resources")
        let shipped = resources.appendingPathComponent("posterior.json")
        guard let data = try? Data(contentsOf: shipped) else {
            throw UserError(
                code: "notACheckout", message: "\(shipped.path) cannot be read", location: "--regenerate \(root)",
                fix: "give the path of the Balloon checkout, e.g. --regenerate .")
        }
        guard try ParameterEnsemble.decode(data).fingerprint == ensemble.fingerprint else {
            throw UserError(
                code: "stalePosterior", message: "the posterior built into this binary is not \(shipped.path)",
                location: "--regenerate \(root)", fix: "rebuild (swift build -c release) and run again")
        }
        // The digest names the command that remakes it, not this run's other outputs (a --json path, say).
        var summary = ValidationSummary(
            ledger: report, posterior: ensemble.fingerprint,
            command: "balloon validate --regenerate \(root) --members \(report.summary.ensembleMembers)")
        summary.modelCheck = try ValidationSummary.modelCheck(posterior: ensemble)
        let summaryPath = resources.appendingPathComponent(ValidationSummary.resourceName + ".json").path
        try ScenarioRunner().atomicWrite(summary.encoded(), to: summaryPath)
        var written = [summaryPath]
        for (file, name) in GeneratedDocs.sections {
            let path = rootURL.appendingPathComponent(file).path
            let document = try String(contentsOfFile: path, encoding: .utf8)
            let content = GeneratedDocs.markdown(name, summary: summary, posterior: ensemble)
            do {
                let updated = try GeneratedDocs.replacing(name, in: document, with: content, file: file)
                try ScenarioRunner().atomicWrite(updated, to: path)
            } catch let error as GeneratedDocs.MarkerError {
                throw UserError(
                    code: "missingMarkers", message: error.description, location: path,
                    fix: "restore the marker comments in \(file)")
            }
            if !written.contains(path) { written.append(path) }
        }
        return written
    }
}
