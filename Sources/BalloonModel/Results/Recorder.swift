/// Collects monthly values into annual results without allocating inside the monthly step.
///
/// The year's running values live in a buffer the recorder owns (`RunningValues`). A copy of a
/// simulation shares it until one of them steps: `beginMonth()`, the first thing `Simulation.step()`
/// does, gives the stepping copy a buffer of its own. So `add`, called hundreds of times a month,
/// writes without the uniqueness check an `Array` makes at every write (a tenth of a month's work).
struct Recorder {
    private(set) var results: SimulationResults
    private let aggregations: [Indicator.Aggregation]
    private var running: RunningValues

    init(layout: SeriesLayout, years: [Int]) {
        results = SimulationResults(years: years, layout: layout)
        aggregations = layout.aggregations
        running = RunningValues(count: layout.keys.count)
    }

    /// Makes the running values this recorder's own; call before recording in a month.
    mutating func beginMonth() {
        if !isKnownUniquelyReferenced(&running) { running = RunningValues(copying: running) }
    }

    /// Record one month's value of a flow or stock.
    @inline(__always)
    mutating func add(_ slot: Int, _ value: Double) {
        assert(isKnownUniquelyReferenced(&running), "Recorder.beginMonth() must come before recording")
        // Reading `aggregations[slot]` checks the slot: the buffer has one value per aggregation.
        let aggregation = aggregations[slot]
        let values = running.values
        switch aggregation {
        case .sum: values[slot] += value
        case .mean: values[slot] += value / 12
        case .yearEnd: values[slot] = value
        }
    }

    /// Overwrite a slot (for ratios computed once a year).
    @inline(__always)
    mutating func setAnnual(_ slot: Int, _ value: Double) {
        assert(isKnownUniquelyReferenced(&running), "Recorder.beginMonth() must come before recording")
        precondition(slot >= 0 && slot < running.values.count)
        running.values[slot] = value
    }

    @inline(__always)
    func current(_ slot: Int) -> Double {
        precondition(slot >= 0 && slot < running.values.count)
        return running.values[slot]
    }

    mutating func closeYear(_ yearIndex: Int) {
        assert(isKnownUniquelyReferenced(&running), "Recorder.beginMonth() must come before recording")
        results.set(yearIndex: yearIndex, UnsafeBufferPointer(running.values))
        running.values.update(repeating: 0)
    }
}

/// The running values of a year, one per slot, owned by one recorder at a time (see `Recorder`).
private final class RunningValues {
    let values: UnsafeMutableBufferPointer<Double>

    init(count: Int) {
        values = .allocate(capacity: count)
        values.initialize(repeating: 0)
    }

    init(copying other: RunningValues) {
        values = .allocate(capacity: other.values.count)
        _ = values.initialize(fromContentsOf: other.values)
    }

    deinit { values.deallocate() }
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
