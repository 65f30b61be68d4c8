// CLDR plural rules for whole counts, read from a language file: "+1 more event", "+2 more events".

/// A CLDR plural category.
package enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other
}

/// The cardinal plural rules of a language, for non-negative whole numbers: each category but `other` has a
/// condition in CLDR's syntax ("n % 10 = 1 and n % 100 != 11", "n = 2..4", "i = 0,1"); the first that holds
/// names the category, else `other`. Only the integer operands (n, i) are meaningful for counts; v, w, f, t,
/// c and e are 0.
package struct PluralRules: Sendable, Hashable {
    /// (category, condition) in CLDR order: zero, one, two, few, many.
    package private(set) var rules: [(PluralCategory, Condition)]

    package static func == (a: PluralRules, b: PluralRules) -> Bool {
        a.rules.map(\.0) == b.rules.map(\.0) && a.rules.map(\.1) == b.rules.map(\.1)
    }
    package func hash(into h: inout Hasher) { for (c, r) in rules { h.combine(c); h.combine(r) } }

    /// Only `other`: languages without grammatical number (vi, ja, zh, ko, id, th).
    package init() { rules = [] }

    /// Rules from conditions by category; throws a message for a condition it cannot read.
    package init(_ conditions: [PluralCategory: String]) throws {
        rules = try PluralCategory.allCases.compactMap { c in
            guard c != .other, let text = conditions[c] else { return nil }
            return (c, try Condition(parsing: text))
        }
    }

    /// The category of the count `n`.
    package func category(_ n: Int) -> PluralCategory {
        rules.first { $0.1.holds(for: max(0, n)) }?.0 ?? .other
    }

    /// An `or` of `and`s of relations, as CLDR writes them.
    package struct Condition: Sendable, Hashable {
        /// One relation: `operand [% modulus] (= | !=) ranges`.
        struct Relation: Sendable, Hashable {
            var modulus: Int?
            var negated: Bool
            var ranges: [ClosedRange<Int>]
            /// The value of a relation on a fraction operand (v, f, …), which is 0 for every count.
            var fixed: Bool?
            func holds(for n: Int) -> Bool {
                if let fixed { return fixed }
                let v = modulus.map { n % $0 } ?? n
                return ranges.contains { $0.contains(v) } != negated
            }
        }
        var alternatives: [[Relation]]

        func holds(for n: Int) -> Bool { alternatives.contains { $0.allSatisfy { $0.holds(for: n) } } }

        /// Reads "n % 10 = 1 and n % 100 != 11 or n = 0"; an `@integer …` sample list is ignored.
        init(parsing text: String) throws {
            let body = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
            var tokens = body.replacingOccurrences(of: "!=", with: " != ").replacingOccurrences(of: "%", with: " % ")
                .split(separator: " ").map(String.init)
            // "= " may touch its neighbours: split "n=1" and "=1".
            tokens = tokens.flatMap { t -> [String] in
                guard t != "!=", t.contains("=") else { return [t] }
                return t.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
                    .enumerated().flatMap { i, part in i == 0 ? [part] : ["=", part] }.filter { !$0.isEmpty }
            }
            var alternatives: [[Relation]] = [[]]
            var i = 0
            func next() -> String? { i < tokens.count ? tokens[i] : nil }
            func fail(_ why: String) -> PluralRuleError { PluralRuleError(message: "cannot read \"\(text)\": \(why)") }
            while i < tokens.count {
                guard let operand = next(), ["n", "i", "v", "w", "f", "t", "c", "e"].contains(operand) else {
                    throw fail("expected an operand (n, i, …)")
                }
                i += 1
                var modulus: Int?
                if next() == "%" {
                    i += 1
                    guard let m = next().flatMap(Int.init), m > 0 else { throw fail("expected a modulus after %") }
                    modulus = m; i += 1
                }
                guard let op = next(), op == "=" || op == "!=" else { throw fail("expected = or !=") }
                i += 1
                guard let list = next() else { throw fail("expected a value after \(op)") }
                i += 1
                var ranges: [ClosedRange<Int>] = []
                for item in list.split(separator: ",") {
                    let ends = item.components(separatedBy: "..")
                    guard let lo = Int(ends[0]), let hi = Int(ends.last ?? ""), ends.count <= 2, lo <= hi else {
                        throw fail("'\(item)' is not a number or range")
                    }
                    ranges.append(lo...hi)
                }
                // Counts are whole numbers: the fraction operands are zero.
                let fixed: Bool? = ["n", "i"].contains(operand) ? nil : ranges.contains { $0.contains(0) } == (op == "=")
                let relation = Relation(modulus: modulus, negated: op == "!=", ranges: ranges, fixed: fixed)
                alternatives[alternatives.count - 1].append(relation)
                guard let joiner = next() else { break }
                i += 1
                switch joiner {
                case "and": continue
                case "or": alternatives.append([])
                default: throw fail("expected 'and' or 'or', found '\(joiner)'")
                }
            }
            guard alternatives.allSatisfy({ !$0.isEmpty }) else { throw fail("empty condition") }
            self.alternatives = alternatives
        }
    }
}

/// A plural condition that is not CLDR syntax.
package struct PluralRuleError: Error, Sendable { package var message: String }
