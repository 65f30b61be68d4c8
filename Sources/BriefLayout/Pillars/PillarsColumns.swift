// The columns' text: one common title size, bullet items and kind-tagged outcomes, stacked and measured.

import BriefModel
import BriefScene

/// One bullet item or outcome under a column, measured for the column's text width.
struct PillarsBlock {
    /// The outcome's kind, or nil for a plain item.
    var outcome: OutcomeKind?
    /// The text as written, for notices.
    var source: String
    var text: FittedText
    /// The outcome's kind tag ("MoU", "Agreement", …).
    var tag: FittedText?
}

/// One column's measured title and content.
struct PillarsColumn {
    var name: String
    var title: FittedText
    var blocks: [PillarsBlock]
    /// Blocks left out because the column ran out of room, counted for the "+N more" line.
    var dropped: [PillarsBlock] = []
    /// "+N more" when blocks were left out and there was room to say so.
    var more: FittedText?
}

/// What each column holds before measuring: its name, item texts and matched outcomes, with the words
/// a line may not break inside, split once (arrangements and sizes are tried many times over).
struct PillarsColumnInput {
    let name: String
    let items: [String]
    private(set) var outcomes: [Outcome]
    let titleWords: [String]
    private(set) var bodyWords: [String]
    /// The language's kind tags and "+N more".
    let words: Language

    init(name: String, items: [String], outcomes: [Outcome], words: Language) {
        self.name = name; self.items = items; self.outcomes = outcomes; self.words = words
        titleWords = PillarsColumnSet.breakableWords(name)
        bodyWords = (items + outcomes.map(\.title)).flatMap(PillarsColumnSet.breakableWords)
    }

    mutating func append(_ outcome: Outcome) {
        outcomes.append(outcome)
        bodyWords += PillarsColumnSet.breakableWords(outcome.title)
    }
}

/// All columns measured at one frame and scale, with the spacing that stacks their content.
struct PillarsColumnSet {
    var columns: [PillarsColumn]
    var titleSize: Double
    var bodySize: Double
    var tagSize: Double
    /// The foundation steps' size: the body size the scale allows, but no larger than the titles.
    var foundationSize: Double
    var textWidth: Double
    var spacing: Spacing
    /// The language of the "+N more" lines (nil with no columns, which have nothing to cut).
    var words: Language?

    /// Vertical rhythm inside a column, in points.
    struct Spacing {
        var capitalTop: Double
        var capitalBottom: Double
        var bodyTop: Double
        var bodyBottom: Double
        var itemGap: Double
        var outcomeGap: Double
        /// Between the last item and the first outcome; the separating rule sits in its middle.
        var sectionGap: Double
        /// Between an outcome's kind tag and its title.
        var tagGap: Double
        /// Diameter of an item's bullet dot.
        var bullet: Double
        /// Where item text starts, right of its bullet (a hanging indent).
        var indent: Double
    }

    /// Measures `inputs` for columns with `textWidth` of room at `scale`.
    static func measure(_ inputs: [PillarsColumnInput], textWidth: Double, scale: PillarsScale, style: Style,
                        fitter: TextFitter) -> PillarsColumnSet {
        let measurer = fitter.measurer
        // One size for every title: the largest at which no title word has to break.
        let titleSize = commonSize(inputs.flatMap(\.titleWords), width: textWidth, largest: scale.heading,
                                   minimum: scale.minimum, weight: .bold, style: style, measurer: measurer)
        // Body text: never larger than the titles, and (like them) as large as keeps its words whole.
        let bodyLargest = max(scale.minimum, min(scale.body, titleSize))
        let bodySize = commonSize(inputs.flatMap(\.bodyWords),
                                  width: textWidth - indent(bodySize: bodyLargest, unit: scale.unit), largest: bodyLargest,
                                  minimum: scale.minimum, weight: .regular, style: style, measurer: measurer)
        let tagSize = max(scale.minimum, min(scale.small, bodySize))
        let spacing = Spacing(capitalTop: scale.space(2), capitalBottom: scale.space(2), bodyTop: scale.space(2),
                              bodyBottom: scale.space(2), itemGap: scale.space(1), outcomeGap: scale.space(2),
                              sectionGap: scale.space(4), tagGap: scale.halfStep,
                              bullet: bullet(bodySize: bodySize), indent: indent(bodySize: bodySize, unit: scale.unit))
        let titleFont = style.font(titleSize, .bold), bodyFont = style.font(bodySize)
        let tagFont = style.font(tagSize, .bold)
        let itemWidth = max(1, textWidth - spacing.indent)
        var columns: [PillarsColumn] = []
        for input in inputs {
            let tm = measurer.measure(input.name, font: titleFont, wrapWidth: max(1, textWidth), alignment: .center)
            let title = FittedText(text: input.name, font: titleFont, metrics: tm, elided: false,
                                   wrapWidth: max(1, textWidth))
            var blocks: [PillarsBlock] = []
            for item in input.items where !item.allSatisfy(\.isWhitespace) {
                let m = measurer.measure(item, font: bodyFont, wrapWidth: itemWidth)
                blocks.append(PillarsBlock(outcome: nil, source: item,
                                           text: FittedText(text: item, font: bodyFont, metrics: m, elided: false,
                                                            wrapWidth: itemWidth)))
            }
            for outcome in input.outcomes where !outcome.title.allSatisfy(\.isWhitespace) {
                let m = measurer.measure(outcome.title, font: bodyFont, wrapWidth: max(1, textWidth))
                let tag = fitter.fit(input.words.kind(outcome.kind), font: tagFont,
                                     width: max(1, textWidth), minimum: scale.minimum)
                blocks.append(PillarsBlock(outcome: outcome.kind, source: outcome.title,
                                           text: FittedText(text: outcome.title, font: bodyFont, metrics: m,
                                                            elided: false, wrapWidth: max(1, textWidth)),
                                           tag: tag))
            }
            columns.append(PillarsColumn(name: input.name, title: title, blocks: blocks))
        }
        return PillarsColumnSet(columns: columns, titleSize: titleSize, bodySize: bodySize, tagSize: tagSize,
                                foundationSize: max(bodySize, min(scale.body, titleSize)), textWidth: textWidth,
                                spacing: spacing, words: inputs.first?.words)
    }

    /// The largest size (in half points, from `largest` down to `minimum`) at which none of `words`
    /// has to break inside `width`; words too long even at the minimum do not hold the others back.
    static func commonSize(_ words: [String], width: Double, largest: Double, minimum: Double, weight: FontWeight,
                           style: Style, measurer: any TextMeasurer) -> Double {
        var seen = Set<String>()
        let words = words.filter { seen.insert($0).inserted }
        func fits(_ word: String, _ size: Double) -> Bool {
            measurer.measure(word, font: style.font(size, weight)).width <= width + 0.01
        }
        let breakable = words.filter { fits($0, minimum) }
        let steps = max(0, Int(((largest - minimum) * 2).rounded(.down)))
        // Binary search the step count down from `largest` (0 = largest) that lets every word fit.
        var lo = 0, hi = steps
        while lo < hi {
            let mid = (lo + hi) / 2
            let size = largest - Double(mid) / 2
            if breakable.allSatisfy({ fits($0, size) }) { hi = mid } else { lo = mid + 1 }
        }
        return max(minimum, largest - Double(lo) / 2)
    }

    /// The bullet dot's diameter for items at `bodySize`.
    static func bullet(bodySize: Double) -> Double { max(2, (bodySize * 0.36 * 2).rounded() / 2) }

    /// The hanging indent of items at `bodySize`: the bullet and a gap of at least one grid step.
    static func indent(bodySize: Double, unit: Double) -> Double {
        (bullet(bodySize: bodySize) + max(unit, bodySize * 0.5)).rounded()
    }

    /// The pieces a line may not break inside: words split at spaces, and after hyphens and dashes
    /// as line breaking (UAX #14) allows ("People-to-people" → "People-", "to-", "people").
    static func breakableWords(_ text: String) -> [String] {
        var out: [String] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            var piece = ""
            for ch in word {
                piece.append(ch)
                if (ch == "-" || ch == "\u{2010}" || ch == "\u{2013}" || ch == "/") && piece.count > 1 {
                    out.append(piece); piece = ""
                }
            }
            if !piece.isEmpty { out.append(piece) }
        }
        return out
    }

    /// How many title and item words cannot be kept whole in `width` even at the minimum size.
    static func brokenWords(_ inputs: [PillarsColumnInput], width: Double, indent: Double, minimum: Double,
                            style: Style, measurer: any TextMeasurer) -> Int {
        var count = 0
        for input in inputs {
            for w in input.titleWords where measurer.measure(w, font: style.font(minimum, .bold)).width > width + 0.01 {
                count += 1
            }
            for w in input.bodyWords where measurer.measure(w, font: style.font(minimum)).width > width - indent + 0.01 {
                count += 1
            }
        }
        return count
    }

    // MARK: Heights

    /// The common header band height: the tallest title plus padding.
    var capitalHeight: Double {
        let tallest = columns.map(\.title.metrics.height).max() ?? 0
        return PillarsGrid.ceil(tallest + spacing.capitalTop + spacing.capitalBottom, 0.5)
    }

    func height(of block: PillarsBlock) -> Double {
        guard let tag = block.tag else { return block.text.metrics.height }
        return tag.metrics.height + spacing.tagGap + block.text.metrics.height
    }

    /// Offsets of each block from the top of the content, the y of the item/outcome rule (if any), total height.
    func stack(_ column: PillarsColumn) -> (offsets: [Double], rule: Double?, more: Double?, height: Double) {
        var y = 0.0, offsets: [Double] = [], rule: Double?
        for (i, block) in column.blocks.enumerated() {
            if i > 0 {
                let previous = column.blocks[i - 1]
                if previous.outcome == nil && block.outcome != nil {
                    rule = y + spacing.sectionGap / 2
                    y += spacing.sectionGap
                } else {
                    y += block.outcome == nil ? spacing.itemGap : spacing.outcomeGap
                }
            }
            offsets.append(y)
            y += height(of: block)
        }
        var more: Double?
        if let m = column.more {
            if !column.blocks.isEmpty { y += spacing.itemGap }
            more = y
            y += m.metrics.height
        }
        return (offsets, rule, more, y)
    }

    /// The body height one column needs below its capital.
    func bodyHeight(of column: PillarsColumn) -> Double {
        spacing.bodyTop + stack(column).height + spacing.bodyBottom
    }

    /// Nothing under any column: the titles alone make the columns (drawn as solid shafts).
    var titlesOnly: Bool { columns.allSatisfy { $0.blocks.isEmpty && $0.more == nil } }

    /// The body height the columns `range` (one tier) share: their tallest need, never less than one line
    /// (none for a temple of titles only).
    func bodyHeight(of range: Range<Int>) -> Double {
        if titlesOnly { return 0 }
        let floor = spacing.bodyTop + spacing.bodyBottom + bodySize * 1.2
        return max(floor, columns[range].map { bodyHeight(of: $0) }.max() ?? floor)
    }
}
