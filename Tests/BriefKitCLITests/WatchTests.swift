// `briefkit watch`: renders at once, again after each save (an editor's write-and-rename included), says one
// line per render, and keeps the last good output when a save breaks the file.

import Foundation
import Testing

@Suite struct WatchTests {
    /// Polls `condition` every 20 ms for up to `seconds`.
    static func eventually(_ seconds: Double = 30, _ condition: () -> Bool) async -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
        return condition()
    }

    @Test("watch re-renders after saves, keeps the last good output on a broken one, one line each")
    func watchRerenders() async throws {
        let binary = try #require(CLI.binary, "briefkit is not built")
        let dir = try TempDir()
        let briefing = dir.file("b.yaml"), output = dir.file("out.svg"), log = dir.file("watch.log")
        try "title: First title\n".write(toFile: briefing, atomically: false, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["watch", briefing, "-o", output]
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        func text(_ p: String) -> String { (try? String(contentsOfFile: p, encoding: .utf8)) ?? "" }
        func lines() -> [String] { text(log).split(separator: "\n").map(String.init) }

        #expect(await Self.eventually { text(output).contains("First title") }, "no first render: \(lines())")
        #expect(await Self.eventually { lines().count == 1 })
        #expect(lines().first?.contains("wrote \(output) in ") == true, "\(lines())")
        // An editor's save: a new file renamed over the old one.
        try "title: Second title\n".write(toFile: briefing, atomically: true, encoding: .utf8)
        #expect(await Self.eventually { text(output).contains("Second title") }, "no render after the save: \(lines())")
        // A broken save: the output stays, the line gives the error's location.
        try "title: [broken\n".write(toFile: briefing, atomically: true, encoding: .utf8)
        #expect(await Self.eventually { lines().contains { $0.contains("not updated") } }, "\(lines())")
        #expect(text(output).contains("Second title"))
        #expect(lines().last?.contains("\(briefing):") == true, "the error is located: \(lines())")
        // Fixed again: rendered again. A file beside it that the render did not read changes nothing.
        try "x".write(toFile: dir.file("unrelated.txt"), atomically: true, encoding: .utf8)
        try "title: Third title\n".write(toFile: briefing, atomically: false, encoding: .utf8)
        #expect(await Self.eventually { text(output).contains("Third title") }, "\(lines())")
        #expect(await Self.eventually { lines().count == 4 }, "one line per render: \(lines())")
        #expect(process.isRunning)
    }
}
