"""core.subjectprefix: the reply and forward prefixes of mail programs, one list for all."""

import pytest

from supportmail.core.outgoing_headers import Identity, tagged_subject
from supportmail.core.subjectprefix import answers, forwards, strip_prefixes
from supportmail.core.threading import strip_reply_prefixes


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Export fails", "RE: Export fails", "AW: Export", "Antwort: Export", "SV: Export",
        "Vs: Export", "Odg: Izvoz ne radi", "ODG: Izvoz", "Отг: Експортът", "Одг: Извоз",
        "Ats: Eksportas", "Atb: Eksports", "Odp: Eksport", "Ynt: Dışa aktarım", "Vá: Export",
        "Ответ: Экспорт", "ΑΠ: Εξαγωγή", "回复：导出失败", "返信: エクスポート", "Re[2]: Export",
        "RE (3): Export", "Re^2: Export", "[users] Re: Export", "Réf : Export",
    ],
)  # fmt: skip
def test_reply_prefixes_of_many_clients(subject: str) -> None:
    assert answers(subject)
    assert not forwards(subject) or subject.lower().startswith("vs")


@pytest.mark.parametrize(
    "subject",
    [
        "Fwd: Invoice", "FW: Invoice", "WG: Rechnung", "TR: Facture", "RV: Factura", "I: Fattura",
        "VB: Faktura", "VL: Lasku", "Doorst: Factuur", "PD: Faktúra", "İLT: Fatura", "Tov: Számla",
        "Proslijedi: Račun", "Posl: Račun", "ПРЕП: Фактура", "PĀRS: Rēķins", "Pers: Sąskaita",
        "Edasi: Arve", "转发: 发票", "[Fwd: Invoice]",
    ],
)  # fmt: skip
def test_forward_prefixes_of_many_clients(subject: str) -> None:
    assert forwards(subject)


@pytest.mark.parametrize(
    "subject",
    [
        "Export fails", "Reset my password", "Answer needed", "Ireland office down", "Posle obnove",
        "Persistent error", "Odgovor nije stigao", "Edasilükkamine", "Trial expired", "Re-import",
        "RE-opened ticket", "Vast amounts of data", "Pers. data export", "Atsijungimas",
    ],
)  # fmt: skip
def test_words_that_only_begin_like_a_prefix_are_none(subject: str) -> None:
    assert not answers(subject)
    assert not forwards(subject)
    assert strip_prefixes(subject) == subject


def test_a_run_of_prefixes_is_stripped_everywhere_alike() -> None:
    """Threading, our own subjects and classification read the same prefixes."""
    subject = "Odg: Fwd: AW: Proslijedi: Izvoz ne radi"
    assert strip_prefixes(subject) == "Izvoz ne radi"
    assert strip_reply_prefixes(subject) == "Izvoz ne radi"
    identity = Identity(address="support@houseware.io", name="Support", domain="houseware.io")
    assert tagged_subject(identity, 7, subject) == "[#7] Izvoz ne radi"
