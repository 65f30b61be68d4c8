// Timelines built in code for layout tests: the first case, and generated extremes.

import BriefModel

/// Timelines that layout tests run over.
package enum TimelineFixtures {
    private static func d(_ s: String) -> BriefDate {
        guard let date = BriefDate(parsing: s) else { preconditionFailure("bad fixture date \(s)") }
        return date
    }

    /// A two-day visit programme: an afternoon, a night without events, a morning.
    package static let programme = Timeline(id: "visit", title: "Two days in Hà Nội", events: [
        TimelineEvent(date: d("2023-09-10T13:30"), label: "Arrival"),
        TimelineEvent(date: d("2023-09-10T15:00"), label: "Talks", highlight: true),
        TimelineEvent(date: d("2023-09-10T19:30"), label: "State banquet"),
        TimelineEvent(date: d("2023-09-11T09:00"), label: "Business forum"),
        TimelineEvent(date: d("2023-09-11T12:00"), label: "Departure"),
    ])

    /// Việt Nam's fourteen comprehensive strategic partners (the W1 benchmark data).
    package static let partners = Timeline(
        id: "partnerships", title: "Việt Nam's comprehensive strategic partnerships",
        events: [("2008-05", "China"), ("2012-07", "Russia"), ("2016-09", "India"), ("2022-12", "South Korea"),
                 ("2023-09", "United States"), ("2023-11", "Japan"), ("2024-03", "Australia"),
                 ("2024-10", "France"), ("2024-11", "Malaysia"), ("2025-02", "New Zealand"),
                 ("2025-03", "Indonesia"), ("2025-03", "Singapore"), ("2025-05", "Thailand"),
                 ("2025-10", "United Kingdom")].map {
            TimelineEvent(date: d($0.0), label: $0.1, highlight: $0.1 == "United Kingdom")
        })

    /// The partners as the example briefing (Examples/vietnam-uk-2025.yaml) has them: grouped by continent
    /// (a legend row), the years of rapid expansion as a period (a row for its label), notes on the first
    /// and the latest. Less height for labels than `partners` has.
    package static let partnersAsInTheExample: Timeline = {
        let continents = ["China": "Asia", "Russia": "Europe", "India": "Asia", "South Korea": "Asia",
                          "United States": "Americas", "Japan": "Asia", "Australia": "Oceania", "France": "Europe",
                          "Malaysia": "Asia", "New Zealand": "Oceania", "Indonesia": "Asia", "Singapore": "Asia",
                          "Thailand": "Asia", "United Kingdom": "Europe"]
        let notes = ["China": "First comprehensive strategic partner",
                     "United Kingdom": "14th comprehensive strategic partner"]
        let events = partners.events.map {
            TimelineEvent(date: $0.date, label: $0.label, note: notes[$0.label], highlight: $0.highlight,
                          group: continents[$0.label])
        }
        return Timeline(id: partners.id, title: partners.title, events: events,
                        periods: [Period(start: d("2023-09"), end: d("2025-10"), label: "Rapid expansion")])
    }()

    /// A deterministic pseudo-random generator, so generated fixtures are the same on every run.
    package struct Generator {
        private var state: UInt64
        package init(seed: UInt64) { state = seed &* 6364136223846793005 &+ 1442695040888963407 }
        package mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var z = state
            z = (z ^ (z >> 33)) &* 0xff51afd7ed558ccd
            return z ^ (z >> 33)
        }
        package mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        package mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    static let words = ["Hà Nội", "London", "Summit", "Treaty", "Visit", "Dialogue", "Accord", "Tô Lâm",
                        "Hợp tác", "Đối tác chiến lược toàn diện", "日本", "Сотрудничество", "Ministerial meeting",
                        "Joint statement", "Trade", "Partnership", "Nguyễn", "Forum", "Talks", "MoU"]

    /// A timeline of `count` events with random dates in `years`, random precision and label lengths.
    package static func random(seed: UInt64, count: Int, years: ClosedRange<Int> = 1990...2025,
                              maxWords: Int = 3) -> Timeline {
        var g = Generator(seed: seed)
        var events: [TimelineEvent] = []
        for i in 0..<count {
            let y = g.int(years)
            let precision = g.int(0...3)
            let m = g.int(1...12), day = g.int(1...28), h = g.int(0...23), mi = g.int(0...59)
            let date = BriefDate(year: y, month: m, day: day, hour: h, minute: mi,
                                 precision: DatePrecision(rawValue: precision) ?? .month)!
            let label = (0..<g.int(1...maxWords)).map { _ in g.pick(words) }.joined(separator: " ")
            events.append(TimelineEvent(date: date, label: label, note: g.int(0...3) == 0 ? "A note about \(label)" : nil,
                                        highlight: i == 0, group: g.int(0...2) == 0 ? g.pick(["Asia", "Europe", "Americas"]) : nil))
        }
        return Timeline(id: "random-\(seed)", title: "Generated timeline \(seed)", events: events)
    }

    /// The named extremes the issue lists: one event, ten on one day, eleven centuries, one afternoon,
    /// long labels, Vietnamese-only and mixed-script labels, two thousand events.
    package static let extremes: [Timeline] = [
        Timeline(id: "one", title: "One event", events: [TimelineEvent(date: d("2025-10-29"), label: "Talks in London")]),
        Timeline(id: "same-day", title: "Ten events on one day",
                 events: (1...10).map { TimelineEvent(date: d("2025-10-29"), label: "Meeting \($0)") }),
        Timeline(id: "centuries", title: "Eleven centuries",
                 events: [("1010", "Thăng Long founded"), ("1288", "Bạch Đằng"), ("1428", "Lê dynasty"),
                          ("1802", "Nguyễn dynasty"), ("1945", "Independence"), ("1986", "Đổi Mới"),
                          ("2025", "UK partnership")].map { TimelineEvent(date: d($0.0), label: $0.1) }),
        Timeline(id: "afternoon", title: "One afternoon",
                 events: [("2025-10-29T13:00", "Arrival"), ("2025-10-29T13:15", "Welcome"),
                          ("2025-10-29T13:30", "Talks begin"), ("2025-10-29T14:45", "Signing"),
                          ("2025-10-29T15:00", "Press statements"), ("2025-10-29T15:05", "Photo"),
                          ("2025-10-29T16:30", "Departure")].map { TimelineEvent(date: d($0.0), label: $0.1) }),
        Timeline(id: "long-labels", title: "Long labels",
                 events: [("2020-01", String(repeating: "Comprehensive strategic partnership ", count: 6)),
                          ("2021-06", "Supercalifragilisticexpialidociousandevenlongerwordwithoutanyspace"),
                          ("2022-03", "A reasonably long label about a ministerial meeting in Hà Nội"),
                          ("2022-04", "Another long label right next to the previous one")]
                    .map { TimelineEvent(date: d($0.0), label: $0.1, note: "With a note that is itself rather long") }),
        Timeline(id: "vietnamese", title: "Quan hệ Đối tác chiến lược toàn diện",
                 events: [("2008-05", "Trung Quốc"), ("2012-07", "Liên bang Nga"), ("2016-09", "Ấn Độ"),
                          ("2022-12", "Hàn Quốc"), ("2023-09", "Hoa Kỳ"), ("2023-11", "Nhật Bản"),
                          ("2025-10", "Vương quốc Anh")].map { TimelineEvent(date: d($0.0), label: $0.1) }),
        Timeline(id: "mixed-script", title: "Mixed scripts",
                 events: [("2023-11", "日本 Japan"), ("2012-07", "Россия Russia"), ("2022-12", "대한민국 Korea"),
                          ("2016-09", "भारत India"), ("2024-11", "Malaysia مليسيا"), ("2025-05", "ประเทศไทย Thailand")]
                    .map { TimelineEvent(date: d($0.0), label: $0.1) }),
        many(2000),
    ]

    /// About 1,800 events over 1990–2025: a thin background and bursts in March 2003 (the largest), early 2011,
    /// spring 2020 and 2022, with two highlighted events (one in the first burst) and one kept.
    package static func clustered(seed: UInt64 = 7) -> Timeline {
        var g = Generator(seed: seed)
        func day(_ y: Int, _ m: Int, _ d: Int, spread: Int) -> BriefDate {
            // A triangular spread around the day: two uniform draws summed.
            let offset = g.int(-spread...spread) / 2 + g.int(-spread...spread) / 2
            let c = BriefDate.civil(fromDayNumber: BriefDate.dayNumber(y, m, d) + offset)
            return BriefDate(year: c.year, month: c.month, day: c.day, precision: .day)!
        }
        var events = (0..<700).map { i in
            TimelineEvent(date: day(2008, 1, 1, spread: 6500 * 2), label: "Incident \(i)")
        }
        for (y, m, n, spread) in [(2003, 3, 500, 80), (2011, 2, 300, 120), (2020, 3, 150, 60), (2022, 3, 150, 200)] {
            events += (0..<n).map { i in TimelineEvent(date: day(y, m, 15, spread: spread), label: "Burst \(y) \(i)") }
        }
        events.append(TimelineEvent(date: BriefDate(parsing: "2003-03-20")!, label: "War begins", highlight: true))
        events.append(TimelineEvent(date: BriefDate(parsing: "2016-06-23")!, label: "Referendum", highlight: true))
        var kept = TimelineEvent(date: BriefDate(parsing: "1995-07-11")!, label: "Normalisation")
        kept.keep = true
        events.append(kept)
        return Timeline(id: "clustered", title: "Incidents, 1990–2025", events: events)
    }

    /// `count` events spread evenly over 2000–2025 (the W3 benchmark data).
    /// A sparse timeline whose notes run to three or four lines of a label (one on a date two events share):
    /// on a canvas with room, every note is shown whole.
    package static let longNotes = Timeline(id: "long-notes", title: "A sparse timeline with long notes", events: [
        TimelineEvent(date: d("2020-01-15"), label: "Joint statement on a comprehensive strategic partnership",
                      note: "Signed in Hà Nội by both foreign ministers after two days of talks; it sets out cooperation "
                          + "in trade, defence, education, climate and the digital economy of Việt Nam"),
        TimelineEvent(date: d("2021-06-01"), label: "Trade agreement",
                      note: "It removes tariffs on ninety-nine per cent of goods traded between the two countries over "
                          + "seven years, with exceptions for rice and sugar"),
        TimelineEvent(date: d("2023-03-10"), label: "Visit", note: "Short"),
        TimelineEvent(date: d("2023-03-10"), label: "Scholarships", note: "Two hundred a year for graduate study"),
        TimelineEvent(date: d("2025-10-29"), label: "Upgrade to a Comprehensive Strategic Partnership",
                      note: "Agreed in London by General Secretary Tô Lâm and Prime Minister Keir Starmer, with eight "
                          + "pillars of cooperation and a new roadmap for the partnership of Việt Nam", highlight: true),
    ])

    package static func many(_ count: Int) -> Timeline {
        let start = BriefDate.dayNumber(2000, 1, 1), end = BriefDate.dayNumber(2026, 1, 1)
        let events = (0..<count).map { i -> TimelineEvent in
            let day = start + Int(Double(end - start) * (Double(i) + 0.5) / Double(count))
            let c = BriefDate.civil(fromDayNumber: day)
            return TimelineEvent(date: BriefDate(year: c.year, month: c.month, day: c.day, precision: .day)!,
                                 label: "E\(i)")
        }
        return Timeline(id: "many", title: "\(count) synthetic events", events: events)
    }
}
