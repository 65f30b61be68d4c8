// Help, styles, working directories and notices on standard error.

import Foundation
import Testing

@Suite("briefkit usage")
struct UsageTests {
    @Test("briefkit --help lists the subcommands")
    func help() async throws {
        let r = try await CLI.run(["--help"])
        #expect(r.status == 0, "\(r)")
        for word in ["USAGE: briefkit <subcommand>", "timeline", "validate", "styles", "--help"] {
            #expect(r.stdout.contains(word), "--help does not mention \(word)\n\(r)")
        }
    }

    @Test("briefkit timeline --help lists every option")
    func timelineHelp() async throws {
        let r = try await CLI.run(["timeline", "--help"])
        #expect(r.status == 0, "\(r)")
        for word in ["<FILE>", "--id", "--orientation", "-o, --output", "--width", "--height", "--scale", "--style",
                     ".png", ".pdf", ".svg", ".json"] {
            #expect(r.stdout.contains(word), "timeline --help does not mention \(word)\n\(r)")
        }
    }

    @Test("briefkit styles lists default with its description, from any folder")
    func styles() async throws {
        let r = try await CLI.run(["styles"], in: "/tmp")
        #expect(r.status == 0, "\(r)")
        let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("default ") }, "no default style\n\(r)")
        #expect(!line.contains("(does not load)"), "\(r)")
        #expect(line.count > "default ".count + 10, "no description: \(line)")
    }

    @Test("--style with a style file's path draws the same scene as the style's name")
    func stylePath() async throws {
        let dir = try TempDir()
        async let byPath = CLI.run(["timeline", CLI.vietnamUK, "--style", "Styles/default.yaml", "-o", dir.file("p.json")])
        async let byName = CLI.run(["timeline", CLI.vietnamUK, "--style", "default", "-o", dir.file("n.json")])
        let (p, n) = try await (byPath, byName)
        #expect(p.status == 0, "\(p)")
        #expect(n.status == 0, "\(n)")
        let pathScene = try #require(dir.contents("p.json"))
        #expect(pathScene == dir.contents("n.json"), "--style Styles/default.yaml and --style default differ")
    }

    @Test("from another working directory, an absolute input path works and the styles are found")
    func otherWorkingDirectory() async throws {
        let dir = try TempDir()
        async let fromTmp = CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("tmp.json")], in: "/tmp")
        async let fromRoot = CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("root.json")])
        async let named = CLI.run(["timeline", CLI.vietnamUK, "--style", "default", "-o", dir.file("named.png"),
                                   "--scale", "1"], in: "/")
        let (t, r, s) = try await (fromTmp, fromRoot, named)
        #expect(t.status == 0, "\(t)")
        #expect(r.status == 0, "\(r)")
        #expect(s.status == 0, "\(s)")
        #expect(dir.contents("tmp.json") == dir.contents("root.json"), "the scene depends on the working directory")
        #expect(pngPixelSize(dir.contents("named.png") ?? Data()) != nil)
    }

    @Test("a relative output path is written in the working directory")
    func relativeOutput() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", "here.svg"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(try dir.listing() == ["here.svg"])
    }

    @Test("300 events in one month: a note on stderr about the labels not shown, exit 0")
    func crowdedNotice() async throws {
        let dir = try TempDir()
        try dir.write("crowded.yaml", crowdedBriefing(count: 300))
        let r = try await CLI.run(["timeline", "crowded.yaml", "-o", "c.json"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        let notes = r.stderr.split(separator: "\n").filter { $0.hasPrefix("briefkit: note: ") }
        let dropped = try #require(notes.first { $0.contains("of 300 events") && $0.contains("without labels") },
                                   "no note about labels not shown\n\(r)")
        // "N of 300 events (D dates) drawn as markers without labels": every event is either labelled,
        // counted in a "+K more" under a date's stack, or one of those N.
        let scene = try SceneFile(dir.contents("c.json") ?? Data())
        let shown = Set(scene.texts.compactMap(\.text).filter { $0.hasPrefix("Event number ") })
        let count = try #require(Int(dropped.split(separator: " of 300")[0].split(separator: " ").last ?? ""),
                                 "cannot read the count in: \(dropped)")
        let more = scene.texts.filter { $0.role == "more" }.compactMap(\.text)
        let stacked = more.filter { $0.hasSuffix(" more") }
            .compactMap { Int($0.dropFirst().dropLast(" more".count)) }.reduce(0, +)
        #expect(shown.count + stacked + count == 300,
                "note says \(count) hidden, the scene labels \(shown.count) and stacks \(stacked) under \(more)")
        #expect(more.contains { $0.hasPrefix("+\(count) more events") }, "the picture does not say \(count) are hidden: \(more)")
        #expect(shown.count > 0 && shown.count < 300)
        expectGoodLayout(scene)
    }

    @Test("a quiet run prints nothing on stdout")
    func quietStdout() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.examples.first ?? CLI.vietnamUK, "-o", dir.file("t.pdf")])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(!r.stderr.contains("error"), "\(r)")
    }
}
