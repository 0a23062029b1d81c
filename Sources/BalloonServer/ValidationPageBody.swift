/// The validation page (`/validation`): the status in words, a warning when the digest describes an earlier
/// model, then the report's ledger section and forecast table as the report renders them.
enum ValidationPageBody {
    static func html(_ content: ValidationContent) -> String {
        var parts = [
            "<h1>Validation</h1>",
            "<p class=\"muted\">From the validation digest shipped with the posterior (<code>"
                + PageShell.escape(content.command)
                + "</code>); the same tables as the report's last pages. "
                + "JSON: <a href=\"/api/validation\">/api/validation</a>.</p>",
        ]
        if !content.current {
            parts.append(
                "<div class=\"problem\" id=\"stale\">This digest was computed on another posterior, parameter "
                    + "catalog or model than this build's: its verdicts may no longer hold. Regenerate it with "
                    + "<code>balloon validate --regenerate .</code></div>")
        }
        parts.append(
            "<ul id=\"status\">" + content.status.map { "<li>\(PageShell.escape($0))</li>" }.joined() + "</ul>")
        parts.append("<div id=\"ledger\">\(content.html)</div>")
        return parts.joined(separator: "\n")
    }
}
