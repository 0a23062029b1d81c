extension Simulation {
    /// One-off events fire in their first month; lasting ones are read where they matter.
    mutating func applyEvents() {
        for index in edgeClosed.indices { edgeClosed[index] = false }
        // Lasting events become flags once a month, so the regional loops read an array, not the event list.
        for c in sprayingBanned.indices { sprayingBanned[c] = false }
        for r in 0..<regionCount {
            borderBandProtected[r] = false
            indigenousConsulted[r] = false
            announcementActive[r] = false
        }
        for event in configuration.events where event.isActive(month) {
            switch event.kind {
            case .sprayingBan:
                if case .country(let country) = event.target { sprayingBanned[country.rawValue] = true }
            case .borderNoSprayBand, .indigenousConsultation, .substitutionAnnouncement:
                for r in 0..<regionCount where event.applies(toRegion: r, regionCountry: traits[r].country) {
                    switch event.kind {
                    case .borderNoSprayBand: borderBandProtected[r] = true
                    case .indigenousConsultation: indigenousConsulted[r] = true
                    default: announcementActive[r] = true
                    }
                }
            default: break
            }
        }
        for event in configuration.events {
            if event.kind == .routeClosure, event.isActive(month), case .edges(let edges) = event.target {
                for edge in edges { edgeClosed[edge] = true }
            }
            guard event.firstMonth == month else { continue }
            switch event.kind {
            case .peaceAgreement:
                for r in 0..<regionCount where event.applies(toRegion: r, atlas: atlas) {
                    let demobilising = armedPresence[r] * traits[r].demobilisingShare * min(1, event.magnitude)
                    demobilised[r] = demobilising
                    demobilisedFloor[r] = demobilising * (1 - p.peaceRefillShare)
                    armedPresence[r] = max(0, armedPresence[r] - demobilising)
                }
            case .leaderCapture:
                for country in Country.allCases where event.applies(to: country) {
                    fragmentation[country.rawValue] += event.magnitude
                    recorder.add(slots.countryCaptures[country.rawValue], event.magnitude)
                }
            case .prisonCrisis:
                for country in Country.allCases where event.applies(to: country) {
                    prisonShock[country.rawValue] += event.magnitude
                }
            case .legalAreaChange:
                for r in 0..<regionCount where event.applies(toRegion: r, atlas: atlas) {
                    reclassify(region: r, legalTarget: event.magnitude * traits[r].legalShare)
                }
            case .borderNoSprayBand, .sprayingBan, .indigenousConsultation, .substitutionAnnouncement, .routeClosure:
                break
            }
        }
    }
}

extension Simulation {
    /// A change in the legal coca limit reclassifies coca that already stands (M1): a higher limit
    /// moves illicit fields into the legal register, up to what stands; a lower one returns legal
    /// fields to the illicit area. No hectare is planted or removed by the law itself, and growers
    /// count reclassified fields as part of what they hold, so they do not replant them.
    mutating func reclassify(region r: Int, legalTarget: Double) {
        // Only the law changes legal hectares after the start, so `reclassifiedSinceStart` needs no state of its own.
        let change = legalTarget - legalHectares[r]
        if change >= 0 {
            let moved = min(change, matureHectares[r] + immatureHectares[r])
            removeProportionally(region: r, hectares: moved)
            legalHectares[r] += moved
            recorder.add(slots.land(.reclassified, place: r), moved)
        } else {
            addMatureFields(region: r, hectares: -change)
            legalHectares[r] += change
            recorder.add(slots.land(.reclassified, place: r), change)
        }
    }
}

extension Simulation {
    /// Legal hectares added (or, if negative, removed) by changes in the law since the start: the legal
    /// area now less the one `initialiseLand` set.
    mutating func reclassifiedSinceStart(region r: Int) -> Double {
        legalHectares[r] - p.legalHectares[traits[r].country.rawValue] * traits[r].legalShare
    }
}

extension ModelEvent {
    func applies(to country: Country) -> Bool {
        if case .country(let target) = target { return target == country }
        return false
    }

    func applies(toRegion region: Int, regionCountry: Country) -> Bool {
        switch target {
        case .country(let country): return regionCountry == country
        case .region(let index): return index == region
        default: return false
        }
    }

    func applies(toRegion region: Int, atlas: Atlas) -> Bool {
        switch target {
        case .country(let country): return atlas.regions[region].country == country
        case .region(let index): return index == region
        default: return false
        }
    }
}
