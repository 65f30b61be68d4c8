// PDF output checked with poppler and qpdf: validity, fonts, exact text, metadata, links, outline, reproducibility.

import BriefRender
import BriefScene
import Foundation
import Testing

@Suite struct PDFTests {
    let renderer = Renderer()

    private func pdfFile(_ scene: Scene = sampleScene()) throws -> String {
        try temporaryFile(renderer.render(scene, to: .pdf).bytes, name: "scene.pdf")
    }

    @Test func passesQPDFCheck() throws {
        let result = try run("qpdf", ["--check", pdfFile()])
        #expect(result.status == 0, "qpdf --check: \(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("No syntax or stream encoding errors found"))
    }

    @Test func fontsAreEmbeddedSubsets() throws {
        let result = try run("pdffonts", [pdfFile()])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty, "no fonts listed: \(result.stdout)")
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.first?.contains("+") == true, "subset tag in \(row)")
            // Columns: name type [encoding] emb sub uni object ID; emb and sub are the 5th and 4th from the end.
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes",
                    "embedded subset: \(row)")
        }
        #expect(result.stdout.contains("NotoSans"), "\(result.stdout)")
    }

    @Test func textIsExactUnicode() throws {
        let result = try run("pdftotext", ["-enc", "UTF-8", pdfFile(), "-"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Việt Nam – Tô Lâm"), "\(result.stdout)")
        #expect(result.stdout.contains("Comprehensive Strategic Partnership"))
    }

    @Test func pageSizeAndMetadata() throws {
        var scene = sampleScene()
        scene.width = 595.28; scene.height = 841.89
        let info = try pdfinfo(try pdfFile(scene))
        #expect(info["Page size"] == "595.28 x 841.89 pts (A4)", "\(info)")
        #expect(info["Title"] == "Việt Nam test scene")
        #expect(info["Subject"] == "render tests")
        #expect(info["Author"] == "BriefKit")
        #expect(info["Keywords"] == "test, render")
        #expect(info["CreationDate"] == "Wed Oct 29 12:00:00 2025 UTC")
        #expect(info["ModDate"] == "Wed Oct 29 12:00:00 2025 UTC")
        #expect(info["Tagged"] == "yes")
        #expect(info["Pages"] == "1")
    }

    /// pdfinfo's "Key: value" lines.
    private func pdfinfo(_ path: String) throws -> [String: String] {
        let result = try run("pdfinfo", [path])
        #expect(result.status == 0, "pdfinfo: \(result.stderr)")
        var info: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return info
    }

    @Test func linkAnnotation() throws {
        let result = try run("pdfinfo", ["-url", pdfFile()])
        #expect(result.status == 0)
        // The quote is percent-encoded (LinkTarget), the same address to a browser.
        #expect(result.stdout.contains("https://example.org/it%27s?a=1&b=2"), "\(result.stdout)")
    }

    @Test func outlineFromBookmarks() throws {
        let result = try run("qpdf", ["--json", "--json-key=outlines", pdfFile()])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let outlines = try #require(json?["outlines"] as? [[String: Any]], "\(result.stdout)")
        #expect(outlines.compactMap { $0["title"] as? String } == ["Top", "Axis"])
        // Cairo's y is from the top, PDF's from the bottom: on a 300 pt page, y = 0 → 300 and y = 200 → 100.
        let tops = outlines.compactMap { ($0["dest"] as? [Any])?[3] as? NSNumber }.map(\.doubleValue)
        #expect(tops == [300, 100], "\(result.stdout)")
        #expect(outlines.allSatisfy { ($0["destpageposfrom1"] as? NSNumber)?.intValue == 1 })
    }

    @Test func byteIdenticalAcrossRenders() throws {
        let a = try renderer.render(sampleScene(), to: .pdf).bytes
        _ = try renderer.render(sampleScene(background: nil), to: .svg)
        let b = try renderer.render(sampleScene(), to: .pdf).bytes
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.contains("/CreationDate (20251029120000Z)"), "the scene's date, not the clock")
    }

    @Test func noDateStillReproducible() throws {
        var scene = sampleScene()
        scene.metadata.date = nil
        let a = try renderer.render(scene, to: .pdf).bytes
        let b = try renderer.render(scene, to: .pdf).bytes
        #expect(a == b)
        scene.metadata.date = "29 October 2025" // Cairo cannot parse this: must not fall back to the clock.
        #expect(try renderer.render(scene, to: .pdf).bytes == renderer.render(scene, to: .pdf).bytes)
    }

    @Test func wrappedParagraphBreaksAsMeasured() throws {
        let measurer = PangoMeasurer()
        let text = "In late October 2025 the two governments announced that relations between Việt Nam and the United Kingdom would be raised to a Comprehensive Strategic Partnership."
        let font = sans.sized(10)
        var scene = Scene(width: 300, height: 300)
        for width in [120.0, 173.5, 251.25] {
            scene.elements = []
            let metrics = measurer.measure(text, font: font, wrapWidth: width)
            scene.append(.text(TextElement(role: "body", text: text, font: font, color: .black, wrapWidth: width,
                                           topLeft: Point(10, 10), metrics: metrics)))
            let result = try run("pdftotext", ["-enc", "UTF-8", try temporaryFile(renderer.render(scene, to: .pdf).bytes, name: "p.pdf"), "-"])
            let lines = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != "\u{0C}" }
            #expect(lines.count == metrics.lineCount, "width \(width): \(lines)")
            #expect(lines.joined(separator: " ") == text)
        }
    }
}
