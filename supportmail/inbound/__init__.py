"""Mail coming in: the IMAP reader, read-ahead, the parse worker, ingest, replay.

`imap` (the only imapclient user), `readahead` and `parse_worker` (the next batches fetched and
parsed while this one is applied), `process` (one batch -> its effects, one commit), `ingest`
(a pass: fetch, apply, commit, then move), `replay` (files and quarantine through the same path),
`triage` (the priority decision for raw bytes, no database).
May import: core, errors, config, oauth, storage, desk, tickets. Never outbound, sla, daemon, cli.
"""
