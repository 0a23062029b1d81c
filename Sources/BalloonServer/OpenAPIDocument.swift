/// The OpenAPI 3.1 description of the workbench served at `/openapi.json`, written by hand; a test checks that
/// every route of the router appears in it and that it is valid JSON.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Balloon workbench",
            "version": "1",
            "description": "Scenarios, validation and background runs of the Balloon simulator. Errors are JSON objects {\"error\": {code, message, field, fix, line?}}. With --token, every POST except /api/scenarios/validate needs Authorization: Bearer TOKEN."
          },
          "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "schemas": {
              "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                  "error": {
                    "type": "object",
                    "required": ["code", "message", "field", "fix"],
                    "properties": {
                      "code": { "type": "string" },
                      "message": { "type": "string" },
                      "field": { "type": "string", "description": "the request field, path segment, header or scenario key at fault" },
                      "fix": { "type": "string" },
                      "line": { "type": "integer", "description": "for scenario text: the line at fault" }
                    }
                  }
                }
              },
              "Scenario": {
                "type": "object",
                "required": ["name", "description", "source", "summary"],
                "properties": {
                  "name": { "type": "string" },
                  "description": { "type": "string" },
                  "baseline": { "type": "string" },
                  "source": { "type": "string", "enum": ["bundled", "saved"] },
                  "summary": { "type": "string", "description": "balloon explain's text" },
                  "toml": { "type": "string" }
                }
              },
              "ScenarioProblem": {
                "type": "object",
                "required": ["code", "message", "field", "fix"],
                "properties": {
                  "code": { "type": "string" }, "message": { "type": "string" }, "field": { "type": "string" },
                  "fix": { "type": "string" }, "line": { "type": "integer" }
                }
              },
              "Validation": {
                "type": "object",
                "required": ["valid", "errors"],
                "properties": {
                  "valid": { "type": "boolean" },
                  "name": { "type": "string" },
                  "description": { "type": "string" },
                  "errors": { "type": "array", "items": { "$ref": "#/components/schemas/ScenarioProblem" } }
                }
              },
              "RunRequest": {
                "type": "object",
                "additionalProperties": false,
                "description": "Exactly one of scenario and toml.",
                "properties": {
                  "scenario": { "type": "string", "description": "a bundled scenario's name" },
                  "toml": { "type": "string", "description": "scenario text; its baseline must be a bundled name" },
                  "seed": { "type": "integer", "minimum": 0 },
                  "from": { "type": "integer", "minimum": 1990, "maximum": 2030 },
                  "to": { "type": "integer", "minimum": 1991, "maximum": 2050 },
                  "ensemble": { "type": "integer", "minimum": 1, "description": "members; at most the server's limit (200 by default)" }
                }
              },
              "ComparisonRequest": {
                "type": "object",
                "additionalProperties": false,
                "required": ["baseline", "scenarios"],
                "description": "As balloon compare BASELINE SCENARIO... --ensemble N --threshold T: every member runs the baseline and each scenario with the same parameter draw and seed.",
                "properties": {
                  "baseline": { "type": "string", "description": "a scenario's name (bundled or saved)" },
                  "scenarios": { "type": "array", "minItems": 1, "maxItems": 6, "items": { "type": "string" }, "description": "names, each once and not the baseline" },
                  "ensemble": { "type": "integer", "minimum": 1, "description": "paired members; default 100 or the server's limit if lower" },
                  "threshold": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "the fall (percent) in cocaine reaching consumers whose probability is reported; default 5" },
                  "seed": { "type": "integer", "minimum": 0 },
                  "from": { "type": "integer", "minimum": 1990, "maximum": 2030 },
                  "to": { "type": "integer", "minimum": 1991, "maximum": 2050 }
                }
              },
              "Run": {
                "type": "object",
                "required": ["id", "status", "kind", "scenarios", "seed", "from", "to", "files", "links", "reused"],
                "properties": {
                  "id": { "type": "integer" },
                  "status": { "type": "string", "enum": ["queued", "running", "finished", "failed", "cancelled"] },
                  "kind": { "type": "string" },
                  "scenarios": { "type": "array", "items": { "type": "string" } },
                  "seed": { "type": "integer" },
                  "ensemble": { "type": "integer" },
                  "threshold": { "type": "number", "description": "comparisons: the threshold in percent" },
                  "from": { "type": "integer" },
                  "to": { "type": "integer" },
                  "modelVersion": { "type": "string" },
                  "contentHash": { "type": "string" },
                  "createdAt": { "type": "string", "format": "date-time" },
                  "startedAt": { "type": "string", "format": "date-time" },
                  "finishedAt": { "type": "string", "format": "date-time" },
                  "wallSeconds": { "type": "number" },
                  "error": { "type": "string" },
                  "progress": { "type": "object", "properties": { "done": { "type": "integer" }, "total": { "type": "integer" } } },
                  "files": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "url": { "type": "string" } } } },
                  "reused": { "type": "boolean", "description": "an identical finished run (same content hash) stands for this request" },
                  "summary": { "description": "the run's summary JSON when it is small enough to inline" },
                  "links": { "type": "object", "properties": { "api": { "type": "string" }, "page": { "type": "string" }, "cancel": { "type": "string" } } }
                }
              }
            },
            "responses": {
              "Error": { "description": "the request cannot be answered as sent", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "Page": { "description": "an HTML page", "content": { "text/html": { "schema": { "type": "string" } } } }
            },
            "parameters": {
              "id": { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } },
              "name": { "name": "name", "in": "path", "required": true, "schema": { "type": "string" } }
            }
          },
          "paths": {
            "/api/scenarios": {
              "get": { "summary": "The bundled scenarios, then the saved ones, with explain's summary", "responses": { "200": { "description": "scenarios", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Scenario" } } } } } } },
              "post": { "summary": "Save scenario text under the name it declares (lower-case letters, digits and single hyphens, starting with a letter, at most 48 characters; not a bundled name); saving it again replaces it", "security": [{ "bearer": [] }], "requestBody": { "required": true, "content": { "text/plain": { "schema": { "type": "string" } } } }, "responses": { "201": { "description": "saved", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Scenario" } } } }, "200": { "description": "replaced", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Scenario" } } } }, "400": { "$ref": "#/components/responses/Error" }, "401": { "$ref": "#/components/responses/Error" }, "409": { "$ref": "#/components/responses/Error" }, "413": { "$ref": "#/components/responses/Error" }, "422": { "$ref": "#/components/responses/Error" } } }
            },
            "/api/scenarios/{name}": {
              "delete": { "summary": "Delete a saved scenario", "security": [{ "bearer": [] }], "parameters": [{ "$ref": "#/components/parameters/name" }], "responses": { "204": { "description": "deleted" }, "401": { "$ref": "#/components/responses/Error" }, "404": { "$ref": "#/components/responses/Error" }, "409": { "$ref": "#/components/responses/Error" } } },
              "get": { "summary": "One scenario (bundled or saved) with its TOML text", "parameters": [{ "$ref": "#/components/parameters/name" }], "responses": { "200": { "description": "the scenario", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Scenario" } } } }, "404": { "$ref": "#/components/responses/Error" } } }
            },
            "/api/scenarios/validate": {
              "post": { "summary": "Check scenario text with the command line's parser", "requestBody": { "required": true, "content": { "text/plain": { "schema": { "type": "string" } } } }, "responses": { "200": { "description": "valid", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Validation" } } } }, "422": { "description": "invalid, with line, field and fix", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Validation" } } } }, "413": { "$ref": "#/components/responses/Error" } } }
            },
            "/api/runs": {
              "get": { "summary": "The newest 100 stored runs", "responses": { "200": { "description": "runs, newest first", "content": { "application/json": { "schema": { "type": "array", "items": { "type": "object" } } } } } } },
              "post": { "summary": "Start a run or ensemble as a background job", "security": [{ "bearer": [] }], "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RunRequest" } } } }, "responses": { "202": { "description": "queued", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Run" } } } }, "200": { "description": "an identical finished run", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Run" } } } }, "400": { "$ref": "#/components/responses/Error" }, "401": { "$ref": "#/components/responses/Error" }, "413": { "$ref": "#/components/responses/Error" }, "422": { "$ref": "#/components/responses/Error" }, "429": { "description": "the queue is full; see Retry-After", "headers": { "Retry-After": { "schema": { "type": "integer" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } } } }
            },
            "/api/comparisons": {
              "post": { "summary": "Start a paired comparison of scenarios against a baseline as a background job (followed like a run: /api/runs/{id}, /runs/{id})", "security": [{ "bearer": [] }], "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ComparisonRequest" } } } }, "responses": { "202": { "description": "queued", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Run" } } } }, "200": { "description": "an identical finished comparison", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Run" } } } }, "400": { "$ref": "#/components/responses/Error" }, "401": { "$ref": "#/components/responses/Error" }, "413": { "$ref": "#/components/responses/Error" }, "422": { "$ref": "#/components/responses/Error" }, "429": { "$ref": "#/components/responses/Error" } } }
            },
            "/api/runs/{id}": {
              "get": { "summary": "A run's status, progress, files and summary", "parameters": [{ "$ref": "#/components/parameters/id" }], "responses": { "200": { "description": "the run", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Run" } } } }, "400": { "$ref": "#/components/responses/Error" }, "404": { "$ref": "#/components/responses/Error" } } }
            },
            "/api/runs/{id}/cancel": {
              "post": { "summary": "Cancel a queued or running job", "security": [{ "bearer": [] }], "parameters": [{ "$ref": "#/components/parameters/id" }], "responses": { "200": { "description": "the cancelled run", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Run" } } } }, "401": { "$ref": "#/components/responses/Error" }, "404": { "$ref": "#/components/responses/Error" }, "409": { "$ref": "#/components/responses/Error" } } }
            },
            "/api/runs/{id}/files/{name}": {
              "get": { "summary": "One of a run's files (CSV, JSON, the HTML report, the scenario text)", "parameters": [{ "$ref": "#/components/parameters/id" }, { "$ref": "#/components/parameters/name" }], "responses": { "200": { "description": "the file" }, "404": { "$ref": "#/components/responses/Error" } } }
            },
            "/api/vocabulary": {
              "get": { "summary": "The words a [[policy]] block may use, from the parser's own lists: instruments (quantity key, kind, whether a budget may replace it, target: territory, market or route), countries, regions, markets, route segments and payers", "responses": { "200": { "description": "the vocabulary", "content": { "application/json": { "schema": { "type": "object", "required": ["instruments", "countries", "regions", "markets", "routes", "payers"] } } } } } }
            },
            "/api/validation": {
              "get": { "summary": "The shipped validation digest: status in words, whether it describes this build, and the fact ledger (docs/ledger.md schema) with the fit and forecast tables", "responses": { "200": { "description": "the digest", "content": { "application/json": { "schema": { "type": "object", "required": ["status", "current", "command", "ledger"], "properties": { "status": { "type": "array", "items": { "type": "string" } }, "current": { "type": "boolean" }, "command": { "type": "string" }, "ledger": { "type": "object" } } } } } }, "503": { "$ref": "#/components/responses/Error" } } }
            },
            "/openapi.json": {
              "get": { "summary": "This document", "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": {} } } } }
            },
            "/": {
              "get": { "summary": "Page: the scenario list and recent runs", "responses": { "200": { "$ref": "#/components/responses/Page" } } }
            },
            "/scenarios/new": {
              "get": { "summary": "Page: the editor with an empty scenario on history", "responses": { "200": { "$ref": "#/components/responses/Page" } } }
            },
            "/scenarios/{name}": {
              "get": { "summary": "Page: the editor with a bundled scenario", "parameters": [{ "$ref": "#/components/parameters/name" }], "responses": { "200": { "$ref": "#/components/responses/Page" } } }
            },
            "/compare": {
              "get": { "summary": "Page: the comparison form (baseline, scenarios, members, threshold)", "responses": { "200": { "$ref": "#/components/responses/Page" } } }
            },
            "/validation": {
              "get": { "summary": "Page: the fact ledger and the fit tables, as on the report's last pages", "responses": { "200": { "$ref": "#/components/responses/Page" } } }
            },
            "/runs/{id}": {
              "get": { "summary": "Page: a run's progress, then its report and downloads (a stable link)", "parameters": [{ "$ref": "#/components/parameters/id" }], "responses": { "200": { "$ref": "#/components/responses/Page" } } }
            }
          }
        }
        """#
}
