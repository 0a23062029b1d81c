import BalloonStore
import Foundation

/// The run store as text for the terminal: a table of runs, and one run in full.
enum RunsText {
    /// One line per run: id, status, kind, scenarios, seed, members, years, start time (UTC) and wall time.
    static func table(_ runs: [RunListing], store: String) -> String {
        guard !runs.isEmpty else { return "No runs in \(store) yet: `balloon run` and `balloon compare` add them." }
        let header = ["id", "status", "kind", "scenario", "seed", "members", "years", "created (UTC)", "wall"]
        let rows = runs.map { run in
            [
                "\(run.id)", run.status.rawValue, run.kind.rawValue, run.scenarioLabel, "\(run.seed)",
                run.options.ensembleSize.map { "\($0)" } ?? "–",
                "\(run.options.startYear)–\(run.options.endYear)", time(run.createdAt),
                run.wallSeconds.map(seconds) ?? "–",
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n\n\(runs.count) run(s) in \(store)"
    }

    /// Every field of one run, the scenario texts in full.
    static func details(_ run: RunRecord, summaryBytes: Int?) -> String {
        let options = run.inputs.options
        var lines = [
            "run \(run.id): \(run.kind.rawValue) of \(run.scenarioLabel), \(run.status.rawValue)",
            "  created      \(time(run.createdAt))",
            "  started      \(run.startedAt.map(time) ?? "–")",
            "  finished     \(run.finishedAt.map(time) ?? "–")",
            "  wall time    \(run.wallSeconds.map(seconds) ?? "–")",
            "  seed         \(run.seed)",
            "  years        \(options.startYear)–\(options.endYear)",
        ]
        if let members = options.ensembleSize { lines.append("  members      \(members)") }
        if let threshold = options.thresholdPercent { lines.append("  threshold    \(threshold)%") }
        lines += [
            "  model        \(run.modelVersion), commit \(run.inputs.modelCommit)",
            "  data, params \(run.inputs.dataAndParameterHash)",
            "  posterior    \(run.inputs.posteriorFingerprint)",
            "  content hash \(run.key)",
        ]
        if let error = run.errorMessage {
            lines.append("  error        " + error.replacingOccurrences(of: "\n", with: "\n               "))
        }
        if let summaryBytes { lines.append("  summary      \(summaryBytes) bytes of JSON (`balloon runs export`)") }
        if !run.files.isEmpty {
            lines.append("  files")
            for file in run.files {
                lines.append("    \(file)" + (FileManager.default.fileExists(atPath: file) ? "" : "  (missing)"))
            }
        }
        for (scenario, hash) in zip(run.inputs.scenarios, run.inputs.configurationHashes) {
            lines.append("")
            lines.append("scenario \(scenario.name) (resolved configuration \(hash)):")
            lines.append(scenario.text.hasSuffix("\n") ? String(scenario.text.dropLast()) : scenario.text)
        }
        return lines.joined(separator: "\n")
    }

    static func time(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(timeSeparator: .colon).year().month().day().time(includingFractionalSeconds: false)
        ).replacingOccurrences(of: "T", with: " ")
    }

    static func seconds(_ value: Double) -> String {
        value < 60 ? String(format: "%.1f s", value) : String(format: "%d min %02d s", Int(value) / 60, Int(value) % 60)
    }
}

/// `balloon runs export`: a stored run as one complete set of files.
enum RunExport {
    /// Writes the run's record, scenarios, summary and the files that still exist into `folder` as the set
    /// `run-ID`; returns the written paths (manifest last) and the stored files that were missing.
    static func write(_ run: RunRecord, summary: String?, to folder: String) throws -> (
        written: [String], missing: [String]
    ) {
        let stem = "run-\(run.id)"
        let set = try OutputSet(folder: folder, name: stem)
        var missing: [String] = []
        do {
            try set.add(stem + ".record.json", data: RunRecordDocument.encode(RunRecordDocument(run)))
            for (index, scenario) in run.inputs.scenarios.enumerated() {
                try set.add("\(stem).scenario-\(index + 1).toml", contents: scenario.text)
            }
            if let summary { try set.add(stem + ".summary.json", contents: summary) }
            for file in run.files {
                let name = URL(fileURLWithPath: file).lastPathComponent
                guard let data = FileManager.default.contents(atPath: file) else {
                    missing.append(file)
                    continue
                }
                // A stored name that collides with the export's own files keeps the export's.
                guard !name.hasPrefix(stem + "."), !set.names.contains(name) else { continue }
                try set.add(name, data: data)
            }
            return (try set.commit(), missing)
        } catch {
            set.discard()
            throw error
        }
    }
}
