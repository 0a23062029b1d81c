import Foundation

/// A stored run's number: positive, assigned by the store, never reused within one store.
package struct RunID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    package let value: Int64

    package init(_ value: Int64) { self.value = value }

    /// Parses a run id as typed on the command line (`12` or `#12`); nil when it is not a positive number.
    package init?(parsing text: String) {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let value = Int64(digits), value > 0 else { return nil }
        self.value = value
    }

    package var description: String { "\(value)" }

    /// A bare number in JSON.
    package init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int64.self)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    package static func < (a: RunID, b: RunID) -> Bool { a.value < b.value }
}

/// One scenario as the user gave it: its name and its full text.
package struct ScenarioSource: Sendable, Hashable, Codable {
    package var name: String
    package var text: String

    package init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// The options that shape a run besides its scenarios and seed.
package struct RunOptions: Sendable, Hashable, Codable {
    /// Members of an ensemble or comparison; nil for a single run.
    package var ensembleSize: Int?
    package var startYear: Int
    package var endYear: Int
    /// Comparisons: the reduction (percent) whose probability is reported.
    package var thresholdPercent: Double?

    package init(ensembleSize: Int? = nil, startYear: Int, endYear: Int, thresholdPercent: Double? = nil) {
        self.ensembleSize = ensembleSize
        self.startYear = startYear
        self.endYear = endYear
        self.thresholdPercent = thresholdPercent
    }
}

/// A run about to be stored: its inputs and the status it starts in.
package struct NewRun: Sendable {
    package var inputs: RunKey.Inputs
    package var modelVersion: String
    package var status: RunStatus

    package init(inputs: RunKey.Inputs, modelVersion: String, status: RunStatus = .running) {
        self.inputs = inputs
        self.modelVersion = modelVersion
        self.status = status
    }
}

/// What a finished run produced: its summary (a JSON document) and the files it wrote.
package struct RunOutputs: Sendable, Hashable {
    /// The run's summary outputs as JSON text (the summary or ensemble JSON file's contents).
    package var summaryJSON: String
    /// Absolute paths of the files written, the manifest last.
    package var files: [String]

    package init(summaryJSON: String, files: [String]) {
        self.summaryJSON = summaryJSON
        self.files = files
    }
}

/// A run as the store keeps it.
package struct RunRecord: Sendable, Hashable {
    package var id: RunID
    package var status: RunStatus
    package var inputs: RunKey.Inputs
    package var key: RunKey
    package var modelVersion: String
    /// The files the run wrote (absolute paths, the manifest last); empty until it finishes. Its summary is
    /// kept apart (`RunStore.summary(of:)`), so listing runs never reads it.
    package var files: [String]
    package var createdAt: Date
    package var startedAt: Date?
    package var finishedAt: Date?
    /// Seconds from start to finish (nil until the run ends).
    package var wallSeconds: Double?
    /// Why the run failed or was cancelled.
    package var errorMessage: String?

    package init(
        id: RunID, status: RunStatus, inputs: RunKey.Inputs, key: RunKey, modelVersion: String, files: [String],
        createdAt: Date, startedAt: Date?, finishedAt: Date?, wallSeconds: Double?, errorMessage: String?
    ) {
        self.id = id
        self.status = status
        self.inputs = inputs
        self.key = key
        self.modelVersion = modelVersion
        self.files = files
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.wallSeconds = wallSeconds
        self.errorMessage = errorMessage
    }

    package var kind: RunKind { inputs.kind }
    package var seed: UInt64 { inputs.seed }

    /// The scenario names for a listing: `history`, or `history vs plan-peru, plan-ecuador` for a comparison.
    package var scenarioLabel: String { Self.label(kind: kind, names: inputs.scenarios.map(\.name)) }

    static func label(kind: RunKind, names: [String]) -> String {
        guard kind == .comparison, names.count > 1 else { return names.joined(separator: ", ") }
        return names[0] + " vs " + names.dropFirst().joined(separator: ", ")
    }
}
