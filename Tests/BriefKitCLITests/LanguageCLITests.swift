// A briefing's language from the command line: its words on the page and in alt text, warnings in English.

import Foundation
import Testing

@Suite("briefkit in the briefing's language")
struct LanguageCLITests {
    static let vietnamese = CLI.packageRoot + "/Examples/vietnam-uk-2025.vi.yaml"
    static let arabic = CLI.packageRoot + "/Examples/vietnam-uk-2025.ar.yaml"

    @Test("describe speaks the briefing's language")
    func describeInVietnamese() async throws {
        let r = try await CLI.run(["describe", Self.vietnamese])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("Dòng thời gian gồm 14 sự kiện"), "\(r)")
        #expect(!r.stdout.contains("Timeline of") && !r.stdout.contains("Pillar diagram"), "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
    }

    @Test("an unknown language falls back to English with a located warning, in English")
    func unknownLanguage() async throws {
        let dir = try TempDir()
        let file = try dir.write("b.yaml", "title: Hội đàm\nlanguage: tlh\n")
        let r = try await CLI.run(["describe", file])
        // Nothing to describe (no diagram), but the warning comes first, at the field.
        #expect(r.stderr.contains("b.yaml:2:11: warning: language: no words for the language 'tlh'"), "\(r)")
        let page = try await CLI.run(["report", file, "-o", dir.file("p.pdf")])
        #expect(page.status == 0, "\(page)")
        let text = try await CLI.tool("pdftotext", [dir.file("p.pdf"), "-"])
        #expect(text.stdout.contains("Prepared with BriefKit"), "\(text)")
    }

    @Test("a malformed tag is an error at its line")
    func badTag() async throws {
        let dir = try TempDir()
        let file = try dir.write("b.yaml", "title: T\nlanguage: \"vi VN\"\n")
        let r = try await CLI.run(["validate", file])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("b.yaml:2:11: language:") && r.stderr.contains("BCP 47"), "\(r)")
    }

    @Test("the Vietnamese page: headings, kinds, dates and footer in Vietnamese, in the PDF's text and bookmarks")
    func vietnamesePDF() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["report", Self.vietnamese, "-o", dir.file("vi.pdf")])
        #expect(r.status == 0, "\(r)")
        let text = try await CLI.tool("pdftotext", ["-layout", dir.file("vi.pdf"), "-"])
        for word in ["Tóm tắt", "Kết quả", "Soạn thảo bằng BriefKit", "29 tháng 10 năm 2025", "tháng 10/2025"] {
            #expect(text.stdout.contains(word), "missing \(word)")
        }
        for english in ["Summary", "Outcomes", "Key figures", "Prepared with", "Statement", "Oct 2025", "October"] {
            #expect(!text.stdout.contains(english), "English \(english) on the Vietnamese page")
        }
        let outline = try await CLI.tool("qpdf", ["--json", "--json-key=outlines", dir.file("vi.pdf")])
        #expect(outline.stdout.contains("Tóm tắt") || outline.stdout.contains("T\\u00f3m t\\u1eaft"), "\(outline.stdout.prefix(400))")
    }

    @Test("terms: a briefing's own word replaces the language's")
    func terms() async throws {
        let dir = try TempDir()
        let base = try String(contentsOfFile: Self.vietnamese, encoding: .utf8)
        let file = try dir.write("b.yaml", base + "\nterms:\n  heading.summary: Tóm lược\n  footer: Vụ Châu Âu\n")
        let r = try await CLI.run(["report", file, "-o", dir.file("t.pdf")])
        #expect(r.status == 0, "\(r)")
        let text = try await CLI.tool("pdftotext", [dir.file("t.pdf"), "-"])
        #expect(text.stdout.contains("Tóm lược") && text.stdout.contains("Vụ Châu Âu"), "\(text.stdout.prefix(300))")
        #expect(!text.stdout.contains("Tóm tắt"))
    }
}
