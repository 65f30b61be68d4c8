// The summary block: paragraphs at body size, shortened line by line (with an ellipsis) when the page is full.

import BriefModel
import BriefScene

/// The summary's paragraphs wrapped to the block width; cuts remove lines from the end.
struct ReportSummaryDraft: ReportBlockDraft {
    let block: ReportBlock
    let heading: String?
    let kit: ReportKit
    let width: Double
    let paragraphs: [String]
    private let lineCounts: [Int]
    private let lineHeight: Double
    private let paragraphGap: Double
    private let headingHeight: Double
    private(set) var shownLines: Int
    let totalLines: Int

    init(block: ReportBlock, heading: String?, kit: ReportKit, width: Double, paragraphs: [String]) {
        self.block = block; self.heading = heading; self.kit = kit; self.width = width; self.paragraphs = paragraphs
        let font = kit.style.font(kit.style.sizes.body)
        let metrics = paragraphs.map { kit.measurer.measure($0, font: font, wrapWidth: width) }
        lineCounts = metrics.map { max(1, $0.lineCount) }
        let perLine = zip(metrics, lineCounts).map { $0.height / Double($1) }
        lineHeight = perLine.max() ?? kit.measurer.measure("Ag", font: font).height
        paragraphGap = kit.style.spacing.unit * 1.5
        headingHeight = kit.headingHeight(heading, width: width)
        totalLines = lineCounts.reduce(0, +)
        shownLines = totalLines
    }

    var isDropped: Bool { shownLines == 0 }
    var lost: Int { totalLines - shownLines }
    var loss: Double { totalLines == 0 ? 0 : Double(totalLines - shownLines) / Double(totalLines) }

    /// Lines shown per paragraph.
    private var plan: [Int] {
        var left = shownLines
        return lineCounts.map { n in let k = min(n, left); left -= k; return k }.filter { $0 > 0 }
    }

    var height: Double {
        guard shownLines > 0 else { return 0 }
        let p = plan
        return kit.ceilGrid(headingHeight + Double(shownLines) * lineHeight + Double(p.count - 1) * paragraphGap)
    }

    mutating func cut(deep: Bool) -> Bool {
        let floor = deep ? 0 : min(totalLines, 4)
        guard shownLines > floor else { return false }
        shownLines -= 1
        return true
    }

    func draw(in frame: Rect) -> ReportBlockDrawing {
        guard shownLines > 0 else {
            return ReportBlockDrawing([], totalLines == 0 ? [] : ["report: summary left out: no room on one page"])
        }
        var (out, notices) = kit.headingElements(heading, frame: frame)
        var y = frame.minY + headingHeight
        let font = kit.style.font(kit.style.sizes.body)
        let plan = self.plan
        for (i, lines) in plan.enumerated() {
            let element: TextElement
            if i == plan.count - 1, shownLines < totalLines {
                // The last paragraph shown runs on into the hidden text, so the cut reads as one "…".
                let rest = paragraphs[i...].joined(separator: " ")
                let fitted = kit.fitter.elide(rest, font: font, width: width, maxLines: lines)
                element = kit.place("summary", fitted, color: kit.style.colors.text, at: Point(frame.minX, y))
            } else {
                element = kit.text("summary", paragraphs[i], font: font, color: kit.style.colors.text, width: width,
                                   at: Point(frame.minX, y))
            }
            out.append(.text(element))
            y += element.box.height + paragraphGap
        }
        if shownLines < totalLines {
            notices.append("report: summary shortened to \(shownLines) of \(totalLines) lines (ends with \"…\")")
        }
        return ReportBlockDrawing(out, notices)
    }
}

extension ReportSummaryDraft: ReportBlockMaker {
    static func hasData(_ plan: ReportPlan) -> Bool { !plan.summaryParagraphs.isEmpty }

    static func draft(_ r: ReportDraftRequest) -> any ReportBlockDraft {
        ReportSummaryDraft(block: r.block, heading: r.heading(r.kit.language.phrase(.headingSummary)), kit: r.kit,
                           width: r.width, paragraphs: r.plan.summaryParagraphs)
    }
}
