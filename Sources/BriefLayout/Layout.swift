// What every layout returns: the scene, plus what it had to give up (said on standard error by the CLI).

import BriefScene

/// A finished layout: the scene to draw and the notices the user must hear (cuts, fallbacks, elisions).
package struct LayoutResult: Sendable {
    package var scene: Scene
    /// One line each, e.g. "timeline partnerships: 3 labels shown as numbered markers with a key".
    package var notices: [String]
    /// What a timeline shows, in numbers (its labels, their size, its notes; the height it used); empty for
    /// other diagrams.
    package var facts = DiagramFacts()

    package init(scene: Scene, notices: [String] = []) {
        self.scene = scene; self.notices = notices
    }
}

/// What a laid-out timeline shows, for a page that weighs one size or orientation of it against another.
package struct DiagramFacts: Sendable, Equatable {
    /// Dates labelled.
    package var labels = 0
    /// The smallest label's type size; 0 when nothing is labelled.
    package var labelSize = 0.0
    /// Notes shown under their labels.
    package var notes = 0
    /// The lowest point the diagram's elements reach (bands excepted: they run to the foot of the plot
    /// whatever is drawn).
    package var usedHeight = 0.0
    /// Events drawn as markers without a label for want of room (a density strip's counted events are not).
    package var unlabelledEvents = 0

    package init(labels: Int = 0, labelSize: Double = 0, notes: Int = 0, usedHeight: Double = 0, unlabelledEvents: Int = 0) {
        self.labels = labels; self.labelSize = labelSize; self.notes = notes; self.usedHeight = usedHeight
        self.unlabelledEvents = unlabelledEvents
    }
}

extension LayoutResult {
    /// The notices of texts whose lines had to break between letters: a word (or one of its syllables) wider
    /// than its line at the size it is set, where neither a space nor a hyphenation point could break it.
    static func letterBreakNotices(_ scene: Scene, measurer: any TextMeasurer) -> [String] {
        var seen: Set<String> = []
        return scene.texts.compactMap { t in
            guard let width = t.wrapWidth, seen.insert(t.text).inserted,
                  measurer.measure(t.text, font: t.font, wrapWidth: width, alignment: t.alignment).brokeInsideWord
            else { return nil }
            return "a word of \(MessageText.quoted(t.text)) is broken between letters: it is wider than its "
                + "\(SceneNumber.format(width)) pt line at \(SceneNumber.format(t.font.size)) pt"
        }
    }
}
