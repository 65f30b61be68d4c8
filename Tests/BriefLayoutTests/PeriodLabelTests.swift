// Period names on a horizontal timeline fit inside their bands (one line, else two, down to the smallest
// type), or stand above a band too narrow for them over a bracket spanning it.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Testing

@Suite struct PeriodLabelTests {
    static func d(_ s: String) -> BriefDate { BriefDate(parsing: s)! }

    static let history: Timeline = {
        var t = Timeline(id: "fg", title: "Franco-German relations", events: [
            ("1950-05-09", "Schuman Declaration"), ("1963-01-22", "Élysée Treaty"), ("1979-03-13", "EMS"),
            ("1990-10-03", "Reunification"), ("1999-01-01", "The euro"), ("2010-05-09", "Euro crisis"),
            ("2019-01-22", "Treaty of Aachen"),
        ].map { TimelineEvent(date: d($0.0), label: $0.1) })
        t.periods = [("1949", "1969", "De Gaulle – Adenauer"), ("1969", "1982", "Brandt – Pompidou"),
                     ("1982", "1998", "Kohl – Mitterrand"), ("1998", "2005", "Schröder – Chirac"),
                     ("2005", "2021", "Merkel years"), ("1989-06", "1990-10", "Peaceful revolution")]
            .map { Period(start: d($0.0), end: d($0.1), label: $0.2) }
        return t
    }()

    @Test("every period's name inside its band, or over a bracket across it", arguments: [560.0, 760.0, 960.0])
    func namesFitTheirBands(_ width: Double) {
        let scene = TimelineLayout(style: .standard, measurer: PangoMeasurer())
            .layout(Self.history, size: Size(width: width, height: 420), orientation: .horizontal).scene
        let bands = scene.elements.filter { $0.role == "band" }.map(\.bounds).sorted { $0.minX < $1.minX }
        let labels = scene.texts.filter { $0.role == "period-label" }
        let brackets = scene.elements.filter { $0.role == "period-bracket" }.map(\.bounds)
        #expect(labels.count == Self.history.periods.count, "\(labels.map(\.text))")
        for label in labels {
            let inBand = bands.contains { $0.minX <= label.box.minX + 0.01 && label.box.maxX <= $0.maxX + 0.01 }
            let overBracket = brackets.contains { b in b.minX <= label.box.maxX && label.box.minX <= b.maxX }
            #expect(inBand || overBracket, "\(width): \(label.text) at \(label.box)")

            #expect(!label.elided, "\(label.text)")
        }
        // A name outside its own band (bands and names come in the periods' order) stands above every band,
        // never on a neighbouring period's tint, where it would read as that period's.
        let ownBands = scene.elements.filter { $0.role == "band" }.map(\.bounds)
        #expect(ownBands.count == labels.count)
        for (label, own) in zip(labels, ownBands) where !(own.minX <= label.box.minX + 0.01 && label.box.maxX <= own.maxX + 0.01) {
            let top = ownBands.map(\.minY).min() ?? 0
            #expect(label.box.maxY <= top + 0.01, "\(width): \(label.text) at \(label.box), bands from \(top)")
        }
        // The seventeen-month revolution is far too narrow for its name: it gets a bracket.
        #expect(!brackets.isEmpty, "\(width)")
        #expect(scene.audit().filter { $0.kind != .elided }.isEmpty, "\(scene.audit())")
    }

    @Test("names of periods that meet share a row when they stand apart", arguments: [760.0, 960.0, 1200.0])
    func neighboursShareARow(_ width: Double) {
        var history = Self.history
        history.periods.removeLast() // the bracketed revolution, which needs a row of its own
        let scene = TimelineLayout(style: .standard, measurer: PangoMeasurer())
            .layout(history, size: Size(width: width, height: 420), orientation: .horizontal).scene
        let labels = scene.texts.filter { $0.role == "period-label" }.sorted { $0.box.minX < $1.box.minX }
        let rows = Set(labels.map { Int($0.box.minY.rounded()) })
        let apart = zip(labels, labels.dropFirst()).allSatisfy { $0.box.maxX + 8 <= $1.box.minX }
        #expect(!apart || rows.count == 1, "\(width): \(labels.map { "\($0.text) \($0.box)" })")
        // Wide enough for every name inside its band (narrower, a bracket may take a row of its own).
        if width >= 960 { #expect(apart && rows.count == 1, "\(width): \(rows)") }
    }
}
