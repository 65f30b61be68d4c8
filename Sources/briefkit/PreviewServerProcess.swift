// `briefkit preview`'s server as a child process (briefkit-preview-server, next to briefkit): started with a pipe
// for the renders it shows; it ends when briefkit does, as its input closes.

import ArgumentParser
import BriefPreviewWire
#if canImport(Glibc)
import Glibc
#endif

/// The running server: the port it listens on, and the pipe briefkit writes each render's message to.
final class PreviewServerProcess {
    let port: UInt16
    private let input: Int32

    /// Starts the server for `file` on 127.0.0.1:`port` (0: a free port) and waits until it listens.
    init(file: String, port: UInt16) throws {
        let executable = Self.serverPath()
        guard access(executable, X_OK) == 0 else {
            Run.say("briefkit: preview needs its server, \(executable), beside briefkit "
                    + "(swift build -c release --product briefkit-preview-server; `make build` builds both)")
            throw ExitCode.failure
        }
        var toServer: [Int32] = [0, 0], fromServer: [Int32] = [0, 0]
        guard pipe(&toServer) == 0, pipe(&fromServer) == 0 else {
            Run.say("briefkit: cannot start the preview's server: \(String(cString: strerror(errno)))")
            throw ExitCode.failure
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toServer[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromServer[1], 1)
        posix_spawn_file_actions_addclose(&actions, toServer[1])
        posix_spawn_file_actions_addclose(&actions, fromServer[0])
        let arguments = [executable, file, String(port)]
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, executable, &actions, nil, cArguments, environ)
        close(toServer[0])
        close(fromServer[1])
        guard status == 0 else {
            Run.say("briefkit: cannot start the preview's server: \(String(cString: strerror(status)))")
            throw ExitCode.failure
        }
        // A server that has died must not take briefkit down with SIGPIPE: its writes then fail and say so.
        signal(SIGPIPE, SIG_IGN)
        input = toServer[1]
        // Its first line: the port it listens on, or why it could not.
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while read(fromServer[0], &byte, 1) == 1, byte != UInt8(ascii: "\n") { line.append(byte) }
        close(fromServer[0])
        let answer = String(decoding: line, as: UTF8.self)
        guard let listening = UInt16(answer) else {
            let reason = answer.hasPrefix("error ") ? String(answer.dropFirst(6)) : "the server stopped before it listened"
            Run.say("briefkit: \(reason)" + (port == 0 ? "" : " (pick another port with --port, or --port 0 for a free one)"))
            throw ExitCode.failure
        }
        self.port = listening
    }

    /// Sends one render's outcome; a server that has gone ends the command.
    func send(_ message: PreviewMessage) {
        guard let bytes = try? message.line() else { return }
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBufferPointer { write(input, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                Run.say("briefkit: the preview's server has stopped; stopping too")
                exit(1)
            }
            sent += n
        }
    }

    /// briefkit-preview-server in the folder of the running briefkit.
    private static func serverPath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let me = n > 0 ? String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let folder = me.lastIndex(of: "/").map { String(me[..<$0]) } ?? "."
        return folder + "/briefkit-preview-server"
    }
}
