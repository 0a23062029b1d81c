import HTTPTypes
import BalloonStore
import Foundation

/// A run as `GET /api/runs/{id}` shows it: status, progress, options, downloads and the summary.
package struct RunView: Codable, Sendable {
    package struct Progress: Codable, Sendable {
        package var done: Int
        package var total: Int
    }
    package struct File: Codable, Sendable {
        package var name: String
        package var url: String
    }
    package struct Links: Codable, Sendable {
        package var api: String
        package var page: String
        package var cancel: String
    }

    package var id: RunID
    package var status: RunStatus
    package var kind: String
    package var scenarios: [String]
    package var seed: UInt64
    package var ensemble: Int?
    /// Comparisons: the fall (percent) in cocaine reaching consumers whose probability is reported.
    package var threshold: Double?
    package var from: Int
    package var to: Int
    package var modelVersion: String
    package var contentHash: String
    package var createdAt: Date
    package var startedAt: Date?
    package var finishedAt: Date?
    package var wallSeconds: Double?
    package var error: String?
    package var progress: Progress?
    package var files: [File]
    /// A finished run without a PDF of its report: why (the server's engine or settings).
    package var pdfUnavailable: String?
    /// Whether this answer stands for an identical finished run instead of a new job.
    package var reused: Bool
    /// The summary JSON of a finished run, when it is small enough to inline (else download it from `files`).
    package var summary: JSONValue?
    package var links: Links

    /// Summaries larger than this are left to the file download.
    static let inlineSummaryBytes = 512 * 1024

    init(
        _ record: RunRecord, progress: (done: Int, total: Int)?, summary: String?, reused: Bool = false,
        pdfUnavailable: String? = nil
    ) {
        id = record.id
        status = record.status
        kind = record.kind.rawValue
        scenarios = record.inputs.scenarios.map(\.name)
        seed = record.seed
        ensemble = record.inputs.options.ensembleSize
        threshold = record.inputs.options.thresholdPercent
        from = record.inputs.options.startYear
        to = record.inputs.options.endYear
        modelVersion = record.modelVersion
        contentHash = record.key.hex
        createdAt = record.createdAt
        startedAt = record.startedAt
        finishedAt = record.finishedAt
        wallSeconds = record.wallSeconds
        error = record.errorMessage
        self.progress = progress.map { Progress(done: $0.done, total: $0.total) }
        files = Self.files(of: record)
        if record.status == .finished, !files.contains(where: { $0.name.hasSuffix(".pdf") }) {
            self.pdfUnavailable = pdfUnavailable ?? "this run was made without a PDF of its report"
        }
        self.reused = reused
        self.summary = summary.flatMap { text in
            text.utf8.count <= Self.inlineSummaryBytes
                ? try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) : nil
        }
        links = Links(
            api: "/api/runs/\(record.id)", page: "/runs/\(record.id)", cancel: "/api/runs/\(record.id)/cancel")
    }

    /// The run's files that still exist, by name; the URL serves each by looking its name up in this list.
    static func files(of record: RunRecord) -> [File] {
        record.files.filter { FileManager.default.fileExists(atPath: $0) }.map {
            let name = URL(fileURLWithPath: $0).lastPathComponent
            let escaped = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
            return File(name: name, url: "/api/runs/\(record.id)/files/\(escaped)")
        }
    }
}

/// Any JSON value, to pass a stored summary through unchanged.
package enum JSONValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
