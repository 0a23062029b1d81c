extension Simulation {
    /// Whether aerial spraying may happen in a country this month (no ban in force).
    func sprayingAllowed(_ country: Country) -> Bool {
        !configuration.events.contains { $0.kind == .sprayingBan && $0.isActive(month) && $0.applies(to: country) }
    }

    func eventActive(_ kind: EventKind, country: Country) -> Bool {
        configuration.events.contains { $0.kind == kind && $0.isActive(month) && $0.applies(to: country) }
    }

    func eventActive(_ kind: EventKind, region: Int) -> Bool {
        configuration.events.contains { event in
            guard event.kind == kind, event.isActive(month) else { return false }
            switch event.target {
            case .region(let index): return index == region
            case .country(let country): return country == atlas.regions[region].country
            default: return false
            }
        }
    }

    /// Coca that aerial spraying may reach in a region under the constraints in force (M3).
    func sprayableArea(region r: Int) -> Double {
        let country = atlas.regions[r].country
        guard sprayingAllowed(country) else { return 0 }
        let share = atlas.regions[r].sprayableShare(
            borderBandProtected: eventActive(.borderNoSprayBand, region: r),
            indigenousConsulted: eventActive(.indigenousConsultation, region: r))
        return share * (matureHectares[r] + immatureHectares[r])
    }

    /// One-off events fire in their first month; lasting ones are read where they matter.
    mutating func applyEvents() {
        for index in edgeClosed.indices { edgeClosed[index] = false }
        for event in configuration.events {
            if event.kind == .routeClosure, event.isActive(month), case .edges(let edges) = event.target {
                for edge in edges { edgeClosed[edge] = true }
            }
            guard event.firstMonth == month else { continue }
            switch event.kind {
            case .peaceAgreement:
                for r in 0..<regionCount where event.applies(toRegion: r, atlas: atlas) {
                    let demobilising = armedPresence[r] * atlas.regions[r].demobilisingShare * min(1, event.magnitude)
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
                    legalHectares[r] = event.magnitude * atlas.regions[r].legalShare
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

    func applies(toRegion region: Int, atlas: Atlas) -> Bool {
        switch target {
        case .country(let country): return atlas.regions[region].country == country
        case .region(let index): return index == region
        default: return false
        }
    }
}
