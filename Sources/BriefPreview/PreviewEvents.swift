// The `/events` stream: one server-sent event per render (`event: render`, `data:` one line of JSON), each sent
// as it comes.

import BriefScene
import Hummingbird
import NIOCore

enum PreviewEvents {
    /// The event of `state`'s latest render:
    /// `{"version":N,"ok":true,"time":"HH:MM:SS","pictures":[{"name":…,"caption":…}],"notes":[…]}`, or with
    /// `"ok":false` and `"error"` (file:line:column: …) in place of the pictures.
    static func message(_ state: PreviewSnapshot) -> [UInt8] {
        var json = "{\"version\":\(state.version),\"ok\":\(state.error == nil),\"time\":\(jsonQuoted(state.time))"
        if let error = state.error {
            json += ",\"error\":\(jsonQuoted(error))"
        } else {
            let pictures = state.pictures.map { "{\"name\":\(jsonQuoted($0.name)),\"caption\":\(jsonQuoted($0.caption))}" }
            json += ",\"pictures\":[\(pictures.joined(separator: ","))]"
        }
        json += ",\"notes\":[\(state.notes.map(jsonQuoted).joined(separator: ","))]}"
        return Array("event: render\ndata: \(json)\n\n".utf8)
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
