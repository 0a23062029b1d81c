import Foundation

/// A stored run as a listing shows it: everything but the scenario texts, the configuration hashes and the files,
/// so that listing thousands of runs reads a few hundred bytes of each.
package struct RunListing: Sendable, Hashable, Codable {
    package var id: RunID
    package var kind: RunKind
    package var status: RunStatus
    /// Scenario names, baseline first.
    package var scenarios: [String]
    package var seed: UInt64
    package var options: RunOptions
    package var modelVersion: String
    package var modelCommit: String
    package var contentHash: String
    package var createdAt: Date
    package var startedAt: Date?
    package var finishedAt: Date?
    package var wallSeconds: Double?
    package var errorMessage: String?

    package init(_ record: RunRecord) {
        id = record.id
        kind = record.kind
        status = record.status
        scenarios = record.inputs.scenarios.map(\.name)
        seed = record.seed
        options = record.inputs.options
        modelVersion = record.modelVersion
        modelCommit = record.inputs.modelCommit
        contentHash = record.key.hex
        createdAt = record.createdAt
        startedAt = record.startedAt
        finishedAt = record.finishedAt
        wallSeconds = record.wallSeconds
        errorMessage = record.errorMessage
    }

    package init(
        id: RunID, kind: RunKind, status: RunStatus, scenarios: [String], seed: UInt64, options: RunOptions,
        modelVersion: String, modelCommit: String, contentHash: String, createdAt: Date, startedAt: Date?,
        finishedAt: Date?, wallSeconds: Double?, errorMessage: String?
    ) {
        self.id = id
        self.kind = kind
        self.status = status
        self.scenarios = scenarios
        self.seed = seed
        self.options = options
        self.modelVersion = modelVersion
        self.modelCommit = modelCommit
        self.contentHash = contentHash
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.wallSeconds = wallSeconds
        self.errorMessage = errorMessage
    }

    /// `history`, or `history vs plan-peru, plan-ecuador` for a comparison.
    package var scenarioLabel: String { RunRecord.label(kind: kind, names: scenarios) }
}
