// Measurers kept from one render to the next by their text settings: fonts and measurements stay warm.

import BriefRender

/// The measurers of the last few text settings used. Measuring is a pure function of the text and the settings,
/// so a kept measurer gives the same pictures as a new one. Not thread-safe: each owner uses it from one thread
/// (the command line's main thread, the library's rendering thread).
package final class MeasurerCache {
    private let capacity: Int
    private var kept: [(settings: TextSettings, measurer: PangoMeasurer)] = []

    /// A cache of up to `capacity` measurers; the one used longest ago goes first.
    package init(keeping capacity: Int) { self.capacity = max(1, capacity) }

    /// The measurer for `settings`, kept or new.
    package func measurer(_ settings: TextSettings) -> PangoMeasurer {
        if let i = kept.firstIndex(where: { $0.settings == settings }) {
            let found = kept.remove(at: i)
            kept.append(found)
            return found.measurer
        }
        if kept.count >= capacity { kept.removeFirst() }
        let measurer = PangoMeasurer(settings: settings)
        kept.append((settings, measurer))
        return measurer
    }
}
