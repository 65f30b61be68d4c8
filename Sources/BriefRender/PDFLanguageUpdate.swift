// The document language (/Lang) added to a finished PDF, which cairo 1.16 has no call for, as an incremental update.

import BriefScene

/// Appends an incremental update (ISO 32000-1 §7.5.6) to a complete PDF: a new version of the document catalog with
/// `/Lang (tag)` added, a cross-reference section for that one object and a trailer that keeps `/Root`, `/Info` and
/// `/ID` and points back with `/Prev`. The original bytes stay as they are, so fonts, links, the outline and the
/// metadata are untouched, and the same input always gives the same output.
///
/// The catalog is found as a reader finds it: `startxref` → the cross-reference table → the trailer's `/Root` →
/// that object's offset (following `/Prev` to older sections if needed); it must be a dictionary with
/// `/Type /Catalog`. Anything unexpected (a cross-reference stream, a catalog that already has a `/Lang`, broken
/// syntax) leaves the file alone.
enum PDFLanguageUpdate {
    /// Why the language could not be added.
    enum Failure: Error, Equatable {
        case invalidTag
        case noCrossReferenceTable
        case noCatalog
        case alreadyHasLanguage
    }

    /// `pdf` with an update that records `tag` as the document's language.
    static func adding(language tag: String, to pdf: [UInt8]) throws(Failure) -> [UInt8] {
        guard let tag = LanguageTag.recorded(tag) else { throw .invalidTag }
        let syntax = PDFSyntax(bytes: pdf)
        guard let lastXref = startxref(syntax), let newest = section(syntax, at: lastXref) else {
            throw .noCrossReferenceTable
        }
        let trailer = newest.trailer
        guard let rootEntry = trailer.first(where: { $0.key == "Root" }),
              let root = syntax.reference(rootEntry.value) else { throw .noCatalog }
        // The newest section that lists the catalog says where it is.
        var offset: Int?
        var current: Section? = newest
        var visited: Set<Int> = [lastXref]
        while let s = current, offset == nil {
            if let entry = s.entries[root.number] {
                guard entry.inUse, entry.generation == root.generation else { throw .noCatalog }
                offset = entry.offset
            } else if let prev = s.trailer.first(where: { $0.key == "Prev" }),
                      let p = syntax.integer(at: prev.value.lowerBound)?.value, visited.insert(p).inserted {
                current = section(syntax, at: p)
            } else {
                current = nil
            }
        }
        guard let offset, let catalog = dictionary(ofObject: root, at: offset, in: syntax) else { throw .noCatalog }
        guard catalog.entries.contains(where: { $0.key == "Type" && syntax.text($0.value) == "/Catalog" }) else {
            throw .noCatalog
        }
        guard !catalog.entries.contains(where: { $0.key == "Lang" }) else { throw .alreadyHasLanguage }

        var out = pdf
        if let last = out.last, last != 10, last != 13 { out.append(10) }
        let objectOffset = out.count
        // The catalog's own entries as Cairo wrote them, then the language (letters, digits and hyphens: no escaping).
        var body = Array(pdf[(catalog.open + 2)..<catalog.close])
        while let last = body.last, PDFSyntax.isWhitespace(last) { body.removeLast() }
        out += Array("\(root.number) \(root.generation) obj\n<<".utf8) + body
        out += Array("\n   /Lang (\(tag))\n>>\nendobj\n".utf8)
        let xrefOffset = out.count
        // One subsection for the one changed object; each entry is exactly 20 bytes (§7.5.4).
        out += Array("xref\n\(root.number) 1\n\(padded(objectOffset, 10)) \(padded(root.generation, 5)) n \n".utf8)
        var kept = ""
        for key in ["Size", "Root", "Info", "ID"] {
            if let entry = trailer.first(where: { $0.key == key }) { kept += "/\(key) \(syntax.text(entry.value))\n   " }
        }
        out += Array("trailer\n<< \(kept)/Prev \(lastXref)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return out
    }

    /// One cross-reference section: its in-use and free entries by object number, and its trailer's entries.
    struct Section {
        var entries: [Int: (offset: Int, generation: Int, inUse: Bool)]
        var trailer: [PDFSyntax.Entry]
    }

    /// The offset that the last `startxref` in the file's final kilobyte gives.
    private static func startxref(_ syntax: PDFSyntax) -> Int? {
        let bytes = syntax.bytes, word = Array("startxref".utf8)
        guard bytes.count >= word.count else { return nil }
        var i = bytes.count - word.count
        let floor = max(0, bytes.count - 1024)
        while i >= floor {
            if Array(bytes[i..<(i + word.count)]) == word {
                guard let value = syntax.integer(at: syntax.skipSpace(i + word.count)), value.value < bytes.count
                else { return nil }
                return value.value
            }
            i -= 1
        }
        return nil
    }

    /// The classic cross-reference table at `offset` and the trailer after it (a cross-reference stream is refused).
    private static func section(_ syntax: PDFSyntax, at offset: Int) -> Section? {
        guard offset < syntax.bytes.count, syntax.keyword("xref", at: offset) else { return nil }
        var entries: [Int: (offset: Int, generation: Int, inUse: Bool)] = [:]
        var i = syntax.skipSpace(offset + 4)
        while !syntax.keyword("trailer", at: i) {
            guard let first = syntax.integer(at: i) else { return nil }
            guard let count = syntax.integer(at: syntax.skipSpace(first.end)), count.value <= syntax.bytes.count / 18
            else { return nil }
            i = syntax.skipSpace(count.end)
            for k in 0..<count.value {
                guard let entryOffset = syntax.integer(at: i) else { return nil }
                let g = syntax.skipSpace(entryOffset.end)
                guard let generation = syntax.integer(at: g) else { return nil }
                let t = syntax.skipSpace(generation.end)
                guard t < syntax.bytes.count else { return nil }
                let inUse: Bool
                switch syntax.bytes[t] {
                case UInt8(ascii: "n"): inUse = true
                case UInt8(ascii: "f"): inUse = false
                default: return nil
                }
                // The first section naming an object wins: a later subsection cannot override an earlier one.
                if entries[first.value + k] == nil {
                    entries[first.value + k] = (entryOffset.value, generation.value, inUse)
                }
                i = syntax.skipSpace(t + 1)
            }
        }
        let open = syntax.skipSpace(i + "trailer".utf8.count)
        guard let trailer = syntax.dictionary(at: open) else { return nil }
        return Section(entries: entries, trailer: trailer.entries)
    }

    /// The dictionary of indirect object `object` at `offset`: `n g obj << … >>`, checked against the reference.
    private static func dictionary(ofObject object: (number: Int, generation: Int), at offset: Int,
                                   in syntax: PDFSyntax) -> (open: Int, close: Int, entries: [PDFSyntax.Entry])? {
        guard offset < syntax.bytes.count, let n = syntax.integer(at: offset), n.value == object.number,
              let g = syntax.integer(at: syntax.skipSpace(n.end)), g.value == object.generation else { return nil }
        let obj = syntax.skipSpace(g.end)
        guard syntax.keyword("obj", at: obj) else { return nil }
        let open = syntax.skipSpace(obj + 3)
        guard let dict = syntax.dictionary(at: open) else { return nil }
        return (open, dict.close, dict.entries)
    }

    /// `value` in decimal, zero-padded to `width` digits.
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
