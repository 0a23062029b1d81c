import HTTPTypes
import BalloonStore
import Foundation
import Hummingbird

/// The workbench's pages, rendered on the server: scenario list, editor, and a run's result page.
extension WorkbenchServer {
    func addPages(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            PageShell.response(title: "Scenarios", body: try scenarioListPage())
        }
        router.get("/scenarios/new") { _, _ in
            PageShell.response(
                title: "New scenario",
                body: EditorPage.html(name: nil, text: EditorPage.template, tokenRequired: settings.token != nil))
        }
        router.get("/scenarios/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            let (_, text) = try catalog.scenario(named: name)
            return PageShell.response(
                title: name,
                body: EditorPage.html(
                    name: name, text: text, tokenRequired: settings.token != nil,
                    saved: !catalog.bundledNames.contains(name)))
        }
        router.get("/compare") { _, _ in
            PageShell.response(
                title: "Compare",
                body: ComparePage.html(
                    names: catalog.names, limits: settings.limits, tokenRequired: settings.token != nil))
        }
        router.get("/validation") { _, _ in
            PageShell.response(title: "Validation", body: ValidationPageBody.html(try validationContent()))
        }
        router.get("/runs/:id") { _, context in
            let view = try await view(try record(context), withSummary: false)
            return PageShell.response(
                title: "Run \(view.id)",
                body: ResultPage.html(
                    view, tokenRequired: settings.token != nil,
                    startCaveat: workbench.startCaveat(startYear: view.from)))
        }
    }

    func scenarioListPage() throws(APIError) -> String {
        let rows = try scenarioViews().map { scenario in
            """
            <tr><td><a href="/scenarios/\(PageShell.escape(scenario.name))"><b>\(PageShell.escape(scenario.name))</b></a></td>
            <td>\(PageShell.escape(scenario.description))
            <details><summary>What it changes</summary><pre>\(PageShell.escape(scenario.summary))</pre></details></td>
            <td>\(PageShell.escape(scenario.baseline ?? "none"))</td><td>\(scenario.source)</td></tr>
            """
        }
        let runs: [RunListing]
        do { runs = try store.runs(limit: 20) } catch { throw APIError(storeError: error) }
        let runRows = runs.map { run in
            """
            <tr><td><a href="/runs/\(run.id)">#\(run.id)</a></td><td>\(run.status.rawValue)</td>
            <td>\(PageShell.escape(run.scenarios.joined(separator: ", ")))</td><td>\(run.kind.rawValue)\(run.options.ensembleSize.map { " of \($0)" } ?? "")</td>
            <td>\(run.options.startYear)–\(run.options.endYear)</td><td class="muted">\(ResultPage.time(run.createdAt))</td></tr>
            """
        }
        return """
            <h1>Scenarios</h1>
            <p>Open a scenario to read and edit its TOML, then run it; or <a href="/scenarios/new">start a new one</a> on top of <i>history</i>.</p>
            <table id="scenarios"><tr><th>Name</th><th>Description</th><th>Baseline</th><th>Source</th></tr>\(rows.joined())</table>
            <h1 style="margin-top:1.2em">Recent runs</h1>
            \(runRows.isEmpty ? "<p class=\"muted\">No runs yet.</p>" : "<table id=\"runs\"><tr><th>Run</th><th>Status</th><th>Scenario</th><th>Kind</th><th>Years</th><th>Created</th></tr>\(runRows.joined())</table>")
            """
    }
}
