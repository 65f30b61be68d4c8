// PowerPoint (.pptx): scenes as slides of native shapes, zipped with ZIPFoundation.

import BriefScene
import Foundation
import ZIPFoundation

/// A scene does not fit on a PowerPoint slide.
package struct PPTXSizeError: Error, CustomStringConvertible, Sendable {
    /// The scene's size in points.
    package var width: Double, height: Double
    /// What is wrong and the limits.
    package var description: String {
        "a \(Int(width))×\(Int(height)) pt slide is outside PowerPoint's 72…4032 pt (1…56 in) per side"
    }
}

/// One slide of a deck: its picture, the speaker's notes and the name that marks it as BriefKit's.
package struct PPTXSlideContent: Sendable {
    /// What the slide shows; every slide of a deck has the deck's size.
    package var scene: Scene
    /// The speaker's notes (one paragraph per line); nil for none.
    package var notes: String?
    /// The slide's name (`p:cSld/@name`): how a later run finds the slides it added to a deck.
    package var name: String?

    /// A slide of `scene`, with `notes` and `name` when given.
    package init(scene: Scene, notes: String? = nil, name: String? = nil) {
        self.scene = scene; self.notes = notes; self.name = name
    }
}

/// Writes presentations whose slides hold scenes as editable shapes: text boxes with the real text, ellipses,
/// rectangles and custom-geometry lines and paths, grouped, with the scene's description as the group's alt text.
/// The slide is the scene's size (1 pt = 12,700 EMU). The bytes do not depend on the clock.
package enum PPTXOutput {
    /// Every entry's date, fixed so the same scene gives the same file.
    static let entryDate = Date(timeIntervalSince1970: 315_705_600)  // 1980-01-03

    /// The .pptx file of `scene`: one slide of its size.
    package static func render(_ scene: Scene) throws -> [UInt8] {
        try deck([PPTXSlideContent(scene: scene)])
    }

    /// A deck of `slides`, in order, at the first slide's size; notes pages when any slide has notes. The deck's
    /// metadata and theme come from the first slide.
    package static func deck(_ slides: [PPTXSlideContent]) throws -> [UInt8] {
        guard let first = slides.first?.scene else { throw PPTXSizeError(width: 0, height: 0) }
        let w = try checkedSize(first)
        let notes = slides.contains { $0.notes != nil }
        let language = PPTXLanguage(first.metadata).tag
        var parts: [(String, String)] = [
            ("[Content_Types].xml", PPTXParts.contentTypes(slides: slides.count, notes: notes)),
            ("_rels/.rels", PPTXParts.rootRelationships),
            ("docProps/core.xml", PPTXParts.core(first.metadata)),
            ("ppt/presentation.xml", PPTXParts.presentation(width: w.width, height: w.height, slides: slides.count,
                                                            notes: notes)),
            ("ppt/_rels/presentation.xml.rels", PPTXParts.presentationRelationships(slides: slides.count, notes: notes)),
            ("ppt/slideMasters/slideMaster1.xml", PPTXParts.master),
            ("ppt/slideMasters/_rels/slideMaster1.xml.rels", PPTXParts.masterRelationships),
            ("ppt/slideLayouts/slideLayout1.xml", PPTXParts.layout),
            ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", PPTXParts.layoutRelationships),
            ("ppt/theme/theme1.xml", theme(of: slides.map(\.scene))),
        ]
        if notes {
            parts.append(("ppt/notesMasters/notesMaster1.xml", PPTXParts.notesMaster))
            parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", PPTXParts.notesMasterRelationships))
            parts.append(("ppt/theme/theme2.xml", theme(of: slides.map(\.scene))))
        }
        for (i, content) in slides.enumerated() {
            let n = i + 1
            var slide = PPTXSlide(scene: content.scene, name: content.name)
            parts.append(("ppt/slides/slide\(n).xml", slide.xml()))
            parts.append(("ppt/slides/_rels/slide\(n).xml.rels", PPTXParts.slideRelationships(notes: notes ? n : nil)))
            if notes {
                parts.append(("ppt/notesSlides/notesSlide\(n).xml", PPTXParts.notesSlide(content.notes ?? "",
                                                                                            language: language)))
                parts.append(("ppt/notesSlides/_rels/notesSlide\(n).xml.rels", PPTXParts.notesRelationships(slide: n)))
            }
        }
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// The slide size of `scene` in EMU, within PowerPoint's limits.
    static func checkedSize(_ scene: Scene) throws -> (width: Int, height: Int) {
        let w = PPTXSlide.emu(scene.width), h = PPTXSlide.emu(scene.height)
        guard (914_400...51_206_400).contains(w), (914_400...51_206_400).contains(h) else {
            throw PPTXSizeError(width: scene.width, height: scene.height)
        }
        return (w, h)
    }

    /// A theme with the first text's font and colour, the background, and the markers' colours as accents, so
    /// text added by hand in PowerPoint matches the diagrams.
    private static func theme(of scenes: [Scene]) -> String {
        let texts = scenes.flatMap(\.texts)
        var accents: [Color] = []
        for scene in scenes {
            for case .circle(let s) in scene.elements {
                if let fill = s.fill, !accents.contains(fill) { accents.append(fill) }
            }
        }
        let font = texts.first.map { $0.font.family.split(separator: ",").first.map(String.init) ?? "Noto Sans" }
            ?? "Noto Sans"
        return PPTXParts.theme(font: font.trimmingCharacters(in: .whitespaces), text: texts.first?.color ?? .black,
                               background: scenes.first?.background ?? .white, accents: accents)
    }

    /// A zip archive of `entries` (path, bytes), in order, deflated, dated `entryDate`.
    static func zip(_ entries: [(String, Data)]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: entryDate, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw PPTXDeckError.unreadable("the archive could not be made") }
        return [UInt8](data)
    }
}
