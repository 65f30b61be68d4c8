// Briefings and templates for the one-page report tests: the shipped examples and generated extremes.

import BriefLayout
import BriefModel
import BriefScene
import Foundation

enum ReportFixtures {
    /// The package root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every file in Examples/.
    static func examples() throws -> [(String, Briefing)] {
        let dir = root.appendingPathComponent("Examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, try BriefingLoader.load(path: dir.appendingPathComponent($0).path).briefing) }
    }

    /// The shipped templates in Reports/.
    static func templates() throws -> [ReportTemplate] {
        try ["a4", "letter", "a4-landscape", "slide"].map {
            try ReportTemplateLoader.load(path: root.appendingPathComponent("Reports/\($0).yaml").path).template
        }
    }

    static func d(_ s: String) -> BriefDate { BriefDate(parsing: s)! }

    static let parties = [Party(name: "Việt Nam", leader: "General Secretary Tô Lâm", color: Color(hex: "#DA251D")),
                          Party(name: "United Kingdom", leader: "Prime Minister Keir Starmer", color: Color(hex: "#012169"))]

    static let titleOnly = Briefing(title: "Việt Nam – United Kingdom")

    static let oneOfEverything = Briefing(
        title: "Việt Nam – United Kingdom", subtitle: "Comprehensive Strategic Partnership", date: d("2025-10-29"),
        place: "London", summary: "The two leaders met in London and upgraded relations.", parties: parties,
        timelines: [Timeline(id: "t", title: "Partners", events: [TimelineEvent(date: d("2025-10"), label: "United Kingdom")])],
        pillars: Pillars(roof: "Partnership", columns: [PillarColumn(name: "Trade", items: ["Double trade"])],
                         foundation: ["Mutual respect"]),
        outcomes: [Outcome(title: "Joint statement", kind: .statement, parties: ["Việt Nam", "United Kingdom"])],
        figures: [Figure(label: "Trade goal", value: "×2", note: "Double bilateral trade")],
        sources: [Source(title: "VNA report", publisher: "VNA", date: d("2025-10-29"), url: "https://vnanet.vn/en/")])

    /// Far too much of everything.
    static let tooMuch: Briefing = {
        let words = ["cooperation", "partnership", "trade", "security", "climate", "education", "Hà Nội", "London",
                     "agreement", "dialogue", "investment", "digital", "energy", "transition", "mutual", "benefit"]
        var summary = ""
        var i = 0
        while summary.count < 3000 {
            summary += words[i % words.count] + (i % 23 == 22 ? ".\n" : " ")
            i += 1
        }
        let kinds = OutcomeKind.allCases
        let events = (0..<30).map { TimelineEvent(date: d(String(1990 + $0) + "-0\(1 + $0 % 9)"), label: "Event \($0) \(words[$0 % 16])",
                                                  highlight: $0 == 29) }
        return Briefing(
            title: "An extremely long briefing title that goes on and on about a relationship between two nations",
            subtitle: "With an equally long subtitle that describes everything that happened during the visit in detail",
            date: d("2025-10-29"), place: "London", summary: summary, parties: parties,
            timelines: [Timeline(id: "many", title: "Thirty years", events: events)],
            pillars: Pillars(roof: "A partnership with twelve pillars",
                             columns: (0..<12).map { PillarColumn(name: "Pillar \($0) \(words[$0])",
                                                                  items: ["Item one of \(words[$0])", "Item two"]) },
                             foundation: ["Mutual respect", "International law"]),
            outcomes: (0..<40).map { Outcome(title: "Outcome \($0) on \(words[$0 % 16]) and \(words[($0 + 3) % 16])",
                                             kind: kinds[$0 % kinds.count], parties: $0 % 2 == 0 ? ["Ministry A", "Ministry B"] : []) },
            figures: (0..<30).map { Figure(label: "Figure \($0) \(words[$0 % 16])", value: "\($0 * 7)%",
                                           note: $0 % 3 == 0 ? "A note explaining figure \($0)" : nil) },
            sources: (0..<20).map { Source(title: "Source \($0) on \(words[$0 % 16])", publisher: "Publisher \($0)",
                                           date: d("2025-10"), url: "https://example.org/source/\($0)") })
    }()

    /// Words longer than any column.
    static let longWords: Briefing = {
        let long = String(repeating: "Đốitácchiếnlượctoàndiện", count: 6)
        return Briefing(title: long, subtitle: long, date: d("2025"), place: long, summary: long + " " + long,
                        parties: [Party(name: long, leader: long)],
                        timelines: [Timeline(id: "x", events: [TimelineEvent(date: d("2025-01"), label: long)])],
                        pillars: Pillars(roof: long, columns: [PillarColumn(name: long, items: [long])], foundation: [long]),
                        outcomes: [Outcome(title: long, kind: .mou, parties: [long])],
                        figures: [Figure(label: long, value: long, note: long)],
                        sources: [Source(title: long, publisher: long, url: "https://example.org/" + long)])
    }()

    static let vietnameseOnly = Briefing(
        title: "Việt Nam – Vương quốc Anh", subtitle: "Nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện",
        date: d("2025-10-29"), place: "Luân Đôn",
        summary: "Tổng Bí thư Tô Lâm và Thủ tướng Keir Starmer đã hội đàm tại Luân Đôn.\nHai bên ra Tuyên bố chung.",
        parties: [Party(name: "Việt Nam", leader: "Tổng Bí thư Tô Lâm"), Party(name: "Vương quốc Anh", leader: "Thủ tướng Keir Starmer")],
        timelines: [Timeline(id: "dt", title: "Các đối tác chiến lược toàn diện",
                             events: [TimelineEvent(date: d("2008-05"), label: "Trung Quốc"),
                                      TimelineEvent(date: d("2023-09"), label: "Hoa Kỳ"),
                                      TimelineEvent(date: d("2025-10"), label: "Vương quốc Anh", highlight: true)])],
        pillars: Pillars(roof: "Đối tác Chiến lược Toàn diện",
                         columns: [PillarColumn(name: "Chính trị", items: ["Đối thoại thường niên"]),
                                   PillarColumn(name: "Kinh tế", items: ["Tăng gấp đôi thương mại"])],
                         foundation: ["Tôn trọng lẫn nhau"]),
        outcomes: [Outcome(title: "Tuyên bố chung", kind: .statement), Outcome(title: "Bản ghi nhớ về chống lừa đảo", kind: .mou)],
        figures: [Figure(label: "Mục tiêu thương mại", value: "×2")],
        sources: [Source(title: "Thông tấn xã Việt Nam", url: "https://vnanet.vn")])

    static let generated: [(String, Briefing)] = [("title only", titleOnly), ("one of everything", oneOfEverything),
                                                   ("too much", tooMuch), ("long words", longWords),
                                                   ("Vietnamese only", vietnameseOnly)]
}
