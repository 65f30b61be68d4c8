// The report's document facts: title, subject, author, keywords, alt text and a date that is never the clock.

import BriefModel
import BriefScene

enum ReportMetadata {
    /// Metadata for the page: the briefing's title and subtitle, its parties, and a description: what the page
    /// is and holds, then what each of its diagrams shows (`diagrams`, their own alt text).
    static func make(_ briefing: Briefing, sections: [String], diagrams: [String] = [], language: Language,
                     sourceDate: String?) -> SceneMetadata {
        let names = briefing.parties.map(\.name)
        return SceneMetadata(title: briefing.title, subject: briefing.subtitle,
                             author: names.isEmpty ? "BriefKit" : names.joined(separator: ", "),
                             keywords: names + [language.phrase(.keywordBriefing)],
                             description: ([describe(briefing, sections: sections, language: language)] + diagrams)
                                 .joined(separator: " "),
                             date: briefing.date.map(isoDate) ?? sourceDate)
    }

    /// "One-page briefing: Việt Nam – United Kingdom (29 October 2025, London). Sections: Summary, Outcomes."
    static func describe(_ briefing: Briefing, sections: [String], language: Language) -> String {
        let separator = language.phrase(.listSeparator)
        let meta = [briefing.date.map { language.date($0, .long) }, briefing.place].compactMap { $0 }
        return language.phrase(.altReport, [
            "title": briefing.title,
            "meta": meta.isEmpty ? "" : language.phrase(.altReportMeta, ["meta": meta.joined(separator: separator)]),
            "sections": sections.isEmpty ? "" : language.phrase(.altReportSections, ["list": sections.joined(separator: separator)]),
        ])
    }

    /// `YYYY-MM-DDT00:00:00` for a date (its first day at coarser precision).
    static func isoDate(_ d: BriefDate) -> String {
        func p(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(p(d.year, 4))-\(p(d.month, 2))-\(p(d.day, 2))T\(p(d.hour, 2)):\(p(d.minute, 2)):00"
    }
}
