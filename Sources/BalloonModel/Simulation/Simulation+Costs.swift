extension Simulation {
    /// Spending on an instrument at a `SpendingPlace` (country, market or transit), split by payer and by
    /// operating cost versus programme overhead (M10).
    /// Most calls book nothing (an instrument that is off), so the check is inlined and the booking is not.
    @inline(__always)
    mutating func recordCost(_ instrument: Instrument, placeIndex: Int, usd: Double, operatingShare: Double) {
        guard usd > 0 else { return }
        bookCost(instrument, placeIndex: placeIndex, usd: usd, operatingShare: operatingShare)
    }

    @inline(never)
    private mutating func bookCost(_ instrument: Instrument, placeIndex: Int, usd: Double, operatingShare: Double) {
        let column = columns.column(of: instrument)
        for payer in 0..<PolicyLevels.payerCount {
            let share = levels.payerShare(place: placeIndex, column: column, payer: payer)
            recorder.add(slots.spending(place: placeIndex, column: column, payer: payer), usd * share)
        }
        let operating = min(1, max(0, operatingShare))
        recorder.add(slots.operating(place: placeIndex, column: column), usd * operating)
        recorder.add(slots.overhead(place: placeIndex, column: column), usd * (1 - operating))
    }
}

/// Column indices of instruments in `PolicyLevels`, computed once.
struct InstrumentColumns: Sendable {
    static let shared = InstrumentColumns()
    let aerialSpraying = Instrument.allCases.firstIndex(of: .aerialSpraying)!
    let manualEradication = Instrument.allCases.firstIndex(of: .manualEradication)!
    let concertedEradication = Instrument.allCases.firstIndex(of: .concertedEradication)!
    let voluntarySubstitution = Instrument.allCases.firstIndex(of: .voluntarySubstitution)!
    let communityControl = Instrument.allCases.firstIndex(of: .communityControl)!
    let alternativeDevelopment = Instrument.allCases.firstIndex(of: .alternativeDevelopment)!
    let labDestruction = Instrument.allCases.firstIndex(of: .labDestruction)!
    let organizationTargeting = Instrument.allCases.firstIndex(of: .organizationTargeting)!
    let militaryAid = Instrument.allCases.firstIndex(of: .militaryAid)!
    let treatment = Instrument.allCases.firstIndex(of: .treatment)!
    let prevention = Instrument.allCases.firstIndex(of: .prevention)!
    let decriminalization = Instrument.allCases.firstIndex(of: .decriminalization)!
    let interdiction = Instrument.allCases.firstIndex(of: .interdiction)!

    func column(of instrument: Instrument) -> Int {
        switch instrument {
        case .aerialSpraying: aerialSpraying
        case .manualEradication: manualEradication
        case .concertedEradication: concertedEradication
        case .voluntarySubstitution: voluntarySubstitution
        case .communityControl: communityControl
        case .alternativeDevelopment: alternativeDevelopment
        case .labDestruction: labDestruction
        case .interdiction: interdiction
        case .organizationTargeting: organizationTargeting
        case .militaryAid: militaryAid
        case .treatment: treatment
        case .prevention: prevention
        case .decriminalization: decriminalization
        }
    }
}
