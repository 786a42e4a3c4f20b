"""`supportmail demo`: the daemon on the embedded defaults, with time compressed, on loopback."""
