import BalloonModel

/// Identifiers of ../shared/research/literature.md (A1–A26, SF1–SF26, C1–C5) cited in a parameter's source text.
package enum LiteratureCitations {
    /// Every `A…`, `SF…` or `C…` identifier standing as a word in `text` ("SF1/SF16" cites SF1 and SF16; "SF10" does
    /// not cite SF1).
    package static func ids(in text: String) -> Set<String> {
        Set(text.matches(of: /\b(?:SF|A|C)[0-9]+\b/).map { String($0.output) })
    }

    /// Catalog parameters whose source cites any of `ids`, in catalog order.
    package static func parameters(citing ids: Set<String>) -> [ParameterDescriptor] {
        ParameterCatalog.all.filter { !Self.ids(in: $0.source).isDisjoint(with: ids) }
    }
}
