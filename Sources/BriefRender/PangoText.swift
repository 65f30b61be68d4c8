// The string Pango wraps: the scene's text with soft hyphens at dictionary points, and where the names to keep
// on one line sit. Only Pango sees it; the scene (and so SVG titles, JSON, PPTX) keeps the text as written.

/// A wrapped text as handed to Pango.
struct PangoText: Hashable {
    /// The text with U+00AD (soft hyphen) wherever a word may break.
    var text: String
    /// The UTF-8 byte ranges in `text` of every occurrence of a name to keep together.
    var names: [Range<Int>]

    /// Words shorter than this many letters never break.
    static let shortestWord = 5
    /// The fewest letters left before and carried after a break.
    static let lettersBefore = 2, lettersAfter = 3

    /// `text` as it is: unwrapped, or nothing to change.
    init(plain text: String) {
        self.text = text; self.names = []
    }

    /// `text` with its `names` found and, with a `hyphenator`, soft hyphens at its dictionary points in every
    /// word that may break (a name's too: where it fits, the layout keeps it whole anyway): not in a web or mail address, an acronym (all capitals), a word that
    /// already has a soft hyphen, or a word under five letters.
    init(_ text: String, names: [String], hyphenator: Hyphenator?) {
        let scalars = Array(text.unicodeScalars)
        let found = PangoText.occurrences(of: names, in: scalars)
        var breaks: [Int] = []
        if let hyphenator {
            // A name's words get their points too: where the name fits its line, the layout forbids breaks
            // inside it anyway (see TextEngine.setAttributes); where it does not, they are its best breaks.
            var kept = [Bool](repeating: false, count: scalars.count)
            PangoText.markUnbreakableTokens(scalars, &kept)
            breaks = PangoText.breaks(scalars, kept: kept, hyphenator: hyphenator)
        }
        guard !breaks.isEmpty || !found.isEmpty else {
            self.text = text; self.names = []; return
        }
        // Rebuild the string with the soft hyphens, noting where each scalar lands in UTF-8 bytes.
        var out = String.UnicodeScalarView()
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var bytes = 0, next = 0
        for (i, scalar) in scalars.enumerated() {
            if next < breaks.count, breaks[next] == i {
                out.append("\u{AD}"); bytes += 2; next += 1
            }
            offsets[i] = bytes
            out.append(scalar); bytes += UTF8.width(scalar)
        }
        offsets[scalars.count] = bytes
        self.text = String(out)
        self.names = found.map { offsets[$0.lowerBound]..<offsets[$0.upperBound] }
    }

    /// Scalar ranges of each whole-word occurrence of each name.
    private static func occurrences(of names: [String], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for name in names {
            let pattern = Array(name.unicodeScalars)
            guard let head = pattern.first, pattern.count <= scalars.count else { continue }
            var i = 0
            while i + pattern.count <= scalars.count {
                if scalars[i] == head, scalars[i..<(i + pattern.count)].elementsEqual(pattern),
                   i == 0 || !isWordPart(scalars[i - 1]),
                   i + pattern.count == scalars.count || !isWordPart(scalars[i + pattern.count]) {
                    found.append(i..<(i + pattern.count))
                    i += pattern.count
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    /// Marks the whitespace-separated tokens whose words must not break: addresses (a hyphen in one is a
    /// wrong address), mail addresses, and tokens already holding a soft hyphen (the writer chose the breaks).
    private static func markUnbreakableTokens(_ scalars: [Unicode.Scalar], _ kept: inout [Bool]) {
        var start = 0
        while start < scalars.count {
            guard !isSpace(scalars[start]) else { start += 1; continue }
            var end = start
            var suspect = false
            while end < scalars.count, !isSpace(scalars[end]) {
                switch scalars[end] {
                case "/", ".", "@", "\u{AD}": suspect = true
                default: break
                }
                end += 1
            }
            if suspect {
                var token = String.UnicodeScalarView()
                token.append(contentsOf: scalars[start..<end])
                let t = Substring(String(token))
                if TextEngine.isAddress(t) || t.utf8.contains(UInt8(ascii: "@")) || t.unicodeScalars.contains("\u{AD}") {
                    for i in start..<end { kept[i] = true }
                }
            }
            start = end
        }
    }

    /// Indices of the scalars a soft hyphen goes before, in increasing order.
    private static func breaks(_ scalars: [Unicode.Scalar], kept: [Bool], hyphenator: Hyphenator) -> [Int] {
        var breaks: [Int] = []
        var i = 0
        while i < scalars.count {
            // A word: a letter, then letters and combining marks.
            guard isLetter(scalars[i]) else { i += 1; continue }
            var end = i + 1
            while end < scalars.count, isLetter(scalars[end]) || isMark(scalars[end]) { end += 1 }
            defer { i = end }
            let word = scalars[i..<end]
            let letters = word.filter { !isMark($0) }
            guard letters.count >= shortestWord, !kept[i..<end].contains(true),
                  letters.contains(where: { !isCapital($0) }) else { continue }
            let lower = word.map(lowercase)
            var before = 0
            var lettersUpTo = [Int](repeating: 0, count: word.count + 1)
            for (k, s) in word.enumerated() {
                lettersUpTo[k] = before
                if !isMark(s) { before += 1 }
            }
            lettersUpTo[word.count] = before
            for point in hyphenator.points(lower) where point > 0 && point < word.count {
                guard !isMark(word[i + point]), lettersUpTo[point] >= lettersBefore,
                      before - lettersUpTo[point] >= lettersAfter else { continue }
                breaks.append(i + point)
            }
        }
        return breaks
    }

    // Character classes, with ASCII answered without Unicode property look-ups (most text is ASCII).

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s == " " || (s.value >= 9 && s.value <= 13) : s.properties.isWhitespace
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A : s.properties.isAlphabetic && !isMark(s)
    }

    private static func isCapital(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
    }

    /// Dictionaries hold lower-case patterns; a letter whose lower case is longer stays as it is.
    private static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return isCapital(s) ? Unicode.Scalar(UInt8(s.value) | 0x20) : s }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : s
    }

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard !s.isASCII else { return false }
        return switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Letters, digits and combining marks: what a name must not continue into.
    private static func isWordPart(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isLetter(s) || (s.value >= 0x30 && s.value <= 0x39) }
        return s.properties.isAlphabetic || isMark(s) || s.properties.numericType != nil
    }
}
