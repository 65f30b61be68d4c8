// Cutting column text when even the minimum size cannot hold it: titles to a line limit, content to a height.

import BriefScene

extension PillarsColumnSet {
    /// Cuts every column title longer than `lines` lines to that many, ending in "…".
    mutating func limitTitles(to lines: Int, fitter: TextFitter) {
        for i in columns.indices where columns[i].title.metrics.lineCount > lines {
            let t = columns[i].title
            columns[i].title = fitter.elide(columns[i].name, font: t.font, width: max(1, textWidth),
                                            maxLines: max(1, lines), alignment: .center)
        }
    }

    /// Cuts the content of the columns in `range` to fit a body `height` (paddings included): whole blocks
    /// while they fit, then the next one shortened with "…" if a line of it fits, and "+N more" for the rest.
    mutating func cut(_ range: Range<Int>, toBodyHeight height: Double, moreFont: FontSpec, fitter: TextFitter) {
        let available = height - spacing.bodyTop - spacing.bodyBottom
        for i in range where stack(columns[i]).height > available + 0.01 {
            var best = cutColumn(columns[i], available: available, reserveMore: false, moreFont: moreFont,
                                 fitter: fitter)
            if !best.dropped.isEmpty {
                best = cutColumn(columns[i], available: available, reserveMore: true, moreFont: moreFont,
                                 fitter: fitter)
            }
            columns[i] = best
        }
    }

    private func cutColumn(_ column: PillarsColumn, available: Double, reserveMore: Bool, moreFont: FontSpec,
                           fitter: TextFitter) -> PillarsColumn {
        let all = column.blocks
        var trial = column
        trial.blocks = []
        trial.more = reserveMore ? moreLine(count: all.count, font: moreFont, fitter: fitter) : nil
        func fits(_ c: PillarsColumn) -> Bool { stack(c).height <= available + 0.01 }
        var kept = 0
        while kept < all.count {
            var next = trial
            next.blocks.append(all[kept])
            if fits(next) { trial = next; kept += 1; continue }
            if let partial = shortened(all[kept], in: trial, available: available, fitter: fitter) {
                trial.blocks.append(partial)
                kept += 1
            }
            break
        }
        trial.dropped = Array(all[kept...])
        if trial.dropped.isEmpty {
            trial.more = nil
        } else if reserveMore {
            trial.more = moreLine(count: trial.dropped.count, font: moreFont, fitter: fitter)
            if !fits(trial) { trial.more = nil }
        }
        return trial
    }

    /// `block` cut to as many lines as still fit below the blocks of `column`; nil when not even one does.
    private func shortened(_ block: PillarsBlock, in column: PillarsColumn, available: Double,
                           fitter: TextFitter) -> PillarsBlock? {
        let t = block.text
        let lineHeight = t.metrics.height / Double(max(1, t.metrics.lineCount))
        var lines = t.metrics.lineCount - 1
        while lines >= 1 {
            var candidate = block
            candidate.text = fitter.elide(block.source, font: t.font, width: t.wrapWidth ?? textWidth,
                                          maxLines: lines)
            var c = column
            c.blocks.append(candidate)
            // An ellipsis with nothing before it says less than "+N more": drop the block instead.
            if candidate.text.text == "…" { return nil }
            if stack(c).height <= available + 0.01 { return candidate }
            // Skip straight to the line count that could fit.
            let over = stack(c).height - available
            lines -= max(1, Int((over / max(lineHeight, 0.1)).rounded(.up)))
        }
        return nil
    }

    /// "+N more", shortened to "+N" in a very narrow column; nil when neither fits the width.
    private func moreLine(count: Int, font: FontSpec, fitter: TextFitter) -> FittedText? {
        let number = words?.dates.number(count) ?? String(count)
        for text in [words?.phrase(.more, count: count) ?? "+" + number, "+" + number] {
            let m = fitter.measurer.measure(text, font: font)
            if m.width <= textWidth + 0.01 {
                return FittedText(text: text, font: font, metrics: m, elided: false, wrapWidth: nil)
            }
        }
        return nil
    }
}
