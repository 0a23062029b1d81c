import ArgumentParser
import BalloonServer
import Dispatch
import Foundation
import Hummingbird

/// `balloon serve`: the browser workbench and its JSON API on a run store (docs/server.md).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the browser workbench and its JSON API (scenarios, validation, background runs, results).",
        discussion: """
            Listens on loopback unless --host says otherwise; any other address needs --token, and then every \
            request that runs or writes needs Authorization: Bearer TOKEN. Open http://127.0.0.1:8080/ in a \
            browser; the API is described at /openapi.json. See docs/server.md.
            """)

    @Option(help: "Address to listen on (loopback by default; any other needs --token).")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @OptionGroup var store: StoreLocationOptions

    @Option(help: "Bearer token required for requests that run or write (required off loopback; 16+ characters).")
    var token: String?

    @Option(
        help:
            "Folder for the jobs' files and saved scenarios (default: serve-files beside a SQLite store; for PostgreSQL, serve-files in ~/.local/share/balloon)."
    )
    var files: String?

    @Option(help: "Jobs queued or running at once; one more is answered 429.")
    var queue: Int = 8

    @Option(help: "Largest ensemble a job may ask for.")
    var maxEnsemble: Int = 200

    @Option(help: "Seconds a job may run before it is marked failed.")
    var jobSeconds: Double = 600

    @Flag(
        name: .customLong("no-pdf"),
        help: "Do not print reports to PDF (by default they are when Chromium or WeasyPrint is installed).")
    var noPDF = false

    func run() throws {
        do {
            var limits = ServerLimits()
            limits.queueCapacity = queue
            limits.maxEnsemble = maxEnsemble
            limits.jobSeconds = jobSeconds
            try Self.checkLimits(limits)
            let settings = ServerSettings(host: host, port: port, token: token, limits: limits)
            do { try settings.check() } catch {
                throw UserError(code: error.code, message: error.message, location: error.field, fix: error.fix)
            }
            let opened = try store.open()
            let filesRoot = URL(fileURLWithPath: files ?? store.defaultFilesFolder())
            try FileManager.default.createDirectory(at: filesRoot, withIntermediateDirectories: true)
            let server = WorkbenchServer(
                settings: settings, store: opened, workbench: ServeWorkbench(pdf: !noPDF), filesRoot: filesRoot)
            print(
                "Balloon workbench on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (store \(store.displayName()), files \(filesRoot.path))"
            )
            fflush(nil)  // seen at once when stdout is a file or a pipe
            let outcome = Self.block { try await server.application().runService() }
            if case .failure(let error) = outcome { throw error }
        } catch {
            throw report(error)
        }
    }

    static func checkLimits(_ limits: ServerLimits) throws(UserError) {
        if limits.queueCapacity < 1 {
            throw UserError(
                code: "invalidSetting", message: "--queue \(limits.queueCapacity) is below 1", location: "--queue",
                fix: "give at least 1, e.g. --queue 8")
        }
        if limits.maxEnsemble < 1 {
            throw UserError(
                code: "invalidSetting", message: "--max-ensemble \(limits.maxEnsemble) is below 1",
                location: "--max-ensemble", fix: "give at least 1, e.g. --max-ensemble 200")
        }
        if !(limits.jobSeconds > 0) {
            throw UserError(
                code: "invalidSetting", message: "--job-seconds \(limits.jobSeconds) is not positive",
                location: "--job-seconds", fix: "give a number of seconds, e.g. --job-seconds 600")
        }
    }

    /// Runs `body` to its end from this synchronous command (the root command is not async).
    private static func block(_ body: @escaping @Sendable () async throws -> Void) -> Result<Void, any Error> {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task {
            do { try await body() } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result
    }
}

private final class ResultBox: @unchecked Sendable {
    var result: Result<Void, any Error> = .success(())
}
