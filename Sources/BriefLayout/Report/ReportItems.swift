// The items of the report's list blocks: figure cards, outcomes grouped by kind, and linked sources.

import BriefModel
import BriefScene

extension ReportKit {
    /// The size all figure values of a block share: the title size, or as much smaller as the longest needs
    /// to stay on one line in a card `width` wide (values side by side in different sizes look mismatched).
    func figureValueSize(_ figures: [Figure], width: Double) -> Double {
        let textWidth = max(1, width - style.spacing.unit * 2)
        return figures.map {
            fitter.fit($0.value, font: style.font(style.sizes.title, .bold), width: textWidth, maxLines: 1,
                       minimum: style.sizes.minimum).font.size
        }.min() ?? style.sizes.title
    }

    /// A figure card: a bar in the primary colour, the value large (at `valueSize`, see `figureValueSize`),
    /// the label, the note muted.
    func figureItem(_ figure: Figure, width: Double, valueSize: Double) -> ReportItem {
        let inset = style.spacing.unit * 2
        let textWidth = max(1, width - inset)
        let value = fitter.fit(figure.value, font: style.font(valueSize, .bold), width: textWidth,
                               maxLines: 1, minimum: style.sizes.minimum)
        var els: [Element] = []
        var y = 0.0
        els.append(.text(place("figure-value", value, color: style.colors.primary, at: Point(inset, y))))
        y += value.metrics.height
        let label = text("figure-label", figure.label, font: style.font(style.sizes.body, .bold),
                         color: style.colors.text, width: textWidth, at: Point(inset, y))
        els.append(.text(label))
        y += label.box.height
        if let note = figure.note {
            let n = text("figure-note", note, font: style.font(style.sizes.small), color: style.colors.muted,
                         width: textWidth, at: Point(inset, y))
            els.append(.text(n))
            y += n.box.height
        }
        let bar = ShapeElement(role: "figure-bar", box: Rect(x: 0, y: 0, width: 2, height: y), fill: style.colors.primary)
        let cut = value.elided ? ["report: figure value cut to fit: \(MessageText.quoted(figure.value))"] : []
        return ReportItem(elements: [.rect(bar)] + els, height: y, name: figure.label, notices: cut, keep: figure.keep)
    }

    /// The outcome kinds in the order the block lists them.
    static let kindOrder: [OutcomeKind] = [.statement, .agreement, .mou, .plan, .commitment, .other]

    /// Outcomes sorted by kind (file order inside a kind); the first of each kind carries the kind's heading.
    func outcomeItems(_ outcomes: [Outcome], width: Double) -> [ReportItem] {
        let unit = style.spacing.unit
        var items: [ReportItem] = []
        for (group, kind) in ReportKit.kindOrder.enumerated() {
            let ofKind = outcomes.enumerated().filter { $0.element.kind == kind }
            // As the first of its kind drawn (the kind's heading above it), or after another of its kind.
            func item(_ position: Int, _ outcome: Outcome, opening: Bool) -> ReportItem {
                var els: [Element] = []
                var y = 0.0
                var lead = 0.0
                if opening {
                    if !items.isEmpty { y += unit; lead = unit }
                    let k = text("kind", language.kind(kind, count: ofKind.count), font: style.font(style.sizes.small, .bold),
                                 color: style.colors.muted, width: width, at: Point(0, y))
                    els.append(.text(k))
                    y += k.box.height + unit / 2
                }
                let bulletSize = unit * 1.5
                let t = text("outcome", outcome.title, font: style.font(style.sizes.body), color: style.colors.text,
                             width: max(1, width - unit * 3), at: Point(unit * 3, y))
                let firstLine = measurer.measure("Ag", font: t.font)
                let bullet = ShapeElement(role: "bullet", box: Rect(x: 0, y: y + (firstLine.height - bulletSize) / 2,
                                                                    width: bulletSize, height: bulletSize),
                                          fill: style.colors.primary)
                els += [.rect(bullet), .text(t)]
                y += t.box.height
                if !outcome.parties.isEmpty {
                    let p = text("outcome-parties", outcome.parties.joined(separator: " · "),
                                 font: style.font(style.sizes.small), color: style.colors.muted,
                                 width: max(1, width - unit * 3), at: Point(unit * 3, y))
                    els.append(.text(p))
                    y += p.box.height
                }
                var item = ReportItem(elements: els, height: y, lead: lead, name: outcome.title, keep: outcome.keep,
                                      filePosition: position, group: group)
                if !opening {
                    // Starting a column in the middle of its kind, it repeats the kind's heading above it.
                    let k = text("kind", language.kind(kind, count: ofKind.count), font: style.font(style.sizes.small, .bold),
                                 color: style.colors.muted, width: width, at: Point(0, 0))
                    item.continued = ReportItem.Heading(elements: [.text(k)], height: k.box.height + unit / 2)
                }
                return item
            }
            for (i, (position, outcome)) in ofKind.enumerated() {
                var drawn = item(position, outcome, opening: i == 0)
                // When the ones before it are cut, a later outcome opens its kind.
                if i > 0 { drawn.opening = [item(position, outcome, opening: true)] }
                items.append(drawn)
            }
        }
        return items
    }

    /// A source: its title in bold (linked, and in the primary colour, when it has a URL), then publisher and
    /// date, muted. Every title has the same weight, so a list mixing linked and unlinked sources reads alike.
    func sourceItem(_ source: Source, width: Double) -> ReportItem {
        let details = [source.publisher, source.date.map { language.date($0, .long) }].compactMap { $0 }
            .joined(separator: language.phrase(.listSeparator))
        let link = source.url.flatMap(LinkTarget.encoded) // nil for a scheme that is never linked (javascript:, file:…)
        let title = text("source", source.title, font: style.font(style.sizes.small, .bold),
                         color: link == nil ? style.colors.text : style.colors.primary, width: width,
                         at: Point(0, 0), link: link)
        var els: [Element] = [.text(title)]
        var y = title.box.height
        var line = details
        if let url = source.url { line += (line.isEmpty ? "" : " · ") + ReportKit.shortURL(url) }
        if !line.isEmpty {
            let d = text("source-detail", line, font: style.font(style.sizes.small), color: style.colors.muted,
                         width: width, at: Point(0, y), link: link)
            els.append(.text(d))
            y += d.box.height
        }
        return ReportItem(elements: els, height: y, name: source.title, keep: source.keep)
    }

    /// A URL without its scheme and "www.", for print.
    static func shortURL(_ url: String) -> String {
        var s = Substring(url)
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        if s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
