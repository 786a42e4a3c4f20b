"""Triage scored on labelled requests the rules were not written against (issue 17).

- tests/fixtures/triage_blind_tune.toml: the tune half of 260 requests written by two writers who
  saw only the policy table (never triage.toml, priority.py or an eval set); the signals were
  developed against this half. The other half (triage_blind_holdout.toml) and set C
  (triage_blind_holdout_c.toml) were measured blind twice, then opened as tuning material in the
  second round of issue 17; their floors below guard what that round reached.
- tests/fixtures/triage_dev.toml: requests written by the helper who built the signals, from the
  policy in batches, each scored before the detectors were adjusted to it (44/58 -> 58/58,
  31/49 -> 49/49, 25/46 -> 46/46, 29/40 -> 40/40, 27/30 -> 30/30, 22/24 -> 24/24); an
  optimistic check, not a measurement. The word model (supportmail.core.wordmodel) is trained
  on every set here, so it is not measured here either: scripts/crossval_triage scores each set
  with a model trained without it.
- tests/fixtures/triage_blind_d_tune.toml: set D's tune half, tuning material;
  tests/fixtures/triage_blind_d_holdout.toml: its holdout half, measured blind three times
  (36 -> 37 -> 38/60 exact, P0 8/15), then opened as tuning material in issue 17's fourth round
  (its misses were fixed as classes; the word model trains on it too, so its floor is in-sample).

The floors asserted are the levels reached when the detectors were committed, so that a change
making triage worse on them fails here; the issue's targets are >= 90 % exact, every P0 found,
no P2/P3 called P0 and P1 recall >= 85 %.
"""

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from supportmail.core.priority import triage
from supportmail.core.types import Priority
from supportmail.shipped import default_policy

FIXTURES = Path(__file__).parent.parent / "fixtures"
NAMES = [p.value for p in Priority]


def _cases(name: str) -> list[dict[str, Any]]:
    """The [[case]] tables of a fixture."""
    with (FIXTURES / name).open("rb") as f:
        cases: list[dict[str, Any]] = tomllib.load(f)["case"]
    return cases


def _score(cases: list[dict[str, Any]]) -> tuple[Counter[tuple[str, str]], Counter[str], str]:
    """The confusion matrix, exact answers per language, and a printable report."""
    matrix: Counter[tuple[str, str]] = Counter()
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    misses = []
    for case in cases:
        result = triage(case["subject"], case["body"], policy=default_policy())
        got = result.priority.value
        matrix[(case["label"], got)] += 1
        seen[case["language"]] += 1
        if got == case["label"]:
            right[case["language"]] += 1
        else:
            misses.append(f"  {case['id']}: {case['label']} -> {result.explanation}")
    lines = ["rows: label, columns: triage   " + " ".join(f"{n:>4}" for n in NAMES)]
    for label in NAMES:
        row = [matrix[(label, got)] for got in NAMES]
        lines.append(f"  {label}{'':26}" + " ".join(f"{n:>4}" for n in row))
    lines.append(
        "  per language: "
        + ", ".join(f"{lang} {right[lang]}/{n}" for lang, n in sorted(seen.items()))
    )
    return matrix, right, "\n".join(lines + misses)


@pytest.mark.parametrize(
    ("fixture", "split", "floor_exact", "floor_p1"),
    [
        ("triage_blind_tune.toml", "tune", 133, 40),
        ("triage_dev.toml", "dev", 246, 75),  # 247 before T45-T52 were trained on (in-sample)
        ("triage_blind_holdout.toml", "holdout", 124, 36),
        ("triage_blind_holdout_c.toml", "holdout", 133, 39),
        ("triage_blind_d_holdout.toml", "holdout", 60, 15),
    ],
)
def test_unseen_requests_meet_the_targets(
    fixture: str, split: str, floor_exact: int, floor_p1: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every P0 found, no P2/P3 called P0, and exact answers and P1 recall at least the levels
    reached (both above the issue's 90 % and 85 %)."""
    cases = _cases(fixture)
    assert all(c["split"] == split for c in cases)
    assert len({c["id"] for c in cases}) == len(cases)
    matrix, _, report = _score(cases)
    with capsys.disabled():
        print(f"\n{fixture}\n{report}")
    exact = sum(matrix[(p, p)] for p in NAMES)
    p1 = sum(matrix[("P1", got)] for got in NAMES)
    assert exact >= floor_exact, report
    assert exact / len(cases) >= 0.90, report
    assert matrix[("P1", "P1")] >= floor_p1 and matrix[("P1", "P1")] / p1 >= 0.85, report
    assert sum(matrix[("P0", got)] for got in ("P1", "P2", "P3")) == 0, report
    assert matrix[("P2", "P0")] + matrix[("P3", "P0")] == 0, report


def test_every_language_is_read() -> None:
    """Each of the seven languages has requests in the tune half, and each is read right."""
    cases = _cases("triage_blind_tune.toml")
    _, right, report = _score(cases)
    seen = Counter(c["language"] for c in cases)
    assert set(seen) == {"en", "de", "fr", "es", "nl", "it", "pt"}
    assert all(right[lang] == n for lang, n in seen.items()), report


def test_set_d_tune_half_keeps_its_level(capsys: pytest.CaptureFixture[str]) -> None:
    """Set D's tune half (eight languages, tuning material since issue 17's third round) keeps
    the level reached with the shipped model (51/60 exact, P0 13/15, P1 14/15) and never calls
    a P2/P3 a P0; it is below the issue's targets, so only the floor is asserted
    (scripts/crossval_triage scores it left out)."""
    cases = _cases("triage_blind_d_tune.toml")
    assert all(c["split"] == "tune" for c in cases)
    matrix, _, report = _score(cases)
    with capsys.disabled():
        print(f"\ntriage_blind_d_tune.toml\n{report}")
    assert sum(matrix[(p, p)] for p in NAMES) >= 51, report
    assert matrix[("P0", "P0")] >= 13 and matrix[("P1", "P1")] >= 14, report
    assert matrix[("P2", "P0")] + matrix[("P3", "P0")] == 0, report


@pytest.mark.parametrize(
    ("fixture", "split", "floor_exact", "floor_p0", "floor_p1", "most_p0_calls"),
    [
        # Fifth round: set F's tune half and the training sets G1 and G2.
        ("triage_blind_f_tune.toml", "tune", 92, 23, 22, 0),
        ("triage_train_g1.toml", "train", 146, 39, 44, 0),
        ("triage_train_g2.toml", "train", 113, 35, 37, 0),
        # Sixth round: set H's tune half and the training sets T1-T4.
        ("triage_blind_h_tune.toml", "tune", 115, 26, 37, 0),
        # T1 144 and P1 40 since the twelfth round (145 and 41 before): the model then trained
        # on 4,762 requests instead of 3,682 and read 1,080 requests it had not seen better.
        ("triage_train_t1.toml", "train", 144, 34, 40, 0),
        ("triage_train_t2.toml", "train", 148, 33, 45, 0),
        ("triage_train_t3.toml", "train", 143, 31, 42, 0),
        ("triage_train_t4.toml", "train", 146, 31, 45, 0),
        # Seventh round: set I's tune half (first contact 102/120).
        ("triage_blind_i_tune.toml", "tune", 118, 28, 37, 0),
        # Eighth round: set K's tune half, training data only (first contact 104/120, in-sample
        # 116/120, P0 33, P1 35).
        ("triage_blind_k_tune.toml", "tune", 114, 32, 34, 0),
        # Training sets T5-T8 (first contact 125, 132, 121, 126 of 150; in-sample 145, 144, 143,
        # 141).
        ("triage_train_t5.toml", "train", 143, 38, 45, 0),
        ("triage_train_t6.toml", "train", 142, 36, 46, 0),
        ("triage_train_t7.toml", "train", 141, 38, 44, 0),
        ("triage_train_t8.toml", "train", 139, 34, 45, 0),
        # Training sets T9-T12 (first contact 130, 130, 131, 130 of 150; in-sample 144, 145,
        # 146, 142).
        ("triage_train_t9.toml", "train", 142, 37, 45, 0),
        ("triage_train_t10.toml", "train", 143, 37, 46, 0),
        ("triage_train_t11.toml", "train", 144, 40, 44, 0),
        ("triage_train_t12.toml", "train", 140, 35, 45, 0),
        # Set N's tune half, training data only (first contact 100/119; in-sample 117/119, P0 30,
        # P1 32). With T33-T44 trained on, the model reads one P2 with the everyone signal as
        # a P0 (56 %, asked to be confirmed).
        ("triage_blind_n_tune.toml", "tune", 115, 29, 31, 1),
        # Set P's tune half, training data only (first contact 97/120; in-sample 118/120, P0 34,
        # P1 36).
        ("triage_blind_p_tune.toml", "tune", 116, 33, 34, 0),
        # Twelfth round: the training sets T13-T16 and the tune halves of sets U, V and X (R's:
        # below), trained on since (first contact in each header; in-sample here). T15 calls one
        # P2 a P0 (two before it was trained on).
        ("triage_train_t13.toml", "train", 145, 41, 45, 0),
        ("triage_train_t14.toml", "train", 147, 42, 45, 0),
        ("triage_train_t15.toml", "train", 145, 41, 45, 1),
        ("triage_train_t16.toml", "train", 146, 41, 45, 0),
        ("triage_blind_u_tune.toml", "tune", 120, 30, 36, 0),
        ("triage_blind_v_tune.toml", "tune", 119, 29, 36, 0),
        ("triage_blind_x_tune.toml", "tune", 119, 30, 35, 0),
        # Set Y's tune half (first contact 110/120, P0 27/30; with the twelfth round's two
        # detectors, a maintenance page named in quotes and data emptied at full scope, 112/120,
        # P0 29/30, before it was trained on), trained on since.
        ("triage_blind_y_tune.toml", "tune", 119, 30, 35, 0),
        # Set Z's tune half (first contact 106/120, P0 29/30; with the thirteenth round's
        # detectors, a hole reported by its effect, people shown what their role should not see,
        # one of our people, records deleted by mistake, 112/120, P0 30/30, before it was trained
        # on), trained on since.
        ("triage_blind_z_tune.toml", "tune", 119, 30, 35, 0),
        # Set AA's tune half (first contact 103/120, P0 28/30, P2/P3 called P0 2; with the
        # fourteenth round's detectors, an export that comes out empty, a security problem by
        # name, no sign anyone used it, mail 'not from us', a vendor's breach questionnaire,
        # 111/120, P0 29/30, 1, before it was trained on), trained on since (120/120).
        ("triage_blind_aa_tune.toml", "tune", 119, 30, 35, 0),
        # Set AB's tune half (first contact 114/120, P0 29/30, P2/P3 called P0 1; with the
        # fifteenth round's detectors, nobody gets in said without a modal verb, a setting the
        # customer did not make no intruder's work, 117/120, P0 30/30, 0, before it was trained
        # on), trained on since (120/120).
        ("triage_blind_ab_tune.toml", "tune", 119, 30, 35, 0),
        # Set AC's tune half (first contact 106/120, P0 30/30, P2/P3 called P0 1; with the
        # sixteenth round's detectors, one office out while the others work, work that goes on,
        # a questionnaire's "in the event of a data breach", 109/120, 0, before it was trained
        # on), trained on since (120/120).
        ("triage_blind_ac_tune.toml", "tune", 119, 30, 35, 0),
        # Set AD's tune half (first contact 107/120, P0 29/30; with the seventeenth round's
        # fixes, "a business I have nothing to do with" no standstill, "no sign seen" no stopped
        # function, "alle andere klanten" the rest, 110/120, P0 30/30, before it was trained on),
        # trained on since (120/120).
        ("triage_blind_ad_tune.toml", "tune", 119, 30, 35, 0),
        # Set AE's tune half (first contact 103/120, P0 28/30, P2/P3 called P0 2; with the
        # eighteenth round's detectors, "nobody new can get in" and "30 people a week" no
        # everyone, an app that works offline no outage, a phishing simulation no breach, a
        # notification sound and a name in lower case cosmetic, the rest of the team working
        # one person's problem, a document asked for, 111/120, P0 29/30, 0, before it was
        # trained on), trained on since (120/120).
        ("triage_blind_ae_tune.toml", "tune", 119, 30, 35, 0),
        # Set AF's tune half (first contact 102/120, P0 29/30, P2/P3 called P0 2; with the
        # nineteenth round's detectors, a workaround said as what is corrected by hand now, as
        # what works typed in by hand or once a column is taken out, "we manage"; all of our six
        # pharmacies; a screen that stays loading; a missing lockout a reported weakness; no
        # further mail gone out as contained; "asked whether we had been hacked" no breach; "no
        # influence at all" minor; an option that disappears no data gone, 116/120, P0 30/30, 0,
        # before it was trained on), trained on since (120/120).
        ("triage_blind_af_tune.toml", "tune", 119, 30, 35, 0),
        # Set AG's tune half (first contact 100/120, P0 24/30, P2/P3 called P0 2; with the
        # twentieth round's detectors, a ticket tool's own Impact / Urgency / Priority fields
        # left unread, a count that sizes an account or a quote no one blocked, "70 users out
        # of our 210" a part, a parenthesis between "ninguno de los 210 usuarios" and "puede
        # entrar", the writer's own account deleted, phishing sent through our tenant, "401 on
        # everything", "nobody can see anything", a small share of events occasional, "aber
        # arbeiten kann ich", 114/120, P0 30/30, 0, before it was trained on), trained on since
        # (120/120).
        ("triage_blind_ag_tune.toml", "tune", 119, 30, 35, 0),
        # Set AH's tune half (first contact 105/120, P0 27/30, P2/P3 called P0 1; with the
        # twenty-first round's detectors, "como se" read as "as if" no question, a hack first
        # feared then not and "a leaking boiler" no breach, "no data is missing" no data gone,
        # "none of the four hotels", "all tills in our 5 bakeries", three things none possible
        # ("no podemos ver X, ni Y, ni Z"), "wat kost", "we manage about 300", "in the meantime"
        # said of what others use, "not the end of the world", 112/120, P0 30/30, 0, before it
        # was trained on), trained on since (118/120, P1 34/36).
        ("triage_blind_ah_tune.toml", "tune", 118, 30, 34, 0),
        # Set AI's tune half (first contact 98/120, P0 23/30, P2/P3 called P0 1; with the
        # twenty-second round's detectors, an export that gives an empty file or one Excel cannot
        # open, an outage first suspected elsewhere, any of our 12 restaurants, nobody lost or
        # noticed anything, everyone can still log hours, the others get them, trucks loaded and
        # idle, handwritten tickets, access from a foreign IP, an automation none of us created,
        # other clients' files, "nothing is actually broken", a customer base gone from 12,400
        # to 311, folders there but empty, "geen aanwijzing dat iemand dit misbruikt", a document
        # asked for with its topic ("die aktuelle API-Dokumentation"), and "are all our settings
        # gone?" asked rather than said, 114/120, P0 29/30, 1 before it was trained on), trained
        # on since (120/120).
        ("triage_blind_ai_tune.toml", "tune", 119, 30, 35, 0),
        # Set AJ's tune half (first contact 114/120, P0 30/30, P2/P3 called P0 1; with the
        # twenty-third round's detectors, French "compromis de vente" no breach, a breach read in
        # the news and "wij merken zelf niets vreemds", "het gaat om een project" and "de rest is
        # in orde", "that's what we're doing for now", a retry that gets everything in the end,
        # 118/120, 0, before it was trained on), trained on since (120/120).
        ("triage_blind_aj_tune.toml", "tune", 119, 30, 35, 0),
        # Set AK's tune half (first contact 106/120, P0 27/30; with the twenty-fourth round's
        # detectors, the writer's apology for her typing ("dictated, sorry for typos", "bitte
        # Tippfehler entschuldigen") no cosmetic complaint, "none of the 75 of us", "Tuesday or
        # Thursday afternoon works" no rest that works, "tout est marqué en attente", "in the other
        # 27 contracts the values are right", "niemand benutzt", credentials typed into a phishing
        # page, no strange logins seen, "not big problem", counted by hand, a workaround that says
        # the work goes on, 115/120, P0 30/30, before it was trained on), trained on since
        # (120/120).
        ("triage_blind_ak_tune.toml", "tune", 119, 30, 35, 0),
        # Set AL's tune half (first contact 106/120, P0 27/30, P2/P3 called P0 1; with the
        # twenty-fifth round's detectors, "sparito tutto", "ha eliminato tutte le pratiche", "non
        # c'è più niente", "alles weg", "non possiamo vedere né X né Y", "non si va da nessuna
        # parte", the other offices fine, "os outros cinco estúdios estão bem", the minutes a fix by
        # hand takes the writer no slowness, "l'application hors ligne" a feature's name, every
        # attempt, "nenhum relatório está sendo enviado", "ist geplant, dass", 114/120, P0 30/30,
        # 0, before it was trained on), trained on since (120/120).
        ("triage_blind_al_tune.toml", "tune", 119, 30, 35, 0),
        # Set AM's tune half (first contact 111/120, P0 29/30; with the twenty-sixth round's
        # detectors, a dash that ends a clause before "hele kantoor zit stil", "alle 47 collega's",
        # the rest of the company fine, our staff app working normally and a checklist's "X : OK",
        # a form's layout no cosmetic point, the amount format a cosmetic one, "nobody does it",
        # 117/120, P0 30/30, before it was trained on), trained on since (120/120).
        ("triage_blind_am_tune.toml", "tune", 119, 30, 35, 0),
        # Set AN's tune half (first contact 110/120, P0 28/30, P2/P3 called P0 1; with the
        # twenty-seventh round's detectors, "tiempos de respuesta comprometidos" no breach (a
        # thing an intruder takes, or what happened to it), any page of one module that module,
        # "40 van onze 95 mensen" a part, "das ist so keine Dauerlösung" a workaround, "which works
        # but is tedious", "per ora possono lavorare con", "sämtliche Termine ... verschwunden"
        # said further on, an account used for scams and the other admins' passwords changed,
        # 116/120, P0 30/30, before it was trained on), trained on since (120/120).
        ("triage_blind_an_tune.toml", "tune", 119, 30, 35, 0),
        # Set AO's tune half (first contact 112/120, P0 29/30, P2/P3 called P0 2; with the
        # twenty-eighth round's detectors, "bij de andere 23 monteurs gaat alles gewoon goed" no
        # count of everyone, appointments that "komen niet in haar agenda" no one locked out, "if
        # an attacker ever got hold of a key" and "there's no breach going on" supposed, "een idee
        # wanneer" a date asked for, an old share link that still opens, all prices zeroed by an
        # import, a translation that wants a native speaker, "tutti i nostri 70 docenti", "non
        # vengono salvate" and "da web si salvano correttamente", "não está parando ninguém", a file
        # split in parts that went through, 120/120 before it was trained on), trained on since.
        ("triage_blind_ao_tune.toml", "tune", 119, 30, 35, 0),
        # Set AP's tune half (first contact 110/120, P0 26/30; with the twenty-ninth round's
        # detectors, "none of our technicians (about 300, ...) can get in" and "e estão parados"
        # in de fr es nl pt, "app not loading for anyone here", admins in the account "die wij
        # niet kennen", a screen that says "Onderhoud bezig", an endpoint failing every request
        # while a way round it is used no whole-product outage, "es solo cómo aparece", "slower
        # but works", "mientras tanto ... directamente en", "pour l'instant on leur a demandé",
        # the account's ownership passed on, 119/120, P0 30/30, before it was trained on),
        # trained on since.
        ("triage_blind_ap_tune.toml", "tune", 119, 30, 36, 0),
        # Set AQ's tune half (first contact 108/120, P0 28/30, P2/P3 called P0 1; with the
        # thirtieth round's detectors, "salen sin problema y el resto va bien" (without problems
        # is no negation), "usw. funktioniert alles", "all open perfectly well", "wie ingelogd is
        # kan gewoon doorwerken", a file server "atingido por um ransomware", a way round that
        # works "but nobody can find anything in reasonable time", jobs assigned "by telephone
        # and spreadsheet" (a costly way round is no partial loss and no cosmetic point), and an
        # answer's subject left out when the writer's new text tells its own story ("RES: Cliente
        # sumiu" over "o cliente não sumiu"), 112/120, P0 29/30, 0, before it was trained on),
        # trained on since.
        ("triage_blind_aq_tune.toml", "tune", 119, 30, 35, 0),
        # Set AR's tune half (first contact 96/120, P0 23/30; with the thirty-first round's
        # detectors, a zero count where work should flow ("0 pedidos sincronizados", "0 van 2.300
        # routes geladen", "Takings processed today: €0") and "0 de 19 lojas" no part of the users,
        # "210 chauffeurs staan ... te wachten", a till app that "won't get past 'Syncing...'",
        # someone logged in with a colleague's account now and phishing sent from ours (fr es it
        # pt nl de), an incident contained (the password changed and the sessions closed, the
        # log shows nothing done, tried only on test accounts of one's own), "offline
        # beschikbaar" a feature, "two or three nights a week", "a matter of convenience",
        # 106/120, P0 28/30, before it was trained on), trained on since.
        ("triage_blind_ar_tune.toml", "tune", 117, 29, 34, 0),
        # Set AS's tune half (first contact 109/120, P0 29/30; with the thirty-second round's
        # detectors, "unser ganzer Betrieb steht" and the crews all waiting, only one module
        # having the problem, one request in three failing (partly available, not an outage),
        # a fault to look into asked as a question ("kunnen jullie kijken waar dat aan ligt?"),
        # "nothing failing" and "within our 10 s timeout", "ze kunnen er gewoon mee werken",
        # the way round in use ("so I've been doing that"), "Tudo funciona" no scope, dark mode
        # and contrast, 114/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_as_tune.toml", "tune", 118, 29, 35, 1),
        # Set AT's tune half (first contact 106/120, P0 27/30; with the thirty-third round's
        # detectors, crews waiting in numbers and nothing picked since six, payment details
        # changed by someone else and changed again, a switched-off user still getting in, a
        # loss the customer avoids ("want dan ben ik haar gegevens kwijt"), a person paused for
        # a while, existing users fine, "rare for us" and the clock change, fixed by hand,
        # "annoying rather than critical", a job run twice, a signature that does not match,
        # one record lost while everything else is fine no P1, 115/120, P0 30/30, before it
        # was trained on), trained on since.
        ("triage_blind_at_tune.toml", "tune", 118, 29, 35, 0),
        # Set AU's tune half (first contact 112/120, P0 29/30; with the thirty-fourth round's
        # detectors, "none of my staff can log in", an outage supposed ("whether we'd even know
        # if Houseware went down"), "en interne, tout fonctionne", an integration that still
        # logs, "invece sono corretti", "oder ist das ein Fehler?" a fault to look into,
        # "shrinking it down" no outage, "bei allen anderen" no count of everybody, 118/120,
        # P0 30/30, before it was trained on), trained on since.
        ("triage_blind_au_tune.toml", "tune", 117, 29, 35, 1),
        # Set AV's tune half (first contact 106/120, P0 26/30; with the thirty-fifth round's
        # detectors, "funktioniert dagegen überhaupt nicht", "Nothing is actually blocked",
        # "Rest of the platform is fine" without its article, "başka bir sorun yok", "helt
        # utilgængeligt", no page loading at all for anyone, not a single job completed, the
        # whole staff able to do none of it (ja) and not one order (zh), "jede zweite" half the
        # time and no occasional problem, "所有在线付款都失败", errors in the translation and
        # "queda poco profesional" cosmetic, 115/120, P0 30/30, before it was trained on),
        # trained on since.
        ("triage_blind_av_tune.toml", "tune", 116, 29, 33, 1),
        # Set AW's tune half (first contact 102/120, P0 29/30; with the thirty-sixth round's
        # detectors, a test, staging, sandbox or training environment with production said to
        # work (a new row, not-production, P2; the model never makes it a P0), "someone else's"
        # only with data of theirs, no incident occurred and asked for the records, the
        # records "clearly there", slowness and everyone in Russian and Korean, "un rendez-vous
        # sur vingt", 110/120, P0 29/30, before it was trained on), trained on since.
        ("triage_blind_aw_tune.toml", "tune", 117, 29, 34, 1),
        # Set AX's tune half (first contact 102/120, P0 28/30; with the thirty-seventh round's
        # detectors, "our existing 50 users are fine", "our staff can use Houseware as normal",
        # a rule "we didn't create" and who is in there (a breach), the rule that "comes back"
        # after it was disabled (not contained), untranslated pages, "just ugly" and "nothing is
        # actually wrong", no result at all (ko), records turned to question marks (zh), access
        # restored no data restored (nl), 110/120, P0 30/30, before it was trained on), trained
        # on since.
        ("triage_blind_ax_tune.toml", "tune", 116, 29, 34, 1),
        # Set AY's tune half (first contact 99/120, P0 28/30; with the thirty-eighth round's
        # detectors, scam texts sent in the customer's name and an admin's login from abroad
        # at night (sv da nb), a breach read about in the paper, a person's wish that her own
        # data be erased, days of work gone after a restore, "virker søgefeltet ikke længere",
        # 103/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_ay_tune.toml", "tune", 116, 29, 34, 2),
        # Set AZ's tune half (first contact 106/120, P0 25/30; with the thirty-ninth round's
        # detectors, a former employee forwarding the mail out (a breach), "ninguém consegue
        # lançar nada", people turned away at the door, not a single ticket sold and "vi står
        # fullstendig", nobody getting past a page (nb), 111/120, P0 30/30, before it was
        # trained on), trained on since.
        ("triage_blind_az_tune.toml", "tune", 117, 29, 34, 1),
        # Set BA's tune half (first contact 106/120, P0 28/30; with the fortieth round's
        # detectors, tills in all N branches (de), shipping stopped entirely (ja), names that
        # "se cortan", the other people or every other item working (fr sv ja zh en), a hole in
        # zh and ja, a reporter who stopped there so that it is fixed, "nobody hurt", 117/120,
        # P0 30/30, before it was trained on), trained on since.
        ("triage_blind_ba_tune.toml", "tune", 118, 29, 34, 1),
        # Set BB's tune half (first contact 107/120, P0 28/30; with the forty-first round's
        # detectors, a catalogue erased whole ("se borró todo el"), orders nobody here made
        # (tr), the other printers working (cs pl ro hu tr), "hun er ikke blokeret", reopening
        # a closed period, "it is just the sound", an error message quoted ("Service
        # unavailable") and a beep 300 times a day (neither decides), 113/120, P0 30/30,
        # before it was trained on), trained on since.
        ("triage_blind_bb_tune.toml", "tune", 118, 29, 34, 1),
        # Set BC's tune half (first contact 113/120, P0 28/30; with the forty-second round's
        # detectors, another customer's invoices going out and a link posted on a public forum
        # with downloads climbing (data exposed), an account we deactivated with nothing since
        # (nl fr es it pt en: contained), "makes us look sloppy", "ei mikään iso asia" and
        # "muuten kaikki toimii" (fi), a leaked link that "still works" (not the rest working),
        # 117/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_bc_tune.toml", "tune", 117, 29, 34, 1),
        # Set BD's tune half (first contact 101/120, P0 28/30; with the forty-third round's
        # detectors, SSO that "marche normalement" elsewhere (fr) and the rest working (ko), no
        # evidence that it happened and nothing believed leaked (contained), a scheduled export
        # of the customer list to an outside address (exposed), nobody seeing anything any more
        # (de), the others getting it at once (cs), 108/120, P0 30/30, before it was trained
        # on), trained on since.
        ("triage_blind_bd_tune.toml", "tune", 115, 29, 33, 1),
        # Set BE's tune half (first contact 107/120, P0 28/30; with the forty-fourth round's
        # detectors, our own other customers' invoices shown right (no leak), "partout ailleurs
        # ça va", "doar ieșirea nu" (ro), a fear of deleting everything, nothing since and no
        # breach after all (contained), intruders in Turkish and Romanian, "the other 11,000
        # look fine", 113/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_be_tune.toml", "tune", 118, 29, 34, 1),
        # Set BF's tune half (first contact 89/120, P0 23/30; 94/120 once the models read
        # Chinese, Japanese and Korean by pairs of characters; with the forty-fourth round's
        # detectors, an intruder in Chinese and an account that "is deleting", all of a kind
        # overwritten (zh) or emptied (ko), every branch and no permission (ko), all failing
        # (ko zh), the rest fine (da ko zh ja), "internally everything is fine", fixed the same
        # day and "det löste sig", 107/120, P0 30/30, before it was trained on), trained on
        # since.
        ("triage_blind_bf_tune.toml", "tune", 118, 29, 34, 1),
        # Set BG's tune half (first contact 94/120, P0 21/30; with the forty-fifth round's
        # detectors, whichever account logs in (ja), every store (zh), everyone ko pl ro hu,
        # work halted in ja zh ko hu pl ro, not one page (zh), the workspace not found (ko), a
        # login from abroad (ko) and "I touched nothing" (ro), the rest fine, some, one store,
        # managing somehow, the harm small and an admin task in Japanese, 108/120, P0 30/30,
        # before it was trained on), trained on since.
        ("triage_blind_bg_tune.toml", "tune", 118, 29, 34, 1),
        # Set BH's tune half (first contact 105/120, P0 30/30; with the forty-fifth round's
        # detectors, a breach as a policy's topic, "it's fine now" and "ya está resuelto", the
        # live parts up to date, the other offices fast (nl), "de momento trabajamos en" (es),
        # a password reset with sessions closed (nl), a booking shown in Google only tomorrow
        # (no leak), 109/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_bh_tune.toml", "tune", 116, 29, 33, 1),
        # Set BI's tune half (first contact 108/120, P0 27/30; with the forty-sixth round's
        # detectors, not a single order (pl), nobody here can open a file (fr), the production
        # lines waiting, the whole department (pl), the rest fine (ko zh nl, "only the export is
        # broken"), three of our people and "via de browser ... wel" (nl), most weeks it works
        # and the ownership moved (sv), usable but cumbersome (zh), a documentation asked for
        # (fr), 118/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_bi_tune.toml", "tune", 118, 29, 34, 1),
        # Set BJ's tune half (first contact 107/120, P0 26/30; with the forty-seventh round's
        # detectors, no picking no packing, patients sent home, not one shipment booked, every
        # scanner in the building and all nine sites, nothing entered still there the next
        # morning, exported in his name (hu), the sharing undone (ko), "nu e urgent" and "nem
        # vészes", the others fine (hu), a dreadful impression (cs), how to set it up (zh tr),
        # 115/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_bj_tune.toml", "tune", 117, 29, 34, 1),
        # Set BK's tune half (first contact 104/120, P0 23/30; once triage folds traditional
        # Chinese to simplified and with the forty-eighth round's detectors, the work stopped
        # (zh ko), N workers waiting and not one went out (ko), none of the listed tasks and
        # not one order since (ja), a login from abroad its owner did not make and an
        # administrator nobody knows (zh), files all 0 KB and every price changed to zero (zh
        # ko), the other people fine (ko zh), from elsewhere without trouble (ja), a few times a
        # month (ja zh), "sapete quando" (it), 115/120, P0 30/30, before it was trained on),
        # trained on since.
        ("triage_blind_bk_tune.toml", "tune", 118, 29, 34, 1),
        # Set BL's tune half (first contact 112/120, P0 28/30; with the forty-ninth round's
        # detectors, all the users and no access (nb), none of the employees gets anything done
        # (nb da), people sitting doing nothing and no page loading for anyone (fi), everything
        # else fine too and other mail still arriving normally (en), the existing ones keep
        # working (es), everything works but it looks unprofessional (cs), a few out of
        # thousands (en), 118/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_bl_tune.toml", "tune", 118, 29, 34, 1),
        # Set BM's tune half (first contact 102/120, P0 25/30; with the fiftieth round's
        # detectors, an account taken over whose owner sent nothing (ja), another company's
        # data shown and the whole company not working (ko), the archive emptied (it), every
        # file 0 KB (es), once or twice a week and now and then (ja ko; not in a quoted earlier
        # report), no harm to the work and not urgent (ja ko), managing somehow (ja), that is
        # how we do it for now (de), the others all fine (ja), a maintenance contractor and
        # "läuft alles, das will ich gar nicht bestreiten" no outage, 119/120, P0 30/30, before
        # it was trained on), trained on since.
        ("triage_blind_bm_tune.toml", "tune", 118, 29, 34, 1),
        # Set BN's tune half (first contact 106/120, P0 26/30; with the fifty-first round's
        # detectors, an attack going on and logins that change bank details (en), an account
        # broken into (fi), when we can get back in (en), in none of our restaurants and nothing
        # works (hu), the rest works (pl da), the other staff not having it (en), the font too
        # small (nb), a grammar school's name no grammar complaint, 115/120, P0 30/30, before it
        # was trained on), trained on since.
        ("triage_blind_bn_tune.toml", "tune", 118, 29, 34, 1),
        # Set BO's tune half (first contact 111/120, P0 25/30; with the fifty-second round's
        # detectors, a case file that opens for nobody and the fourteen of the office who tried
        # (es), an account hijacked and someone logged in as a colleague (sv), changes in the
        # name of someone away who has not logged in (da pl), data sent to a server nobody
        # knows (pl), a penetration test's finding not yet used (zh), 2,300 customers deleted
        # (fi), the rest working as usual (sv ko), for now we use another browser (sv),
        # 120/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_bo_tune.toml", "tune", 118, 29, 34, 1),
        # Set BP's tune half (first contact 101/120, P0 23/30; with the fifty-third round's
        # detectors, nothing works (pl cs; ko), we cannot sell anything (any language), without
        # the system neither this nor that (it), nothing can be done (ko), not one parcel can
        # ship (zh), on all our tills and workstations (it pl ro), every page (ko), no payment
        # goes through (ro), every order's address overwritten (zh), accounts logged in from
        # abroad (ko), the clinic side and staff logins fine, the other shops fine (en hu fi es),
        # nothing wrong now (en), how to set it up (cs zh and others), a couple of times a day
        # (da sv nb), an icon cut off and letters shown wrong (es hu), failing for one doctor
        # only, 113/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_bp_tune.toml", "tune", 118, 29, 34, 1),
        # Set BQ's tune half (first contact 106/120, P0 25/30; with the fifty-fourth round's
        # detectors, logins from abroad that were not us and a session still open (fi), someone
        # logged into an account deleting now (pl), none of our 450 and everyone in the
        # municipality (sv nb), the web and the app alike, whatever we search, a blank page (sv
        # nb), 52,000 readings overwritten (hu), minutes and a timeout (cs), the system otherwise
        # runs (cs), the others at once (hu), the newer ones fine (en), some colleagues (hu fi),
        # no catastrophe (hu fi), not every time (fi), another option for now (en nb tr), one PC
        # only (ja), 118/120, P0 30/30, before it was trained on), trained on since.
        ("triage_blind_bq_tune.toml", "tune", 118, 29, 34, 1),
        # Set BR's tune half (first contact 109/120, P0 25/30; with the fifty-fifth round's
        # detectors, all the other colleagues without a problem (de), guests seeing another
        # guest's booking (de), no teacher nor pupil and nothing loads for anybody (pl cs), a
        # blank screen (pl cs), most of them gone and neither this nor that (hu), merging
        # duplicate accounts (zh), 115/120, P0 29/30, before it was trained on), trained on since.
        ("triage_blind_br_tune.toml", "tune", 118, 29, 34, 1),
        # Sets BS's and BT's tune halves (first contact 98/120, P0 27/30 and 105/120, P0 24/30;
        # most misses in languages triage does not read: Greek, Bulgarian, Russian, Arabic,
        # Vietnamese, Malay, Indonesian, which the word model now leaves to the table when it
        # knows under 30 % of the words; with the fifty-sixth round's detectors, nothing has loaded
        # (en), the other 10,175 rows went through fine (en), 100/120, P0 28/30 and 104/120, P0
        # 24/30, before they were trained on), trained on since.
        ("triage_blind_bs_tune.toml", "tune", 108, 28, 27, 0),
        ("triage_blind_bt_tune.toml", "tune", 116, 28, 35, 0),
        # Set BU's tune half (first contact 87/120, P0 20/30: its Baltic, Slovenian, Croatian,
        # Serbian, Ukrainian, Russian and Bulgarian half is read by no signal; with the round's
        # detectors, "there's no one here" is nobody present, not nobody able (en), sales and
        # bookings still going through fine (en), 88/120 before it was trained on), trained on.
        ("triage_blind_bu_tune.toml", "tune", 110, 28, 30, 0),
        # Set BV's tune half (first contact 101/120, P0 25/30; with the round's detectors, a
        # cosmetic point beside stopped work (en), an error message quoted is no intruder (nl),
        # nobody has got at anything and a whole group sits and waits (sv), cannot get in and it
        # concerns all of us (fi), 105/120 before it was trained on), trained on since.
        ("triage_blind_bv_tune.toml", "tune", 116, 29, 33, 0),
        # Set BW's tune half (first contact 109/120, P0 26/30; with the round's detectors, all of
        # it overwritten or gone (ko zh), issued without authority from an account and logins
        # from an IP never seen (ko), 112/120 before it was trained on), trained on since.
        ("triage_blind_bw_tune.toml", "tune", 116, 30, 33, 1),
        # Set BX's tune half (first contact 62/120, P0 5/30: Ukrainian, Bulgarian, Serbian,
        # Croatian, Slovenian, Greek, Vietnamese, Indonesian, Malay, Arabic, Estonian, Latvian and
        # Lithuanian, languages no signal read; with the round's detectors for the policy's main
        # dimensions in them, 102/120, P0 28/30, before it was trained on), trained on since.
        ("triage_blind_bx_tune.toml", "tune", 114, 29, 31, 0),
        # Set BY's tune half (written after BX's round in the same languages; first contact
        # 74/120, P0 10/30; with the round's detectors, hacked, nobody can work, a maintenance
        # page, none of a kind, seconds to load, sometimes, not urgent, some of our staff, the
        # price, 106/120, P0 26/30, before it was trained on), trained on since.
        ("triage_blind_by_tune.toml", "tune", 116, 30, 33, 0),
        # Set BZ's tune half (the languages whose sealed requests scored lowest: fi hu ro pl
        # ru tr cs ja ko da sv nb bg el uk ar; first contact 87/120, P0 19/30; with the
        # round's detectors, Russian read for the policy's main dimensions, the workaround
        # and its guards in the languages read since BX, an extortion demand, every request
        # failing, 113/120, P0 29/30, before it was trained on), trained on since.
        ("triage_blind_bz_tune.toml", "tune", 117, 30, 34, 0),
        # Set CA's tune half (written after BZ's round in its languages: informal phone mails,
        # IT departments' reports; first contact 96/120, P0 20/30; with the round's detectors,
        # everyone in the office, Russian typed in Latin letters, someone deleting or exporting
        # now, the other parts working, 112/120, P0 29/30, before it was trained on), trained on.
        ("triage_blind_ca_tune.toml", "tune", 117, 30, 35, 0),
        # Set CB's tune half (written after CA's round in its languages: public sector,
        # healthcare, education; logistics and field service; first contact 95/120, P0 22/30;
        # with the round's detectors, all of them gone or deleted, the loss of data, people and
        # trucks waiting, not one notification, an API key leaked, 108/120, P0 27/30, before it
        # was trained on), trained on since.
        ("triage_blind_cb_tune.toml", "tune", 116, 30, 34, 1),
        # Set CC's tune half (English, and de fr es it pt nl: office staff telling what they
        # see, technical customers with codes and rates; first contact 109/120, P0 29/30; with
        # the round's detectors, an outage supposed for a plan, the colleagues' own working,
        # passwords in plain text, the attacker named as the doer, key rotation and the billing
        # contact, one call in N, 117/120, P0 30/30, before it was trained on), trained on.
        ("triage_blind_cc_tune.toml", "tune", 117, 30, 35, 0),
        # Set CD's tune half (ar el bg uk ru sr, the languages whose sealed requests read worst;
        # first contact 74/120, P0 18/30; with the round's detectors, written from its misses by
        # three readers of the policy and the signals, 117/120, P0 28/30, before it was trained
        # on), trained on since.
        ("triage_blind_cd_tune.toml", "tune", 115, 28, 35, 1),
        # The training sets T17-T20 (ar, el, ru uk, bg sr: the languages read worst), written
        # for the model once it read words of every alphabet (first contact 40.8-62.5 %, in
        # each header), trained on: in-sample here. Each calls one P2/P3 a P0 (one or two
        # before it was trained on).
        ("triage_train_t17.toml", "train", 117, 28, 36, 1),
        ("triage_train_t18.toml", "train", 117, 28, 36, 1),  # 118 and 29 before T33-T44
        ("triage_train_t19.toml", "train", 117, 29, 35, 1),
        ("triage_train_t20.toml", "train", 116, 29, 34, 1),
        # T21-T24 (ja, ko, tr pl, zh cs: languages read at 80-85 %), written the same way after
        # the model's P3 was gated (first contact 72.5-82.5 %, in each header), trained on.
        ("triage_train_t21.toml", "train", 116, 29, 33, 0),
        ("triage_train_t22.toml", "train", 118, 30, 34, 0),
        ("triage_train_t23.toml", "train", 119, 29, 36, 0),
        ("triage_train_t24.toml", "train", 119, 30, 36, 1),
        # T25-T28 (ar; el ru; uk bg; sr hr mk sl), written the same way (first contact with the
        # code of T21-T24's commit 73.3-87.5 %, with the session's first code 44.2-65.8 %; in
        # each header), trained on.
        ("triage_train_t25.toml", "train", 118, 29, 36, 1),  # 119 and 30 before T53-T60
        ("triage_train_t26.toml", "train", 116, 29, 33, 0),
        ("triage_train_t27.toml", "train", 120, 30, 36, 0),
        ("triage_train_t28.toml", "train", 119, 29, 36, 0),
        # T29-T32 (English: healthcare, API developers, small businesses in plain words,
        # enterprise escalations), written the same way (first contact 90.0-96.7 %, the
        # session's first code the same within a request or two; in each header), trained on.
        ("triage_train_t29.toml", "train", 119, 30, 36, 1),
        ("triage_train_t30.toml", "train", 119, 30, 35, 0),
        ("triage_train_t31.toml", "train", 118, 30, 35, 1),
        ("triage_train_t32.toml", "train", 118, 30, 35, 1),
        # T33-T36 (es, de, it, nl; first contact 77.5-87.5 %, in each header), kept out of
        # training for a session, trained on since T37-T44 came; T37-T44 (English in four
        # registers, fr, pt, the Nordic languages, es de), written the same way (first contact
        # 83.3-94.2 %), trained on. In-sample here.
        ("triage_train_t33.toml", "train", 117, 29, 35, 1),
        ("triage_train_t34.toml", "train", 119, 30, 35, 0),
        ("triage_train_t35.toml", "train", 118, 30, 35, 1),
        ("triage_train_t36.toml", "train", 117, 29, 35, 1),
        ("triage_train_t37.toml", "train", 115, 30, 34, 3),
        ("triage_train_t38.toml", "train", 118, 29, 36, 1),
        ("triage_train_t39.toml", "train", 118, 30, 34, 0),
        ("triage_train_t40.toml", "train", 118, 30, 34, 0),
        ("triage_train_t41.toml", "train", 118, 30, 36, 2),
        ("triage_train_t42.toml", "train", 119, 30, 35, 0),
        ("triage_train_t43.toml", "train", 119, 29, 36, 0),
        ("triage_train_t44.toml", "train", 117, 30, 33, 0),
        # T45-T52 (en, es, de, it nl, fr pt, fi pl ro hu), written the same way to measure T33-T44
        # on requests neither model had seen (849 -> 863/960), trained on since. In-sample here.
        ("triage_train_t45.toml", "train", 118, 30, 34, 0),
        ("triage_train_t46.toml", "train", 117, 30, 33, 0),
        ("triage_train_t47.toml", "train", 119, 30, 35, 0),
        ("triage_train_t48.toml", "train", 118, 30, 35, 1),
        ("triage_train_t49.toml", "train", 116, 30, 34, 2),
        ("triage_train_t50.toml", "train", 116, 30, 33, 1),
        ("triage_train_t51.toml", "train", 119, 29, 36, 0),
        ("triage_train_t52.toml", "train", 118, 30, 35, 1),
        # T53-T60 (en x3, nl, ja, tr cs, es pt, de fr), written to measure T33-T52 on requests
        # neither model had seen (862 -> 872/960), trained on since. In-sample here.
        ("triage_train_t53.toml", "train", 117, 29, 34, 0),
        ("triage_train_t54.toml", "train", 118, 29, 35, 0),
        ("triage_train_t55.toml", "train", 119, 30, 35, 0),
        ("triage_train_t56.toml", "train", 114, 28, 32, 0),
        ("triage_train_t57.toml", "train", 119, 30, 35, 0),
        ("triage_train_t58.toml", "train", 120, 30, 36, 0),
        ("triage_train_t59.toml", "train", 117, 29, 34, 0),
        ("triage_train_t60.toml", "train", 120, 30, 36, 0),
    ],
)
def test_later_round_sets_keep_their_level(
    fixture: str,
    split: str,
    floor_exact: int,
    floor_p0: int,
    floor_p1: int,
    most_p0_calls: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The tuning material of issue 17's fifth and sixth rounds (set F's tune half, the
    training sets G1 and G2; set H's tune half and the training sets T1-T4) keeps the level
    reached with the shipped policy and never calls a P2/P3 a P0. The models are trained on
    them: in-sample, an optimistic check, not a measurement. First contact is in each header
    (F 61.5 %, G1 66.2 %, G2 65.8 %; T1-T4 together 420/600, H's tune half 84/120);
    scripts/crossval_triage scores each left out (T1-T4 together 498/600 when the sixth round
    was committed)."""
    cases = _cases(fixture)
    assert all(c["split"] == split for c in cases)
    matrix, _, report = _score(cases)
    with capsys.disabled():
        print(f"\n{fixture}\n{report}")
    assert sum(matrix[(p, p)] for p in NAMES) >= floor_exact, report
    assert matrix[("P0", "P0")] >= floor_p0 and matrix[("P1", "P1")] >= floor_p1, report
    assert matrix[("P2", "P0")] + matrix[("P3", "P0")] <= most_p0_calls, report


def test_set_r_tune_half_keeps_the_level_of_its_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Set R's tune half (Nordic, Finnish, Polish, Czech, Turkish, Romanian, Hungarian): the P0
    detectors for its nine languages were written from its misses (first contact 90/120, P0
    21/34, P2/P3 called P0 3; with them 101/120, P0 31/34, and the same three P2s called P0 as
    before: two read by the model, one English "all gone" the English data-destroyed detector
    found before). Trained on since the twelfth round (in-sample: 116/120, P0 33, P1 36, one P2
    called P0)."""
    cases = _cases("triage_blind_r_tune.toml")
    matrix, _, report = _score(cases)
    with capsys.disabled():
        print(f"\ntriage_blind_r_tune.toml\n{report}")
    assert sum(matrix[(p, p)] for p in NAMES) >= 116, report
    assert matrix[("P0", "P0")] >= 33 and matrix[("P1", "P1")] >= 36, report
    assert matrix[("P2", "P0")] + matrix[("P3", "P0")] <= 1, report


HELD_OUT = [f"triage_heldout_t{n}.toml" for n in range(61, 69)]


def test_requests_the_shipped_model_never_saw_keep_their_level(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """T61-T68 (960 requests written blind from the policy alone: en x3, es it, fr nl, ko,
    sv da ro hu, de pt) are never trained on: they measure the shipped model on requests it
    has not seen. At their first contact with it: 882/960 exact (91.9 %), P0 found 215/240,
    P1 recall 272/288, nine P2/P3 called P0. Only counts are printed, never a request, so a
    failure does not make them tuning material."""
    cases = [case for name in HELD_OUT for case in _cases(name)]
    assert len(cases) == 960 and all(c["split"] == "heldout" for c in cases)
    matrix, _, report = _score(cases)
    counts = report.split("\n")[:6]  # the matrix and the languages, not the misses
    with capsys.disabled():
        print("\nT61-T68, held out\n" + "\n".join(counts))
    assert sum(matrix[(p, p)] for p in NAMES) >= 882, counts
    assert matrix[("P0", "P0")] >= 215 and matrix[("P1", "P1")] >= 272, counts
    assert matrix[("P2", "P0")] + matrix[("P3", "P0")] <= 9, counts
