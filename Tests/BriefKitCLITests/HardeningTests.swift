// The fuzzing/fault trial's defects: outputs replacing inputs, temporary files, FIFOs, style and template
// names, `extends` paths, missing fonts and the PNG pixel budget — each refused or handled as a user sees it.

import Foundation
import Testing

/// A small briefing with one timeline and pillars, as YAML and as the same data in JSON.
private enum Small {
    static let yaml = """
        title: Small
        timelines:
          - id: t
            events:
              - {date: 2020-01-01, label: One}
              - {date: 2021-06-01, label: Two}
        pillars:
          roof: R
          columns:
            - {name: A, items: [x]}
            - {name: B, items: [y]}
        """
    static let json = """
        {"title": "Small", "timelines": [{"id": "t", "events": [{"date": "2020-01-01", "label": "One"},
          {"date": "2021-06-01", "label": "Two"}]}], "pillars": {"roof": "R", "columns": [{"name": "A", "items": ["x"]}]}}
        """
    static let template = """
        {"page": {"width": 400, "height": 300}, "margins": 20, "blocks": [{"block": "header"}, {"block": "timeline"}]}
        """
}

private func runWithEnvironment(_ environment: [String], _ arguments: [String], in cwd: String) async throws -> ProcessResult {
    try await CLI.run(arguments, in: cwd, environment: environment)
}

private func mode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
}

/// The process's umask, read without changing it (umask(2) would, for every thread at once).
private func currentUmask() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
}

@Suite("briefkit hardening")
struct HardeningTests {
    // MARK: 1. An output never replaces an input

    /// One way of naming an input as the output: the files to set up, the arguments, the input that must survive.
    struct Clash: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        /// The file that must be left as it was, and named in the message with the output.
        var input: String
        var output: String
        var testDescription: String { name }

        static let all: [Clash] = [
            Clash(name: "the same path", arguments: ["timeline", "b.json", "-o", "b.json"], input: "b.json", output: "b.json"),
            Clash(name: "another spelling", arguments: ["timeline", "b.json", "-o", "./b.json"], input: "b.json", output: "./b.json"),
            Clash(name: "through a folder and back", arguments: ["pillars", "b.json", "-o", "sub/../b.json"],
                  input: "b.json", output: "sub/../b.json"),
            Clash(name: "a symbolic link to the input", arguments: ["timeline", "b.json", "-o", "link.json"],
                  input: "b.json", output: "link.json"),
            Clash(name: "the input through a symbolic link", arguments: ["timeline", "link.json", "-o", "b.json"],
                  input: "link.json", output: "b.json"),
            Clash(name: "a hard link", arguments: ["timeline", "b.json", "-o", "hard.json"], input: "b.json", output: "hard.json"),
            Clash(name: "the style", arguments: ["timeline", "b.yaml", "--style", "s.json", "-o", "s.json"],
                  input: "s.json", output: "s.json"),
            Clash(name: "a style the style extends", arguments: ["timeline", "b.yaml", "--style", "s2.json", "-o", "s.json"],
                  input: "s.json", output: "s.json"),
            Clash(name: "the template", arguments: ["report", "b.yaml", "--template", "t.json", "-o", "./t.json"],
                  input: "t.json", output: "./t.json"),
        ]
    }

    @Test("an output that is an input is refused before anything is written", arguments: Clash.all)
    func outputIsInput(_ clash: Clash) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("b.json", Small.json)
        try dir.write("s.json", ##"{"colors": {"accent": "#C8102E"}}"##)
        try dir.write("s2.json", #"{"extends": "s"}"#)
        try dir.write("t.json", Small.template)
        try FileManager.default.createDirectory(atPath: dir.file("sub"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: dir.file("link.json"), withDestinationPath: "b.json")
        try FileManager.default.linkItem(atPath: dir.file("b.json"), toPath: dir.file("hard.json"))
        let before = try dir.listing()
        let bytes = dir.contents(clash.input)
        let r = try await CLI.run(clash.arguments, in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("refusing to write \(clash.output): it is the same file as \(clash.input)"), "\(r)")
        #expect(dir.contents(clash.input) == bytes, "the input was changed")
        #expect(try dir.listing() == before, "files were added or removed")
    }

    @Test("an output beside the input, not it, is written")
    func outputBesideInput() async throws {
        let dir = try TempDir()
        try dir.write("b.json", Small.json)
        let r = try await CLI.run(["timeline", "b.json", "-o", "scene.json"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(dir.contents("scene.json") != nil)
    }

    // MARK: 2. AtomicFile

    @Test("output names of 239 to 255 bytes are written", arguments: [239, 240, 247, 254, 255])
    func longNames(_ length: Int) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        // ASCII, and with two-byte letters so the temporary name's cut falls inside one.
        for letter in ["a", "é"] {
            let stemBytes = length - 4
            let count = stemBytes / letter.utf8.count
            let name = String(repeating: letter, count: count) + String(repeating: "a", count: stemBytes - count * letter.utf8.count)
                + ".svg"
            #expect(name.utf8.count == length)
            let r = try await CLI.run(["timeline", "b.yaml", "-o", name], in: dir.path)
            #expect(r.status == 0, "\(length) bytes: \(r)")
            #expect(dir.contents(name) != nil)
        }
        #expect(try dir.listing().filter { $0.hasPrefix(".") }.isEmpty, "a temporary file was left")
    }

    @Test("an existing output keeps its permissions; a new one gets 0666 less the umask")
    func permissions() async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("private.png", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: dir.file("private.png"))
        try dir.write("shared.pdf", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o664], ofItemAtPath: dir.file("shared.pdf"))
        for out in ["private.png", "shared.pdf", "new.svg"] {
            let r = try await CLI.run(["timeline", "b.yaml", "-o", out], in: dir.path)
            #expect(r.status == 0, "\(r)")
        }
        #expect(mode(dir.file("private.png")) == 0o600)
        #expect(mode(dir.file("shared.pdf")) == 0o664)
        #expect(mode(dir.file("new.svg")) == 0o666 & ~currentUmask())
    }

    @Test("a run interrupted while writing leaves no temporary file", arguments: [SIGINT, SIGTERM, SIGHUP])
    func interruptedWrite(_ signal: Int32) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("old.png", "old")
        for out in ["new.png", "old.png"] {
            let r = try await runWithEnvironment(["BRIEFKIT_TEST_SIGNAL_DURING_WRITE=\(signal)"],
                                                 ["timeline", "b.yaml", "-o", out], in: dir.path)
            // Ended by the signal itself, as without a handler (Foundation reports the signal's number).
            #expect(r.status == signal, "\(r)")
            #expect(try dir.listing() == ["b.yaml", "old.png"], "signal \(signal), -o \(out)")
            #expect(dir.contents("old.png") == Data("old".utf8))
        }
    }

    // MARK: 3. Only regular files are read

    @Test("a FIFO as briefing, style or template is refused at once", arguments: [
        ["timeline", "fifo.yaml", "-o", "out.png"],
        ["timeline", "b.yaml", "--style", "fifo.yaml", "-o", "out.png"],
        ["report", "b.yaml", "--template", "fifo.yaml", "-o", "out.pdf"],
        ["validate", "fifo.yaml"],
    ])
    func fifoInput(_ arguments: [String]) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        #expect(mkfifo(dir.file("fifo.yaml"), 0o644) == 0)
        guard let binary = CLI.binary else { throw HarnessError(description: "briefkit binary not found") }
        // A run that waits for a writer is killed at the time-out, and then does not exit with 1.
        let r = try await CLI.spawn(binary, arguments, in: dir.path, timeout: 20)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("fifo.yaml: is not a regular file (a FIFO"), "\(r)")
        #expect(try dir.listing() == ["b.yaml", "fifo.yaml"])
    }

    @Test("a device as input is refused")
    func deviceInput() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", "/dev/zero", "-o", "out.png"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("/dev/zero: is not a regular file (a character device"), "\(r)")
        #expect(try dir.listing().isEmpty)
    }

    // MARK: 4. Style and template names and paths

    @Test("a style or template file named without a folder is a path by its extension, JSON and .yml too", arguments: [
        ["timeline", "b.yaml", "--style", "mine.json", "-o", "out.png"],
        ["timeline", "b.yaml", "--style", "mine.yml", "-o", "out.png"],
        ["timeline", "b.yaml", "--style", "MINE.YAML", "-o", "out.png"],
        ["report", "b.yaml", "--template", "page.json", "-o", "out.pdf"],
        ["report", "b.yaml", "--template", "page.yml", "-o", "out.pdf"],
    ])
    func bareFileNames(_ arguments: [String]) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("mine.json", ##"{"name": "mine", "colors": {"accent": "#0000AA"}}"##)
        try dir.write("mine.yml", "name: mine\n")
        try dir.write("MINE.YAML", "name: mine\n")
        try dir.write("page.json", Small.template)
        try dir.write("page.yml", "page: {width: 400, height: 300}\nmargins: 20\nblocks: [{block: header}]\n")
        let r = try await CLI.run(arguments, in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(try dir.listing().contains("out." + (arguments[0] == "report" ? "pdf" : "png")))
    }

    @Test("a shipped style or template name finds NAME.yaml, .yml or .json")
    func shippedNames() async throws {
        let home = try TempDir()
        try FileManager.default.createDirectory(atPath: home.file("Styles"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: home.file("Reports"), withIntermediateDirectories: false)
        try home.write("Styles/jsonstyle.json", #"{"description": "from JSON"}"#)
        try home.write("Styles/ymlstyle.yml", "description: from yml\n")
        try home.write("Reports/jsonpage.json", Small.template)
        try home.write("b.yaml", Small.yaml)
        let env = ["BRIEFKIT_HOME=\(home.path)"]
        for arguments in [["timeline", "b.yaml", "--style", "jsonstyle", "-o", "a.png"],
                          ["timeline", "b.yaml", "--style", "ymlstyle", "-o", "b.png"],
                          ["report", "b.yaml", "--template", "jsonpage", "-o", "c.pdf"]] {
            let r = try await runWithEnvironment(env, arguments, in: home.path)
            #expect(r.status == 0, "\(r)")
        }
        let styles = try await runWithEnvironment(env, ["styles"], in: home.path)
        #expect(styles.stdout.contains("jsonstyle") && styles.stdout.contains("from JSON"), "\(styles)")
        #expect(styles.stdout.contains("ymlstyle") && styles.stdout.contains("from yml"), "\(styles)")
    }

    @Test("--help says which values are paths")
    func helpSaysTheRule() async throws {
        for command in ["timeline", "report"] {
            let r = try await CLI.run([command, "--help"])
            let text = r.stdout.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
            #expect(text.contains("ending in .yaml, .yml or .json is a path"), "\(r)")
        }
    }

    // MARK: 5. `extends` stays in the style's folder

    @Test("extends with a path is refused at the field", arguments: ["../elsewhere", "..", "/etc/passwd", "sub/style", "./x"])
    func extendsPath(_ value: String) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try FileManager.default.createDirectory(atPath: dir.file("styles/sub"), withIntermediateDirectories: true)
        try dir.write("elsewhere.yaml", "name: elsewhere\n")
        try dir.write("styles/sub/style.yaml", "name: sub\n")
        try dir.write("styles/x.yaml", "name: x\n")
        try dir.write("styles/mine.yaml", "name: mine\nextends: \"\(value)\"\n")
        let r = try await CLI.run(["timeline", "b.yaml", "--style", "styles/mine.yaml", "-o", "out.png"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.hasPrefix("styles/mine.yaml:2:10: extends: "), "\(r)")
        #expect(r.stderr.contains("same folder"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("out.png")))
    }

    // MARK: 6. A font family no installed font has

    @Test("a fontFamily with no installed family is warned about at the field, naming the substitute")
    func missingFont() async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("nofont.yaml", "name: nofont\nfontFamily: \"Nonexistent Sans, Nowhere Serif\"\n")
        try dir.write("child.yaml", "extends: nofont\n")
        for style in ["nofont.yaml", "child.yaml"] {
            let r = try await CLI.run(["timeline", "b.yaml", "--style", style, "-o", "out.png"], in: dir.path)
            #expect(r.status == 0, "\(r)")
            let line = r.stderr.split(separator: "\n").first { $0.contains("fontFamily") }.map(String.init) ?? ""
            #expect(line.hasPrefix("nofont.yaml:2:13: warning: fontFamily: "), "\(r)")
            #expect(line.contains("'Nonexistent Sans', 'Nowhere Serif'") && line.contains("instead"), "\(r)")
        }
    }

    @Test("an installed family, a fallback list with one installed, or a generic name: no warning", arguments: [
        "default", "fallback.yaml", "generic.yaml",
    ])
    func installedFont(_ style: String) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("fallback.yaml", "fontFamily: \"Nonexistent Sans, DejaVu Sans\"\n")
        try dir.write("generic.yaml", "fontFamily: sans-serif\n")
        let r = try await CLI.run(["timeline", "b.yaml", "--style", style, "-o", "out.png"], in: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(!r.stderr.contains("fontFamily"), "\(r)")
    }

    // MARK: 7. The PNG pixel budget and the template's numbers

    @Test("a PNG over 40 megapixels is refused before layout, saying how to lower it", arguments: [
        ["timeline", "b.yaml", "-o", "big.png", "--size", "8000x6000px"],
        ["pillars", "b.yaml", "-o", "big.png", "--width", "4000", "--height", "3000"],
        ["timeline", "b.yaml", "-o", "big.png", "--size", "a4", "--dpi", "700"],
        ["report", "b.yaml", "-o", "big.png", "--template", "huge.json"],
        ["report", "b.yaml", "-o", "big.png", "--dpi", "700"],
    ])
    func pixelBudget(_ arguments: [String]) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("huge.json", #"{"page": {"width": 10000, "height": 10000}, "blocks": [{"block": "header"}]}"#)
        let r = try await CLI.run(arguments, in: dir.path)
        #expect(r.status != 0, "\(r)")
        #expect(r.stderr.contains("megapixels) is over the limit of 40 megapixels"), "\(r)")
        #expect(r.stderr.contains("--scale") && r.stderr.contains(".pdf"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("big.png")))
    }

    @Test("a PNG just within the budget, and any size as PDF, are drawn")
    func withinBudget() async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("huge.json", #"{"page": {"width": 10000, "height": 10000}, "blocks": [{"block": "header"}]}"#)
        for arguments in [["timeline", "b.yaml", "-o", "ok.png", "--size", "a4", "--dpi", "600"],
                          ["report", "b.yaml", "-o", "ok.pdf", "--template", "huge.json"]] {
            let r = try await CLI.run(arguments, in: dir.path)
            #expect(r.status == 0, "\(r)")
        }
    }

    @Test("template numbers out of range: one located error each", arguments: [
        (#"{"page": {"width": 20000, "height": 500}, "blocks": [{"block": "header"}]}"#,
         "t.json:1:20: page.width: must be between 72 and 14400 (found 20000)"),
        (#"{"page": {"width": 500, "height": 50}, "margins": 5, "blocks": [{"block": "header"}]}"#,
         "t.json:1:35: page.height: must be between 72 and 14400 (found 50)"),
        (#"{"page": {"width": 300, "height": 300}, "margins": 10, "gutter": 150, "blocks": [{"block": "header"}]}"#,
         "t.json:1:66: gutter: leaves no room for two columns"),
        (#"{"page": {"width": 300, "height": 300}, "gap": -1, "blocks": [{"block": "header"}]}"#,
         "t.json:1:48: gap: must be between 0 and 200 (found -1)"),
    ])
    func templateNumbers(_ template: String, _ expected: String) async throws {
        let dir = try TempDir()
        try dir.write("b.yaml", Small.yaml)
        try dir.write("t.json", template)
        let r = try await CLI.run(["report", "b.yaml", "--template", "t.json", "-o", "out.png"], in: dir.path)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.hasPrefix(expected), "\(r)")
        #expect(try dir.listing() == ["b.yaml", "t.json"])
    }
}
