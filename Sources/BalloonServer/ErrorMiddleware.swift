import HTTPTypes
import Hummingbird
import Logging

/// Turns whatever a handler or the router throws into the one JSON error shape: unknown paths and methods,
/// Hummingbird's own errors, and (never expected) anything else, which is logged and answered 500 without details.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    @concurrent func handle(
        _ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            throw Self.translate(error, path: request.uri.path)
        } catch {
            context.logger.error("unexpected error on \(request.method) \(request.uri.path): \(error)")
            throw APIError(
                .internalServerError, code: "unexpected", message: "the server met an unexpected error",
                field: request.uri.path, fix: "report this as a bug with the request that caused it")
        }
    }

    static func translate(_ error: HTTPError, path: String) -> APIError {
        switch error.status {
        case .notFound:
            return APIError(
                .notFound, code: "notFound", message: "no page or endpoint at '\(path)'", field: "path",
                fix: "see /openapi.json for the API, or open / for the workbench")
        case .methodNotAllowed:
            return APIError(
                .methodNotAllowed, code: "methodNotAllowed", message: "'\(path)' does not take this method",
                field: "method", fix: "see /openapi.json for the methods each path takes")
        case .contentTooLarge:
            return APIError(
                .contentTooLarge, code: "bodyTooLarge", message: "the request body is too large", field: "body",
                fix: "send a smaller body (scenario files are a few kilobytes)")
        default:
            return APIError(
                error.status, code: "http\(error.status.code)", message: error.body ?? error.status.reasonPhrase,
                field: "request", fix: "see /openapi.json for what each endpoint takes")
        }
    }
}

/// With a token set, anything that writes or runs (every POST but validation) needs `Authorization: Bearer TOKEN`.
struct TokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String?

    /// Requests that read nothing and change nothing, though sent by POST.
    static var openPosts: Set<String> { ["/api/scenarios/validate"] }

    @concurrent func handle(
        _ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let token, Self.needsToken(request) else { return try await next(request, context) }
        guard let header = request.headers[.authorization], header == "Bearer \(token)" else {
            throw APIError(
                .unauthorized, code: "tokenRequired",
                message: request.headers[.authorization] == nil
                    ? "this server needs a token to run or write" : "the token does not match",
                field: "Authorization", fix: "send the header Authorization: Bearer TOKEN with the server's --token")
        }
        return try await next(request, context)
    }

    static func needsToken(_ request: Request) -> Bool {
        switch request.method {
        case .get, .head, .options: false
        default: !openPosts.contains(request.uri.path)
        }
    }
}
