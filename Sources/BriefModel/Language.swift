// The words BriefKit writes itself and the way it writes dates, in the briefing's language (Languages/*.yaml).

/// One word or phrase, with a form per plural category when it holds a count.
package struct Phrase: Sendable, Hashable {
    /// Forms by category; a phrase without counts has only `other`.
    package var forms: [PluralCategory: String]

    package init(_ text: String) { forms = [.other: text] }
    package init(forms: [PluralCategory: String]) { self.forms = forms }
}

/// A language's words, plural rules and date forms, with the BCP 47 tag the briefing asked for.
package struct Language: Sendable, Hashable {
    /// The tag as the briefing wrote it ("vi-VN", "ar", "en"): recorded in every output.
    package var tag: String
    /// The language's own name for itself, from its file ("Tiếng Việt").
    package var name: String
    /// Whether the language's script runs right to left.
    package var rightToLeft: Bool
    /// How counts pick a phrase's form.
    package var plurals: PluralRules
    /// Every word of ``WordKey``.
    package var words: [WordKey: Phrase]
    /// Month names and date patterns.
    package var dates: DateForms

    package init(tag: String, name: String, rightToLeft: Bool = false, plurals: PluralRules = PluralRules(),
                words: [WordKey: Phrase], dates: DateForms) {
        self.tag = tag; self.name = name; self.rightToLeft = rightToLeft; self.plurals = plurals
        self.words = words; self.dates = dates
    }

    /// The phrase `key`, its form picked by `count` (which fills `{n}`), with `{name}` placeholders filled
    /// from `values`. A key no file gave reads as the key itself (the loader warns before that can happen).
    package func phrase(_ key: WordKey, count: Int? = nil, _ values: [String: String] = [:]) -> String {
        guard let phrase = words[key] else { return key.rawValue }
        let category = count.map(plurals.category) ?? .other
        let text = phrase.forms[category] ?? phrase.forms[.other] ?? phrase.forms.values.first ?? ""
        guard text.contains("{") else { return text }
        var values = values
        if let count { values["n"] = dates.number(count) }
        return Language.fill(text, values)
    }

    /// `template` with each `{name}` of `values` replaced, in one pass: a value that itself holds "{…}" (a
    /// briefing's own text) stays as written. Unknown placeholders stay too.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// "A", "A and B", "A, B and C" in the language's own separators.
    package func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: phrase(.listSeparator)) + phrase(.listLastSeparator) + items[items.count - 1]
    }

    /// `date` in `form`.
    package func date(_ date: BriefDate, _ form: DateForm) -> String { dates.format(date, form) }

    /// The name of an outcome kind, singular for one outcome, as its group heading for `count`.
    package func kind(_ kind: OutcomeKind, count: Int = 1) -> String {
        phrase(Language.key(of: kind), count: count)
    }

    static func key(of kind: OutcomeKind) -> WordKey {
        switch kind {
        case .statement: .kindStatement
        case .agreement: .kindAgreement
        case .mou: .kindMoU
        case .plan: .kindPlan
        case .commitment: .kindCommitment
        case .other: .kindOther
        }
    }

    /// This language with a briefing's `terms:` in place of its own words.
    package func overriding(_ terms: [WordKey: Phrase]) -> Language {
        var copy = self
        for (key, phrase) in terms { copy.words[key] = phrase }
        return copy
    }
}
