import Foundation
import Testing

@testable import BalloonCharts

/// Checks every chart must pass whatever its input: well-formed, accessible, finite, tidy numbers, inside the box.
enum SVGChecks {
    static let numericAttributes: Set<String> = [
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "font-size", "stroke-width",
    ]

    /// Parses `svg` and records an issue for every rule it breaks; returns the parse for further checks.
    @discardableResult
    static func validate(
        _ svg: String, dataMayLeaveTheBox: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ParsedSVG {
        let parsed = try ParsedSVG(svg)
        let root = parsed.root
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg", sourceLocation: sourceLocation)
        #expect(root.attributes["role"] == "img", sourceLocation: sourceLocation)
        #expect(root.attributes["width"] != nil && root.attributes["height"] != nil, sourceLocation: sourceLocation)
        #expect(parsed.width > 0 && parsed.height > 0, "viewBox missing", sourceLocation: sourceLocation)
        #expect(
            parsed.elements.count > 2 && parsed.elements[1].name == "title" && parsed.elements[2].name == "desc",
            "title and desc must open the svg", sourceLocation: sourceLocation)
        #expect(
            svg.hasPrefix("<svg ") && svg.components(separatedBy: "<svg ").count == 2,
            "exactly one svg element", sourceLocation: sourceLocation)

        for element in parsed.elements {
            for (key, value) in element.attributes {
                let lowered = value.lowercased()
                #expect(
                    !lowered.contains("nan") && !lowered.contains("inf"),
                    "\(element.name) \(key)=\(value)", sourceLocation: sourceLocation)
                if numericAttributes.contains(key) {
                    #expect(isTidyNumber(value), "\(element.name) \(key)=\(value)", sourceLocation: sourceLocation)
                }
            }
            if let d = element.attributes["d"] {
                let numbers = d.split(whereSeparator: { "MLZ, ".contains($0) })
                #expect(numbers.allSatisfy { isTidyNumber(String($0)) }, "path d=\(d)", sourceLocation: sourceLocation)
            }
        }
        checkBounds(parsed, dataMayLeaveTheBox: dataMayLeaveTheBox, sourceLocation: sourceLocation)
        return parsed
    }

    /// An integer or a decimal with one or two places, e.g. "12", "-3.5", "0.25".
    static func isTidyNumber(_ text: String) -> Bool {
        text.range(of: #"^-?[0-9]+(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil
    }

    /// Estimated horizontal (or, when rotated, vertical) extent of a `<text>`.
    static func textExtent(_ element: ParsedElement) -> (low: Double, high: Double, vertical: Bool)? {
        guard let x = element.number("x"), let y = element.number("y"), let size = element.number("font-size") else {
            return nil
        }
        let width = TextMetrics.width(element.text, size: size, bold: element.attributes["font-weight"] == "bold")
        let anchor = element.attributes["text-anchor"] ?? "start"
        let vertical = element.attributes["transform"]?.hasPrefix("rotate(-90") == true
        let origin = vertical ? y : x
        // After rotate(-90) text runs upward, so "start" extends toward smaller y.
        switch (anchor, vertical) {
        case ("middle", _): return (origin - width / 2, origin + width / 2, vertical)
        case ("end", false), ("start", true): return (origin - width, origin, vertical)
        default: return (origin, origin + width, vertical)
        }
    }

    static func checkBounds(_ parsed: ParsedSVG, dataMayLeaveTheBox: Bool, sourceLocation: SourceLocation) {
        let tolerance = 0.5
        func inside(_ value: Double?, _ limit: Double) -> Bool {
            guard let value else { return true }
            return value >= -tolerance && value <= limit + tolerance
        }
        for element in parsed.elements where !element.isInside("clipPath") && element.name != "clipPath" {
            if dataMayLeaveTheBox && element.isInside("data") { continue }
            switch element.name {
            case "text":
                guard let extent = textExtent(element) else { continue }
                let limit = extent.vertical ? parsed.height : parsed.width
                #expect(
                    inside(extent.low, limit) && inside(extent.high, limit),
                    "text '\(element.text)' spans \(extent.low)...\(extent.high) of \(limit)",
                    sourceLocation: sourceLocation)
            case "rect":
                let x = element.number("x") ?? 0
                let y = element.number("y") ?? 0
                #expect(
                    inside(x, parsed.width) && inside(x + (element.number("width") ?? 0), parsed.width)
                        && inside(y, parsed.height) && inside(y + (element.number("height") ?? 0), parsed.height),
                    "rect \(element.attributes) outside the box", sourceLocation: sourceLocation)
            case "line":
                #expect(
                    inside(element.number("x1"), parsed.width) && inside(element.number("x2"), parsed.width)
                        && inside(element.number("y1"), parsed.height) && inside(element.number("y2"), parsed.height),
                    "line \(element.attributes) outside the box", sourceLocation: sourceLocation)
            case "circle":
                #expect(
                    inside(element.number("cx"), parsed.width) && inside(element.number("cy"), parsed.height),
                    "circle \(element.attributes) outside the box", sourceLocation: sourceLocation)
            case "path":
                let numbers = (element.attributes["d"] ?? "").split(whereSeparator: { "MLZ ".contains($0) })
                for pair in numbers {
                    let parts = pair.split(separator: ",").compactMap { Double($0) }
                    guard parts.count == 2 else { continue }
                    #expect(
                        inside(parts[0], parsed.width) && inside(parts[1], parsed.height),
                        "path point \(pair) outside the box", sourceLocation: sourceLocation)
                }
            default:
                continue
            }
        }
    }

    /// The y coordinate of the bottom axis or zero line, for checks of what lies above or below it.
    static func lineY(_ parsed: ParsedSVG, class className: String) -> Double? {
        parsed.all("line", class: className).first?.number("y1")
    }
}
