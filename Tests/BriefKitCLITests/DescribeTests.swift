// `briefkit describe` prints each diagram's alt text; a PDF without a subject carries it as its Subject.

import Foundation
import Testing

@Suite("briefkit describe")
struct DescribeTests {
    @Test("one line per diagram: each timeline, then the pillars")
    func everyDiagram() async throws {
        let r = try await CLI.run(["describe", CLI.vietnamUK])
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(r)")
        #expect(lines.first?.hasPrefix("timeline partnerships: Timeline of 14 events from May 2008 to October 2025: ") == true,
                "\(r)")
        #expect(lines.last?.hasPrefix("pillars: Pillar diagram: ") == true, "\(r)")
    }

    @Test("--id describes that timeline only; an unknown id is an error listing the ids")
    func byID() async throws {
        let r = try await CLI.run(["describe", CLI.vietnamUK, "--id", "partnerships"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.split(separator: "\n").count == 1, "\(r)")
        let bad = try await CLI.run(["describe", CLI.vietnamUK, "--id", "nope"])
        #expect(bad.status == 1, "\(bad)")
        #expect(bad.stderr.contains("timelines: no timeline with id \"nope\" (ids: partnerships)"), "\(bad)")
    }

    @Test("a timeline PDF's Subject is the alt text that describe prints")
    func pdfSubject() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.pdf")])
        #expect(r.status == 0, "\(r)")
        let info = try await CLI.tool("pdfinfo", [dir.file("t.pdf")])
        try #require(info.status == 0, "pdfinfo: \(info)")
        #expect(info.stdout.contains("Subject:         Timeline of 14 events from May 2008 to October 2025"), "\(info)")
    }
}
