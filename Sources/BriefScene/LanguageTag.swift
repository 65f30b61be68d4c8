// BCP 47 tags as a briefing writes them: checked, and turned into the language files to look for.

/// A well-formed BCP 47 language tag (RFC 5646 syntax, checked loosely: a 2–3 letter language, then
/// subtags of 1–8 letters or digits), e.g. "vi", "en-GB", "zh-Hans", "ar-u-nu-arab".
package struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    /// The tag in canonical case: language lower, script title, region upper ("zh-Hans-CN").
    package let text: String
    /// The language subtag ("zh").
    package let language: String
    /// The script subtag, if any ("Hans").
    package let script: String?
    /// The region subtag, if any ("GB", "419").
    package let region: String?
    /// The Unicode extension's `nu` value, if any ("arab" in "ar-u-nu-arab").
    package let numbering: String?

    package var description: String { text }

    /// RFC 5646 §4.4.1: implementations need only keep tags of up to 35 characters.
    package static let maximumLength = 35

    /// The canonical form of `tag` when it is well formed, else nil: what an output file may record (PDF /Lang,
    /// SVG xml:lang, PPTX lang). A scene read from JSON is untrusted text; a checked tag holds only letters,
    /// digits and hyphens and needs no escaping anywhere.
    package static func recorded(_ tag: String?) -> String? { tag.flatMap(LanguageTag.init)?.text }

    /// Nil when `written` is not a well-formed tag.
    package init?(_ written: String) {
        let parts = written.replacingOccurrences(of: "_", with: "-").split(separator: "-", omittingEmptySubsequences: false)
            .map(String.init)
        // A language of 2–8 letters, or a private-use (x-…) or grandfathered (i-…) tag.
        guard written.utf8.count <= LanguageTag.maximumLength, let first = parts.first,
              (2...8).contains(first.count) || (["x", "i", "X", "I"].contains(first) && parts.count > 1),
              first.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        var canonical = [first.lowercased()]
        var script: String?, region: String?, numbering: String?
        var i = 1
        if i < parts.count, parts[i].count == 4, parts[i].allSatisfy(\.isLetter) {
            script = parts[i].prefix(1).uppercased() + parts[i].dropFirst().lowercased()
            canonical.append(script!); i += 1
        }
        if i < parts.count, (parts[i].count == 2 && parts[i].allSatisfy(\.isLetter)) || (parts[i].count == 3 && parts[i].allSatisfy(\.isNumber)) {
            region = parts[i].uppercased()
            canonical.append(region!); i += 1
        }
        let rest = parts[i...].map { $0.lowercased() }
        if let u = rest.firstIndex(of: "u"), let nu = rest[u...].firstIndex(of: "nu"), nu + 1 < rest.endIndex {
            numbering = rest[nu + 1]
        }
        canonical += rest
        language = first.lowercased(); self.script = script; self.region = region; self.numbering = numbering
        text = canonical.joined(separator: "-")
    }

    /// The language files that may describe this tag, most specific first: "zh-Hans-CN" → zh-Hans-CN,
    /// zh-Hans, zh-CN, zh (extensions play no part in the choice).
    package var lookupNames: [String] {
        var names: [String] = []
        if let script, let region { names.append("\(language)-\(script)-\(region)") }
        if let script { names.append("\(language)-\(script)") }
        if let region { names.append("\(language)-\(region)") }
        // Chinese of Taiwan, Hong Kong and Macau is written in Traditional characters (CLDR's likely subtags).
        if language == "zh", script == nil, let region, ["TW", "HK", "MO"].contains(region) { names.append("zh-Hant") }
        names.append(language)
        return names
    }

    /// Languages whose script runs right to left: a tag of one of these with no language file of its own
    /// still gets a right-to-left page (with English words).
    package var isRightToLeftScript: Bool {
        if let script { return ["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"].contains(script) }
        return ["ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "syr"].contains(language)
    }
}
