/// The part of an output file's name that comes from a scenario: a name, never a path.
///
/// A scenario's `name` is free text chosen by whoever wrote the file. Output files use a slug of it:
/// letters, digits, `-`, `_` and `.` only, no leading dot or dash (so never `..` or a hidden file), at most
/// `maximumLength` characters, and, whenever the name had to be changed, a hash of the full name so two
/// different names cannot share files. The full name is kept once, in the JSON summary.
package enum FileStem {
    package static let maximumLength = 64

    package static func make(_ name: String) -> String {
        var slug = ""
        var lastWasDash = false
        for scalar in name.unicodeScalars {
            let allowed =
                scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_" || scalar == ".")
            if allowed {
                slug.unicodeScalars.append(scalar)
                lastWasDash = scalar == "-"
            } else if !lastWasDash {
                slug.append("-")
                lastWasDash = true
            }
            if slug.utf8.count > maximumLength { break }
        }
        while let first = slug.first, first == "." || first == "-" { slug.removeFirst() }
        while let last = slug.last, last == "." || last == "-" { slug.removeLast() }
        if slug == name, !slug.isEmpty, slug.utf8.count <= maximumLength { return slug }
        let hash = hexHash(name)
        let room = maximumLength - hash.count - 1
        let kept = String(slug.prefix(room))
        return kept.isEmpty ? "scenario-\(hash)" : "\(kept)-\(hash)"
    }

    /// FNV-1a over the name's UTF-8 bytes, 8 hex digits: stable across runs and machines.
    static func hexHash(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

package extension Scenario {
    /// This scenario's name as a safe file-name stem (`FileStem`).
    var fileStem: String { FileStem.make(name) }
}
