// Text escaped for XML (SVG and Office Open XML): one escaper for every XML the project writes.

/// `s` safe inside XML content and inside single- or double-quoted attributes: `& < > " '` become
/// entities, tab and line feed character references (attributes keep them), and the characters
/// XML 1.0 forbids (other controls, U+FFFE, U+FFFF) are dropped.
package func xmlEscaped(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\n": out += "&#10;"
        case "\t": out += "&#9;"
        default:
            let v = scalar.value
            if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
