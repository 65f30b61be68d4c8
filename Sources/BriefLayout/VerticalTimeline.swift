// Vertical timeline: time runs down the page, labels in one column to the right, spread apart.

import BriefModel
import BriefScene

struct VerticalTimeline {
    let layout: TimelineLayout
    let timeline: Timeline
    let groups: [MarkerGroup]
    let size: Size
    let title: String?

    func run() -> LayoutResult {
        // Until the vertical layout exists, a tall canvas gets the horizontal one.
        HorizontalTimeline(layout: layout, timeline: timeline, groups: groups, size: size, title: title).run()
    }
}
