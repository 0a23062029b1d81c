import HTTPTypes
import BalloonStore
import Foundation

/// A run's page, at a stable link (`/runs/{id}`): status and progress while it is live (polled every second),
/// then the report's charts (the HTML report itself, embedded), the downloads and the error if it failed. A run
/// that starts before the fitted years says so under its heading (`startCaveat`).
enum ResultPage {
    static func html(_ run: RunView, tokenRequired: Bool, startCaveat: String? = nil) -> String {
        let live = !run.status.isFinal
        let isComparison = run.kind == "comparison"
        var options = "seed \(run.seed), \(run.from)–\(run.to)"
        if let members = run.ensemble {
            options += isComparison ? ", \(members) paired members" : ", ensemble of \(members) members"
        }
        if let threshold = run.threshold { options += ", threshold \(String(format: "%g", threshold))%" }
        let heading =
            isComparison
            ? "Comparison #\(run.id): \(run.scenarios.dropFirst().joined(separator: ", ")) against \(run.scenarios.first ?? "")"
            : "Run #\(run.id): \(run.scenarios.joined(separator: ", "))"
        var parts = [
            "<h1>\(PageShell.escape(heading))</h1>",
            "<p>\(PageShell.escape(options)). Created \(time(run.createdAt))"
                + (run.wallSeconds.map { String(format: ", took %.1f s", $0) } ?? "") + ".</p>",
            "<p>Status: <b id=\"status\">\(run.status.rawValue)</b> <span id=\"count\" class=\"muted\"></span></p>",
        ]
        if let startCaveat {
            parts.append("<div class=\"problem\" id=\"startCaveat\">\(PageShell.escape(startCaveat))</div>")
        }
        if live {
            parts.append("<div class=\"bar\"><div id=\"bar\"></div></div>")
            if tokenRequired {
                parts.append("<label>Token <input id=\"token\" type=\"password\"></label>")
            }
            parts.append("<p><button id=\"cancel\" class=\"secondary\">Cancel</button></p>")
            parts.append("<script>\(pollScript(run.id))</script>")
        }
        if let error = run.error {
            parts.append("<div class=\"problem\">\(PageShell.escape(error))</div>")
        }
        if run.status == .finished {
            let links = run.files.map {
                "<li><a href=\"\(PageShell.escape($0.url))\" download>\(PageShell.escape($0.name))</a></li>"
            }
            parts.append("<h2 style=\"font-size:1.1em\">Downloads</h2><ul id=\"downloads\">\(links.joined())</ul>")
            if let reason = run.pdfUnavailable {
                parts.append("<p class=\"muted\" id=\"pdfNote\">No PDF of the report: \(PageShell.escape(reason)).</p>")
            }
            if let report = run.files.first(where: { $0.name.hasPrefix("report_") && $0.name.hasSuffix(".html") }) {
                parts.append(
                    "<h2 style=\"font-size:1.1em\">Report</h2><iframe id=\"report\" title=\"Report\" src=\"\(PageShell.escape(report.url))\"></iframe>"
                )
            }
        }
        return parts.joined(separator: "\n")
    }

    static func time(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return formatter.string(from: date) + " UTC"
    }

    static func pollScript(_ id: RunID) -> String {
        """
        const tokenInput = document.getElementById('token');
        if (tokenInput) tokenInput.value = localStorage.getItem('balloonToken') || '';
        async function poll() {
          const run = await (await fetch('/api/runs/\(id)')).json();
          document.getElementById('status').textContent = run.status;
          if (run.progress && run.progress.total > 0) {
            document.getElementById('bar').style.width = (100 * run.progress.done / run.progress.total) + '%';
            document.getElementById('count').textContent = run.progress.done + ' of ' + run.progress.total;
          }
          if (['finished', 'failed', 'cancelled'].includes(run.status)) location.reload(); else setTimeout(poll, 1000);
        }
        document.getElementById('cancel').onclick = async () => {
          const headers = {};
          if (tokenInput && tokenInput.value) { localStorage.setItem('balloonToken', tokenInput.value); headers['Authorization'] = 'Bearer ' + tokenInput.value; }
          await fetch('/api/runs/\(id)/cancel', {method: 'POST', headers});
        };
        poll();
        """
    }
}
