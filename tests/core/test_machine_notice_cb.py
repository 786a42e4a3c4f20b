"""Classes found on sets CB to CF (machine_mail_cb_tune ... machine_mail_cf_tune), checked on
variants written here:

- another desk's receipt in Indonesian, Malay, romanised or Devanagari Hindi, Vietnamese, Thai
  or Filipino ("Email Anda sudah kami terima", "Humein aapka email mil gaya hai", "Chúng tôi đã
  nhận được yêu cầu", the ticket's number): what it says is a receipt's, as in the languages
  read before;
- a filing office's confirmation of receipt in Czech, Slovak or Polish ("Vaše zpráva byla
  přijata", "Potvrdenie o prijatí", the registry's number "Evidenční číslo");
- a retired address that names itself in parentheses ("esta dirección de correo
  (pedidos@tienda.es) ya no está operativa"): the address's dots do not end the sentence, and
  "the messages sent to it will not be read";
- a Korean absence subject that names itself a notice ("[부재중 안내]", "[부재 알림]"), and an
  Italian delivery error from a mail system ("ERRORE DI RECAPITO", "non è stato recapitato");
- a receipt that asks the reader about her ticket ("Is your ticket resolved?", "Apakah tiket
  Anda sudah terselesaikan?"): another desk asking about its own ticket, not a person asking;
- an absence that will not answer mail until a date (bg en uk ...), a mailbox that names itself
  in brackets before saying nobody reads it, a Latvian receipt "registered under number", an
  Indonesian challenge (set CG); a person away who names a colleague stays a person;
- an absence sent as a new mail that thanks "so much" for the mail it got, a Greek challenge, an
  offer mail that says why you receive it (vi id) (set CH);
- another desk's receipt in the simple past and the periphrastic future of Latin America
  ("Recibimos tu consulta", "te va a responder a la brevedad", en "We received your request"),
  a mailbox that names itself in brackets before saying nobody follows it up (Flemish
  "opgevolgd"), a European Portuguese challenge that will deliver the mail "ser-me-á entregue"
  (set CI); a person's own old address said unread stays her news; a webmail's quoted header
  with "Enviada:" alone ends a person's reply, so our acknowledgement's words quoted below it
  are not hers;
- a Swiss challenge after which "werden Ihre Nachricht ... zugestellt", a Norwegian receipt with
  the possessive after the noun ("mottatt henvendelsen din"), a Finnish absence of any leave
  ("talvilomalla", "enkä lue sähköpostia", "vastaan viestiisi palattuani"), a Danish mailbox
  naming itself in brackets before "bliver ikke længere læst", a Finnish newsletter's way out
  (set CJ); a person back from her holiday who asks something stays a person;
- a service's notice that says it was sent from an address that takes no replies (es en it fr
  pt de, set CK); a person who writes from an address that takes no replies says so in the
  first person and stays a person;
- another desk's case opened "on your behalf" from our mail, and its ticket that "was opened"
  (pt es fr it de nl, set CL); a person who opened a case with someone else stays a person;
- a desk's receipt that gives the case's number after "N°" ("Caso N° 03418876"), a Turkish
  absence of any leave by its name ("babalık iznindeyim") (set CM); a person who cites a case
  number after "N°" and asks about it stays a person;
- a person's answer to a meeting invitation with a note of her own (iCalendar COMMENT): hers,
  whatever she clicked; never a room's one-line "Your request was accepted.", an empty note, or
  a decline's note (the absence notice a calendar declines with).
"""

import pytest

from supportmail.core.classify import classify
from supportmail.core.parse import parse_message
from supportmail.core.types import Kind
from tests.support.mailkind import OWN, answer, kind, new_mail

# (head, text, kind)
CASES = {
    "id receipt asking about your ticket": (
        answer("Layanan Pelanggan <cs@tokoku.example>", "[#9921] Re: [#4575] Retur barang"),
        "Halo,\n\nKami telah menerima pesan Anda dan akan segera menanggapinya. Nomor tiket: "
        "#9921.\n\nApakah permintaan Anda sudah terjawab? Lihat status tiket Anda di portal.\n",
        Kind.AUTO_REPLY,
    ),
    "ms receipt": (
        answer("Khidmat Pelanggan <bantuan@kedai.example>", "Re: [#4575] Pesanan"),
        "Terima kasih. E-mel anda telah kami terima. Nombor tiket anda ialah 55120. Kami akan "
        "membalas dalam masa 2 hari bekerja.\n",
        Kind.AUTO_REPLY,
    ),
    "hi romanised receipt": (
        answer("Support Team <help@dukaan.example>", "Re: [#4575] Order status [## 9912 ##]"),
        "Namaste,\n\nHamein aapka message mil gaya hai. Aapke liye ticket number 9912 bana "
        "diya gaya hai. Team jald hi sampark karegi.\n",
        Kind.AUTO_REPLY,
    ),
    "hi Devanagari receipt": (
        answer("सहायता <sahayata@bazaar.example>", "Re: [#4575] भुगतान"),
        "नमस्ते,\n\nहमें आपका ईमेल मिल गया है। आपका टिकट नंबर 4471 है। हम जल्द ही उत्तर देंगे।\n",
        Kind.AUTO_REPLY,
    ),
    "vi receipt": (
        answer("CSKH <cskh@cuahang.example>", "Re: [#4575] Hoàn tiền"),
        "Kính gửi quý khách,\n\nChúng tôi đã nhận được yêu cầu của quý khách. Mã yêu cầu: "
        "88213. Bộ phận hỗ trợ sẽ phản hồi trong vòng 24 giờ.\n",
        Kind.AUTO_REPLY,
    ),
    "en receipt asking about your ticket": (
        answer("Acme Help <help@acme.example>", "Re: [#4575] Invoice copy"),
        "Thanks for getting in touch, we have received your message. Your ticket number is "
        "5521.\n\nIs your ticket resolved? Let us know on the portal.\n",
        Kind.AUTO_REPLY,
    ),
    "cs filing office receipt": (
        new_mail("Podatelna <podatelna@urad.example>", "Potvrzení o přijetí: [#4575] Faktura"),
        "Vaše datová zpráva byla přijata elektronickou podatelnou úřadu.\n\nEvidenční číslo: "
        "URAD 01234/2025\nPočet příloh: 1\n",
        Kind.AUTO_REPLY,
    ),
    "sk filing office receipt": (
        new_mail("Podateľňa <podatelna@mesto.example>", "Potvrdenie o prijatí podania"),
        "Vaša správa bola prijatá podateľňou mesta. Evidenčné číslo: MS-4471/2025. Podanie bude "
        "postúpené príslušnému oddeleniu.\n",
        Kind.AUTO_REPLY,
    ),
    "cs person who got a reply": (
        answer("Petr Novák <petr@novak.example>", "Re: [#4575] Faktura"),
        "Dobrý den, vaše zpráva mi přišla, ale faktura v příloze chybí. Můžete ji poslat znovu?"
        "\n\nPetr\n",
        Kind.HUMAN,
    ),
    "es retired address naming itself": (
        new_mail("Ferretería Sol <ventas@ferreteriasol.example>", "Dirección no operativa"),
        "Estimado remitente:\n\nEsta dirección de correo electrónico (ventas@ferreteriasol.example)"
        " ya no está operativa y los mensajes que se envíen a ella no serán leídos.\n\nPara "
        "pedidos escriba a tienda@sol-hogar.example.\n",
        Kind.AUTO_REPLY,
    ),
    "en retired address naming itself": (
        new_mail("Brightside Ltd <orders@brightside.example>", "Address no longer in use"),
        "This e-mail address (orders@brightside.example) is no longer in use. Messages sent to "
        "this address will not be read. Please write to hello@brightside-home.example.\n",
        Kind.AUTO_REPLY,
    ),
    "es person whose mails go unread": (
        new_mail("Lucía Gil <lucia@gil.example>", "Nadie contesta"),
        "Hola, llevo una semana escribiendo y parece que mis mensajes no son leídos. ¿Pueden "
        "revisar el pedido 2291?\n\nLucía\n",
        Kind.HUMAN,
    ),
    "ko absence notice subject": (
        new_mail("이서연 <seoyeon@gagu.example>", "[부재중 안내] [#4575] 배송 일정 문의"),
        "안녕하세요. 해외 박람회 참석으로 1월 13일 복귀 후 순차적으로 답변드리겠습니다.\n",
        Kind.AUTO_REPLY,
    ),
    "it delivery error from postmaster": (
        "From: postmaster@arredi.example\nTo: support@houseware.io\n"
        "Subject: ERRORE DI RECAPITO: l.conti non è presente nella Directory\n",
        "Il messaggio\n\n  Oggetto: [#4575] Fattura\n\nnon è stato recapitato a:\n\n"
        "  l.conti@arredi.example\n\nperché l'utente non è presente nella Directory.\n",
        Kind.BOUNCE,
    ),
    "ko person whose subject mentions her absence": (
        new_mail("박지훈 <jihoon@shop.example>", "부재중 전화 관련 문의"),
        "안녕하세요, 앱에서 부재중 전화 알림이 오지 않습니다. 확인 부탁드립니다.\n",
        Kind.HUMAN,
    ),
    "id person who received goods": (
        new_mail("Budi Santoso <budi@toko.example>", "Barang rusak"),
        "Halo, barang sudah kami terima kemarin tapi dua unit rusak. Bagaimana cara klaim "
        "garansinya?\n\nBudi\n",
        Kind.HUMAN,
    ),
    "en person asking about her ticket": (
        answer("Mia Lang <mia@lang.example>", "Re: [#4575] Export fails"),
        "Hi, is my ticket resolved? I haven't heard back since Monday and the export still "
        "fails.\n\nMia\n",
        Kind.HUMAN,
    ),
    # set CG's classes: an absence that will not answer mail until a date (bg en uk), an
    # unmonitored mailbox naming itself in brackets, another desk's receipt registered "under
    # number" with one of her colleagues answering (lv), a challenge in Indonesian
    "bg absence not answering mail until a date": (
        answer("Petya Ivanova <petya@firma.example>", "Re: [#4575] Фактура"),
        "Здравейте,\n\nв отпуск съм и няма да отговарям на имейли до 6 януари.\n\nПетя\n",
        Kind.AUTO_REPLY,
    ),
    "en absence not answering mail until a date": (
        answer("Sam Reed <sam@reed.example>", "Re: [#4575] Invoice"),
        "Hello,\n\nI am on parental leave and will not answer emails until 3 March.\n\nSam\n",
        Kind.AUTO_REPLY,
    ),
    "uk absence not answering mail until a date": (
        answer("Олена <olena@firma.example>", "Re: [#4575] Рахунок"),
        "Добрий день!\n\nЯ у відпустці й не відповідатиму на листи до 10 серпня.\n",
        Kind.AUTO_REPLY,
    ),
    "en unmonitored mailbox naming itself in brackets": (
        answer("Billing <billing@lettings.example>", "RE: [#4575] Invoice"),
        "Thank you for your email. This mailbox (billing@lettings.example) is no longer "
        "monitored and emails sent here will not be read.\n",
        Kind.AUTO_REPLY,
    ),
    "lv receipt registered under a number": (
        answer("Atbalsts <atbalsts@veikals.example>", "Re: [#4575] Pasūtījums"),
        "Sveiki!\n\nEsam saņēmuši Jūsu vēstuli un reģistrējuši to ar numuru #7781. Kāds no "
        "maniem kolēģiem atbildēs 24 stundu laikā.\n\nAnna\n",
        Kind.AUTO_REPLY,
    ),
    "id challenge asking the sender to prove she is a person": (
        new_mail("dewi@tokobaju.example", "verify#1771234567.991_0"),
        "Pesan yang Anda kirim memerlukan verifikasi bahwa Anda adalah manusia sungguhan dan "
        "bukan sumber spam. Cukup balas pesan ini tanpa mengubah subjek.\n",
        Kind.AUTO_REPLY,
    ),
    "en person away who names a colleague": (
        answer("Helen Marsh <helen@marsh.example>", "Re: [#4575] Refund"),
        "Hi Sophie,\n\nYes please, refund to the card. I'm out of the office from Friday, so "
        "please email my colleague Tom if you need anything else.\n\nHelen\n",
        Kind.HUMAN,
    ),
    # set CH's classes: an absence sent by a client rule as a new mail that thanks "so much"
    # for the mail it got; a challenge that holds the mail until the sender clicks (el uk);
    # a shop's offer mail that says why you receive it (vi id)
    "en absence by a client rule thanking so much for the mail": (
        new_mail("Jo Park <jo@parkstudio.example>", "Out of office - Jo"),
        "Hi!\n\nThanks so much for your email - I'm on parental leave and won't be checking "
        "emails until May.\n\nJo\n",
        Kind.AUTO_REPLY,
    ),
    "el challenge holding the mail until the sender clicks": (
        answer("Ν. Παππάς <pappas@grafeio.example>", "Re: [#4575] Σύμβαση"),
        "Το μήνυμά σας έχει κρατηθεί προσωρινά από το σύστημα επιβεβαίωσης αποστολέα. Για να "
        "μου παραδοθεί, πατήστε τον σύνδεσμο: https://verify.grafeio.example/c/9x\n",
        Kind.AUTO_REPLY,
    ),
    "vi offer mail saying why you receive it": (
        new_mail("Khuyến mãi <km@sieuthi.example>", "Giảm giá 30% cuối tuần"),
        "Chào Quý khách, giảm đến 30% cho đơn hàng cuối tuần này: https://sieuthi.example/km\n"
        "Mua ngay: https://sieuthi.example/km?utm_source=email\n\n"
        "Bạn nhận được email này vì đã đăng ký tài khoản. Hủy nhận email khuyến mãi: "
        "https://sieuthi.example/huy?u=81\n",
        Kind.BULK,
    ),
    "id offer mail saying why you receive it": (
        new_mail("Promo <promo@toko.example>", "Diskon akhir tahun"),
        "Halo! Diskon hingga 40% untuk semua produk: https://toko.example/promo\n\nAnda "
        "menerima email ini karena terdaftar sebagai pelanggan kami. Kelola langganan: "
        "https://toko.example/langganan?u=12\n",
        Kind.BULK,
    ),
    "en person thanking so much for the reply": (
        answer("Ana Reis <ana@reis.example>", "Re: [#4575] Export"),
        "Thanks so much for your email! I tried again and the export still stops at 80 %. Can "
        "you look at it?\n\nAna\n",
        Kind.HUMAN,
    ),
    "en person who will not answer until she has checked": (
        answer("Rita Olsen <rita@olsen.example>", "Re: [#4575] Export"),
        "Hi, thanks. I will check with our accountant on Monday and come back to you then; "
        "the export still shows the old totals.\n\nRita\n",
        Kind.HUMAN,
    ),
    "es receipt, simple past and periphrastic future": (
        answer("Soporte Pampa <soporte@pampa.example>", "Re: [#4575] Pedido"),
        "Hola,\n\nGracias por escribirnos. Recibimos tu mensaje y le dimos el número de caso "
        "7731.\nUna persona de nuestro equipo te va a responder a la brevedad, de lunes a "
        "viernes de 9 a 18 hs.\n\nSaludos,\nSoporte Pampa\n",
        Kind.AUTO_REPLY,
    ),
    "en receipt in the simple past": (
        answer("Help Desk <help@fabrik.example>", "Re: [#4575] Invoice"),
        "Hello,\n\nWe received your request and logged it as ticket 58812. One of our agents "
        "will get back to you within one business day.\n\nKind regards,\nFabrik Help Desk\n",
        Kind.AUTO_REPLY,
    ),
    "nl mailbox in brackets not followed up": (
        answer("Stad Lier - Dienst Financiën <financien@lier.example>", "Re: [#4575] Factuur"),
        "Beste,\n\nDit mailadres (financien@lier.example) wordt vanaf 1 maart niet meer "
        "opgevolgd. Uw bericht werd niet doorgestuurd.\nGebruik voortaan "
        "boekhouding@lier.example.\n\nMet vriendelijke groeten,\nDienst Financiën\n",
        Kind.AUTO_REPLY,
    ),
    "nl person's own old address unread": (
        new_mail("Jan Peeters <jan@peeters.example>", "Adres wijzigen"),
        "Hallo,\n\nMijn oude adres wordt niet meer gelezen. Kunnen jullie de facturen "
        "voortaan naar jan@peeters-bouw.example sturen?\n\nGroeten,\nJan\n",
        Kind.HUMAN,
    ),
    "pt-pt challenge delivered once confirmed": (
        answer("Ana Lopes <ana@lopes-adv.example>", "Re: [#4575] Fatura"),
        "Olá,\n\nRecebi o seu e-mail, mas o seu endereço ainda não está na minha lista de "
        "remetentes autorizados. Confirme que é uma pessoa abrindo a ligação abaixo; a sua "
        "mensagem ser-me-á entregue logo a seguir.\n\nAna Lopes\n",
        Kind.AUTO_REPLY,
    ),
    "pt-br reply above a webmail's quoted header": (
        answer("Marcos Lima <marcos@exemplo-mail.example>", "RE: [#4575] Geladeira"),
        "Boa tarde,\n\nSegue o número de série: GX-4471. Comprei em março.\n\nMarcos\n\n"
        'De: "Houseware Support" <support@houseware.io>\nEnviada: 2026/01/29 12:05:02\n'
        "Para: marcos@exemplo-mail.example\nAssunto: [#4575] Geladeira\n\nRecebemos a sua "
        "mensagem e abrimos o chamado #4575. Nossa equipe responderá em até 2 dias úteis.\n"
        "Esta é uma mensagem automática.\n",
        Kind.HUMAN,
    ),
    "de-at challenge delivered after the click": (
        answer("Eva Huber <eva@huber-tischlerei.example>", "Re: [#4575] Rechnung"),
        "Grüß Gott,\n\nich lasse nur noch Mails von bekannten Absendern durch. Bitte bestätigen "
        "Sie kurz über den Link unten, dass Sie ein Mensch sind. Danach wird Ihre E-Mail sofort "
        "zugestellt.\n\nEva Huber\n",
        Kind.AUTO_REPLY,
    ),
    "nb receipt with the possessive after the noun": (
        answer("Servicedesk Nordvik <servicedesk@nordvik.example>", "Re: [#4575] Kalender"),
        "Hei,\n\nVi har mottatt e-posten din og registrert den med saksnummer 2025-0412. Du "
        "får svar så snart saken er behandlet.\n\nMed vennlig hilsen\nServicedesk\n",
        Kind.AUTO_REPLY,
    ),
    "fi absence of a compound leave": (
        answer("Mikko Laine <mikko.laine@koulu.example>", "Re: [#4575] Lisenssit"),
        "Hei!\n\nOlen kesälomalla 1.7.–28.7. enkä lue sähköpostia. Vastaan viestiisi "
        "palattuani.\n\nMikko Laine\n",
        Kind.AUTO_REPLY,
    ),
    "sv mailbox in brackets no longer read": (
        answer("Ekonomi - Lunda kommun <ekonomi@lunda.example>", "Re: [#4575] Faktura"),
        "Hej,\n\nDenna brevlåda (ekonomi@lunda.example) läses inte längre. Skicka fakturor "
        "till faktura@lunda.example.\n\nLunda kommun\n",
        Kind.AUTO_REPLY,
    ),
    "nb mailbox in brackets, definite noun": (
        answer("Lønn - Vikna kommune <lonn@vikna.example>", "Re: [#4575] Lønnsfil"),
        "Hei,\n\nDenne postkassen (lonn@vikna.example) blir ikke lenger lest. Send henvendelser "
        "til personal@vikna.example.\n\nVikna kommune\n",
        Kind.AUTO_REPLY,
    ),
    "nb person: her address in brackets will not change": (
        new_mail("Kari Holm <kari@holm.example>", "Fakturaadresse"),
        "Hei,\n\nvi bytter regnskapssystem. Denne adressen (kari@holm.example) blir ikke endret, "
        "men fakturaene skal merkes med avdeling 20 fra mars. Kan dere legge det inn?\n\nKari\n",
        Kind.HUMAN,
    ),
    "es notice sent from an address that takes no replies": (
        new_mail("Telco Empresas <facturas@telco.example>", "Tu factura de marzo"),
        "Hola:\n\nTu factura de marzo ya está disponible en el área de clientes.\n\nEste "
        "correo se ha enviado desde una dirección que no admite respuestas.\n",
        Kind.AUTO_REPLY,
    ),
    "en notice sent from an address that takes no replies": (
        new_mail("Billing <billing@cloud.example>", "Your invoice is ready"),
        "Hi,\n\nYour March invoice is ready in the billing portal.\n\nThis email was sent from "
        "an address that cannot accept replies.\n",
        Kind.AUTO_REPLY,
    ),
    "es person writing from an address that takes no replies": (
        new_mail("Avisos Ferrex <avisos@ferrex.example>", "Cambio de administrador"),
        "Hola,\n\nles escribo desde una cuenta que no admite respuestas porque mi correo está "
        "bloqueado. ¿Pueden cambiar el administrador de nuestra cuenta a luis@ferrex.example?"
        "\n\nLuis\n",
        Kind.HUMAN,
    ),
    "es desk's case opened on your behalf": (
        answer("Mesa de Ayuda Grupo Norte <mesa@norte.example>", "Re: [#4575] Pedido de sillas"),
        "Estimado usuario:\n\nSe ha creado el caso CS0091832 en su nombre. Un técnico del "
        "grupo Compras lo revisará en breve.\n\nEstado: Nuevo\n",
        Kind.AUTO_REPLY,
    ),
    "de desk's ticket opened on your behalf": (
        answer("IT-Servicedesk <servicedesk@werk.example>", "AW: [#4575] Lieferung"),
        "Guten Tag,\n\nin Ihrem Namen wurde der Vorgang INC0331207 eröffnet. Ihr Ticket wurde "
        "der Gruppe Einkauf zugewiesen.\n",
        Kind.AUTO_REPLY,
    ),
    "en person who opened a case with her own vendor asks": (
        answer("Dana Price <dana@price.example>", "Re: [#4575] Sync errors"),
        "Hi,\n\nI opened a case with our firewall vendor as you suggested, number 118273. "
        "Could you tell me which IP ranges your sync uses?\n\nDana\n",
        Kind.HUMAN,
    ),
    "it desk's receipt with the case's number after N°": (
        new_mail(
            "Assistenza Clienti <assistenza@spedizioni.example>",
            "Abbiamo ricevuto la sua richiesta",
        ),
        "Gentile cliente,\n\nabbiamo ricevuto la sua richiesta, registrata come pratica n° 220417. "
        "La contatteremo entro due giorni lavorativi.\n",
        Kind.AUTO_REPLY,
    ),
    "tr absence of any leave, back on a date": (
        answer("Emre Yıldız <emre@firma.example>", "YNT: [#4575] Fatura"),
        "Merhaba,\n\nşu an yıllık iznindeyim, 3 Mart'ta ofiste olacağım. Döndüğümde "
        "maillerinize bakacağım.\n\nEmre\n",
        Kind.AUTO_REPLY,
    ),
    "es person citing her own case number": (
        answer("Lucía Pardo <lucia@pardo.example>", "RE: [#4575] Factura"),
        "Hola,\n\nel caso N° 48812 sigue sin resolverse: la factura de marzo aún tiene el "
        "importe equivocado. ¿Pueden revisarlo?\n\nLucía\n",
        Kind.HUMAN,
    ),
    "fi person back from her holiday asks": (
        answer("Sari Mäkelä <sari@makela.example>", "Re: [#4575] Lasku"),
        "Hei,\n\nolin talvilomalla viime viikolla, siksi vastaan vasta nyt. Laskussa on yhä "
        "väärä summa, voitteko korjata sen?\n\nSari\n",
        Kind.HUMAN,
    ),
}


@pytest.mark.parametrize(("head", "text", "expected"), CASES.values(), ids=CASES)
def test_is_handled_as_its_kind(head: str, text: str, expected: Kind) -> None:
    assert kind(head, text) is expected


def _calendar_answer(typed: str, comment: str, partstat: str = "ACCEPTED") -> bytes:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
        f"ATTENDEE;PARTSTAT={partstat}:mailto:sara@lager.example\r\n"
        + (f"COMMENT;LANGUAGE=de-DE:{comment}\r\n" if comment else "")
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        "From: Sara Brandt <sara@lager.example>\r\nTo: support@houseware.io\r\n"
        "Subject: Angenommen: Telefonat zu [#4575]\r\nMessage-ID: <c2@lager.example>\r\n"
        "In-Reply-To: <invite.2@supportmail.houseware.io>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + typed + "\r\n--b\r\n"
        "Content-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\n" + ics + "--b--\r\n"
    ).encode("utf-8")


NOTE = "Gern. Bitte die Durchwahl 31 wählen\\, nicht die Zentrale. Die Logdatei schicke ich vorher."


@pytest.mark.parametrize(
    ("typed", "comment", "partstat", "expected"),
    [
        (NOTE.replace("\\", ""), NOTE, "ACCEPTED", Kind.HUMAN),
        ("", NOTE, "TENTATIVE", Kind.HUMAN),
        ("Your request was accepted.", "Your request was accepted.", "ACCEPTED", Kind.AUTO_REPLY),
        ("", "\\n", "ACCEPTED", Kind.AUTO_REPLY),
        ("", "", "ACCEPTED", Kind.AUTO_REPLY),
        (
            "",
            "Ich bin bis zum 18. März nicht im Büro und kann nicht teilnehmen.",
            "DECLINED",
            Kind.AUTO_REPLY,
        ),
    ],
    ids=["note accepted", "note tentative", "room's line", "empty note", "no note", "decline"],
)
def test_a_calendar_answer_with_a_note_of_her_own_is_hers(
    typed: str, comment: str, partstat: str, expected: Kind
) -> None:
    raw = _calendar_answer(typed, comment, partstat)
    assert classify(parse_message(raw), OWN).kind is expected
