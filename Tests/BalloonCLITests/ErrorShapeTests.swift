import BalloonModel
import Foundation
import Testing

@testable import balloon

/// Every error the command line prints has one shape (`UserError`): `error[code]: message`, then `--> location`,
/// then `fix: …`, and exits with 2; no `Error Domain=…` or Swift `keyNotFound(…)` dump reaches the user.
struct ErrorShapeTests {
    /// Whether `text` is exactly one error in the shape, with a non-empty code, message, location and fix.
    static func isOneError(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count == 4, lines[3].isEmpty else { return false }
        guard lines[0].hasPrefix("error["), let close = lines[0].firstIndex(of: "]"),
            lines[0][close...].hasPrefix("]: "),
            lines[0].count > lines[0].distance(from: lines[0].startIndex, to: close) + 3
        else { return false }
        let code = lines[0][lines[0].index(lines[0].startIndex, offsetBy: 6)..<close]
        return !code.isEmpty && code.allSatisfy { $0.isLetter } && lines[1].hasPrefix("  --> ") && lines[1].count > 6
            && lines[2].hasPrefix("  fix: ") && lines[2].count > 7
    }

    static let dumps = [
        "Error Domain", "NSCocoaErrorDomain", "UserInfo=", "keyNotFound", "typeMismatch", "CodingKeys",
        "dataCorrupted", "Swift.DecodingError",
    ]

    static func expectOneError(
        _ arguments: [String], mentions: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let (status, output, errors) = try CLITests.runBinary(arguments)
        #expect(status == 2, "exit \(status) for \(arguments)", sourceLocation: sourceLocation)
        #expect(
            isOneError(errors), "not the one error shape for \(arguments):\n\(errors)", sourceLocation: sourceLocation)
        for dump in dumps { #expect(!errors.contains(dump), "\(arguments): \(errors)", sourceLocation: sourceLocation) }
        if let mentions {
            #expect(errors.contains(mentions), "\(arguments): \(errors)", sourceLocation: sourceLocation)
        }
        #expect(!output.contains("Wrote"), "\(arguments) wrote files: \(output)", sourceLocation: sourceLocation)
    }

    /// A shard file of a two-member ensemble, written by the binary.
    static func shard(in directory: String) throws -> String {
        let (status, _, errors) = try CLITests.runBinary(
            ["run", "history", "--to", "2003", "--ensemble", "2", "--shard", "0/1", "--out", directory])
        #expect(status == 0, "\(errors)")
        return directory + "/history.ensemble.shard-0-of-1.json"
    }

    @Test func damagedInputFilesAreReportedInTheOneShape() throws {
        let directory = CLITests.temporaryDirectory()
        let out = directory + "/out"
        let truncatedPosterior = directory + "/truncated-posterior.json"
        try #"{"kind": "posterior", "draws": [{"values": {"#.write(
            toFile: truncatedPosterior, atomically: true, encoding: .utf8)
        let fieldlessPosterior = directory + "/fieldless-posterior.json"
        try #"{"kind": "posterior"}"#.write(toFile: fieldlessPosterior, atomically: true, encoding: .utf8)
        let shard = try Self.shard(in: directory + "/shards")
        let shardData = try Data(contentsOf: URL(fileURLWithPath: shard))
        var object = try #require(try JSONSerialization.jsonObject(with: shardData) as? [String: Any])
        object["payload"] = nil
        let withoutPayload = directory + "/no-payload.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: withoutPayload))
        let truncatedShard = directory + "/truncated-shard.json"
        try shardData.prefix(shardData.count / 2).write(to: URL(fileURLWithPath: truncatedShard))
        let badEnsemble = directory + "/bad.ensemble.json"
        try #"{"schema": 7, "scenario": "history"}"#.write(toFile: badEnsemble, atomically: true, encoding: .utf8)
        let notJSON = directory + "/not-json.json"
        try "\u{FF}\u{FE} not json".write(toFile: notJSON, atomically: true, encoding: .utf8)

        try Self.expectOneError(
            ["run", "history", "--to", "2003", "--ensemble", "2", "--posterior", truncatedPosterior, "--out", out],
            mentions: "truncated")
        try Self.expectOneError(
            ["run", "history", "--to", "2003", "--ensemble", "2", "--posterior", fieldlessPosterior, "--out", out],
            mentions: "missing field")
        try Self.expectOneError(
            [
                "compare", "history", "plan-peru", "--to", "2003", "--ensemble", "2", "--posterior", notJSON,
                "--out", out,
            ], mentions: "--posterior")
        try Self.expectOneError(["validate", "--posterior", truncatedPosterior], mentions: "--posterior")
        try Self.expectOneError(["merge", withoutPayload, "--out", out], mentions: "payload")
        try Self.expectOneError(["merge", truncatedShard, "--out", out], mentions: "truncated")
        try Self.expectOneError(
            ["report", "history", "--to", "2003", "--ensemble", badEnsemble, "--out", out],
            mentions: "--ensemble")
        try Self.expectOneError(["report", "history", "--to", "2003", "--ensemble", notJSON, "--out", out])
        try Self.expectOneError(
            ["report", "history", "--to", "2003", "--ledger", notJSON, "--out", out], mentions: "--ledger")
        #expect(!FileManager.default.fileExists(atPath: out + "/history.ensemble.csv"))
        #expect(!FileManager.default.fileExists(atPath: out + "/report_history.html"))
    }

    @Test func outputFoldersThatCannotTakeTheFilesAreReportedInTheOneShapeBeforeTheRun() throws {
        let directory = CLITests.temporaryDirectory()
        let file = directory + "/a-file"
        FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        // A folder this user cannot write to: a read-only one, or, for root (who writes anywhere), one under /proc.
        let readOnly: String
        if geteuid() == 0 {
            readOnly = "/proc/balloon-read-only-\(UUID().uuidString)"
        } else {
            readOnly = directory + "/read-only"
            try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly)
        }
        for out in [file, readOnly, "", "/dev/null", file + "/below-a-file"] {
            for command in [
                ["run", "history"], ["run", "history", "--ensemble", "2"], ["compare", "history", "plan-peru"],
                ["report", "history"], ["merge", "x.json"],
            ] {
                try Self.expectOneError(
                    command + ["--to", "2003", "--out", out].suffix(command.first == "merge" ? 2 : 4),
                    mentions: "--out")
            }
        }
        try Self.expectOneError(["validate", "--members", "2", "--json", directory], mentions: "--json")
        try Self.expectOneError(["calibrate", "--out", file + "/below-a-file"], mentions: "--out")
    }

    @Test func usageErrorsAndRefusedOptionsAreInTheOneShape() throws {
        for arguments in [
            ["frobnicate"], ["run"], ["run", "history", "--seed", "minus"], ["compare", "history"],
            ["run", "history", "--ensemble", "-1"], ["validate", "--markdown"], ["report", "history", "--paper", "a5"],
            ["run", "plan-peruu"], ["data", "no-such-series"], ["run", "history", "--threads", "0", "--ensemble", "2"],
        ] {
            try Self.expectOneError(arguments)
        }
    }

    @Test func fileSystemAndDecodingErrorsAreTranslatedNotDumped() throws {
        let write = CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: "/x/history.csv"])
        let shaped = UserError(write)
        #expect(
            shaped.code == "fileSystem" && shaped.location == "/x/history.csv"
                && shaped.message.contains("permission denied"))
        let posix = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC), userInfo: [NSFilePathErrorKey: "/x/a.json"])
        #expect(UserError(posix).message.contains("the disk is full"))
        struct Probe: Decodable { let schema: String }
        let decoding = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Probe.self, from: Data("{}".utf8))
        }
        let decoded = UserError(decoding)
        #expect(decoded.message == "missing field 'schema'")
        // A value JSON cannot hold is Balloon's bug, not a path problem (it once read "cannot read or write 'a file'").
        let encoding = try #require(throws: EncodingError.self) { try JSONEncoder().encode([Double.infinity]) }
        let encoded = UserError(encoding)
        #expect(encoded.code == "unexpected" && encoded.message.contains("not a finite number"), "\(encoded)")
        for error in [UserError(write), UserError(posix), decoded, encoded] {
            #expect(Self.isOneError(error.description + "\n"), "\(error)")
            for dump in Self.dumps { #expect(!error.description.contains(dump), "\(error)") }
        }
    }
}
