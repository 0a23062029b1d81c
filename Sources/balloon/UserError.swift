import ArgumentParser
import BalloonAnalysis
import BalloonData
import BalloonScenario
import BalloonStatistics
import BalloonStore
import Foundation

/// The one shape in which the command line reports an error: a code, what is wrong, where, and how to fix it.
///
/// ```text
/// error[unknownCountry]: unknown country 'Narnia'
///   --> plan.toml:4 [policy[1].country]
///   fix: use one of: BO, CO, EC, PE
/// ```
///
/// Every error a command can meet is turned into this shape at the edge (`init(_:)`), file-system and decoding
/// errors included, so no `Error Domain=…` or `keyNotFound(…)` dump ever reaches the user. All exit with 2.
struct UserError: Error, CustomStringConvertible, Equatable {
    /// A short identifier, camelCase: the library's own code where it has one (`unknownCountry`, `invalidShard`).
    let code: String
    /// What is wrong, with the value at fault.
    let message: String
    /// Where: `file:line [key]`, a file, an option (`--out balloon-output`), or `command line`.
    let location: String
    /// What to do about it.
    let fix: String

    var description: String {
        "error[\(code)]: \(message)\n  --> \(location)\n  fix: \(fix)"
    }

    init(code: String, message: String, location: String, fix: String) {
        self.code = code
        self.message = Self.oneLine(message)
        self.location = location.isEmpty ? "''" : Self.oneLine(location)
        self.fix = Self.oneLine(fix)
    }

    /// `error` in the one shape; types Balloon does not know keep their text under the code `unexpected`.
    init(_ error: any Error) {
        switch error {
        case let error as UserError:
            self = error
        case let error as ScenarioError:
            var location = error.file + (error.line.map { ":\($0)" } ?? "")
            if let key = error.key { location += " [\(key)]" }
            self.init(code: error.code.rawValue, message: error.message, location: location, fix: error.fix)
        case let error as AnalysisError:
            self.init(code: error.code.rawValue, message: error.message, location: error.field, fix: error.fix)
        case let error as OutputFolderError:
            self.init(
                code: "outputFolder", message: "'\(error.path)' cannot hold the output files: \(error.reason)",
                location: "\(error.option) '\(error.path)'",
                fix:
                    "give \(error.option) a folder you can write to (it is created if missing), e.g. \(error.option) balloon-output"
            )
        case let error as BrokenInvariant:
            let violation = error.violation
            self.init(
                code: "brokenInvariant",
                message: "the run produced an impossible result, so nothing was written: \(violation)",
                location: error.location,
                fix: "check the scenario's [parameters] and [initial] values (and the --posterior file); "
                    + "if they are ordinary, report this as a bug with the command line")
        case let error as ParameterEnsemble.LoadError:
            self.init(
                code: "invalidPosterior", message: "not a usable parameter ensemble: \(error)",
                location: "parameter ensemble file", fix: "give a file written by `balloon calibrate`")
        case let error as ParameterDrawError:
            self.init(
                code: "invalidPosterior", message: "\(error)", location: "parameter ensemble file",
                fix: "give a file written by `balloon calibrate`, or correct the value")
        case let error as PDFEngine.Failure:
            self.init(
                code: "pdfEngine", message: error.description, location: "--pdf",
                fix: "leave out --pdf (the HTML report is complete), or reinstall chromium or weasyprint")
        case let error as StoreError:
            self.init(store: error)
        case let error as DataTable.UnknownSeries:
            self.init(
                code: "unknownSeries", message: "unknown series '\(error.name)'",
                location: "balloon data \(error.name)",
                fix: "use one of: \(BundledData.seriesNames.joined(separator: ", "))")
        case let error as CSVError:
            self.init(
                code: "bundledData", message: "\(error)", location: error.file ?? "bundled data",
                fix: "the installed data files are damaged: reinstall Balloon")
        case let error as BundledData.LoadError:
            self.init(
                code: "bundledData", message: "\(error)", location: "bundled data",
                fix: "the installed data files are damaged: reinstall Balloon")
        case let error as CalibrationError:
            self.init(
                code: "calibration", message: "\(error)", location: "balloon calibrate",
                fix: "see `balloon calibrate --help` for the settings and their ranges")
        case let error as StatisticsError:
            self.init(
                code: "invalidSetting", message: "\(error)", location: "command line",
                fix: "see the command's --help for the settings and their ranges")
        case let error as ValidationError:
            self.init(
                code: "usage", message: error.message, location: "command line",
                fix: "see the command's --help for its options")
        case let error as DecodingError:
            self.init(
                code: "unreadableFile", message: Self.describe(error), location: "input file",
                fix: "give a file written by the Balloon command that makes it")
        case is EncodingError:
            // Only a value JSON cannot hold (NaN, infinity) makes the encoder fail: Balloon's bug, not the
            // file system's, so it must not read as a path problem.
            self.init(
                code: "unexpected", message: "a result could not be written as JSON: a value is not a finite number",
                location: "command line", fix: "report it as a bug with the command line")
        default:
            if let fileSystem = Self.fileSystem(error) {
                self = fileSystem
            } else {
                self.init(
                    code: "unexpected", message: "\(error)", location: "command line",
                    fix: "if the message does not say what to change, report it as a bug with the command line")
            }
        }
    }

    /// A file-system error (`NSCocoaErrorDomain`, `NSPOSIXErrorDomain`) in words: what failed, on which path.
    static func fileSystem(_ error: any Error) -> UserError? {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
        let path =
            (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
            ?? "a file"
        var posix = ns.domain == NSPOSIXErrorDomain ? ns.code : nil
        if posix == nil, let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            posix = underlying.code
        }
        let reason: String
        switch (ns.domain == NSCocoaErrorDomain ? ns.code : -1, posix.map(Int32.init)) {
        case (_, ENOSPC?), (CocoaError.fileWriteOutOfSpace.rawValue, _): reason = "the disk is full"
        case (_, EROFS?), (CocoaError.fileWriteVolumeReadOnly.rawValue, _): reason = "the file system is read-only"
        case (_, EACCES?), (_, EPERM?), (CocoaError.fileWriteNoPermission.rawValue, _),
            (CocoaError.fileReadNoPermission.rawValue, _):
            reason = "permission denied"
        case (_, ENOENT?), (CocoaError.fileNoSuchFile.rawValue, _), (CocoaError.fileReadNoSuchFile.rawValue, _):
            reason = "no such file or folder"
        case (_, ENOTDIR?): reason = "a part of the path is a file, not a folder"
        case (_, EISDIR?): reason = "it is a folder"
        case (_, let code?): reason = String(cString: strerror(code)).lowercased()
        case (CocoaError.fileReadCorruptFile.rawValue, _), (CocoaError.fileReadInapplicableStringEncoding.rawValue, _):
            reason = "the file is damaged or not text"
        default: reason = "the operation failed (\(ns.domain) \(ns.code))"
        }
        return UserError(
            code: "fileSystem", message: "cannot read or write '\(path)': \(reason)", location: path,
            fix: "check that the folder exists, that you may write to it and that the disk has room; "
                + "or give another path")
    }

    /// A `DecodingError` as "missing field 'spec.runs'" and the like.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context, _ last: (any CodingKey)? = nil) -> String {
            let keys = context.codingPath + (last.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "(top level)" : text)
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field '\(path(context, key))'"
        case .valueNotFound(_, let context): return "field '\(path(context))' is null"
        case .typeMismatch(_, let context): return "field '\(path(context))' has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "field '\(path(context))' has an invalid value"
        @unknown default: return "the file does not have the expected fields"
        }
    }

    /// A usage error found by the argument parser (`Missing expected argument`, a `validate()` refusal).
    static func usage(_ error: any Error) -> UserError {
        let message = Balloon.message(for: error)
        let lines = Balloon.fullMessage(for: error).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let usage = lines.first { $0.hasPrefix("Usage: ") }.map { String($0.dropFirst("Usage: ".count)) }
        let help =
            lines.first { $0.hasPrefix("See '") }.flatMap { $0.split(separator: "'").dropFirst().first }
            .map(String.init) ?? "balloon --help"
        let name = help.replacingOccurrences(of: " --help", with: "")
        return UserError(
            code: "usage", message: message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message,
            location: "command line (\(name))",
            fix: "see `\(help)`" + (usage.map { "; usage: \($0)" } ?? ""))
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}

/// Prints `error` in the one shape on standard error; the caller throws the returned exit code (2).
func report(_ error: any Error) -> ExitCode {
    var standardError = FileHandle.standardError
    print(UserError(error), to: &standardError)
    return ExitCode(2)
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) { write(Data(string.utf8)) }
}
