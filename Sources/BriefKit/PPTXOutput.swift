// PowerPoint (.pptx): the scene as one slide of native shapes, zipped with ZIPFoundation.

import BriefScene
import Foundation
import ZIPFoundation

/// A scene does not fit on a PowerPoint slide.
public struct PPTXSizeError: Error, CustomStringConvertible, Sendable {
    /// The scene's size in points.
    public var width: Double, height: Double
    /// What is wrong and the limits.
    public var description: String {
        "a \(Int(width))×\(Int(height)) pt slide is outside PowerPoint's 72…4032 pt (1…56 in) per side"
    }
}

/// Writes a presentation whose one slide holds the scene as editable shapes: text boxes with the real text,
/// ellipses, rectangles and custom-geometry lines and paths, grouped, with the scene's description as the group's
/// alt text. The slide is the scene's size (1 pt = 12,700 EMU). The bytes do not depend on the clock.
public enum PPTXOutput {
    /// Every entry's date, fixed so the same scene gives the same file.
    static let entryDate = Date(timeIntervalSince1970: 315_705_600)  // 1980-01-03

    /// The .pptx file of `scene`.
    public static func render(_ scene: Scene) throws -> [UInt8] {
        let w = PPTXSlide.emu(scene.width), h = PPTXSlide.emu(scene.height)
        guard (914_400...51_206_400).contains(w), (914_400...51_206_400).contains(h) else {
            throw PPTXSizeError(width: scene.width, height: scene.height)
        }
        var slide = PPTXSlide(scene: scene)
        let texts = scene.texts
        var accents: [Color] = []
        for case .circle(let s) in scene.elements {
            if let fill = s.fill, !accents.contains(fill) { accents.append(fill) }
        }
        let font = texts.first.map { $0.font.family.split(separator: ",").first.map(String.init) ?? "Noto Sans" }
            ?? "Noto Sans"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", PPTXParts.contentTypes),
            ("_rels/.rels", PPTXParts.rootRelationships),
            ("docProps/core.xml", PPTXParts.core(scene.metadata)),
            ("ppt/presentation.xml", PPTXParts.presentation(width: w, height: h)),
            ("ppt/_rels/presentation.xml.rels", PPTXParts.presentationRelationships),
            ("ppt/slideMasters/slideMaster1.xml", PPTXParts.master),
            ("ppt/slideMasters/_rels/slideMaster1.xml.rels", PPTXParts.masterRelationships),
            ("ppt/slideLayouts/slideLayout1.xml", PPTXParts.layout),
            ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", PPTXParts.layoutRelationships),
            ("ppt/theme/theme1.xml", PPTXParts.theme(font: font.trimmingCharacters(in: .whitespaces),
                                                     text: texts.first?.color ?? .black,
                                                     background: scene.background ?? .white, accents: accents)),
            ("ppt/slides/slide1.xml", slide.xml()),
            ("ppt/slides/_rels/slide1.xml.rels", PPTXParts.slideRelationships),
        ]
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: entryDate, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw PPTXSizeError(width: scene.width, height: scene.height) }
        return [UInt8](data)
    }
}
