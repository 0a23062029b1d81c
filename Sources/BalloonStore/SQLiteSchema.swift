import GRDB

/// The SQLite store's tables, as an ordered list of migrations. Never edit a migration that has shipped:
/// add a new one, so older stores are brought forward and newer ones are recognised (`hasBeenSuperseded`).
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-runs") { db in
            try db.create(table: RunRow.databaseTableName) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("kind", .text).notNull()
                table.column("status", .text).notNull().indexed()
                table.column("scenario_names", .text).notNull()
                table.column("scenarios", .text).notNull()
                table.column("configuration_hashes", .text).notNull()
                table.column("model_commit", .text).notNull()
                table.column("model_version", .text).notNull()
                table.column("data_parameter_hash", .text).notNull()
                table.column("posterior_fingerprint", .text).notNull()
                table.column("seed", .integer).notNull()
                table.column("options", .text).notNull()
                table.column("content_hash", .text).notNull().indexed()
                table.column("output_files", .text)
                table.column("created_at", .double).notNull()
                table.column("started_at", .double)
                table.column("finished_at", .double)
                table.column("wall_seconds", .double)
                table.column("error_message", .text)
                table.column("owner_host", .text)
                table.column("owner_pid", .integer)
                table.column("owner_start_ticks", .integer)
            }
            // Summaries are large (an ensemble's is megabytes): apart, so listing runs never reads them.
            try db.create(table: SummaryRow.databaseTableName) { table in
                table.primaryKey("run_id", .integer).references(RunRow.databaseTableName, onDelete: .cascade)
                table.column("json", .text).notNull()
            }
        }
        return migrator
    }
}

/// One row of the `run` table, exactly as stored; it never leaves the module (`RunRecord` does).
struct RunRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var kind: String
    var status: String
    /// The scenario names alone (JSON array), so a listing never reads the texts.
    var scenarioNames: String
    var scenarios: String
    var configurationHashes: String
    var modelCommit: String
    var modelVersion: String
    var dataParameterHash: String
    var posteriorFingerprint: String
    /// The seed's 64 bits as SQLite's signed integer.
    var seed: Int64
    var options: String
    var contentHash: String
    var outputFiles: String?
    var createdAt: Double
    var startedAt: Double?
    var finishedAt: Double?
    var wallSeconds: Double?
    var errorMessage: String?
    var ownerHost: String?
    var ownerPid: Int64?
    var ownerStartTicks: Int64?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum Columns {
        static let id = Column("id")
        static let status = Column("status")
        static let contentHash = Column("content_hash")
    }
}

/// A finished run's summary outputs (JSON text), one row per run, deleted with it.
struct SummaryRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "run_summary"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var runId: Int64
    var json: String
}

/// The columns of a `run` row that a listing reads: not the scenario texts.
struct ListingRow: Decodable, FetchableRecord, TableRecord {
    static let databaseTableName = RunRow.databaseTableName
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static var databaseSelection: [any SQLSelectable] {
        [
            Column("id"), Column("kind"), Column("status"), Column("scenario_names"), Column("seed"), Column("options"),
            Column("model_version"), Column("model_commit"), Column("content_hash"), Column("created_at"),
            Column("started_at"), Column("finished_at"), Column("wall_seconds"), Column("error_message"),
        ]
    }

    var id: Int64
    var kind: String
    var status: String
    var scenarioNames: String
    var seed: Int64
    var options: String
    var modelVersion: String
    var modelCommit: String
    var contentHash: String
    var createdAt: Double
    var startedAt: Double?
    var finishedAt: Double?
    var wallSeconds: Double?
    var errorMessage: String?
}
