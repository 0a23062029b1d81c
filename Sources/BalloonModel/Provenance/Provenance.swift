/// What a reader needs to trace an output back to the run that made it: the model's version and commit,
/// hashes of the inputs, the seed and the exact command. Every file Balloon writes carries one
/// (docs/outputs.md says where).
public struct Provenance: Sendable, Codable, Equatable {
    /// A scenario by name and by the content hash of its resolved configuration.
    public struct ScenarioStamp: Sendable, Codable, Equatable {
        public var name: String
        /// FNV-1a of everything that makes the configuration run differently (parameters, policies, events,
        /// initial conditions, years and seed).
        public var contentHash: String

        public init(name: String, contentHash: String) {
            self.name = name
            self.contentHash = contentHash
        }

        enum CodingKeys: String, CodingKey {
            case name
            case contentHash = "content_hash"
        }
    }

    public var modelVersion: String
    /// `git rev-parse HEAD` of the source tree when the tool ran from a checkout, else "unknown".
    public var gitCommit: String
    /// FNV-1a over the bundled data files (names and bytes, in name order).
    public var dataHash: String
    /// FNV-1a over every catalogued parameter's name, default, range and unit.
    public var catalogHash: String
    /// Kind, size and content hash of the parameter ensemble; for single runs, the calibrated draw used.
    public var posterior: String
    public var scenarios: [ScenarioStamp]
    /// The seed of a single run, or the base seed of an ensemble (member k uses seed + k).
    public var seed: UInt64?
    /// The command line that reproduces the file.
    public var command: String

    public init(
        modelVersion: String, gitCommit: String, dataHash: String, catalogHash: String, posterior: String,
        scenarios: [ScenarioStamp], seed: UInt64?, command: String
    ) {
        self.modelVersion = modelVersion
        self.gitCommit = gitCommit
        self.dataHash = dataHash
        self.catalogHash = catalogHash
        self.posterior = posterior
        self.scenarios = scenarios
        self.seed = seed
        self.command = command
    }

    enum CodingKeys: String, CodingKey {
        case scenarios, seed, command, posterior
        case modelVersion = "model_version"
        case gitCommit = "git_commit"
        case dataHash = "data_hash"
        case catalogHash = "catalog_hash"
    }
}

/// FNV-1a, 64 bits, as 16 hex digits: a stable content hash (unlike `Hasher`, which is seeded per process).
///
/// Used to identify inputs, not to resist tampering; a hand-written FNV-1a keeps the model free of a
/// cryptography dependency (swift-crypto would add minutes to every clean build for no gain here).
public struct ContentHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01b3
        }
    }

    public mutating func add(_ text: String) { add(text.utf8) }

    /// Adds a 64-bit word's bytes, least significant first (a value's bit pattern, not its text).
    public mutating func add(_ word: UInt64) {
        var remaining = word
        for _ in 0..<8 {
            state ^= remaining & 0xff
            state = state &* 0x0000_0100_0000_01b3
            remaining >>= 8
        }
    }

    /// The hash so far as 16 lowercase hex digits.
    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of one text.
    public static func of(_ text: String) -> String {
        var hash = ContentHash()
        hash.add(text)
        return hash.hex
    }
}
