// Adjusts JSON text so libyaml reads every valid JSON file: JSON is (almost) a subset of YAML.

enum JSONText {
    /// JSON text rewritten where libyaml differs from JSON; positions of everything else are unchanged.
    ///
    /// - Tabs outside strings become spaces, one for one (YAML refuses a tab before the first `{` and in some
    ///   block positions; JSON allows tabs as whitespace anywhere). Columns stay the same.
    /// - A key separated from its `:` by a line break (`"title"⏎: 1`) gets the colon moved up to it, before the
    ///   line break: YAML wants an implicit key and its colon on one line. Columns on the next line shift by one.
    /// - A UTF-16 surrogate pair escape `\uD83D\uDE00` becomes the YAML escape `\U0001F600`: libyaml refuses
    ///   surrogate code points in `\u` escapes. Columns after such an escape on the same line shift left by 2.
    ///
    /// Not handled: an object key longer than 1024 characters (YAML's limit for implicit keys) is refused with a
    /// syntax error. Because a YAML parser reads the text, trailing commas and `#` comments
    /// outside strings are accepted; everything else that is YAML but not JSON is refused after composing
    /// (`YAMLInput.firstNonJSON`).
    static func prepare(_ text: String) -> String {
        let input = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        output.reserveCapacity(input.count)
        var inString = false
        var index = 0
        while index < input.count {
            let scalar = input[index]
            if !inString {
                if scalar == "#" {
                    // A comment, to the end of its line, whatever quotes it holds.
                    while index < input.count, input[index] != "\n", input[index] != "\r" { output.append(input[index]); index += 1 }
                    continue
                }
                if scalar == "\t" { output.append(" ") } else { output.append(scalar) }
                if scalar == "\"" { inString = true }
                index += 1
                continue
            }
            // Line breaks YAML knows and JSON does not (NEL, LS, PS) would fold the string: write them as
            // YAML's escapes for them.
            if let escape = ["\u{85}": "N", "\u{2028}": "L", "\u{2029}": "P"][scalar] {
                output.append("\\")
                output.append(contentsOf: escape.unicodeScalars)
                index += 1
                continue
            }
            if scalar == "\"" {
                inString = false
                output.append(scalar)
                index = moveColonUp(input, after: index + 1, into: &output)
                continue
            } else if scalar == "\\", index + 1 < input.count {
                if let combined = surrogatePair(input, at: index) {
                    let hex = String(combined, radix: 16, uppercase: true)
                    output.append(contentsOf: ("\\U" + String(repeating: "0", count: 8 - hex.count) + hex).unicodeScalars)
                    index += 12
                    continue
                }
                output.append(scalar)
                output.append(input[index + 1])
                index += 2
                continue
            }
            output.append(scalar)
            index += 1
        }
        return String(output)
    }

    /// Where the JSON `text` first holds what JSON does not allow and YAML would read its own way: a raw
    /// control character inside a string (a line break or tab typed into it: JSON requires `\n`, `\t`, and YAML
    /// would fold the string), or, outside strings, a YAML indicator no JSON has (`&` anchors, `*` aliases, `!`
    /// tags, `|` `>` block scalars, `'` quotes, `?` keys, `%` `@` `` ` ``). `#` comments are skipped. Line and
    /// column are 1-based, the column in Unicode scalars.
    static func firstNonJSONCharacter(_ text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        var line = 1, column = 0, inString = false, escaped = false, previousCR = false, inComment = false
        let indicators: Set<Unicode.Scalar> = ["&", "*", "!", "|", ">", "'", "?", "%", "@", "`"]
        for scalar in text.unicodeScalars {
            column += 1
            if inString, scalar.value < 0x20 { return (line, column, scalar) }
            if !inString, !inComment {
                if scalar == "#" { inComment = true }
                if indicators.contains(scalar) { return (line, column, scalar) }
            }
            if scalar == "\n" || scalar == "\r" { inComment = false }
            if inComment { continue }
            if scalar == "\n" && previousCR { column = 0; previousCR = false; continue }
            previousCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" { line += 1; column = 0; continue }
            if inString {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
            } else if scalar == "\"" {
                inString = true
            }
        }
        return nil
    }

    /// After a closing quote: when only whitespace holding a line break separates it from a `:`, writes the `:`
    /// first and the whitespace after it (YAML wants an implicit key on one line with its colon) and returns the
    /// index after the colon; otherwise writes nothing and returns `index`.
    private static func moveColonUp(_ input: [Unicode.Scalar], after index: Int,
                                    into output: inout String.UnicodeScalarView) -> Int {
        var end = index
        var sawBreak = false
        while end < input.count, input[end] == " " || input[end] == "\t" || input[end] == "\r" || input[end] == "\n" {
            if input[end] == "\n" || input[end] == "\r" { sawBreak = true }
            end += 1
        }
        guard sawBreak, end < input.count, input[end] == ":" else { return index }
        output.append(":")
        for scalar in input[index..<end] { output.append(scalar == "\t" ? " " : scalar) }
        return end + 1
    }

    /// The code point of a `\uHHHH\uHHHH` high+low surrogate pair starting at `index`, if there is one.
    private static func surrogatePair(_ input: [Unicode.Scalar], at index: Int) -> UInt32? {
        func unit(_ start: Int) -> UInt32? {
            guard start + 6 <= input.count, input[start] == "\\", input[start + 1] == "u" else { return nil }
            var value: UInt32 = 0
            for scalar in input[(start + 2)..<(start + 6)] {
                guard let digit = Int(String(scalar), radix: 16) else { return nil }
                value = value * 16 + UInt32(digit)
            }
            return value
        }
        guard let high = unit(index), (0xD800...0xDBFF).contains(high),
              let low = unit(index + 6), (0xDC00...0xDFFF).contains(low) else { return nil }
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }
}
