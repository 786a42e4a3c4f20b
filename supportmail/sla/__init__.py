"""The response-time promise on stored tickets: arm the clock, fire the ladder, wake on time.

`deadlines` (start, stop and re-arm a ticket's clock; fire due warning and escalation steps),
`scheduler` (the only APScheduler user: wakes at the next deadline; holds no policy).
May import: core, errors, config, clock, storage, desk, outbound.
Never inbound, tickets, daemon, cli.
"""
