// briefkit-preview-server FILE PORT: `briefkit preview`'s web server, a process of its own so that no other
// command of briefkit loads the server's code. It prints the port it listens on, then reads one PreviewMessage a
// line from its input (the renders briefkit made) until that closes, and serves the latest to the page.

import BriefPreview
import BriefPreviewWire
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3, let port = UInt16(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: briefkit-preview-server FILE PORT (started by briefkit preview)\n".utf8))
    exit(64)
}
let state = PreviewState(file: arguments[1])
/// One line to briefkit, at once (standard output is a pipe: nothing may wait in a buffer).
func tell(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
do {
    tell(String(try PreviewServer.start(state, port: port)))
} catch {
    tell("error \(error)")
    exit(1)
}
while let line = readLine(strippingNewline: true) {
    guard let message = try? PreviewMessage(line: line) else { continue }
    if let pictures = message.pictures {
        state.rendered(pictures, notes: message.notes, time: message.time)
    } else {
        state.failed(message.error ?? "", notes: message.notes, time: message.time)
    }
}
// briefkit has stopped: so does its server.
exit(0)
