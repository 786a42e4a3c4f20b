"""The read-only web dashboard: the queue, a ticket, compliance over time, per-agent load, search.

`server` (a ThreadingHTTPServer: GET and HEAD only, security headers, access rules), `access`
(loopback, HTTP Basic from a password file, a trusted reverse proxy; the Host check),
`views` (each page's data, read through storage.dashboard, reports and search), `history`
(settled days of compliance kept in memory), `render` (the one Jinja2 user: autoescaped
templates in web/templates/), `folding` (quoted text folded), `timeline` (a ticket's SLA
steps), `charts` (inline SVG bars). Nothing here writes: the pages
read through an engine that refuses writes (storage.dashboard.open_read_only).
May import: supportmail.core, supportmail.errors, supportmail.config, supportmail.clock,
supportmail.storage, supportmail.desk.
"""
