import BalloonModel

extension ScenarioParser {
    static let amountKeys = [
        "hectares", "families", "coverage", "labs", "effort_usd_m", "captures", "usd_m",
        "episodes", "enabled", "budget_usd",
    ]
    static let policyKeys = ["instrument", "payer", "payers", "note"] + timeKeys + targetKeys + amountKeys
    static let eventKeys = ["kind", "magnitude", "note", "date", "until"] + timeKeys + targetKeys

    /// The case of `T` a required key names (`instrument = "…"`, `kind = "…"`), or the error saying that the key is
    /// missing or which names it accepts.
    func requiredCase<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, key: String, in table: [String: TOMLNode], section: String, index: Int, path: String,
        unknown code: ScenarioError.Code, noun: String
    ) throws(ScenarioError) -> T where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        guard case .string(let name)? = table[key] else {
            throw fail(
                .missingKey, section: section, index: index, key: nil, keyPath: "\(path).\(key)",
                "each [[\(section)]] needs \(key) = \"…\"", fix: didYouMean("", names))
        }
        guard let value = T(rawValue: name) else {
            throw fail(
                code, section: section, index: index, key: key, keyPath: "\(path).\(key)", "unknown \(noun) '\(name)'",
                fix: didYouMean(name, names))
        }
        return value
    }

    func parsePolicy(_ table: [String: TOMLNode], index: Int) throws(ScenarioError) -> PolicySpec {
        let path = "policy[\(index + 1)]"
        try rejectUnknownKeys(table, allowed: Self.policyKeys, section: "policy", index: index, path: path)
        let instrument = try requiredCase(
            Instrument.self, key: "instrument", in: table, section: "policy", index: index, path: path,
            unknown: .unknownInstrument, noun: "instrument")
        let (first, last) = try span(table, section: "policy", index: index, path: path, allowOpenEnd: false)
        let (target, label) = try target(
            table, kind: instrument.targetKind, section: "policy", index: index, path: path)
        let amount = try amount(table, instrument: instrument, index: index, path: path)
        let payers = try payerShares(table, index: index, path: path)
        var note: String?
        if case .string(let text)? = table["note"] { note = text }
        return PolicySpec(
            instrument: instrument, target: target, targetLabel: label, firstMonth: first, lastMonth: last,
            amount: amount, payerShares: payers, note: note)
    }

    func parseEvent(_ table: [String: TOMLNode], index: Int) throws(ScenarioError) -> EventSpec {
        let path = "event[\(index + 1)]"
        try rejectUnknownKeys(table, allowed: Self.eventKeys, section: "event", index: index, path: path)
        let kind = try requiredCase(
            EventKind.self, key: "kind", in: table, section: "event", index: index, path: path, unknown: .unknownEvent,
            noun: "event kind")
        let (first, last) = try span(table, section: "event", index: index, path: path, allowOpenEnd: true)
        let targetKind: Instrument.TargetKind = kind == .routeClosure ? .route : .territory
        let (target, label) = try target(table, kind: targetKind, section: "event", index: index, path: path)
        var magnitude = 1.0
        if let node = table["magnitude"] {
            guard let value = node.number else {
                throw fail(
                    .wrongType, section: "event", index: index, key: "magnitude", keyPath: "\(path).magnitude",
                    "magnitude must be a number, not a \(node.typeName)", fix: "write e.g. magnitude = 2")
            }
            magnitude = try bounded(
                value, InputBounds.magnitude(of: kind), section: "event", index: index,
                keyPath: "\(path).magnitude", key: "magnitude")
        } else if kind == .legalAreaChange {
            throw fail(
                .missingKey, section: "event", index: index, key: nil, keyPath: "\(path).magnitude",
                "legal_area_change needs the new legal area in hectares", fix: "add magnitude = 22000")
        }
        var note: String?
        if case .string(let text)? = table["note"] { note = text }
        return EventSpec(
            kind: kind, target: target, targetLabel: label, firstMonth: first, lastMonth: last,
            magnitude: magnitude, note: note)
    }

    func parseStop(_ table: [String: TOMLNode], index: Int) throws(ScenarioError) -> StopSpec {
        let path = "stop[\(index + 1)]"
        try rejectUnknownKeys(
            table, allowed: ["instrument", "from", "note"] + Self.targetKeys, section: "stop", index: index, path: path)
        guard case .string(let name)? = table["instrument"], let instrument = Instrument(rawValue: name) else {
            throw fail(
                .unknownInstrument, section: "stop", index: index, key: "instrument", keyPath: "\(path).instrument",
                "each [[stop]] needs a known instrument", fix: didYouMean("", Instrument.allCases.map(\.rawValue)))
        }
        guard table["from"] != nil else {
            throw fail(
                .missingKey, section: "stop", index: index, key: nil, keyPath: "\(path).from",
                "each [[stop]] needs the month from which the baseline policy ends", fix: "add from = \"2026-01\"")
        }
        let (first, _) = try span(table, section: "stop", index: index, path: path, allowOpenEnd: true)
        let (target, label) = try target(table, kind: instrument.targetKind, section: "stop", index: index, path: path)
        return StopSpec(instrument: instrument, target: target, targetLabel: label, firstMonth: first)
    }

    func rejectUnknownKeys(_ table: [String: TOMLNode], allowed: [String], section: String, index: Int, path: String)
        throws(ScenarioError)
    {
        for key in table.keys.sorted() where !allowed.contains(key) {
            throw fail(
                .unknownKey, section: section, index: index, key: key, keyPath: "\(path).\(key)",
                "unknown key '\(key)'", fix: didYouMean(key, allowed))
        }
    }

    // MARK: Time

    /// `year = 2026`, `years = [2026, 2030]`, `from = "2026-03"`/`to = "2030"`, or for events `date`/`until`.
    func span(
        _ table: [String: TOMLNode], section: String, index: Int, path: String,
        allowOpenEnd: Bool
    ) throws(ScenarioError) -> (MonthIndex, MonthIndex) {
        func date(_ key: String, end: Bool) throws(ScenarioError) -> MonthIndex? {
            guard let node = table[key] else { return nil }
            let keyPath = "\(path).\(key)"
            switch node {
            case .integer(let year):
                try checkYear(year, section: section, index: index, key: key, keyPath: keyPath)
                return .of(year: year, month: end ? 12 : 1)
            case .string(let text):
                guard let (year, givenMonth) = YearMonthText.parse(text) else {
                    throw fail(
                        .wrongType, section: section, index: index, key: key, keyPath: keyPath,
                        "'\(text)' is not a year or a year-month", fix: "write \(key) = \"2026-03\" or \(key) = 2026")
                }
                try checkYear(year, section: section, index: index, key: key, keyPath: keyPath)
                let month = givenMonth ?? (end ? 12 : 1)
                return .of(year: year, month: month)
            default:
                throw fail(
                    .wrongType, section: section, index: index, key: key, keyPath: keyPath,
                    "'\(key)' must be a year or \"YYYY-MM\", not a \(node.typeName)", fix: "write \(key) = \"2026-03\"")
            }
        }
        var first: MonthIndex?
        var last: MonthIndex?
        if let node = table["year"] {
            guard case .integer(let year) = node else {
                throw fail(
                    .wrongType, section: section, index: index, key: "year", keyPath: "\(path).year",
                    "'year' must be an integer", fix: "write year = 2026")
            }
            try checkYear(year, section: section, index: index, key: "year", keyPath: "\(path).year")
            first = .of(year: year)
            last = .of(year: year, month: 12)
        }
        if let node = table["years"] {
            guard first == nil else {
                throw fail(
                    .conflictingKeys, section: section, index: index, key: "years", keyPath: "\(path).years",
                    "both 'year' and 'years' are given", fix: "keep one of them")
            }
            guard case .array(let items) = node, items.count == 2, case .integer(let a) = items[0],
                case .integer(let b) = items[1]
            else {
                throw fail(
                    .wrongType, section: section, index: index, key: "years", keyPath: "\(path).years",
                    "'years' must be [first, last]", fix: "write years = [2026, 2035]")
            }
            try checkYear(a, section: section, index: index, key: "years", keyPath: "\(path).years")
            try checkYear(b, section: section, index: index, key: "years", keyPath: "\(path).years")
            first = .of(year: a)
            last = .of(year: b, month: 12)
        }
        var explicitStart = try date("from", end: false)
        if explicitStart == nil { explicitStart = try date("date", end: false) }
        if let start = explicitStart {
            guard first == nil else {
                throw fail(
                    .conflictingKeys, section: section, index: index, key: "from", keyPath: "\(path).from",
                    "a start is given twice (year/years and from/date)", fix: "keep one way of giving the dates")
            }
            first = start
        }
        var explicitEnd = try date("to", end: true)
        if explicitEnd == nil { explicitEnd = try date("until", end: true) }
        if let end = explicitEnd { last = end }
        guard let first else {
            throw fail(
                .missingKey, section: section, index: index, key: nil, keyPath: "\(path).year",
                "no date given", fix: "add year = 2026, years = [2026, 2030] or from = \"2026-01\"")
        }
        if last == nil {
            if !allowOpenEnd {
                if table["from"] != nil {
                    throw fail(
                        .missingKey, section: section, index: index, key: "from", keyPath: "\(path).to",
                        "'from' without 'to'", fix: "add to = \"2030-12\"")
                }
            }
            last = allowOpenEnd ? .max : first
        }
        guard last! >= first else {
            throw fail(
                .emptyRange, section: section, index: index, key: table["to"] != nil ? "to" : "years",
                keyPath: "\(path)", "the date range ends before it starts",
                fix: "make the end date later than the start")
        }
        return (first, last!)
    }

    func checkYear(_ year: Int, section: String, index: Int, key: String, keyPath: String) throws(ScenarioError) {
        guard (SimulationConfiguration.earliestYear...SimulationConfiguration.latestEndYear).contains(year) else {
            throw fail(
                .yearOutOfRange, section: section, index: index, key: key, keyPath: keyPath,
                "year \(year) is outside 1990–2050", fix: "choose a year from 1990 to 2050")
        }
    }
}
