// BriefKit as a library: the same bytes as the command line, and from any number of tasks at once.

import BriefKit
import BriefTestSupport
import Foundation
import Testing

@Suite("BriefKit as a Swift library")
struct LibraryTests {
    static let examples = ["vietnam-uk-2025.yaml", "vietnam-uk-2025.vi.yaml", "vietnam-uk-2025.ar.yaml", "eu-enlargement.yaml"]

    static func briefing(_ name: String) throws -> Briefing {
        try BriefingLoader.load(path: CLI.packageRoot + "/Examples/" + name).briefing
    }

    /// The renders of the test: each example as a report PDF, a timeline PNG and a pillars SVG, and the first as a deck.
    static func jobs() throws -> [(Briefing, Drawing, OutputFormat)] {
        var jobs: [(Briefing, Drawing, OutputFormat)] = []
        for name in examples {
            let b = try briefing(name)
            jobs.append((b, .report(), .pdf))
            jobs.append((b, .timeline(), .png))
            if b.pillars != nil { jobs.append((b, .pillars(), .svg)) }
        }
        jobs.append((try briefing(examples[0]), .deck(), .pptx))
        return jobs
    }

    // (A deck differs by its slides' names only: the command line names them after the briefing's file, which a
    // library client may not have; DeckTests and the test below read decks the library makes.)
    @Test("the library's files are the command line's, byte for byte")
    func sameAsTheCommandLine() async throws {
        let dir = try TempDir()
        let renderer = BriefKitRenderer()
        let cases: [([String], Drawing, OutputFormat, String)] = [
            (["report"], .report(), .pdf, "report.pdf"),
            (["timeline"], .timeline(), .png, "timeline.png"),
            (["pillars"], .pillars(), .svg, "pillars.svg"),
            (["report", "--template", "letter"], .report(template: try TemplateCatalog.load("letter").template), .pdf, "letter.pdf"),
        ]
        for (command, drawing, format, name) in cases {
            let r = try await CLI.run([command[0], CLI.vietnamUK, "-o", dir.file(name)] + command.dropFirst())
            #expect(r.status == 0, "\(r)")
            let file = try await renderer.render(try Self.briefing(Self.examples[0]), drawing, as: format)
            #expect(file.bytes == [UInt8](FileManager.default.contents(atPath: dir.file(name)) ?? Data()),
                    "\(name): the library and the command line differ")
            #expect(!(file.description ?? "").isEmpty)
        }
    }

    @Test("16 tasks rendering at once get the bytes of one render after another")
    func concurrentRenders() async throws {
        let jobs = try Self.jobs()
        let renderer = BriefKitRenderer()
        var expected: [[UInt8]] = []
        for (briefing, drawing, format) in jobs {
            expected.append(try await renderer.render(briefing, drawing, as: format).bytes)
        }
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for task in 0..<16 {
                group.addTask {
                    let i = task % jobs.count
                    let (briefing, drawing, format) = jobs[i]
                    return (i, try await renderer.render(briefing, drawing, as: format).bytes)
                }
            }
            return try await group.reduce(into: [(Int, [UInt8])]()) { $0.append($1) }
        }
        #expect(results.count == 16)
        // However many tasks asked at once, one render at a time measured and drew.
        #expect(BriefKitRenderer.inPango.most == 1)
        for (i, bytes) in results { #expect(bytes == expected[i], "render \(i) differs when run concurrently") }
    }

    @Test("a briefing without what a drawing shows, or a deck as PDF, is a clear error; the write is atomic")
    func errors() async throws {
        let renderer = BriefKitRenderer()
        let bare = Briefing(title: "Nothing else")
        await #expect(throws: Drawing.NothingToDraw.self) { _ = try await renderer.render(bare, .timeline(), as: .png) }
        await #expect(throws: Drawing.NothingToDraw.self) { _ = try await renderer.render(bare, .pillars(), as: .png) }
        do {
            _ = try await renderer.render(try Self.briefing(Self.examples[0]), .timeline(id: "nope"), as: .png)
            Issue.record("an unknown timeline id rendered")
        } catch let problem as Drawing.NothingToDraw {
            #expect(problem.key == "timelines" && problem.message.contains("partnerships"))
        }
        await #expect(throws: Drawing.NothingToDraw.self) {
            _ = try await renderer.render(try Self.briefing(Self.examples[0]), .deck(), as: .pdf)
        }
        // A report of a bare briefing is still a page.
        let page = try await renderer.render(bare, .report(), as: .pdf)
        let dir = try TempDir()
        try page.write(to: dir.file("bare.pdf"))
        #expect(FileManager.default.contents(atPath: dir.file("bare.pdf")).map { [UInt8]($0) } == page.bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bare.pdf"])
    }
}
