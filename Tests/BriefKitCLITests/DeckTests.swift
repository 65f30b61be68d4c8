// `briefkit deck` and `--into`: whole-briefing decks, and slides added to a deck someone else made, kept intact.

import Foundation
import Testing

@Suite("briefkit deck and --into")
struct DeckTests {
    /// Facts about a deck, read with python3's zipfile and XML parser: its size, each slide's name, alt text,
    /// texts and notes, and anything a slide should not have (pictures, autofit, shapes off the slide).
    static let reader = """
    import sys, zipfile, posixpath, xml.etree.ElementTree as ET
    A = '{http://schemas.openxmlformats.org/drawingml/2006/main}'
    P = '{http://schemas.openxmlformats.org/presentationml/2006/main}'
    R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
    REL = '{http://schemas.openxmlformats.org/package/2006/relationships}'
    z = zipfile.ZipFile(sys.argv[1])
    assert z.testzip() is None
    def rels(part):
        d, n = posixpath.split(part)
        p = posixpath.join(d, '_rels', n + '.rels')
        if p not in z.namelist(): return {}
        return {r.get('Id'): (r.get('Type').rsplit('/', 1)[1], posixpath.normpath(posixpath.join(d, r.get('Target'))))
                for r in ET.fromstring(z.read(p)).iter(REL + 'Relationship')}
    types = ET.fromstring(z.read('[Content_Types].xml'))
    overrides = {o.get('PartName')[1:] for o in types if o.get('PartName')}
    pres = ET.fromstring(z.read('ppt/presentation.xml'))
    size = pres.find(P + 'sldSz'); cx, cy = int(size.get('cx')), int(size.get('cy'))
    print('size', cx, cy)
    prels = rels('ppt/presentation.xml')
    for s in pres.find(P + 'sldIdLst'):
        part = prels[s.get(R + 'id')][1]
        assert part in overrides, part + ' has no content type'
        x = ET.fromstring(z.read(part))
        name = x.find(P + 'cSld').get('name', '')
        group = x.find('.//' + P + 'grpSp')
        descr = group.find(P + 'nvGrpSpPr/' + P + 'cNvPr').get('descr', '') if group is not None else ''
        texts = ' '.join(t.text or '' for t in x.iter(A + 't'))
        bad = []
        if x.find('.//' + P + 'pic') is not None: bad.append('picture')
        for b in x.iter(A + 'bodyPr'):
            if b.find(A + 'noAutofit') is None: bad.append('autofit')
        for xf in x.iter(A + 'xfrm'):
            o, e = xf.find(A + 'off'), xf.find(A + 'ext')
            if int(o.get('x')) + int(e.get('cx')) > cx * 1.04 or int(o.get('y')) + int(e.get('cy')) > cy * 1.01:
                bad.append('off the slide')
        notes = ''
        for kind, target in rels(part).values():
            if kind == 'notesSlide':
                assert target in overrides, target + ' has no content type'
                notes = ' '.join(t.text or '' for t in ET.fromstring(z.read(target)).iter(A + 't'))
        print('slide', repr(name), 'bad=' + ','.join(sorted(set(bad))), 'descr=' + str(len(descr)), 'notes=' + notes[:60],
              'text=' + texts)
    try:
        import pptx
    except ImportError:
        print('python-pptx: not installed')
    else:
        deck = pptx.Presentation(sys.argv[1])
        print('python-pptx', deck.slide_width, deck.slide_height, len(deck.slides))
    """

    static func facts(_ path: String) async throws -> String {
        let r = try await CLI.tool("python3", ["-c", reader, path])
        #expect(r.status == 0, "\(r)")
        return r.stdout
    }

    static func slides(_ facts: String) -> [Substring] { facts.split(separator: "\n").filter { $0.hasPrefix("slide ") } }

    static let hasPythonPPTX = (try? Process.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", "-c", "import pptx"]))
        .map { p in p.waitUntilExit(); return p.terminationStatus == 0 } ?? false

    @Test("a deck of the example: 16:9, a slide per part, real text, alt text, notes with the summary and sources")
    func wholeBriefing() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["deck", CLI.vietnamUK, "-o", dir.file("briefing.pptx")])
        #expect(r.status == 0, "\(r)")
        let facts = try await Self.facts(dir.file("briefing.pptx"))
        #expect(facts.contains("size 12192000 6858000"), "\(facts)")
        let slides = Self.slides(facts)
        #expect(slides.count == 6, "\(facts)")
        for (slide, words) in zip(slides, ["Tô Lâm", "Summary", "China", "Culture", "Outcomes", "Sources"]) {
            #expect(slide.contains("bad= "), "\(slide)")
            #expect(!slide.contains("descr=0 "), "no alt text: \(slide)")
            #expect(slide.contains("BriefKit: deck · vietnam-uk-2025.yaml #"), "\(slide)")
            #expect(slide.contains(words), "\(words) not on \(slide)")
        }
        #expect(slides.first?.contains("notes=General Secretary Tô Lâm") == true, "\(facts)")
        #expect(slides.last?.contains("notes=Report by Tran Thuong") == true, "\(facts)")
        if Self.hasPythonPPTX { #expect(facts.contains("python-pptx 12192000 6858000 6"), "\(facts)") }
        // The same briefing gives the same bytes.
        let again = try await CLI.run(["deck", CLI.vietnamUK, "-o", dir.file("again.pptx")])
        #expect(again.status == 0)
        #expect(FileManager.default.contents(atPath: dir.file("again.pptx")) == FileManager.default.contents(atPath: dir.file("briefing.pptx")))
    }

    @Test("--size slide-4x3 gives a 4:3 deck; a deck's -o must be .pptx")
    func sizes() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["deck", CLI.vietnamUK, "-o", dir.file("d.pptx"), "--size", "slide-4x3"])
        #expect(r.status == 0, "\(r)")
        #expect(try await Self.facts(dir.file("d.pptx")).contains("size 9144000 6858000"))
        let pdf = try await CLI.run(["deck", CLI.vietnamUK, "-o", dir.file("d.pdf")])
        #expect(pdf.status != 0 && pdf.stderr.contains("end -o in .pptx"), "\(pdf)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("d.pdf")))
    }

    @Test("LibreOffice opens the deck: one page per slide, the text where it was put",
          .enabled(if: PPTXTests.hasLibreOffice, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-impress"))
    func libreOffice() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["deck", CLI.vietnamUK, "-o", dir.file("deck.pptx")])
        #expect(r.status == 0, "\(r)")
        let info = try await PPTXTests.convertWithLibreOffice(dir.file("deck.pptx"), in: dir)
        #expect(info.stdout.contains("Pages:           6"), "\(info)")
        let text = try await CLI.tool("pdftotext", ["-layout", dir.file("deck.pdf"), "-"])
        for word in ["Việt Nam – United Kingdom", "Key figures", "Singapore", "Culture", "Outcomes", "Sources"] {
            #expect(text.stdout.contains(word), "\(word) missing from LibreOffice's rendering")
        }
    }

    /// A 4:3 deck of three slides with notes, as python-pptx makes one (a master, layouts, a notes master).
    static func corporateDeck(_ path: String) async throws {
        let make = """
        import sys
        from pptx import Presentation
        from pptx.util import Inches
        p = Presentation(); p.slide_width = Inches(10); p.slide_height = Inches(7.5)
        for i, t in enumerate(['Our intro', 'Agenda', 'Close']):
            s = p.slides.add_slide(p.slide_layouts[1 if i else 0]); s.shapes.title.text = t
            s.notes_slide.notes_text_frame.text = 'notes ' + t
        p.save(sys.argv[1])
        """
        let r = try await CLI.tool("python3", ["-c", make, path])
        #expect(r.status == 0, "\(r)")
    }

    /// Each part of the zip at `path`, by name.
    static func parts(_ path: String) async throws -> [String: String] {
        let r = try await CLI.tool("python3", ["-c", """
            import sys, zipfile, hashlib
            z = zipfile.ZipFile(sys.argv[1])
            for n in z.namelist(): print(n, hashlib.sha256(z.read(n)).hexdigest())
            """, path])
        var parts: [String: String] = [:]
        for line in r.stdout.split(separator: "\n") {
            let pieces = line.split(separator: " ")
            if pieces.count == 2 { parts[String(pieces[0])] = String(pieces[1]) }
        }
        return parts
    }

    @Test("--into a 4:3 deck: at its size, on its blank layout, at --at; other parts untouched; a re-run replaces",
          .enabled(if: hasPythonPPTX, "python-pptx makes the deck; .ci/run installs it"))
    func intoADeck() async throws {
        let dir = try TempDir()
        let deck = dir.file("ours.pptx")
        try await Self.corporateDeck(deck)
        let before = try await Self.parts(deck)
        var r = try await CLI.run(["timeline", CLI.vietnamUK, "--into", deck, "--at", "2"])
        #expect(r.status == 0, "\(r)")
        r = try await CLI.run(["pillars", CLI.vietnamUK, "--into", deck])
        #expect(r.status == 0, "\(r)")
        // Again: the timeline's slide is replaced where it stands, not added a second time.
        r = try await CLI.run(["timeline", CLI.vietnamUK, "--into", deck])
        #expect(r.status == 0, "\(r)")
        let facts = try await Self.facts(deck)
        #expect(facts.contains("size 9144000 6858000"), "\(facts)")
        let names = Self.slides(facts).map { String($0.dropFirst("slide '".count).prefix { $0 != "'" }) }
        #expect(names == ["", "BriefKit: timeline partnerships · vietnam-uk-2025.yaml", "", "",
                          "BriefKit: pillars · vietnam-uk-2025.yaml"], "\(facts)")
        for slide in Self.slides(facts) where slide.contains("BriefKit") {
            #expect(slide.contains("bad= "), "\(slide)")
            #expect(!slide.contains("notes= "), "the deck has a notes master: the slide should have notes: \(slide)")
        }
        // Every part that was there is there, byte for byte, but the three lists that name the slides.
        let after = try await Self.parts(deck)
        let lists: Set = ["ppt/presentation.xml", "ppt/_rels/presentation.xml.rels", "[Content_Types].xml"]
        for (name, digest) in before where !lists.contains(name) {
            #expect(after[name] == digest, "\(name) changed or went missing")
        }
        #expect(after.count == before.count + 8, "two slides, their notes, and the relationships of each: \(after.keys.sorted())")
        // The new slides use the deck's blank layout.
        let layout = try await CLI.tool("python3", ["-c", """
            import sys; from pptx import Presentation
            print([s.slide_layout.name for s in Presentation(sys.argv[1]).slides])
            """, deck])
        #expect(layout.stdout.contains("['Title Slide', 'Blank', 'Title and Content', 'Title and Content', 'Blank']"), "\(layout)")
        // A whole deck goes in as its six slides, replaced as six on the next run.
        for _ in 0..<2 {
            r = try await CLI.run(["deck", CLI.vietnamUK, "--into", deck, "--at", "1"])
            #expect(r.status == 0, "\(r)")
        }
        #expect(Self.slides(try await Self.facts(deck)).count == 11)
    }

    @Test("--into refuses what is not a presentation and leaves every file as it was; --into and -o exclude each other")
    func refusals() async throws {
        let dir = try TempDir()
        var files: [(String, [UInt8], String)] = [
            ("locked.pptx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504), "password-protected"),
            ("text.pptx", Array("not a deck\n".utf8), "not a zip package"),
            ("empty.pptx", [], "the file is empty"),
        ]
        // A zip that is a Word document.
        let word = dir.file("word.pptx")
        let made = try await CLI.tool("python3", ["-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1], 'w')
            z.writestr('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                'Target="word/document.xml"/></Relationships>')
            z.writestr('word/document.xml', '<w:document xmlns:w="w"/>')
            """, word])
        #expect(made.status == 0, "\(made)")
        files.append(("word.pptx", [UInt8](FileManager.default.contents(atPath: word) ?? Data()), "a Word document"))
        for (name, bytes, message) in files {
            let path = dir.file(name)
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let r = try await CLI.run(["timeline", CLI.vietnamUK, "--into", path])
            #expect(r.status == 1 && r.stderr.contains(message), "\(name): \(r)")
            #expect(FileManager.default.contents(atPath: path) == Data(bytes), "\(name) was changed")
        }
        let missing = try await CLI.run(["timeline", CLI.vietnamUK, "--into", dir.file("nope.pptx")])
        #expect(missing.status == 1 && missing.stderr.contains("no such file") && missing.stderr.contains("-o writes a new one"),
                "\(missing)")
        let both = try await CLI.run(["timeline", CLI.vietnamUK, "--into", dir.file("a.pptx"), "-o", dir.file("b.png")])
        #expect(both.status == 64 && both.stderr.contains("give one of them"), "\(both)")
        let notDeck = try await CLI.run(["timeline", CLI.vietnamUK, "--into", dir.file("a.png")])
        #expect(notDeck.status == 64 && notDeck.stderr.contains("does not end in .pptx"), "\(notDeck)")
        let sized = try await CLI.run(["timeline", CLI.vietnamUK, "--into", dir.file("text.pptx"), "--size", "a4"])
        #expect(sized.status == 64 && sized.stderr.contains("deck's own slide size"), "\(sized)")
    }

    @Test("a broken briefing leaves the deck it was to go into untouched",
          .enabled(if: hasPythonPPTX, "python-pptx makes the deck; .ci/run installs it"))
    func brokenBriefing() async throws {
        let dir = try TempDir()
        let deck = dir.file("ours.pptx")
        try await Self.corporateDeck(deck)
        let before = FileManager.default.contents(atPath: deck)
        let broken = dir.file("broken.yaml")
        try "title: [unclosed\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let r = try await CLI.run(["report", broken, "--into", deck])
        #expect(r.status == 1 && r.stderr.contains("broken.yaml:"), "\(r)")
        #expect(FileManager.default.contents(atPath: deck) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["broken.yaml", "ours.pptx"])
    }
}
