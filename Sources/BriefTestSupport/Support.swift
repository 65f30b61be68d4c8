// Support for BriefKit's tests: the measurers every layout test runs with.

import BriefRender
import BriefScene

/// The measurers layout tests run over: a fixed-width one for font-independent geometry, and the real
/// Pango measurer setting English text as an English page does (its dictionary hyphenation included).
package enum TestMeasurers {
    package static func all() -> [any TextMeasurer] {
        [FixedMeasurer(), PangoMeasurer(settings: TextSettings(language: "en"))]
    }
}
