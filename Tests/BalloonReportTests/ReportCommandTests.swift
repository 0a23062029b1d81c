import Foundation
import Testing

/// `balloon report` end to end, as a subprocess: the HTML always, the PDF when an engine is installed
/// (.ci/run installs Chromium and poppler-utils, so CI always runs the PDF test).
struct ReportCommandTests {
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "balloon-report-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The first executable named `name` on PATH.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static var hasPDFEngine: Bool {
        ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "weasyprint"].contains {
            tool($0) != nil
        }
    }

    static var hasPoppler: Bool { tool("pdfinfo") != nil && tool("pdftotext") != nil }

    /// Runs `executable` with a deadline; returns status, standard output and standard error.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, timeout: TimeInterval = 300
    ) throws -> (Int32, String, String) {
        let directory = temporaryDirectory()
        let outPath = directory + "/stdout"
        let errPath = directory + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        // Files, not pipes: a chatty child cannot fill a pipe buffer and hang the test.
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output, errors)
    }

    /// The `balloon` executable sits next to the test bundle in SwiftPM's build folder.
    static func balloon() throws -> String {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("balloon"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("balloon"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "balloon"),
        ]
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path,
            "balloon executable not found next to the tests: \(candidates.map(\.path))")
    }

    @Test func withoutAnEngineThePDFFlagSaysWhatToInstallAndStillWritesTheHTML() throws {
        let out = Self.temporaryDirectory()
        var environment = ProcessInfo.processInfo.environment
        environment["BALLOON_PDF_ENGINE"] = "/nonexistent/pdf-engine"
        let (status, output, errors) = try Self.run(
            try Self.balloon(), ["report", "history", "plan-ecuador", "--to", "2030", "--out", out, "--pdf"],
            environment: environment)
        #expect(status == 0, "\(errors)")
        #expect(errors.contains("apt-get install chromium") && errors.contains("weasyprint"), "\(errors)")
        let html = out + "/report_history_plan-ecuador.html"
        #expect(output.contains(html))
        #expect(FileManager.default.fileExists(atPath: html))
        #expect(!FileManager.default.fileExists(atPath: out + "/report_history_plan-ecuador.pdf"))
        let text = try String(contentsOfFile: html, encoding: .utf8)
        _ = try ParsedHTML(text)
        #expect(text.contains("bundled:plan-ecuador"))
        #expect(text.contains("UNODC coca surveys"), "observed history comes from the bundled data")
    }

    @Test func aMissingLedgerOrUnknownScenarioExitsWithAnErrorAndNoReport() throws {
        let out = Self.temporaryDirectory()
        let (status, _, errors) = try Self.run(
            try Self.balloon(), ["report", "history", "--ledger", out + "/none.json", "--out", out])
        #expect(status == 2)
        #expect(errors.contains("balloon validate --json"), "\(errors)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out))?.isEmpty == true)
        let (badStatus, _, badErrors) = try Self.run(
            try Self.balloon(), ["report", "history", "plan-peruu", "--out", out])
        #expect(badStatus == 2)
        #expect(badErrors.contains("did you mean 'plan-peru'"))
    }

    @Test(
        .enabled(if: hasPDFEngine && hasPoppler, "needs chromium or weasyprint, and pdfinfo/pdftotext (poppler-utils)"))
    func thePDFHasTheExpectedPagesTextAndFooter() throws {
        let out = Self.temporaryDirectory()
        let (status, output, errors) = try Self.run(
            try Self.balloon(), ["report", "history", "plan-peru", "plan-ecuador", "--out", out, "--pdf"])
        #expect(status == 0, "\(errors)")
        let pdf = out + "/report_history_plan-peru_plan-ecuador.pdf"
        #expect(output.contains(pdf))
        let (infoStatus, info, _) = try Self.run(try #require(Self.tool("pdfinfo")), [pdf])
        #expect(infoStatus == 0)
        let pages = try #require(
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
                Int($0.split(separator: " ").last ?? "")
            })
        #expect((12...40).contains(pages), "\(pages) pages")
        #expect(info.contains("(A4)"), "\(info)")
        let (textStatus, text, _) = try Self.run(try #require(Self.tool("pdftotext")), ["-layout", pdf, "-"])
        #expect(textStatus == 0)
        for needle in [
            "Plan Peru and Plan Ecuador compared with History", "How to read this report", "Key findings",
            "Figure 1.", "Where coca moved under Plan Peru", "Assumptions and sources", "bundled:plan-peru, seed 1",
        ] {
            #expect(text.contains(needle), "the PDF lacks \"\(needle)\"")
        }
        // Every page carries the footer (model version, scenario files, seeds), so any printed figure can be reproduced.
        let (_, version, _) = try Self.run(try Self.balloon(), ["--version"])
        let footer =
            "Balloon \(version.trimmingCharacters(in: .whitespacesAndNewlines)) · history: bundled:history, seed 1"
        #expect(text.components(separatedBy: footer).count - 1 >= pages, "footer \"\(footer)\" missing on some pages")
        for page in 1...pages { #expect(text.contains("Page \(page) of \(pages)")) }
    }
}
