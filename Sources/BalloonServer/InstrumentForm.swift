import BalloonScenario
import Foundation

/// The editor's form for the instruments: instrument, country or region (a market for demand instruments; a
/// country's outgoing routes or one segment for interdiction), years, quantity or budget, and payer. It appends a `[[policy]]` block to the TOML, which is then validated like typed text. Its
/// lists are the parser's own (`PolicyVocabulary`), also served at `GET /api/vocabulary`.
enum InstrumentForm {
    static let vocabulary = PolicyVocabulary()

    /// The vocabulary as JSON, safe inside a `<script>` element.
    static let vocabularyJSON: String = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: (try? encoder.encode(vocabulary)) ?? Data("{}".utf8), as: UTF8.self)
        return text.replacingOccurrences(of: "</", with: "<\\/")
    }()

    static let html = """
        <details id="instrumentForm" open><summary><b>Add an instrument</b></summary>
        <label>Instrument <select id="fInstrument"></select></label>
        <label>Where <select id="fPlace"></select></label>
        <label>From <input id="fFrom" type="number" min="1990" max="2050" value="2026"></label>
        <label>To <input id="fTo" type="number" min="1990" max="2050" value="2035"></label>
        <label><span id="fQuantityLabel">Quantity</span> <input id="fQuantity" type="number" min="0" step="any"></label>
        <label id="fBudgetRow">or budget, US$ a year <input id="fBudget" type="number" min="0" step="any"></label>
        <label>Payer <select id="fPayer"></select></label>
        <p><button id="fAdd" type="button" class="secondary" style="background:#2a6f97">Add to the TOML</button></p>
        </details>
        """

    static var script: String {
        """
        const vocabulary = \(vocabularyJSON);
        const fInstrument = document.getElementById('fInstrument'), fPlace = document.getElementById('fPlace');
        function option(value, label) { const o = document.createElement('option'); o.value = value; o.textContent = label; return o; }
        vocabulary.instruments.forEach(i => fInstrument.appendChild(option(i.name, i.name.replaceAll('_', ' '))));
        vocabulary.payers.forEach(p => document.getElementById('fPayer').appendChild(option(p, p)));
        function instrument() { return vocabulary.instruments.find(i => i.name === fInstrument.value); }
        function fillPlaces() {
          const chosen = instrument(); fPlace.innerHTML = '';
          if (chosen.target === 'market') {
            vocabulary.markets.forEach(m => fPlace.appendChild(option('market:' + m.code, m.name)));
          } else if (chosen.target === 'route') {
            // country = "EC" on a route instrument: every segment leaving that country's hubs.
            vocabulary.countries.forEach(c => fPlace.appendChild(option('country:' + c.code, c.name + ', every route leaving it')));
            vocabulary.routes.forEach(r => fPlace.appendChild(option('route:' + r.code, r.code + ' (' + r.name + ')')));
          } else {
            vocabulary.countries.forEach(c => fPlace.appendChild(option('country:' + c.code, c.name)));
            vocabulary.regions.forEach(r => fPlace.appendChild(option('region:' + r.code, r.code + ' (' + r.name + ')')));
          }
          document.getElementById('fQuantityLabel').textContent =
            chosen.quantityKind === 'switch' ? 'enabled (1 = on, 0 = off)' : chosen.quantityKind === 'share' ? chosen.quantity + ' (0 to 1)' : chosen.quantity + ' a year';
          document.getElementById('fBudgetRow').style.display = chosen.acceptsBudget ? '' : 'none';
        }
        fInstrument.onchange = fillPlaces; fillPlaces();
        document.getElementById('fAdd').onclick = () => {
          const chosen = instrument(), [kind, code] = fPlace.value.split(/:(.*)/s);
          const quantity = document.getElementById('fQuantity').value, budget = document.getElementById('fBudget').value;
          const lines = ['[[policy]]', 'instrument = "' + chosen.name + '"', kind + ' = "' + code + '"',
            'years = [' + Number(document.getElementById('fFrom').value) + ', ' + Number(document.getElementById('fTo').value) + ']'];
          if (chosen.quantityKind === 'switch') lines.push(chosen.quantity + ' = ' + (Number(quantity || 1) > 0 ? 'true' : 'false'));
          else if (budget !== '' && chosen.acceptsBudget) lines.push('budget_usd = ' + Number(budget));
          else lines.push(chosen.quantity + ' = ' + Number(quantity || 0));
          lines.push('payer = "' + document.getElementById('fPayer').value + '"');
          area.value = area.value.replace(/\\s*$/, '') + '\\n\\n' + lines.join('\\n') + '\\n';
          area.dispatchEvent(new Event('input'));
        };
        """
    }
}
