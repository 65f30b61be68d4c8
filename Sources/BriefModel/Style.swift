// The visual style: fonts, sizes, colours, lines and spacing, loaded from Styles/*.yaml.

import BriefScene

/// Everything layouts and renderers need to know about looks. Sizes are in points.
public struct Style: Sendable, Hashable {
    /// The style's name, e.g. "default".
    public var name: String
    /// One line on what the style is for.
    public var description: String

    /// Pango family list with fallbacks, e.g. "Noto Sans, DejaVu Sans".
    package var fontFamily: String
    /// Text sizes.
    package var sizes: Sizes
    /// Colours.
    package var colors: Colors
    /// Line widths.
    package var lines: Lines
    /// Grid, margins and markers.
    package var spacing: Spacing
    /// True for styles meant to read in grey (print): group colours must then differ in luminance.
    package var grayscale: Bool
    /// Whether words may break at dictionary hyphenation points (a briefing's `hyphenate:` overrides it).
    package var hyphenate: Bool = true
    /// The marker shapes groups take, in order, when colour alone cannot tell them apart.
    package var markerShapes: [MarkerShape] = MarkerShape.allCases
    /// True when groups always differ in shape as well as colour (print, high contrast); otherwise only when
    /// there are more groups than `colors.categorical` has colours.
    package var shapesAlways = false

    /// Text sizes in points, growing from `minimum` to `title`.
    package struct Sizes: Sendable, Hashable {
        /// Titles.
        package var title: Double
        /// Headings.
        package var heading: Double
        /// Running text and labels.
        package var body: Double
        /// Dates, notes, sources.
        package var small: Double
        /// The smallest size any text may be drawn at.
        package var minimum: Double
        /// Sizes in points.
        package init(title: Double, heading: Double, body: Double, small: Double, minimum: Double) {
            self.title = title; self.heading = heading; self.body = body; self.small = small; self.minimum = minimum
        }
    }

    /// The palette.
    package struct Colors: Sendable, Hashable {
        /// Page background.
        package var background: Color
        /// Main text.
        package var text: Color
        /// Secondary text (dates, notes): still ≥ 4.5:1 on the background.
        package var muted: Color
        /// Timeline axis and ticks.
        package var axis: Color
        /// Grid lines and separators.
        package var grid: Color
        /// The one accent: highlighted events.
        package var accent: Color
        /// Title bands, roof, column headers.
        package var primary: Color
        /// Text drawn on `primary`.
        package var onPrimary: Color
        /// Pale fill for period bands and panels.
        package var band: Color
        /// Colour-blind-safe categorical colours for groups.
        package var categorical: [Color]
        /// A palette.
        package init(background: Color, text: Color, muted: Color, axis: Color, grid: Color, accent: Color,
                    primary: Color, onPrimary: Color, band: Color, categorical: [Color]) {
            self.background = background; self.text = text; self.muted = muted; self.axis = axis; self.grid = grid
            self.accent = accent; self.primary = primary; self.onPrimary = onPrimary; self.band = band
            self.categorical = categorical
        }
    }

    /// Line widths in points.
    package struct Lines: Sendable, Hashable {
        /// The timeline axis.
        package var axis: Double
        /// Leader lines from labels to markers.
        package var leader: Double
        /// Axis ticks.
        package var tick: Double
        /// Panel and box borders.
        package var border: Double
        /// Line widths.
        package init(axis: Double, leader: Double, tick: Double, border: Double) {
            self.axis = axis; self.leader = leader; self.tick = tick; self.border = border
        }
    }

    /// Grid step, margins and marker size.
    package struct Spacing: Sendable, Hashable {
        /// The grid step everything snaps to (4 pt).
        package var unit: Double
        /// Outer margin as a fraction of the canvas's short side.
        package var marginFraction: Double
        /// Marker diameter.
        package var marker: Double
        /// Spacing values.
        package init(unit: Double, marginFraction: Double, marker: Double) {
            self.unit = unit; self.marginFraction = marginFraction; self.marker = marker
        }
    }

    /// A complete style.
    package init(name: String, description: String, fontFamily: String, sizes: Sizes, colors: Colors, lines: Lines,
                spacing: Spacing, grayscale: Bool = false) {
        self.name = name; self.description = description; self.fontFamily = fontFamily; self.sizes = sizes
        self.colors = colors; self.lines = lines; self.spacing = spacing; self.grayscale = grayscale
    }

    /// This style with every type size times `k` (a template's or a slide's type scale).
    package func scalingType(by k: Double) -> Style {
        guard k != 1 else { return self }
        var s = self
        s.sizes = Sizes(title: sizes.title * k, heading: sizes.heading * k, body: sizes.body * k, small: sizes.small * k,
                        minimum: sizes.minimum * k)
        return s
    }

    /// The style's font family at `size` and `weight`.
    package func font(_ size: Double, _ weight: FontWeight = .regular) -> FontSpec {
        FontSpec(family: fontFamily, size: size, weight: weight)
    }

    /// The built-in default, identical to Styles/default.yaml; used when no style file can be read.
    public static let standard = Style(
        name: "default",
        description: "Quiet newsroom look: near-black text, one red accent, Okabe–Ito groups.",
        fontFamily: "Noto Sans, DejaVu Sans",
        sizes: Sizes(title: 15, heading: 12, body: 9.5, small: 8, minimum: 7),
        colors: Colors(
            background: Color(hex: "#FFFFFF")!, text: Color(hex: "#1A1A1A")!, muted: Color(hex: "#5F6368")!,
            axis: Color(hex: "#8A8F98")!, grid: Color(hex: "#E3E5E8")!, accent: Color(hex: "#C8102E")!,
            primary: Color(hex: "#1F3A5F")!, onPrimary: Color(hex: "#FFFFFF")!, band: Color(hex: "#EEF2F7")!,
            categorical: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
                .map { Color(hex: $0)! }),
        lines: Lines(axis: 1, leader: 0.75, tick: 0.75, border: 0.75),
        spacing: Spacing(unit: 4, marginFraction: 0.05, marker: 7))
}

/// The shape of a timeline marker and its legend swatch.
/// Six, so that a four-grey palette's fifth and sixth groups still differ in shape.
package enum MarkerShape: String, Sendable, Hashable, CaseIterable {
    case circle, square, diamond, triangle
    case triangleDown = "triangle-down"
    case plus
}
