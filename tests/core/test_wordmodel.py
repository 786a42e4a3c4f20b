"""The word model triage asks when no decision row holds: training, answers, the shipped file."""

import tomllib
from importlib import resources
from pathlib import Path

from supportmail.core.priority import signal_text
from supportmail.core.types import Priority
from supportmail.core.wordmodel import (
    dump_model,
    load_model,
    model_tokens,
    train,
)
from supportmail.shipped import default_model
from tests.support.scripts import load_script

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_tokens_are_words_and_neighbouring_pairs() -> None:
    """Words of three letters or more, lowercased, and each pair of neighbouring words."""
    assert model_tokens("The Export fails, 500 x") == {
        "the", "export", "fails", "the_export", "export_fails"
    }  # fmt: skip


def test_words_of_every_alphabet_are_tokens() -> None:
    """Cyrillic, Greek, Arabic and Latin letters beyond a-z are read as words (a request in
    them reached the model as its few Latin words before, and the model could learn nothing
    from the requests written in them), and Chinese, Japanese and Korean as character pairs."""
    assert model_tokens("система не работает") == {
        "система", "работает", "система_работает"
    }  # fmt: skip
    assert model_tokens("το api δεν λειτουργει") == {
        "api", "δεν", "λειτουργει", "api_δεν", "δεν_λειτουργει"
    }  # fmt: skip
    assert model_tokens("الفواتير لا تصدر") == {"الفواتير", "تصدر", "الفواتير_تصدر"}
    assert model_tokens("wyłaczony system") == {"wyłaczony", "system", "wyłaczony_system"}
    assert model_tokens("登录失败 api") == {"登录", "录失", "失败", "api"}


def test_training_is_deterministic_and_never_answers_p0() -> None:
    """The same requests give the same model; even P0-only words give P1 at most, with the
    words that weighed most named."""
    docs = [
        ({"down", "everyone"}, Priority.P0),
        ({"down", "everyone"}, Priority.P0),
        ({"typo", "menu"}, Priority.P3),
        ({"typo", "menu"}, Priority.P3),
        ({"export", "fails"}, Priority.P1),
        ({"export", "fails"}, Priority.P1),
        ({"password", "reset"}, Priority.P2),
        ({"password", "reset"}, Priority.P2),
    ]
    model = train(docs, min_docs=2)
    assert dump_model(model) == dump_model(train(list(docs), min_docs=2))
    assert load_model(__import__("json").loads(dump_model(model))) == model
    assert model.decide({"typo", "menu"}) == (Priority.P3, ("menu", "typo"))
    assert model.decide({"down", "everyone"})[0] is not Priority.P0


def test_lean_weighs_two_priorities_and_names_the_words() -> None:
    """lean() says how much likelier the higher priority is than the lower (above 0: the
    higher), with the words that favour it most first."""
    docs = [
        ({"down", "everyone", "drivers"}, Priority.P0),
        ({"down", "everyone", "drivers"}, Priority.P0),
        ({"export", "fails", "drivers"}, Priority.P1),
        ({"export", "fails", "drivers"}, Priority.P1),
    ]
    model = train(docs, min_docs=2)
    margin, words = model.lean({"down", "everyone", "drivers"}, Priority.P0, Priority.P1)
    assert margin > 0 and words[:2] == ("down", "everyone") and "drivers" in words
    low, _ = model.lean({"export", "fails"}, Priority.P0, Priority.P1)
    assert low < 0
    assert model.lean({"unknown"}, Priority.P0, Priority.P1)[1] == ()


def test_shipped_model_is_what_the_script_trains() -> None:
    """supportmail/defaults/triage_model.json is reproduced from the fixtures (as
    scripts/train_triage_model does), and no holdout is among them unless its header says it
    was opened as tuning material (a sealed set is not in the repository at all)."""
    docs = []
    for name in load_script("train_triage_model").FIXTURES:
        path = FIXTURES / name
        opened = "TUNING MATERIAL" in path.read_text("utf-8").split("[[case]]")[0]
        with path.open("rb") as f:
            for case in tomllib.load(f)["case"]:
                assert case.get("split") != "holdout" or opened, name
                text = case.get("body", case.get("text", ""))
                label = Priority(case.get("label") or case["expected"])
                docs.append((model_tokens(signal_text(case["subject"], text)), label))
    shipped = resources.files("supportmail").joinpath("defaults/triage_model.json")
    # A change to how triage cleans text (quotes, signatures) changes the model's input: run
    # scripts/train_triage_model and commit the file with it.
    assert dump_model(train(docs)) == shipped.read_text("utf-8"), "run scripts/train_triage_model"
    assert default_model().weights
