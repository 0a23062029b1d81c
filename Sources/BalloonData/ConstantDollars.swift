/// Converts nominal U.S. dollars of a year into the model's constant 2015 dollars with the bundled
/// CPI-U annual averages (cpi_u_annual.csv, BLS series CUUR0000SA0).
///
/// ```swift
/// let dollars = try ConstantDollars(data: BundledData.load())
/// let aid2000 = try dollars.constant(765.49, from: 2000)   // ≈ 1,053.6 (2015 US$ m)
/// ```
package struct ConstantDollars: Sendable {
    /// The year whose prices every money amount in the model is expressed in.
    package static let referenceYear = 2015

    package enum Failure: Error, CustomStringConvertible, Equatable {
        case yearNotCovered(Int, covered: ClosedRange<Int>)
        case referenceYearMissing

        package var description: String {
            switch self {
            case .yearNotCovered(let year, let covered):
                "no consumer price index for \(year): cpi_u_annual.csv covers \(covered.lowerBound)–\(covered.upperBound); "
                    + "give the amount in constant 2015 US$ or add the year's CPI-U annual average with its source"
            case .referenceYearMissing:
                "cpi_u_annual.csv has no row for the reference year \(ConstantDollars.referenceYear)"
            }
        }
    }

    /// The bundled index, or nil if the bundled data cannot be read.
    package static let bundled: ConstantDollars? = try? ConstantDollars(data: BundledData.load())

    /// Index by year.
    package let index: [Int: Double]
    let covered: ClosedRange<Int>
    let reference: Double

    package init(index: [Int: Double]) throws {
        guard let reference = index[Self.referenceYear], reference > 0 else { throw Failure.referenceYearMissing }
        self.index = index
        self.reference = reference
        covered = (index.keys.min() ?? Self.referenceYear)...(index.keys.max() ?? Self.referenceYear)
    }

    package init(data: BundledData) throws {
        var index: [Int: Double] = [:]
        for row in data.consumerPrices {
            if let year = row.year, let value = row.value { index[year] = value }
        }
        try self.init(index: index)
    }

    /// How many 2015 dollars one dollar of `year` buys.
    package func factor(from year: Int) throws -> Double {
        guard let value = index[year], value > 0 else { throw Failure.yearNotCovered(year, covered: covered) }
        return reference / value
    }

    /// A nominal amount of `year` in constant 2015 dollars.
    package func constant(_ nominal: Double, from year: Int) throws -> Double {
        try nominal * factor(from: year)
    }
}
