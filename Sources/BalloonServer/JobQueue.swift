import BalloonStore
import Dispatch
import Foundation
import HTTPTypes

/// The server's background jobs: a bounded queue in front of a fixed number of workers, with every job recorded
/// in the run store (queued, running, then finished, failed or cancelled).
///
/// Everything that changes the queue happens inside one actor call, so two requests never both take the last
/// place. A job's computation runs on a thread of its own and cannot be interrupted: cancelling or timing out a
/// running job records it at once, discards its files when the computation returns, and keeps its worker (and its
/// place in the queue) busy until then, so the server never runs more than `workers` computations.
package actor JobQueue {
    private struct Entry {
        let folder: URL
        let job: PreparedJob
        let progress: ProgressCounter
        /// What the store says about the job; a running job already cancelled or expired is only waiting to return.
        var status: RunStatus
    }

    private let store: any RunStore
    private let workbench: any Workbench
    private let limits: ServerLimits
    private let filesRoot: URL
    private var entries: [RunID: Entry] = [:]
    private var waiting: [RunID] = []
    private var busyWorkers = 0

    package init(store: any RunStore, workbench: any Workbench, limits: ServerLimits, filesRoot: URL) {
        self.store = store
        self.workbench = workbench
        self.limits = limits
        self.filesRoot = filesRoot
    }

    /// The outcome of a submission: a new job, or a finished run with the same content hash that stands for it.
    package enum Submission: Sendable {
        case queued(RunRecord)
        case reused(RunRecord)
    }

    /// Queues a run of `source` with `options`.
    /// - Throws: `APIError` 429 when the queue is full, 422 when the workbench refuses the scenario or options,
    ///   503 when the store cannot record it.
    package func submit(_ source: JobSource, options: JobOptions) throws(APIError) -> Submission {
        guard entries.count < limits.queueCapacity else {
            var error = APIError(
                .tooManyRequests, code: "queueFull",
                message: "\(entries.count) jobs are queued or running, the most this server takes", field: "queue",
                fix: "try again after \(limits.retryAfterSeconds) s, or cancel a job you no longer need")
            error.retryAfter = limits.retryAfterSeconds
            throw error
        }
        // The folder is named by the server; a scenario's name never becomes a path.
        let folder = filesRoot.appendingPathComponent("job-" + UUID().uuidString.lowercased())
        let prepared: PreparedJob
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Text is saved under names the server gives: scenario.toml, then compared-1.toml, compared-2.toml…
            func reference(_ source: JobSource, file: String) throws -> String {
                switch source {
                case .bundled(let name): return name
                case .text(let text):
                    let path = folder.appendingPathComponent(file)
                    try Data(text.utf8).write(to: path)
                    return path.path
                }
            }
            let spec = JobSpec(
                reference: try reference(source, file: "scenario.toml"),
                alternatives: try options.alternatives.enumerated().map {
                    try reference($1, file: "compared-\($0 + 1).toml")
                }, thresholdPercent: options.thresholdPercent,
                seed: options.seed, from: options.from, to: options.to,
                ensemble: options.ensemble, folder: folder)
            prepared = try workbench.prepare(spec)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            let problem = workbench.problem(for: error)
            throw APIError(
                .unprocessableContent, code: problem.code, message: problem.message, field: problem.field,
                fix: problem.fix, line: problem.line)
        }
        do {
            if RunKey.isReusable(modelCommit: prepared.inputs.modelCommit),
                let earlier = try store.finishedRun(withKey: RunKey(prepared.inputs)),
                earlier.files.allSatisfy({ FileManager.default.fileExists(atPath: $0) })
            {
                try? FileManager.default.removeItem(at: folder)
                return .reused(earlier)
            }
            let record = try store.add(
                NewRun(inputs: prepared.inputs, modelVersion: workbench.modelVersion, status: .queued))
            entries[record.id] = Entry(
                folder: folder, job: prepared, progress: ProgressCounter(total: prepared.units), status: .queued)
            waiting.append(record.id)
            startWaitingJobs()
            return .queued(try store.run(record.id) ?? record)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw APIError(storeError: error)
        }
    }

    /// Finished and total units of a job that is queued or running here; nil otherwise.
    package func progress(of id: RunID) -> (done: Int, total: Int)? {
        entries[id].map { ($0.progress.done, $0.progress.total) }
    }

    /// Cancels a queued or running job.
    /// - Throws: `APIError` 404 for an unknown id, 409 for a run that has already ended.
    package func cancel(_ id: RunID) throws(APIError) {
        guard let entry = entries[id], !entry.status.isFinal else {
            let record: RunRecord?
            do { record = try store.run(id) } catch { throw APIError(storeError: error) }
            guard let record else { throw APIError.unknownRun(id) }
            throw APIError(
                .conflict, code: "runEnded", message: "run \(id) has already ended (\(record.status.rawValue))",
                field: "id", fix: "only queued or running runs can be cancelled")
        }
        do { try store.cancel(id) } catch { throw APIError(storeError: error) }
        if let index = waiting.firstIndex(of: id) {
            waiting.remove(at: index)
            try? FileManager.default.removeItem(at: entry.folder)
            entries[id] = nil
        } else {
            entries[id]?.status = .cancelled
        }
    }

    /// Jobs queued or running (cancelled ones still computing included).
    package var liveCount: Int { entries.count }

    private func startWaitingJobs() {
        while busyWorkers < limits.workers, !waiting.isEmpty {
            let id = waiting.removeFirst()
            guard let entry = entries[id] else { continue }
            do {
                try store.start(id)
            } catch {
                try? store.fail(id, message: "the run store could not start the job: \(error)")
                entries[id] = nil
                continue
            }
            entries[id]?.status = .running
            busyWorkers += 1
            let job = entry.job
            let counter = entry.progress
            Task.detached { [weak self] in
                let outcome = await Self.compute(job, counter: counter)
                await self?.completed(id, outcome)
            }
            let seconds = limits.jobSeconds
            Task.detached { [weak self] in
                try? await Task.sleep(for: .seconds(seconds))
                await self?.expire(id, after: seconds)
            }
        }
    }

    /// Runs the job's computation on a thread of its own (it is synchronous and CPU-bound).
    private static func compute(_ job: PreparedJob, counter: ProgressCounter) async -> Result<RunOutputs, any Error> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { try job.execute { counter.advance(by: $0) } })
            }
        }
    }

    private func completed(_ id: RunID, _ outcome: Result<RunOutputs, any Error>) {
        busyWorkers -= 1
        defer { startWaitingJobs() }
        guard let entry = entries.removeValue(forKey: id) else { return }
        guard entry.status == .running else {
            // Cancelled or over time: what it wrote is not a result.
            try? FileManager.default.removeItem(at: entry.folder)
            return
        }
        switch outcome {
        case .success(let outputs):
            do { try store.finish(id, outputs: outputs) } catch {
                try? store.fail(id, message: "the run store could not record the result: \(error)")
            }
        case .failure(let error):
            try? store.fail(id, message: workbench.problem(for: error).text)
            try? FileManager.default.removeItem(at: entry.folder)
        }
    }

    private func expire(_ id: RunID, after seconds: Double) {
        guard let entry = entries[id], entry.status == .running else { return }
        try? store.fail(
            id,
            message: "error[timeLimit]: the job ran longer than \(Int(seconds)) s, this server's limit [ensemble] "
                + "fix: ask for fewer ensemble members or fewer years, or run it with the balloon command")
        entries[id]?.status = .failed
    }
}

/// Where a job's scenario comes from: a bundled name (checked against the list) or text sent by the client.
package enum JobSource: Sendable, Equatable {
    case bundled(String)
    case text(String)
}

/// The options of a job, already checked against the server's limits.
package struct JobOptions: Sendable, Equatable {
    package var seed: UInt64?
    package var from: Int?
    package var to: Int?
    package var ensemble: Int?
    /// Scenarios compared with the job's scenario as baseline; empty for a run or ensemble.
    package var alternatives: [JobSource]
    package var thresholdPercent: Double?

    package init(
        seed: UInt64? = nil, from: Int? = nil, to: Int? = nil, ensemble: Int? = nil, alternatives: [JobSource] = [],
        thresholdPercent: Double? = nil
    ) {
        self.seed = seed
        self.from = from
        self.to = to
        self.ensemble = ensemble
        self.alternatives = alternatives
        self.thresholdPercent = thresholdPercent
    }
}

/// Units a job has finished, counted from whichever thread computes it.
final class ProgressCounter: @unchecked Sendable {
    let total: Int
    private let lock = NSLock()
    private var count = 0

    init(total: Int) { self.total = total }

    var done: Int { lock.withLock { count } }

    func advance(by units: Int) { lock.withLock { count = min(total, count + units) } }
}

extension APIError {
    /// The run store failed: the request was fine, the server cannot answer it now.
    init(storeError error: any Error) {
        self.init(
            .serviceUnavailable, code: "storeUnavailable", message: "the run store failed: \(error)", field: "store",
            fix: "try again; if it persists, check the server's --store")
    }

    static func unknownRun(_ id: RunID) -> APIError {
        APIError(
            .notFound, code: "unknownRun", message: "no run with id \(id)", field: "id",
            fix: "use an id from GET /api/runs")
    }
}
