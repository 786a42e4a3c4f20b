"""The P0 detectors read Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish, Romanian and
Hungarian too: a breach, data open to strangers, data destroyed at full scope, work at a standstill.

Set R (blind, those languages) was read at 74.6 % with P0 found 39/68: where the seven languages
triage reads fully say "anyone can open it without logging in" or "all invoices were deleted",
these said it in words no detector knew, and a P0 fell to the default P2. The sentences here were
written for these tests (not taken from any labelled set), one structure per row, and the guards
that keep such a report at P1 (found in an internal check, no sign that anyone used it) are read
in the same languages.
"""

import pytest

from tests.support.signals import fired_signals as _signals

FIRES = [
    # data open to people it does not belong to
    ("sv", "Rapporten med alla hyresgäster går att öppna utan att logga in.", "data-exposed"),
    ("da", "Listen kan ses af alle uden login, bare man har adressen.", "data-exposed"),
    ("nb", "Dokumentene ligger åpent uten innlogging.", "data-exposed"),
    ("fi", "Raportti aukeaa ilman kirjautumista kenelle tahansa.", "data-exposed"),
    ("pl", "W naszym panelu widać dane innej firmy z Gdańska.", "data-exposed"),
    ("cs", "V přehledu vidíme údaje jiné firmy, ne naše.", "data-exposed"),
    ("tr", "Panelde başka bir firmanın verileri görünüyor.", "data-exposed"),
    ("ro", "În cont apar datele altei firme din Cluj.", "data-exposed"),
    ("hu", "A listában egy másik cég adatai jelennek meg.", "data-exposed"),
    ("da", "Vi har et datalæk, og det er stadig åbent.", "data-exposed"),
    ("pl", "To jest wyciek danych, proszę o pilną reakcję.", "data-exposed"),
    # an account taken over, access nobody gave
    ("tr", "Yönetici hesabımız ele geçirildi, şifre değiştirilmiş.", "security-breach"),
    ("pl", "Ktoś przejął konto administratora dziś rano.", "security-breach"),
    ("sv", "Vårt administratörskonto har kapats i natt.", "security-breach"),
    ("hu", "Feltörték a fiókunkat, idegen IP-címekről lépnek be.", "security-breach"),
    ("cs", "Zaznamenali jsme neoprávněný přístup do systému.", "security-breach"),
    ("ro", "Avem acces neautorizat în platformă de aseară.", "security-breach"),
    # data destroyed at full scope, in either order
    ("sv", "Alla våra kundkort är raderade sedan uppdateringen.", "data-destroyed"),
    ("nb", "Importen har overskrevet alle adressene våre.", "data-destroyed"),
    ("fi", "Kaikki tämän vuoden laskut ovat kadonneet.", "data-destroyed"),
    ("cs", "Všechny objednávky z března jsou smazané.", "data-destroyed"),
    ("tr", "Tüm müşteri kayıtları silindi.", "data-destroyed"),
    ("ro", "Toate facturile din luna trecută au dispărut.", "data-destroyed"),
    ("hu", "Az összes szerződésünk eltűnt a rendszerből.", "data-destroyed"),
    # work at a standstill
    ("hu", "A raktár teljesen áll, senki nem tud dolgozni.", "work-halted"),
    ("cs", "Expedice od rána stojí.", "work-halted"),
    ("ro", "Producția este oprită de două ore.", "work-halted"),
    ("tr", "Sevkiyat tamamen durdu.", "work-halted"),
    ("sv", "Produktionen står helt still.", "work-halted"),
    ("fi", "Tuotanto on pysähtynyt kokonaan.", "work-halted"),
    # the guards, in the same languages
    ("cs", "Nemáme informace, že by to někdo zneužil.", "not-exploited"),
    ("da", "Vi har ingen tegn på at nogen har brugt linket.", "not-exploited"),
    ("pl", "Nic nie wskazuje, żeby ktoś to wykorzystał.", "not-exploited"),
    ("hu", "Nincs jele annak, hogy bárki visszaélt volna vele.", "not-exploited"),
    ("sv", "Vi hittade det vid en intern granskning.", "vulnerability"),
    ("pl", "Zauważyliśmy to podczas wewnętrznego audytu.", "vulnerability"),
    ("nb", "Vi vet ikke om noen har brukt lenkene.", "not-exploited"),
    ("ro", "Nu știm dacă cineva a folosit linkul.", "not-exploited"),
    ("da", "Det er en alvorlig sikkerhedsbrist i jeres portal.", "vulnerability"),
    ("cs", "Zmenou čísla v adrese se dá otevřít cizí faktura.", "vulnerability"),
    # the problem is over, or asked about before it happens
    ("hu", "Tegnap délután leállt, de azóta minden rendben működik.", "recovered"),
    ("cs", "Systém byl nedostupný včera ráno.", "recovered"),
    ("nb", "Hva skjer med webhookene hvis endepunktet vårt er nede?", "hypothetical"),
    ("tr", "Kesinti durumunda verilerimiz ne olur?", "hypothetical"),
]


@pytest.mark.parametrize(("language", "text", "signal"), FIRES)
def test_signal_fires_in_more_languages(language: str, text: str, signal: str) -> None:
    assert signal in _signals(text), (language, text)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # a list of deleted items is no deletion ("alle slettede" names what was deleted)
        ("Hvor finder jeg alle slettede poster?", "data-destroyed"),
        ("Var hittar jag alla raderade dokument?", "data-destroyed"),
        # "the whole" is no count of people, and an error word alone is no standstill
        ("Fakturaen for hele april mangler.", "data-destroyed"),
        ("Az üzem címe hibás a számlán.", "work-halted"),
    ],
)
def test_signal_does_not_fire(text: str, signal: str) -> None:
    assert signal not in _signals(text), text
