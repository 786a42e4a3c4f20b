"""The shared real-world corpus (../shared/corpus beside the checkout), its manifest, the
identity its messages are classified against, and the manifest labels we correct (with why)."""

from pathlib import Path

from supportmail.core.classify import OwnIdentity

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

MANIFEST = CORPUS / "manifest.tsv"

OWN = OwnIdentity(
    support_addresses=frozenset({"support@houseware.io"}),
    agent_addresses=frozenset({"agent@houseware.io"}),
    agent_domains=frozenset(),
    message_id_domain="houseware.io",
)

NO_FROM = "no From/Sender address at all: quarantined by policy (a ticket needs a requester)"

_M4J = "core__src__test__resources__"

_NO_FROM_FILES = (
    f"james-mime4j/attachment/{_M4J}mimetools-testmsgs__attachment-filename-encoding-UTF8.msg",
    f"james-mime4j/attachment/{_M4J}mimetools-testmsgs__bluedot-postcard.msg",
    f"james-mime4j/attachment/{_M4J}mimetools-testmsgs__bluedot-simple.msg",
    f"james-mime4j/charset/{_M4J}mimetools-testmsgs__attachment-filename-encoding-Latin1.msg",
    f"james-mime4j/charset/{_M4J}mimetools-testmsgs__russian.msg",
    f"james-mime4j/charset/{_M4J}mimetools-testmsgs__ticket-60931.msg",
    f"james-mime4j/charset/{_M4J}testmsgs__qp-body.msg",
    f"james-mime4j/charset/{_M4J}testmsgs__russian-headers.msg",
    f"james-mime4j/human/{_M4J}mimetools-testmsgs__multi-2gifs-base64.msg",
    f"james-mime4j/human/{_M4J}mimetools-testmsgs__sig-uu.msg",
    f"james-mime4j/human/{_M4J}testmsgs__base64-encoded-text.msg",
    f"james-mime4j/human/{_M4J}testmsgs__base64encoded-rfc822message-nested.msg",
    f"james-mime4j/human/{_M4J}testmsgs__base64encoded-rfc822message.msg",
    "mimekit/human/UnitTests__TestData__messages__multipart-related-mhtml.txt",
    "nodemailer-mailparser/human/test__fixtures__mixed.eml",
)

# Manifest labels we are sure are wrong, after reading each file: path -> (our label, why).
# "quarantine" means: quarantine_reason must be non-None.
LABEL_CORRECTIONS: dict[str, tuple[str, str]] = {
    **{path: ("quarantine", NO_FROM) for path in _NO_FROM_FILES},
    f"james-mime4j/human/{_M4J}mimetools-testmsgs__uu-zeegee.msg": (
        "quarantine",
        'From is "me", no address: ' + NO_FROM,
    ),
    f"james-mime4j/human/{_M4J}mimetools-testmsgs__re-fwd.msg": (
        "quarantine",
        'From is "user2", no address: ' + NO_FROM,
    ),
    "mimekit/human/UnitTests__TestData__mbox__content-length.mbox.txt__msg4.eml": (
        "quarantine",
        'From is the UUCP path "develop!nextmime@ebony@sblab.att.com", no usable address',
    ),
    "sisimai-set-of-emails/bounce/maildir__bsd__rfc3834-06.eml": (
        "auto_reply",
        "RFC 3834 auto-reply (Auto-Submitted: auto-replied, 'AutoRespons' subject, 'this inbox "
        "is no longer in use' text from noreply@) with no DSN structure or daemon sender",
    ),
    "nodemailer-mailparser/human/test__fixtures__spam.eml": (
        "bulk",
        "a German get-rich spam campaign from noreply@ with an 'abmelden' (unsubscribe) footer: "
        "mass mail, not a request; a noreply sender is never acknowledged in any case",
    ),
    "spamscope-mail-parser/attachment/tests__mails__mail_test_8.eml": (
        "bulk",
        "a flight-simulator spam campaign to someone else (To: eboktor@romolo.com), four tracked "
        "links and 'If you do not want to receive any further mail click here': mass mail, not "
        "a request (read since the footer's 'do not want to receive' joined 'don't')",
    ),
}
