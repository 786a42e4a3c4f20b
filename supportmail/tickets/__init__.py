"""What a classified message does to tickets: customers' mail, agents' mail and mail commands.

`dispatch` (open, reply, reopen, bounce, ignore), `agents` (relays, proof of sender),
`commands` (what each mail command does: a registry of handlers by name).
May import: core, errors, config, storage, desk, outbound, sla. Never inbound, daemon, cli.
"""
