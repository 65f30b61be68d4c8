// The fixed parts of a one-slide PowerPoint deck: content types, relationships, presentation, master, layout, theme.

import BriefRender
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

    static let contentTypes = PPTXXML.header
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"\(pml)presentation.main+xml\"/>"
        + "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"\(pml)slideMaster+xml\"/>"
        + "<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"\(pml)slideLayout+xml\"/>"
        + "<Override PartName=\"/ppt/slides/slide1.xml\" ContentType=\"\(pml)slide+xml\"/>"
        + "<Override PartName=\"/ppt/theme/theme1.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>"

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

    static let presentationRelationships = relationships([
        ("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
        ("rId2", "slide", "slides/slide1.xml"),
        ("rId3", "theme", "theme/theme1.xml"),
    ])

    static let masterRelationships = relationships([
        ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
        ("rId2", "theme", "../theme/theme1.xml"),
    ])

    static let layoutRelationships = relationships([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])
    static let slideRelationships = relationships([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")])

    /// ppt/presentation.xml for one slide of `width` × `height` EMU.
    static func presentation(width: Int, height: Int) -> String {
        PPTXXML.header + "<p:presentation \(PPTXXML.namespaces) saveSubsetFonts=\"1\">"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
            + "<p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/></p:sldIdLst>"
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
