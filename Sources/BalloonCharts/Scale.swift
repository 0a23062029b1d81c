/// Maps a numeric domain linearly onto pixel coordinates.
public struct LinearScale: Sendable, Equatable {
    /// Data value drawn at `rangeStart`.
    public var domainLower: Double
    /// Data value drawn at `rangeEnd`.
    public var domainUpper: Double
    /// Pixel coordinate of `domainLower`.
    public var rangeStart: Double
    /// Pixel coordinate of `domainUpper`.
    public var rangeEnd: Double

    /// Creates a scale; for a y axis pass the bottom pixel as `rangeStart` so values grow upward.
    public init(domainLower: Double, domainUpper: Double, rangeStart: Double, rangeEnd: Double) {
        self.domainLower = domainLower
        self.domainUpper = domainUpper
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
    }

    /// The pixel coordinate of `value`; a degenerate domain maps everything to the middle of the range.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domainUpper - domainLower
        guard span.isFinite, span != 0 else { return (rangeStart + rangeEnd) / 2 }
        let clamped = min(max(value, -Domain.limit), Domain.limit)
        return rangeStart + (clamped - domainLower) / span * (rangeEnd - rangeStart)
    }
}

/// Splits a pixel range into equal bands, one per category, with a gap between bars.
struct BandScale: Sendable, Equatable {
    var count: Int
    var start: Double
    var end: Double
    /// Fraction of each band left empty, so neighbouring bars read as separate.
    var padding: Double = 0.25

    var bandWidth: Double { count > 0 ? (end - start) / Double(count) : 0 }
    var barWidth: Double { bandWidth * (1 - padding) }

    /// Left edge of the bar for category `index`.
    func barStart(_ index: Int) -> Double {
        start + Double(index) * bandWidth + bandWidth * padding / 2
    }

    /// Centre of the band for category `index`.
    func center(_ index: Int) -> Double {
        start + (Double(index) + 0.5) * bandWidth
    }
}

/// A rectangle in SVG user units.
struct Rect: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}
