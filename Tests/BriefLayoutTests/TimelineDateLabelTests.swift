// Labels say only what the axis does not: a programme's times, a single year's days and months.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Testing

@Suite struct TimelineDateLabelTests {
    static func d(_ s: String) -> BriefDate { BriefDate(parsing: s)! }

    static func texts(_ timeline: Timeline, _ role: String, orientation: TimelineOrientation) -> [String] {
        TimelineLayout(style: .standard, measurer: PangoMeasurer())
            .layout(timeline, size: orientation == .horizontal ? Size(width: 960, height: 360) : Size(width: 420, height: 800),
                    orientation: orientation)
            .scene.texts.filter { $0.role == role }.map(\.text)
    }


    static let oneYear = Timeline(id: "year", title: "Visits in 2025", events: [
        TimelineEvent(date: d("2025-02-12"), label: "Foreign minister"),
        TimelineEvent(date: d("2025-06"), label: "Defence dialogue"),
        TimelineEvent(date: d("2025-10-29"), label: "Upgrade", highlight: true),
    ])

    @Test("a two-day programme: each label its time, the axis the days", arguments: [TimelineOrientation.horizontal, .vertical])
    func programmeLabelsAreTimes(_ orientation: TimelineOrientation) {
        let dates = Self.texts(TimelineFixtures.programme, "date", orientation: orientation)
        #expect(dates.count == 5, "\(dates)")
        #expect(dates.allSatisfy { $0.count == 5 && $0.contains(":") }, "times alone: \(dates)")
        let ticks = Self.texts(TimelineFixtures.programme, "tick-label", orientation: orientation)
        #expect(ticks.contains { $0.contains("10 Sep") } && ticks.contains { $0.contains("11 Sep") }, "days on the axis: \(ticks)")
    }

    @Test("a single year's events: labels without the year, which the axis carries", arguments: [TimelineOrientation.horizontal, .vertical])
    func oneYearLabelsLeaveTheYearToTheAxis(_ orientation: TimelineOrientation) {
        let dates = Self.texts(Self.oneYear, "date", orientation: orientation)
        #expect(Set(dates) == ["12 Feb", "Jun", "29 Oct"], "\(dates)")
        let ticks = Self.texts(Self.oneYear, "tick-label", orientation: orientation)
        #expect(ticks.contains { $0.contains("2025") }, "the year on the axis: \(ticks)")
    }

    @Test("events over several years or days keep their whole dates")
    func longerSpansKeepWholeDates() {
        var spread = TimelineFixtures.programme
        spread.events.append(TimelineEvent(date: Self.d("2023-09-13T10:00"), label: "Follow-up"))
        let dates = Self.texts(spread, "date", orientation: .horizontal)
        #expect(dates.allSatisfy { $0.contains("Sep") }, "\(dates)")
        var years = Self.oneYear
        years.events.append(TimelineEvent(date: Self.d("2026-01-15"), label: "Return visit"))
        #expect(Self.texts(years, "date", orientation: .horizontal).allSatisfy { $0.contains("202") })
    }
}
