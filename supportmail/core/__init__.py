"""The pure core: decisions on mail and tickets, with no I/O, no clock and no logging.

Inbound: `mimesplit` -> `body` -> `parse` (with `header_decode`, `htmltext`) turn raw bytes into a
`types.ParsedMessage`; `classify` and `bounce` say what it is, `threading` which ticket it joins,
`quoting` where a reply's new words end, `authres` whether our MTA vouched for a domain.
Decisions: `priority` (triage), `sla` (due times on calendars), `ladder` (warning and
escalation steps), `commands` (agents' mail commands), `tokens` (signed reply addresses),
`language` (which of our languages a customer wrote in; their language and zone).
Outbound: `outgoing_headers` and the composers (`compose`, `staffmail`, `alertmail`) build every
mail we send, filling the language's templates through `mailwords` (the words themselves live in
supportmail/templates/, loaded by the shell).
May import: the standard library and supportmail.core only (tests/test_layers.py checks it).
"""
