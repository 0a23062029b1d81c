import ArgumentParser
import BalloonStore
import Foundation

/// Where the run store is (docs/store.md): `--store PATH`, else `$BALLOON_STORE`, else
/// `$XDG_DATA_HOME/balloon/runs.sqlite`, else `~/.local/share/balloon/runs.sqlite`.
struct StoreLocationOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The run store: a SQLite file, or a PostgreSQL URL postgres://USER:PASSWORD@HOST:PORT/DATABASE.",
            discussion:
                "Default: $BALLOON_STORE, else $XDG_DATA_HOME/balloon/runs.sqlite, else ~/.local/share/balloon/runs.sqlite."
        ))
    var store: String?

    /// The store's path, with the option or variable that chose it (for error messages).
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) -> (path: String, from: String) {
        if let store { return (store, "--store") }
        if let variable = environment["BALLOON_STORE"], !variable.isEmpty { return (variable, "$BALLOON_STORE") }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return (data + "/balloon/runs.sqlite", "$XDG_DATA_HOME")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home + "/.local/share/balloon/runs.sqlite", "the default store (~/.local/share/balloon)")
    }

    /// The store for messages: the path, or a PostgreSQL URL without its password.
    func displayName(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let path = resolved(environment: environment).path
        guard PostgresRunStore.isURL(path), var components = URLComponents(string: path) else { return path }
        if components.password != nil { components.password = "…" }
        return components.string ?? "a PostgreSQL store"
    }

    /// Where `balloon serve` keeps job files and saved scenarios when `--files` is not given: beside a SQLite
    /// store; for a PostgreSQL store (which has no folder) `$XDG_DATA_HOME/balloon/serve-files`, else
    /// `~/.local/share/balloon/serve-files`.
    func defaultFilesFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let path = resolved(environment: environment).path
        guard PostgresRunStore.isURL(path) else {
            return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("serve-files").path
        }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/balloon/serve-files" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/balloon/serve-files"
    }

    /// Opens the store: a PostgreSQL database for a `postgres://` URL, else a SQLite file.
    /// - Throws: `UserError` naming the path, where it came from, and the fix.
    func open() throws(UserError) -> any RunStore {
        let (path, from) = resolved()
        do {
            return PostgresRunStore.isURL(path) ? try PostgresRunStore(url: path) : try SQLiteRunStore(path: path)
        } catch {
            throw UserError(store: error, from: from)
        }
    }
}

/// `run` and `compare`: the store location, and `--no-store` to record nothing.
struct StoreOptions: ParsableArguments {
    @OptionGroup var location: StoreLocationOptions

    @Flag(help: "Do not record this run in the run store.")
    var noStore = false

    /// The store to record in, or nil with --no-store.
    func open() throws(UserError) -> (any RunStore)? {
        noStore ? nil : try location.open()
    }
}
