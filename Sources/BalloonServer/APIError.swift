import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Every error the server answers, as JSON: what is wrong, which field, and how to fix it.
///
/// ```json
/// {"error": {"code": "unknownScenario", "message": "…", "field": "scenario", "fix": "…", "line": 4}}
/// ```
package struct APIError: Error, HTTPResponseError, Sendable {
    package let status: HTTPResponse.Status
    package let code: String
    package let message: String
    /// The request field, path segment, header or scenario key at fault.
    package let field: String
    package let fix: String
    /// For scenario text: the line at fault.
    package var line: Int?
    /// For 429: seconds to wait before trying again.
    package var retryAfter: Int?

    package init(
        _ status: HTTPResponse.Status, code: String, message: String, field: String, fix: String, line: Int? = nil
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.fix = fix
        self.line = line
    }

    /// A scenario that does not parse, at its line and key.
    package init(scenario error: ScenarioProblem, status: HTTPResponse.Status = .unprocessableContent) {
        self.init(
            status, code: error.code, message: error.message, field: error.field, fix: error.fix, line: error.line)
    }

    package var body: ErrorBody {
        ErrorBody(error: .init(code: code, message: message, field: field, fix: fix, line: line))
    }

    package struct ErrorBody: Codable, Sendable {
        package struct Detail: Codable, Sendable {
            package var code: String
            package var message: String
            package var field: String
            package var fix: String
            package var line: Int?
        }
        package var error: Detail
    }

    package func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let retryAfter { headers[.retryAfter] = "\(retryAfter)" }
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: JSONBody.encode(body))))
    }
}

/// JSON as the API writes it: sorted keys, so answers are stable.
enum JSONBody {
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: encode(value))))
    }
}
