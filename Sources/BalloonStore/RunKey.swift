import Crypto
import Foundation

/// The content hash that decides whether two runs are the same computation: SHA-256 over every input that can
/// change a result (the scenario texts and resolved configurations, model commit, data and parameter hash,
/// posterior fingerprint, seed and options). A version string alone never makes two runs equal.
package struct RunKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Every input of a run, in a canonical form (keys sorted when encoded).
    package struct Inputs: Sendable, Hashable, Codable {
        package var kind: RunKind
        /// The scenarios as written (for a comparison the baseline first).
        package var scenarios: [ScenarioSource]
        /// Content hashes of the scenarios resolved over their baselines with the run's seed and years.
        package var configurationHashes: [String]
        /// The git commit the binary was built from; a tree with local changes is not a commit (`-modified`).
        package var modelCommit: String
        /// A hash of the bundled data and the parameter catalog.
        package var dataAndParameterHash: String
        package var posteriorFingerprint: String
        package var seed: UInt64
        package var options: RunOptions

        package init(
            kind: RunKind, scenarios: [ScenarioSource], configurationHashes: [String], modelCommit: String,
            dataAndParameterHash: String, posteriorFingerprint: String, seed: UInt64, options: RunOptions
        ) {
            self.kind = kind
            self.scenarios = scenarios
            self.configurationHashes = configurationHashes
            self.modelCommit = modelCommit
            self.dataAndParameterHash = dataAndParameterHash
            self.posteriorFingerprint = posteriorFingerprint
            self.seed = seed
            self.options = options
        }
    }

    /// 64 lowercase hex digits.
    package let hex: String

    package init(_ inputs: Inputs) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, integers and enums cannot fail.
        let data = (try? encoder.encode(inputs)) ?? Data()
        hex = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// A key read back from a store.
    package init(hex: String) { self.hex = hex }

    package var description: String { hex }

    /// Whether a stored result with this key may stand for a new run: only when the commit names a clean tree
    /// (not `unknown`, not `-modified`), since otherwise the same commit string can hide different code.
    package static func isReusable(modelCommit: String) -> Bool {
        modelCommit.count >= 7 && modelCommit.allSatisfy(\.isHexDigit)
    }
}
