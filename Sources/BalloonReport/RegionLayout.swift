/// Where each coca region sits in the map-like grid: row 0 is the Caribbean coast of Colombia, the last row
/// southern Peru and Bolivia, so north is up and the Pacific is on the left, as on a map of the Andes.
enum RegionLayout {
    static let cells: [String: (row: Int, column: Int)] = [
        "CO.SIERRA": (0, 3), "CO.CATATUMBO": (0, 4),
        "CO.PACIFIC": (1, 1), "CO.CENTRAL": (1, 2), "CO.META": (1, 3), "CO.ORINOQUIA": (1, 4),
        "EC.NORTH": (2, 1), "CO.PUTUMAYO": (2, 2), "CO.AMAZONIA": (2, 3),
        "PE.MARANON": (3, 2), "PE.PUTUMAYO": (3, 3),
        "PE.REST": (4, 1), "PE.HUALLAGA": (4, 2), "PE.AGUAYTIA": (4, 3),
        // Bolivia shares the last row with southern Peru: a seventh row would make every tile smaller.
        "PE.VRAEM": (5, 2), "PE.CONVENCION": (5, 3), "PE.INAMBARI": (5, 4), "BO.YUNGAS": (5, 5), "BO.CHAPARE": (5, 6),
    ]

    /// Names short enough for a tile; the full names are in the region table of docs/model.md.
    static let tileNames: [String: String] = [
        "CO.PACIFIC": "Pacific", "CO.PUTUMAYO": "Putumayo Caquetá", "CO.CENTRAL": "Central", "CO.META": "Meta Guaviare",
        "CO.CATATUMBO": "Catatumbo", "CO.ORINOQUIA": "Orinoquía", "CO.AMAZONIA": "Amazonía",
        "CO.SIERRA": "Sierra Nevada",
        "PE.VRAEM": "VRAEM", "PE.HUALLAGA": "Alto Huallaga", "PE.CONVENCION": "Convención", "PE.INAMBARI": "Inambari",
        "PE.PUTUMAYO": "Bajo Amazonas", "PE.MARANON": "Marañón", "PE.AGUAYTIA": "Aguaytía", "PE.REST": "Rest of Peru",
        "BO.YUNGAS": "Yungas", "BO.CHAPARE": "Chapare", "EC.NORTH": "Northern border",
    ]

    /// The cell for a place; places not in `table` go in a row below the others, left to right.
    static func cells(for places: [String], table: [String: (row: Int, column: Int)]) -> [String: (
        row: Int, column: Int
    )] {
        var result: [String: (row: Int, column: Int)] = [:]
        let bottom = (table.values.map(\.row).max() ?? -1) + 1
        var column = 0
        for place in places {
            if let cell = table[place] {
                result[place] = cell
            } else {
                result[place] = (bottom + column / 6, column % 6)
                column += 1
            }
        }
        return result
    }
}
