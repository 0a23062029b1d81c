import Foundation

/// An output folder that cannot take the files, found before any computation starts.
struct OutputFolderError: Error, CustomStringConvertible {
    let option: String
    let path: String
    let reason: String

    var description: String { UserError(self).description }
}

enum OutputFolder {
    /// Creates `path` if needed, cleans up what killed runs left in it, and proves it writable with a probe file
    /// that is removed again, so a run that would fail at the end fails at the start, with a message instead of a
    /// system error dump.
    static func check(_ path: String, option: String = "--out") throws(OutputFolderError) {
        guard !path.isEmpty else { throw OutputFolderError(option: option, path: path, reason: "the path is empty") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw OutputFolderError(option: option, path: path, reason: "it is a file, not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputFolderError(option: option, path: path, reason: "the folder cannot be created")
        }
        // What killed runs left here goes first (docs/outputs.md, "Complete file sets"). The probe has a
        // staging name, so a kill right now leaves nothing the next run would not clean up.
        OutputSet.cleanLeftovers(in: path)
        let probe = URL(fileURLWithPath: path).appendingPathComponent(OutputSet.stagingName())
        do {
            try Data().write(to: probe)
            try FileManager.default.removeItem(at: probe)
        } catch {
            throw OutputFolderError(option: option, path: path, reason: "the folder is not writable")
        }
    }

    /// Checks that a single output file (`--json FILE`, `calibrate --out FILE`) can be written, before the work:
    /// not a folder, and its folder writable.
    static func checkFile(_ path: String, option: String) throws(UserError) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let reason: String?
        if path.isEmpty || path.hasSuffix("/") {
            reason = "the path names no file"
        } else if exists && isDirectory.boolValue {
            reason = "it is a folder"
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try check(folder, option: option)
                reason = nil
            } catch {
                reason = "its folder cannot take it (\(error.reason))"
            }
        }
        if let reason {
            throw UserError(
                code: "outputFile", message: "'\(path)' cannot be written: \(reason)",
                location: "\(option) '\(path)'", fix: "give \(option) a file path in a folder you can write to")
        }
    }
}
