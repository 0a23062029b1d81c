import Foundation

/// An output folder that cannot take the files, found before any computation starts.
struct OutputFolderError: Error, CustomStringConvertible {
    let option: String
    let path: String
    let reason: String

    var description: String {
        "\(option) '\(path)' cannot hold the output files: \(reason). "
            + "Fix: give \(option) a folder you can write to (it is created if missing), e.g. \(option) balloon-output"
    }
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
}
