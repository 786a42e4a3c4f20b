"""The test bed's ports: pinned by the environment, else recorded, else chosen free and recorded."""

import socket
from pathlib import Path

from supportmail.testbed import Testbed, TestbedSettings
from supportmail.testbed import ports as testbed_ports


def test_a_second_test_bed_takes_none_of_the_ports_of_a_running_one(tmp_path: Path) -> None:
    """While one test bed holds its ports, another one, given no ports, chooses other ones."""
    first = TestbedSettings.from_env({"SUPPORTMAIL_TESTBED_DIR": str(tmp_path / "a")})
    held = [first.imap_port, first.smtp_port, first.imaps_port, first.oauth_port]
    assert len(set(held)) == 4
    listeners = []
    try:
        for port in held:  # as the first test bed's servers (and an XOAUTH2 test) would
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", port or 0))
            sock.listen()
            listeners.append(sock)
        second = TestbedSettings.from_env({"SUPPORTMAIL_TESTBED_DIR": str(tmp_path / "b")})
        mine = {second.imap_port, second.smtp_port, second.imaps_port, second.oauth_port}
    finally:
        for sock in listeners:
            sock.close()
    assert len(mine) == 4
    assert not mine & set(held)


def test_ports_are_recorded_and_found_again(tmp_path: Path) -> None:
    """A second look at the same test bed finds the ports recorded by the first."""
    env = {"SUPPORTMAIL_TESTBED_DIR": str(tmp_path / "bed")}
    first = Testbed(TestbedSettings.from_env(env))
    again = Testbed(TestbedSettings.from_env(env))
    assert (again.imap_port, again.smtp_port, again.imaps_port, again.oauth_port) == (
        first.imap_port,
        first.smtp_port,
        first.imaps_port,
        first.oauth_port,
    )
    assert (tmp_path / "bed" / testbed_ports.PORTS_FILE).is_file()
    assert again.env_exports()["SUPPORTMAIL_TESTBED_OAUTH_PORT"] == str(first.oauth_port)


def test_ports_named_by_the_environment_win(tmp_path: Path) -> None:
    """SUPPORTMAIL_TESTBED_IMAP_PORT and _SMTP_PORT are used as given; the others are chosen."""
    imap, smtp = testbed_ports.kernel_port(), testbed_ports.kernel_port()
    settings = TestbedSettings.from_env(
        {
            "SUPPORTMAIL_TESTBED_DIR": str(tmp_path / "bed"),
            "SUPPORTMAIL_TESTBED_IMAP_PORT": str(imap),
            "SUPPORTMAIL_TESTBED_SMTP_PORT": str(smtp),
        }
    )
    assert (settings.imap_port, settings.smtp_port) == (imap, smtp)
    assert settings.movable == frozenset({"imaps", "oauth"})


def test_a_recorded_port_taken_meanwhile_is_chosen_afresh_at_start(tmp_path: Path) -> None:
    """When another program holds a recorded port, the next start moves to a free one."""
    settings = TestbedSettings.from_env({"SUPPORTMAIL_TESTBED_DIR": str(tmp_path / "bed")})
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        testbed_ports.record(
            settings.directory,
            testbed_ports.Ports(
                imap=taken,
                smtp=settings.smtp_port,
                imaps=settings.imaps_port or 0,
                oauth=settings.oauth_port or 0,
            ),
        )
        recorded = TestbedSettings.from_env({"SUPPORTMAIL_TESTBED_DIR": str(settings.directory)})
        assert recorded.imap_port == taken
        moved = recorded.with_busy_ports_moved()
    assert moved.imap_port != taken
    assert moved.smtp_port == settings.smtp_port
    assert testbed_ports.recorded(settings.directory)["imap"] == moved.imap_port
