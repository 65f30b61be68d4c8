// The report's title band (title, subtitle, date · place, parties as colour chips) and its footer line.

import BriefModel
import BriefScene

/// The band across the top of the page in the primary colour, its text in `onPrimary`.
struct ReportHeader {
    let kit: ReportKit
    let briefing: Briefing
    let pageWidth: Double
    let left: Double
    let width: Double
    let padding: Double

    private var onPrimary: Color { kit.style.colors.onPrimary }

    /// The band's elements and height; the band starts at the top edge of the page.
    func draw() -> (elements: [Element], height: Double, notices: [String]) {
        let s = kit.style
        let unit = s.spacing.unit
        var texts: [Element] = []
        var notices: [String] = []
        var y = padding
        let meta = [briefing.date.map { kit.language.date($0, .long) }, briefing.place].compactMap { $0 }.joined(separator: " · ")
        let metaFont = s.font(s.sizes.body)
        let metaMetrics = kit.measurer.measure(meta, font: metaFont)
        let titleFont = s.font(s.sizes.title, .bold)
        // Date · place go right-aligned on the title's line when the title leaves room for them.
        let besideTitle = !meta.isEmpty && metaMetrics.width <= width / 3
            && kit.fitter.fits(briefing.title, font: titleFont, width: width - metaMetrics.width - unit * 6, maxLines: 1)
        let title = kit.fitter.fit(briefing.title, font: titleFont, width: width, maxLines: 2, minimum: s.sizes.heading)
        texts.append(.text(kit.place("title", title, color: onPrimary, at: Point(left, y))))
        if title.elided { notices.append("report: title shortened to fit two lines") }
        if besideTitle {
            let baseline = y + title.metrics.baseline - metaMetrics.baseline
            texts.append(.text(TextElement(role: "date", text: meta, font: metaFont, color: onPrimary,
                                           topLeft: Point(left + width - metaMetrics.width, baseline),
                                           metrics: metaMetrics)))
        }
        y += title.metrics.height
        if let subtitle = briefing.subtitle {
            let sub = kit.fitter.fit(subtitle, font: s.font(s.sizes.heading), width: width, maxLines: 2,
                                     minimum: s.sizes.body)
            texts.append(.text(kit.place("subtitle", sub, color: onPrimary, at: Point(left, y + unit / 2))))
            if sub.elided { notices.append("report: subtitle shortened to fit two lines") }
            y += unit / 2 + sub.metrics.height
        }
        // Date · place (unless beside the title), then the parties as chips, flowing on one line.
        var metaWidth = 0.0
        let lineTop = y + unit * 2
        var lineHeight = 0.0
        if !meta.isEmpty, !besideTitle {
            let m = kit.fitter.fit(meta, font: metaFont, width: width, maxLines: 1, minimum: s.sizes.minimum)
            texts.append(.text(kit.place("date", m, color: onPrimary, at: Point(left, lineTop))))
            if m.elided { notices.append("report: date and place shortened") }
            metaWidth = m.metrics.width + unit * 5
            lineHeight = m.metrics.height
        }
        if !briefing.parties.isEmpty {
            let (chips, chipsHeight, chipNotices) = partyChips(top: lineTop, indent: metaWidth)
            texts += chips
            notices += chipNotices
            lineHeight = max(lineHeight, chipsHeight)
        }
        if lineHeight > 0 { y = lineTop + lineHeight }
        let height = kit.ceilGrid(y + padding)
        let band = ShapeElement(role: "band", box: Rect(x: 0, y: 0, width: pageWidth, height: height),
                                fill: s.colors.primary)
        return ([.rect(band)] + texts, height, notices)
    }

    /// Party chips flowing left to right: a colour square, the name in bold and the leader, wrapping as needed.
    private func partyChips(top: Double, indent: Double) -> ([Element], Double, [String]) {
        let s = kit.style
        let unit = s.spacing.unit
        let nameFont = s.font(s.sizes.body, .bold), leaderFont = s.font(s.sizes.body)
        let lineHeight = kit.measurer.measure("Ag", font: nameFont).height
        let square = (s.sizes.body * 0.9).rounded()
        var out: [Element] = []
        var notices: [String] = []
        var x = left + indent, y = top
        for (i, party) in briefing.parties.enumerated() {
            let name = kit.fitter.elide(party.name, font: nameFont, width: max(1, width - square - unit * 2))
            let leaderText = party.leader.map { kit.fitter.elide($0, font: leaderFont, width: max(1, width - square - unit * 3 - name.metrics.width)) }
            let chipWidth = square + unit * 1.5 + name.metrics.width + (leaderText.map { unit * 1.5 + $0.metrics.width } ?? 0)
            if x > left, x + min(chipWidth, width) > left + width {
                x = left
                y += lineHeight + unit
            }
            let color = party.color ?? s.colors.categorical[i % max(1, s.colors.categorical.count)]
            let chip = ShapeElement(role: "party-chip",
                                    box: Rect(x: x, y: y + (lineHeight - square) / 2, width: square, height: square),
                                    fill: color, stroke: Stroke(color: onPrimary, width: 1))
            out.append(.rect(chip))
            var tx = x + square + unit * 1.5
            out.append(.text(kit.place("party", name, color: onPrimary, at: Point(tx, y))))
            tx += name.metrics.width
            if let leaderText {
                tx += unit * 1.5
                out.append(.text(kit.place("leader", leaderText, color: onPrimary, at: Point(tx, y))))
                tx += leaderText.metrics.width
                if leaderText.elided { notices.append("report: leader of \(party.name) shortened") }
            }
            if name.elided { notices.append("report: party name \"\(party.name)\" shortened") }
            x = tx + unit * 5
        }
        return (out, y + lineHeight - top, notices)
    }
}

/// The small line at the foot of the page: a hairline, then "Prepared with BriefKit · date".
struct ReportFooter {
    let kit: ReportKit
    let briefing: Briefing
    let left: Double
    let width: Double

    var text: String {
        kit.language.phrase(.footer) + (briefing.date.map { " · " + kit.language.date($0, .long) } ?? "")
    }

    private var font: FontSpec { kit.style.font(kit.style.sizes.small) }

    /// The footer's height (rule, space, one line of small text), on the grid.
    var height: Double {
        kit.ceilGrid(kit.style.spacing.unit + kit.measurer.measure(text, font: font).height)
    }

    /// The footer with its top at `top`.
    func draw(top: Double) -> [Element] {
        let s = kit.style
        let rule = LineElement(role: "rule", points: [Point(left, top), Point(left + width, top)],
                               stroke: Stroke(color: s.colors.grid, width: s.lines.border))
        let fitted = kit.fitter.fit(text, font: font, width: width, maxLines: 1, minimum: s.sizes.minimum)
        let t = kit.place("footer", fitted, color: s.colors.muted, at: Point(left, top + s.spacing.unit))
        return [.line(rule), .text(t)]
    }
}
