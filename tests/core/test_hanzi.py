"""Traditional Chinese folded to simplified: the table, and triage reading both scripts alike."""

from supportmail.core.hanzi import TO_SIMPLIFIED, to_simplified
from supportmail.core.priority import Rule, triage
from supportmail.core.types import Priority
from supportmail.shipped import default_policy
from tests.support.scripts import load_script


def test_traditional_characters_fold_to_simplified_and_others_stay() -> None:
    assert to_simplified("所有門市的電腦都進不去") == "所有门市的电脑都进不去"
    assert to_simplified("ログインできません。로그인이 안 됩니다. Login fails.") == (
        "ログインできません。로그인이 안 됩니다. Login fails."
    )


def test_folding_twice_folds_as_once() -> None:
    """No simplified form is itself folded further (the generator follows chains)."""
    assert all(simplified not in TO_SIMPLIFIED for simplified in TO_SIMPLIFIED.values())
    assert all(len(t) == len(s) == 1 for t, s in TO_SIMPLIFIED.items())


def test_a_traditional_request_reads_as_its_simplified_twin() -> None:
    traditional = "今天早上開始，所有門市都進不去系統，收銀全部停下來了。"
    simplified = "今天早上开始，所有门市都进不去系统，收银全部停下来了。"
    policy = default_policy()
    read_t, read_s = triage("", traditional, policy=policy), triage("", simplified, policy=policy)
    assert read_t.priority is read_s.priority is Priority.P0
    assert read_t.used == read_s.used


def test_a_config_rule_written_simplified_quotes_the_customers_own_characters() -> None:
    rule = Rule("stores", "any store", Priority.P1, ("门市",))
    read = triage("", "我們有三家門市。", [rule], policy=default_policy())
    assert read.rule == "stores" and read.matched_text == "門市"


def test_the_generator_keeps_one_to_one_entries_and_follows_chains() -> None:
    source = "乾\t干 乾\n門\t门\n薴\t苧\n苧\t苎\n䊷\t𫄧\n吶\t呐 呐\n"
    assert load_script("build_hanzi_table").table(source) == {
        "吶": "呐",
        "苧": "苎",
        "薴": "苎",
        "門": "门",
    }
