// The legibility rules a style must meet on load: WCAG AA contrast for text, grey steps for grayscale styles.

import BriefScene
import Foundation

/// Legibility checks on a finished style. Each problem is one line naming the colours and the numbers.
package enum StyleContrast {
    /// WCAG AA for body text.
    package static let bodyRatio = 4.5
    /// WCAG AA for large text (18 pt and up).
    package static let largeRatio = 3.0
    /// WCAG's "large text": 18 pt and up.
    package static let largeTextSize = 18.0
    /// The least difference in relative luminance (0…1) between consecutive categorical colours of a style with
    /// `grayscale: true`, so that neighbouring groups stay apart when printed in grey.
    package static let grayscaleStep = 0.1

    /// One pair of a text colour and the colour it is drawn on.
    package struct Pair: Sendable, Hashable {
        /// The text colour's key, e.g. "muted".
        package var text: String
        /// The background's key, e.g. "background".
        package var ground: String
    }

    /// The pairs BriefKit draws text with: labels, dates, highlighted labels, headings, figures and links on the
    /// background; the title band, roof and column titles on `primary`; items, notes and outcome kinds in the
    /// pillar columns, which are filled with `band`.
    package static let pairs: [Pair] = [Pair(text: "text", ground: "background"),
                                       Pair(text: "muted", ground: "background"),
                                       Pair(text: "accent", ground: "background"),
                                       Pair(text: "primary", ground: "background"),
                                       Pair(text: "onPrimary", ground: "primary"),
                                       Pair(text: "text", ground: "band"),
                                       Pair(text: "muted", ground: "band"),
                                       Pair(text: "primary", ground: "band")]

    /// The contrast each pair needs: text may be shrunk down to `sizes.minimum`, so only when even that is large
    /// text does 3:1 suffice; otherwise 4.5:1.
    package static func requiredRatio(for style: Style) -> (ratio: Double, kind: String) {
        style.sizes.minimum >= largeTextSize ? (largeRatio, "large text") : (bodyRatio, "body text")
    }

    /// The contrast of `text` drawn on `ground`; a translucent text colour is first blended over the ground.
    package static func ratio(_ text: Color, on ground: Color) -> Double {
        let opaqueGround = ground.withAlpha(1)
        let drawn = opaqueGround.mixed(with: text.withAlpha(1), text.alpha)
        return drawn.contrast(with: opaqueGround)
    }

    /// Every contrast and grayscale problem of `style`, as messages for the `colors` field.
    package static func problems(_ style: Style) -> [String] {
        var out: [String] = []
        let need = requiredRatio(for: style)
        for pair in pairs {
            guard let text = color(pair.text, style.colors), let ground = color(pair.ground, style.colors) else { continue }
            let r = ratio(text, on: ground)
            // Compare at the precision shown, so a message never says "4.50:1 … needs 4.5:1".
            if (r * 100).rounded(.down) / 100 < need.ratio {
                out.append("\(pair.text) \(text.hex) on \(pair.ground) \(ground.hex) has contrast \(format(r)):1; "
                           + "\(need.kind) needs \(need.ratio == need.ratio.rounded() ? String(Int(need.ratio)) : String(need.ratio)):1")
            }
        }
        if style.grayscale {
            let list = style.colors.categorical
            for i in list.indices.dropLast() {
                let a = list[i].withAlpha(1).luminance, b = list[i + 1].withAlpha(1).luminance
                if abs(a - b) < grayscaleStep {
                    out.append("categorical colours \(i + 1) (\(list[i].hex)) and \(i + 2) (\(list[i + 1].hex)) differ "
                               + "in luminance by \(format(abs(a - b))); a grayscale style needs at least "
                               + "\(format(grayscaleStep)) between consecutive group colours")
                }
            }
        }
        return out
    }

    private static func color(_ key: String, _ c: Style.Colors) -> Color? {
        switch key {
        case "background": return c.background
        case "text": return c.text
        case "muted": return c.muted
        case "accent": return c.accent
        case "primary": return c.primary
        case "onPrimary": return c.onPrimary
        case "band": return c.band
        default: return nil
        }
    }

    private static func format(_ v: Double) -> String { String(format: "%.2f", (v * 100).rounded(.down) / 100) }
}
