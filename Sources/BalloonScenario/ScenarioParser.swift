import BalloonModel

/// Reads a scenario's TOML text into a validated `Scenario`, or throws the first problem found.
public struct ScenarioParser {
    let document: TOMLDocument
    let atlas: Atlas

    static let topLevelKeys = [
        "name", "description", "baseline", "start_year", "end_year", "seed", "initial",
        "parameters", "policy", "event", "stop",
    ]
    static let initialKeys = [
        "coca_hectares", "region_hectares", "source_price_usd_per_kg",
        "retail_price_usd_per_pure_gram", "light_users_millions", "heavy_users_millions",
    ]
    static let timeKeys = ["year", "years", "from", "to"]
    static let targetKeys = ["country", "region", "route", "routes", "from_node", "mode", "market"]

    public static func parse(text: String, file: String, atlas: Atlas = .standard) throws(ScenarioError) -> Scenario {
        let parser = ScenarioParser(document: try TOMLDocument(file: file, text: text), atlas: atlas)
        return try parser.scenario()
    }

    /// The whole path from a file's bytes to a validated scenario: UTF-8 (errors give the byte offset,
    /// line and column), the TOML grammar check, TOMLKit, then validation. No byte sequence aborts it.
    public static func parse(bytes: [UInt8], file: String, atlas: Atlas = .standard) throws(ScenarioError) -> Scenario {
        try parse(text: try ScenarioBytes.text(of: bytes, file: file), file: file, atlas: atlas)
    }

    func fail(
        _ code: ScenarioError.Code, section: String? = nil, index: Int? = nil, key: String?, keyPath: String,
        _ message: String, fix: String
    ) -> ScenarioError {
        ScenarioError(
            code, file: document.file, line: document.line(section: section, index: index, key: key),
            key: keyPath, message: message, fix: fix)
    }

    func scenario() throws(ScenarioError) -> Scenario {
        let root = document.root
        for key in root.keys.sorted() where !Self.topLevelKeys.contains(key) {
            throw fail(
                .unknownKey, key: key, keyPath: key, "unknown key '\(key)'",
                fix: didYouMean(key, Self.topLevelKeys))
        }
        var scenario = Scenario(
            name: try string(root["name"], key: "name", required: true) ?? "",
            source: document.file)
        scenario.description = try string(root["description"], key: "description", required: false) ?? ""
        scenario.baseline = try string(root["baseline"], key: "baseline", required: false)
        scenario.startYear = try year(root["start_year"], key: "start_year")
        scenario.endYear = try year(root["end_year"], key: "end_year")
        if let start = scenario.startYear, let end = scenario.endYear {
            try ScenarioValidation.checkSpan(startYear: start, endYear: end, file: document.file)
        }
        if let seedNode = root["seed"] {
            guard case .integer(let value) = seedNode, value >= 0 else {
                throw fail(
                    .wrongType, key: "seed", keyPath: "seed", "seed must be a non-negative integer",
                    fix: "write e.g. seed = 42")
            }
            scenario.seed = UInt64(value)
        }
        if let initial = root["initial"] { scenario.initial = try parseInitial(initial) }
        if let parameters = root["parameters"] { scenario.parameters = try parseParameters(parameters) }
        scenario.policies = try entries(root["policy"], section: "policy").enumerated().map {
            index, table throws(ScenarioError) in
            try parsePolicy(table, index: index)
        }
        scenario.events = try entries(root["event"], section: "event").enumerated().map {
            index, table throws(ScenarioError) in
            try parseEvent(table, index: index)
        }
        scenario.stops = try entries(root["stop"], section: "stop").enumerated().map {
            index, table throws(ScenarioError) in
            try parseStop(table, index: index)
        }
        return scenario
    }

    // MARK: Sections

    func entries(_ node: TOMLNode?, section: String) throws(ScenarioError) -> [[String: TOMLNode]] {
        guard let node else { return [] }
        guard case .array(let items) = node else {
            throw fail(
                .wrongType, key: section, keyPath: section, "'\(section)' must be an array of tables",
                fix: "write each entry under its own [[\(section)]] header")
        }
        var tables: [[String: TOMLNode]] = []
        for (index, item) in items.enumerated() {
            guard case .table(let table) = item else {
                throw fail(
                    .wrongType, section: section, index: index, key: nil, keyPath: "\(section)[\(index + 1)]",
                    "each [[\(section)]] entry must be a table",
                    fix: "use [[\(section)]] headers with key = value lines")
            }
            tables.append(table)
        }
        return tables
    }

    func parseInitial(_ node: TOMLNode) throws(ScenarioError) -> InitialConditions {
        guard case .table(let table) = node else {
            throw fail(
                .wrongType, key: "initial", keyPath: "initial", "'initial' must be a table",
                fix: "use an [initial] section")
        }
        var initial = InitialConditions()
        for key in table.keys.sorted() {
            guard Self.initialKeys.contains(key) else {
                throw fail(
                    .unknownKey, section: "initial", key: key, keyPath: "initial.\(key)",
                    "unknown key '\(key)'", fix: didYouMean(key, Self.initialKeys))
            }
            let values = try numberTable(table[key]!, section: "initial", keyPath: "initial.\(key)", key: key)
            for (name, value) in values {
                let path = "initial.\(key).\(name)"
                switch key {
                case "region_hectares":
                    guard let index = atlas.regionIndex(name) else {
                        throw fail(
                            .unknownRegion, section: "initial", key: key, keyPath: path, "unknown region '\(name)'",
                            fix: didYouMean(name, atlas.regions.map(\.id)))
                    }
                    initial.regionHectares[atlas.regions[index].id] = try bounded(
                        value, InputBounds.initial(key), keyPath: path, key: key)
                case "coca_hectares", "source_price_usd_per_kg":
                    let country = try resolveCountry(name, section: "initial", index: nil, key: key, keyPath: path)
                    let checked = try bounded(value, InputBounds.initial(key), keyPath: path, key: key)
                    if key == "coca_hectares" {
                        initial.cocaHectares[country] = checked
                    } else {
                        initial.sourcePriceUSDPerKg[country] = checked
                    }
                default:
                    guard let market = Market(identifier: name) else {
                        throw fail(
                            .unknownMarket, section: "initial", key: key, keyPath: path, "unknown market '\(name)'",
                            fix: didYouMean(name, Market.allCases.map(\.code)))
                    }
                    let checked = try bounded(value, InputBounds.initial(key), keyPath: path, key: key)
                    switch key {
                    case "retail_price_usd_per_pure_gram": initial.retailPricePerPureGram[market] = checked
                    case "light_users_millions": initial.lightUsersMillions[market] = checked
                    default: initial.heavyUsersMillions[market] = checked
                    }
                }
            }
        }
        return initial
    }

    func parseParameters(_ node: TOMLNode) throws(ScenarioError) -> [String: Double] {
        let values = try numberTable(node, section: "parameters", keyPath: "parameters", key: nil)
        var result: [String: Double] = [:]
        for (name, value) in values {
            switch ParameterValueProblem.check(name: name, value: value) {
            case nil: result[name] = value
            case .unknownName(let message, let fix):
                throw fail(
                    .unknownParameter, section: "parameters", key: name, keyPath: "parameters.\(name)", message,
                    fix: fix)
            case .unacceptedValue(let message, let fix):
                throw fail(
                    .invalidNumber, section: "parameters", key: name, keyPath: "parameters.\(name)", message, fix: fix)
            }
        }
        return result
    }

    // MARK: Values

    func string(_ node: TOMLNode?, key: String, required: Bool) throws(ScenarioError) -> String? {
        guard let node else {
            if required {
                throw fail(
                    .missingKey, key: nil, keyPath: key, "missing required key '\(key)'", fix: "add \(key) = \"…\"")
            }
            return nil
        }
        guard case .string(let value) = node else {
            throw fail(
                .wrongType, key: key, keyPath: key, "'\(key)' must be a string, not a \(node.typeName)",
                fix: "write \(key) = \"…\"")
        }
        return value
    }

    func year(_ node: TOMLNode?, key: String) throws(ScenarioError) -> Int? {
        guard let node else { return nil }
        guard case .integer(let value) = node else {
            throw fail(
                .wrongType, key: key, keyPath: key, "'\(key)' must be an integer year, not a \(node.typeName)",
                fix: "write \(key) = 2030")
        }
        guard (SimulationConfiguration.earliestYear...SimulationConfiguration.latestEndYear).contains(value) else {
            throw fail(
                .yearOutOfRange, key: key, keyPath: key, "year \(value) is outside 1990–2050",
                fix: "choose a year from 1990 to 2050")
        }
        return value
    }

    func numberTable(_ node: TOMLNode, section: String, keyPath: String, key: String?) throws(ScenarioError) -> [(
        String, Double
    )] {
        guard case .table(let table) = node else {
            throw fail(
                .wrongType, section: section, key: key, keyPath: keyPath, "'\(keyPath)' must be a table of numbers",
                fix: "write e.g. \(key ?? "name") = { CO = 160000 }")
        }
        var values: [(String, Double)] = []
        for name in table.keys.sorted() {
            guard let value = table[name]!.number else {
                throw fail(
                    .wrongType, section: section, key: key ?? name, keyPath: "\(keyPath).\(name)",
                    "'\(keyPath).\(name)' must be a number, not a \(table[name]!.typeName)", fix: "write a number")
            }
            values.append((name, value))
        }
        return values
    }

    /// `value` if it lies within `bound`, else an error with the key, the value, the range and its basis.
    func bounded(
        _ value: Double, _ bound: InputBound, section: String? = nil, index: Int? = nil, keyPath: String,
        key: String?
    ) throws(ScenarioError) -> Double {
        guard bound.contains(value) else {
            let range = "\(bound.values.lowerBound.plainText)…\(bound.values.upperBound.plainText) \(bound.unit)"
            throw fail(
                .invalidNumber, section: section ?? keyPath.split(separator: ".").first.map(String.init), index: index,
                key: key, keyPath: keyPath, "'\(keyPath)' = \(value) is outside \(range) (\(bound.basis))",
                fix: "give a value from \(range); check the units")
        }
        return value
    }

    func resolveCountry(_ name: String, section: String, index: Int?, key: String, keyPath: String)
        throws(ScenarioError) -> Country
    {
        guard let country = Country(identifier: name) else {
            throw fail(
                .unknownCountry, section: section, index: index, key: key, keyPath: keyPath,
                "unknown country '\(name)'", fix: didYouMean(name, Country.allCases.map(\.code)))
        }
        return country
    }
}
