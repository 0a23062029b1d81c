import HTTPTypes
import Hummingbird
import NIOCore

/// The frame every page shares: title, navigation and a small stylesheet (no framework, no external files).
enum PageShell {
    static func response(title: String, body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html(title: title, body: body))))
    }

    static func html(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Balloon</title>
        <style>\(style)</style></head>
        <body><header><a class="brand" href="/">Balloon workbench</a>
        <nav><a href="/">Scenarios</a> <a href="/scenarios/new">New scenario</a> <a href="/compare">Compare</a> <a href="/validation">Validation</a> <a href="/openapi.json">API</a></nav></header>
        <main>\(body)</main></body></html>
        """
    }

    /// Text made safe inside HTML elements and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static let style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
        header{display:flex;gap:2em;align-items:baseline;padding:.7em 1.5em;background:#1d3557;color:#fff}
        header a{color:#fff;text-decoration:none;margin-right:1em}.brand{font-weight:700;font-size:1.15em}
        main{padding:1em 1.5em;max-width:1200px}h1{font-size:1.5em;margin:.3em 0 .6em}
        table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:.45em .6em;border-bottom:1px solid #dde2e8;text-align:left;vertical-align:top}
        th{background:#eef1f5}details summary{cursor:pointer;color:#456}pre{white-space:pre-wrap;margin:.3em 0}
        .button,button{background:#1d3557;color:#fff;border:0;border-radius:4px;padding:.5em 1.1em;font-size:1em;cursor:pointer;text-decoration:none}
        button.secondary{background:#8a1c1c}button:disabled{background:#9aa5b1;cursor:default}
        .editor{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.2em}
        .code{display:flex;border:1px solid #b8c2cc;background:#fff;height:34em}
        .gutter{font:13px/1.5 ui-monospace,monospace;padding:.5em .4em;text-align:right;color:#8795a1;background:#eef1f5;overflow:hidden;user-select:none;min-width:2.5em}
        .gutter .bad{color:#fff;background:#c0392b;border-radius:2px}
        textarea{font:13px/1.5 ui-monospace,monospace;border:0;padding:.5em;flex:1;resize:none;white-space:pre;overflow:auto;outline:none}
        .status{padding:.6em .8em;border-radius:4px;margin-bottom:.8em}.ok{background:#e3f4e8;color:#1e6b34}.bad{background:#fbe4e1;color:#8a1c1c}
        .problem{background:#fff;border-left:4px solid #c0392b;padding:.5em .7em;margin-bottom:.5em}.problem b{cursor:pointer}
        label{display:block;margin:.4em 0}label input{width:9em;margin-left:.5em}
        .bar{height:14px;background:#dde2e8;border-radius:7px;overflow:hidden;margin:.5em 0;max-width:40em}.bar div{height:100%;background:#2a9d8f;width:0}
        td.pass{color:#1e6b34}td.fail{color:#8a1c1c}td.unchecked{color:#68768a}td.num,th.num{text-align:right}
        table.compact{font-size:.9em}caption{text-align:left;padding:.4em 0;color:#456}.lead{font-size:1.05em}
        iframe{width:100%;height:80vh;border:1px solid #b8c2cc;background:#fff}.muted{color:#68768a}
        """
}
