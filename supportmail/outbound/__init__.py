"""Mail going out: which mails a change calls for, the outbox rows, rendering and sending.

`mails` (the mails a ticket change calls for), `queue` (outbox rows in the caller's
transaction), `render` (a queued row's bytes, built at first send), `sender` (the outbox
worker), `smtp` (the only aiosmtplib user), `ratelimits` (who may get automatic mail now).
May import: core, errors, config, oauth, storage, desk. Never inbound, tickets, sla, daemon, cli.
"""
