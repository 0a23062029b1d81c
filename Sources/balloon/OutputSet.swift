import BalloonModel
import Foundation

/// The files one command writes into `--out`, made to appear together or not at all (docs/outputs.md,
/// "Complete file sets").
///
/// Files are first written whole into a staging folder inside the output folder
/// (`.balloon-tmp-<pid>-<random>-<host>/new/`), with a manifest, `<set>.manifest.json`, that lists every file with
/// its size and hash. Committing then renames them into place one by one, the manifest last: a set whose manifest
/// is present and whose files match it is complete. A file the commit replaces is first moved aside into the
/// staging folder (`old/`), so a commit that fails half-way is rolled back to the files that were there before, and
/// so is one that was killed, the next time any Balloon command uses the folder (`cleanLeftovers`). Nothing
/// outside the set's own file names and the staging folder is ever touched.
final class OutputSet {
    /// The folder the set is committed into (`--out`).
    let folder: URL
    /// The set's name: its manifest is `<name>.manifest.json`.
    let name: String
    /// The staging folder, removed when the set is committed or given up.
    let staging: URL
    /// File names in the order they were staged.
    private(set) var names: [String] = []
    /// Called with a file name before each rename of the commit; lets tests interrupt a commit between two renames.
    var beforeMove: ((String) throws -> Void)?

    static let stagingPrefix = ".balloon-tmp-"
    static let manifestSuffix = ".manifest.json"
    static let manifestSchema = "balloon.manifest/1"

    var manifestName: String { name + Self.manifestSuffix }

    /// Opens a set named `name` in `folder` (created if needed), after cleaning up what killed runs left there.
    init(folder: String, name: String) throws {
        self.folder = URL(fileURLWithPath: folder)
        self.name = name
        try FileManager.default.createDirectory(at: self.folder, withIntermediateDirectories: true)
        Self.cleanLeftovers(in: folder)
        staging = self.folder.appendingPathComponent(Self.stagingName())
        Self.markActive(staging.lastPathComponent)
        do {
            try FileManager.default.createDirectory(
                at: staging.appendingPathComponent("new"), withIntermediateDirectories: true)
        } catch {
            discard()
            throw error
        }
    }

    /// The path a file of the set has while it is staged (for tools such as the PDF engine that write files themselves).
    func stagedPath(_ fileName: String) -> String { staging.appendingPathComponent("new/" + fileName).path }

    /// The path a file of the set will have once committed.
    func finalPath(_ fileName: String) -> String { folder.appendingPathComponent(fileName).path }

    /// Writes `contents` as `fileName` into the staging folder.
    func add(_ fileName: String, contents: String) throws {
        try add(fileName, data: Data(contents.utf8))
    }

    func add(_ fileName: String, data: Data) throws {
        precondition(!fileName.contains("/") && fileName != manifestName, "a set's files are plain names: \(fileName)")
        try data.write(to: URL(fileURLWithPath: stagedPath(fileName)))
        if !names.contains(fileName) { names.append(fileName) }
    }

    /// Records a file some other tool already wrote at `stagedPath(fileName)`.
    func adopt(_ fileName: String) {
        precondition(FileManager.default.fileExists(atPath: stagedPath(fileName)), "\(fileName) was not staged")
        if !names.contains(fileName) { names.append(fileName) }
    }

    /// Moves every staged file into the folder, the manifest last; returns the final paths (manifest last).
    /// On failure, the folder is left as it was before and the error is rethrown.
    @discardableResult
    func commit() throws -> [String] {
        do {
            let manifest = try Self.manifest(
                name: name, files: names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: stagedPath($0)))) })
            try manifest.write(to: URL(fileURLWithPath: stagedPath(manifestName)))
            // The journal marks the staging as complete: from here on a killed commit is rolled back.
            let journal = staging.appendingPathComponent("journal.json")
            try JSONEncoder().encode(names + [manifestName]).write(to: journal, options: .atomic)
            let old = staging.appendingPathComponent("old")
            try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
            // The previous manifest goes first, so no manifest vouches for a mix of old and new files.
            try moveAside(manifestName, into: old)
            for fileName in names {
                try beforeMove?(fileName)
                try moveAside(fileName, into: old)
                try Self.move(URL(fileURLWithPath: stagedPath(fileName)), to: folder.appendingPathComponent(fileName))
            }
            try beforeMove?(manifestName)
            try Self.move(
                URL(fileURLWithPath: stagedPath(manifestName)), to: folder.appendingPathComponent(manifestName))
        } catch let crash as SimulatedCrash {
            Self.markInactive(staging.lastPathComponent)
            throw crash
        } catch {
            Self.rollBack(staging, in: folder)
            Self.markInactive(staging.lastPathComponent)
            throw error
        }
        discard()
        return (names + [manifestName]).map(finalPath)
    }

    /// Writes a file that is a set by itself (a shard's partial result, a ledger): whole under a staging name in
    /// its folder, then renamed over `path`, so a kill leaves at most a staging file that the next run removes.
    static func writeAlone(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(stagingName())
        do {
            try data.write(to: temporary)
            try move(temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Gives the set up: removes the staging folder and whatever it holds. Files already in the folder stay.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
        Self.markInactive(staging.lastPathComponent)
    }

    private func moveAside(_ fileName: String, into old: URL) throws {
        let current = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: current.path) else { return }
        try Self.move(current, to: old.appendingPathComponent(fileName))
    }

    /// A commit interrupted the way a kill would: no rollback, the staging folder stays (tests only).
    struct SimulatedCrash: Error {}
}

extension OutputSet {
    /// The manifest of a set: every file's name, size in bytes and FNV-1a hash, in staging order.
    static func manifest(name: String, files: [(String, Data)]) throws -> Data {
        struct Entry: Encodable {
            let name: String
            let bytes: Int
            let fnv1a64: String
        }
        struct Manifest: Encodable {
            let schema: String
            let set: String
            let modelVersion: String
            let files: [Entry]
        }
        let entries = files.map { name, data in
            var hash = ContentHash()
            hash.add(data)
            return Entry(name: name, bytes: data.count, fnv1a64: hash.hex)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let manifest = Manifest(schema: manifestSchema, set: name, modelVersion: Balloon.version, files: entries)
        return try encoder.encode(manifest) + Data("\n".utf8)
    }

    /// Whether the set named `name` in `folder` is complete: its manifest is there and every file it lists has the
    /// listed size and hash.
    static func isComplete(_ name: String, in folder: String) -> Bool {
        struct Entry: Decodable {
            let name: String
            let bytes: Int
            let fnv1a64: String
        }
        struct Manifest: Decodable {
            let schema: String
            let files: [Entry]
        }
        let base = URL(fileURLWithPath: folder)
        guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(name + manifestSuffix).path),
            let manifest = try? JSONDecoder().decode(Manifest.self, from: data), manifest.schema == manifestSchema
        else { return false }
        return manifest.files.allSatisfy { entry in
            guard !entry.name.contains("/"),
                let contents = FileManager.default.contents(atPath: base.appendingPathComponent(entry.name).path)
            else { return false }
            var hash = ContentHash()
            hash.add(contents)
            return contents.count == entry.bytes && hash.hex == entry.fnv1a64
        }
    }
}

// MARK: - Leftovers of killed runs

extension OutputSet {
    /// Staging folders of this process that are still in use (so a second set in the same process keeps them).
    nonisolated(unsafe) private static var activeNames: Set<String> = []
    private static let lock = NSLock()

    fileprivate static func markActive(_ name: String) { lock.withLock { _ = activeNames.insert(name) } }
    fileprivate static func markInactive(_ name: String) { lock.withLock { _ = activeNames.remove(name) } }
    private static func isActive(_ name: String) -> Bool { lock.withLock { activeNames.contains(name) } }

    /// Staging entries older than this are removed whatever their host: a run on another machine sharing the
    /// folder (a cluster's shards) cannot be asked whether it still runs.
    static let abandonedAfter: TimeInterval = 24 * 3600

    /// A fresh staging name: `.balloon-tmp-<pid>-<random>-<host>`.
    static func stagingName() -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return stagingPrefix + "\(getpid())-\(random)-\(host)"
    }

    /// This machine's name, reduced to characters safe in a file name.
    static let host: String = {
        let name = ProcessInfo.processInfo.hostName
        let safe = String(
            name.unicodeScalars.map {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == ".")
                    ? Character($0) : "_"
            })
        return safe.isEmpty ? "localhost" : String(safe.prefix(64))
    }()

    /// Whether the staging entry `entryName` belongs to a run that is over (killed, or crashed): one of this
    /// machine whose process is gone (or is this process but no longer in use), or any older than `abandonedAfter`.
    static func isLeftover(_ entryName: String, modified: Date?) -> Bool {
        guard entryName.hasPrefix(stagingPrefix) else { return false }
        if let modified, Date().timeIntervalSince(modified) > abandonedAfter { return true }
        let parts = entryName.dropFirst(stagingPrefix.count).split(separator: "-", maxSplits: 2).map(String.init)
        guard parts.count == 3, let pid = Int32(parts[0]), parts[2] == host else { return false }
        if pid == getpid() { return !isActive(entryName) }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Removes what killed runs left in `folder`: staging folders (rolled back first, so a half-committed set
    /// gets its previous files back) and write probes. Errors are ignored: leftovers are skipped by readers anyway.
    static func cleanLeftovers(in folder: String) {
        let base = URL(fileURLWithPath: folder)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(stagingPrefix) {
            let url = base.appendingPathComponent(entry)
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            guard isLeftover(entry, modified: modified) else { continue }
            rollBack(url, in: base)
        }
    }

    /// Undoes a commit that did not reach its manifest and removes the staging folder.
    ///
    /// The journal lists the set's files: one no longer staged was moved into the folder by the commit and is
    /// removed; one in `old/` was displaced by it and is put back. Without a journal the commit never began. With
    /// the manifest gone from `new/`, the commit finished and only the staging folder is left to remove.
    static func rollBack(_ staging: URL, in folder: URL) {
        defer { try? FileManager.default.removeItem(at: staging) }
        guard let data = FileManager.default.contents(atPath: staging.appendingPathComponent("journal.json").path),
            let names = try? JSONDecoder().decode([String].self, from: data), let manifest = names.last
        else { return }
        let new = staging.appendingPathComponent("new"), old = staging.appendingPathComponent("old")
        guard FileManager.default.fileExists(atPath: new.appendingPathComponent(manifest).path) else { return }
        for name in names where !name.contains("/") {
            let current = folder.appendingPathComponent(name)
            if !FileManager.default.fileExists(atPath: new.appendingPathComponent(name).path) {
                try? FileManager.default.removeItem(at: current)
            }
            let displaced = old.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: displaced.path) { try? move(displaced, to: current) }
        }
    }

    /// `rename(2)`: atomic, and replaces `destination` if it exists.
    static func move(_ source: URL, to destination: URL) throws {
        guard rename(source.path, destination.path) == 0 else {
            throw CocoaError(
                .fileWriteUnknown,
                userInfo: [
                    NSFilePathErrorKey: destination.path,
                    NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(errno)),
                ])
        }
    }
}
