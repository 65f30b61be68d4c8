// `-o deck.pptx`: a valid deck whose one slide holds the diagram as native shapes with its text and alt text.

import Foundation
import Testing

@Suite("briefkit PowerPoint output")
struct PPTXTests {
    /// Reads the deck with python3's zipfile and XML parser (and python-pptx when installed) and prints facts.
    static let reader = """
    import sys, zipfile, xml.etree.ElementTree as ET
    A = '{http://schemas.openxmlformats.org/drawingml/2006/main}'
    P = '{http://schemas.openxmlformats.org/presentationml/2006/main}'
    z = zipfile.ZipFile(sys.argv[1])
    assert z.testzip() is None
    parts = {n: ET.fromstring(z.read(n)) for n in z.namelist()}
    for need in ['[Content_Types].xml', '_rels/.rels', 'ppt/presentation.xml', 'ppt/slides/slide1.xml',
                 'ppt/slideLayouts/slideLayout1.xml', 'ppt/slideMasters/slideMaster1.xml', 'ppt/theme/theme1.xml']:
        assert need in parts, need
    size = parts['ppt/presentation.xml'].find(P + 'sldSz')
    print('size', size.get('cx'), size.get('cy'))
    slide = parts['ppt/slides/slide1.xml']
    group = slide.find('.//' + P + 'grpSp')
    print('descr', group.find(P + 'nvGrpSpPr/' + P + 'cNvPr').get('descr'))
    print('shapes', len(group.findall(P + 'sp')))
    print('ellipses', len(slide.findall('.//' + A + "prstGeom[@prst='ellipse']")))
    print('paths', len(slide.findall('.//' + A + 'custGeom')))
    print('texts', '|'.join(t.text or '' for t in slide.iter(A + 't')))
    try:
        import pptx
    except ImportError:
        print('python-pptx: not installed')
    else:
        deck = pptx.Presentation(sys.argv[1])
        print('python-pptx', deck.slide_width, len(deck.slides[0].shapes[0].shapes))
    """

    @Test("timeline → one slide of the scene's size with text boxes, ellipses, lines and the alt text")
    func timeline() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("deck.pptx"), "--size", "slide"])
        #expect(r.status == 0, "\(r)")
        let data = try #require(dir.contents("deck.pptx"), "\(r)")
        #expect(data.prefix(2) == Data("PK".utf8))
        let p = try await CLI.tool("python3", ["-c", PPTXTests.reader, dir.file("deck.pptx")])
        try #require(p.status == 0, "python3 could not read the deck: \(p)")
        let facts = Dictionary(p.stdout.split(separator: "\n").map { line -> (String, String) in
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }, uniquingKeysWith: { a, _ in a })
        #expect(facts["size"] == "12192000 6858000", "960×540 pt is 12192000×6858000 EMU\n\(p.stdout)")
        #expect(facts["descr"]?.hasPrefix("Timeline of 14 events from May 2008 to October 2025: ") == true, "\(p.stdout)")
        #expect(Int(facts["ellipses"] ?? "") ?? 0 >= 14, "a marker per event\n\(p.stdout)")
        #expect(Int(facts["paths"] ?? "") ?? 0 >= 1, "the axis and leaders\n\(p.stdout)")
        let texts = facts["texts"] ?? ""
        for word in ["United Kingdom", "China", "Việt Nam's comprehensive strategic partnerships"] {
            #expect(texts.contains(word), "\(word) missing from the slide's text\n\(p.stdout)")
        }
        // The UK's date, stacked ("October 2025") or beside the name ("Oct 2025") as the layout chose.
        #expect(texts.contains("October 2025") || texts.contains("Oct 2025"), "\(p.stdout)")
        if let check = facts["python-pptx"] { #expect(check.hasPrefix("12192000 "), "\(p.stdout)") }
    }

    @Test("the same scene gives the same bytes; pillars and report decks are readable too")
    func reproducibleAndEveryCommand() async throws {
        let dir = try TempDir()
        for (command, name) in [("pillars", "a.pptx"), ("pillars", "b.pptx"), ("report", "r.pptx")] {
            let r = try await CLI.run([command, CLI.vietnamUK, "-o", dir.file(name)])
            #expect(r.status == 0, "\(r)")
            let p = try await CLI.tool("python3", ["-c", PPTXTests.reader, dir.file(name)])
            #expect(p.status == 0, "\(name): \(p)")
        }
        #expect(dir.contents("a.pptx") == dir.contents("b.pptx"), "two runs differ")
    }

    /// Whether LibreOffice is on PATH (CI installs it; a developer machine may not have it).
    static let hasLibreOffice = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }

    /// LibreOffice Impress's PDF of the deck at `deck` (written beside it as deck.pdf): pdfinfo's account of it.
    static func convertWithLibreOffice(_ deck: String, in dir: TempDir) async throws -> ProcessResult {
        // A private profile folder: a first start of LibreOffice writes one, and parallel tests must not share it.
        let convert = try await CLI.tool("soffice", ["-env:UserInstallation=file://" + dir.file("profile"), "--headless",
                                                    "--convert-to", "pdf", "--outdir", dir.path, deck])
        #expect(convert.status == 0, "\(convert)")
        return try await CLI.tool("pdfinfo", [dir.file("deck.pdf")])
    }

    @Test("LibreOffice opens the deck and renders the slide as the diagram",
          .enabled(if: hasLibreOffice, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-impress"))
    func libreOfficeRendersTheDeck() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("deck.pptx"), "--size", "slide"])
        #expect(r.status == 0, "\(r)")
        let info = try await Self.convertWithLibreOffice(dir.file("deck.pptx"), in: dir)
        #expect(info.stdout.contains("Pages:           1"), "\(info)")
        // 960 × 540 pt, within LibreOffice's rounding of EMU to its own units.
        let size = info.stdout.split(separator: "\n").first { $0.hasPrefix("Page size:") }
            .map { $0.split(separator: " ").compactMap { Double($0) } } ?? []
        #expect(size.count == 2 && abs(size[0] - 960) < 0.5 && abs(size[1] - 540) < 0.5, "\(info)")
        let text = try await CLI.tool("pdftotext", [dir.file("deck.pdf"), "-"])
        for word in ["United Kingdom", "China", "Singapore", "2008"] {
            #expect(text.stdout.contains(word), "\(word) missing from LibreOffice's rendering\n\(text.stdout)")
        }
    }
}
