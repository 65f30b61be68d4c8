// The preview's HTTP server on 127.0.0.1 (Hummingbird): `GET /` the page, `GET /events` the renders as server-sent
// events, `GET /picture/NAME` the pictures, all from memory. It never renders: it only reads `PreviewState`.

import Foundation
import Hummingbird
import Logging
import NIOCore

/// The server could not start (the port is taken, say); the message says why.
package struct PreviewServerError: Error, CustomStringConvertible, Sendable {
    package var description: String
}

package enum PreviewServer {
    /// Starts serving `state` on 127.0.0.1:`port` (0: a free port the system picks), on Swift's concurrency threads
    /// and NIO's, and returns once it listens, with its port. The server runs until the process ends (it installs no
    /// signal handler: Ctrl-C ends the process as it would any command).
    package static func start(_ state: PreviewState, port: UInt16) throws -> UInt16 {
        var logger = Logger(label: "briefkit-preview")
        logger.logLevel = .critical
        let outcome = StartOutcome()
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in PreviewRoutes.respond(to: request, state) },
            configuration: .init(address: .hostname("127.0.0.1", port: Int(port))),
            onServerRunning: { channel in outcome.settle(.success(UInt16(channel.localAddress?.port ?? 0))) },
            logger: logger)
        Task {
            do { try await app.run() } catch { outcome.settle(.failure(error)) }
        }
        switch outcome.wait() {
        case .success(let listening):
            return listening
        case .failure(let error):
            let reason = (error as? IOError).map { String(cString: strerror($0.errnoCode)) } ?? "\(error)"
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
enum PreviewRoutes {
    static func respond(to request: Request, _ state: PreviewState) -> Response {
        guard isLoopback(host: request.head.authority) else {
            return text(.forbidden, "briefkit preview answers only to 127.0.0.1 and localhost\n")
        }
        guard request.method == .get else { return text(.methodNotAllowed, "only GET\n") }
        let path = request.uri.path
        if path == "/events" { return PreviewEvents.response(state) }
        let snapshot = state.snapshot
        if path == "/" {
            return bytes(Array(PreviewPage.html(file: state.file, snapshot).utf8), type: "text/html; charset=utf-8")
        }
        let prefix = "/picture/"
        if path.hasPrefix(prefix), let picture = snapshot.pictures.first(where: { $0.name == path.dropFirst(prefix.count) }) {
            return bytes(picture.bytes, type: picture.mediaType)
        }
        return text(.notFound, "not found\n")
    }

    /// Every page and picture: never from a cache (each render has its own address anyway), no guessing of
    /// types, nothing from anywhere else (the pictures and the page's own style and script only).
    static func headers(_ type: String) -> HTTPFields {
        var fields: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        fields[.xContentTypeOptions] = "nosniff"
        fields[.contentSecurityPolicy] = "default-src 'none'; img-src 'self'; connect-src 'self'; "
            + "style-src 'unsafe-inline'; script-src 'unsafe-inline'"
        return fields
    }

    static func bytes(_ body: [UInt8], type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers(type), body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        bytes(Array(body.utf8), type: "text/plain; charset=utf-8", status: status)
    }

    /// Whether a Host names 127.0.0.1 or localhost (any port).
    static func isLoopback(host: String?) -> Bool {
        guard let host else { return false }
        let name = host.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return name == "127.0.0.1" || name == "localhost"
    }
}
