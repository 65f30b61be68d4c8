// PowerPoint language marks: the scene's tag on every run, altLang on runs in another script, rtl Arabic paragraphs.

import BriefPPTX
import BriefKit
import BriefScene
import Foundation
import Testing

@Suite("PowerPoint language marks")
struct PPTXLanguageTests {
    /// Prints, per paragraph: `p algn rtl`, then per run: `r lang altLang text`; then the deck's dc:language and
    /// whether python-pptx opens it.
    static let reader = """
    import sys, zipfile, xml.etree.ElementTree as ET
    A = '{http://schemas.openxmlformats.org/drawingml/2006/main}'
    z = zipfile.ZipFile(sys.argv[1])
    slide = ET.fromstring(z.read('ppt/slides/slide1.xml'))
    for p in slide.iter(A + 'p'):
        ppr = p.find(A + 'pPr')
        print('p', ppr.get('algn'), ppr.get('rtl', '-'))
        for r in p.findall(A + 'r'):
            rpr = r.find(A + 'rPr')
            print('r', rpr.get('lang'), rpr.get('altLang', '-'), r.find(A + 't').text or '')
    core = ET.fromstring(z.read('docProps/core.xml'))
    language = core.find('{http://purl.org/dc/elements/1.1/}language')
    print('dc:language', language.text if language is not None else '-')
    try:
        import pptx
    except ImportError:
        print('python-pptx missing')
    else:
        deck = pptx.Presentation(sys.argv[1])
        print('python-pptx', len(deck.slides[0].shapes[0].shapes))
    """

    static func scene(language: String?, rightToLeft: Bool, texts: [(String, TextAlignment)]) -> Scene {
        var scene = Scene(width: 960, height: 540, metadata: SceneMetadata(title: "Deck", language: language,
                                                                           rightToLeft: rightToLeft))
        for (i, (text, alignment)) in texts.enumerated() {
            let box = Rect(x: 40, y: 40 + 60 * Double(i), width: 600, height: 40)
            scene.append(.text(TextElement(role: "line", text: text, font: FontSpec(family: "Noto Sans", size: 20),
                                           color: .black, alignment: alignment, origin: Point(box.x, box.y), box: box)))
        }
        return scene
    }

    /// The reader's lines for the deck of `scene`.
    static func facts(_ scene: Scene) async throws -> [String] {
        let dir = try TempDir()
        let path = dir.file("deck.pptx")
        try Data(PPTXOutput.render(scene)).write(to: URL(fileURLWithPath: path))
        let p = try await CLI.tool("python3", ["-c", reader, path])
        try #require(p.status == 0, "python3 could not read the deck: \(p)")
        return p.stdout.split(separator: "\n").map(String.init)
    }

    @Test("an Arabic deck: lang ar on every run, rtl right-aligned paragraphs, altLang on the Latin name")
    func arabicDeck() async throws {
        let facts = try await Self.facts(Self.scene(language: "ar", rightToLeft: true, texts: [
            ("الشراكة الاستراتيجية الشاملة", .left),
            ("زيارة Tô Lâm إلى لندن 2025", .left),
            ("Việt Nam – United Kingdom", .left),
            ("2025", .center),
            ("سطر أول\nLine two", .right),
        ]))
        #expect(facts.filter { !$0.hasPrefix("python-pptx") } == [
            "p r 1", "r ar - الشراكة الاستراتيجية الشاملة",
            "p r 1", "r ar - زيارة ", "r ar en Tô Lâm ", "r ar - إلى لندن 2025",
            "p l -", "r ar en Việt Nam – United Kingdom",
            // No letter: the page's direction.
            "p ctr 1", "r ar - 2025",
            "p l 1", "r ar - سطر أول", "p r -", "r ar en Line two",
            "dc:language ar",
        ], "\(facts)")
        #expect(facts.last == "python-pptx 5" || facts.last == "python-pptx missing", "\(facts)")
    }

    @Test("an English deck marks Arabic runs; a scene without a language keeps en-GB and no dc:language")
    func otherDecks() async throws {
        let english = try await Self.facts(Self.scene(language: "en-GB", rightToLeft: false, texts: [
            ("Visit to London", .left), ("المملكة المتحدة", .left), ("ministers", .center),
        ]))
        #expect(Array(english.prefix(6)) == [
            "p l -", "r en-GB - Visit to London", "p r 1", "r en-GB ar المملكة المتحدة", "p ctr -", "r en-GB - ministers",
        ], "\(english)")
        #expect(english.contains("dc:language en-GB"))
        let old = try await Self.facts(Self.scene(language: nil, rightToLeft: false, texts: [("Việt Nam", .left)]))
        #expect(Array(old.prefix(3)) == ["p l -", "r en-GB - Việt Nam", "dc:language -"], "\(old)")
        let chinese = try await Self.facts(Self.scene(language: "zh-Hans", rightToLeft: false,
                                                      texts: [("越南 Việt Nam", .left)]))
        #expect(Array(chinese.prefix(4)) == ["p l -", "r zh-Hans - 越南 ", "r zh-Hans en Việt Nam", "dc:language zh-Hans"],
                "\(chinese)")
        // A malformed tag is never written: the deck says en-GB as before.
        let bad = try await Self.facts(Self.scene(language: "ar\" x=\"1", rightToLeft: false, texts: [("x", .left)]))
        #expect(Array(bad.prefix(3)) == ["p l -", "r en-GB - x", "dc:language -"], "\(bad)")
    }

    @Test("the same Arabic scene gives the same deck")
    func reproducible() throws {
        let scene = Self.scene(language: "ar", rightToLeft: true, texts: [("زيارة Tô Lâm", .left)])
        #expect(try PPTXOutput.render(scene) == PPTXOutput.render(scene))
    }
}
