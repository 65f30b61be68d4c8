// The preview's HTTP server on 127.0.0.1 (FlyingFox): `GET /` the page, `GET /events` the renders as server-sent
// events, `GET /picture/NAME` the pictures, all from memory. It never renders: it only reads `PreviewState`.

import Foundation
import FlyingFox
import FlyingSocks

/// The server could not start (the port is taken, say); the message says why.
public struct PreviewServerError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

public enum PreviewServer {
    /// Starts serving `state` on 127.0.0.1:`port` (0: a free port the system picks), on Swift's concurrency threads,
    /// and returns once it listens, with its port. The server runs until the process ends.
    public static func start(_ state: PreviewState, port: UInt16) throws -> UInt16 {
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        let server = HTTPServer(config: .init(address: address, logger: .disabled), handler: PreviewRoutes(state: state))
        let outcome = StartOutcome()
        Task {
            do { try await server.run() } catch { outcome.settle(.failure(error)) }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 30)
                if case .ip4(_, let listening)? = await server.listeningAddress { outcome.settle(.success(listening)) }
            } catch {
                outcome.settle(.failure(error))
            }
        }
        switch outcome.wait() {
        case .success(let listening):
            return listening
        case .failure(let error):
            var reason = error.localizedDescription
            if case .failed(_, _, let message)? = error as? SocketError { reason = message }
            throw PreviewServerError(description: "cannot serve on 127.0.0.1:\(port): \(reason)")
        }
    }
}

/// The first of the server's start or failure, for the thread that waits for it.
private final class StartOutcome: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<UInt16, any Error>?

    func settle(_ value: Result<UInt16, any Error>) {
        condition.withLock {
            if result == nil { result = value }
            condition.broadcast()
        }
    }

    func wait() -> Result<UInt16, any Error> {
        condition.withLock {
            while result == nil { condition.wait() }
            return result!
        }
    }
}

/// The routes. A request whose Host is not this machine's loopback name is refused, so that a web page elsewhere
/// cannot read the preview through a host name it points at 127.0.0.1 (DNS rebinding).
struct PreviewRoutes: HTTPHandler {
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard Self.isLoopback(host: request.headers[.host]) else {
            return Self.text(.forbidden, "briefkit preview answers only to 127.0.0.1 and localhost\n")
        }
        guard request.method == .GET else {
            return Self.text(.methodNotAllowed, "only GET\n")
        }
        if request.path == "/events" { return PreviewEvents.response(state) }
        let snapshot = state.snapshot
        if request.path == "/" {
            return HTTPResponse(statusCode: .ok, headers: Self.headers("text/html; charset=utf-8"),
                                body: Data(PreviewPage.html(file: state.file, snapshot).utf8))
        }
        let prefix = "/picture/"
        if request.path.hasPrefix(prefix),
           let picture = snapshot.pictures.first(where: { $0.name == request.path.dropFirst(prefix.count) }) {
            return HTTPResponse(statusCode: .ok, headers: Self.headers(picture.mediaType), body: Data(picture.bytes))
        }
        return Self.text(.notFound, "not found\n")
    }

    /// Every page and picture: never from a cache (each render has its own address anyway), no guessing of
    /// types, nothing from anywhere else (the pictures and the page's own style and script only).
    static func headers(_ type: String) -> HTTPHeaders {
        [.contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff",
         HTTPHeader("Content-Security-Policy"): "default-src 'none'; img-src 'self'; connect-src 'self'; "
            + "style-src 'unsafe-inline'; script-src 'unsafe-inline'"]
    }

    static func text(_ status: HTTPStatusCode, _ body: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: headers("text/plain; charset=utf-8"), body: Data(body.utf8))
    }

    /// Whether a Host header names 127.0.0.1 or localhost (any port).
    static func isLoopback(host: String?) -> Bool {
        guard let host else { return false }
        let name = host.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return name == "127.0.0.1" || name == "localhost"
    }
}
