// BriefKit: the library product. Re-exports the modules and adds what every front end needs:
// one export call for every format, atomic file writes and finding the shipped styles.

@_exported import BriefLayout
@_exported import BriefModel
@_exported import BriefPPTX
@_exported import BriefRender
@_exported import BriefScene
