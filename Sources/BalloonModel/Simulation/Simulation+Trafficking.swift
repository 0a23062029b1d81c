import RealModule

extension Simulation {
    /// Seizure probability on a segment this month: diminishing returns to added effort (M6).
    mutating func seizureProbability(edge e: Int) -> Double {
        let base = bounded(atlas.network.edges[e].baseSeizureProbability * p.baseSeizureScale, .baseSeizureProbability)
        return 1 - (1 - base) * Double.exp(-p.interdictionEfficiency * levels.edgeEffort[e])
    }

    /// Delivered cost per kilogram on every route under traffickers' perceived risks (the additive
    /// price model, A16): each segment adds its markup, risk compensation and the replacement of
    /// seized kilograms at the price prevailing where they were seized.
    mutating func updateRouteCosts() {
        let routes = atlas.network.routes
        for k in routes.indices {
            var price = sourcePrice[routes[k].source.rawValue]
            var survival = 1.0
            var closed = false
            for e in routes[k].edges {
                if edgeClosed[e] { closed = true; break }
                let edge = atlas.network.edges[e]
                let risk = bounded(perceivedRisk[e], .perceivedRisk)
                let riskRatio = bounded(risk / max(1e-6, edge.baseSeizureProbability * p.baseSeizureScale), .riskRatio)
                let markup = edge.markupUSDPerKg * ((1 - p.riskShareOfMarkup) + p.riskShareOfMarkup * riskRatio)
                price = (price + markup) / (1 - risk)
                survival *= 1 - risk
            }
            routeCost[k] = closed ? .infinity : price
            routeSurvival[k] = closed ? 0 : survival
        }
    }

    /// One pass of re-routing: what a short source cannot ship is asked of sources with stock to spare,
    /// on the same market's routes, in proportion to the routes' shares (traffickers buy elsewhere).
    mutating func reallocateShortfalls() {
        let routes = atlas.network.routes
        for k in routes.indices where routeShipment[k] > 0 {
            let c = routes[k].source.rawValue
            guard sourceDemand[c] > sourceInventory[c], sourceDemand[c] > 0 else { continue }
            let missing = routeShipment[k] * (1 - sourceInventory[c] / sourceDemand[c]) * routeSurvival[k]
            let m = routes[k].market.rawValue
            var weightWithSpare = 0.0
            for other in routesByMarket[m] {
                let o = routes[other].source.rawValue
                if sourceInventory[o] > sourceDemand[o], routeCost[other].isFinite {
                    weightWithSpare += routeShipment[other]
                }
            }
            guard weightWithSpare > 0 else { continue }
            for other in routesByMarket[m] {
                let o = routes[other].source.rawValue
                guard sourceInventory[o] > sourceDemand[o], routeCost[other].isFinite else { continue }
                let spare = sourceInventory[o] - sourceDemand[o]
                let extra = min(
                    spare, missing * routeShipment[other] / weightWithSpare / max(1e-6, routeSurvival[other]))
                routeShipment[other] += extra
                sourceDemand[o] += extra
            }
        }
    }

    /// Logit shares of a market's supply over its open routes, by relative delivered cost.
    mutating func routeWeights(market m: Int) -> [Double] {
        let indices = routesByMarket[m]
        var cheapest = Double.infinity
        for k in indices where routeCost[k] < cheapest { cheapest = routeCost[k] }
        guard cheapest.isFinite else { return [Double](repeating: 0, count: indices.count) }
        var weights = indices.map { k -> Double in
            routeCost[k].isFinite ? Double.exp(-p.routeChoiceSensitivity * (routeCost[k] / cheapest - 1)) : 0
        }
        let total = weights.reduce(0, +)
        for i in weights.indices { weights[i] /= total }
        return weights
    }

    /// M6: traffickers ship towards each market's desired arrivals along chosen routes, limited by
    /// what each source country holds; interdiction seizes a share on each segment; perceived risks learn.
    mutating func traffic() {
        for e in 0..<edgeCount {
            edgeFlow[e] = 0
            edgeSeized[e] = 0
            let shock = noise(RandomEntity.edge(e), .seizureLuck)
            let sd = p.seizureNoiseSD
            let realised = seizureProbability(edge: e) * Double.exp(sd * shock - 0.5 * sd * sd)
            edgeSeizure[e] = bounded(max(0, realised), .realisedSeizure)
            let cost = levels.edgeEffort[e] * 1_000_000 / 12
            recordCost(
                .interdiction, placeIndex: edgeSpendingPlace[e], usd: cost,
                operatingShare: p.interdictionOperatingShare)
        }
        updateRouteCosts()
        for c in sourceDemand.indices { sourceDemand[c] = 0 }
        for k in routeShipment.indices { routeShipment[k] = 0 }
        for market in Market.allCases {
            let m = market.rawValue
            let target = consumptionSmoothed[m] * (1 + p.marketInventoryCoverMonths)
            let desiredArrivals = max(
                0, consumptionSmoothed[m] + (target - marketInventory[m] - consumptionSmoothed[m]) / 3)
            let weights = routeWeights(market: m)
            for (i, k) in routesByMarket[m].enumerated() where weights[i] > 0 {
                let shipment = desiredArrivals * weights[i] / max(1e-6, routeSurvival[k])
                routeShipment[k] = shipment
                sourceDemand[atlas.network.routes[k].source.rawValue] += shipment
            }
        }
        for c in countryFlow.indices { countryFlow[c] = 0 }
        for m in marketArrivals.indices {
            marketArrivals[m] = 0
            marketCost[m] = 0
        }
        let routes = atlas.network.routes
        reallocateShortfalls()
        for k in routes.indices where routeShipment[k] > 0 {
            let c = routes[k].source.rawValue
            let fill = sourceDemand[c] > 0 ? min(1, sourceInventory[c] / sourceDemand[c]) : 0
            var kilograms = routeShipment[k] * fill
            for e in routes[k].edges {
                edgeFlow[e] += kilograms
                let seized = kilograms * edgeSeizure[e]
                edgeSeized[e] += seized
                kilograms -= seized
            }
            let m = routes[k].market.rawValue
            marketArrivals[m] += kilograms
            marketCost[m] += kilograms * routeCost[k]
        }
        for c in sourceDemand.indices {
            sourceOffered[c] = sourceInventory[c]
            sourceInventory[c] -= min(sourceInventory[c], sourceDemand[c])
            sourceDemandSmoothed[c] += (sourceDemand[c] - sourceDemandSmoothed[c]) / 3
        }
        clearSourceMarkets()
        var totalFlow = 0.0
        var sumSquares = 0.0
        var worldSeized = 0.0
        for e in 0..<edgeCount {
            perceivedRisk[e] += p.riskLearningRate * (edgeSeizure[e] - perceivedRisk[e])
            recorder.add(slots.routeFlow[e], edgeFlow[e] / 1_000)
            recorder.add(slots.routeSeizures[e], edgeSeized[e] / 1_000)
            recorder.add(slots.seizuresByPlace[slots.seizurePlaceOfEdge[e]], edgeSeized[e] / 1_000)
            let from = atlas.network.edges[e].from
            if let country = atlas.network.nodes[from].country ?? atlas.network.nodes[from].sourceCountry {
                countryFlow[country.rawValue] += edgeFlow[e]
            }
            for place in slots.flowPlacesOfEdge[e] { recorder.add(slots.flowByPlace[place], edgeFlow[e] / 1_000) }
            totalFlow += edgeFlow[e]
            worldSeized += edgeSeized[e]
        }
        for c in countryFlow.indices { recorder.add(slots.flowByPlace[c], countryFlow[c] / 1_000) }
        var active = 0.0
        if totalFlow > 0 {
            for e in 0..<edgeCount {
                let share = edgeFlow[e] / totalFlow
                sumSquares += share * share
                if share > 0.01 { active += 1 }
            }
        }
        recorder.add(slots.activeRoutes, active)
        recorder.add(slots.effectiveRoutes, sumSquares > 0 ? 1 / sumSquares : 0)
        recorder.add(slots.worldSeizures, worldSeized / 1_000)
    }
}
