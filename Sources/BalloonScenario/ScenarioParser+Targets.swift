import BalloonModel

extension ScenarioParser {
    /// Resolve where an entry applies: a country or region, route segments, or a consumer market.
    func target(
        _ table: [String: TOMLNode], kind: Instrument.TargetKind, section: String, index: Int,
        path: String
    ) throws(ScenarioError) -> (PolicyTarget, String) {
        func text(_ key: String) throws(ScenarioError) -> String? {
            guard let node = table[key] else { return nil }
            guard case .string(let value) = node else {
                throw fail(
                    .wrongType, section: section, index: index, key: key, keyPath: "\(path).\(key)",
                    "'\(key)' must be a string, not a \(node.typeName)", fix: "write \(key) = \"…\"")
            }
            return value
        }
        switch kind {
        case .market:
            guard let name = try text("market") else {
                throw fail(
                    .missingKey, section: section, index: index, key: nil, keyPath: "\(path).market",
                    "this instrument applies to a consumer market", fix: "add market = \"US\" (US, EU, SA or ROW)")
            }
            guard let market = Market(identifier: name) else {
                throw fail(
                    .unknownMarket, section: section, index: index, key: "market", keyPath: "\(path).market",
                    "unknown market '\(name)'", fix: didYouMean(name, Market.allCases.map(\.code)))
            }
            return (.market(market), market.code)
        case .route:
            return try routeTarget(table, text: text, section: section, index: index, path: path)
        case .territory:
            if let name = try text("region") {
                guard let regionIndex = atlas.regionIndex(name) else {
                    throw fail(
                        .unknownRegion, section: section, index: index, key: "region", keyPath: "\(path).region",
                        "unknown region '\(name)'", fix: didYouMean(name, atlas.regions.map(\.id)))
                }
                return (.region(regionIndex), atlas.regions[regionIndex].id)
            }
            guard let name = try text("country") else {
                throw fail(
                    .missingKey, section: section, index: index, key: nil, keyPath: "\(path).country",
                    "no place given", fix: "add country = \"PE\" or region = \"PE.VRAEM\"")
            }
            let country = try resolveCountry(
                name, section: section, index: index, key: "country", keyPath: "\(path).country")
            return (.country(country), country.code)
        }
    }

    /// Route segments by id (`route`, `routes`), every segment leaving a node (`from_node`), or every
    /// segment of a mode leaving a country's hubs (`country` + `mode`, e.g. a naval deployment off Ecuador).
    private func routeTarget(
        _ table: [String: TOMLNode], text: (String) throws(ScenarioError) -> String?, section: String,
        index: Int, path: String
    ) throws(ScenarioError) -> (PolicyTarget, String) {
        let network = atlas.network
        var ids: [String] = []
        if let single = try text("route") { ids.append(single) }
        if let node = table["routes"] {
            guard case .array(let items) = node else {
                throw fail(
                    .wrongType, section: section, index: index, key: "routes", keyPath: "\(path).routes",
                    "'routes' must be an array of route ids", fix: "write routes = [\"EC_PORTS>EU\"]")
            }
            for item in items {
                guard case .string(let id) = item else {
                    throw fail(
                        .wrongType, section: section, index: index, key: "routes", keyPath: "\(path).routes",
                        "'routes' must contain strings", fix: "write routes = [\"EC_PORTS>EU\"]")
                }
                ids.append(id)
            }
        }
        var edges: [Int] = []
        for id in ids {
            guard let edge = network.edgeIndex(id) else {
                throw fail(
                    .unknownRoute, section: section, index: index, key: table["route"] != nil ? "route" : "routes",
                    keyPath: "\(path).route", "unknown route segment '\(id)'",
                    fix: didYouMean(id, network.edges.map(\.id)))
            }
            edges.append(edge)
        }
        var mode: TransportMode?
        if let name = try text("mode") {
            guard let parsed = TransportMode(rawValue: name) else {
                throw fail(
                    .wrongType, section: section, index: index, key: "mode", keyPath: "\(path).mode",
                    "unknown mode '\(name)'", fix: didYouMean(name, TransportMode.allCases.map(\.rawValue)))
            }
            mode = parsed
        }
        if let nodeName = try text("from_node") {
            guard let node = network.nodeIndex(nodeName) else {
                throw fail(
                    .unknownRoute, section: section, index: index, key: "from_node", keyPath: "\(path).from_node",
                    "unknown network node '\(nodeName)'", fix: didYouMean(nodeName, network.nodes.map(\.id)))
            }
            edges += network.edges.indices.filter {
                network.edges[$0].from == node && (mode == nil || network.edges[$0].mode == mode)
            }
        }
        if let countryName = try text("country") {
            let country = try resolveCountry(
                countryName, section: section, index: index, key: "country", keyPath: "\(path).country")
            edges += network.edges.indices.filter { e in
                let from = network.nodes[network.edges[e].from]
                return (from.country == country || from.sourceCountry == country)
                    && (mode == nil || network.edges[e].mode == mode)
            }
        }
        let unique = Array(Set(edges)).sorted()
        guard !unique.isEmpty else {
            throw fail(
                .missingKey, section: section, index: index, key: nil, keyPath: "\(path).route",
                "no route segment selected",
                fix:
                    "add route = \"EC_PORTS>EU\", from_node = \"EC_PORTS\" or country = \"EC\" with mode = \"maritime\""
            )
        }
        let label =
            unique.count == 1
            ? network.edges[unique[0]].id
            : "\(unique.count) segments (\(unique.map { network.edges[$0].id }.joined(separator: ", ")))"
        return (.edges(unique), label)
    }

    /// The quantity key that fits the instrument, or a budget; anything else is an error naming the right key.
    func amount(_ table: [String: TOMLNode], instrument: Instrument, index: Int, path: String) throws(ScenarioError)
        -> PolicyAmount
    {
        let expected = instrument.quantityKey
        for key in Self.amountKeys where table[key] != nil && key != expected && key != "budget_usd" {
            throw fail(
                .wrongType, section: "policy", index: index, key: key, keyPath: "\(path).\(key)",
                "\(instrument.rawValue) is measured in '\(expected)', not '\(key)'",
                fix: instrument.acceptsBudget ? "write \(expected) = … or budget_usd = …" : "write \(expected) = …")
        }
        let quantityNode = table[expected]
        let budgetNode = table["budget_usd"]
        if quantityNode != nil, budgetNode != nil {
            throw fail(
                .conflictingKeys, section: "policy", index: index, key: "budget_usd", keyPath: "\(path).budget_usd",
                "both '\(expected)' and 'budget_usd' are given", fix: "give either a quantity or a budget")
        }
        if let budgetNode {
            guard instrument.acceptsBudget else {
                throw fail(
                    .budgetNotAllowed, section: "policy", index: index, key: "budget_usd",
                    keyPath: "\(path).budget_usd",
                    "\(instrument.rawValue) takes '\(expected)', not a budget", fix: "write \(expected) = …")
            }
            let value = try positiveNumber(budgetNode, key: "budget_usd", index: index, path: path)
            return .budgetUSDPerYear(value)
        }
        guard let quantityNode else {
            throw fail(
                .missingKey, section: "policy", index: index, key: nil, keyPath: "\(path).\(expected)",
                "no amount given for \(instrument.rawValue)",
                fix: instrument.acceptsBudget ? "add \(expected) = … or budget_usd = …" : "add \(expected) = …")
        }
        if instrument == .decriminalization {
            guard case .bool(let enabled) = quantityNode else {
                throw fail(
                    .wrongType, section: "policy", index: index, key: expected, keyPath: "\(path).\(expected)",
                    "'enabled' must be true or false", fix: "write enabled = true")
            }
            return .level(enabled ? 1 : 0)
        }
        let value = try positiveNumber(quantityNode, key: expected, index: index, path: path)
        if instrument == .communityControl {
            guard value <= 1 else {
                throw fail(
                    .invalidNumber, section: "policy", index: index, key: expected, keyPath: "\(path).\(expected)",
                    "coverage \(value) is a share and must be between 0 and 1", fix: "write e.g. coverage = 0.6")
            }
            return .level(value)
        }
        return .quantityPerYear(value)
    }

    private func positiveNumber(_ node: TOMLNode, key: String, index: Int, path: String) throws(ScenarioError) -> Double
    {
        guard let value = node.number else {
            throw fail(
                .wrongType, section: "policy", index: index, key: key, keyPath: "\(path).\(key)",
                "'\(key)' must be a number, not a \(node.typeName)", fix: "write \(key) = 1000")
        }
        guard value.isFinite, value >= 0 else {
            throw fail(
                .invalidNumber, section: "policy", index: index, key: key, keyPath: "\(path).\(key)",
                "'\(key)' is \(value); it must be a finite number ≥ 0", fix: "give a non-negative number")
        }
        // Guards against a typo of several orders of magnitude (e.g. 1e15 hectares).
        guard value < 1e13 else {
            throw fail(
                .invalidNumber, section: "policy", index: index, key: key, keyPath: "\(path).\(key)",
                "'\(key)' = \(value) is implausibly large", fix: "check the units: quantities are per year")
        }
        return value
    }

    /// `payer = "US"` or `payers = { US = 0.7, host = 0.3 }` (shares are normalised to sum to 1).
    func payerShares(_ table: [String: TOMLNode], index: Int, path: String) throws(ScenarioError) -> [Double] {
        var shares = [Double](repeating: 0, count: Payer.allCases.count)
        let payerNames = ["host", "US", "donors"]
        if let node = table["payer"] {
            guard case .string(let name) = node, let payer = Payer(identifier: name) else {
                throw fail(
                    .wrongType, section: "policy", index: index, key: "payer", keyPath: "\(path).payer",
                    "unknown payer", fix: "write payer = \"US\", \"host\" or \"donors\"")
            }
            shares[payer.rawValue] = 1
            return shares
        }
        if let node = table["payers"] {
            let values = try numberTable(node, section: "policy", keyPath: "\(path).payers", key: "payers")
            for (name, value) in values {
                guard let payer = Payer(identifier: name) else {
                    throw fail(
                        .wrongType, section: "policy", index: index, key: "payers", keyPath: "\(path).payers.\(name)",
                        "unknown payer '\(name)'", fix: didYouMean(name, payerNames))
                }
                guard value.isFinite, value >= 0 else {
                    throw fail(
                        .invalidNumber, section: "policy", index: index, key: "payers",
                        keyPath: "\(path).payers.\(name)",
                        "payer share must be ≥ 0", fix: "give shares such as { US = 0.7, host = 0.3 }")
                }
                shares[payer.rawValue] = value
            }
            let total = shares.reduce(0, +)
            guard total > 0 else {
                throw fail(
                    .invalidNumber, section: "policy", index: index, key: "payers", keyPath: "\(path).payers",
                    "payer shares sum to zero", fix: "give at least one positive share")
            }
            return shares.map { $0 / total }
        }
        shares[Payer.hostCountry.rawValue] = 1
        return shares
    }
}
