import BalloonModel
import Foundation

/// Short content hashes written into shard files so that `balloon merge` can tell when two shards
/// came from different scenario files or different posterior ensembles.
enum Fingerprint {
    /// FNV-1a, 64 bits, as 16 hex digits: stable across machines and runs (unlike `Hasher`).
    static func of(_ text: String) -> String { ContentHash.of(text) }

    /// Everything that makes a configuration run differently, in a canonical order.
    static func of(_ configuration: SimulationConfiguration) -> String {
        var text = "\(configuration.startYear)-\(configuration.endYear)|seed \(configuration.seed)|"
        for descriptor in ParameterCatalog.all {
            text += "\(descriptor.name)=\(descriptor.value(in: configuration.parameters));"
        }
        text += "|\(configuration.actions)|\(configuration.events)|"
        let initial = configuration.initial
        text += initial.cocaHectares.sorted { $0.key < $1.key }.map { "\($0.key.code)=\($0.value)" }.joined(
            separator: ",")
        text += initial.regionHectares.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        text += initial.sourcePriceUSDPerKg.sorted { $0.key < $1.key }.map { "\($0.key.code)=\($0.value)" }.joined(
            separator: ",")
        for table in [initial.retailPricePerPureGram, initial.lightUsersMillions, initial.heavyUsersMillions] {
            text += "|" + table.sorted { $0.key < $1.key }.map { "\($0.key.code)=\($0.value)" }.joined(separator: ",")
        }
        return of(text)
    }

    /// The posterior's kind, size and content (keys sorted, so the text is canonical).
    static func of(_ ensemble: ParameterEnsemble) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(ensemble.draws)) ?? Data()
        return
            "\(ensemble.kind), \(ensemble.draws.count) draw\(ensemble.draws.count == 1 ? "" : "s"), \(of(String(decoding: data, as: UTF8.self)))"
    }
}

extension ParameterEnsemble {
    /// Kind, size and content hash, as recorded in shard files and provenance.
    package var fingerprint: String { Fingerprint.of(self) }
}

extension SimulationConfiguration {
    /// Content hash of everything that makes this configuration run differently (a scenario's content hash).
    package var contentHash: String { Fingerprint.of(self) }
}
