// The loop `briefkit watch` and `briefkit preview` share: a render now and again after each change to a file it
// read, each render's messages gathered (not printed) so the command can say it in one line.

import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// What one render said and how long it took.
struct RenderAttempt {
    var failed: Bool
    /// Every line it said, in order, each once (commands of one render that read the same file warn alike).
    var lines: [String]
    var milliseconds: Int

    /// A failed render's errors: its lines without warnings and notes (all of them when that leaves none).
    var problems: [String] {
        let errors = lines.filter { !$0.contains(": warning: ") && !$0.hasPrefix("briefkit: note: ") }
        return errors.isEmpty ? lines : errors
    }

    /// Its lines without the "briefkit: " most of them start with, for a summary that starts with it once.
    var notes: [String] { lines.map { $0.hasPrefix("briefkit: ") ? String($0.dropFirst(10)) : $0 } }
}

enum RenderLoop {
    /// How long the files must stay quiet before a render: an editor's save is several events (write, rename).
    static let settle: Int32 = 25

    /// Calls `render` now and again after every change to a file the previous render read (`Run.inputPaths`:
    /// a new CSV named, another style, are watched from then on), until the process is stopped.
    static func run(_ render: () -> Void) throws -> Never {
        // It runs until stopped: Ctrl-C and kill must reach it even when started with them blocked (as a test
        // runner's threads have them, and a child inherits).
        var stoppers = sigset_t()
        sigemptyset(&stoppers)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stoppers, signal) }
        pthread_sigmask(SIG_UNBLOCK, &stoppers, nil)
        var watcher = try DirectoryWatcher()
        while true {
            Run.forgetInputs()
            render()
            for path in Run.inputPaths { watcher.watch(path) }
            watcher.waitForChange(settle: settle)
        }
    }

    /// Runs one render with its messages gathered instead of printed.
    static func attempt(_ render: () throws -> Void) -> RenderAttempt {
        let start = PhaseTimer.clock()
        Run.captured = []
        var failed = false
        var extra: [String] = []
        do {
            try render()
        } catch let error as ExitCode {
            failed = error != .success
        } catch {
            // Not a failure a command reported (those end in ExitCode): say it, as the root command would.
            failed = true
            extra = ["briefkit: " + Briefkit.message(for: error)]
        }
        var seen = Set<String>()
        let lines = ((Run.captured ?? []) + extra).filter { seen.insert($0).inserted }
        Run.captured = nil
        return RenderAttempt(failed: failed, lines: lines, milliseconds: Int(PhaseTimer.clock() - start))
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
