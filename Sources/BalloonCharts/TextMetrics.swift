/// Estimates rendered text width without a font engine so labels can be fitted before drawing.
///
/// The per-character widths are DejaVu Sans advances, a common Linux fallback and wider than Helvetica or
/// Arial, plus a small margin, so estimates err toward "too wide": a label judged to fit will fit.
enum TextMetrics {
    static let ellipsis = "…"

    /// Estimated width in user units of `text` at `size`.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            ems += advance(character)
        }
        return ems * size * scale(bold: bold)
    }

    /// `text` unchanged if it fits in `maxWidth`, otherwise its longest prefix that fits followed by "…".
    static func truncate(_ text: String, maxWidth: Double, size: Double, bold: Bool = false) -> String {
        let clean = singleLine(text)
        if width(clean, size: size, bold: bold) <= maxWidth { return clean }
        let budget = maxWidth - width(ellipsis, size: size, bold: bold)
        guard budget > 0 else { return "" }
        var result = ""
        var used = 0.0
        let scale = size * scale(bold: bold)
        for character in clean {
            let next = advance(character) * scale
            if used + next > budget { break }
            used += next
            result.append(character)
        }
        while result.last == " " { result.removeLast() }
        return result + ellipsis
    }

    /// Greedy word wrap into at most `maxLines` lines; the last line is truncated if text remains.
    static func wrap(_ text: String, maxWidth: Double, size: Double, maxLines: Int, bold: Bool = false) -> [String] {
        let words = singleLine(text).split(separator: " ").map(String.init)
        guard maxLines > 0 else { return [] }
        guard !words.isEmpty else { return [""] }
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if width(candidate, size: size, bold: bold) <= maxWidth {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                // A single word wider than the line: cut it rather than overflow.
                lines.append(truncate(word, maxWidth: maxWidth, size: size, bold: bold))
                index += 1
            } else {
                lines.append(current)
                current = ""
            }
            if lines.count == maxLines { break }
        }
        if lines.count < maxLines {
            if !current.isEmpty { lines.append(current) }
            return lines.isEmpty ? [""] : lines
        }
        let remaining = ([current].filter { !$0.isEmpty } + words[index...]).joined(separator: " ")
        if !remaining.isEmpty, lines.last?.hasSuffix(ellipsis) == false {
            let last = lines.removeLast()
            lines.append(truncate(last + " " + remaining, maxWidth: maxWidth, size: size, bold: bold))
        }
        return lines
    }

    /// Collapses line breaks and runs of whitespace, which SVG `<text>` would not render anyway.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// Bold DejaVu is on average 12% wider than regular; 1.15 covers most letters.
    private static func scale(bold: Bool) -> Double {
        (bold ? 1.15 : 1.0) * 1.03
    }

    /// DejaVu Sans advance widths in ems for ASCII 32 (space) through 126 (tilde).
    private static let asciiAdvances: [Double] = [
        0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838,
        0.318, 0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636,
        0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698,
        0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
        0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39,
        0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635,
        0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521,
        0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
    ]

    private static func advance(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0.6 }
        let value = Int(scalar.value)
        if value >= 32 && value <= 126 { return asciiAdvances[value - 32] }
        switch scalar {
        case "…", "—": return 1.0
        case "–": return 0.5
        default:
            // CJK and other wide scripts take a full em; accented Latin letters and most symbols about 0.72.
            return scalar.value >= 0x2E80 ? 1.0 : 0.72
        }
    }
}
