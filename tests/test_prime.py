"""The daemon makes its readers ready before it takes mail (supportmail.daemon.prime): the
shipped triage policy loaded and every Scanner built, so no arrival pays for a lazy start."""

from supportmail.core.literals import Scanner, build_all
from supportmail.daemon.prime import prime_readers
from supportmail.shipped import default_policy
from tests.support.desk import Desked


def test_priming_loads_the_policy_and_leaves_no_scanner_to_build(desked: Desked) -> None:
    took = prime_readers(desked.desk)
    assert took >= 0
    assert default_policy.cache_info().currsize == 1  # the linear model is read
    assert build_all() == 0  # every scanner alive was built by the priming


def test_a_built_scanner_finds_what_the_direct_check_finds() -> None:
    needles = ["export", "ex", "fails", "all of us", "port"]
    texts = ["the export fails for all of us", "nothing here", "exports", "support"]
    direct = Scanner(needles, direct=len(texts))
    before = [direct.present(t) for t in texts]
    built = Scanner(needles)
    built.build()
    assert [built.present(t) for t in texts] == before
    assert before[0] == {"export", "ex", "fails", "all of us", "port"}
