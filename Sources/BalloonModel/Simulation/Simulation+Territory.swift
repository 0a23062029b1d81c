extension Simulation {
    /// M9: state presence grows with military and police aid and reverts slowly; armed presence follows
    /// coca rents and retreats before the state; a peace agreement removes part of it, later refilled.
    mutating func updateTerritory() {
        let aidColumn = columns.militaryAid
        for r in 0..<regionCount {
            let region = traits[r]
            let c = region.country.rawValue
            let aidUSDm = levels.country(c, aidColumn) + levels.region(r, aidColumn)
            statePresence[r] +=
                aidUSDm * p.militaryAidEffect * (1 - statePresence[r]) / 12
                - (statePresence[r] - region.statePresence) / p.stateReversionMonths
            statePresence[r] = bounded(statePresence[r], .statePresence)

            let startArea = max(1, carryingArea[r])
            let rents = bounded((matureHectares[r] + immatureHectares[r]) / startArea, .armedRents)
            // Dissidents and other groups refill a share of what was demobilised.
            demobilised[r] += (demobilisedFloor[r] - demobilised[r]) / p.peaceRefillMonths
            let target =
                region.armedPresence * (1 + p.armedGrowthFromRents * (rents - 1))
                - p.armedSuppressionByState * (statePresence[r] - region.statePresence) - demobilised[r]
            armedPresence[r] += (bounded(max(0.0, target), .armedPresence) - armedPresence[r]) / p.armedAdjustmentMonths
        }
    }
}
