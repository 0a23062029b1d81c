import Foundation

/// What the validation pages show, from the validation digest shipped with the posterior (`balloon validate
/// --regenerate .` writes it): the status in words, the fact ledger as the ledger file's JSON, and the report's
/// own rendering of the ledger and fit tables.
package struct ValidationContent: Codable, Sendable {
    /// How far to trust the model, in plain words (the sentences of the report's first page).
    package var status: [String]
    /// Whether the digest was computed on this build's posterior, parameter catalog and model; when false its
    /// numbers describe an earlier model and the page says so.
    package var current: Bool
    /// The command that computed the digest.
    package var command: String
    /// The ledger in the schema of `balloon validate --json` (docs/ledger.md), as far as the digest knows it.
    package var ledger: JSONValue
    /// The report's rendering of the ledger section and the forecast table (an HTML fragment; pages only).
    package var html: String

    enum CodingKeys: String, CodingKey {
        case status, current, command, ledger
    }

    package init(status: [String], current: Bool, command: String, ledger: JSONValue, html: String) {
        self.status = status
        self.current = current
        self.command = command
        self.ledger = ledger
        self.html = html
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode([String].self, forKey: .status)
        current = try container.decode(Bool.self, forKey: .current)
        command = try container.decode(String.self, forKey: .command)
        ledger = try container.decode(JSONValue.self, forKey: .ledger)
        html = ""
    }
}

/// A value computed on first use and kept, shared by every request; a failure is not kept, so the next request
/// tries again.
final class ComputedOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func get<Failure: Error>(_ compute: () throws(Failure) -> Value) throws(Failure) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let computed = try compute()
        value = computed
        return computed
    }
}
