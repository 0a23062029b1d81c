import BalloonAnalysis
import BalloonData
import BalloonModel
import Foundation

/// Builds the provenance every output file records (docs/outputs.md): version and commit, hashes of the bundled
/// data and parameter catalog, the posterior, the scenarios' content hashes, the seed and the command.
enum ProvenanceStamp {
    /// A provenance record for outputs of `scenarios` made by `command`.
    static func make(
        scenarios: [(name: String, configuration: SimulationConfiguration)], posterior: String, seed: UInt64?,
        command: [String]
    ) -> Provenance {
        make(scenarios: scenarios, posterior: posterior, seed: seed, commandText: commandText(command))
    }

    /// As above, with the command already written out.
    static func make(
        scenarios: [(name: String, configuration: SimulationConfiguration)], posterior: String, seed: UInt64?,
        commandText: String
    ) -> Provenance {
        Provenance(
            modelVersion: Balloon.version, gitCommit: gitCommit, dataHash: dataHash,
            catalogHash: ParameterCatalog.contentHash, posterior: posterior,
            scenarios: scenarios.map { .init(name: $0.name, contentHash: $0.configuration.contentHash) },
            seed: seed, command: commandText)
    }

    /// A provenance record for the outputs of an analysis (ensemble, comparison, sensitivity) made by `command`.
    static func make(spec: AnalysisSpec, command: [String]) -> Provenance {
        Provenance(
            modelVersion: spec.modelVersion, gitCommit: gitCommit, dataHash: dataHash,
            catalogHash: ParameterCatalog.contentHash, posterior: spec.posterior,
            scenarios: zip(spec.scenarios, spec.scenarioFingerprints).map { .init(name: $0, contentHash: $1) },
            seed: spec.seed, command: commandText(command))
    }

    /// What single runs draw their parameters from: the bundled posterior's representative draw.
    static var singleRunPosterior: String {
        guard let posterior = ParameterEnsemble.bundledPosterior() else { return "none (catalog defaults)" }
        return posterior.fingerprint + "; single runs use its representative draw"
    }

    /// The commit of the source tree this binary was built from, read with `git rev-parse HEAD` when that tree
    /// is still on this machine, with `-modified` when tracked files differ from it; else "unknown".
    ///
    /// SwiftPM has no build-time hook to embed the commit without a plugin, so the binary remembers where
    /// its sources were (`#filePath`) and asks git at run time. A binary copied to another machine says "unknown".
    static let gitCommit: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: root + "/.git"),
            let head = git(["-C", root, "rev-parse", "HEAD"]), !head.isEmpty
        else { return "unknown" }
        let changes = git(["-C", root, "status", "--porcelain", "--untracked-files=no"]) ?? ""
        return changes.isEmpty ? head : head + "-modified"
    }()

    /// FNV-1a over the bundled data files' names and bytes, in name order; "unknown" if they cannot be read.
    static let dataHash: String = {
        guard let directory = try? BundledData.resourceDirectory(),
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        else { return "unknown" }
        var hash = ContentHash()
        for name in names {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                return "unknown"
            }
            hash.add(name)
            hash.add(data)
        }
        return hash.hex
    }()

    /// Words joined by spaces, each quoted when the shell would split or expand it.
    static func commandText(_ words: [String]) -> String {
        words.map { word in
            let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
            return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }

    /// Adds `provenance` to `set` as `<stem>.provenance.json`.
    static func stage(_ provenance: Provenance, stem: String, into set: OutputSet) throws {
        try set.add(stem + ".provenance.json", contents: encoded(provenance))
    }

    /// Sorted keys, indented, slashes unescaped.
    static func encoded(_ provenance: Provenance) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(provenance)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func git(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
