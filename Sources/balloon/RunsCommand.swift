import ArgumentParser
import BalloonStore
import Foundation

/// `balloon runs list|show|export|delete`: the run store from the command line (docs/store.md).
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List, show, export or delete the runs kept in the run store.",
        discussion:
            "`balloon run` and `balloon compare` record every run there unless given --no-store. The store is --store PATH, else $BALLOON_STORE, else $XDG_DATA_HOME/balloon/runs.sqlite, else ~/.local/share/balloon/runs.sqlite.",
        subcommands: [List.self, Show.self, Export.self, Delete.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The stored runs, newest first.")

        @OptionGroup var location: StoreLocationOptions

        @Flag(help: "Print the runs as a JSON array (the listing's fields; `runs show` or `runs export` for the rest).")
        var json = false

        @Option(parsing: .unconditional, help: "Show at most this many runs.")
        var limit: Int?

        func run() throws {
            do {
                if let limit, limit < 1 {
                    throw UserError(
                        code: "invalidLimit", message: "--limit \(limit) is below 1", location: "--limit",
                        fix: "give a positive number, or leave --limit out for every run")
                }
                let store = try location.open()
                let runs = try store.runs(limit: limit)
                if json {
                    print(
                        String(decoding: try RunRecordDocument.encode(runs), as: UTF8.self), terminator: "")
                } else {
                    print(RunsText.table(runs, store: store.location))
                }
            } catch {
                throw report(error)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Everything stored about one run.")

        @Argument(help: "The run's id (see `balloon runs list`).")
        var id: String

        @OptionGroup var location: StoreLocationOptions

        func run() throws {
            do {
                let (store, record) = try RunsCommand.find(id, in: location)
                print(RunsText.details(record, summaryBytes: try store.summary(of: record.id)?.utf8.count))
            } catch {
                throw report(error)
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a run's record, scenarios, summary and files into a folder.",
            discussion:
                "Writes run-ID.record.json, run-ID.summary.json, each scenario as run-ID.scenario-K.toml and copies of the run's files that still exist, as one complete set (run-ID.manifest.json)."
        )

        @Argument(help: "The run's id (see `balloon runs list`).")
        var id: String

        @Option(help: "Output folder.")
        var out: String

        @OptionGroup var location: StoreLocationOptions

        func run() throws {
            do {
                try OutputFolder.check(out)
                let (store, record) = try RunsCommand.find(id, in: location)
                let (paths, missing) = try RunExport.write(record, summary: try store.summary(of: record.id), to: out)
                var standardError = FileHandle.standardError
                for file in missing {
                    print("warning: \(file) no longer exists; its path stays in the record", to: &standardError)
                }
                print("Wrote \(paths.joined(separator: " and "))")
            } catch {
                throw report(error)
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a run from the store (its files on disk are kept).")

        @Argument(help: "The run's id (see `balloon runs list`).")
        var id: String

        @OptionGroup var location: StoreLocationOptions

        func run() throws {
            do {
                let runID = try RunsCommand.parse(id)
                let store = try location.open()
                guard try store.delete(runID) else { throw StoreError.unknownRun(location: store.location, id: runID) }
                print("Deleted run \(runID) from \(store.location); its files on disk are kept.")
            } catch {
                throw report(error)
            }
        }
    }

    /// The run `text` names in the store.
    /// - Throws: `UserError` for an id that is not a number or not in the store.
    static func find(_ text: String, in location: StoreLocationOptions) throws -> (any RunStore, RunRecord) {
        let id = try parse(text)
        let store = try location.open()
        guard let record = try store.run(id) else { throw StoreError.unknownRun(location: store.location, id: id) }
        return (store, record)
    }

    static func parse(_ text: String) throws(UserError) -> RunID {
        guard let id = RunID(parsing: text) else {
            throw UserError(
                code: "invalidRunID", message: "'\(text)' is not a run id", location: "run id '\(text)'",
                fix: "give the number `balloon runs list` shows in its first column, e.g. `balloon runs show 3`")
        }
        return id
    }
}
