/// Recording: stocks at the end of each month, and the annual sums that close a year.
extension Simulation {
    /// Land, presence and cocaine stocks recorded as year-end values (the December value stands).
    mutating func recordStocks() {
        for r in 0..<regionCount {
            let illicit = matureHectares[r] + immatureHectares[r]
            recorder.add(slots.land(.illicitArea, place: r), illicit)
            recorder.add(slots.land(.legalArea, place: r), legalHectares[r])
            recorder.add(slots.land(.cocaArea, place: r), illicit + legalHectares[r])
            recorder.add(slots.regionStatePresence[r], statePresence[r])
            recorder.add(slots.regionArmedPresence[r], armedPresence[r])
        }
        var world = 0.0
        for c in sourceInventory.indices {
            recorder.add(slots.countryStock[c], sourceInventory[c] / 1_000)
            world += sourceInventory[c]
        }
        for m in marketInventory.indices {
            recorder.add(slots.marketStock[m], marketInventory[m] / 1_000)
            world += marketInventory[m]
        }
        recorder.add(slots.worldStock, world / 1_000)
    }

    /// Sum regions into countries and the Andean total, compute annual ratios, and store the year.
    mutating func closeYear() {
        let countryBase = regionCount
        let andean = regionCount + Country.allCases.count
        var countryTotals = [Double](repeating: 0, count: Country.allCases.count)
        for indicator in 0..<slots.landIndicators.count {
            var andeanTotal = 0.0
            for c in countryTotals.indices { countryTotals[c] = 0 }
            for r in 0..<regionCount {
                let value = recorder.current(slots.land(indicatorIndex: indicator, place: r))
                countryTotals[countryIndex(ofRegion: r)] += value
                andeanTotal += value
            }
            for c in countryTotals.indices {
                recorder.setAnnual(slots.land(indicatorIndex: indicator, place: countryBase + c), countryTotals[c])
            }
            // Ecuador is transit: the Andean total is Colombia, Peru and Bolivia, as UNODC reports it.
            andeanTotal -= countryTotals[Country.ecuador.rawValue]
            recorder.setAnnual(slots.land(indicatorIndex: indicator, place: andean), andeanTotal)
        }
        var total = 0.0
        for place in 0..<SpendingPlace.count {
            var placeTotal = 0.0
            for position in slots.spendingPositions(place: place) {
                placeTotal += recorder.current(slots.spending[position])
            }
            recorder.setAnnual(slots.spendingByPlace[place], placeTotal)
            total += placeTotal
        }
        recorder.setAnnual(slots.spendingTotal, total)
        // Seized as a share of all cocaine that left the supply chain in the year (seized, lost or
        // consumed): a share by construction, where seizures over production can pass 1 when stocks fall.
        let seized = recorder.current(slots.worldSeizures)
        let removed = seized + recorder.current(slots.worldLosses) + recorder.current(slots.worldConsumption)
        recorder.setAnnual(slots.interception, removed > 0 ? seized / removed : 0)
        recorder.closeYear(yearIndex)
    }
}
