"""The labelled triage sets are what they say: well-formed, split as marked, never overlapping.

The holdout sets (triage_blind_holdout.toml, triage_blind_holdout_c.toml) were for measuring
only; after two blind measurements they became tuning material (issue 17, second round), and
tests/core/test_triage_blind.py now guards the level reached on them. Set D's tune half
(triage_blind_d_tune.toml, eight languages) is tuning material too; its holdout half
(triage_blind_d_holdout.toml) was measured blind three times, then opened as tuning material.
Set F's tune half (triage_blind_f_tune.toml; its other half is sealed outside the repository) and
the training sets G1 and G2 (triage_train_g1.toml, triage_train_g2.toml: written from the policy
alone, heavy on P0/P1) are tuning material from the start. So are set H's tune half
(triage_blind_h_tune.toml; its sealed half, triage_blind_h_sealed.toml, is never read here) and
the training sets T1-T4 (triage_train_t1.toml ... t4: 150 requests each from four writers who saw
only the policy, each in its own customer domain; first contact scored in each header), and set
I's tune half (triage_blind_i_tune.toml; its sealed half, triage_blind_i_sealed.toml, is never
read here), set K's (triage_blind_k_tune.toml; triage_blind_k_sealed.toml is never read here),
and the training sets T5-T12 (triage_train_t5.toml ... t12: 150 requests each, written like T1-T4),
set N's tune half (triage_blind_n_tune.toml; triage_blind_n_sealed.toml is never read here), and
the sets T13-T16 (written like T1-T4, measured once; not trained on, see their headers), and
set P's tune half (triage_blind_p_tune.toml; triage_blind_p_sealed.toml is never read here) and
set R's (triage_blind_r_tune.toml; triage_blind_r_sealed.toml is never read here) and set U's
(triage_blind_u_tune.toml; triage_blind_u_sealed.toml is never read here) and set V's
(triage_blind_v_tune.toml; triage_blind_v_sealed.toml is never read here), and the training
sets T17-T60 (triage_train_t17.toml ... t60: 120 requests each; T17-T28 in ar, el, ru, uk, bg,
sr, ja, ko, tr, pl, zh, cs and the Western Balkans' languages, written like T1-T4 to give the
linear model words in the languages read worst; T29-T32 and T37-T40 in English; T33-T36 in es,
de, it, nl; T41 fr, T42 pt, T43 fi sv da nb, T44 es de; T45 T46 T51 en, T47 es, T48 de,
T49 it nl, T50 fr pt, T52 fi pl ro hu; T53-T55 en, T56 nl, T57 ja, T58 tr cs, T59 es pt, T60
de fr), and the sets T61-T68 (triage_heldout_t61.toml ... t68), written the same way and never
trained on: they measure the shipped model on requests it has not seen.
"""

import tomllib
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent.parent / "fixtures"
SETS = {
    "triage_blind_tune.toml": "tune",
    "triage_blind_holdout.toml": "holdout",
    "triage_blind_holdout_c.toml": "holdout",
    "triage_blind_d_tune.toml": "tune",
    "triage_blind_d_holdout.toml": "holdout",
    "triage_blind_f_tune.toml": "tune",
    "triage_train_g1.toml": "train",
    "triage_train_g2.toml": "train",
    "triage_blind_h_tune.toml": "tune",
    "triage_train_t1.toml": "train",
    "triage_train_t2.toml": "train",
    "triage_train_t3.toml": "train",
    "triage_train_t4.toml": "train",
    "triage_blind_i_tune.toml": "tune",
    "triage_blind_k_tune.toml": "tune",
    "triage_train_t5.toml": "train",
    "triage_train_t6.toml": "train",
    "triage_train_t7.toml": "train",
    "triage_train_t8.toml": "train",
    "triage_train_t9.toml": "train",
    "triage_train_t10.toml": "train",
    "triage_train_t11.toml": "train",
    "triage_train_t12.toml": "train",
    "triage_blind_n_tune.toml": "tune",
    **{f"triage_train_t{n}.toml": "train" for n in range(13, 61)},
    **{f"triage_heldout_t{n}.toml": "heldout" for n in range(61, 69)},
    "triage_blind_p_tune.toml": "tune",
    "triage_blind_r_tune.toml": "tune",
    "triage_blind_u_tune.toml": "tune",
    "triage_blind_v_tune.toml": "tune",
}
LANGUAGES = {"en", "de", "fr", "es", "nl", "it", "pt"}
MORE_LANGUAGES = {
    "triage_blind_d_tune.toml": {"ja", "pl"},
    "triage_blind_d_holdout.toml": {"ja", "pl"},
    "triage_blind_f_tune.toml": {"cs", "da", "ja", "pl", "sv", "tr", "zh"},
    "triage_train_g1.toml": {"cs", "ja", "pl", "ro", "sv"},
    "triage_train_g2.toml": {"da", "fi", "ko", "no", "tr", "zh"},
    "triage_blind_h_tune.toml": {"cs", "da", "fi", "hu", "ja", "nb", "pl", "ro"},
    "triage_train_t1.toml": {"el", "pl", "sv"},
    "triage_train_t2.toml": {"cs", "ja", "tr"},
    "triage_train_t3.toml": {"da", "fi", "ro"},
    "triage_train_t4.toml": {"hu", "no", "zh"},
    "triage_blind_i_tune.toml": {"da", "fi", "id", "ja", "no", "pl", "ro", "ru", "sv", "tr", "zh"},
    "triage_blind_k_tune.toml": {"cs", "da", "ja", "pl", "sv", "tr"},
    **{f"triage_train_t{n}.toml": {"cs", "da", "ja", "pl", "sv", "tr"} for n in range(5, 13)},
    "triage_blind_n_tune.toml": {"cs", "da", "fi", "no", "pl", "sv", "tr"},
    "triage_train_t13.toml": {"el", "ja", "ko"},
    "triage_train_t14.toml": {"hu", "pl", "ro"},
    "triage_train_t15.toml": {"fi", "sv", "zh"},
    "triage_train_t16.toml": {"cs", "da", "tr"},
    "triage_train_t17.toml": {"ar"},
    "triage_train_t18.toml": {"el"},
    "triage_train_t19.toml": {"ru", "uk"},
    "triage_train_t20.toml": {"bg", "sr", "bs", "hr"},
    "triage_train_t21.toml": {"ja"},
    "triage_train_t22.toml": {"ko"},
    "triage_train_t23.toml": {"tr", "pl"},
    "triage_train_t24.toml": {"zh", "cs"},
    "triage_train_t25.toml": {"ar"},
    "triage_train_t26.toml": {"ru", "el"},
    "triage_train_t27.toml": {"uk", "bg"},
    "triage_train_t28.toml": {"sr", "hr", "mk", "sl", "en"},
    "triage_train_t43.toml": {"fi", "sv", "da", "nb"},
    "triage_train_t52.toml": {"fi", "pl", "ro", "hu"},
    "triage_train_t57.toml": {"ja"},
    "triage_train_t58.toml": {"tr", "cs"},
    "triage_heldout_t66.toml": {"ko"},
    "triage_heldout_t67.toml": {"sv", "da", "ro", "hu"},
    "triage_blind_p_tune.toml": {"cs", "da", "fi", "no", "pl", "sv", "tr"},
    "triage_blind_r_tune.toml": {"cs", "da", "fi", "hu", "nb", "pl", "ro", "sv", "tr"},
    "triage_blind_u_tune.toml": {"cs", "da", "fi", "hu", "nb", "pl", "ro", "sv", "tr"},
    "triage_blind_v_tune.toml": {"cs", "da", "fi", "hu", "nb", "pl", "ro", "sv", "tr"},
}


def cases(name: str) -> list[dict[str, Any]]:
    """The [[case]] tables of one fixture file."""
    with (FIXTURES / name).open("rb") as f:
        found: list[dict[str, Any]] = tomllib.load(f)["case"]
    return found


@pytest.mark.parametrize(("name", "split"), sorted(SETS.items()))
def test_every_case_is_labelled_and_marked_with_its_split(name: str, split: str) -> None:
    """Each case has a P0-P3 label, a language, a subject and a body, and its file's split."""
    for case in cases(name):
        assert case["label"] in {"P0", "P1", "P2", "P3"}, case["id"]
        assert case["split"] == split, case["id"]
        assert case["language"] in LANGUAGES | MORE_LANGUAGES.get(name, set()), case["id"]
        assert case["subject"].strip() and case["body"].strip(), case["id"]


def test_no_case_is_in_two_sets() -> None:
    """Ids and texts are unique across the tune and holdout sets (a holdout stays unseen)."""
    ids = [case["id"] for name in SETS for case in cases(name)]
    texts = [case["body"].strip() for name in SETS for case in cases(name)]
    assert len(ids) == len(set(ids))
    assert len(texts) == len(set(texts))
