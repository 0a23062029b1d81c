import HTTPTypes
import Foundation

/// How `balloon serve` listens and what it allows: address, token, and the limits every request and job meets.
package struct ServerSettings: Sendable {
    package var host: String
    package var port: Int
    /// When set, anything that writes or runs needs `Authorization: Bearer <token>`.
    package var token: String?
    package var limits: ServerLimits

    package init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, limits: ServerLimits = .init()) {
        self.host = host
        self.port = port
        self.token = token
        self.limits = limits
    }

    /// Whether `host` only accepts connections from this machine.
    package static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        return lowered == "localhost" || lowered == "::1" || lowered == "[::1]" || lowered.hasPrefix("127.")
    }

    /// Refuses settings that would expose the workbench to other machines without a token, or that cannot work.
    package func check() throws(APIError) {
        guard (1...65535).contains(port) else {
            throw APIError(
                .badRequest, code: "invalidPort", message: "port \(port) is outside 1 to 65535", field: "--port",
                fix: "give a port such as --port 8080")
        }
        if let token, token.count < 16 {
            throw APIError(
                .badRequest, code: "weakToken",
                message: "the token has \(token.count) characters; at least 16 are needed",
                field: "--token", fix: "use a long random token, e.g. --token $(openssl rand -hex 16)")
        }
        if !Self.isLoopback(host), token == nil {
            throw APIError(
                .badRequest, code: "tokenRequired",
                message: "'\(host)' accepts connections from other machines, and no token was given", field: "--host",
                fix: "add --token TOKEN (clients then send Authorization: Bearer TOKEN to run or write), "
                    + "or listen on loopback with --host 127.0.0.1")
        }
    }
}

/// Bounds on what one request or job may ask for, so no client can exhaust the server.
package struct ServerLimits: Sendable {
    /// Largest request body accepted, in bytes.
    package var maxBodyBytes: Int = 256 * 1024
    /// Largest ensemble a job may run.
    package var maxEnsemble: Int = 200
    /// Jobs queued or running at once; one more is answered 429 with Retry-After.
    package var queueCapacity: Int = 8
    /// Jobs computed at the same time.
    package var workers: Int = 1
    /// Seconds a job may run before it is marked failed.
    package var jobSeconds: Double = 600
    /// Seconds a client is told to wait when the queue is full.
    package var retryAfterSeconds: Int = 30

    package init() {}
}
