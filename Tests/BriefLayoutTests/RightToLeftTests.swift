// A right-to-left briefing mirrors its page and its diagrams; the geometry stays as sound as left to right.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Foundation
import Testing

@Suite struct RightToLeftTests {
    static let arabic = TestLanguages.named("ar")

    @Test func mirroringTwiceGivesTheSceneBack() {
        let scene = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(ReportFixtures.oneOfEverything).scene
        let twice = scene.mirrored().mirrored()
        #expect(twice.elements.count == scene.elements.count)
        for (a, b) in zip(twice.elements, scene.elements) {
            let d = abs(a.bounds.minX - b.bounds.minX) + abs(a.bounds.maxX - b.bounds.maxX)
            #expect(d < 1e-9, "\(a.role)")
        }
    }

    /// The Arabic page is the English page's mirror image in its arrangement: the title and each block's
    /// heading start at the right margin, every bullet and figure bar sits right of its text.
    @Test func anArabicPageReadsFromTheRight() throws {
        let briefing = ReportFixtures.oneOfEverything
        for template in try ReportFixtures.templates() {
            let ltr = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(briefing, template: template).scene
            let rtl = ReportLayout(style: .standard, measurer: TestLanguages.measurer(for: Self.arabic), language: Self.arabic).layout(briefing, template: template).scene
            #expect(rtl.metadata.rightToLeft && rtl.metadata.language == "ar")
            let w = template.width
            let title = try #require(rtl.texts.first { $0.role == "title" })
            let englishTitle = try #require(ltr.texts.first { $0.role == "title" })
            #expect(abs((w - title.box.maxX) - englishTitle.box.minX) < 0.5, "\(template.name): title not at the right margin")
            // Each heading stands flush right over its block's rule (flush left on an English page).
            let rules = rtl.elements.filter { $0.role == "rule" }.map(\.bounds)
            for heading in rtl.texts where heading.role == "heading" {
                let rule = rules.filter { $0.minY >= heading.box.maxY - 0.5 && $0.minX <= heading.box.midX && $0.maxX >= heading.box.midX }
                    .min { $0.minY < $1.minY }
                #expect(rule.map { abs($0.maxX - heading.box.maxX) < 0.5 } == true, "\(template.name): heading \(heading.text) not flush right")
            }
            // Bullets (outcome squares) right of their outcome's text.
            let bullets = rtl.elements.filter { $0.role == "bullet" || $0.role == "outcome-bullet" }.map(\.bounds)
            for t in rtl.texts where t.role == "outcome" {
                if let b = bullets.first(where: { abs($0.midY - t.box.minY) < t.box.height && $0.minY <= t.box.maxY }) {
                    #expect(b.minX >= t.box.maxX - 0.5, "\(template.name): bullet left of \(t.text)")
                }
            }
            // Nothing outside the page, no text over text: the same audit as any page.
            let problems = rtl.audit().filter { $0.kind != .elided }
            #expect(problems.isEmpty, "\(template.name): \(problems.prefix(4))")
        }
    }

    /// A standalone Arabic timeline runs from the right: its earliest marker is right of its latest.
    @Test func anArabicTimelineRunsRightToLeft() {
        let timeline = TimelineFixtures.partners
        for size in [Size(width: 960, height: 400), Size(width: 400, height: 900)] {
            let scene = TimelineLayout(style: .standard, measurer: TestLanguages.measurer(for: Self.arabic), language: Self.arabic)
                .layout(timeline, size: size).scene
            let markers = scene.elements.filter { $0.role.hasPrefix("marker") }.map(\.bounds)
            #expect(!markers.isEmpty)
            if size.width > size.height {
                #expect(markers.first!.midX > markers.last!.midX, "earliest should stand right of latest")
            } else {
                // Vertical: the axis moves to the right half, labels to its left.
                let axis = scene.elements.first { $0.role == "axis" }!.bounds
                #expect(axis.midX > size.width / 2)
            }
            #expect(scene.audit().filter { $0.kind != .elided }.isEmpty)
        }
    }
}
