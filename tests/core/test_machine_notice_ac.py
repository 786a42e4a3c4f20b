"""Classes found on sets AC, AD and AE (machine_mail_ac_tune, machine_mail_ad_tune,
machine_mail_ae_tune), checked on variants written here:

- a helpdesk's receipt in Russian and Ukrainian: "сформировано / сформовано автоматически"
  (formed automatically), "registered under number", "we will consider your request within a
  day"; in Spanish, French, Italian, Portuguese, German and Dutch, the request "ha quedado
  registrada" and a technician named by role who "will review it as soon as possible";
- a departure said as "no longer collaborates with" (it, fr, es, pt, en), and an Italian mailbox
  "no longer staffed" ("non è più presidiata");
- a mailbox closing ("this mailbox will be closed on 31 January"), weak alone because people say
  it too, with "please resend your message to ..." (what a mailbox rule asks of the mail it got);
- an abuse desk or postmaster forwarding a subscriber's complaint ("Fw: SPAM") in its own words;
- newsletter footers in Finnish, Turkish, Russian, Ukrainian, Romanian, Greek, Hungarian and
  Albanian ("you get this mail because", "unsubscribe" as each says it);
- (AD) a challenge asking us to "verify that you are a real live human", a Trend Micro ScanMail
  notice, a French opt-in "confirmez votre abonnement", "only checking messages now and then",
  "till I'm back", Flemish "opnieuw bereikbaar" and "onze kantoren zijn gesloten", Ukrainian and
  Russian "I plan to return / do not check this mailbox / turn to my colleague", Czech, Slovak
  and Polish "send your message again to the new address";
- (AD) a person's reply that quotes our acknowledgement below an Outlook "Original Message"
  line in Greek (and the other languages we read): our quoted words are not hers;
- (AE) a mailbox whose mail "is processed automatically and not read", said of the mail sent
  there (en de fr es it nl), and a Portuguese mailbox "não é mais monitorada" (a word between);
  a departure in the first person in Portuguese ("não faço mais parte da equipe") and "your
  message was not forwarded" in the past tense; a Flemish helpdesk receipt ("uw melding werd
  geregistreerd onder nummer", "meldingsnummer"); a mass mail without links that tells its
  readers to leave by mail ("reply with REMOVE", "stuur een e-mail met 'afmelden'", "rispondete
  con oggetto CANCELLAMI"; and the Spanish "no desea recibir", which was never read: the
  pattern spelled "recebir").

- (AG) a departure from an organisation of any kind ("a quitté le Groupe X", "ist aus dem
  Unternehmen ausgeschieden", "has left the council"), with "your message was not passed on to
  him" said with the pronoun ("ne lui a pas été transmis", "wurde nicht an ihn weitergeleitet",
  "no le será reenviado", "non gli è stato inoltrato"); a helpdesk receipt whose one question
  asks the reader to quote its number ("Wilt u altijd het meldingnummer vermelden?"); an Italian
  mailbox "no longer consulted" after an address and a date, with "send your message again to the
  new address"; a Mexican no-link promotion ("recibiste este correo", "si ya no deseas recibir",
  the tú forms).
- (AH) a customer's own helpdesk that registered our mail "com o número #1834" and promises that
  "um de nossos atendentes vai analisar e responder em até 1 dia útil" (one of our agents, named
  by role, will answer, with when: in the languages we read); a home-made forwarding script's
  notice that our mail "kon niet worden doorgestuurd" (could not be forwarded), titled by its
  first words "Automatische melding van mailserver ..."; newsletters whose footer stands below a
  "-- " separator (read for list mail now), and a survey invitation whose way out is a link to
  an opt-out address.
- (AI) a Czech helpdesk's receipt, "zaevidován pod číslem" (registered under number) and
  "odpovíme zpravidla do 2 pracovních dnů" (we usually answer within two working days); a
  gateway's delay warning from postmaster@, "n'a pas encore pu être remis" and "continuera
  d'essayer" (with the elided "d'"), and "could not yet be delivered" in the other languages.
- (AJ) a person who forwards a suspicious "automated message, do not reply" notice to ask if it
  is ours: the forwarded mail below "---------- Původní e-mail ----------" (Seznam) or a client's
  "Forwarded message" line is not her statement; a person's mail sent through a platform that
  stamps every mail with SendGrid's event id (X-SG-EID) is no bulk mail for that header; a
  gateway notice that begins "Dies ist eine automatische Benachrichtigung des E-Mail-Gateways";
  Italian mail to an address that is "non vengono più letti" (no longer read).

And the people who use the same words: a bug "werkt niet meer" (Dutch: no longer works), a
customer's own closing mailbox told as news with a request, a customer forwarding a complaint
to ask about it, a request to stop the newsletter; (AE) a customer who asks to be taken off a
newsletter by mail, one whose own supplier stopped reading an address, one who left a project.
"""

import pytest

from supportmail.core.machinetext import evidence
from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


def desk(sender: str, subject: str) -> str:
    """The head of an abuse desk's or postmaster's own mail: a real Return-Path."""
    address = sender.rpartition("<")[2].rstrip(">") if "<" in sender else sender
    return (
        f"Return-Path: <{address}>\nFrom: {sender}\nTo: support@houseware.io\nSubject: {subject}\n"
    )


# Each row: language, a sentence, the statement it makes (read on its own).
STATEMENTS = [
    ("ru", "Данное письмо сформировано автоматически, отвечать на него не нужно.", "automated"),
    ("ru", "Уведомление сформировано автоматически.", "automated"),
    ("uk", "Цей лист сформовано автоматично.", "automated"),
    ("uk", "Повідомлення було сформовано автоматично системою.", "automated"),
    ("ru", "Ваше обращение зарегистрировано под номером 2024-118.", "ticket"),
    ("ru", "Заявке присвоен номер 55120.", "ticket"),
    ("uk", "Ваше звернення зареєстровано за номером UA-77.", "ticket"),
    ("uk", "Запиту присвоєно номер 9031.", "ticket"),
    ("ru", "Мы рассмотрим ваше обращение в течение двух рабочих дней.", "respond"),
    ("ru", "Специалист свяжется с вами.", "respond"),
    ("uk", "Ми розглянемо ваше звернення протягом доби.", "respond"),
    ("uk", "Фахівець зв'яжеться з вами.", "respond"),
    ("es", "Su incidencia ha quedado registrada con el número 77.", "received"),
    ("es", "Su solicitud ha quedado registrada.", "received"),
    ("es", "Un técnico atenderá su solicitud a la mayor brevedad.", "respond"),
    ("es", "Un agente se pondrá en contacto con usted en las próximas 24 horas.", "respond"),
    (
        "fr",
        "Un technicien traitera votre demande dans les meilleurs délais... ou sous 48 h.",
        "respond",
    ),
    ("fr", "Un de nos conseillers vous recontactera dans les plus brefs délais.", "respond"),
    ("it", "Un operatore prenderà in carico la richiesta al più presto.", "respond"),
    ("pt", "Um atendente responderá o mais breve possível.", "respond"),
    ("de", "Ein Mitarbeiter unseres Teams wird sich schnellstmöglich bei Ihnen melden.", "respond"),
    ("nl", "Een medewerker neemt zo snel mogelijk contact met u op.", "respond"),
    ("it", "Il dott. Rossi non collabora più con il nostro studio.", "left"),
    ("fr", "Mme Martin ne collabore plus avec notre cabinet.", "left"),
    ("es", "Laura ya no colabora con la empresa.", "left"),
    ("pt", "O Sr. Costa já não colabora com a empresa.", "left"),
    ("en", "Dr Patel no longer collaborates with the clinic.", "left"),
    ("it", "Questa casella di posta non è più presidiata.", "unread"),
    ("it", "L'indirizzo info@studio.example non viene più controllato.", "unread"),
    ("en", "This mailbox (info@old.example) will be closed on 31 January.", "retired"),
    ("en", "Our e-mail account has been deactivated.", "retired"),
    ("de", "Dieses Postfach wird zum 31.01. deaktiviert.", "retired"),
    ("fr", "Cette adresse ne sera plus consultée après le 15 janvier.", "retired"),
    ("es", "Esta cuenta será desactivada el 31 de enero.", "retired"),
    ("it", "Questa casella sarà disattivata a fine mese.", "retired"),
    ("nl", "Dit e-mailadres wordt per 1 februari opgeheven.", "retired"),
    ("pt", "Esta caixa será desativada em fevereiro.", "retired"),
    ("en", "Please update your records and resend your message to ap@new.example.", "your mail"),
    ("de", "Bitte senden Sie Ihre Nachricht erneut an info@neu.example.", "your mail"),
    ("fr", "Merci de renvoyer votre message à contact@nouveau.example.", "your mail"),
    ("es", "Reenvíe su mensaje a soporte@nuevo.example.", "your mail"),
    ("nl", "Stuur uw bericht opnieuw naar info@nieuw.example.", "your mail"),
    ("cs", "Prosíme, zašlete svou zprávu znovu na novou adresu.", "your mail"),
    ("cs", "Zprávy zaslané na tuto adresu již nebudou zpracovány.", "your mail"),
    ("sk", "Pošlite svoju správu znova na adresu info@nova.example.", "your mail"),
    ("pl", "Prosimy, prześlij swoją wiadomość ponownie na nowy adres.", "your mail"),
    ("en", "I'm only checking messages now and then.", "back"),
    ("en", "It can wait till I'm back.", "back"),
    ("nl", "Vanaf 6 januari zijn wij opnieuw bereikbaar.", "back"),
    ("nl", "Voor dringende interventies belt u de wachtdienst.", "back"),
    ("nl", "Onze kantoren zijn gesloten tijdens de feestdagen.", "closed"),
    ("uk", "Планую повернутися у вересні.", "back"),
    ("uk", "Я не перевіряю цю скриньку.", "back"),
    ("uk", "З усіх питань звертайтеся, будь ласка, до моєї колеги Олени.", "back"),
    ("ru", "Планирую вернуться в марте.", "back"),
    ("ru", "По всем вопросам обращайтесь, пожалуйста, к моему заместителю.", "back"),
    ("en", "Please verify that you are a real live human being.", "sender check"),
    ("en", "The message you sent requires that you verify that you are human.", "challenge"),
    # Set AE.
    ("en", "Messages sent to this address are processed automatically and not read.", "unread"),
    ("de", "Nachrichten an diese Adresse werden automatisch verarbeitet und nicht gelesen.",
     "unread"),
    ("fr", "Les messages envoyés à cette adresse sont traités automatiquement et ne sont pas lus.",
     "unread"),
    ("es", "Los mensajes enviados a esta dirección se procesan automáticamente y no se leen.",
     "unread"),
    ("it", "I messaggi inviati a questo indirizzo sono elaborati automaticamente e non vengono "
     "letti.", "unread"),
    ("nl", "Berichten aan dit adres worden automatisch verwerkt en niet gelezen.", "unread"),
    ("pt", "Esta caixa de e-mail não é mais monitorada.", "unread"),
    ("pt", "Não faço mais parte da equipe desde março.", "left"),
    ("pt", "Não trabalho mais na empresa.", "left"),
    ("pt", "Sua mensagem não foi encaminhada.", "your mail"),
    ("nl", "Uw melding werd geregistreerd.", "received"),
    ("nl", "Uw aanvraag wordt geregistreerd en behandeld.", "received"),
    ("nl", "Vermeld steeds het meldingsnummer.", "ticket"),
    ("nl", "Uw vraag is geregistreerd onder nummer 2025-118.", "ticket"),
    # Set AG.
    ("fr", "Mme Roux a quitté le groupe Vernet le 31 août.", "left"),
    ("fr", "M. Blanc a quitté ses fonctions au 1er juin.", "left"),
    ("de", "Herr Brandt ist aus dem Unternehmen ausgeschieden.", "left"),
    ("de", "Frau Wolf hat die Kanzlei verlassen.", "left"),
    ("en", "Dr Patel has left the practice.", "left"),
    ("en", "Ms Evans has left the council.", "left"),
    ("es", "La Sra. Ruiz ha dejado la compañía.", "left"),
    ("it", "Il dott. Conti ha lasciato lo studio.", "left"),
    ("nl", "Mevrouw de Vries heeft de gemeente verlaten.", "left"),
    ("pt", "O Sr. Lima deixou o grupo em março.", "left"),
    ("fr", "Votre message ne lui a pas été transmis.", "your mail"),
    ("fr", "Votre courriel ne lui sera pas transmis.", "your mail"),
    ("de", "Ihre Nachricht wurde nicht an ihn weitergeleitet.", "your mail"),
    ("es", "Su mensaje no le será reenviado.", "your mail"),
    ("it", "Il suo messaggio non gli è stato inoltrato.", "your mail"),
    ("nl", "Uw bericht is niet aan haar doorgestuurd.", "your mail"),
    ("pt", "Sua mensagem não lhe foi encaminhada.", "your mail"),
    ("it", "La casella info@ditta-vecchia.it resterà attiva fino al 31/12/2025 e non viene più "
           "consultata.", "unread"),
    ("es", "Este buzón no es consultado.", "unread"),
    ("it", "La preghiamo di inviare nuovamente la sua comunicazione al nuovo indirizzo.",
     "your mail"),
    ("fr", "Merci de renvoyer votre message au service achats.", "your mail"),
    # Set AH.
    ("pt", "Sua solicitação foi recebida e registrada com o número #1834.", "ticket"),
    ("en", "Your request has been logged under reference 5521.", "ticket"),
    ("de", "Ihre Anfrage wurde mit der Nummer 4471 erfasst.", "ticket"),
    ("fr", "Votre demande est enregistrée avec le numéro 8812.", "ticket"),
    ("pt", "Um de nossos atendentes vai analisar e responder em até 1 dia útil.", "respond"),
    ("es", "Uno de nuestros agentes le responderá en un plazo de 24 horas.", "respond"),
    ("fr", "Un de nos conseillers vous répondra sous 48 heures.", "respond"),
    ("it", "Uno dei nostri operatori le risponderà entro due giorni lavorativi.", "respond"),
    ("nl", "Een van onze medewerkers neemt binnen twee werkdagen contact met u op.", "respond"),
    ("de", "Einer unserer Mitarbeiter wird sich innerhalb von 24 Stunden bei Ihnen melden.",
     "respond"),
    # Set AI.
    ("cs", "Váš požadavek byl přijat a zaevidován pod číslem #702418.", "ticket"),
    ("pl", "Zgłoszenie zostało zarejestrowane pod numerem 5521.", "ticket"),
    ("cs", "Na Váš požadavek odpovíme zpravidla do 2 pracovních dnů.", "respond"),
    # Set AJ.
    ("it", "I messaggi inviati a questo indirizzo non vengono più letti né inoltrati.", "unread"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sentence", "statement"), STATEMENTS, ids=[f"{r[0]}:{r[1]}" for r in STATEMENTS]
)
def test_the_statement_is_read(language: str, sentence: str, statement: str) -> None:
    """Each statement, read on its own."""
    assert statement in {name for name, _weight in evidence(sentence).found}


# The same words as no statement.
NOT_STATEMENTS = [
    ("nl", "De export werkt niet meer bij ons sinds de update.", {"left"}),
    ("it", "Il plugin non collabora più con la stampante.", set()),  # no statement asked of it
    ("ru", "Отчёт сформирован вручную, а не автоматически.", {"automated"}),
    ("en", "I forwarded your message to my colleague.", {"your mail"}),
    ("en", "Please resend the invoice to our accounts team.", {"your mail"}),
    ("es", "El técnico revisó la solicitud ayer.", {"respond"}),
    ("uk", "Ми розглянули ваш лист і маємо питання.", {"respond"}),
    ("en", "I'm back from holiday and the export still fails.", {"back"}),
    ("nl", "De kantoren van onze klant zijn gisteren verhuisd.", {"closed"}),
    ("fr", "J'ai transmis votre message à mon collègue.", {"your mail"}),
    ("it", "Ho consultato la casella ieri sera.", {"unread"}),
]


@pytest.mark.parametrize(
    ("language", "sentence", "statements"),
    NOT_STATEMENTS,
    ids=[f"{r[0]}:{r[1]}" for r in NOT_STATEMENTS],
)
def test_the_same_words_make_no_statement(
    language: str, sentence: str, statements: set[str]
) -> None:
    assert not statements & {name for name, _weight in evidence(sentence).found}


UA_RECEIPT = (
    "Доброго дня!\n\nДякуємо за звернення до служби підтримки ТОВ «Агросвіт».\n"
    "Вашому запиту присвоєно номер AG-3318. Ми розглянемо ваше звернення протягом двох робочих "
    "днів.\n\nЛист сформовано автоматично, відповідати на нього не потрібно.\n"
)
RU_RECEIPT = (
    "Здравствуйте!\n\nВаше обращение зарегистрировано под номером 88-4412.\n"
    "Специалист свяжется с вами в рабочее время.\n\nЭто письмо сформировано автоматически.\n"
)
ES_RECEIPT = (
    "Estimado cliente:\n\nSu consulta ha quedado registrada con el número de incidencia "
    "INC-20931. Un técnico revisará su solicitud lo antes posible.\n\nServicio de Atención al "
    "Cliente\n"
)
IT_LEFT = (
    "Gentile mittente,\n\nla informiamo che l'ing. Paolo Serra non collabora più con la nostra "
    "società e che questa casella non è più presidiata.\n\nPer informazioni: info@serra.example\n"
)
EN_CLOSED = (
    "Hello,\n\nThis mailbox (billing@oldname.example) will be closed on 28 February.\n"
    "Please update your records and resend your message to billing@newname.example.\n\nThanks\n"
)
RO_COMPLAINT = (
    "Bună ziua,\n\nVă transmitem o reclamație primită de la un client al nostru, care a marcat "
    "mesajul dumneavoastră drept SPAM. Mesajul a fost trimis de la adresa IP 203.0.113.25.\n\n"
    "Echipa Abuse\n\n-----Original Message-----\nFrom: client\nSubject: spam\n\nOpriți-i!\n"
)
NEWSLETTERS = [
    ("hu", "Ön azért kapta ezt a levelet, mert feliratkozott hírlevelünkre. Ide kattintva "
           "leiratkozhat: https://bolt.example/hirlevel/ki"),
    ("fi", "Saat tämän viestin, koska olet tilannut uutiskirjeemme. Peru tilaus: "
           "https://kauppa.example/peru"),
    ("tr", "Bu e-postayı bültenimize kayıtlı olduğunuz için aldınız. Abonelikten çıkmak için: "
           "https://magaza.example/cik"),
    ("ru", "Вы получили это письмо, потому что подписаны на рассылку. Отписаться от рассылки: "
           "https://shop.example/unsub"),
    ("uk", "Ви отримали цей лист, тому що підписані на новини. Відписатися: "
           "https://shop.example/unsub"),
    ("ro", "Primiți acest mesaj deoarece v-ați abonat la newsletter. Dezabonare: "
           "https://magazin.example/dezabonare"),
    ("el", "Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε. Διαγραφή από τη λίστα: "
           "https://katastima.example/out"),
    ("sq", "E merrni këtë email sepse jeni abonuar. Çabonohu: https://dyqan.example/out"),
]  # fmt: skip
LINKS = "\n\nhttps://shop.example/a\nhttps://shop.example/b\nhttps://shop.example/c\n\n"

NL_RECEIPT = (
    "Beste,\n\nWij hebben uw e-mail goed ontvangen. Uw melding werd geregistreerd onder nummer "
    "ICT-0093.\n\nEen medewerker neemt zo snel mogelijk contact met u op. Gelieve steeds het "
    "meldingsnummer te vermelden.\n\nDienst ICT\n"
)
EN_UNREAD = (
    "Thank you for your message.\n\nThis address only receives purchase invoices. Messages sent "
    "to this address are processed automatically and not read. For questions about a payment "
    "write to payables@buyer.example.\n\nAccounts Payable\n"
)
PT_LEFT = (
    "Olá,\n\nInformo que não faço mais parte da equipe da Nortesul desde 01/03 e que esta caixa "
    "de e-mail não é mais monitorada. Sua mensagem não foi encaminhada.\n\nPor favor, escreva "
    "para compras@nortesul.example.\n"
)
# A mass mail with no link at all: its way out is a reply with a word.
NO_LINK_FOOTERS = [
    ("en", "You are receiving this newsletter as a customer of ours. If you no longer wish to "
           "receive it, reply with REMOVE in the subject."),
    ("es", "Si no desea recibir más información, responda con la palabra BAJA en el asunto."),
    ("it", "Se non desiderate più ricevere la nostra newsletter, rispondete a questa e-mail con "
           "oggetto CANCELLAMI."),
    ("nl", "Wilt u deze nieuwsbrief niet meer ontvangen? Stuur dan een e-mail met \"afmelden\" "
           "naar nieuws@leverancier.example."),
    ("pt", "Se não deseja mais receber nossas ofertas, responda este e-mail com a palavra "
           "REMOVER."),
    ("de", "Sie erhalten diese E-Mail als Kunde. Antworten Sie mit ABMELDEN, wenn Sie keine "
           "Newsletter mehr wünschen."),
    ("fr", "Vous recevez ce message en tant que client. Pour vous désinscrire, répondez avec "
           "STOP dans l'objet."),
    ("es", "Recibiste este correo porque eres cliente nuestro. Si ya no deseas recibir "
           "promociones, responde con la palabra BAJA."),
    ("pt", "Você está recebendo este e-mail como cliente. Se não desejas receber mais, responda "
           "com SAIR."),
]  # fmt: skip
OFFER = (
    "Good morning,\n\nThis spring we offer our courses again at our premises and online:\n\n"
    "- Microsoft 365 for small firms, 6 and 13 May\n- Spotting phishing, 20 May\n"
    "- Backups and NAS, 27 May\n\nSign up by 30 April by replying to this e-mail.\n\n"
    "Kind regards\nThe team\n\n"
)

FR_LEFT = (
    "Bonjour,\n\nMme Claire Roux a quitté le groupe Vernet le 31 août 2025.\nVotre message ne "
    "lui a pas été transmis.\n\nPour les commandes : commandes@vernet.example\n\nGroupe Vernet\n"
)
DE_LEFT = (
    "Guten Tag,\n\nHerr Brandt ist aus dem Unternehmen ausgeschieden. Ihre Nachricht wurde nicht "
    "an ihn weitergeleitet.\n\nBitte wenden Sie sich an einkauf@brandt.example.\n"
)
NL_QUOTE_NUMBER = (
    "Beste klant,\n\nWij hebben uw melding in goede orde ontvangen en geregistreerd onder nummer "
    "S-2025-0412.\n\nWilt u bij vragen altijd het meldingnummer vermelden?\n\nServicedesk\n"
)
EN_QUOTE_NUMBER = (
    "Hello,\n\nWe have received your request and logged it as case 88-1204. Would you please "
    "quote this case number in any further correspondence?\n\nIT Service Desk\n"
)
IT_MOVED = (
    "Gentile mittente,\n\ndal 1° marzo la Rossi s.n.c. è diventata Rossi S.r.l.\nLa casella "
    "ordini@rossi-snc.example resterà attiva fino al 30/06/2025 e non viene più consultata "
    "regolarmente.\nLa preghiamo di inviare nuovamente la sua comunicazione al nuovo indirizzo "
    "ordini@rossisrl.example.\n\nCordiali saluti\n"
)

PT_RECEIPT = (
    "Olá,\n\nSua solicitação foi recebida e registrada com o número #2291.\nUm de nossos "
    "atendentes vai analisar e responder em até 2 dias úteis.\n\nAcompanhe pelo portal: "
    "https://erp.cliente.example/my/ticket/2291\n\nEquipe de Suporte\n"
)
NL_FORWARD_FAILED = (
    "Automatische melding van mailserver srv-02.kantoor.example\n\nHet onderstaande bericht kon "
    "niet worden doorgestuurd naar het interne adres. Het staat in de wachtrij.\n\n  Van: "
    "support@houseware.io\n  Onderwerp: [#4575] Planning\n  Fout: Connection refused\n"
)
EN_FORWARD_FAILED = (
    "Automated notice from mail gateway gw1.office.example\n\nThe message below could not be "
    "forwarded to its internal recipient and remains queued.\n\n  From: support@houseware.io\n"
    "  Subject: [#4575] Planning\n"
)
IT_FAIR = (
    "Gentile visitatore,\n\ntorna la fiera delle PMI digitali: 120 espositori e 40 workshop.\n\n"
    "Registrati gratis: https://fiera.example/registrazione\n\nLa Segreteria\n\n-- \nRicevi "
    "questa email perché hai visitato la fiera. Se non desideri più ricevere le nostre "
    "comunicazioni: https://fiera.example/newsletter/cancella.php\n"
)
NL_ALERT = (
    "Nieuwe opdrachten voor uw zoekprofiel:\n\n1. Gemeente A - Software\n"
    "   https://tenders.example/opdracht/1\n2. School B - Licenties\n"
    "   https://tenders.example/opdracht/2\n\nBekijk alles: https://tenders.example/profiel/9\n"
    "\n-- \nU ontvangt deze e-mail omdat u een zoekprofiel heeft ingesteld.\nMeldingen "
    "aanpassen of stopzetten: https://tenders.example/account/meldingen\n"
)
ES_SURVEY = (
    "Estimado proveedor:\n\nLo invitamos a responder nuestra encuesta anual de proveedores.\n\n"
    "https://encuestas.constructora.example/index.php/5521?token=ab12\n\nÁrea de Compras\n\n"
    "Si no desea participar y no quiere recibir más invitaciones, haga clic aquí:\n"
    "https://encuestas.constructora.example/index.php/optout/tokens/5521?token=ab12\n"
)

CS_RECEIPT = (
    "Dobrý den,\n\nděkujeme za Váš e-mail. Váš požadavek byl přijat a zaevidován pod číslem "
    "#4410.\n\nNa Váš požadavek odpovíme zpravidla do 3 pracovních dnů.\n\nS pozdravem\n"
    "IT oddělení\n"
)
FR_DELAY = (
    "Ceci est un message d'avertissement uniquement.\n\nVotre message n'a pas encore pu être "
    "remis au destinataire suivant : compta@regie.example\n\nNotre passerelle continuera "
    "d'essayer pendant encore 4 jours.\n"
)
DE_GATEWAY = (
    "Dies ist eine automatische Benachrichtigung des E-Mail-Gateways der Muster GmbH.\n\nIhre "
    "Nachricht an folgende Empfänger wurde NICHT zugestellt: einkauf@muster.example\n\nRegel: "
    "Anhangsfilter\nAktion: Nachricht in Quarantäne verschoben\n"
)
DE_DELAY = (
    "Dies ist nur eine Warnung.\n\nIhre Nachricht konnte noch nicht zugestellt werden an: "
    "buchhaltung@firma.example\nDer Server versucht es weiter.\n"
)

NOTICES = [
    ("uk", "helpdesk receipt", new_mail("Підтримка <help@agro.example>", "[AG-3318] Звернення"),
     UA_RECEIPT, Kind.AUTO_REPLY),
    ("ru", "helpdesk receipt", new_mail("Поддержка <support@zavod.example>", "Обращение принято"),
     RU_RECEIPT, Kind.AUTO_REPLY),
    ("es", "helpdesk receipt", new_mail("SAC <sac@tienda.example>", "[INC-20931] Recibido"),
     ES_RECEIPT, Kind.AUTO_REPLY),
    ("it", "departed, unstaffed", answer("p.serra@serra.example", "R: [#4575] Etichette"),
     IT_LEFT, Kind.AUTO_REPLY),
    ("en", "mailbox closing", answer("billing@oldname.example", "Re: [#4575] Renewal"),
     EN_CLOSED, Kind.AUTO_REPLY),
    ("ro", "abuse desk forwards a complaint", desk("Abuse <abuse@isp.example>", "Fw: SPAM"),
     RO_COMPLAINT, Kind.BOUNCE),
    ("ro", "postmaster forwards a complaint",
     desk("Postmaster <postmaster@isp.example>", "Fwd: reclamație spam"), RO_COMPLAINT,
     Kind.BOUNCE),
    *[(lang, "newsletter footer", new_mail(f"News <hirlevel@shop-{lang}.example>", "Akció!"),
       "Kedves vásárló!" + LINKS + footer + "\n", Kind.BULK) for lang, footer in NEWSLETTERS],
    # Set AE.
    ("nl", "helpdesk receipt", new_mail("Helpdesk ICT <helpdesk@logistiek.example>",
     "[ICT-0093] Uw melding werd geregistreerd"), NL_RECEIPT, Kind.AUTO_REPLY),
    ("en", "invoice mailbox, not read", answer("invoices@buyer.example", "RE: [#4575] Invoice"),
     EN_UNREAD, Kind.AUTO_REPLY),
    ("pt", "left, unmonitored, not forwarded",
     new_mail("Renata <renata@nortesul.example>", "Não trabalho mais na Nortesul"), PT_LEFT,
     Kind.AUTO_REPLY),
    *[(lang, "no-link newsletter", new_mail(f"Vendas <vendas@shop-{lang}.example>",
       "Novidades de primavera"), OFFER + footer + "\n", Kind.BULK)
      for lang, footer in NO_LINK_FOOTERS],
    # Set AG.
    ("fr", "left the group, not passed on", answer("c.roux@vernet.example", "Réf : [#4575] Devis"),
     FR_LEFT, Kind.AUTO_REPLY),
    ("de", "left the company, not passed on", answer("brandt@brandt.example", "AW: [#4575] Lizenz"),
     DE_LEFT, Kind.AUTO_REPLY),
    ("nl", "receipt asking to quote its number", new_mail(
     "Servicedesk <servicedesk@gemeente.example>", "Melding S-2025-0412 geregistreerd"),
     NL_QUOTE_NUMBER, Kind.AUTO_REPLY),
    ("en", "receipt asking to quote its number", new_mail(
     "IT Service Desk <itsd@council.example>", "Case 88-1204 logged"), EN_QUOTE_NUMBER,
     Kind.AUTO_REPLY),
    ("it", "address changed, no longer consulted",
     answer("ordini@rossi-snc.example", "Re: [#4575] Ordini"), IT_MOVED, Kind.AUTO_REPLY),
    # Set AH.
    ("pt", "a customer's helpdesk receipt", answer("suporte@cliente.example",
     "[#4575] NF-e rejeitada (#2291)"), PT_RECEIPT, Kind.AUTO_REPLY),
    ("nl", "forwarding failed, self-titled", new_mail("Mailserver <beheer@kantoor.example>",
     "Bericht kon niet worden doorgestuurd: [#4575] Planning"), NL_FORWARD_FAILED, Kind.BOUNCE),
    ("en", "forwarding failed, self-titled", new_mail("Gateway <it@office.example>",
     "Message could not be forwarded: [#4575] Planning"), EN_FORWARD_FAILED, Kind.BOUNCE),
    ("it", "newsletter, footer below --", new_mail("Fiera <newsletter@fiera.example>",
     "Registrati gratis"), IT_FAIR, Kind.BULK),
    ("nl", "alert, footer below --", new_mail("Tenders <meldingen@tenders.example>",
     "2 nieuwe opdrachten"), NL_ALERT, Kind.BULK),
    ("es", "survey, opt-out link", new_mail("Compras <encuestas@constructora.example>",
     "Encuesta de proveedores 2025"), ES_SURVEY, Kind.BULK),
    # Set AI.
    ("cs", "a customer's helpdesk receipt", new_mail("IT <helpdesk@firma.example>",
     "Požadavek #4410 přijat"), CS_RECEIPT, Kind.AUTO_REPLY),
    ("fr", "a gateway's delay warning", new_mail("Passerelle <postmaster@regie.example>",
     "Avertissement : message pas encore remis - [#4575] Contrat"), FR_DELAY, Kind.BOUNCE),
    ("de", "a gateway's delay warning", new_mail("Mailgateway <postmaster@firma.example>",
     "Warnung: [#4575] Vertrag"), DE_DELAY, Kind.BOUNCE),
    # Set AJ.
    ("de", "a gateway's notice that says what it is", new_mail(
     "Mail-Gateway <imss@gw.muster.example>", "Nachricht nicht zugestellt: [#4575] Inventur"),
     DE_GATEWAY, Kind.BOUNCE),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "what", "head", "body", "expected"),
    NOTICES,
    ids=[f"{r[0]}:{r[1]}" for r in NOTICES],
)
def test_a_notice_is_machine_mail_of_its_kind(
    language: str, what: str, head: str, body: str, expected: Kind
) -> None:
    """A notice with no auto header and no report structure, known by what it says."""
    assert kind(head, body) is expected


SCANMAIL = (
    "ScanMail for Microsoft Exchange has blocked a message that you sent.\n\nSender: "
    "support@houseware.io\nSubject: [#4575] Export\nAction: Message quarantined\n"
)
FR_OPT_IN = (
    "Bonjour,\n\nPour compléter votre inscription à notre infolettre, veuillez confirmer votre "
    "abonnement en cliquant sur le lien : https://infolettre.example/confirmer/x1\n"
)
EL_REPLY = (
    "Καλησπέρα σας,\n\nΣας στέλνω τα στοιχεία της χρέωσης: 2 x 149,00 €. Παρακαλώ επιστρέψτε "
    "το ένα ποσό.\n\nΓιώργος\n\n-----Αρχικό μήνυμα-----\nΑπό: Houseware Support "
    "<support@houseware.io>\nΣτάλθηκε: Τρίτη, 10 Δεκεμβρίου 2024 11:05 πμ\nΘέμα: [#4575] "
    "Χρεώσεις\n\nThis is an automatic confirmation that we have received your request.\n"
    "Ticket: #4575. One of our support engineers will get back to you within one business "
    "day.\n"
)
RU_REPLY = (
    "Добрый день!\n\nПрикладываю выписку по двойному списанию, номер договора 4417.\n\n"
    "Ирина\n\n-----Исходное сообщение-----\nОт: Houseware Support <support@houseware.io>\n"
    "Отправлено: 10 декабря 2024 г. 11:05\nТема: [#4575] Списание\n\nThis is an automatic "
    "confirmation that we have received your request. Ticket: #4575.\n"
)


def test_a_gateway_product_s_notice_is_a_bounce() -> None:
    head = desk("ScanMail for Microsoft Exchange <scanmail@school.example>", "Message blocked")
    assert kind(head, SCANMAIL) is Kind.BOUNCE


def test_a_french_opt_in_is_list_mail() -> None:
    head = new_mail("Infolettre <infolettre@chambre.example>", "Confirmez votre abonnement")
    assert kind(head, FR_OPT_IN) is Kind.BULK


@pytest.mark.parametrize("body", [EL_REPLY, RU_REPLY], ids=["el", "ru"])
def test_our_acknowledgement_quoted_below_an_original_message_line_is_not_hers(
    body: str,
) -> None:
    """The receipt's words (automatic, received, ticket) stand below the client's "Original
    Message" line: what the customer wrote above it is a person's reply."""
    assert kind(answer("Γιώργος <g@kunde.example>", "ΑΠ: [#4575] Χρεώσεις"), body) is Kind.HUMAN


CUSTOMER = "Hanna Meier <hanna@kunde.example>"
CUSTOMER_AE = "Ana Souza <ana@cliente.example>"

# Each row: language, what it is, the mail's head, its text. A person's, every one.
PEOPLE = [
    ("nl", "a bug that no longer works",
     new_mail(CUSTOMER, "Export kapot"),
     "Hallo,\n\nDe export werkt niet meer bij ons sinds de update van gisteren. Kunnen jullie "
     "kijken?\n\nHanna\n"),
    ("en", "own mailbox closing, news with a request",
     new_mail(CUSTOMER, "New billing address"),
     "Hi,\n\nOur old mailbox billing@kunde.example will be closed at the end of the month. "
     "Please send all invoices to ap@kunde.example from now on and confirm the change.\n\nHanna\n"),
    ("en", "resend asked of a person, a question",
     answer(CUSTOMER, "Re: [#4575] Renewal"),
     "Hello, could you please resend your message to my colleague Tom? He handles renewals "
     "now.\n\nHanna\n"),
    ("ro", "a customer forwards a complaint to ask",
     new_mail(CUSTOMER, "Fw: reclamație SPAM"),
     "Bună ziua, am primit reclamația de mai jos de la furnizorul nostru (IP 203.0.113.25). "
     "Ce trebuie să facem?\n\nHanna\n"),
    ("hu", "asks to be taken off the newsletter",
     new_mail(CUSTOMER, "Leiratkozás"),
     "Jó napot! Kérem, iratkoztassanak le a hírlevélről, a leiratkozás linkje nem működik "
     "(https://houseware.example/u). Köszönöm, Hanna\n"),
    ("es", "a technician of the customer's",
     new_mail(CUSTOMER, "Instalación"),
     "Hola, un técnico de nuestra empresa revisará la instalación mañana. ¿Nos podéis enviar "
     "la guía?\n\nHanna\n"),
    # Set AE.
    ("en", "asks to be removed from the newsletter",
     new_mail(CUSTOMER_AE, "Newsletter"),
     "Hi,\n\nplease take me off your newsletter. I tried to reply with REMOVE in the subject as "
     "your footer says, but I still get it.\n\nAna\n"),
    ("es", "asks how to unsubscribe by mail",
     new_mail(CUSTOMER_AE, "Baja del boletín"),
     "Hola, no deseo recibir más el boletín. ¿Tengo que responder con la palabra BAJA o "
     "hay un enlace?\n\nAna\n"),
    ("nl", "the supplier's address is no longer read",
     new_mail(CUSTOMER_AE, "Facturen komen niet aan"),
     "Hallo,\n\nonze leverancier meldt dat berichten aan dit adres niet gelezen worden, dus "
     "de facturen uit Houseware komen niet aan. Kunnen jullie het afzenderadres aanpassen?\n\n"
     "Ana\n"),
    ("pt", "left a project, still a customer",
     new_mail(CUSTOMER_AE, "Acesso ao projeto"),
     "Bom dia, eu não faço mais parte do projeto Piloto, mas continuo no projeto Central. "
     "Podem remover meu acesso ao Piloto?\n\nAna\n"),
    ("nl", "a ticket number of her own",
     new_mail(CUSTOMER_AE, "Scanner"),
     "Goedemiddag, ik heb het probleem intern gemeld onder nummer 4411, maar de scanner wordt "
     "nog steeds niet herkend. Wat kan ik proberen?\n\nAna\n"),
    # Set AG.
    ("fr", "a colleague left, a question, in an answer",
     answer(CUSTOMER_AE, "RE: [#4575] Accès"),
     "Bonjour,\n\nJulie a quitté l'entreprise la semaine dernière, pouvez-vous retirer son "
     "accès ?\n\nAna\n"),
    ("en", "a colleague left the firm, a question, in an answer",
     answer(CUSTOMER_AE, "Re: [#4575] Licences"),
     "Hi,\n\nTom has left the firm. Can you move his open tickets to me?\n\nAna\n"),
    ("en", "asks to quote a number, and something else",
     answer(CUSTOMER_AE, "Re: [#4575] Quote"),
     "Thanks, we have received your quote. Could you mention our PO number 7781 on the invoice? "
     "And when can the engineer come?\n\nAna\n"),
    # Set AH.
    ("en", "forwarding failed, told by a person who asks",
     new_mail(CUSTOMER_AE, "Message could not be forwarded"),
     "Automatic notification from our mail server: your acknowledgement could not be forwarded "
     "to Tom. Can you send it again to tom@cliente.example?\n\nAna\n"),
    ("en", "a request with a company footer below --",
     new_mail(CUSTOMER_AE, "Export"),
     "Hello,\n\nthe export fails since Monday. Can you check?\n\nAna\n\n-- \nAna Souza | "
     "Cliente Lda\nYou receive this e-mail because you are a partner of ours. Unsubscribe: "
     "https://cliente.example/unsubscribe\n"),
    ("en", "the unsubscribe link did not work",
     new_mail(CUSTOMER_AE, "Newsletter"),
     "Hi, I still get your newsletter although I clicked this: "
     "https://news.houseware.example/unsubscribe?u=1\n"),
    # Set AJ.
    ("cs", "forwards a suspicious notice to ask",
     new_mail(CUSTOMER_AE, "Fwd: Action required: payment failed"),
     "Dobrý den,\n\nje tenhle e-mail opravdu od vás? Kartu jsme nikdy nezadávali.\n\nAna\n\n"
     "---------- Původní e-mail ----------\nOd: Billing <billing@phish.example>\nKomu: "
     "ana@cliente.example\nDatum: 20. 10. 2025\nPředmět: Action required\n\nThis is an automated "
     "message. Please do not reply to this email. This mailbox is not monitored.\n"),
    ("en", "forwards a notice below a Forwarded message line",
     new_mail(CUSTOMER_AE, "Fwd: Your mailbox is full"),
     "Hi, we got this today, is it from you?\n\nAna\n\n---------- Forwarded message ---------\n"
     "From: Mail System <no-reply@phish.example>\nDate: Mon, 20 Oct 2025\nSubject: Your mailbox "
     "is full\n\nThis is an automated message. This mailbox is not monitored.\n"),
    ("en", "a person's mail through a platform that stamps X-SG-EID",
     new_mail(CUSTOMER_AE, "Export fails") + "X-SG-EID: u001.abc\n",
     "Hi,\n\nthe export fails since Monday for all our reports. Can you check?\n\nAna\n"),
    ("es", "el enlace de baja no funciona",
     new_mail(CUSTOMER_AE, "Boletín"),
     "Hola, sigo recibiendo el boletín aunque hice clic aquí: "
     "https://news.houseware.example/baja?u=1\n\nAna\n"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "what", "head", "body"), PEOPLE, ids=[f"{r[0]}:{r[1]}" for r in PEOPLE]
)
def test_a_person_in_the_same_words_stays_a_person(
    language: str, what: str, head: str, body: str
) -> None:
    assert kind(head, body) is Kind.HUMAN
