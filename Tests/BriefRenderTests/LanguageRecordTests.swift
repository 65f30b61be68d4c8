// The scene's language in the files: PDF catalog /Lang (an incremental update qpdf accepts) and SVG xml:lang.

@testable import BriefRender
import BriefScene
import Foundation
import Testing

@Suite struct LanguageRecordTests {
    let renderer = Renderer()

    private func scene(language: String?) -> Scene {
        var scene = sampleScene()
        scene.metadata.language = language
        return scene
    }

    /// The catalog as qpdf prints it, found through the trailer's /Root (not through BriefKit's own reader).
    private func catalog(_ path: String) throws -> String {
        let trailer = try run("qpdf", ["--show-object=trailer", path])
        #expect(trailer.status == 0, "\(trailer.stderr)")
        let root = try #require(trailer.stdout.firstMatch(of: /\/Root (\d+) (\d+) R/), "\(trailer.stdout)")
        let object = try run("qpdf", ["--show-object=\(root.1),\(root.2)", path])
        #expect(object.status == 0, "\(object.stderr)")
        return object.stdout
    }

    // MARK: PDF

    @Test func pdfCatalogHasLangAndPassesQPDF() throws {
        for tag in ["vi", "en-GB", "zh-Hans", "ar", "sr-Latn-RS"] {
            let output = try renderer.render(scene(language: tag), to: .pdf)
            #expect(output.warnings.isEmpty, "\(output.warnings)")
            let path = try temporaryFile(output.bytes, name: "lang.pdf")
            let check = try run("qpdf", ["--check", path])
            #expect(check.status == 0, "qpdf --check (\(tag)): \(check.stdout) \(check.stderr)")
            #expect(!check.stdout.contains("WARNING") && !check.stderr.contains("WARNING"), "\(check.stdout)\(check.stderr)")
            let dict = try catalog(path)
            #expect(dict.contains("/Lang (\(tag))"), "\(tag): \(dict)")
            #expect(dict.contains("/Type /Catalog") && dict.contains("/StructTreeRoot") && dict.contains("/Outlines"),
                    "the catalog keeps Cairo's entries: \(dict)")
        }
    }

    @Test func pdfKeepsMetadataLinksAndOutline() throws {
        let path = try temporaryFile(renderer.render(scene(language: "vi"), to: .pdf).bytes, name: "lang.pdf")
        let info = try run("pdfinfo", [path])
        #expect(info.stdout.contains("Việt Nam test scene") && info.stdout.contains("Tagged:          yes"), "\(info.stdout)")
        #expect(info.stdout.contains("CreationDate:    Wed Oct 29 12:00:00 2025 UTC"), "\(info.stdout)")
        let urls = try run("pdfinfo", ["-url", path])
        #expect(urls.stdout.contains("https://example.org/it%27s?a=1&b=2"), "\(urls.stdout)")
        let outline = try run("qpdf", ["--json", "--json-key=outlines", path])
        #expect(outline.stdout.contains("\"Top\"") && outline.stdout.contains("\"Axis\""), "\(outline.stdout)")
        let text = try run("pdftotext", ["-enc", "UTF-8", path, "-"])
        #expect(text.stdout.contains("Việt Nam – Tô Lâm"), "\(text.stdout)")
    }

    @Test func pdfWithLanguageIsReproducibleAndOnlyAppends() throws {
        let a = try renderer.render(scene(language: "vi"), to: .pdf).bytes
        _ = try renderer.render(scene(language: "ar"), to: .svg)
        let b = try renderer.render(scene(language: "vi"), to: .pdf).bytes
        #expect(a == b, "same scene, same bytes")
        // An incremental update: Cairo's file, untouched, then the new catalog, xref section and trailer.
        let plain = try renderer.render(scene(language: nil), to: .pdf).bytes
        #expect(a.count > plain.count && Array(a.prefix(plain.count)) == plain)
        let tail = String(decoding: a[plain.count...], as: UTF8.self)
        #expect(tail.contains("/Lang (vi)") && tail.contains("/Prev ") && tail.hasSuffix("%%EOF\n"), "\(tail)")
    }

    @Test func pdfHasNoLangForAMalformedTag() throws {
        let plain = try renderer.render(scene(language: nil), to: .pdf).bytes
        let bad = ["", "e", "english!", "en--GB", "-en", "en-", "x", "123", "en-toolongsubtag",
                   String(repeating: "a-", count: 18) + "a", "vi) /OpenAction (x", "vi\n/Lang (en)", "tiếng-việt"]
        for tag in bad {
            let output = try renderer.render(scene(language: tag), to: .pdf)
            #expect(output.bytes == plain, "\(tag.debugDescription) must not reach the file")
            #expect(output.warnings.isEmpty)
        }
        #expect(!String(decoding: plain, as: UTF8.self).contains("/Lang"))
    }

    @Test func tagSyntax() {
        for good in ["vi", "en-GB", "zh-Hans", "zh-Hans-CN", "ar", "sr-Latn-RS", "x-briefkit", "i-klingon", "es-419",
                     "de-CH-1996", "en-u-nu-latn", String(repeating: "a", count: 8) + String(repeating: "-abcdefgh", count: 3)] {
            #expect(LanguageTag.recorded(good) == good, "\(good)")
        }
        // Canonical case and separator: a tag written loosely is recorded as BCP 47 writes it.
        #expect(LanguageTag.recorded("EN_gb") == "en-GB")
        // 36 characters: one over RFC 5646's 35.
        #expect(LanguageTag.recorded("en-" + String(repeating: "abcdefg-", count: 4) + "abc") == nil)
        for bad in ["", "a", "x", "1a", "en GB", "en-", "-", "en-abcdefghi", "é", "en-GB\u{0}"] {
            #expect(LanguageTag.recorded(bad) == nil, "\(bad.debugDescription)")
        }
    }

    /// The reader finds the catalog through the trailer and xref, not the first "/Type /Catalog" in the file.
    @Test func updateFindsTheCatalogThroughTheTrailer() throws {
        let decoy = "1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n"
        let head = "%PDF-1.5\n" + decoy
        let root = "2 0 obj\n<< /Type /Catalog\n   /Pages 3 0 R\n   /Names << /X (a >> b) >>\n>>\nendobj\n"
        let pages = "3 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        let o1 = 9, o2 = head.utf8.count, o3 = o2 + root.utf8.count
        let xrefAt = o3 + pages.utf8.count
        func pad(_ v: Int) -> String { String(repeating: "0", count: 10 - String(v).count) + String(v) }
        let xref = "xref\n0 4\n0000000000 65535 f \n\(pad(o1)) 00000 n \n\(pad(o2)) 00000 n \n\(pad(o3)) 00000 n \n"
            + "trailer\n<< /Size 4 /Root 2 0 R /ID [<00ff><00ff>] >>\nstartxref\n\(xrefAt)\n%%EOF\n"
        let pdf = Array((head + root + pages + xref).utf8)
        let updated = try PDFLanguageUpdate.adding(language: "ar", to: pdf)
        let tail = String(decoding: updated[pdf.count...], as: UTF8.self)
        #expect(tail.hasPrefix("2 0 obj\n<< /Type /Catalog\n   /Pages 3 0 R\n   /Names << /X (a >> b) >>\n   /Lang (ar)\n>>"),
                "\(tail)")
        #expect(tail.contains("/ID [<00ff><00ff>]") && tail.contains("/Root 2 0 R") && tail.contains("/Prev \(xrefAt)"), "\(tail)")
        let path = try temporaryFile(updated, name: "made.pdf")
        let dict = try catalog(path)
        #expect(dict.contains("/Lang (ar)"), "\(dict)")
        // A second update is refused: the catalog has a language already.
        #expect(throws: PDFLanguageUpdate.Failure.alreadyHasLanguage) { try PDFLanguageUpdate.adding(language: "vi", to: updated) }
        #expect(throws: PDFLanguageUpdate.Failure.noCrossReferenceTable) {
            try PDFLanguageUpdate.adding(language: "vi", to: Array("%PDF-1.5\nnothing here\n".utf8))
        }
    }

    // MARK: SVG

    @Test func svgRootHasXMLLangAndStillParses() throws {
        let bytes = try renderer.render(scene(language: "zh-Hans"), to: .svg).bytes
        let text = String(decoding: bytes, as: UTF8.self)
        let root = try #require(text.range(of: "<svg")).lowerBound
        let rootTag = text[root...].prefix { $0 != ">" }
        #expect(rootTag.contains(" xml:lang=\"zh-Hans\""), "\(rootTag)")
        #expect(text.contains("<title>Việt Nam test scene</title>"))
        let path = try temporaryFile(bytes, name: "lang.svg")
        let parsed = try run("python3", ["-c", """
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            print(root.tag, root.get('{http://www.w3.org/XML/1998/namespace}lang'))
            """, path])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(parsed.stdout == "{http://www.w3.org/2000/svg}svg zh-Hans\n", "\(parsed.stdout)")
        let png = try run("rsvg-convert", ["--format=png", "--output=\(path).png", path])
        #expect(png.status == 0, "rsvg-convert: \(png.stderr)")
        // The same drawing with and without a language: only the attribute differs.
        let plain = String(decoding: try renderer.render(scene(language: nil), to: .svg).bytes, as: UTF8.self)
        #expect(text.replacingOccurrences(of: " xml:lang=\"zh-Hans\"", with: "") == plain)
    }

    @Test func svgHasNoLangForAMalformedTag() throws {
        let plain = try renderer.render(scene(language: nil), to: .svg).bytes
        for tag in ["\" onload=\"alert(1)", "vi\"><script/>"] {
            #expect(try renderer.render(scene(language: tag), to: .svg).bytes == plain, "\(tag)")
        }
        #expect(!String(decoding: plain, as: UTF8.self).contains("xml:lang"))
    }
}
