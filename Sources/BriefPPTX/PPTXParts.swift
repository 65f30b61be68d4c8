// The parts of a PowerPoint deck around its slides: content types, relationships, presentation, masters, layout, themes.

import BriefScene

/// XML text shared by the deck's parts.
enum PPTXXML {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""

}

/// The parts every deck has, whatever the slide shows.
enum PPTXParts {
    private static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let pml = "application/vnd.openxmlformats-officedocument.presentationml."

    /// [Content_Types].xml for a deck of `slides` slides, with a notes master and notes slides when `notes`.
    static func contentTypes(slides: Int, notes: Bool) -> String {
        var overrides = [("/ppt/presentation.xml", "\(pml)presentation.main+xml"),
                         ("/ppt/slideMasters/slideMaster1.xml", "\(pml)slideMaster+xml"),
                         ("/ppt/slideLayouts/slideLayout1.xml", "\(pml)slideLayout+xml")]
        overrides += (1...max(1, slides)).map { ("/ppt/slides/slide\($0).xml", "\(pml)slide+xml") }
        overrides.append(("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"))
        if notes {
            overrides.append(("/ppt/notesMasters/notesMaster1.xml", "\(pml)notesMaster+xml"))
            overrides.append(("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"))
            overrides += (1...max(1, slides)).map { ("/ppt/notesSlides/notesSlide\($0).xml", "\(pml)notesSlide+xml") }
        }
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        return PPTXXML.header
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + "</Types>"
    }

    /// The content type of a slide part, for a deck BriefKit adds slides to.
    static let slideContentType = "\(pml)slide+xml"
    /// The content type of a notes page.
    static let notesContentType = "\(pml)notesSlide+xml"

    /// A relationships part holding `(id, type, target)` entries; `type` is relative to the officeDocument namespace
    /// unless it is a full URI.
    static func relationships(_ entries: [(String, String, String)]) -> String {
        PPTXXML.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + entries.map { id, type, target in
                "<Relationship Id=\"\(id)\" Type=\"\(type.hasPrefix("http") ? type : rel + type)\" Target=\"\(target)\"/>"
            }.joined() + "</Relationships>"
    }

    static let rootRelationships = relationships([
        ("rId1", "officeDocument", "ppt/presentation.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
    ])

    /// ppt/_rels/presentation.xml.rels: the master (rId1), the slides (rId2…), the theme and the notes master.
    static func presentationRelationships(slides: Int, notes: Bool) -> String {
        var entries = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml")]
        entries += (1...max(1, slides)).map { ("rId\($0 + 1)", "slide", "slides/slide\($0).xml") }
        entries.append(("rId\(slides + 2)", "theme", "theme/theme1.xml"))
        if notes { entries.append(("rId\(slides + 3)", "notesMaster", "notesMasters/notesMaster1.xml")) }
        return relationships(entries)
    }

    static let masterRelationships = relationships([
        ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
        ("rId2", "theme", "../theme/theme1.xml"),
    ])

    static let layoutRelationships = relationships([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])
    /// A slide's relationships: its layout, and its notes when it has them.
    static func slideRelationships(notes: Int?, layout: String = "../slideLayouts/slideLayout1.xml") -> String {
        relationships([("rId1", "slideLayout", layout)]
                      + (notes.map { [("rId2", "notesSlide", "../notesSlides/notesSlide\($0).xml")] } ?? []))
    }

    static let notesMasterRelationships = relationships([("rId1", "theme", "../theme/theme2.xml")])

    /// A notes slide's relationships: the notes master and its slide.
    static func notesRelationships(slide: Int) -> String {
        relationships([("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
                       ("rId2", "slide", "../slides/slide\(slide).xml")])
    }

    /// ppt/presentation.xml for `slides` slides of `width` × `height` EMU (relationships as
    /// `presentationRelationships` numbers them).
    static func presentation(width: Int, height: Int, slides: Int, notes: Bool) -> String {
        PPTXXML.header + "<p:presentation \(PPTXXML.namespaces) saveSubsetFonts=\"1\">"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
            + (notes ? "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId\(slides + 3)\"/></p:notesMasterIdLst>" : "")
            + "<p:sldIdLst>" + (1...max(1, slides)).map { "<p:sldId id=\"\(255 + $0)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
            + "</p:sldIdLst>"
            + "<p:sldSz cx=\"\(width)\" cy=\"\(height)\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
            + "</p:presentation>"
    }

    private static let emptyTree = "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/>"
        + "</p:nvGrpSpPr><p:grpSpPr/></p:spTree>"

    static let master = PPTXXML.header + "<p:sldMaster \(PPTXXML.namespaces)><p:cSld><p:bg><p:bgRef idx=\"1001\">"
        + "<a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>" + emptyTree + "</p:cSld>"
        + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
        + "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" "
        + "folHlink=\"folHlink\"/><p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
        + "</p:sldMaster>"

    static let layout = PPTXXML.header + "<p:sldLayout \(PPTXXML.namespaces) type=\"blank\" preserve=\"1\">"
        + "<p:cSld name=\"Blank\">" + emptyTree + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
        + "</p:sldLayout>"

    /// The notes pages' master: the slide picture above, the speaker's notes below, on a portrait page.
    static let notesMaster = PPTXXML.header + "<p:notesMaster \(PPTXXML.namespaces)><p:cSld><p:bg><p:bgRef idx=\"1001\">"
        + "<a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/>"
        + "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
        + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" "
        + "noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr></p:nvSpPr>"
        + "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"1143000\"/><a:ext cx=\"5486400\" cy=\"3086100\"/></a:xfrm>"
        + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr></p:sp>"
        + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
        + "<p:nvPr><p:ph type=\"body\" sz=\"quarter\" idx=\"3\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>"
        + "<a:off x=\"685800\" y=\"4400550\"/><a:ext cx=\"5486400\" cy=\"3600450\"/></a:xfrm>"
        + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p>"
        + "<a:endParaRPr lang=\"en-GB\"/></a:p></p:txBody></p:sp></p:spTree></p:cSld>"
        + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
        + "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" "
        + "folHlink=\"folHlink\"/><p:notesStyle><a:lvl1pPr marL=\"0\" algn=\"l\"><a:defRPr sz=\"1200\">"
        + "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr>"
        + "</p:notesStyle></p:notesMaster>"

    /// The notes page of a slide: its picture and `notes`, one paragraph per line, marked with `language`.
    static func notesSlide(_ notes: String, language: String) -> String {
        let paragraphs = notes.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "<a:p><a:endParaRPr lang=\"\(language)\"/></a:p>"
                : "<a:p><a:r><a:rPr lang=\"\(language)\" dirty=\"0\"/><a:t>\(xmlEscaped(String(line)))</a:t></a:r></a:p>"
        }
        return PPTXXML.header + "<p:notes \(PPTXXML.namespaces)><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/>"
            + "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" "
            + "noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>"
            + paragraphs.joined() + "</p:txBody></p:sp></p:spTree></p:cSld>"
            + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }

    /// A theme with the style's colours and font, so text added by hand in PowerPoint matches the diagram.
    static func theme(font: String, text: Color, background: Color, accents: [Color]) -> String {
        func rgb(_ c: Color) -> String { "<a:srgbClr val=\"\(c.withAlpha(1).hex.dropFirst())\"/>" }
        let six = (0..<6).map { accents.isEmpty ? text : accents[$0 % accents.count] }
        let accentXML = six.enumerated().map { "<a:accent\($0.offset + 1)>\(rgb($0.element))</a:accent\($0.offset + 1)>" }
        let fontXML = "<a:latin typeface=\"\(xmlEscaped(font))\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
        let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        let line = "<a:ln w=\"9525\">\(fill)</a:ln>"
        let effect = "<a:effectStyle><a:effectLst/></a:effectStyle>"
        return PPTXXML.header + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "name=\"BriefKit\"><a:themeElements><a:clrScheme name=\"BriefKit\">"
            + "<a:dk1>\(rgb(text))</a:dk1><a:lt1>\(rgb(background))</a:lt1>"
            + "<a:dk2>\(rgb(text))</a:dk2><a:lt2>\(rgb(background))</a:lt2>" + accentXML.joined()
            + "<a:hlink>\(rgb(six[0]))</a:hlink><a:folHlink>\(rgb(six[1]))</a:folHlink></a:clrScheme>"
            + "<a:fontScheme name=\"BriefKit\"><a:majorFont>\(fontXML)</a:majorFont><a:minorFont>\(fontXML)</a:minorFont>"
            + "</a:fontScheme><a:fmtScheme name=\"BriefKit\"><a:fillStyleLst>\(fill)\(fill)\(fill)</a:fillStyleLst>"
            + "<a:lnStyleLst>\(line)\(line)\(line)</a:lnStyleLst>"
            + "<a:effectStyleLst>\(effect)\(effect)\(effect)</a:effectStyleLst>"
            + "<a:bgFillStyleLst>\(fill)\(fill)\(fill)</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"
    }

    /// docProps/core.xml: title, subject, author, keywords, the description (alt text) and the language, when the
    /// scene states a well-formed one (none otherwise, as before scenes had a language).
    static func core(_ m: SceneMetadata) -> String {
        func element(_ name: String, _ value: String?) -> String {
            guard let value, !value.isEmpty else { return "" }
            return "<\(name)>\(xmlEscaped(value))</\(name)>"
        }
        return PPTXXML.header
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + element("dc:title", m.title) + element("dc:subject", m.subject) + element("dc:creator", m.author ?? "BriefKit")
            + element("cp:keywords", m.keywords.joined(separator: ", ")) + element("dc:description", m.description)
            + element("dc:language", LanguageTag.recorded(m.language)) + "</cp:coreProperties>"
    }
}
