// Which way a timeline runs: a choice of the drawing, given by the caller or taken from the canvas.

/// Which way time runs.
public enum TimelineOrientation: String, Sendable, CaseIterable {
    /// Time runs left to right.
    case horizontal
    /// Time runs down the page.
    case vertical

    /// Tall canvases read better with time running down the page.
    package static func automatic(for size: Size) -> TimelineOrientation {
        size.height > size.width * 1.15 ? .vertical : .horizontal
    }
}
