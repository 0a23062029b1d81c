import RealModule

extension Simulation {
    /// Seizure probability on a segment this month: diminishing returns to added effort (M6).
    @inline(__always)
    mutating func seizureProbability(edge e: Int) -> Double {
        let base = bounded(routeTable.scaledBaseSeizure[e], .baseSeizureProbability)
        return 1 - (1 - base) * exponential(-p.interdictionEfficiency * levels.edgeEffort[e])
    }

    /// Delivered cost per kilogram on every route under traffickers' perceived risks (the additive
    /// price model, A16): each segment adds its markup, risk compensation and the replacement of
    /// seized kilograms at the price prevailing where they were seized.
    mutating func updateRouteCosts() {
        // A segment's terms are worked out the first time a route reaches it this month, and only
        // then, so its registered bounds are checked where they were before routes shared the work.
        for e in 0..<edgeCount { segmentTermsReady[e] = false }
        for k in 0..<routeTable.routeCount {
            var price = sourcePrice[routeTable.source[k]]
            var survival = 1.0
            var closed = false
            for position in routeTable.segments(ofRoute: k) {
                let e = routeTable.edges[position]
                if edgeClosed[e] { closed = true; break }
                if !segmentTermsReady[e] { updateSegmentTerms(edge: e) }
                let risk = segmentRisk[e]
                price = (price + segmentMarkup[e]) / (1 - risk)
                survival *= 1 - risk
            }
            routeCost[k] = closed ? .infinity : price
            routeSurvival[k] = closed ? 0 : survival
        }
    }

    /// A segment's perceived risk and its markup with risk compensation, this month.
    mutating func updateSegmentTerms(edge e: Int) {
        let risk = bounded(perceivedRisk[e], .perceivedRisk)
        let riskRatio = bounded(risk / max(1e-6, routeTable.scaledBaseSeizure[e]), .riskRatio)
        segmentRisk[e] = risk
        segmentMarkup[e] =
            routeTable.markup[e] * ((1 - p.riskShareOfMarkup) + p.riskShareOfMarkup * riskRatio)
        segmentTermsReady[e] = true
    }

    /// What a route's source cannot ship: the route's order less its share of the source's stock, in
    /// kilograms arriving at the market (0 when the source can fill every order).
    /// (Mutating although it changes nothing: called from mutating methods, a non-mutating method may copy
    /// the whole simulation.)
    @inline(__always)
    mutating func turnedAway(route k: Int) -> Double {
        let c = routeTable.source[k]
        guard sourceDemand[c] > sourceInventory[c], sourceDemand[c] > 0 else { return 0 }
        return routeShipment[k] * (1 - sourceInventory[c] / sourceDemand[c]) * routeSurvival[k]
    }

    /// Buyers turned away at a short source order from the other sources on the same market's routes, in
    /// proportion to the routes' shares, whether or not these have the stock: the orders, not only what is
    /// filled, move prices there (M7, A1). Worked out from the month's first orders, before any is
    /// redirected, so the bids do not depend on the order in which routes are visited.
    mutating func bidTurnedAwayOrders() {
        for k in 0..<routeTable.routeCount where routeShipment[k] > 0 {
            let missing = turnedAway(route: k)
            guard missing > 0 else { continue }
            let c = routeTable.source[k]
            let marketRoutes = routeTable.routes(ofMarket: routeTable.market[k])
            var weightOpen = 0.0
            for position in marketRoutes {
                let other = routeTable.marketRoutes[position]
                if routeTable.source[other] != c, routeCost[other].isFinite { weightOpen += routeShipment[other] }
            }
            guard weightOpen > 0 else { continue }
            for position in marketRoutes {
                let other = routeTable.marketRoutes[position]
                let o = routeTable.source[other]
                guard o != c, routeCost[other].isFinite else { continue }
                sourceBids[o] += missing * routeShipment[other] / weightOpen / max(1e-6, routeSurvival[other])
            }
        }
    }

    /// One pass of re-routing: what a short source cannot ship is asked of sources with stock to spare,
    /// on the same market's routes, in proportion to the routes' shares (traffickers buy elsewhere).
    mutating func reallocateShortfalls() {
        for k in 0..<routeTable.routeCount where routeShipment[k] > 0 {
            let missing = turnedAway(route: k)
            guard missing > 0 else { continue }
            let marketRoutes = routeTable.routes(ofMarket: routeTable.market[k])
            var weightWithSpare = 0.0
            for position in marketRoutes {
                let other = routeTable.marketRoutes[position]
                let o = routeTable.source[other]
                if sourceInventory[o] > sourceDemand[o], routeCost[other].isFinite {
                    weightWithSpare += routeShipment[other]
                }
            }
            guard weightWithSpare > 0 else { continue }
            for position in marketRoutes {
                let other = routeTable.marketRoutes[position]
                let o = routeTable.source[other]
                guard sourceInventory[o] > sourceDemand[o], routeCost[other].isFinite else { continue }
                let spare = sourceInventory[o] - sourceDemand[o]
                let extra = min(
                    spare, missing * routeShipment[other] / weightWithSpare / max(1e-6, routeSurvival[other]))
                routeShipment[other] += extra
                sourceDemand[o] += extra
            }
        }
    }

    /// Logit shares of a market's supply over its open routes, by relative delivered cost, into
    /// `routeWeight` (reused every month, so route choice does not allocate).
    mutating func updateRouteWeights(market m: Int) {
        let positions = routeTable.routes(ofMarket: m)
        var cheapest = Double.infinity
        for position in positions where routeCost[routeTable.marketRoutes[position]] < cheapest {
            cheapest = routeCost[routeTable.marketRoutes[position]]
        }
        guard cheapest.isFinite else {
            for position in positions { routeWeight[routeTable.marketRoutes[position]] = 0 }
            return
        }
        var total = 0.0
        for position in positions {
            let k = routeTable.marketRoutes[position]
            let weight =
                routeCost[k].isFinite ? exponential(-p.routeChoiceSensitivity * (routeCost[k] / cheapest - 1)) : 0
            routeWeight[k] = weight
            total += weight
        }
        for position in positions { routeWeight[routeTable.marketRoutes[position]] /= total }
    }

    /// Each route's shipment, filled as far as its source's stock allows, moves along its segments,
    /// each of which seizes its share of what passes; what is left arrives at the market.
    mutating func shipAlongRoutes() {
        for c in sourceShipped.indices {
            sourceShipped[c] = 0
            sourceRentOnOffer[c] = 0
        }
        for k in 0..<routeTable.routeCount where routeShipment[k] > 0 {
            let c = routeTable.source[k]
            let fill = sourceDemand[c] > 0 ? min(1, sourceInventory[c] / sourceDemand[c]) : 0
            var kilograms = routeShipment[k] * fill
            for position in routeTable.segments(ofRoute: k) {
                let e = routeTable.edges[position]
                edgeFlow[e] += kilograms
                let seized = kilograms * edgeSeizure[e]
                edgeSeized[e] += seized
                kilograms -= seized
            }
            let m = routeTable.market[k]
            marketArrivals[m] += kilograms
            // The rent the source captured rides along the route (each segment divides by its survival),
            // so the delivered cost net of it is what the market's own shortage rent multiplies.
            marketCost[m] += kilograms * (routeCost[k] - sourceRent[c] / max(1e-6, routeSurvival[k]))
            let shipped = routeShipment[k] * fill
            sourceShipped[c] += shipped
            sourceRentOnOffer[c] += shipped * routeSurvival[k] * downstreamRent(market: m)
        }
    }

    /// The month's realised seizure share on every segment, drawn before paste or cocaine moves, and
    /// the interdiction that pays for it; the segments' books for the month start empty.
    mutating func drawSegmentSeizures() {
        for e in 0..<edgeCount {
            edgeFlow[e] = 0
            edgeSeized[e] = 0
            // The month's luck scales the odds of a seizure, not the share itself, so a lucky month
            // seizes more without ever seizing more than everything (a lognormal factor on the share
            // crossed 0.95 on the busiest segments once base seizures were fitted).
            let shock = noise(RandomEntity.edge(e), .seizureLuck)
            let sd = p.seizureNoiseSD
            let probability = seizureProbability(edge: e)
            let odds = probability / (1 - probability) * Double.exp(sd * shock - 0.5 * sd * sd)
            edgeSeizure[e] = bounded(probability > 0 ? 1 / (1 + 1 / odds) : 0, .realisedSeizure)
            let cost = levels.edgeEffort[e] * 1_000_000 / 12
            recordCost(
                .interdiction, placeIndex: edgeSpendingPlace[e], usd: cost,
                operatingShare: p.interdictionOperatingShare)
        }
    }

    /// M6: traffickers ship towards each market's desired arrivals along chosen routes, limited by
    /// what each source country holds; interdiction seizes a share on each segment; perceived risks learn.
    mutating func traffic() {
        updateRouteCosts()
        for c in sourceDemand.indices { sourceDemand[c] = 0 }
        for k in routeShipment.indices { routeShipment[k] = 0 }
        for market in Market.allCases {
            let m = market.rawValue
            let target = demandSmoothed[m] * (1 + p.marketInventoryCoverMonths)
            let desiredArrivals = max(
                0, demandSmoothed[m] + (target - marketInventory[m] - demandSmoothed[m]) / 3)
            updateRouteWeights(market: m)
            for position in routeTable.routes(ofMarket: m) {
                let k = routeTable.marketRoutes[position]
                guard routeWeight[k] > 0 else { continue }
                let shipment = desiredArrivals * routeWeight[k] / max(1e-6, routeSurvival[k])
                routeShipment[k] = shipment
                sourceDemand[routeTable.source[k]] += shipment
            }
        }
        for c in countryFlow.indices { countryFlow[c] = 0 }
        for m in marketArrivals.indices {
            marketArrivals[m] = 0
            marketCost[m] = 0
        }
        for c in sourceDemand.indices { sourceBids[c] = sourceDemand[c] }
        bidTurnedAwayOrders()
        reallocateShortfalls()
        // A source is asked at least what it ships: a fill from its spare answers an order made of it.
        for c in sourceDemand.indices { sourceBids[c] = max(sourceBids[c], sourceDemand[c]) }
        shipAlongRoutes()
        for c in sourceDemand.indices {
            recorder.add(slots.countrySourceOrders[c], sourceBids[c] / 1_000)
            sourceOffered[c] = sourceInventory[c]
            sourceInventory[c] -= min(sourceInventory[c], sourceDemand[c])
            sourceOrdersSmoothed[c] += (sourceBids[c] - sourceOrdersSmoothed[c]) / 3
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
            if let c = routeTable.originCountry[e] { countryFlow[c] += edgeFlow[e] }
            if let place = slots.flowPlaceOfEdge[e] { recorder.add(slots.flowByPlace[place], edgeFlow[e] / 1_000) }
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
