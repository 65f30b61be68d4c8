// `briefkit preview`: serves the page, the pictures and one server-sent event per render on 127.0.0.1; a save
// re-renders, a broken save shows its located error over the last good pictures; and in a real browser (headless
// Chromium) the same open page follows the saves.

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A running `briefkit preview` of a copy of the example briefing, in a temporary folder.
final class PreviewRun {
    let dir: TempDir
    let briefing: String
    let process = Process()
    private let log: String
    /// The port it serves on, read from its first line.
    private(set) var port: UInt16 = 0

    init() async throws {
        let binary = try #require(CLI.binary, "briefkit is not built")
        dir = try TempDir()
        briefing = dir.file("b.yaml")
        log = dir.file("preview.log")
        try FileManager.default.copyItem(atPath: CLI.vietnamUK, toPath: briefing)
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["preview", briefing, "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.packageRoot)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let started = await WatchTests.eventually { self.lines().first?.contains("http://127.0.0.1:") == true }
        try #require(started, "no address on standard error: \(lines())")
        let first = lines()[0]
        #expect(first.hasPrefix("briefkit: preview of \(briefing) at http://127.0.0.1:"), "\(first)")
        #expect(first.hasSuffix("/ (Ctrl-C to stop)"), "\(first)")
        let address = first.split(separator: "127.0.0.1:").last?.prefix { $0.isNumber } ?? ""
        port = try #require(UInt16(address), "no port in \(first)")
    }

    deinit {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
    }

    var url: String { "http://127.0.0.1:\(port)/" }

    /// What it said on standard error, line by line.
    func lines() -> [String] {
        ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Saves the briefing as editors do: a new file renamed over the old one.
    func save(_ text: String) throws {
        try text.write(toFile: briefing, atomically: true, encoding: .utf8)
    }

    /// The briefing with its title line replaced.
    func briefingTitled(_ title: String) throws -> String {
        let text = try String(contentsOfFile: CLI.vietnamUK, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("title: ") ? "title: \(title)" : String($0) }.joined(separator: "\n")
    }

    /// The briefing with line 4 (its title) broken: an unclosed flow sequence, a YAML syntax error.
    func brokenBriefing() throws -> String { try briefingTitled("[broken") }

    /// Whether `text` names the briefing at a line and column (`…/b.yaml:5:9:`).
    func locates(_ text: String) -> Bool {
        guard let range = text.range(of: briefing + ":") else { return false }
        let rest = text[range.upperBound...]
        let numbers = rest.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).prefix(2)
        return numbers.count == 2 && numbers.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}

/// One `render` event's data.
struct RenderEvent {
    var json: [String: Any]
    init(_ data: String) throws {
        json = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any], "not JSON: \(data)")
    }
    var version: Int { json["version"] as? Int ?? -1 }
    var ok: Bool { json["ok"] as? Bool ?? false }
    var error: String { json["error"] as? String ?? "" }
    var pictures: [String] { (json["pictures"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } }
}

@Suite struct PreviewTests {
    /// The diagrams of the example briefing, as the page names them.
    static let pictures = ["report.svg", "timeline-partnerships.svg", "pillars.svg"]

    @Test("preview serves the page, an event per render, new pictures after a save, the located error after a broken one")
    func previewServesRenders() async throws {
        let preview = try await PreviewRun()
        let port = preview.port
        let events = try EventStreamReader(port: port)
        #expect(events.status == 200)
        #expect(events.headers["content-type"]?.hasPrefix("text/event-stream") == true, "\(events.headers)")
        let first = try RenderEvent(try #require(try? events.next()).data)
        #expect(first.version == 1 && first.ok, "\(first.json)")
        #expect(first.pictures == Self.pictures, "\(first.json)")

        let page = try LoopbackHTTP.get("/", port: port)
        #expect(page.status == 200 && page.headers["content-type"]?.hasPrefix("text/html") == true)
        for name in Self.pictures { #expect(page.text.contains("/picture/\(name)?v=1"), "\(name) missing from the page") }
        #expect(page.text.contains("Timeline partnerships"), "the timeline's caption names its id")
        #expect(page.text.contains("new EventSource(\"/events\")"))
        let before = try LoopbackHTTP.get("/picture/report.svg", port: port)
        #expect(before.status == 200 && before.headers["content-type"] == "image/svg+xml")
        #expect(before.text.contains("<svg"))
        // Only this machine's names: a page elsewhere cannot read it through a name it points at 127.0.0.1.
        #expect(try LoopbackHTTP.get("/", port: port, host: "preview.example:\(port)").status == 403)
        #expect(try LoopbackHTTP.get("/picture/nothing.svg", port: port).status == 404)

        // A save: a second event with a higher version, and the report's bytes change.
        try preview.save(try preview.briefingTitled("A title changed by the test"))
        let second = try RenderEvent(try events.next().data)
        #expect(second.version > first.version && second.ok, "\(second.json)")
        let after = try LoopbackHTTP.get("/picture/report.svg", port: port)
        #expect(after.status == 200 && after.body != before.body, "the report did not change")

        // A broken save: the event carries the error at its file, line and column; the last good report stays.
        try preview.save(try preview.brokenBriefing())
        let third = try RenderEvent(try events.next().data)
        #expect(third.version > second.version && !third.ok, "\(third.json)")
        #expect(preview.locates(third.error), "not located: \(third.error)")
        #expect(try LoopbackHTTP.get("/picture/report.svg", port: port).body == after.body)
        let broken = try LoopbackHTTP.get("/", port: port)
        #expect(broken.text.contains("<div id=\"banner\" role=\"alert\">"), "the banner is shown")
        #expect(broken.text.contains("/picture/report.svg?v=\(second.version)"), "the last good pictures stay")

        // One line per render on standard error; Ctrl-C ends it.
        let lines = preview.lines()
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.dropFirst().first?.contains(" render 1: report, 1 timeline, pillars in ") == true, "\(lines)")
        #expect(lines.last.map { $0.contains(" render 3 failed ") && preview.locates($0) } == true, "\(lines)")
        preview.process.interrupt()
        #expect(await WatchTests.eventually { !preview.process.isRunning }, "still running after SIGINT")
        #expect(preview.process.terminationReason == .uncaughtSignal && preview.process.terminationStatus == SIGINT)
    }

    @Test("the preview's server is a program of its own: briefkit holds none of its code and loads no networking library")
    func noNetworkingLibrary() async throws {
        let binary = try #require(CLI.binary, "briefkit is not built")
        let r = try await CLI.tool("ldd", [binary])
        #expect(r.status == 0, "\(r)")
        for library in ["libFoundationNetworking", "libcurl"] {
            #expect(!r.stdout.contains(library), "briefkit loads \(library) at every start:\n\(r.stdout)")
        }
        // The server is a program of its own beside briefkit: none of its code (SwiftNIO, Hummingbird) is in briefkit.
        let server = String(binary[..<binary.lastIndex(of: "/")!]) + "/briefkit-preview-server"
        #expect(FileManager.default.isExecutableFile(atPath: server))
        let bytes = try #require(FileManager.default.contents(atPath: binary))
        for module in ["HummingbirdCore", "NIOPosix"] {
            #expect(bytes.range(of: Data(module.utf8)) == nil, "briefkit holds \(module)'s code")
        }
    }

    /// Where the browser test leaves its screenshots: $BRIEFKIT_PREVIEW_SCREENSHOTS if set (to look at them),
    /// else its temporary folder.
    static let screenshots = ProcessInfo.processInfo.environment["BRIEFKIT_PREVIEW_SCREENSHOTS"]

    @Test("in headless Chromium, the open page shows each save's pictures, then the error over them",
          .enabled(if: HeadlessChromium.path != nil, "Chromium is not installed; .ci/run installs Debian's chromium"))
    func browserFollowsSaves() async throws {
        let preview = try await PreviewRun()
        #expect(await WatchTests.eventually { preview.lines().count >= 2 }, "no first render: \(preview.lines())")
        let browser = try HeadlessChromium(profile: preview.dir.file("profile"), log: preview.dir.file("chromium.log"))
        defer { browser.quit() }
        let folder = Self.screenshots ?? preview.dir.path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try browser.open(preview.url, width: 1280, height: 1000)

        /// The page as the test reads it: how many events it took, the version it shows, its pictures' addresses
        /// and whether they are all loaded, the banner, and the mark the test left on this page instance.
        struct Shown { var events = 0, version = 0, loaded = false, sources: [String] = [], banner = false, error = "", marked = false }
        func shown() throws -> Shown {
            let value = try browser.evaluate("""
                JSON.stringify({events: Number(document.body.dataset.events), version: Number(document.body.dataset.version),
                  loaded: document.images.length > 0 && [...document.images].every(i => i.complete && i.naturalWidth > 0),
                  sources: [...document.images].map(i => i.getAttribute("src")),
                  banner: !document.getElementById("banner").hidden, error: document.getElementById("error").textContent,
                  marked: window.briefkitTestMark === "the same page"})
                """)
            let json = try JSONSerialization.jsonObject(with: Data((value as? String ?? "{}").utf8)) as? [String: Any] ?? [:]
            return Shown(events: json["events"] as? Int ?? 0, version: json["version"] as? Int ?? 0,
                         loaded: json["loaded"] as? Bool ?? false, sources: json["sources"] as? [String] ?? [],
                         banner: json["banner"] as? Bool ?? false, error: json["error"] as? String ?? "",
                         marked: json["marked"] as? Bool ?? false)
        }
        func waitFor(_ what: String, _ condition: (Shown) -> Bool) async throws -> Shown {
            var last = Shown()
            let met = await WatchTests.eventually(60) { last = (try? shown()) ?? last; return condition(last) }
            #expect(met, "the page never showed \(what): \(last)")
            if !met { throw HarnessError(description: "the page never showed \(what)") }
            return last
        }
        /// A PNG of the report's picture as the page shows it.
        func reportPicture() throws -> Data {
            let rect = HeadlessChromium.numbers(try browser.evaluate("""
                (r => [r.left + scrollX, r.top + scrollY, r.width, r.height])(document.querySelector("figure.report img").getBoundingClientRect())
                """))
            return try browser.screenshot(clip: rect)
        }

        let first = try await waitFor("the first render") { $0.events >= 1 && $0.version >= 1 && $0.loaded && !$0.banner }
        #expect(first.sources.count == Self.pictures.count, "\(first.sources)")
        _ = try browser.evaluate("window.briefkitTestMark = \"the same page\"")
        let reportBefore = try reportPicture()
        try browser.screenshot().write(to: URL(fileURLWithPath: folder + "/preview-1-first.png"))

        try preview.save(try preview.briefingTitled("A title changed by the test"))
        let second = try await waitFor("the save's pictures") { shown in
            shown.version > first.version && shown.loaded && shown.sources.allSatisfy { $0.hasSuffix("?v=\(shown.version)") }
        }
        #expect(second.marked, "the page was loaded again instead of updated")
        #expect(second.events > first.events && !second.banner)
        #expect(try reportPicture() != reportBefore, "the report on the page looks the same after the save")
        try browser.screenshot().write(to: URL(fileURLWithPath: folder + "/preview-2-saved.png"))

        try preview.save(try preview.brokenBriefing())
        let third = try await waitFor("the error") { $0.banner && $0.version > second.version }
        #expect(third.marked && third.loaded, "\(third)")
        #expect(preview.locates(third.error), "the banner does not locate the error: \(third.error)")
        #expect(third.sources == second.sources, "the last good pictures did not stay")
        let page = try browser.screenshot()
        #expect(page.starts(with: [0x89, 0x50, 0x4E, 0x47]) && page.count > 10_000)
        try page.write(to: URL(fileURLWithPath: folder + "/preview-3-broken.png"))
    }
}
