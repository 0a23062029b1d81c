import Foundation
import Testing

/// `balloon validate` prints the response-sign score and writes the cells into the JSON ledger.
struct ValidateCLITests {
    @Test func validatePrintsTheResponseSignScoreAndTheLedgerCarriesEveryCell() throws {
        let path = CLITests.temporaryDirectory() + "/ledger.json"
        let (status, output, errors) = try CLITests.runBinary(["validate", "--members", "1", "--json", path])
        #expect(status == 0, "\(errors)")
        #expect(output.contains("Fact ledger"))
        #expect(
            output.range(
                of: #"response signs: \d+ of 47 cells pass, \d+ magnitude bands pass"#, options: .regularExpression)
                != nil)
        let object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        let signs = try #require(object?["response_signs"] as? [String: Any])
        #expect((signs["cells"] as? [[String: Any]])?.count == 47)
        #expect((signs["bands"] as? [[String: Any]])?.count == 7)
        #expect((signs["summary"] as? [String: Any])?["cells_total"] as? Int == 47)
    }

    @Test func markdownWithoutSignsIsRefusedWithTheFlagNamed() throws {
        let (status, _, errors) = try CLITests.runBinary(["validate", "--members", "1", "--markdown"])
        #expect(status != 0)
        #expect(errors.contains("--signs"))
    }
}
