extension ParameterCatalog {
    /// FNV-1a over every parameter's name, default value, range, unit, basis and source, in catalog order:
    /// changes whenever a default or its documentation changes.
    public static var contentHash: String {
        var hash = ContentHash()
        let defaults = ModelParameters()
        for descriptor in all {
            hash.add(
                "\(descriptor.name)=\(descriptor.value(in: defaults))|\(descriptor.range)|\(descriptor.unit)|"
                    + "\(descriptor.basis.rawValue)|\(descriptor.source)\n")
        }
        return hash.hex
    }
}
