extension Simulation {
    /// Whether aerial spraying may happen in a country this month (no ban in force).
    mutating func sprayingAllowed(_ country: Country) -> Bool { !eventActive(.sprayingBan, country: country) }

    // Loops, not closures: a closure here would capture (and copy) the whole simulation each call.
    mutating func eventActive(_ kind: EventKind, country: Country) -> Bool {
        for event in configuration.events where event.kind == kind && event.isActive(month) {
            if case .country(let target) = event.target, target == country { return true }
        }
        return false
    }

    mutating func eventActive(_ kind: EventKind, region: Int) -> Bool {
        for event in configuration.events where event.kind == kind && event.isActive(month) {
            switch event.target {
            case .region(let index): if index == region { return true }
            case .country(let country): if country == traits[region].country { return true }
            default: break
            }
        }
        return false
    }

    /// Coca that aerial spraying may reach in a region under the constraints in force (M3).
    mutating func sprayableArea(region r: Int) -> Double {
        let country = traits[r].country
        guard sprayingAllowed(country) else { return 0 }
        let share = traits[r].sprayableShare(borderBandProtected: borderBandProtected[r],
                                             indigenousConsulted: indigenousConsulted[r])
        return share * (matureHectares[r] + immatureHectares[r])
    }

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
                    legalHectares[r] = event.magnitude * traits[r].legalShare
                }
            case .borderNoSprayBand, .sprayingBan, .indigenousConsultation, .substitutionAnnouncement, .routeClosure:
                break
            }
        }
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
