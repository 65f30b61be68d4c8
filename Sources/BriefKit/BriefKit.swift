// BriefKit: the library product. Re-exports the modules and adds what every front end needs:
// output kinds, atomic file writes and finding the shipped styles.

@_exported import BriefLayout
@_exported import BriefModel
@_exported import BriefRender
@_exported import BriefScene
