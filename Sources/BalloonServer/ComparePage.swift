/// The comparison form (`/compare`): a baseline, the scenarios compared with it, members and threshold; it posts
/// to `POST /api/comparisons` and opens the job's page (progress, cancel, then the report with the money table).
enum ComparePage {
    static func html(names: [String], limits: ServerLimits, tokenRequired: Bool) -> String {
        let options = names.map { name in
            "<option value=\"\(PageShell.escape(name))\"\(name == "history" ? " selected" : "")>\(PageShell.escape(name))</option>"
        }.joined()
        let boxes = names.map { name in
            "<label style=\"display:inline-block;margin-right:1.2em\"><input type=\"checkbox\" name=\"scenario\" style=\"width:auto\" value=\"\(PageShell.escape(name))\"> \(PageShell.escape(name))</label>"
        }.joined()
        let members = min(ComparisonRequest.defaultMembers, limits.maxEnsemble)
        return """
            <h1>Compare scenarios</h1>
            <p>Each member runs the baseline and every scenario with the same parameter draw and seed, as
            <code>balloon compare</code> does; the result is the comparison's CSV and JSON and the report with its money table.</p>
            <label>Baseline <select id="baseline">\(options)</select></label>
            <div id="scenarios" style="margin:.6em 0">\(boxes)</div>
            <label>Members <input id="ensemble" type="number" min="1" max="\(limits.maxEnsemble)" value="\(members)"></label>
            <label>Threshold (% fall in cocaine reaching consumers) <input id="threshold" type="number" min="0" max="100" step="any" value="\(ComparisonRequest.defaultThreshold)"></label>
            <label>Seed <input id="seed" type="number" min="0" placeholder="baseline's"></label>
            <label>From <input id="from" type="number" min="1990" max="2030" placeholder="baseline's"></label>
            <label>To <input id="to" type="number" min="1991" max="2050" placeholder="baseline's"></label>
            \(tokenRequired ? "<label>Token <input id=\"token\" type=\"password\" placeholder=\"server token\"></label>" : "")
            <p><button id="compare">Compare</button></p>
            <div id="compareError"></div>
            <script>\(script)</script>
            """
    }

    static let script = """
        const tokenInput = document.getElementById('token');
        if (tokenInput) tokenInput.value = localStorage.getItem('balloonToken') || '';
        function esc(s) { const d = document.createElement('div'); d.textContent = s; return d.innerHTML; }
        document.getElementById('compare').onclick = async () => {
          const body = {baseline: document.getElementById('baseline').value,
            scenarios: [...document.querySelectorAll('input[name=scenario]:checked')].map(b => b.value)};
          for (const key of ['ensemble', 'threshold', 'seed', 'from', 'to']) {
            const v = document.getElementById(key).value; if (v !== '') body[key] = Number(v);
          }
          const headers = {'Content-Type': 'application/json'};
          if (tokenInput && tokenInput.value) { localStorage.setItem('balloonToken', tokenInput.value); headers['Authorization'] = 'Bearer ' + tokenInput.value; }
          const button = document.getElementById('compare'); button.disabled = true;
          const response = await fetch('/api/comparisons', {method: 'POST', headers, body: JSON.stringify(body)});
          const result = await response.json(); button.disabled = false;
          if (result.links) { location.href = result.links.page; return; }
          const e = result.error;
          document.getElementById('compareError').innerHTML = '<div class="problem"><code>' + esc(e.field) + '</code>: ' + esc(e.message) + '<br><i>Fix:</i> ' + esc(e.fix) + '</div>';
        };
        """
}
