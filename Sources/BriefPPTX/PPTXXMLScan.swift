// Reading and editing the few XML lists of someone else's deck as text: everything not touched stays as written.

import Foundation

/// Finds elements by local name (whatever namespace prefix the writer chose) and edits the presentation's slide
/// list and the content types in place, leaving every other byte as it was.
enum PPTXXMLScan {
    /// One element's start tag: where it is and its attributes (keys as written, `r:id` with its prefix).
    struct Tag {
        let range: Range<String.Index>
        /// The qualified name as written (`p:sldId`).
        let name: String
        let attributes: [String: String]
        var selfClosing: Bool
    }

    /// Every start tag whose local name is `local`, in document order.
    static func tags(_ local: String, in xml: String) -> [Tag] {
        var found: [Tag] = []
        var from = xml.startIndex
        while let open = xml.range(of: "<", range: from..<xml.endIndex) {
            guard let close = xml.range(of: ">", range: open.upperBound..<xml.endIndex) else { break }
            let inside = xml[open.upperBound..<close.lowerBound]
            from = close.upperBound
            let name = inside.prefix { !" \t\r\n/".contains($0) }
            guard !name.isEmpty, name.split(separator: ":").last.map(String.init) == local else { continue }
            found.append(Tag(range: open.lowerBound..<close.upperBound, name: String(name),
                             attributes: attributes(inside.dropFirst(name.count)), selfClosing: inside.hasSuffix("/")))
        }
        return found
    }

    /// The attributes of the first element named `local`.
    static func element(_ local: String, in xml: String) -> [String: String]? { tags(local, in: xml).first?.attributes }

    /// The attributes of every element named `local`.
    static func elements(_ local: String, in xml: String) -> [[String: String]] { tags(local, in: xml).map(\.attributes) }

    private static func attributes(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text[...]
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespacesAndNewlines)
            var after = rest[rest.index(after: eq)...].drop { $0 == " " }
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            result[key] = String(after[..<end])
            rest = after[after.index(after: end)...]
        }
        return result
    }

    /// XML's five entities and numeric references decoded.
    static func unescaped(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
        while let r = out.range(of: "&#"), let semi = out[r.upperBound...].firstIndex(of: ";") {
            let digits = out[r.upperBound..<semi]
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            out.replaceSubrange(r.lowerBound...semi, with: value.flatMap(Unicode.Scalar.init).map { String($0) } ?? "")
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }

    // MARK: Content types

    /// `types` with an override naming `path`'s content type.
    static func addingOverride(_ path: String, type: String, to types: String) -> String {
        guard let end = types.range(of: "</Types>", options: .backwards) else { return types }
        var out = types
        out.insert(contentsOf: "<Override PartName=\"/\(path)\" ContentType=\"\(type)\"/>", at: end.lowerBound)
        return out
    }

    /// `types` without the override of `path`.
    static func removingOverride(_ path: String, from types: String) -> String {
        guard let tag = tags("Override", in: types).first(where: { $0.attributes["PartName"] == "/" + path }) else {
            return types
        }
        var out = types
        out.removeSubrange(tag.range)
        return out
    }

    // MARK: The slide list

    /// `presentation` without the slide entry whose relationship is `rID`.
    static func removingSlide(rID: String, from presentation: String) -> String {
        guard let tag = tags("sldId", in: presentation).first(where: { $0.attributes.first { $0.key.hasSuffix(":id") }?
            .value == rID }) else { return presentation }
        var out = presentation
        out.removeSubrange(tag.range)
        return out
    }

    /// `presentation` with entries for `slides` (id, relationship) before its `index`-th slide (0-based; past the
    /// end: after the last). A deck without a slide list gets one where the schema puts it, before the size.
    static func insertingSlides(_ slides: [(id: Int, rID: String)], at index: Int, into presentation: String) -> String {
        guard !slides.isEmpty, let size = tags("sldSz", in: presentation).first else { return presentation }
        let prefix = size.name.contains(":") ? String(size.name.split(separator: ":")[0]) + ":" : ""
        let r = relationshipPrefix(presentation)
        let entries = slides.map { "<\(prefix)sldId id=\"\($0.id)\" \(r):id=\"\($0.rID)\"/>" }.joined()
        var out = presentation
        let existing = tags("sldId", in: presentation)
        if index < existing.count {
            out.insert(contentsOf: entries, at: existing[index].range.lowerBound)
        } else if let list = tags("sldIdLst", in: presentation).first {
            if list.selfClosing {
                out.replaceSubrange(list.range, with: "<\(prefix)sldIdLst>\(entries)</\(prefix)sldIdLst>")
            } else if let close = presentation.range(of: "</\(prefix)sldIdLst>") {
                out.insert(contentsOf: entries, at: close.lowerBound)
            }
        } else {
            out.insert(contentsOf: "<\(prefix)sldIdLst>\(entries)</\(prefix)sldIdLst>", at: size.range.lowerBound)
        }
        return out
    }

    /// The prefix the document binds to the relationships namespace (`r` in every deck seen).
    private static func relationshipPrefix(_ xml: String) -> String {
        let uri = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        for tag in tags("presentation", in: xml) {
            if let binding = tag.attributes.first(where: { $0.value == uri && $0.key.hasPrefix("xmlns:") }) {
                return String(binding.key.dropFirst(6))
            }
        }
        return "r"
    }
}

/// A relationships part, edited as text: entries added before its end, removed where they stand.
struct PPTXRelations {
    private(set) var xml: String

    init(_ xml: String) {
        self.xml = xml.isEmpty
            ? PPTXXML.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "</Relationships>"
            : xml
    }

    private var entries: [PPTXXMLScan.Tag] { PPTXXMLScan.tags("Relationship", in: xml) }

    /// The targets of the relationships whose type ends in `/type`, in order.
    func targets(ofType type: String) -> [String] {
        entries.filter { $0.attributes["Type"]?.hasSuffix("/" + type) == true && $0.attributes["TargetMode"] != "External" }
            .compactMap { $0.attributes["Target"] }
    }

    /// The target of the relationship `id`.
    func target(of id: String) -> String? { entries.first { $0.attributes["Id"] == id }?.attributes["Target"] }

    /// Adds a relationship of `type` (in the officeDocument namespace) to `target`; returns its new id.
    mutating func add(type: String, target: String) -> String {
        let taken = Set(entries.compactMap { $0.attributes["Id"] })
        var n = taken.count + 1
        while taken.contains("rId\(n)") { n += 1 }
        let id = "rId\(n)"
        let entry = "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/\(type)\" Target=\"\(target)\"/>"
        if let end = xml.range(of: "</Relationships>", options: .backwards) {
            xml.insert(contentsOf: entry, at: end.lowerBound)
        } else if let selfClosed = PPTXXMLScan.tags("Relationships", in: xml).first, selfClosed.selfClosing {
            xml.replaceSubrange(selfClosed.range, with: String(xml[selfClosed.range].dropLast(2)) + ">" + entry
                                + "</Relationships>")
        }
        return id
    }

    /// Removes the relationship `id`.
    mutating func remove(id: String) {
        guard let entry = entries.first(where: { $0.attributes["Id"] == id }) else { return }
        xml.removeSubrange(entry.range)
    }
}
