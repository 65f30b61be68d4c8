// Many briefings in one run: folders, --out-dir and --name, workers, --keep-going, --report-json and --shard.

import Foundation
import Testing

@Suite("briefkit with many briefings")
struct BatchTests {
    /// A folder of three example briefings and one broken file, named so the broken one sorts second.
    static func folder(_ dir: TempDir) throws -> String {
        let input = dir.file("in")
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        for (name, example) in [("a-uk", "vietnam-uk-2025"), ("c-eu", "eu-enlargement"), ("d-us", "vietnam-us-2023")] {
            try FileManager.default.copyItem(atPath: CLI.packageRoot + "/Examples/\(example).yaml", toPath: input + "/\(name).yaml")
        }
        try "title: [unclosed\n".write(toFile: input + "/b-broken.yaml", atomically: true, encoding: .utf8)
        try "not a briefing, not read\n".write(toFile: input + "/notes.txt", atomically: true, encoding: .utf8)
        return input
    }

    struct Report: Decodable {
        struct Input: Decodable { var input: String; var outputs: [String]; var ok: Bool; var errors: [String]; var notes: [String] }
        var total: Int; var failed: Int; var workers: Int; var inputs: [Input]
    }

    static func report(_ path: String) throws -> Report {
        try JSONDecoder().decode(Report.self, from: try #require(FileManager.default.contents(atPath: path)))
    }

    @Test("a folder over two workers: every good briefing written as one run would, the failure reported at the end")
    func folderWithWorkers() async throws {
        let dir = try TempDir()
        let input = try Self.folder(dir)
        let r = try await CLI.run(["report", input, "--out-dir", dir.file("out"), "-j", "2", "--keep-going",
                                   "--report-json", dir.file("report.json")])
        #expect(r.status == 1, "\(r)")
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.file("out")).sorted()
        #expect(written == ["a-uk.pdf", "c-eu.pdf", "d-us.pdf"])
        // The same bytes as a run of its own.
        let single = try await CLI.run(["report", input + "/c-eu.yaml", "-o", dir.file("single.pdf")])
        #expect(single.status == 0)
        #expect(FileManager.default.contents(atPath: dir.file("single.pdf")) == FileManager.default.contents(atPath: dir.file("out/c-eu.pdf")))
        // Every failure is listed after everything else, with its location.
        let lines = r.stderr.split(separator: "\n")
        let summary = try #require(lines.firstIndex { $0.contains("3 of 4 briefings rendered") }, "\(r)")
        #expect(lines[summary].contains("2 workers") && lines[summary].contains("1 failed"))
        #expect(lines[(summary + 1)...].contains { $0.contains("b-broken.yaml:2:1") }, "\(r)")
        // Each briefing's notes are named by it.
        #expect(r.stderr.contains("briefkit: \(input)/a-uk.yaml: note: "), "\(r)")
        let report = try Self.report(dir.file("report.json"))
        #expect(report.total == 4 && report.failed == 1 && report.workers == 2)
        #expect(report.inputs.map { $0.input.split(separator: "/").last! } == ["a-uk.yaml", "b-broken.yaml", "c-eu.yaml", "d-us.yaml"])
        #expect(report.inputs[1].ok == false && report.inputs[1].errors.first?.contains("b-broken.yaml:2:1") == true)
        #expect(report.inputs[0].outputs == [dir.file("out/a-uk.pdf")] && !report.inputs[0].notes.isEmpty)
    }

    @Test("without --keep-going the run stops at the first failure and says what was not tried")
    func stopsAtFirstFailure() async throws {
        let dir = try TempDir()
        let input = try Self.folder(dir)
        let r = try await CLI.run(["timeline", input, "--out-dir", dir.file("out"), "-j", "1", "--name", "{stem}.svg"])
        #expect(r.status == 1, "\(r)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("out")) == ["a-uk.svg"])
        #expect(r.stderr.contains("1 of 4 briefings rendered") && r.stderr.contains("2 not tried"), "\(r)")
    }

    @Test("--shard I/N takes every N-th input; N alone takes I from JOB_COMPLETION_INDEX; a Slurm array task its share")
    func shards() async throws {
        let dir = try TempDir()
        let input = try Self.folder(dir)
        func outputs(_ args: [String], _ env: [String] = []) async throws -> [String] {
            let out = dir.file("out-\(UUID().uuidString)")
            let r = try await CLI.run(["timeline", input, "--out-dir", out, "--name", "{stem}.svg", "--keep-going", "-j", "1"] + args,
                                      environment: env)
            #expect(r.status <= 1, "\(r)")
            return ((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []).sorted()
        }
        // Sorted, the inputs are a-uk, b-broken, c-eu, d-us.
        #expect(try await outputs(["--shard", "0/2"]) == ["a-uk.svg", "c-eu.svg"])
        #expect(try await outputs(["--shard", "1/2"]) == ["d-us.svg"])
        #expect(try await outputs(["--shard", "2"], ["JOB_COMPLETION_INDEX=0"]) == ["a-uk.svg", "c-eu.svg"])
        #expect(try await outputs([], ["SLURM_ARRAY_TASK_ID=4", "SLURM_ARRAY_TASK_MIN=3", "SLURM_ARRAY_TASK_COUNT=2"])
                == ["d-us.svg"])
        #expect(try await outputs(["--shard", "1/4"]).isEmpty)
        #expect(try await outputs(["--shard", "4/5"]).isEmpty)
        let noIndex = try await CLI.run(["pillars", input, "--out-dir", dir.file("x"), "--shard", "2"])
        #expect(noIndex.status == 64 && noIndex.stderr.contains("JOB_COMPLETION_INDEX"), "\(noIndex)")
    }

    @Test("several decks in one run, and several briefings added to one deck in turn")
    func decks() async throws {
        let dir = try TempDir()
        let uk = CLI.vietnamUK, eu = CLI.packageRoot + "/Examples/eu-enlargement.yaml"
        let r = try await CLI.run(["deck", uk, eu, "--out-dir", dir.file("decks")])
        #expect(r.status == 0, "\(r)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("decks")).sorted()
                == ["eu-enlargement.pptx", "vietnam-uk-2025.pptx"])
        // Into one deck: the second briefing's slides follow the first's; again, and nothing is repeated.
        try FileManager.default.copyItem(atPath: dir.file("decks/eu-enlargement.pptx"), toPath: dir.file("ours.pptx"))
        for _ in 0..<2 {
            let into = try await CLI.run(["timeline", uk, eu, "--into", dir.file("ours.pptx")])
            #expect(into.status == 0, "\(into)")
        }
        let facts = try await DeckTests.facts(dir.file("ours.pptx"))
        let names = DeckTests.slides(facts).map { String($0.dropFirst("slide '".count).prefix { $0 != "'" }) }
        #expect(names.suffix(2) == ["BriefKit: timeline partnerships · vietnam-uk-2025.yaml",
                                    "BriefKit: timeline enlargement · eu-enlargement.yaml"], "\(names)")
        #expect(names.count == 6)
    }

    @Test("refused before anything is written: -o for several, two inputs on one output, --name with a folder")
    func refusals() async throws {
        let dir = try TempDir()
        let input = try Self.folder(dir)
        let cases: [([String], String)] = [
            (["report", input, "-o", dir.file("x.pdf")], "give --out-dir DIR for a folder"),
            (["report", CLI.vietnamUK, CLI.vietnamUK, "--out-dir", dir.file("o")], "is given twice"),
            (["report", CLI.vietnamUK, input + "/a-uk.yaml", CLI.packageRoot + "/Examples/../Examples/vietnam-uk-2025.yaml",
              "--out-dir", dir.file("o"), "--name", "{dir}.pdf"], "would both write"),
            (["report", input, "--out-dir", dir.file("o"), "--name", "sub/{stem}.pdf"], "without a '/'"),
            (["report", input, "--out-dir", dir.file("o"), "--name", "{stem}.doc"], "to pick the format"),
            (["report", input], "give --out-dir DIR"),
            (["report", CLI.vietnamUK, "--name", "{stem}.pdf", "-o", dir.file("a.pdf")], "it needs --out-dir"),
            (["deck", input, "--out-dir", dir.file("o"), "--name", "{stem}.pdf"], "end --name in .pptx"),
            (["report", input, "--out-dir", dir.file("o"), "-j", "0"], "-j must be between 1 and 256"),
        ]
        for (arguments, message) in cases {
            let r = try await CLI.run(arguments)
            #expect(r.status == 64 && r.stderr.contains(message), "\(arguments): \(r)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.file("o")))
        #expect(!FileManager.default.fileExists(atPath: dir.file("x.pdf")))
    }
}
