// Bad input, bad options and unwritable outputs: a clear message, a non-zero exit, no file touched.

import Foundation
import Testing

/// A broken briefing and what the message must say about it.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    /// The start of the first line on stderr: `bad.yaml:LINE:COLUMN: FIELD:`.
    var prefix: String
    /// Also in that line.
    var says: String

    var testDescription: String { name }

    static let all: [BadInput] = [
        BadInput(name: "empty file", bytes: [], prefix: "bad.yaml:1:1: ", says: "empty"),
        // Not UTF-8 (0xFF, 0xFE, lone continuation bytes) with NULs and control bytes.
        BadInput(name: "binary junk", bytes: [0x89, 0xFF, 0xFE, 0x00, 0x01, 0x80, 0xBF, 0xC3, 0x28, 0x0A, 0x00, 0x7F, 0xF8],
                 prefix: "bad.yaml:1:1: ", says: "UTF-8"),
        BadInput(name: "wrong type", bytes: Array("title: T\ntimelines: 5\n".utf8),
                 prefix: "bad.yaml:2:12: timelines: ", says: "list"),
        BadInput(name: "impossible date",
                 bytes: Array("title: T\ntimelines:\n  - id: a\n    events:\n      - date: 2025-02-30\n        label: X\n".utf8),
                 prefix: "bad.yaml:5:15: timelines[0].events[0].date: ", says: "2025-02-30"),
        BadInput(name: "YAML syntax error", bytes: Array("title: [unclosed\ntimelines: []\n".utf8),
                 prefix: "bad.yaml:2:10: ", says: "YAML syntax error"),
    ]
}

@Suite("briefkit errors")
struct ErrorTests {
    @Test("bad input: located message, exit 1, no output file", arguments: BadInput.all)
    func badInput(_ bad: BadInput) async throws {
        let dir = try TempDir()
        try dir.write("bad.yaml", bytes: Data(bad.bytes))
        let r = try await CLI.run(["timeline", "bad.yaml", "-o", "out.png"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        let first = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix(bad.prefix), "stderr should start with '\(bad.prefix)'\n\(r)")
        #expect(first.contains(bad.says), "stderr should say '\(bad.says)'\n\(r)")
        #expect(first.range(of: #"^bad\.yaml:\d+:\d+: "#, options: .regularExpression) != nil, "no file:line:column:\n\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(try dir.listing() == ["bad.yaml"], "bad input left files behind")

        let v = try await CLI.run(["validate", "bad.yaml"], in: dir.path)
        #expect(v.status == 1, "\(v)")
        #expect(v.stderr.hasPrefix(bad.prefix), "validate: \(v)")
    }

    @Test("bad input leaves an existing output file as it was", arguments: BadInput.all)
    func badInputKeepsOutput(_ bad: BadInput) async throws {
        let dir = try TempDir()
        try dir.write("bad.yaml", bytes: Data(bad.bytes))
        let sentinel = Data("SENTINEL: not a picture\n".utf8)
        try dir.write("out.pdf", bytes: sentinel)
        let r = try await CLI.run(["timeline", "bad.yaml", "-o", "out.pdf"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(dir.contents("out.pdf") == sentinel, "the existing output was changed")
        #expect(try dir.listing() == ["bad.yaml", "out.pdf"])
    }

    @Test("a good run replaces an existing output file")
    func goodRunReplaces() async throws {
        let dir = try TempDir()
        try dir.write("out.png", "old")
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", "out.png", "--scale", "1"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(pngPixelSize(dir.contents("out.png") ?? Data()) != nil)
        #expect(try dir.listing() == ["out.png"])
    }

    @Test("validate: one bad file among good ones fails, the good ones still say ok")
    func validateMixed() async throws {
        let dir = try TempDir()
        let bad = try dir.write("bad.yaml", "title: T\ntimelines: 5\n")
        let r = try await CLI.run(["validate", CLI.vietnamUK, bad])
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.contains("\(CLI.vietnamUK): ok ("), "\(r)")
        #expect(r.stderr.contains("\(bad):2:12: timelines: "), "\(r)")
    }

    @Test("output in a folder that does not exist: clear error, exit 1")
    func missingFolder() async throws {
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", "/nonexistent-dir/x.png"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("cannot write /nonexistent-dir/x.png: No such file or directory"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-dir"))
    }

    @Test("output under a regular file (unwritable even for root): clear error, file untouched")
    func parentIsAFile() async throws {
        let dir = try TempDir()
        try dir.write("plain", "plain file\n")
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", "plain/x.svg"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("cannot write plain/x.svg: Not a directory"), "\(r)")
        #expect(dir.contents("plain") == Data("plain file\n".utf8))
        #expect(try dir.listing() == ["plain"])
    }

    @Test("output path is a folder: clear error, folder untouched")
    func outputIsAFolder() async throws {
        let dir = try TempDir()
        try FileManager.default.createDirectory(atPath: dir.file("pic.png"), withIntermediateDirectories: false)
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", "pic.png"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("cannot write pic.png: it is a folder"), "\(r)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("pic.png")).isEmpty)
        #expect(try dir.listing() == ["pic.png"])
    }

    @Test("unknown extension: usage error naming the allowed ones", arguments: ["x.gif", "x", "x.png.bak"])
    func unknownExtension(_ name: String) async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", name], in: dir.path)
        #expect(r.status == 64, "usage errors exit 64 (EX_USAGE)\n\(r)")
        #expect(r.stderr.contains("cannot tell the format of '\(name)'"), "\(r)")
        #expect(r.stderr.contains(".png, .pdf, .svg, .json or .pptx"), "\(r)")
        #expect(r.stderr.contains("Usage: briefkit timeline"), "\(r)")
        #expect(try dir.listing().isEmpty)
    }

    @Test("--id that no timeline has: error listing the ids")
    func unknownID() async throws {
        let dir = try TempDir()
        try dir.write("two.yaml", """
            title: Two
            timelines:
              - id: first
                events: [{date: 2020, label: A}]
              - id: second
                events: [{date: 2021, label: B}]

            """)
        let r = try await CLI.run(["timeline", "two.yaml", "--id", "nope", "-o", "t.json"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        // The id comes from the command line; the place is where the file lists its timelines.
        #expect(r.stderr.contains("two.yaml:2:1: timelines: no timeline with id \"nope\" (ids: first, second)"), "\(r)")
        #expect(try dir.listing() == ["two.yaml"])

        let ok = try await CLI.run(["timeline", "two.yaml", "--id", "second", "-o", "t.json"], in: dir.path)
        #expect(ok.status == 0, "\(ok)")
        let scene = try SceneFile(dir.contents("t.json") ?? Data())
        #expect(scene.texts.contains { $0.text == "B" } && !scene.texts.contains { $0.text == "A" }, "--id second drew the wrong timeline")
    }

    @Test("report --timeline ID: the page shows that timeline and names the other; an unknown id is refused")
    func reportTimeline() async throws {
        let dir = try TempDir()
        try dir.write("two.yaml", """
            title: Two
            timelines:
              - id: first
                events: [{date: 2020, label: Alpha event}]
              - id: second
                events: [{date: 2021, label: Beta event}]

            """)
        let r = try await CLI.run(["report", "two.yaml", "--timeline", "second", "-o", "r.json"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        let scene = try SceneFile(dir.contents("r.json") ?? Data())
        #expect(scene.texts.contains { $0.text == "Beta event" } && !scene.texts.contains { $0.text == "Alpha event" },
                "--timeline second drew the wrong timeline")
        #expect(r.stderr.contains("timeline first not on the page (it shows second;"), "\(r)")
        let bad = try await CLI.run(["report", "two.yaml", "--timeline", "nope", "-o", "bad.pdf"], in: dir.path)
        #expect(bad.status == 1, "\(bad)")
        #expect(bad.stderr.contains("two.yaml:2:1: timelines: no timeline with id \"nope\" (ids: first, second)"), "\(bad)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("bad.pdf")))
    }

    @Test("a file with no timelines: clear error, exit 1")
    func noTimelines() async throws {
        let dir = try TempDir()
        try dir.write("none.yaml", "title: Nothing on a line\n")
        let r = try await CLI.run(["timeline", "none.yaml", "-o", "t.png"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("none.yaml: nothing to draw: the file has no timelines"), "\(r)")
        #expect(try dir.listing() == ["none.yaml"])
        // An empty section is located where it was written.
        try dir.write("empty.yaml", "title: Nothing\ntimelines: []\npillars: null\n")
        let empty = try await CLI.run(["timeline", "empty.yaml", "-o", "t.png"], in: dir.path)
        #expect(empty.status == 1 && empty.stderr.contains("empty.yaml:2:1: timelines: nothing to draw"), "\(empty)")
        let pillars = try await CLI.run(["pillars", "empty.yaml", "-o", "p.png"], in: dir.path)
        #expect(pillars.status == 1 && pillars.stderr.contains("empty.yaml:3:1: pillars: nothing to draw"), "\(pillars)")
        #expect(try dir.listing() == ["empty.yaml", "none.yaml"])
    }

    @Test("--style that does not exist: error listing the styles")
    func unknownStyle() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "--style", "nope", "-o", "t.png"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("no style named 'nope' (available: dark, default, high-contrast, print, slides)"), "\(r)")
        #expect(try dir.listing().isEmpty)
    }

    @Test("options out of range are usage errors", arguments: [
        ["--width", "10"], ["--height", "1e9"], ["--scale", "0"], ["--scale", "nan"], ["--orientation", "diagonal"],
    ])
    func badOptions(_ options: [String]) async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", "t.png"] + options, in: dir.path)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains(options[0]), "the message should name \(options[0])\n\(r)")
        #expect(try dir.listing().isEmpty)
    }

    @Test("a negative number is read as the option's value and told its range", arguments: [
        ["--width", "-5", "between 50 and 20000 points (got -5)"], ["--scale", "-1", "above 0 and at most 16 (got -1)"],
    ])
    func negativeNumbers(_ example: [String]) async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", "t.png", example[0], example[1]], in: dir.path)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains(example[0] + " must be " + example[2]), "\(r)")
        #expect(try dir.listing().isEmpty)
    }

    @Test("an input file that does not exist: clear error")
    func missingInput() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", "absent.yaml", "-o", "t.png"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.hasPrefix("absent.yaml"), "\(r)")
        #expect(try dir.listing().isEmpty)
    }
}
