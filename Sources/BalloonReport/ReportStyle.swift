/// The report's one stylesheet: screen layout, and print rules for A4 or Letter pages with a footer that
/// says how to reproduce every figure.
enum ReportStyle {
    static func css(paper: PaperSize, footer: String) -> String {
        """
        :root { color-scheme: light; }
        body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #222; background: #fff;
          line-height: 1.5; max-width: 760px; margin: 0 auto; padding: 24px 20px 48px; font-size: 16px; }
        h1 { font-size: 1.9em; line-height: 1.2; margin: 0.2em 0 0.3em; }
        h2 { font-size: 1.35em; margin: 2em 0 0.6em; padding-top: 0.4em; border-top: 2px solid #222; }
        p, li { max-width: 72ch; }
        code { font-family: Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em;
          background: #F2F2F2; padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
        a { color: #0060A0; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8em; color: #555; margin: 0; }
        .subtitle { color: #444; margin-top: 0; }
        .validation-status { border-left: 4px solid #b35900; padding: 0.3em 0.8em; background: #fff6ec; }
        .meta { font-size: 0.85em; color: #555; }
        nav.toc ol { padding-left: 1.4em; columns: 2; column-gap: 2em; margin: 0.4em 0; }
        nav.toc h2 { border: none; margin-top: 1em; font-size: 1.1em; }
        figure { margin: 1.6em 0; padding: 0; break-inside: avoid; page-break-inside: avoid; }
        figure svg { display: block; width: 100%; height: auto; max-width: 720px; }
        figcaption { font-size: 0.92em; color: #333; margin-top: 0.4em; max-width: 720px; }
        figcaption .label, table caption .label { font-weight: bold; }
        .note { border-left: 4px solid #E69F00; background: #FFF7E6; padding: 0.6em 1em; margin: 1em 0; }
        .table-wrap { overflow-x: auto; margin: 1.2em 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.88em; }
        table caption { text-align: left; font-size: 0.95em; margin-bottom: 0.4em; caption-side: top; }
        th, td { border-bottom: 1px solid #DDD; padding: 4px 6px; vertical-align: top; text-align: left; }
        th { border-bottom: 2px solid #999; font-weight: bold; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.compact { font-size: 0.74em; }
        table.compact td, table.compact th { padding: 2px 4px; }
        td.pass { color: #00664A; white-space: nowrap; }
        td.fail { color: #A63C00; white-space: nowrap; }
        td.unchecked { color: #666; white-space: nowrap; }
        td.nowrap { white-space: nowrap; }
        td code { overflow-wrap: normal; }
        footer.reproduce { margin-top: 3em; border-top: 1px solid #CCC; padding-top: 0.8em; font-size: 0.85em; color: #444; }
        @page {
          size: \(paper.cssSize);
          margin: 16mm 14mm 20mm 14mm;
          @bottom-left { content: "\(cssString(footer))"; font-family: Helvetica, Arial, sans-serif;
            font-size: 7pt; color: #555; vertical-align: top; padding-top: 3mm; }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: Helvetica, Arial, sans-serif;
            font-size: 8pt; color: #333; vertical-align: top; padding-top: 3mm; white-space: nowrap; }
        }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          h1 { font-size: 20pt; }
          h2 { font-size: 14pt; break-after: avoid; page-break-after: avoid; }
          .opening, .table-wrap.keep { break-inside: avoid; page-break-inside: avoid; }
          section#assumptions { break-before: page; page-break-before: always; }
          nav.toc ol { columns: 2; }
          figure { margin: 0.8em 0 1.2em; }
          figure svg { max-width: 100%; max-height: 205mm; }
          p, li { max-width: none; orphans: 3; widows: 3; }
          tr, .note { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          table caption { break-after: avoid; page-break-after: avoid; }
          a { color: inherit; text-decoration: none; }
          .table-wrap { overflow: visible; }
        }
        """
    }

    /// Text for a CSS string literal inside an XHTML `<style>`: quotes and backslashes escaped, and `<`, `&`
    /// written as CSS escapes so the stylesheet stays well-formed XML.
    static func cssString(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "<": result += "\\3C "
            case ">": result += "\\3E "
            case "&": result += "\\26 "
            case "\n", "\r", "\t": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
