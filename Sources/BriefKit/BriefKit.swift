// BriefKit: the library product and its whole public surface. It re-exports the two modules whose public
// declarations are part of it (the briefing's value types, diagnostics, styles and templates from BriefModel;
// sizes, colours and file formats from BriefScene) and adds the renderer. Everything else in the package
// (layout, rendering, PowerPoint) is `package` access: internal to BriefKit, free to change.

@_exported import BriefModel
@_exported import BriefScene
