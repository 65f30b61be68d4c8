// Which writing system a character belongs to, as far as a slide's language marks need: by Unicode block.

/// The scripts a slide's text runs are told apart by. Only letters count ("strong" characters in the bidi sense):
/// digits, punctuation, spaces and combining marks belong to no script and go with the text around them.
enum PPTXScript: Hashable {
    case latin, greek, cyrillic, armenian, hebrew, arabic, otherRightToLeft, devanagari, thai, han, kana, hangul
    /// A letter of a script not listed: never marked with another language.
    case other

    /// The script of `scalar` when it is a letter; nil for everything else.
    init?(letter scalar: Unicode.Scalar) {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: break
        default: return nil
        }
        switch scalar.value {
        case 0x0041...0x024F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF5A: self = .latin
        case 0x0370...0x03FF, 0x1F00...0x1FFF: self = .greek
        case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
        case 0x0530...0x058F, 0xFB13...0xFB17: self = .armenian
        case 0x0590...0x05FF, 0xFB1D...0xFB4F: self = .hebrew
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        // Syriac, Thaana, N'Ko, Samaritan, Mandaic; and the right-to-left historic scripts of plane 1.
        case 0x0700...0x074F, 0x0780...0x085F, 0x10800...0x10FFF, 0x1E800...0x1EFFF: self = .otherRightToLeft
        case 0x0900...0x097F, 0xA8E0...0xA8FF: self = .devanagari
        case 0x0E00...0x0E7F: self = .thai
        case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0x20000...0x3FFFF: self = .han
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: self = .kana
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xFFA0...0xFFDC: self = .hangul
        default: self = .other
        }
    }

    /// Whether the script is written right to left.
    var isRightToLeft: Bool { self == .hebrew || self == .arabic || self == .otherRightToLeft }

    /// The language a run in this script is most likely in when it is not the deck's: a hint for PowerPoint's
    /// proofing and font choice (`altLang`), nothing more. Nil where no single language stands out.
    var likelyLanguage: String? {
        switch self {
        case .latin: "en"
        case .greek: "el"
        case .cyrillic: "ru"
        case .armenian: "hy"
        case .hebrew: "he"
        case .arabic: "ar"
        case .devanagari: "hi"
        case .thai: "th"
        case .han: "zh"
        case .kana: "ja"
        case .hangul: "ko"
        case .otherRightToLeft, .other: nil
        }
    }

    /// The scripts text in the language `tag` is usually written in: its script subtag ("zh-Hans", "sr-Latn") or,
    /// without one, the language's usual script; Latin for every language not listed.
    static func usual(for tag: String) -> Set<PPTXScript> {
        let subtags = tag.lowercased().split(separator: "-").map(String.init)
        // language[-extlang]*[-script]…: the script, if any, follows the three-letter extended-language subtags.
        if let script = subtags.dropFirst().first(where: { !($0.count == 3 && $0.allSatisfy(\.isLetter)) }),
           script.count == 4, script.allSatisfy(\.isLetter) {
            switch script {
            case "latn": return [.latin]
            case "grek": return [.greek]
            case "cyrl": return [.cyrillic]
            case "armn": return [.armenian]
            case "hebr": return [.hebrew]
            case "arab": return [.arabic]
            case "deva": return [.devanagari]
            case "thai": return [.thai]
            case "hans", "hant", "hani": return [.han]
            case "jpan": return [.han, .kana]
            case "kore": return [.hangul, .han]
            case "hang": return [.hangul]
            default: break
            }
        }
        switch subtags.first ?? "" {
        case "ar", "fa", "ur", "ps", "sd", "ug", "ckb", "ks", "prs": return [.arabic]
        case "he", "iw", "yi": return [.hebrew]
        case "syr", "dv", "nqo": return [.otherRightToLeft]
        case "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "tt", "ba", "cv": return [.cyrillic]
        case "el": return [.greek]
        case "hy": return [.armenian]
        case "hi", "mr", "ne", "sa", "mai", "bho": return [.devanagari]
        case "th": return [.thai]
        case "zh", "yue", "wuu", "hak", "nan": return [.han]
        case "ja": return [.han, .kana]
        case "ko": return [.hangul, .han]
        default: return [.latin]
        }
    }
}
