/// Collects monthly values into annual results without allocating inside the monthly step.
struct Recorder {
    private(set) var results: SimulationResults
    private let aggregations: [Indicator.Aggregation]
    private var accumulator: [Double]

    init(layout: SeriesLayout, years: [Int]) {
        results = SimulationResults(years: years, layout: layout)
        aggregations = layout.aggregations
        accumulator = [Double](repeating: 0, count: layout.keys.count)
    }

    /// Record one month's value of a flow or stock.
    @inline(__always)
    mutating func add(_ slot: Int, _ value: Double) {
        switch aggregations[slot] {
        case .sum: accumulator[slot] += value
        case .mean: accumulator[slot] += value / 12
        case .yearEnd: accumulator[slot] = value
        }
    }

    /// Overwrite a slot (for ratios computed once a year).
    @inline(__always)
    mutating func setAnnual(_ slot: Int, _ value: Double) { accumulator[slot] = value }

    @inline(__always)
    func current(_ slot: Int) -> Double { accumulator[slot] }

    mutating func closeYear(_ yearIndex: Int) {
        results.set(yearIndex: yearIndex, accumulator)
        accumulator.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }
}

/// Assigns a slot to each reported series once, before the run.
struct SeriesRegistry {
    private(set) var keys: [SeriesKey] = []
    private(set) var units: [String] = []
    private(set) var aggregations: [Indicator.Aggregation] = []

    mutating func register(_ indicator: Indicator, _ place: String) -> Int {
        keys.append(SeriesKey(indicator.name, place))
        units.append(indicator.unit)
        aggregations.append(indicator.aggregation)
        return keys.count - 1
    }

    mutating func register(_ indicator: Indicator, places: [String]) -> [Int] {
        places.map { register(indicator, $0) }
    }
}
