// A minimal HTTP/1.1 client on 127.0.0.1 for the preview's tests: one GET and its whole response, or an event
// stream read message by message (chunked transfer decoded). Every wait has a deadline.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A response: status, headers (names in lower case) and body.
struct HTTPReply {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// One TCP connection to 127.0.0.1, read through a buffer.
final class LoopbackConnection {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw HarnessError(description: "connect to 127.0.0.1:\(port): \(reason)")
        }
    }

    deinit { close(fd) }

    func send(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw HarnessError(description: "send: \(String(cString: strerror(errno)))") }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Reads what comes within the deadline into the buffer; false at the end of the stream.
    private func fill(before deadline: Date) throws -> Bool {
        let left = deadline.timeIntervalSinceNow
        guard left > 0 else { throw HarnessError(description: "nothing came from the server in time") }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(min(left, 1) * 1000)) > 0 else { return true }
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return false }
        buffer += chunk[..<n]
        return true
    }

    /// The next line (ended by CRLF), without its end.
    func line(before deadline: Date) throws -> String {
        while true {
            if let end = buffer.firstIndex(of: 10) {
                let line = buffer[..<end].last == 13 ? buffer[..<(end - 1)] : buffer[..<end]
                buffer.removeFirst(end + 1)
                return String(decoding: line, as: UTF8.self)
            }
            guard try fill(before: deadline) else { throw HarnessError(description: "the connection ended mid-line") }
        }
    }

    /// The next `count` bytes.
    func bytes(_ count: Int, before deadline: Date) throws -> [UInt8] {
        while buffer.count < count {
            guard try fill(before: deadline) else { throw HarnessError(description: "the connection ended early") }
        }
        defer { buffer.removeFirst(count) }
        return Array(buffer[..<count])
    }

    /// Everything until the server closes the connection.
    func rest(before deadline: Date) throws -> [UInt8] {
        while try fill(before: deadline) {}
        defer { buffer = [] }
        return buffer
    }

    /// The status line and headers of a response.
    func head(before deadline: Date) throws -> (status: Int, headers: [String: String]) {
        let status = try line(before: deadline).split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        var headers: [String: String] = [:]
        while case let header = try line(before: deadline), !header.isEmpty {
            guard let colon = header.firstIndex(of: ":") else { continue }
            headers[header[..<colon].lowercased()] = header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }

    /// One chunk of a chunked body (empty at its end).
    func chunk(before deadline: Date) throws -> [UInt8] {
        guard let size = Int(try line(before: deadline).split(separator: ";").first ?? "", radix: 16) else {
            throw HarnessError(description: "not a chunk size")
        }
        let data = try bytes(size, before: deadline)
        _ = try line(before: deadline)
        return data
    }
}

enum LoopbackHTTP {
    /// GETs `path` from 127.0.0.1:`port`, naming `host` in the Host header.
    static func get(_ path: String, port: UInt16, host: String = "127.0.0.1", within seconds: Double = 60) throws -> HTTPReply {
        let deadline = Date().addingTimeInterval(seconds)
        let connection = try LoopbackConnection(port: port)
        try connection.send("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        let (status, headers) = try connection.head(before: deadline)
        var body: [UInt8] = []
        if headers["transfer-encoding"]?.contains("chunked") == true {
            while case let part = try connection.chunk(before: deadline), !part.isEmpty { body += part }
        } else if let length = headers["content-length"].flatMap({ Int($0) }) {
            body = try connection.bytes(length, before: deadline)
        } else {
            body = try connection.rest(before: deadline)
        }
        return HTTPReply(status: status, headers: headers, body: body)
    }
}

/// `GET /events`, read one server-sent event at a time.
final class EventStreamReader {
    private let connection: LoopbackConnection
    private var text: [UInt8] = []
    let headers: [String: String]
    let status: Int

    init(port: UInt16) throws {
        connection = try LoopbackConnection(port: port)
        try connection.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        (status, headers) = try connection.head(before: Date().addingTimeInterval(60))
    }

    /// The next event's name and data, waiting up to `seconds`.
    func next(within seconds: Double = 60) throws -> (event: String, data: String) {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let end = (0..<max(text.count - 1, 0)).first(where: { text[$0] == 10 && text[$0 + 1] == 10 }) {
                let message = String(decoding: text[..<end], as: UTF8.self)
                text.removeFirst(end + 2)
                var event = "message", data: [String] = []
                for line in message.split(separator: "\n") {
                    if line.hasPrefix("event: ") { event = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                return (event, data.joined(separator: "\n"))
            }
            let part = try connection.chunk(before: deadline)
            if part.isEmpty { throw HarnessError(description: "the event stream ended") }
            text += part
        }
    }
}
