// Reads language files (Languages/*.yaml): the words BriefKit writes itself and its date patterns.

import BriefScene
import Yams

/// A language read from its files, with the warnings found on the way.
package struct LoadedLanguage: Sendable {
    package var language: Language
    package var warnings: [Diagnostic]
    package init(language: Language, warnings: [Diagnostic] = []) { self.language = language; self.warnings = warnings }
}

/// Decodes language files. The base file (English) must be complete; any other file is read over the language
/// it refines (English under `vi`, `vi` under `vi-VN`), so it may leave keys out: each word it lacks is warned
/// about once and taken from below.
package enum LanguageLoader {
    static let fields = ["name", "direction", "plurals", "numerals", "words", "dates"]
    static let dateFields = ["months", "monthsShort", "monthsStandalone", "monthsShortStandalone", "dayPeriods",
                             "long", "short", "axis"]

    /// Reads the language file at `path` for the tag `tag` over `base` (nil: the complete base language).
    /// `refinesBase` says the file is a region's or script's refinement of `base`'s own language (en-US over
    /// en), which keeps its plural rules when it gives none; a language's own file without `plurals` has only
    /// the `other` form (vi, ja, zh, ko, id, th).
    package static func load(path: String, tag: LanguageTag, over base: Language?, refinesBase: Bool = false) throws -> LoadedLanguage {
        try decode(bytes: FileReading.read(path: path), file: path, tag: tag, over: base, refinesBase: refinesBase)
    }

    /// Decodes the file `file` for the tag `tag` over `base` (nil: this is the complete base language).
    package static func decode(bytes: [UInt8], file: String, tag: LanguageTag, over base: Language?,
                              refinesBase: Bool = false) throws -> LoadedLanguage {
        let root = try YAMLInput.compose(bytes: bytes, file: file, json: FileReading.isJSON(file),
                                         expected: "a mapping with name, words and dates")
        let walked = try NodeReader.walk(file) { try decode(root, reader: $0, tag: tag, over: base, refinesBase: refinesBase) }
        return LoadedLanguage(language: walked.value, warnings: walked.warnings)
    }

    private static func decode(_ root: Node, reader r: NodeReader, tag: LanguageTag, over base: Language?,
                               refinesBase: Bool) throws -> Language? {
        guard let top = try r.fields(root, "", known: fields, what: "a mapping with name, words and dates") else { return nil }
        let name = try r.optionalText(top, "name") ?? base?.name ?? tag.text
        var rightToLeft = base?.rightToLeft ?? tag.isRightToLeftScript
        if let d = try r.optionalText(top, "direction") {
            switch d {
            case "ltr": rightToLeft = false
            case "rtl": rightToLeft = true
            default: try r.error(top["direction"]?.mark, "direction", "expected ltr or rtl, found \(MessageText.quoted(d))")
            }
        }
        var plurals = refinesBase ? base?.plurals ?? PluralRules() : PluralRules()
        if let node = top["plurals"], let pf = try r.fields(node, "plurals", known: PluralCategory.allCases.map(\.rawValue),
                                                             what: "a mapping of plural categories to CLDR conditions") {
            var conditions: [PluralCategory: String] = [:]
            for c in PluralCategory.allCases where c != .other {
                if let text = try r.optionalText(pf, c.rawValue) { conditions[c] = text }
            }
            do { plurals = try PluralRules(conditions) } catch let e as PluralRuleError {
                try r.error(node.mark, "plurals", e.message)
            }
        }
        var words = base?.words ?? [:]
        if let node = top["words"] {
            let own = try r.phrases(node, "words")
            let missing = WordKey.allCases.filter { own[$0] == nil }
            if !missing.isEmpty {
                let listed = missing.prefix(6).map { "'\($0.rawValue)'" }.joined(separator: ", ") + (missing.count > 6 ? ", …" : "")
                if base == nil {
                    try r.error(top.keyMark("words"), "words", "the base language must give every word; missing \(listed)")
                } else {
                    r.warning(top.keyMark("words"), "words", "\(missing.count) word\(missing.count == 1 ? "" : "s") not "
                              + "translated (\(listed)): taken from \(base!.name)")
                }
            }
            words.merge(own) { _, new in new }
        } else if base == nil {
            try r.error(nil, "words", "the base language must give every word")
        }
        guard let dates = try dates(top, reader: r, tag: tag, over: base?.dates) else { return nil }
        return Language(tag: tag.text, name: name, rightToLeft: rightToLeft, plurals: plurals, words: words, dates: dates)
    }

    private static func dates(_ top: Fields, reader r: NodeReader, tag: LanguageTag, over base: DateForms?) throws -> DateForms? {
        var digits = base?.digits ?? Array("0123456789")
        // Any numbering system's name may be a key (CLDR's: arab, thai, deva, …).
        let systems: [String] = { if case .mapping(let m) = top["numerals"] { m.keys.compactMap(\.string) } else { [] } }()
        if let node = top["numerals"], let nf = try r.fields(node, "numerals", known: systems, what: "a mapping of numbering systems to ten digits") {
            for entry in nf.entries where entry.key == tag.numbering {
                guard let text = try r.text(entry.value, nf.path(entry.key)), text.count == 10 else {
                    try r.error(entry.value.mark, nf.path(entry.key), "expected the ten digits 0 to 9 of the numbering system")
                    continue
                }
                digits = Array(text)
            }
        }
        guard let node = top["dates"] else {
            if let base { var d = base; d.digits = digits; return d }
            try r.error(nil, "dates", "the base language must give its dates")
            return nil
        }
        guard let f = try r.fields(node, "dates", known: dateFields, what: "a mapping of month names and patterns") else { return nil }
        func months(_ key: String) throws -> [String]? {
            guard f[key] != nil else { return nil }
            let names = try r.textList(f, key)
            guard names.count == 12 else {
                try r.error(f[key]?.mark, f.path(key), "expected the 12 month names, January first; found \(names.count)")
                return nil
            }
            return names
        }
        func patterns<K: CaseIterable & Hashable>(_ key: String, _ name: (K) -> String,
                                                  over old: [K: String]?) throws -> [K: String]? {
            guard let node = f[key] else { return old }
            guard let pf = try r.fields(node, f.path(key), known: K.allCases.map(name), what: "a mapping of patterns") else { return nil }
            var out = old ?? [:]
            for k in K.allCases {
                if let text = try r.optionalText(pf, name(k)) { out[k] = text }
            }
            let missing = K.allCases.filter { out[$0] == nil }
            if !missing.isEmpty {
                try r.error(node.mark, f.path(key), "missing " + missing.map { "'\(name($0))'" }.joined(separator: ", "))
            }
            return out
        }
        let full = try months("months") ?? base?.months
        let short = try months("monthsShort") ?? base?.monthsShort
        guard let full, let short else {
            try r.error(node.mark, "dates", "needs months and monthsShort (12 names each)")
            return nil
        }
        let standalone = try months("monthsStandalone") ?? (f["months"] == nil ? base?.monthsStandalone : nil)
        let shortStandalone = try months("monthsShortStandalone") ?? (f["monthsShort"] == nil ? base?.monthsShortStandalone : nil)
        let periods = f["dayPeriods"] == nil ? base?.dayPeriods ?? ["AM", "PM"] : try r.textList(f, "dayPeriods")
        let long = try patterns("long", { (p: DatePrecision) in p.name }, over: base?.patterns[.long])
        let shortForms = try patterns("short", { (p: DatePrecision) in p.name }, over: base?.patterns[.short])
        let axis = try patterns("axis", { (a: AxisForm) in a.name }, over: base?.axis)
        guard let long, let shortForms, let axis else {
            try r.error(node.mark, "dates", "needs long, short and axis patterns")
            return nil
        }
        return DateForms(months: full, monthsShort: short, monthsStandalone: standalone, monthsShortStandalone: shortStandalone,
                         dayPeriods: periods.count == 2 ? periods : ["AM", "PM"],
                         patterns: [.long: long, .short: shortForms], axis: axis, digits: digits)
    }
}

extension DatePrecision {
    /// The precision's name in language files: year, month, day, minute.
    package var name: String { ["year", "month", "day", "minute"][rawValue] }
}

extension AxisForm {
    /// The form's name in language files.
    package var name: String { rawValue }
}
