import RealModule

/// M5/M6 between producing countries: paste and base move from where the leaf grows to laboratories
/// in another country along paste segments, as Peru's and Bolivia's did to Colombia's in the 1990s
/// and Peru's do to Bolivia's today (docs/model.md, "Intermediate trade").
extension Simulation {
    /// What the growers of a pool can get for the leaf of one kilogram of HCl by sending it along paste
    /// segment `position` (an index into `routeTable.pasteEdges`): the destination laboratories' price
    /// net of the risk the traders perceive on the segment and of its markup. Zero or less when the
    /// segment is closed or does not pay.
    mutating func pasteNetback(position: Int) -> Double {
        let e = routeTable.pasteEdges[position]
        guard !edgeClosed[e] else { return 0 }
        updateSegmentTerms(edge: e)
        return labLeafValue[routeTable.pasteDestinationPool[position]] * (1 - segmentRisk[e]) - segmentMarkup[e]
    }

    /// Each pool's harvest is split between its own laboratories and the paste segments leaving it.
    /// The split traders aim for is the route choice's logit in relative value
    /// (`route_choice_sensitivity`): an outlet paying a share x less than the best gets weight
    /// exp(−θ (1/(1−x) − 1)), as a route costing a share more than the cheapest does, at last month's
    /// prices. The trade moves towards that split over `lab_adjustment_months`, as laboratories adjust
    /// their capacity: buyers and pilots are found over months, and a split that jumped at once would
    /// empty a country's laboratories in a month. A closed segment carries nothing from the month it
    /// closes. Paste seized on the way counts in the segment's seizures; what arrives feeds the
    /// destination's laboratories.
    mutating func tradeIntermediates() {
        for c in poolHarvest.indices { poolHarvest[c] = 0 }
        for country in Country.allCases {
            poolHarvest[country.marketPool.rawValue] += monthlyProduction[country.rawValue]
        }
        for country in Country.allCases where country.marketPool == country {
            aimPaste(pool: country.rawValue)
        }
        for position in pasteShare.indices {
            if edgeClosed[routeTable.pasteEdges[position]] {
                pasteShare[position] = 0
            } else {
                pasteShare[position] += (pasteTarget[position] - pasteShare[position]) / p.labAdjustmentMonths
            }
        }
        shipPaste(booking: true)
    }

    /// From `poolHarvest` and `pasteShare` to `labThroughput`, `localLabShare` and
    /// `growerExportValue`; with `booking`, the paste's flow and seizures go into the month's segment
    /// books (not at the start).
    mutating func shipPaste(booking: Bool) {
        for c in labThroughput.indices {
            labThroughput[c] = 0
            growerExportValue[c] = 0
            localLabShare[c] = 1
        }
        for position in pasteShare.indices where pasteShare[position] > 0 {
            let c = routeTable.pasteOriginPool[position]
            let e = routeTable.pasteEdges[position]
            let shipped = poolHarvest[c] * pasteShare[position]
            let seized = shipped * edgeSeizure[e]
            if booking {
                edgeFlow[e] += shipped
                edgeSeized[e] += seized
            }
            localLabShare[c] -= pasteShare[position]
            labThroughput[routeTable.pasteDestinationPool[position]] += shipped - seized
            // Traders pay no less than nothing: a segment that stopped paying is being wound down.
            growerExportValue[c] += pasteShare[position] * max(0, pasteNetbackAtChoice[position])
        }
        for c in labThroughput.indices { labThroughput[c] += poolHarvest[c] * localLabShare[c] }
    }

    /// The split of pool c's harvest traders aim for, over its own laboratories and its open paste
    /// segments, from last month's laboratory prices: fills `pasteTarget` and `pasteNetbackAtChoice`
    /// for c's segments.
    mutating func aimPaste(pool c: Int) {
        var best = labLeafValue[c]
        for position in routeTable.pasteEdges.indices where routeTable.pasteOriginPool[position] == c {
            let netback = pasteNetback(position: position)
            pasteNetbackAtChoice[position] = netback
            if netback > best { best = netback }
        }
        guard best > 0 else {
            for position in routeTable.pasteEdges.indices where routeTable.pasteOriginPool[position] == c {
                pasteTarget[position] = 0
            }
            return
        }
        var total = outletWeight(value: labLeafValue[c], best: best)
        for position in routeTable.pasteEdges.indices where routeTable.pasteOriginPool[position] == c {
            let weight = outletWeight(value: pasteNetbackAtChoice[position], best: best)
            pasteTarget[position] = weight
            total += weight
        }
        // The best outlet has weight 1, so the total is at least 1.
        for position in routeTable.pasteEdges.indices where routeTable.pasteOriginPool[position] == c {
            pasteTarget[position] /= total
        }
    }

    /// The route choice's logit weight of an outlet worth `value` when the best is worth `best` > 0.
    @inline(__always)
    mutating func outletWeight(value: Double, best: Double) -> Double {
        value > 0 ? exponential(-p.routeChoiceSensitivity * (best / value - 1)) : 0
    }
}
