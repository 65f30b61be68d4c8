// What every layout returns: the scene, plus what it had to give up (said on standard error by the CLI).

import BriefScene

/// A finished layout: the scene to draw and the notices the user must hear (cuts, fallbacks, elisions).
public struct LayoutResult: Sendable {
    public var scene: Scene
    /// One line each, e.g. "timeline partnerships: 3 labels shown as numbered markers with a key".
    public var notices: [String]

    public init(scene: Scene, notices: [String] = []) {
        self.scene = scene; self.notices = notices
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
