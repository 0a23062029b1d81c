import Foundation

/// Text anchoring for `<text>` elements.
enum TextAnchor: String {
    case start, middle, end
}

/// Accumulates one standalone `<svg>` element; every attribute value passes through here so escaping
/// and number formatting happen in exactly one place.
struct SVGBuilder {
    static let fontFamily = "Helvetica, Arial, sans-serif"
    static let textColor = "#222222"
    static let mutedColor = "#555555"
    static let gridColor = "#E3E3E3"
    static let axisColor = "#888888"

    let width: Double
    /// May shrink after drawing, for charts whose content ends above the height they were offered.
    var height: Double
    private var body: [String] = []
    private var depth = 1

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Finishes the document; title and desc go first so screen readers announce them.
    func render(title: String, description: String) -> String {
        let w = Self.number(width)
        let h = Self.number(height)
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
                + " role=\"img\" font-family=\"\(Self.fontFamily)\">",
            "  <title>\(Self.escape(title))</title>",
            "  <desc>\(Self.escape(description))</desc>",
            "  <rect class=\"background\" x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#FFFFFF\"/>",
        ]
        lines.append(contentsOf: body)
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Elements

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        body.append(indent + "<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth = max(depth - 1, 1)
        body.append(indent + "</\(name)>")
    }

    mutating func element(_ name: String, _ attributes: [(String, String)]) {
        body.append(indent + "<\(name)\(Self.attributes(attributes))/>")
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dash: String? = nil, className: String? = nil
    ) {
        var attributes = [
            ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("stroke", stroke), ("stroke-width", Self.number(width)),
        ]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        if let className { attributes.insert(("class", className), at: 0) }
        element("line", attributes)
    }

    mutating func rect(
        _ frame: Rect, fill: String, stroke: String? = nil, className: String? = nil,
        extra: [(String, String)] = []
    ) {
        var attributes = [
            ("x", Self.number(frame.x)), ("y", Self.number(frame.y)),
            ("width", Self.number(max(frame.width, 0))), ("height", Self.number(max(frame.height, 0))),
            ("fill", fill),
        ]
        if let stroke { attributes.append(("stroke", stroke)) }
        if let className { attributes.insert(("class", className), at: 0) }
        element("rect", attributes + extra)
    }

    mutating func circle(
        cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil,
        className: String? = nil
    ) {
        var attributes = [("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)), ("fill", fill)]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1")] }
        if let className { attributes.insert(("class", className), at: 0) }
        element("circle", attributes)
    }

    /// A single line of text, already fitted by the caller; `fullText` becomes a tooltip when it was shortened.
    mutating func text(
        _ content: String, x: Double, y: Double, size: Double, anchor: TextAnchor = .start,
        fill: String = textColor, bold: Bool = false, rotate: Double? = nil,
        fullText: String? = nil, className: String? = nil
    ) {
        var attributes = [("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size))]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(("font-weight", "bold")) }
        attributes.append(("fill", fill))
        if let rotate {
            attributes.append(("transform", "rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))"))
        }
        if let className { attributes.insert(("class", className), at: 0) }
        let tooltip =
            fullText.map(TextMetrics.singleLine).flatMap {
                $0 == content ? nil : "<title>\(Self.escape($0))</title>"
            } ?? ""
        body.append(indent + "<text\(Self.attributes(attributes))>\(tooltip)\(Self.escape(content))</text>")
    }

    /// Several lines of text stacked downward from `y`, e.g. a wrapped title.
    mutating func textLines(
        _ lines: [String], x: Double, y: Double, size: Double, lineHeight: Double,
        anchor: TextAnchor = .start, fill: String = textColor, bold: Bool = false,
        fullText: String? = nil, className: String? = nil
    ) {
        let shortened = fullText.map { $0 != lines.joined(separator: " ") } ?? false
        for (index, line) in lines.enumerated() {
            text(
                line, x: x, y: y + Double(index) * lineHeight, size: size, anchor: anchor, fill: fill, bold: bold,
                fullText: shortened && index == lines.count - 1 ? fullText : nil, className: className)
        }
    }

    // MARK: Formatting

    /// Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result += " "
            default:
                let value = scalar.value
                if value < 0x20 || (0xFFFE...0xFFFF).contains(value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A coordinate with at most two decimals, no trailing zeros, never "-0", "nan" or "inf".
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Keeps pathological inputs (a value far outside a fixed domain) renderable by every viewer.
        let clamped = min(max(value, -1e7), 1e7)
        var text = String(format: "%.2f", clamped)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A path through the points, or nil when fewer than two points are given.
    static func polyline(_ points: [(Double, Double)]) -> String? {
        guard points.count > 1 else { return nil }
        return points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + number(point.0) + "," + number(point.1)
        }.joined(separator: " ")
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }
}
