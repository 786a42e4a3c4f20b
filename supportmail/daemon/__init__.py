"""Running it: the daemon's loops, one pass for cron, logs, health, metrics, systemd notify.

`loop` (the asyncio daemon: IMAP IDLE, outbox, deadlines, signals), `once` (one pass of every
stage), `health` (/healthz, /metrics), `metrics`, `logs`, `sdnotify`.
May import everything below it: core, errors, config, clock, oauth, storage, desk, inbound,
tickets, outbound, sla. Never cli.
"""
