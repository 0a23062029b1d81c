import Foundation

/// An installed HTML-to-PDF engine: headless Chromium, or WeasyPrint. Balloon writes no PDF itself.
struct PDFEngine {
    enum Kind: String {
        case chromium
        case weasyprint
    }

    let kind: Kind
    /// Absolute path of the executable.
    let executable: String

    /// What to tell a user who asked for a PDF on a machine without an engine.
    static let installHint =
        "no HTML-to-PDF engine found; install headless Chromium (Debian/Ubuntu: `apt-get install chromium`) "
        + "or WeasyPrint (`pip install weasyprint`), then run the command again with --pdf"

    /// Executable names tried in order; Chromium first because it renders the SVG charts exactly as a browser does.
    static let candidates: [(String, Kind)] = [
        ("chromium", .chromium), ("chromium-browser", .chromium), ("google-chrome", .chromium),
        ("google-chrome-stable", .chromium), ("weasyprint", .weasyprint),
    ]

    /// The first engine on `PATH`, or the one named by `BALLOON_PDF_ENGINE` (a path or one of the names above).
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFEngine? {
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        func locate(_ name: String) -> String? {
            if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
            return directories.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let requested = environment["BALLOON_PDF_ENGINE"], !requested.isEmpty {
            let base = URL(fileURLWithPath: requested).lastPathComponent
            let kind: Kind = base.lowercased().contains("weasyprint") ? .weasyprint : .chromium
            return locate(requested).map { PDFEngine(kind: kind, executable: $0) }
        }
        for (name, kind) in candidates {
            if let path = locate(name) { return PDFEngine(kind: kind, executable: path) }
        }
        return nil
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Prints `htmlPath` to `pdfPath`; never waits longer than `timeout` seconds.
    ///
    /// The PDF is written to a temporary name and moved into place, so a failed run leaves no half file.
    func render(htmlPath: String, to pdfPath: String, timeout: TimeInterval = 180) throws {
        let html = URL(fileURLWithPath: htmlPath).standardizedFileURL
        let pdf = URL(fileURLWithPath: pdfPath).standardizedFileURL
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("balloon-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let temporaryPDF = scratch.appendingPathComponent("report.pdf")
        let arguments: [String]
        switch kind {
        case .chromium:
            // A private profile lets several reports print at once; --no-sandbox because containers and root
            // (CI) cannot start Chromium's sandbox, and the page is our own static file without scripts.
            arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(scratch.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
                "--print-to-pdf=\(temporaryPDF.path)", html.absoluteString,
            ]
        case .weasyprint:
            arguments = [html.path, temporaryPDF.path]
        }
        let log = scratch.appendingPathComponent("engine.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = logHandle
        process.standardError = logHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            Thread.sleep(forTimeInterval: 2)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw Failure(description: "\(kind.rawValue) did not finish within \(Int(timeout)) s; no PDF written")
        }
        process.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: temporaryPDF.path),
            data.starts(with: Array("%PDF".utf8))
        else {
            let tail = output.split(separator: "\n").suffix(5).joined(separator: "\n")
            throw Failure(
                description: "\(kind.rawValue) (\(executable)) exited with status \(process.terminationStatus) "
                    + "and wrote no PDF" + (tail.isEmpty ? "" : ":\n\(tail)"))
        }
        try data.write(to: pdf, options: .atomic)
    }
}
