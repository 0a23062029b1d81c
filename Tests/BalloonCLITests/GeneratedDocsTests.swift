import BalloonOutput
import Foundation
import Testing

/// Pages generated from the code stay in step with it: a parameter whose value, range or source changes
/// must change its documentation in the same commit.
struct GeneratedDocsTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs")

    @Test func theParameterPageIsTheCatalogAsPrinted() throws {
        let page = try String(contentsOf: Self.docs.appendingPathComponent("parameters.md"), encoding: .utf8)
        #expect(
            page == ParameterTable.markdown(),
            "docs/parameters.md is out of date: regenerate it with `swift run -c release balloon parameters --markdown > docs/parameters.md`"
        )
    }
}
