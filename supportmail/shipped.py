"""The triage policy and word model shipped in supportmail/defaults, read from package data once.

The core parses them (core.priority.load_policy, core.wordmodel.load_model) but never reads a
file: this shell module does, so triage in the core stays pure and every caller says which
policy it decides with.
"""

import json
import tomllib
from functools import cache
from importlib import resources

from supportmail import startcache
from supportmail.core import linearmodel
from supportmail.core.priority import TriagePolicy, load_policy
from supportmail.core.wordmodel import WordModel, load_model


@cache
def default_model() -> WordModel:
    """The shipped model (supportmail/defaults/triage_model.json), read once."""
    source = resources.files("supportmail").joinpath("defaults/triage_model.json")
    return load_model(json.loads(source.read_text("utf-8")))


@cache
def default_linear() -> linearmodel.LinearModel:
    """The shipped linear model (supportmail/defaults/triage_linear.json), read once (its
    parsed form kept between processes: startcache)."""
    source = resources.files("supportmail").joinpath("defaults/triage_linear.json")
    return startcache.linear_model(
        source.read_bytes(), lambda raw: linearmodel.load_model(json.loads(raw))
    )


@cache
def default_rules() -> TriagePolicy:
    """The shipped detectors and decision table (supportmail/defaults/triage.toml) without any
    model, read once; a problem in them is a bug in this package. The signals' stored analysis
    (defaults/triage.analysis.json) spares parsing and compiling their patterns. What
    scripts/train_triage_model reads requests with (the model files may not exist yet). Loading
    them installs the start cache: whoever reads with the shipped policy builds its large
    scanners from there (startcache)."""
    startcache.install()
    defaults = resources.files("supportmail").joinpath("defaults")
    data = tomllib.loads(defaults.joinpath("triage.toml").read_text("utf-8"))
    try:
        analysis = json.loads(defaults.joinpath("triage.analysis.json").read_text("utf-8"))
    except (OSError, ValueError):  # missing or unreadable: analyse the patterns (slower, same)
        analysis = None
    policy, problems = load_policy(data, "defaults/triage.toml", analysis)
    if policy is None:
        raise ValueError("broken default triage policy: " + "; ".join(problems))
    return policy


@cache
def default_policy() -> TriagePolicy:
    """default_rules() with the shipped linear model (the naive Bayes one, default_model(), is
    not loaded: where a policy has the linear model, triage never asks it), read once."""
    rules = default_rules()
    return TriagePolicy(rules.detectors, rules.table, None, default_linear())
