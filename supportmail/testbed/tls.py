"""A throwaway certificate authority and server certificate for the test bed's TLS listeners."""

import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TestbedTls:
    """Where the test CA and the server's certificate and key live."""

    __test__ = False

    root: Path

    @property
    def ca_file(self) -> Path:
        """The CA certificate clients must trust (TEST ONLY)."""
        return self.root / "ca.pem"

    @property
    def cert_file(self) -> Path:
        """The server certificate for 127.0.0.1 and localhost, signed by the CA."""
        return self.root / "server.pem"

    @property
    def key_file(self) -> Path:
        """The server's private key."""
        return self.root / "server.key"

    def ensure(self) -> None:
        """Create the CA and the server certificate unless they exist."""
        if self.ca_file.exists() and self.cert_file.exists() and self.key_file.exists():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        ca_key = self.root / "ca.key"
        _openssl(
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
            "-subj", "/CN=supportmail test bed CA", "-keyout", str(ca_key),
            "-out", str(self.ca_file),
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        )  # fmt: skip
        request = self.root / "server.csr"
        _openssl(
            "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
            "-keyout", str(self.key_file), "-out", str(request),
        )  # fmt: skip
        extensions = self.root / "server.ext"
        extensions.write_text(
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n",
            encoding="utf-8",
        )
        _openssl(
            "x509", "-req", "-in", str(request), "-CA", str(self.ca_file), "-CAkey", str(ca_key),
            "-CAcreateserial", "-days", "3650", "-out", str(self.cert_file),
            "-extfile", str(extensions),
        )  # fmt: skip
        self.key_file.chmod(0o600)


def _openssl(*args: str) -> None:
    done = subprocess.run(["openssl", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {done.stderr.strip()}")
