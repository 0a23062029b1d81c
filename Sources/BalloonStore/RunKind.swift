/// What a stored run is: one simulation, an ensemble over posterior draws, or a paired comparison.
package enum RunKind: String, Sendable, Codable, CaseIterable {
    case run
    case ensemble
    case comparison
}
