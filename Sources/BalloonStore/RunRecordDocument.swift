import Foundation

/// A stored run as a JSON file (`balloon runs export`, `balloon runs list --json`): every field of the record,
/// times in ISO 8601 (UTC, to the millisecond). Schema `balloon.run/1`; decoding it gives back the record.
package struct RunRecordDocument: Sendable, Codable, Equatable {
    package static let currentSchema = "balloon.run/1"

    package var schema: String
    package var id: Int64
    package var kind: RunKind
    package var status: RunStatus
    package var scenarios: [ScenarioSource]
    package var configurationHashes: [String]
    package var modelVersion: String
    package var modelCommit: String
    package var dataAndParameterHash: String
    package var posteriorFingerprint: String
    package var seed: UInt64
    package var options: RunOptions
    package var contentHash: String
    /// The files the run wrote (its summary is exported beside this record, as `run-ID.summary.json`).
    package var files: [String]
    package var createdAt: Date
    package var startedAt: Date?
    package var finishedAt: Date?
    package var wallSeconds: Double?
    package var errorMessage: String?

    package init(_ record: RunRecord) {
        schema = Self.currentSchema
        id = record.id.value
        kind = record.kind
        status = record.status
        scenarios = record.inputs.scenarios
        configurationHashes = record.inputs.configurationHashes
        modelVersion = record.modelVersion
        modelCommit = record.inputs.modelCommit
        dataAndParameterHash = record.inputs.dataAndParameterHash
        posteriorFingerprint = record.inputs.posteriorFingerprint
        seed = record.seed
        options = record.inputs.options
        contentHash = record.key.hex
        files = record.files
        createdAt = record.createdAt
        startedAt = record.startedAt
        finishedAt = record.finishedAt
        wallSeconds = record.wallSeconds
        errorMessage = record.errorMessage
    }

    /// The record this document describes.
    package var record: RunRecord {
        let inputs = RunKey.Inputs(
            kind: kind, scenarios: scenarios, configurationHashes: configurationHashes, modelCommit: modelCommit,
            dataAndParameterHash: dataAndParameterHash, posteriorFingerprint: posteriorFingerprint, seed: seed,
            options: options)
        return RunRecord(
            id: RunID(id), status: status, inputs: inputs, key: RunKey(hex: contentHash), modelVersion: modelVersion,
            files: files, createdAt: createdAt,
            startedAt: startedAt, finishedAt: finishedAt, wallSeconds: wallSeconds, errorMessage: errorMessage)
    }

    /// Sorted keys, indented, ISO 8601 dates with fractional seconds, so a decoded document equals the record.
    package static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Self.dateStyle))
        }
        return try encoder.encode(value) + Data("\n".utf8)
    }

    package static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = try? Date(text, strategy: Self.dateStyle) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 date: \(text)"))
            }
            return date
        }
        return try decoder.decode(type, from: data)
    }

    private static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
