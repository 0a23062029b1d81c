import Foundation
import Testing

/// Tests/BalloonStatisticsTests/Resources/salib_ishigami.json, written by scripts/salib_reference.py.
struct SALibReference: Decodable {
    struct Sobol: Decodable {
        let baseSamples: Int
        let s1: [Double]
        let s1Conf: [Double]
        let st: [Double]
        let stConf: [Double]
        enum CodingKeys: String, CodingKey {
            case baseSamples = "base_samples", s1 = "S1", s1Conf = "S1_conf", st = "ST", stConf = "ST_conf"
        }
    }
    struct Morris: Decodable {
        let trajectories: Int
        let levels: Int
        let muStar: [Double]
        let muStarConf: [Double]
        enum CodingKeys: String, CodingKey {
            case trajectories, levels, muStar = "mu_star", muStarConf = "mu_star_conf"
        }
    }
    struct ScipySobol: Decodable {
        let bits: Int
        let first12Dims: [[UInt64]]
        let all128Dims: [[UInt64]]
        enum CodingKeys: String, CodingKey {
            case bits, first12Dims = "first_12_dims_256_points", all128Dims = "all_128_dims_16_points"
        }
    }
    let names: [String]
    let sobol: Sobol
    let morris: Morris
    let scipySobol: ScipySobol
    enum CodingKeys: String, CodingKey {
        case names, sobol, morris, scipySobol = "scipy_sobol_unscrambled"
    }

    static func load() throws -> SALibReference {
        let url = try #require(
            Bundle.module.url(forResource: "salib_ishigami", withExtension: "json", subdirectory: "Resources"))
        return try JSONDecoder().decode(SALibReference.self, from: Data(contentsOf: url))
    }
}
