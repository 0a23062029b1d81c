import Foundation
import Testing

@testable import BalloonReport

/// The first page says how far to trust the model, before any figure, when the caller gives the status.
struct ValidationStatusReportTests {
    @Test func theStatusSitsInTheHeaderBeforeTheFirstSection() throws {
        var input = ReportFixtures.input([ReportFixtures.baseline()])
        input.validationStatus = ["Validation: 1 of 8 emergent facts reproduced.", "Second sentence."]
        let html = Report.html(input)
        let page = try ParsedHTML(html)
        let status = try #require(page.all("p").first { $0.attributes["class"] == "validation-status" })
        #expect(status.text.contains("1 of 8 emergent facts reproduced. Second sentence."))
        let statusAt = try #require(html.range(of: "validation-status")).lowerBound
        let firstSection = try #require(html.range(of: "<section")).lowerBound
        #expect(statusAt < firstSection)
    }

    @Test func noStatusGivenLeavesNoEmptyBox() {
        let html = Report.html(ReportFixtures.input([ReportFixtures.baseline()]))
        #expect(!html.contains("class=\"validation-status\""))
    }
}
