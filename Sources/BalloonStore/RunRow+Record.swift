import Foundation

/// Turning typed runs into rows and back: the one place that knows how each field is written down, for every
/// engine.
extension RunRow {
    init(_ run: NewRun, owner: ProcessOwner, now: Date) {
        let inputs = run.inputs
        id = nil
        kind = inputs.kind.rawValue
        status = run.status.rawValue
        scenarioNames = Self.json(inputs.scenarios.map(\.name))
        scenarios = Self.json(inputs.scenarios)
        configurationHashes = Self.json(inputs.configurationHashes)
        modelCommit = inputs.modelCommit
        modelVersion = run.modelVersion
        dataParameterHash = inputs.dataAndParameterHash
        posteriorFingerprint = inputs.posteriorFingerprint
        seed = Int64(bitPattern: inputs.seed)
        options = Self.json(inputs.options)
        contentHash = RunKey(inputs).hex
        createdAt = now.timeIntervalSince1970
        startedAt = run.status == .running ? createdAt : nil
        ownerHost = owner.host
        ownerPid = Int64(owner.pid)
        ownerStartTicks = owner.startTicks
    }

    /// The typed record.
    /// - Throws: `StoreError.database` naming the row and field when a stored value cannot be read back.
    func record(location: String) throws(StoreError) -> RunRecord {
        let rowID = id ?? 0
        func damaged(_ field: String) -> StoreError {
            .database(location: location, message: "run \(rowID) has an unreadable \(field)")
        }
        guard let kind = RunKind(rawValue: kind) else { throw damaged("kind '\(self.kind)'") }
        guard let status = RunStatus(rawValue: status) else { throw damaged("status '\(self.status)'") }
        guard let scenarios = Self.decode([ScenarioSource].self, scenarios) else { throw damaged("scenarios") }
        guard let hashes = Self.decode([String].self, configurationHashes) else {
            throw damaged("configuration_hashes")
        }
        guard let options = Self.decode(RunOptions.self, options) else { throw damaged("options") }
        guard let files = Self.decode([String].self, outputFiles ?? "[]") else { throw damaged("output_files") }
        let inputs = RunKey.Inputs(
            kind: kind, scenarios: scenarios, configurationHashes: hashes, modelCommit: modelCommit,
            dataAndParameterHash: dataParameterHash, posteriorFingerprint: posteriorFingerprint,
            seed: UInt64(bitPattern: seed), options: options)
        return RunRecord(
            id: RunID(rowID), status: status, inputs: inputs, key: RunKey(hex: contentHash), modelVersion: modelVersion,
            files: files, createdAt: Date(timeIntervalSince1970: createdAt),
            startedAt: startedAt.map(Date.init(timeIntervalSince1970:)),
            finishedAt: finishedAt.map(Date.init(timeIntervalSince1970:)), wallSeconds: wallSeconds,
            errorMessage: errorMessage)
    }

    /// The process that owns this live run.
    var owner: ProcessOwner? {
        guard let ownerHost, let ownerPid, let pid = Int32(exactly: ownerPid) else { return nil }
        return ProcessOwner(host: ownerHost, pid: pid, startTicks: ownerStartTicks)
    }

    /// Moves the row to a final status at `now`, with its wall time.
    mutating func end(_ final: RunStatus, at now: Date, message: String?) {
        status = final.rawValue
        finishedAt = now.timeIntervalSince1970
        wallSeconds = startedAt.map { max(0, now.timeIntervalSince1970 - $0) }
        errorMessage = message
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

extension ListingRow {
    /// The typed listing.
    /// - Throws: `StoreError.database` naming the row and field when a stored value cannot be read back.
    func listing(location: String) throws(StoreError) -> RunListing {
        func damaged(_ field: String) -> StoreError {
            .database(location: location, message: "run \(id) has an unreadable \(field)")
        }
        guard let kind = RunKind(rawValue: kind) else { throw damaged("kind '\(self.kind)'") }
        guard let status = RunStatus(rawValue: status) else { throw damaged("status '\(self.status)'") }
        guard let names = RunRow.decode([String].self, scenarioNames) else { throw damaged("scenario_names") }
        guard let options = RunRow.decode(RunOptions.self, options) else { throw damaged("options") }
        return RunListing(
            id: RunID(id), kind: kind, status: status, scenarios: names, seed: UInt64(bitPattern: seed),
            options: options, modelVersion: modelVersion, modelCommit: modelCommit, contentHash: contentHash,
            createdAt: Date(timeIntervalSince1970: createdAt),
            startedAt: startedAt.map(Date.init(timeIntervalSince1970:)),
            finishedAt: finishedAt.map(Date.init(timeIntervalSince1970:)), wallSeconds: wallSeconds,
            errorMessage: errorMessage)
    }
}
