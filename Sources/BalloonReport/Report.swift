// The report module: see docs/reports.md (in progress).
