// The `/events` stream: one server-sent event per render (`event: render`, `data:` one line of JSON), each sent
// as it comes.

import Hummingbird
import NIOCore

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

    /// The response of `GET /events`: the stream, an event at a time, for as long as the client stays (a write to
    /// a client that left fails, which ends it).
    static func response(_ state: PreviewState) -> Response {
        let events = state.listen()
        return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody { writer in
                            for await message in events { try await writer.write(ByteBuffer(bytes: message)) }
                            try await writer.finish(nil)
                        })
    }
}
