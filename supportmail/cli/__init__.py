"""The command line (`supportmail <command>`): one module per group of commands.

`main` (the entry point and exit codes), `common` (the -c option), `admin` (check-config, db),
`run`, `ops` (tickets, show, sla, report), `mail` (quarantine, replay, triage), `demo`,
`render` (tables, JSON, CSV). Each module imports its heavy dependencies only when its command
runs, so `--help` and pure commands start fast. May import anything in supportmail.
"""
