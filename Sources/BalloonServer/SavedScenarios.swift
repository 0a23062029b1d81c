import Crypto
import Foundation
import HTTPTypes

/// Scenarios saved through the workbench, in a folder the server owns. A file's name is the SHA-256 of the
/// scenario's name (which must match `pattern` first), so no name sent by a client ever becomes a path; the name
/// itself is read back from the file's `name` key.
package final class SavedScenarios: @unchecked Sendable {
    /// At most this many characters.
    static let maxLength = 48
    /// Saved scenarios one server keeps.
    static let capacity = 200

    private let folder: URL
    private let lock = NSLock()
    /// The folder's scenarios as last read; only this server writes the folder, so saving and deleting reset it.
    private var listing: [(name: String, text: String)]?

    package init(folder: URL) {
        self.folder = folder
    }

    /// Whether `name` may name a saved scenario: lower-case ASCII letters, digits and single hyphens, starting
    /// with a letter and not ending with a hyphen, at most `maxLength` characters.
    package static func isAcceptable(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= maxLength,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
            bytes.last != UInt8(ascii: "-")
        else { return false }
        let allowed = Set(Array("abcdefghijklmnopqrstuvwxyz0123456789-".utf8))
        return bytes.allSatisfy(allowed.contains) && !name.contains("--")
    }

    /// The saved names with their text, sorted by name.
    package func all() -> [(name: String, text: String)] {
        lock.withLock {
            if let listing { return listing }
            let found =
                (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            let files = found.filter { $0.pathExtension == "toml" }.compactMap {
                file -> (name: String, text: String)? in
                guard let text = try? String(contentsOf: file, encoding: .utf8),
                    let name = ScenarioCatalog.declaredName(in: text),
                    file.lastPathComponent == self.file(for: name).lastPathComponent
                else { return nil }
                return (name: name, text: text)
            }.sorted { $0.name < $1.name }
            listing = files
            return files
        }
    }

    /// The text saved under `name`, if any.
    package func text(named name: String) -> String? {
        guard Self.isAcceptable(name) else { return nil }
        return lock.withLock { try? String(contentsOf: file(for: name), encoding: .utf8) }
    }

    /// Saves `text` (already validated) under `name`; returns whether it replaced an earlier version.
    /// - Throws: `APIError` 409 when the server keeps as many scenarios as it takes, 503 when it cannot write.
    package func save(_ text: String, as name: String) throws(APIError) -> Bool {
        precondition(Self.isAcceptable(name), "names are checked before saving")
        lock.lock()
        defer { lock.unlock() }
        let target = file(for: name)
        let existed = FileManager.default.fileExists(atPath: target.path)
        let count =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".toml") }
            .count ?? 0
        if !existed, count >= Self.capacity {
            throw APIError(
                .conflict, code: "tooManyScenarios",
                message: "this server keeps \(Self.capacity) saved scenarios already", field: "name",
                fix: "delete a saved scenario you no longer need (DELETE /api/scenarios/NAME)")
        }
        listing = nil
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: target, options: .atomic)
        } catch {
            throw APIError(
                .serviceUnavailable, code: "cannotSave", message: "the scenario could not be written: \(error)",
                field: "name", fix: "try again; if it persists, check the server's --files folder")
        }
        return existed
    }

    /// Deletes the scenario saved under `name`; returns whether there was one.
    package func delete(_ name: String) -> Bool {
        guard Self.isAcceptable(name) else { return false }
        return lock.withLock {
            listing = nil
            return (try? FileManager.default.removeItem(at: file(for: name))) != nil
        }
    }

    /// Where `name` is saved, for the workbench's `explain` (which reads a `.toml` path); nil when it is not.
    func path(named name: String) -> String? {
        guard Self.isAcceptable(name) else { return nil }
        let path = file(for: name).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    private func file(for name: String) -> URL {
        let digest = SHA256.hash(data: Data(name.utf8)).map { String(format: "%02x", $0) }.joined()
        return folder.appendingPathComponent(digest + ".toml")
    }
}
