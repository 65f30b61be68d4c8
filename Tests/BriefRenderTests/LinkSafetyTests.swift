// Links from untrusted text: whatever a scene's link holds, the PDF gets a plain http(s)/mailto URI or no link.

import BriefRender
import BriefScene
import Foundation
import Testing

@Suite struct LinkSafetyTests {
    /// The sample scene with one linked text whose target is `link`, as a PDF file.
    private func pdf(linking link: String) throws -> String {
        var scene = sampleScene()
        let measurer = PangoMeasurer()
        scene.append(.text(TextElement(role: "label", text: "Source", font: sans, color: .black,
                                       topLeft: Point(20, 260), metrics: measurer.measure("Source", font: sans),
                                       link: link)))
        return try temporaryFile(Renderer().render(scene, to: .pdf).bytes, name: "links.pdf")
    }

    /// Every dictionary of the file, as qpdf parses it (keys to values, in qpdf's JSON form).
    private func dictionaries(_ path: String) throws -> [[String: Any]] {
        let result = try run("qpdf", ["--json=2", "--json-key=qpdf", path])
        #expect(result.status == 0, "qpdf: \(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        var found: [[String: Any]] = []
        func collect(_ value: Any) {
            if let d = value as? [String: Any] { found.append(d); d.values.forEach(collect) }
            if let a = value as? [Any] { a.forEach(collect) }
        }
        collect(json?["qpdf"] ?? [])
        return found
    }

    @Test(arguments: [
        "https://e.org/x) >> /A << /S /JavaScript /JS (app.alert(1)",
        "https://e.org/x)",
        "https://e.org/\\') /JS (x",
        "https://e.org/a\\b(c)d'e\"f<g>h",
    ])
    func hostileTargetsStayOneURIString(_ link: String) throws {
        let file = try pdf(linking: link)
        let check = try run("qpdf", ["--check", file])
        #expect(check.status == 0 && !check.stdout.contains("WARNING") && !check.stderr.contains("WARNING"),
                "qpdf --check: \(check.stdout) \(check.stderr)")
        // Every action is a URI action with the one encoded target, and no dictionary gained a key.
        let all = try dictionaries(file)
        let actions = all.compactMap { $0["/A"] as? [String: Any] }
        #expect(!actions.isEmpty && actions.allSatisfy { Set($0.keys) == ["/S", "/Type", "/URI"] && $0["/S"] as? String == "/URI" }, "\(actions)")
        #expect(all.allSatisfy { $0["/JS"] == nil }, "an injected /JS key")
        let urls = try run("pdfinfo", ["-url", file]).stdout
        #expect(urls.contains(LinkTarget.encoded(link)!), "\(urls)")
    }

    @Test(arguments: ["javascript:app.alert(1)", "file:///etc/passwd", "data:text/html,<script>", "JaVaScRiPt:x",
                      "www.example.org", "https://", "mailto:"])
    func otherSchemesAreNeverLinked(_ link: String) throws {
        #expect(LinkTarget.encoded(link) == nil)
        let urls = try run("pdfinfo", ["-url", try pdf(linking: link)]).stdout
        // Only the sample scene's own link is there: the refused one is left out.
        let links = urls.split(separator: "\n").dropFirst()
        #expect(links.count == 1 && links.first?.hasSuffix("https://example.org/it%27s?a=1&b=2") == true, "\(urls)")
    }

    @Test func encodingKeepsWhatAURLMayHoldAndEscapesTheRest() {
        #expect(LinkTarget.encoded("https://www.gov.uk/news?id=1&x=[2]#top") == "https://www.gov.uk/news?id=1&x=[2]#top")
        #expect(LinkTarget.encoded("https://e.org/a b(c)") == "https://e.org/a%20b%28c%29")
        #expect(LinkTarget.encoded("https://e.org/%41%zz") == "https://e.org/%41%25zz")
        #expect(LinkTarget.encoded("https://vi.wikipedia.org/wiki/Việt") == "https://vi.wikipedia.org/wiki/Vi%E1%BB%87t")
        #expect(LinkTarget.encoded("HTTPS://E.ORG") == "HTTPS://E.ORG")
        #expect(LinkTarget.encoded("mailto:desk@example.org") == "mailto:desk@example.org")
        #expect(LinkTarget.isEncoded("https://e.org/%28") && !LinkTarget.isEncoded("https://e.org/("))
    }
}
