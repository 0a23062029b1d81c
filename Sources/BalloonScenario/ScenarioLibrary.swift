import BalloonModel
import Foundation

/// Finds scenarios by bundled name or file path and resolves each one over its baseline chain.
public struct ScenarioLibrary: Sendable {
    public let atlas: Atlas

    public init(atlas: Atlas = .standard) { self.atlas = atlas }

    /// Names of the scenarios shipped with Balloon, sorted.
    public var bundledNames: [String] {
        guard let directory = Self.bundledDirectory,
            let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }

    static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "history", withExtension: "toml", subdirectory: "Resources/scenarios")?
            .deletingLastPathComponent()
    }

    /// Read one scenario (without applying its baseline) from a bundled name or a path.
    public func load(_ reference: String) throws(ScenarioError) -> Scenario {
        let (text, file) = try read(reference)
        return try ScenarioParser.parse(text: text, file: file, atlas: atlas)
    }

    /// Load a scenario and lay it over its baselines, root first.
    public func resolve(_ reference: String) throws(ScenarioError) -> Scenario {
        var chain: [Scenario] = []
        var seen: Set<String> = []
        var next: String? = reference
        while let current = next {
            let scenario = try load(current)
            // A chain loops when it comes back to the same file, not merely to the same name: a user
            // file may be named `history` and build on the bundled `history`.
            let identity = Self.identity(ofSource: scenario.source)
            guard !seen.contains(identity) else {
                throw ScenarioError(
                    .baselineCycle, file: scenario.source, key: "baseline",
                    message: "baseline chain loops back to '\(scenario.name)' (\(scenario.source))",
                    fix: "make the chain end in a scenario without a baseline")
            }
            seen.insert(identity)
            chain.append(scenario)
            next = scenario.baseline.map { baseline in
                // A relative baseline path is taken from the referring file's folder.
                if baseline.hasSuffix(".toml"), !baseline.hasPrefix("/"), !scenario.source.hasPrefix("bundled:") {
                    return URL(fileURLWithPath: scenario.source).deletingLastPathComponent().appendingPathComponent(
                        baseline
                    ).path
                }
                return baseline
            }
        }
        var resolved = chain.removeLast()
        while let child = chain.popLast() { resolved = child.applied(over: resolved) }
        return resolved
    }

    /// `bundled:NAME`, or the file's absolute path with `.`/`..` and symbolic links resolved.
    static func identity(ofSource source: String) -> String {
        guard !source.hasPrefix("bundled:") else { return source }
        return URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The text of a bundled name or a `.toml` path and where it was read from (`bundled:NAME` or the path).
    package func read(_ reference: String) throws(ScenarioError) -> (String, String) {
        let looksLikePath = reference.hasSuffix(".toml") || reference.contains("/")
        if !looksLikePath {
            guard let directory = Self.bundledDirectory else {
                throw ScenarioError(
                    .unknownScenario, file: reference, message: "bundled scenarios are missing",
                    fix: "reinstall Balloon")
            }
            let url = directory.appendingPathComponent("\(reference).toml")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ScenarioError(
                    .unknownScenario, file: reference, message: "no bundled scenario named '\(reference)'",
                    fix: didYouMean(reference, bundledNames) + " (or give a path to a .toml file)")
            }
            return (text, "bundled:\(reference)")
        }
        let url = URL(fileURLWithPath: reference)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ScenarioError(
                .fileNotReadable, file: reference, message: "no such file",
                fix: "check the path, or run `balloon scenarios` for bundled names")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? NSNumber, size.intValue > ScenarioBytes.maximumBytes {
            throw ScenarioError(
                .fileNotReadable, file: reference,
                message: "file is \(size.intValue) bytes; scenarios are small text files",
                fix: "check that this is a scenario TOML file")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ScenarioError(
                .fileNotReadable, file: reference, message: "the file cannot be read",
                fix: "check that it is a readable file, not a folder")
        }
        return (try ScenarioBytes.text(of: [UInt8](data), file: reference), reference)
    }
}
