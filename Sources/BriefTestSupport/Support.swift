// Support for BriefKit's tests: the measurers every layout test runs with.

import BriefRender
import BriefScene

/// The measurers layout tests run over: a fixed-width one for font-independent geometry,
/// and (once the renderer exists) the real Pango measurer.
public enum TestMeasurers {
    public static func all() -> [any TextMeasurer] {
        [FixedMeasurer(), PangoMeasurer()]
    }
}
