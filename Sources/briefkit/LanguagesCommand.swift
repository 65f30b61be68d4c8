// `briefkit languages`: the shipped language files, with each language's own name and a sample date.

import ArgumentParser
import BriefKit

struct LanguagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "languages",
        abstract: "List the languages a briefing's `language:` can name, with a sample date in each.",
        discussion: """
        Each line: the tag, the language's name for itself, and a date as the page writes it. A tag that is not \
        listed takes its language's file (vi-VN → vi), or English with a warning. The files are in Languages/ \
        (docs/languages.md says how to add one).
        """)

    func run() throws {
        let sample = BriefDate(year: 2025, month: 10, day: 29, precision: .day)!
        for tag in LanguageCatalog.names() {
            let line: String
            if let language = try? LanguageCatalog.language(tag: tag).language {
                line = language.name + " · " + language.date(sample, .long)
            } else {
                line = "(does not load)"
            }
            print(tag + String(repeating: " ", count: max(1, 10 - tag.count)) + line)
        }
    }
}
