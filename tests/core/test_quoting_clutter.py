"""Quote stripping cuts mobile clients' signature lines and separator lines (issue 15.9)."""

import pytest

from supportmail.core.quoting import new_text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("It works now.\n\nSent from my iPhone\n\n> old", "It works now."),
        ("Danke!\n\nVon meinem iPhone gesendet", "Danke!"),
        ("Danke!\nGesendet von meinem Samsung Galaxy Smartphone.", "Danke!"),
        ("Merci\nEnvoyé de mon iPhone", "Merci"),
        ("Gracias\n\nEnviado desde mi móvil Huawei", "Gracias"),
        ("Grazie\nInviato da iPhone", "Grazie"),
        ("Bedankt\nVerzonden vanaf mijn iPhone", "Bedankt"),
        ("Obrigado\nEnviado do meu iPhone", "Obrigado"),
        ("Thanks\n\nGet Outlook for iOS\n____________\nFrom: Support", "Thanks"),
        ("Answer\n________________________________\nFrom: x\nSent: y", "Answer"),
        ("Answer\n==========\nold text", "Answer"),
        # A person's sentence that merely mentions sending from a device stays.
        ("The export was sent from the mobile app but failed.\nBye", None),
        ("I sent from my laptop the file you asked for.\nThanks", None),
        ("Total -- 3 items", None),
    ],
)
def test_clutter_is_cut_and_sentences_stay(text: str, kept: str | None) -> None:
    """Signature and separator lines end the new text; ordinary sentences do not."""
    assert new_text(text) == (kept if kept is not None else text.strip())
