import Foundation

/// Colour-blind-safe colours for series and a diverging scale for signed values.
public enum Palette {
    /// Okabe–Ito categorical colours, reordered so the first few contrast most on white (yellow comes late).
    public static let okabeIto: [String] = [
        "#0072B2",  // blue
        "#E69F00",  // orange
        "#009E73",  // bluish green
        "#D55E00",  // vermillion
        "#CC79A7",  // reddish purple
        "#56B4E9",  // sky blue
        "#000000",  // black
        "#F0E442",  // yellow
    ]

    /// Dash patterns used once the colours run out, so series 9+ stay distinguishable from 1–8.
    static let cycleDashes: [String?] = [nil, "7 3", "2 3", "8 3 2 3"]

    /// Colour for series `index`; cycles through `okabeIto`.
    public static func color(_ index: Int) -> String {
        okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
    }

    /// Dash pattern distinguishing the n-th pass through the palette, nil for the first pass.
    static func cycleDash(_ index: Int) -> String? {
        let cycle = max(index, 0) / okabeIto.count
        return cycleDashes[cycle % cycleDashes.count]
    }

    /// ColorBrewer RdBu stops from strong blue (most negative) through near-white to strong red (most positive).
    public static let diverging: [String] = [
        "#2166AC", "#4393C3", "#92C5DE", "#D1E5F0", "#F7F7F7", "#FDDBC7", "#F4A582", "#D6604D", "#B2182B",
    ]

    /// Fill for tiles whose value is missing.
    public static let missingFill = "#D9D9D9"

    /// Colour at position `t` in 0...1 along `diverging`, interpolated in sRGB.
    public static func divergingColor(_ t: Double) -> String {
        guard t.isFinite else { return missingFill }
        let clamped = min(max(t, 0), 1)
        let scaled = clamped * Double(diverging.count - 1)
        let index = min(Int(scaled), diverging.count - 2)
        let fraction = scaled - Double(index)
        let a = rgb(diverging[index])
        let b = rgb(diverging[index + 1])
        let mixed = (0..<3).map { channel -> Int in
            let from = Double(a[channel])
            let to = Double(b[channel])
            return Int((from + (to - from) * fraction).rounded())
        }
        return hex(mixed)
    }

    /// Whether text on `fill` should be white rather than dark for contrast.
    static func prefersLightText(on fill: String) -> Bool {
        let channels = rgb(fill).map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        // Crossover where white and near-black text give equal WCAG contrast.
        return luminance < 0.18
    }

    static func rgb(_ hexColor: String) -> [Int] {
        let digits = hexColor.hasPrefix("#") ? String(hexColor.dropFirst()) : hexColor
        guard digits.count == 6, let packed = Int(digits, radix: 16) else { return [0, 0, 0] }
        return [(packed >> 16) & 0xFF, (packed >> 8) & 0xFF, packed & 0xFF]
    }

    static func hex(_ channels: [Int]) -> String {
        let digits = "0123456789ABCDEF".map { $0 }
        return "#"
            + channels.map { value -> String in
                let v = min(max(value, 0), 255)
                return String([digits[v >> 4], digits[v & 0xF]])
            }.joined()
    }
}
