// How a picture's text is set, beyond fonts: its language, its base direction and whether words may break.

/// The settings the text engine needs to measure and draw a picture's text alike: chosen once per picture
/// (from the briefing's `language:` and `hyphenate:`), carried in the scene's metadata so that a scene read
/// back from JSON draws as it was measured.
package struct TextSettings: Sendable, Hashable {
    /// A BCP 47 tag ("vi", "en-GB", "zh-Hans", "ar"); nil for none said (English rules, no dictionary).
    package var language: String?
    /// The base direction of paragraphs with no strong character of their own.
    package var rightToLeft: Bool
    /// Whether words may break at dictionary hyphenation points.
    package var hyphenate: Bool
    /// Names (parties, leaders) that never break across lines where they fit on one, nor hyphenate.
    package var keepTogether: [String]

    package init(language: String? = nil, rightToLeft: Bool = false, hyphenate: Bool = true, keepTogether: [String] = []) {
        self.language = language; self.rightToLeft = rightToLeft; self.hyphenate = hyphenate
        self.keepTogether = keepTogether
    }

    /// Records these settings in a scene's metadata (a layout does, with its measurer's).
    package func record(in metadata: inout SceneMetadata) {
        metadata.language = language; metadata.rightToLeft = rightToLeft; metadata.hyphenate = hyphenate
        metadata.keepTogether = keepTogether
    }

    /// The settings a scene was laid out with.
    package init(_ metadata: SceneMetadata) {
        self.init(language: metadata.language, rightToLeft: metadata.rightToLeft, hyphenate: metadata.hyphenate,
                  keepTogether: metadata.keepTogether)
    }
}
