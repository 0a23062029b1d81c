import Foundation

/// Keeps the tests' runs out of the real run store (~/.local/share/balloon): `balloon run` and `compare`, in
/// process or as a subprocess, record into one temporary store for the whole test process.
enum TestStore {
    /// The temporary store, named in `BALLOON_STORE` the first time any test helper runs.
    static let path: String = {
        let path = NSTemporaryDirectory() + "balloon-cli-store-\(UUID().uuidString)/runs.sqlite"
        setenv("BALLOON_STORE", path, 1)
        return path
    }()

    /// Makes sure `BALLOON_STORE` names the temporary store; every helper that runs a command calls it first.
    static func isolate() { _ = path }
}
