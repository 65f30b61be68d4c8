// A page in any shipped language: none of BriefKit's own English words on it, its language recorded.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Foundation
import Testing

@Suite struct PageLanguageTests {
    static let tags = ["vi", "fr", "de", "es", "ru", "ja", "zh", "ko", "ar", "id", "th", "zh-Hant"]
    /// The roles of texts BriefKit writes itself (headings, kind tags, "+N more", the footer, dates, ticks).
    static let ownRoles: Set<String> = ["heading", "kind", "report-more", "footer", "date", "tick-label", "more"]

    /// English words of en.yaml (phrases and month names), three letters or more, but BriefKit's name.
    static func englishWords(except language: Language) -> Set<String> {
        func words(_ l: Language) -> Set<String> {
            let texts = l.words.values.flatMap { $0.forms.values } + l.dates.months + l.dates.monthsShort + l.dates.monthsStandalone
                + l.dates.monthsShortStandalone
            return Set(texts.flatMap { $0.replacing(/\{[a-z]+\}/, with: "").split { !$0.isLetter } }
                .map(String.init).filter { $0.count >= 3 && $0 != "BriefKit" })
        }
        let own = Set(words(language).map { $0.lowercased() })
        return words(TestLanguages.english).filter { !own.contains($0.lowercased()) }
    }

    static func englishFound(in scene: Scene, language: Language) -> [String] {
        let english = englishWords(except: language)
        return scene.texts.filter { ownRoles.contains($0.role) }.flatMap { t in
            t.text.split { !$0.isLetter }.map(String.init).filter(english.contains).map { word in "\(t.role): \(word) in \(t.text)" }
        }
    }

    /// A timeline dense enough for "+N more … not labelled", spanning months (month ticks) and a year change.
    static let dense = Timeline(id: "dense", title: "Dense", events: (0..<240).map { i in
        TimelineEvent(date: BriefDate(year: 2024 + i / 120, month: 1 + (i / 10) % 12, day: 1 + i % 28, precision: .day)!,
                      label: "Event \(i)")
    })

    @Test(arguments: tags)
    func reportPageHasNoEnglishWord(_ tag: String) throws {
        let language = TestLanguages.named(tag)
        let measurer = TestLanguages.measurer(for: language)
        for briefing in [ReportFixtures.oneOfEverything, ReportFixtures.tooMuch] {
            for template in try ReportFixtures.templates() {
                let result = ReportLayout(style: .standard, measurer: measurer, language: language).layout(briefing, template: template)
                let found = Self.englishFound(in: result.scene, language: language)
                #expect(found.isEmpty, "\(tag) \(template.name): \(found.prefix(6))")
                #expect(result.scene.metadata.language == language.tag)
                #expect(result.scene.metadata.rightToLeft == (tag == "ar"))
                let alt = result.scene.metadata.description ?? ""
                #expect(!alt.contains("One-page") && !alt.contains("Sections"), "\(tag): \(alt)")
                #expect(result.scene.bookmarks.dropFirst().allSatisfy { !$0.title.contains("Summary") && !$0.title.contains("Outcomes") })
            }
        }
    }

    @Test(arguments: tags)
    func timelineAndPillarsHaveNoEnglishWord(_ tag: String) {
        let language = TestLanguages.named(tag)
        let measurer = TestLanguages.measurer(for: language)
        let layout = TimelineLayout(style: .standard, measurer: measurer, language: language)
        for size in [Size(width: 960, height: 400), Size(width: 300, height: 200), Size(width: 400, height: 900)] {
            for timeline in [Self.dense, TimelineFixtures.partnersAsInTheExample] {
                let result = layout.layout(timeline, size: size)
                let found = Self.englishFound(in: result.scene, language: language)
                #expect(found.isEmpty, "\(tag) \(timeline.id) \(size): \(found.prefix(6))")
                #expect(!(result.scene.metadata.description ?? "").contains("Timeline of"))
            }
        }
        let briefing = ReportFixtures.tooMuch
        let pillars = PillarsLayout(style: .standard, measurer: measurer, language: language)
            .layout(briefing.pillars!, outcomes: briefing.outcomes.enumerated().map { i, o in
                var o = o; o.pillar = briefing.pillars!.columns[i % 12].name; return o
            }, size: Size(width: 500, height: 300), parties: briefing.parties)
        let tags = pillars.scene.texts.filter { $0.role == "outcome-kind" || $0.role == "more" }
        let english = Self.englishWords(except: language)
        for t in tags { #expect(!t.text.split { !$0.isLetter }.map(String.init).contains(where: english.contains), "\(tag): \(t.text)") }
        #expect(!(pillars.scene.metadata.description ?? "").contains("Pillar diagram"))
    }

    /// The check itself can fail: English on an English page is found.
    @Test func theCheckFindsEnglish() throws {
        let result = ReportLayout(style: .standard, measurer: PangoMeasurer(), language: TestLanguages.english)
            .layout(ReportFixtures.tooMuch)
        #expect(!Self.englishFound(in: result.scene, language: TestLanguages.named("vi")).isEmpty)
    }
}
