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
