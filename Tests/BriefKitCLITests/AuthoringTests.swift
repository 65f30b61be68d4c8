// Authoring: the format reference in docs/ stays in step with the format's declarations, `briefkit schema`
// is what ships in docs/briefing.schema.json and an independent validator (python-jsonschema) accepts every
// example with it and refuses structural mistakes, and `briefkit init` writes a file that validates as it is.

import BriefKit
import Foundation
import Testing

@Suite struct AuthoringTests {
    static let reference = CLI.packageRoot + "/docs/format.md"

    /// The rows of the reference's table after `<!-- fields: NAME -->`: field name and the row's text.
    static func documented(_ name: String, in text: String) -> [(field: String, row: String)] {
        guard let start = text.range(of: "<!-- fields: \(name) -->") else { return [] }
        var rows: [(String, String)] = []
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.isEmpty { if rows.isEmpty { continue } else { break } }
            guard line.hasPrefix("| `") else { continue }
            let field = line.dropFirst(3).prefix { $0 != "`" }
            rows.append((String(field), String(line)))
        }
        return rows
    }

    @Test("docs/format.md documents every field the decoder knows, and no other, with what is required")
    func referenceMatchesTheFormat() throws {
        let text = try String(contentsOfFile: Self.reference, encoding: .utf8)
        for set in BriefingFormat.all {
            let rows = Self.documented(set.name, in: text)
            #expect(rows.map(\.field) == set.names, "\(set.name): documented \(rows.map(\.field)), decoded \(set.names)")
            for (field, row) in rows {
                guard let declared = set[field] else { continue }
                #expect(row.contains("**required**") == declared.required, "\(set.name).\(field): \(row)")
            }
        }
    }

    @Test("the shipped schema is the one briefkit schema prints")
    func shippedSchemaIsCurrent() async throws {
        let r = try await CLI.run(["schema"])
        #expect(r.status == 0, "\(r)")
        let shipped = try String(contentsOfFile: CLI.packageRoot + "/" + BriefingSchema.shippedPath, encoding: .utf8)
        #expect(r.stdout == shipped, "docs/briefing.schema.json is stale: run briefkit schema -o docs/briefing.schema.json")
        #expect(r.stdout == BriefingSchema.text())
    }

    /// Validates each file (YAML read as YAML 1.2 reads it: no timestamps, only true/false as booleans) with
    /// python-jsonschema's draft 2020-12 validator; prints "ok FILE" or "bad FILE: PATH: MESSAGE".
    static let validator = """
    import sys, json, re, yaml, jsonschema
    class Core(yaml.SafeLoader): pass
    Core.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t not in ('tag:yaml.org,2002:timestamp',
                                        'tag:yaml.org,2002:bool')] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    for c in 'tfTF':
        Core.add_implicit_resolver('tag:yaml.org,2002:bool', re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$'), list(c))
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    for f in sys.argv[2:]:
        doc = yaml.load(open(f, encoding='utf-8-sig'), Loader=Core)
        errors = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
        print(('ok ' + f) if not errors else ('bad %s: %s: %s' % (f, '/'.join(map(str, errors[0].path)), errors[0].message[:200])))
    """

    static let hasValidator: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import yaml, jsonschema"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    static func validate(_ files: [String]) async throws -> [String: String] {
        let schema = CLI.packageRoot + "/" + BriefingSchema.shippedPath
        let p = try await CLI.tool("python3", ["-c", validator, schema] + files)
        try #require(p.status == 0, "\(p)")
        var verdicts: [String: String] = [:]
        for line in p.stdout.split(separator: "\n") {
            let text = String(line)
            let file = files.first { text.hasPrefix("ok \($0)") || text.hasPrefix("bad \($0):") } ?? text
            verdicts[file] = text
        }
        return verdicts
    }

    @Test("an independent validator accepts every example, page fixture and a fresh skeleton with the schema",
          .enabled(if: hasValidator, "python3 with PyYAML and jsonschema is missing; .ci/run installs them"))
    func everyExampleValidates() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["init", dir.file("new.yaml")])
        #expect(r.status == 0, "\(r)")
        let pages = CLI.packageRoot + "/Tests/Fixtures/pages"
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: pages).filter { $0.hasSuffix(".yaml") }
            .sorted().map { pages + "/" + $0 }
        let files = CLI.examples + fixtures + [dir.file("new.yaml")]
        #expect(files.count >= 10)
        let verdicts = try await Self.validate(files)
        for f in files { #expect(verdicts[f] == "ok \(f)", "\(verdicts[f] ?? "no verdict for \(f)")") }
    }

    @Test("the schema refuses structural mistakes the decoder refuses",
          .enabled(if: hasValidator, "python3 with PyYAML and jsonschema is missing; .ci/run installs them"))
    func schemaRefusesMistakes() async throws {
        let dir = try TempDir()
        let good = "title: T\ntimelines:\n  - id: t\n    events:\n      - {date: 2025-10, label: A}\n"
        let mistakes: [(String, String)] = [
            ("no-title", "subtitle: S\n"),
            ("unknown-field", good + "titel: T\n"),
            ("bad-date", good.replacingOccurrences(of: "2025-10", with: "2025-13")),
            ("bad-id", good.replacingOccurrences(of: "id: t", with: "id: Big One")),
            ("no-events", "title: T\ntimelines:\n  - id: t\n    events: []\n"),
            ("event-without-label", "title: T\ntimelines:\n  - events:\n      - {date: 2025}\n"),
            ("highlight-as-text", good.replacingOccurrences(of: "label: A}", with: "label: A, highlight: yes}")),
            ("unknown-kind", "title: T\noutcomes:\n  - {title: O, kind: memo}\n"),
            ("colour-name", "title: T\nparties:\n  - {name: A, color: red}\n"),
            ("parties-not-a-list", "title: T\nparties: Việt Nam\n"),
            ("unknown-term", "title: T\nterms: {heading.sumary: Overview}\n"),
            ("scale-word", good.replacingOccurrences(of: "id: t", with: "id: t\n    scale: log")),
        ]
        var files: [String] = []
        for (name, text) in mistakes {
            let path = try dir.write(name + ".yaml", text)
            files.append(path)
            // The decoder refuses or warns about each one too: the schema says no more than it does.
            let v = try await CLI.run(["validate", path])
            #expect(v.status != 0 || v.stderr.contains("warning"), "\(name): briefkit accepts it silently\n\(v)")
        }
        let goodPath = try dir.write("good.yaml", good)
        let verdicts = try await Self.validate(files + [goodPath])
        #expect(verdicts[goodPath] == "ok \(goodPath)", "\(verdicts[goodPath] ?? "")")
        for f in files { #expect(verdicts[f]?.hasPrefix("bad ") == true, "the schema accepts \(f): \(verdicts[f] ?? "")") }
    }

    @Test("briefkit init writes a skeleton with a schema modeline that validates, and never overwrites a file")
    func initWritesAValidSkeleton() async throws {
        let dir = try TempDir()
        let file = dir.file("briefing.yaml")
        let r = try await CLI.run(["init", file], environment: ["SOURCE_DATE_EPOCH=1761696000"])
        #expect(r.status == 0, "\(r)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("# yaml-language-server: $schema=") && first.hasSuffix("/docs/briefing.schema.json"), "\(first)")
        let schemaPath = String(first.dropFirst("# yaml-language-server: $schema=".count))
        #expect(FileManager.default.fileExists(atPath: schemaPath), "the modeline names \(schemaPath)")
        #expect(text.contains("date: 2025-10-29"), "today's date (SOURCE_DATE_EPOCH) as the example")
        for set in ["parties:", "timelines:", "periods:", "pillars:", "outcomes:", "figures:", "sources:", "language:"] {
            #expect(text.contains(set), "the skeleton lacks \(set)")
        }
        let v = try await CLI.run(["validate", file])
        #expect(v.status == 0 && v.stderr.isEmpty, "\(v)")
        let page = try await CLI.run(["report", file, "-o", dir.file("page.pdf")])
        #expect(page.status == 0, "\(page)")
        // A second init leaves the file as it is and says so.
        try "title: mine\n".write(toFile: file, atomically: true, encoding: .utf8)
        let again = try await CLI.run(["init", file])
        #expect(again.status != 0 && again.stderr.contains("already exists"), "\(again)")
        let kept = try String(contentsOfFile: file, encoding: .utf8)
        #expect(kept == "title: mine\n")
        let forced = try await CLI.run(["init", file, "--force"])
        let replaced = try String(contentsOfFile: file, encoding: .utf8)
        #expect(forced.status == 0 && replaced.hasPrefix("# yaml-language-server"))
    }
}
