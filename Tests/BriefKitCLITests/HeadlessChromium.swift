// Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: commands go in on its
// file descriptor 3, replies come out on 4, each a JSON text ended by NUL), for the preview's browser test.
// It resolves no host name and fetches nothing in the background: only 127.0.0.1 is reached.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class HeadlessChromium {
    /// The browser on PATH (Debian's package `chromium`), or nil.
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return ["chromium", "chromium-browser"].lazy
            .flatMap { name in folders.map { "\($0)/\(name)" } }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    let pid: pid_t
    private let commands: Int32, replies: Int32
    private var buffer: [UInt8] = []
    private var lastID = 0
    private var session: String?

    /// Starts the browser with its profile in `profile` and its output in the file `log`.
    init(profile: String, log: String) throws {
        guard let path = Self.path else { throw HarnessError(description: "chromium is not installed") }
        // Our ends close on exec; the browser's ends become its 3 and 4 (numbered above 10 first, so that dup2
        // never finds them there already, which would leave them close-on-exec).
        func pipeAbove10() throws -> (read: Int32, write: Int32) {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw HarnessError(description: "pipe: \(String(cString: strerror(errno)))") }
            let moved = fds.map { fd -> Int32 in defer { close(fd) }; return fcntl(fd, F_DUPFD_CLOEXEC, 10) }
            return (moved[0], moved[1])
        }
        let toBrowser = try pipeAbove10(), fromBrowser = try pipeAbove10()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_adddup2(&actions, toBrowser.read, 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser.write, 4)
        // Its own process group (so that it and its helpers can be ended together), signals as a shell gives them
        // (the test runner's threads block some, and a child would inherit that).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let arguments = [path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--user-data-dir=\(profile)", "--remote-debugging-pipe", "--no-first-run",
                         "--no-default-browser-check", "--hide-scrollbars", "--mute-audio", "--disable-extensions",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-default-apps", "--no-pings", "--disable-domain-reliability",
                         "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                         "about:blank"]
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, path, &actions, &attributes, &argv, &envp)
        close(toBrowser.read)
        close(fromBrowser.write)
        guard status == 0 else {
            close(toBrowser.write)
            close(fromBrowser.read)
            throw HarnessError(description: "cannot start \(path): \(String(cString: strerror(status)))")
        }
        pid = child
        commands = toBrowser.write
        replies = fromBrowser.read
    }

    deinit {
        close(commands)
        close(replies)
    }

    /// Sends a command (to the page's session once `open` attached one) and returns its result.
    @discardableResult
    func call(_ method: String, _ params: [String: Any] = [:], toBrowser: Bool = false,
              within seconds: Double = 60) throws -> [String: Any] {
        lastID += 1
        var message: [String: Any] = ["id": lastID, "method": method, "params": params]
        if !toBrowser, let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message)) + [0]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            guard n > 0 else { throw HarnessError(description: "chromium closed its pipe") }
            bytes.removeFirst(n)
        }
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let reply = try receive(before: deadline)
            guard reply["id"] as? Int == lastID else { continue } // an event, or a late reply
            if let error = reply["error"] { throw HarnessError(description: "\(method): \(error)") }
            return reply["result"] as? [String: Any] ?? [:]
        }
    }

    /// The next message from the browser.
    private func receive(before deadline: Date) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                defer { buffer.removeFirst(end + 1) }
                let object = try JSONSerialization.jsonObject(with: Data(buffer[..<end]))
                return object as? [String: Any] ?? [:]
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw HarnessError(description: "chromium did not answer in time") }
            var poller = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(left, 1) * 1000)) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 256 * 1024)
            let n = chunk.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
            guard n > 0 else { throw HarnessError(description: "chromium ended") }
            buffer += chunk[..<n]
        }
    }

    /// Opens a page of `width`×`height` CSS pixels at `url`, to which later commands go.
    func open(_ url: String, width: Int, height: Int) throws {
        let target = try call("Target.createTarget", ["url": "about:blank"], toBrowser: true)
        let attached = try call("Target.attachToTarget", ["targetId": target["targetId"] ?? "", "flatten": true],
                                toBrowser: true)
        session = attached["sessionId"] as? String
        try call("Emulation.setDeviceMetricsOverride",
                 ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
        try call("Page.navigate", ["url": url])
    }

    /// The value of a JavaScript expression in the page.
    func evaluate(_ expression: String) throws -> Any? {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let exception = result["exceptionDetails"] { throw HarnessError(description: "JavaScript: \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// A PNG of the part of the page at `clip` (x, y, width, height in CSS pixels of the document), or of the
    /// whole document.
    func screenshot(clip: [Double]? = nil) throws -> Data {
        let area = try clip ?? [0, 0] + Self.numbers(
            evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"))
        let result = try call("Page.captureScreenshot", [
            "format": "png", "captureBeyondViewport": true,
            "clip": ["x": area[0], "y": area[1], "width": area[2], "height": area[3], "scale": 1],
        ])
        guard let base64 = result["data"] as? String, let png = Data(base64Encoded: base64) else {
            throw HarnessError(description: "no screenshot")
        }
        return png
    }

    /// Numbers of a JavaScript array, however JSON gave them.
    static func numbers(_ value: Any?) -> [Double] {
        (value as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.doubleValue }
    }

    /// Closes the browser, and ends what is left of its process group.
    func quit() {
        _ = try? call("Browser.close", toBrowser: true, within: 10)
        let deadline = Date().addingTimeInterval(10)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 && Date() < deadline { usleep(50_000) }
        kill(-pid, SIGKILL)
        _ = waitpid(pid, &status, WNOHANG)
    }
}
