/// The PostgreSQL store's tables, as an ordered list of migrations with the same identifiers as the SQLite store's
/// (`SQLiteSchema`). Never edit a migration that has shipped: add a new one.
enum PostgresSchema {
    /// The table that records applied migrations.
    static let migrationsTable = "balloon_migrations"

    static let migrations: [(identifier: String, statements: [String])] = [
        (
            "v1-runs",
            [
                """
                CREATE TABLE run (
                    id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, scenario_names TEXT NOT NULL,
                    scenarios TEXT NOT NULL, configuration_hashes TEXT NOT NULL, model_commit TEXT NOT NULL,
                    model_version TEXT NOT NULL, data_parameter_hash TEXT NOT NULL, posterior_fingerprint TEXT NOT NULL,
                    seed BIGINT NOT NULL, options TEXT NOT NULL, content_hash TEXT NOT NULL, output_files TEXT,
                    created_at DOUBLE PRECISION NOT NULL, started_at DOUBLE PRECISION, finished_at DOUBLE PRECISION,
                    wall_seconds DOUBLE PRECISION, error_message TEXT, owner_host TEXT, owner_pid BIGINT,
                    owner_start_ticks BIGINT)
                """,
                "CREATE INDEX run_status ON run (status)",
                "CREATE INDEX run_content_hash ON run (content_hash)",
                """
                CREATE TABLE run_summary (
                    run_id BIGINT PRIMARY KEY REFERENCES run (id) ON DELETE CASCADE, json TEXT NOT NULL)
                """,
            ]
        )
    ]
}
