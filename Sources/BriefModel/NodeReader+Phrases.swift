// Phrases as a language file's `words:` and a briefing's `terms:` write them: text, or a form per plural category.

import BriefScene
import Yams

extension NodeReader {
    /// A phrase: a text, or a mapping of CLDR plural categories (`one`, `other`, …) to texts, `other` required.
    func phrase(_ node: Node, _ path: String) throws -> Phrase? {
        if case .mapping = node {
            guard let fields = try fields(node, path, known: PluralCategory.allCases.map(\.rawValue),
                                          what: "a text or a mapping of plural forms") else { return nil }
            var forms: [PluralCategory: String] = [:]
            for category in PluralCategory.allCases {
                if let text = try optionalText(fields, category.rawValue, as: .title) { forms[category] = text }
            }
            guard forms[.other] != nil else {
                try error(node.mark, path, "needs an 'other' form (the form for any count the other forms do not take)")
                return nil
            }
            return Phrase(forms: forms)
        }
        return try fieldText(node, path, as: .title).map(Phrase.init)
    }

    /// A mapping of ``WordKey``s to phrases (unknown keys are warned about with a suggestion).
    func phrases(_ node: Node, _ path: String) throws -> [WordKey: Phrase] {
        guard let fields = try fields(node, path, known: WordKey.allCases.map(\.rawValue),
                                      what: "a mapping of word keys to texts") else { return [:] }
        var out: [WordKey: Phrase] = [:]
        for entry in fields.entries {
            guard let key = WordKey(rawValue: entry.key) else { continue }
            if let phrase = try phrase(entry.value, fields.path(entry.key)) { out[key] = phrase }
        }
        return out
    }
}
