// `briefkit watch`: re-renders the report (or a diagram) whenever the briefing, an events CSV it names, or its
// style or template changes, in the same process, so nothing starts up again between saves.

import ArgumentParser
import BriefKit
#if canImport(Glibc)
import Glibc
#endif

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render OUT now and again after every save of the briefing, its CSV, style or template.",
        discussion: """
        Renders the one-page report (or, with --diagram, the first timeline or the pillars) and then waits. \
        Each change to a file the render read is followed by a new render, written atomically, and one line on \
        standard error: the time it took and its notes, or the error with its location (the last good OUT \
        stays as it was). Stop it with Ctrl-C.

        Example:
          briefkit watch my-briefing.yaml -o briefing.pdf
        """)

    enum Diagram: String, ExpressibleByArgument, CaseIterable { case report, timeline, pillars }

    @Argument(help: ArgumentHelp("The briefing file (.yaml, .yml or .json).", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("What to render: report (default), timeline or pillars.", valueName: "KIND"))
    var diagram: Diagram = .report

    @Option(help: ArgumentHelp("The report template, by name or path (see `briefkit templates`).", valueName: "NAME|PATH"))
    var template: String = "a4"

    @Option(help: ArgumentHelp("The timeline to show, by its id (default: the first).", valueName: "ID"))
    var timeline: String?

    @OptionGroup var options: DrawingOptions

    /// How long the files must stay quiet before a render: an editor's save is several events (write, rename).
    static let settle: Int32 = 25

    func run() throws {
        // It runs until stopped: Ctrl-C and kill must reach it even when started with them blocked (as a test
        // runner's threads have them, and a child inherits).
        var stoppers = sigset_t()
        sigemptyset(&stoppers)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stoppers, signal) }
        pthread_sigmask(SIG_UNBLOCK, &stoppers, nil)
        var watcher = try DirectoryWatcher()
        while true {
            let summary = renderOnce()
            Run.say(summary)
            // The files of this render: a new CSV named, another style, are watched from now on.
            for path in Run.inputPaths { watcher.watch(path) }
            watcher.waitForChange(settle: Self.settle)
        }
    }

    /// The drawing options as the render command reads them.
    private var arguments: [String] {
        var a = [file] + (options.into.map { ["--into", $0] } ?? ["-o", options.target]) + ["--style", options.style]
        if let at = options.at { a += ["--at", String(at)] }
        if let scale = options.scale { a += ["--scale", String(scale)] }
        if let dpi = options.dpi { a += ["--dpi", String(dpi)] }
        if let background = options.background { a += ["--background", background.argument] }
        return a
    }

    /// One render, its messages gathered into a single line.
    private func renderOnce() -> String {
        let start = PhaseTimer.clock()
        Run.forgetInputs()
        Run.captured = []
        var failed = false
        do {
            switch diagram {
            case .report:
                try ReportCommand.parse(arguments + ["--template", template] + (timeline.map { ["--timeline", $0] } ?? [])).run()
            case .timeline:
                try TimelineCommand.parse(arguments + (timeline.map { ["--id", $0] } ?? [])).run()
            case .pillars:
                try PillarsCommand.parse(arguments).run()
            }
        } catch {
            failed = true
        }
        let lines = Run.captured ?? []
        Run.captured = nil
        let took = Int(PhaseTimer.clock() - start)
        let clock = Self.clockTime()
        if failed {
            let problems = lines.filter { !$0.contains(": warning: ") && !$0.hasPrefix("briefkit: note: ") }
            return "briefkit: \(clock) \(options.target) not updated (kept the last good one): "
                + (problems.isEmpty ? lines : problems).joined(separator: "; ")
        }
        let notes = lines.map { $0.hasPrefix("briefkit: ") ? String($0.dropFirst(10)) : $0 }
        return "briefkit: \(clock) wrote \(options.target) in \(took) ms"
            + (notes.isEmpty ? "" : "; " + notes.joined(separator: "; "))
    }

    /// HH:MM:SS, local time.
    static func clockTime() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}

/// Watches the folders of the files it is given (editors save by writing a new file and renaming it over the
/// old, which a watch on the file itself would lose) and wakes for changes to those files only.
struct DirectoryWatcher {
    private let descriptor: Int32
    /// Watch descriptor → its folder, and each folder's watched file names.
    private var folders: [Int32: String] = [:]
    private var names: [String: Set<String>] = [:]

    init() throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else {
            Run.say("briefkit: cannot watch files: \(String(cString: strerror(errno)))")
            throw ExitCode.failure
        }
    }

    mutating func watch(_ path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if names[folder] == nil {
            let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_ATTRIB)
            let wd = inotify_add_watch(descriptor, folder, mask)
            guard wd >= 0 else { return }
            folders[wd] = folder
        }
        names[folder, default: []].insert(name)
    }

    /// Blocks until a watched file changes, then until `settle` ms pass without another event.
    func waitForChange(settle: Int32) {
        while !readEvents(timeout: -1) {}
        while readEvents(timeout: settle) {}
    }

    /// Reads what is there (waiting up to `timeout` ms, -1 forever); whether a watched file was among it.
    private func readEvents(timeout: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        var offset = 0, relevant = false
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (wd, length) = buffer.withUnsafeBytes { raw -> (Int32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, Int(event.len))
            }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if let folder = folders[wd], names[folder]?.contains(name) == true { relevant = true }
            offset += header + length
        }
        return relevant
    }
}
