// An existing presentation BriefKit adds slides to: read, slides added or replaced, every other part kept as it was.

import BriefScene
import Foundation
import ZIPFoundation

/// Why a file cannot take BriefKit's slides.
package enum PPTXDeckError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file is not a PowerPoint presentation (.pptx); the detail says what it is instead.
    case notAPresentation(String)
    /// The file is an encrypted (password-protected) presentation, or a PowerPoint 97–2003 .ppt.
    case protected
    /// The presentation is damaged or too large to read.
    case unreadable(String)

    package var description: String {
        switch self {
        case .notAPresentation(let detail): "not a PowerPoint presentation (.pptx): \(detail)"
        case .protected: "the presentation is password-protected (or a PowerPoint 97–2003 .ppt file); save an "
            + "unprotected copy as .pptx and add the slides to that"
        case .unreadable(let detail): "cannot read the presentation: \(detail)"
        }
    }
}

/// A presentation read from its bytes: the parts in archive order, its slide size, its slides' names and the
/// layout new slides use (its blank one). ``adding(_:at:replacing:)`` gives the bytes of the deck with BriefKit's
/// slides added: every existing part but the three lists that name slides (presentation, its relationships,
/// content types) is written back byte for byte, and slides a previous run added under the same mark are
/// replaced, not repeated.
package struct PPTXDeck: Sendable {
    /// The most a deck may unpack to (pictures and video included).
    package static let maximumSize: UInt64 = 1 << 30

    private var parts: [(path: String, data: Data)]
    private let presentationPath: String
    /// The slide size, in points.
    package let width: Double, height: Double

    /// Reads `bytes`; throws ``PPTXDeckError`` for anything that is not a readable presentation.
    package init(bytes: [UInt8]) throws {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw PPTXDeckError.protected }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw PPTXDeckError.notAPresentation(bytes.isEmpty ? "the file is empty" : "the file is not a zip package")
        }
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw PPTXDeckError.notAPresentation("the zip package cannot be read")
        }
        var parts: [(String, Data)] = []
        var total: UInt64 = 0
        for entry in archive {
            total += entry.uncompressedSize
            guard total <= Self.maximumSize else {
                throw PPTXDeckError.unreadable("it unpacks to more than \(Self.maximumSize >> 20) MiB")
            }
            guard entry.type == .file else { continue }
            var data = Data()
            do { _ = try archive.extract(entry) { data.append($0) } } catch {
                throw PPTXDeckError.unreadable("its part \(entry.path) is damaged")
            }
            parts.append((entry.path, data))
        }
        self.parts = parts
        let main = Self.text(parts, "_rels/.rels").flatMap { rels in
            PPTXRelations(rels).targets(ofType: "officeDocument").first
        }.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
        guard let main, let presentation = Self.text(parts, main), presentation.contains("presentation") else {
            throw PPTXDeckError.notAPresentation(Self.text(parts, "word/document.xml") != nil
                ? "it is a Word document" : Self.text(parts, "xl/workbook.xml") != nil
                ? "it is an Excel workbook" : "it has no presentation part")
        }
        presentationPath = main
        guard let size = PPTXXMLScan.element("sldSz", in: presentation),
              let cx = size["cx"].flatMap(Double.init), let cy = size["cy"].flatMap(Double.init), cx > 0, cy > 0 else {
            throw PPTXDeckError.unreadable("the presentation states no slide size")
        }
        width = cx / 12_700
        height = cy / 12_700
    }

    /// The names of the deck's slides, in order (empty for a slide without one).
    package var slideNames: [String] { listedSlides().map(\.name) }

    /// The bytes of the deck with `slides` added, at 1-based position `position` (nil: where the slides being
    /// replaced were, else after the last). Slides named `mark`, or `mark` followed by " #", are taken out first.
    /// Slides get the deck's blank layout; notes pages where the deck has a notes master.
    package func adding(_ slides: [PPTXSlideContent], at position: Int?, replacing mark: String) throws -> [UInt8] {
        var deck = self
        let existing = listedSlides()
        let ours = existing.filter { $0.name == mark || $0.name.hasPrefix(mark + " #") }
        let kept = existing.filter { slide in !ours.contains { $0.rID == slide.rID } }
        for slide in ours { deck.remove(slide) }
        let insertAt = min(kept.count, max(0, (position.map { $0 - 1 })
            ?? ours.first.flatMap { first in existing.firstIndex { $0.rID == first.rID } } ?? kept.count))

        var presentation = deck.text(presentationPath) ?? ""
        var relations = PPTXRelations(deck.text(relationsPath(of: presentationPath)) ?? "")
        var types = deck.text("[Content_Types].xml") ?? ""
        let layout = deck.blankLayout(relations)
        let notesMaster = relations.targets(ofType: "notesMaster").first.map { resolve($0, from: presentationPath) }
        var newIDs: [(id: Int, rID: String)] = []
        var nextID = max(255, PPTXXMLScan.elements("sldId", in: presentation).compactMap { $0["id"].flatMap(Int.init) }
            .max() ?? 255) + 1
        let language = slides.first.map { PPTXLanguage($0.scene.metadata).tag } ?? PPTXLanguage.fallback
        for content in slides {
            let n = deck.unusedNumber("ppt/slides/slide", ".xml")
            let slidePath = "ppt/slides/slide\(n).xml"
            var slide = PPTXSlide(scene: content.scene, name: content.name)
            var slideRelations = [("rId1", "slideLayout", relative(layout, from: slidePath))]
            deck.parts.append((slidePath, Data(slide.xml().utf8)))
            types = PPTXXMLScan.addingOverride(slidePath, type: PPTXParts.slideContentType, to: types)
            if let notes = content.notes, let notesMaster {
                let m = deck.unusedNumber("ppt/notesSlides/notesSlide", ".xml")
                let notesPath = "ppt/notesSlides/notesSlide\(m).xml"
                deck.parts.append((notesPath, Data(PPTXParts.notesSlide(notes, language: language).utf8)))
                deck.parts.append((relationsPath(of: notesPath), Data(PPTXParts.relationships([
                    ("rId1", "notesMaster", relative(notesMaster, from: notesPath)),
                    ("rId2", "slide", relative(slidePath, from: notesPath))]).utf8)))
                types = PPTXXMLScan.addingOverride(notesPath, type: PPTXParts.notesContentType, to: types)
                slideRelations.append(("rId2", "notesSlide", relative(notesPath, from: slidePath)))
            }
            deck.parts.append((relationsPath(of: slidePath), Data(PPTXParts.relationships(slideRelations).utf8)))
            let rID = relations.add(type: "slide", target: relative(slidePath, from: presentationPath))
            newIDs.append((nextID, rID))
            nextID += 1
        }
        guard nextID < 2_147_483_648 else { throw PPTXDeckError.unreadable("it has too many slide ids") }
        presentation = PPTXXMLScan.insertingSlides(newIDs, at: insertAt, into: presentation)
        deck.replace(presentationPath, with: presentation)
        deck.replace(relationsPath(of: presentationPath), with: relations.xml)
        deck.replace("[Content_Types].xml", with: types)
        return try PPTXOutput.zip(deck.parts)
    }

    // MARK: Slides

    private struct Slide { let rID: String; let path: String; let name: String }

    /// The slides in the presentation's order, with their part paths and names.
    private func listedSlides() -> [Slide] {
        guard let presentation = text(presentationPath) else { return [] }
        let relations = PPTXRelations(text(relationsPath(of: presentationPath)) ?? "")
        return PPTXXMLScan.elements("sldId", in: presentation).compactMap { attributes in
            guard let rID = attributes["r:id"], let target = relations.target(of: rID) else { return nil }
            let path = resolve(target, from: presentationPath)
            let name = text(path).flatMap { PPTXXMLScan.element("cSld", in: $0)?["name"] } ?? ""
            return Slide(rID: rID, path: path, name: PPTXXMLScan.unescaped(name))
        }
    }

    /// Takes a slide out: its entry in the presentation, its relationship, its part, its notes page, and their
    /// content types.
    private mutating func remove(_ slide: Slide) {
        var doomed = [slide.path, relationsPath(of: slide.path)]
        if let rels = text(relationsPath(of: slide.path)) {
            for notes in PPTXRelations(rels).targets(ofType: "notesSlide") {
                let path = resolve(notes, from: slide.path)
                doomed += [path, relationsPath(of: path)]
            }
        }
        parts.removeAll { doomed.contains($0.path) }
        if let presentation = text(presentationPath) {
            replace(presentationPath, with: PPTXXMLScan.removingSlide(rID: slide.rID, from: presentation))
        }
        var relations = PPTXRelations(text(relationsPath(of: presentationPath)) ?? "")
        relations.remove(id: slide.rID)
        replace(relationsPath(of: presentationPath), with: relations.xml)
        if let types = text("[Content_Types].xml") {
            replace("[Content_Types].xml", with: doomed.reduce(types) { PPTXXMLScan.removingOverride($1, from: $0) })
        }
    }

    /// The layout new slides take: the first master's blank layout, else its layout with the fewest shapes.
    private func blankLayout(_ relations: PPTXRelations) -> String {
        let masters = relations.targets(ofType: "slideMaster").map { resolve($0, from: presentationPath) }
        let layouts = masters.flatMap { master in
            PPTXRelations(text(relationsPath(of: master)) ?? "").targets(ofType: "slideLayout")
                .map { resolve($0, from: master) }
        }
        if let blank = layouts.first(where: { path in
            text(path).flatMap { PPTXXMLScan.element("sldLayout", in: $0)?["type"] } == "blank" }) {
            return blank
        }
        return layouts.min { (text($0)?.components(separatedBy: "<p:sp>").count ?? 0)
            < (text($1)?.components(separatedBy: "<p:sp>").count ?? 0) } ?? "ppt/slideLayouts/slideLayout1.xml"
    }

    // MARK: Parts

    private static func text(_ parts: [(path: String, data: Data)], _ path: String) -> String? {
        parts.first { $0.path == path }.flatMap { String(data: $0.data, encoding: .utf8) }
    }

    private func text(_ path: String) -> String? { Self.text(parts, path) }

    private mutating func replace(_ path: String, with text: String) {
        let data = Data(text.utf8)
        if let i = parts.firstIndex(where: { $0.path == path }) {
            if parts[i].data != data { parts[i].data = data }
        } else {
            parts.append((path, data))
        }
    }

    /// The lowest number N for which `prefix` N `suffix` is not a part yet.
    private func unusedNumber(_ prefix: String, _ suffix: String) -> Int {
        let taken = Set(parts.map(\.path))
        var n = 1
        while taken.contains("\(prefix)\(n)\(suffix)") { n += 1 }
        return n
    }

    /// `dir/_rels/name.rels` for the part `dir/name`.
    private func relationsPath(of part: String) -> String {
        let slash = part.lastIndex(of: "/")
        let folder = slash.map { String(part[...$0]) } ?? ""
        let name = slash.map { String(part[part.index(after: $0)...]) } ?? part
        return folder + "_rels/" + name + ".rels"
    }

    /// The part a relationship's `target` names, from the part `source`.
    private func resolve(_ target: String, from source: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var folders = source.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = folders.popLast() } else if piece != "." { folders.append(String(piece)) }
        }
        return folders.joined(separator: "/")
    }

    /// The relative target from the part `source` to the part `path`.
    private func relative(_ path: String, from source: String) -> String {
        let from = source.split(separator: "/").dropLast()
        let to = path.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }
}
