/// One of `count` slices of a numbered run (`--shard K/N`, K from 0): ensemble and comparison
/// members, or sensitivity design runs. Slices are contiguous and together cover every run once.
package struct Shard: Sendable, Codable, Equatable, Hashable {
    /// K, 0 ..< count: matches `SLURM_ARRAY_TASK_ID` with `--array=0-(N-1)` and `JOB_COMPLETION_INDEX`.
    package let index: Int
    /// N, the number of slices.
    package let count: Int

    /// The single slice of an unsharded run.
    package static let whole = Shard(uncheckedIndex: 0, count: 1)

    init(uncheckedIndex index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// A checked slice. - Throws: `AnalysisError` naming `--shard` unless `0 <= index < count`.
    package init(index: Int, count: Int) throws(AnalysisError) {
        guard count >= 1 else {
            throw AnalysisError(
                .invalidShard, field: "--shard", message: "the number of shards N is \(count); it must be at least 1",
                fix: "write --shard K/N with N >= 1, e.g. --shard 0/4")
        }
        guard index >= 0, index < count else {
            throw AnalysisError(
                .invalidShard, field: "--shard",
                message: "shard index K = \(index) is outside 0 to \(count - 1) (shards are numbered from 0)",
                fix: "use K from 0 to \(count - 1), e.g. --shard 0/\(count) ... --shard \(count - 1)/\(count)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, e.g. `3/8`. - Throws: `AnalysisError` naming `--shard` with the expected form.
    package init(parsing text: String) throws(AnalysisError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let index = Int(parts[0].trimmingSpaces), let count = Int(parts[1].trimmingSpaces)
        else {
            throw AnalysisError(
                .invalidShard, field: "--shard", message: "'\(text)' is not of the form K/N",
                fix: "write the shard as two whole numbers, e.g. --shard 0/4 for the first of four")
        }
        try self.init(index: index, count: count)
    }

    /// The runs of this slice among `total` numbered runs: `[K·total/N, (K+1)·total/N)`.
    package func range(of total: Int) -> Range<Int> {
        (index * total / count)..<((index + 1) * total / count)
    }

    /// - Throws: `AnalysisError` if some slice would be empty (more shards than runs).
    package func check(against total: Int, unit: String) throws(AnalysisError) {
        guard count <= total else {
            throw AnalysisError(
                .invalidShard, field: "--shard",
                message: "\(count) shards for a run of \(total) \(unit) would leave some shards empty",
                fix: "use at most \(total) shards")
        }
    }

    /// `shard-K-of-N`, used in partial result file names.
    package var label: String { "shard-\(index)-of-\(count)" }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
