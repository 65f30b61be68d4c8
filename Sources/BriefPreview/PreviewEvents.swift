// The `/events` stream: one server-sent event per render (`event: render`, `data:` one line of JSON), as bytes
// FlyingFox sends as they come.

import FlyingFox
import FlyingSocks

enum PreviewEvents {
    /// The event of `state`'s latest render:
    /// `{"version":N,"ok":true,"time":"HH:MM:SS","pictures":[{"name":…,"caption":…}],"notes":[…]}`, or with
    /// `"ok":false` and `"error"` (file:line:column: …) in place of the pictures.
    static func message(_ state: PreviewSnapshot) -> [UInt8] {
        var json = "{\"version\":\(state.version),\"ok\":\(state.error == nil),\"time\":\(quoted(state.time))"
        if let error = state.error {
            json += ",\"error\":\(quoted(error))"
        } else {
            let pictures = state.pictures.map { "{\"name\":\(quoted($0.name)),\"caption\":\(quoted($0.caption))}" }
            json += ",\"pictures\":[\(pictures.joined(separator: ","))]"
        }
        json += ",\"notes\":[\(state.notes.map(quoted).joined(separator: ","))]}"
        return Array("event: render\ndata: \(json)\n\n".utf8)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, so the message stays on one line.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The response of `GET /events`: the stream, chunk by chunk, for as long as the client stays.
    static func response(_ state: PreviewState) -> HTTPResponse {
        HTTPResponse(statusCode: .ok,
                     headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                     body: HTTPBodySequence(from: StreamBytes(stream: state.listen())))
    }
}

/// An `AsyncStream` of byte chunks as the buffered byte sequence a streamed FlyingFox body reads: each chunk is
/// handed on whole as soon as it comes (so each event is sent at once), and the body ends when the stream does.
struct StreamBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(chunks: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var chunks: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let chunk = await chunks.next() else { return nil }
                pending = chunk[...]
            }
            let part = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(part.count)
            return part
        }
    }
}
