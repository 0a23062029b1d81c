import HTTPTypes
import Foundation

/// The scenario editor: the raw TOML with line numbers, checked as you type by `POST /api/scenarios/validate`
/// (the command line's parser), errors listed beside it with their line marked, and the run options.
enum EditorPage {
    static let template = """
        # A new scenario: it starts from `history` and adds what you write below (docs/scenarios.md).
        name = "my-plan"
        description = "What this scenario tries"
        baseline = "history"

        [[policy]]
        instrument = "manual_eradication"
        country = "PE"
        years = [2026, 2035]
        hectares = 30000
        payer = "host"

        """

    /// `name` is the scenario opened (nil for a new one); `saved` says it is a saved one, which can be deleted.
    static func html(name: String?, text: String, tokenRequired: Bool, saved: Bool = false) -> String {
        let title = name.map { "Scenario " + PageShell.escape($0) } ?? "New scenario"
        return """
            <h1>\(title)</h1>
            <div class="editor">
            <div><div class="code"><div class="gutter" id="gutter"></div>
            <textarea id="toml" spellcheck="false" aria-label="Scenario TOML">\(PageShell.escape(text))</textarea></div></div>
            <div>
            <div id="status" class="status ok">Checking…</div>
            <div id="problems"></div>
            \(InstrumentForm.html)
            <h2 style="font-size:1.1em">Run it</h2>
            <label>Seed <input id="seed" type="number" min="0" placeholder="scenario's"></label>
            <label>From <input id="from" type="number" min="1990" max="2030" placeholder="scenario's"></label>
            <label>To <input id="to" type="number" min="1991" max="2050" placeholder="scenario's"></label>
            <label>Ensemble members <input id="ensemble" type="number" min="1" placeholder="single run"></label>
            \(tokenRequired ? "<label>Token <input id=\"token\" type=\"password\" placeholder=\"server token\"></label>" : "")
            <p><button id="run">Run</button> <button id="save" type="button" style="background:#2a6f97">Save</button>
            \(saved ? "<button id=\"delete\" type=\"button\" class=\"secondary\">Delete</button>" : "")</p>
            <p class="muted">Save keeps the text under the name it declares (lower-case letters, digits and hyphens), beside the bundled scenarios.</p>
            <div id="runError"></div>
            </div></div>
            <script>\(script(bundledName: name))</script>
            <script>\(InstrumentForm.script)</script>
            """
    }

    static func script(bundledName: String?) -> String {
        let original = bundledName == nil ? "null" : "document.getElementById('toml').defaultValue"
        let nameLiteral = bundledName.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" } ?? "null"
        return """
            const area = document.getElementById('toml'), gutter = document.getElementById('gutter');
            const statusBox = document.getElementById('status'), problems = document.getElementById('problems');
            const bundled = \(nameLiteral), original = \(original);
            const tokenInput = document.getElementById('token');
            if (tokenInput) tokenInput.value = localStorage.getItem('balloonToken') || '';
            let badLines = new Set(), timer = null, sequence = 0;
            function esc(s) { const d = document.createElement('div'); d.textContent = s; return d.innerHTML; }
            function drawGutter() {
              const count = area.value.split('\\n').length; let html = '';
              for (let i = 1; i <= count; i++) html += '<div' + (badLines.has(i) ? ' class="bad"' : '') + '>' + i + '</div>';
              gutter.innerHTML = html; gutter.scrollTop = area.scrollTop;
            }
            function goTo(line) {
              const lines = area.value.split('\\n'); let start = 0;
              for (let i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
              area.focus(); area.setSelectionRange(start, start + (lines[line - 1] || '').length);
            }
            function show(result) {
              badLines = new Set(result.errors.filter(e => e.line).map(e => e.line));
              if (result.valid) {
                statusBox.className = 'status ok';
                statusBox.textContent = 'Valid: ' + result.name + ' (' + result.description + ')';
                problems.innerHTML = '';
              } else {
                statusBox.className = 'status bad'; statusBox.textContent = 'This scenario has an error.';
                problems.innerHTML = result.errors.map(e =>
                  '<div class="problem">' + (e.line ? '<b data-line="' + e.line + '">Line ' + e.line + '</b> ' : '') +
                  '<code>' + esc(e.field) + '</code>: ' + esc(e.message) + '<br><i>Fix:</i> ' + esc(e.fix) + '</div>').join('');
                problems.querySelectorAll('b[data-line]').forEach(b => b.onclick = () => goTo(+b.dataset.line));
              }
              drawGutter();
            }
            async function validate() {
              const mine = ++sequence;
              try {
                const response = await fetch('/api/scenarios/validate', {method: 'POST', headers: {'Content-Type': 'text/plain'}, body: area.value});
                const result = await response.json();
                if (mine !== sequence) return;
                if (result.error) show({valid: false, errors: [result.error]}); else show(result);
              } catch (e) { statusBox.className = 'status bad'; statusBox.textContent = 'The server did not answer: ' + e; }
            }
            area.addEventListener('input', () => { drawGutter(); clearTimeout(timer); timer = setTimeout(validate, 300); });
            area.addEventListener('scroll', () => { gutter.scrollTop = area.scrollTop; });
            document.getElementById('run').onclick = async () => {
              const body = {};
              if (bundled && area.value === original) body.scenario = bundled; else body.toml = area.value;
              for (const key of ['seed', 'from', 'to', 'ensemble']) {
                const v = document.getElementById(key).value; if (v !== '') body[key] = Number(v);
              }
              const headers = {'Content-Type': 'application/json'};
              if (tokenInput && tokenInput.value) { localStorage.setItem('balloonToken', tokenInput.value); headers['Authorization'] = 'Bearer ' + tokenInput.value; }
              const button = document.getElementById('run'); button.disabled = true;
              const response = await fetch('/api/runs', {method: 'POST', headers, body: JSON.stringify(body)});
              const result = await response.json(); button.disabled = false;
              if (result.links) { location.href = result.links.page; return; }
              const e = result.error;
              document.getElementById('runError').innerHTML = '<div class="problem"><code>' + esc(e.field) + '</code>: ' + esc(e.message) + '<br><i>Fix:</i> ' + esc(e.fix) + '</div>';
            };
            function authHeaders(extra) {
              const headers = Object.assign({}, extra);
              if (tokenInput && tokenInput.value) { localStorage.setItem('balloonToken', tokenInput.value); headers['Authorization'] = 'Bearer ' + tokenInput.value; }
              return headers;
            }
            function showError(e) {
              document.getElementById('runError').innerHTML = '<div class="problem"><code>' + esc(e.field) + '</code>: ' + esc(e.message) + '<br><i>Fix:</i> ' + esc(e.fix) + '</div>';
            }
            document.getElementById('save').onclick = async () => {
              const response = await fetch('/api/scenarios', {method: 'POST', headers: authHeaders({'Content-Type': 'text/plain'}), body: area.value});
              const result = await response.json();
              if (result.error) { showError(result.error); return; }
              location.href = '/scenarios/' + encodeURIComponent(result.name);
            };
            const deleteButton = document.getElementById('delete');
            if (deleteButton) deleteButton.onclick = async () => {
              if (!confirm('Delete the saved scenario ' + bundled + '?')) return;
              const response = await fetch('/api/scenarios/' + encodeURIComponent(bundled), {method: 'DELETE', headers: authHeaders({})});
              if (response.status === 204) { location.href = '/'; return; }
              showError((await response.json()).error);
            };
            drawGutter(); validate();
            """
    }
}
