"""Machine mail in Estonian, Latvian, Lithuanian, Slovak, Slovenian, Croatian, Bosnian, Serbian
(Latin and Cyrillic), Macedonian and Bulgarian (core.machinewords), written here from how their
mail programs, autoresponder templates, helpdesks and gateways word a notice:

- each statement (away, back, closed, unread, left, retired, automated, received, ticket, your
  mail) is read in each language, with its diacritics and without them where people and old
  systems drop them;
- a notice with no auto header is machine mail of its kind: an out-of-office or a closed office
  answering our acknowledgement, "Automatic reply:" as each language's mail program titles it,
  a helpdesk's or registry's receipt with its number, an unmonitored mailbox's notice, a departed
  employee's or retired address's notice, a failure or delay from a mail system named in the
  language, a gateway's quarantine notice, a list's moderation request;
- a person's mail in the same words stays a person's: the past tense ("bio sam na godišnjem
  odmoru", "bol som na dovolenke", "бях в отпуск"), the same verb as a past tense's auxiliary
  ("sam poslao upit kolegi koji je na odmoru"), somebody else's absence or departure told as
  news with a request, their own absence announced ahead, a thing that "više ne radi" (no
  longer works), and help asked about their own auto-reply or a bounce they got.
"""

import pytest

from supportmail.core.autoreply import subject_form
from supportmail.core.machinetext import evidence
from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


def system(sender: str, subject: str) -> str:
    """The head of a mail system's or gateway's notice: a real Return-Path, no report."""
    address = sender.rpartition("<")[2].rstrip(">") if "<" in sender else sender
    return (
        f"Return-Path: <{address}>\nFrom: {sender}\nTo: support@houseware.io\nSubject: {subject}\n"
    )


# Each row: language, a sentence, the statement it makes (read on its own).
STATEMENTS = [
    ("et", "Olen puhkusel kuni 15. augustini.", "away"),
    ("et", "Olen 3.-14. augustini puhkusel.", "away"),
    ("et", "Viibin komandeeringus.", "away"),
    ("et", "Kiireloomuliste küsimuste korral pöörduge kolleegi poole.", "back"),
    ("et", "Kiireloomuliste kusimuste korral poorduge kolleegi poole.", "back"),
    ("et", "Minu äraoleku ajal kirju ei edastata.", "back"),
    ("et", "Kontor on pühade ajal suletud.", "closed"),
    ("et", "Palun ärge vastake sellele kirjale.", "unread"),
    ("et", "Mari Tamm ei tööta enam meie ettevõttes.", "left"),
    ("et", "See e-posti aadress ei ole enam kasutusel.", "retired"),
    ("et", "See on automaatne vastus.", "automated"),
    ("et", "Oleme teie pöördumise kätte saanud.", "received"),
    ("et", "Pöördumise number: 4411", "ticket"),
    ("et", "Teie kirja ei edastata.", "your mail"),
    ("lv", "Esmu atvaļinājumā līdz 20. augustam.", "away"),
    ("lv", "Sobrid esmu atvalinajuma.", "away"),
    ("lv", "Steidzamos jautājumos lūdzu sazinieties ar kolēģi.", "back"),
    ("lv", "Atgriezīšos birojā 21. augustā.", "back"),
    ("lv", "Birojs svētku laikā būs slēgts.", "closed"),
    ("lv", "Lūdzu, neatbildiet uz šo e-pastu.", "unread"),
    ("lv", "Jānis Bērziņš vairs nestrādā uzņēmumā.", "left"),
    ("lv", "Šī e-pasta adrese vairs netiek izmantota.", "retired"),
    ("lv", "Šis ir automātisks paziņojums.", "automated"),
    ("lv", "Jūsu pieprasījums ir saņemts.", "received"),
    ("lv", "Tas ir reģistrēts ar numuru 5521.", "ticket"),
    ("lv", "Jūsu vēstule netiks pārsūtīta.", "your mail"),
    ("lt", "Esu atostogose iki rugpjūčio 15 d.", "away"),
    ("lt", "Šiuo metu manęs nėra biure.", "away"),
    ("lt", "Skubiais klausimais kreipkitės į kolegą.", "back"),
    ("lt", "Grįšiu rugpjūčio 16 d.", "back"),
    ("lt", "Mūsų biuras gruodžio 24 d. bus uždarytas.", "closed"),
    ("lt", "Prašome neatsakyti į šį laišką.", "unread"),
    ("lt", "Jonas Petraitis nebedirba mūsų įmonėje.", "left"),
    ("lt", "Šis el. pašto adresas nebenaudojamas.", "retired"),
    ("lt", "Tai automatinis pranešimas.", "automated"),
    ("lt", "Gavome jūsų užklausą.", "received"),
    ("lt", "Jūsų užklausa užregistruota numeriu 7781.", "ticket"),
    ("lt", "Jūsų laiškas nebus persiųstas.", "your mail"),
    ("sk", "Som na dovolenke do 15. 8. 2026.", "away"),
    ("sk", "Od 1.8. do 15.8. som na dovolenke.", "away"),
    ("sk", "Momentálne som mimo kancelárie.", "away"),
    ("sk", "V súrnych prípadoch kontaktujte kolegu.", "back"),
    ("sk", "V surnych pripadoch kontaktujte kolegu.", "back"),
    ("sk", "Budem späť 16. augusta.", "back"),
    ("sk", "Kancelária bude od 23. 12. do 2. 1. zatvorená.", "closed"),
    ("sk", "Prosíme, neodpovedajte na tento e-mail.", "unread"),
    ("sk", "Ján Novák už nepracuje v našej spoločnosti.", "left"),
    ("sk", "Táto adresa sa už nepoužíva.", "retired"),
    ("sk", "Táto správa bola vygenerovaná automaticky.", "automated"),
    ("sk", "Prijali sme vašu požiadavku.", "received"),
    ("sk", "Vaša požiadavka bola zaevidovaná pod číslom 1234.", "ticket"),
    ("sl", "Sem na dopustu do 15. 8.", "away"),
    ("sl", "Do 15. avgusta sem odsotna.", "away"),
    ("sl", "V nujnih primerih pokličite sodelavca.", "back"),
    ("sl", "Pisarna bo med prazniki zaprta.", "closed"),
    ("sl", "Prosimo, ne odgovarjajte na to sporočilo.", "unread"),
    ("sl", "Ana Novak ni več zaposlena v podjetju.", "left"),
    ("sl", "Ta e-poštni naslov ni več v uporabi.", "retired"),
    ("sl", "To je samodejni odgovor.", "automated"),
    ("sl", "Prejeli smo vaše sporočilo.", "received"),
    ("sl", "Vaš zahtevek je bil zabeležen pod številko 44021.", "ticket"),
    ("sl", "Vaše sporočilo ne bo posredovano.", "your mail"),
    ("hr", "Trenutno sam na godišnjem odmoru.", "away"),
    ("hr", "Od 1. do 15. 8. sam na godisnjem odmoru.", "away"),
    ("hr", "Odsutna sam do 20.8.", "away"),
    ("hr", "Bit ću izvan ureda do ponedjeljka.", "away"),
    ("hr", "Na godišnjem sam odmoru do 20. kolovoza.", "away"),
    ("hr", "U hitnim slučajevima obratite se kolegi.", "back"),
    ("hr", "Tijekom moje odsutnosti poruke neće biti proslijeđene.", "back"),
    ("hr", "Naš ured bit će zatvoren od 24. 12. do 2. 1.", "closed"),
    ("hr", "Molimo ne odgovarajte na ovu poruku.", "unread"),
    ("hr", "Ivana Horvat više ne radi u tvrtki.", "left"),
    ("hr", "Ova adresa više nije u upotrebi.", "retired"),
    ("hr", "Ova poruka je automatski generirana.", "automated"),
    ("hr", "Zaprimili smo Vaš upit.", "received"),
    ("hr", "Zaveden je pod brojem 31207.", "ticket"),
    ("hr", "Vaša poruka neće biti proslijeđena.", "your mail"),
    ("bs", "Tokom mog odsustva nemam pristup e-mailu.", "back"),
    ("bs", "Amra Begić više nije uposlenica našeg preduzeća.", "left"),
    ("bs", "Trenutno sam na godisnjem odmoru.", "away"),
    ("sr", "Biću odsutan do 20. avgusta.", "away"),
    ("sr", "Za hitne slučajeve obratite se kolegi.", "back"),
    ("sr", "Ovo je automatski generisana poruka.", "automated"),
    ("sr", "Molimo Vas da ne odgovarate na ovu poruku.", "unread"),
    ("sr-Cyrl", "Тренутно сам на годишњем одмору.", "away"),
    ("sr-Cyrl", "Бићу одсутан до 20. августа.", "away"),
    ("sr-Cyrl", "У хитним случајевима обратите се колеги.", "back"),
    ("sr-Cyrl", "Канцеларија ће бити затворена током празника.", "closed"),
    ("sr-Cyrl", "Молимо не одговарајте на ову поруку.", "unread"),
    ("sr-Cyrl", "Петар више не ради у фирми.", "left"),
    ("sr-Cyrl", "Ова адреса више није у употреби.", "retired"),
    ("sr-Cyrl", "Ово је аутоматски одговор.", "automated"),
    ("sr-Cyrl", "Примили смо ваш захтев.", "received"),
    ("sr-Cyrl", "Ваш захтев је заведен под бројем 2231.", "ticket"),
    ("sr-Cyrl", "Ваша порука неће бити прослеђена.", "your mail"),
    ("mk", "Моментално сум на годишен одмор.", "away"),
    ("mk", "Отсутна сум до 20 август.", "away"),
    ("mk", "Во итни случаи контактирајте го колегата.", "back"),
    ("mk", "Канцеларијата ќе биде затворена за празниците.", "closed"),
    ("mk", "Ве молиме не одговарајте на оваа порака.", "unread"),
    ("mk", "Марија повеќе не работи во компанијата.", "left"),
    ("mk", "Оваа адреса повеќе не се користи.", "retired"),
    ("mk", "Ова е автоматски генерирана порака.", "automated"),
    ("mk", "Ја примивме вашата порака.", "received"),
    ("mk", "Вашето барање е заведено под број 60227.", "ticket"),
    ("mk", "Вашата порака нема да биде препратена.", "your mail"),
    ("bg", "В отпуск съм до 20 август.", "away"),
    ("bg", "Аз съм в командировка.", "away"),
    ("bg", "Отсъствам от офиса до 20.08.", "away"),
    ("bg", "При спешни случаи се обърнете към колега.", "back"),
    ("bg", "Офисът ще бъде затворен от 24.12.2026 г. до 2.1.2027 г.", "closed"),
    ("bg", "Моля, не отговаряйте на този имейл.", "unread"),
    ("bg", "Иван Петров вече не работи в компанията.", "left"),
    ("bg", "Този адрес вече не се използва.", "retired"),
    ("bg", "Това е автоматичен отговор.", "automated"),
    ("bg", "Това е автоматично генерирано съобщение.", "automated"),
    ("bg", "Получихме вашето запитване.", "received"),
    ("bg", "Вашето писмо, получено на 04.12.2026 г., е регистрирано.", "received"),
    ("bg", "Регистрирано е с входящ № 94-00-12.", "ticket"),
    ("bg", "Вашето съобщение няма да бъде препратено.", "your mail"),
    # Mail that will not be read, and a mailbox not monitored with what it serves in between.
    ("et", "Sellele aadressile saadetud kirju ei loeta.", "unread"),
    ("lv", "Jūsu vēstule netiks izlasīta.", "unread"),
    ("lt", "Jūsų laiškas nebus perskaitytas.", "unread"),
    ("sk", "Vaša správa nebude prečítaná.", "unread"),
    ("sl", "Vaše sporočilo ne bo prebrano.", "unread"),
    ("hr", "Vaša poruka neće biti pročitana.", "unread"),
    ("sr-Cyrl", "Ваша порука неће бити прочитана.", "unread"),
    ("mk", "Вашата порака нема да биде прочитана.", "unread"),
    ("bg", "Вашето съобщение няма да бъде прочетено.", "unread"),
    (
        "sl",
        "Ta naslov je namenjen samo pošiljanju računov in opomnikov strankam in se ne pregleduje.",
        "unread",
    ),
    (
        "sr",
        "Ova adresa je namenjena isključivo slanju obaveštenja o isporukama i se ne proverava.",
        "unread",
    ),
    # A helpdesk's receipt in English: the ticket made for the mail, the answer promised.
    ("en", "We have received your request and a ticket has been created.", "ticket"),
    (
        "en",
        "A support representative will review your request and reply within one business day.",
        "respond",
    ),
    # Found on set AB's tune half, written for every language named: the team's promise, a
    # number given, a Finnish or English mailbox whose purpose stands before "not monitored".
    ("et", "Meie spetsialistid vastavad teile ühe tööpäeva jooksul.", "respond"),
    ("lv", "Mūsu speciālisti atbildēs vienas darba dienas laikā.", "respond"),
    ("lt", "Mūsų specialistai atsakys per 2 darbo dienas.", "respond"),
    ("sk", "Naši špecialisti vám odpovedia do 24 hodín.", "respond"),
    ("sl", "Naši svetovalci vam bodo odgovorili v enem delovnem dnevu.", "respond"),
    ("hr", "Naši stručnjaci će vam odgovoriti u roku od jednog radnog dana.", "respond"),
    ("sr-Cyrl", "Наши сарадници ће вам одговорити у року од 24 сата.", "respond"),
    ("mk", "Нашите соработници ќе ви одговорат во рок од 24 часа.", "respond"),
    ("bg", "Нашите специалисти ще ви отговорят в рамките на един работен ден.", "respond"),
    ("lt", "Užklausai suteiktas numeris 5521.", "ticket"),
    ("fi", "Tämä osoite on tarkoitettu vain laskujen vastaanottoon eikä sitä seurata.", "unread"),
    ("en", "This mailbox is used for delivery notes only and is not monitored.", "unread"),
    ("en", "Your message will not be read.", "unread"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "statement"), STATEMENTS, ids=[f"{r[0]}:{r[1]}" for r in STATEMENTS]
)
def test_the_statement_is_read(language: str, sentence: str, statement: str) -> None:
    """Each statement in each language, read on its own."""
    assert statement in {name for name, _weight in evidence(sentence).found}


# The same words as no statement: the past tense (and the same verb as a past tense's
# auxiliary), somebody else, a thing that no longer works, a person's own mail sent wrongly.
NOT_STATEMENTS = [
    ("et", "Olin puhkusel ja eksport ei tööta enam.", {"away", "left"}),
    ("et", "Olen puhkusel olnud, nüüd ei saa sisse logida.", {"away"}),
    ("et", "Olen saatnud kirja kolleegile, kes on puhkusel.", {"away"}),
    ("lv", "Biju atvaļinājumā, un eksports vairs nestrādā.", {"away", "left"}),
    ("lv", "Esmu nosūtījis jautājumu kolēģim, kurš ir atvaļinājumā.", {"away"}),
    ("lt", "Buvau atostogose, o eksportas neveikia.", {"away"}),
    ("lt", "Esu parašęs kolegai, kuris yra atostogose.", {"away"}),
    ("sk", "Bol som na dovolenke a export prestal fungovať.", {"away"}),
    ("sk", "Minulý týždeň som bol na dovolenke.", {"away"}),
    ("sk", "Poslal som e-mail kolegovi, ktorý je na dovolenke.", {"away"}),
    ("sl", "Bila sem na dopustu in izvoz ne dela več.", {"away", "left"}),
    ("sl", "Sem poslal vprašanje sodelavcu ki je na dopustu.", {"away"}),
    ("hr", "Bio sam na godišnjem odmoru i izvoz više ne radi.", {"away", "left"}),
    ("hr", "Prošli tjedan sam bio na godišnjem odmoru.", {"away"}),
    ("hr", "Poslao sam mail kolegi koji je na godišnjem odmoru.", {"away"}),
    ("hr", "Ova funkcija više nije dio našeg paketa.", {"left"}),
    ("hr", "Moj e-mail je automatski poslan na krivu adresu.", {"automated"}),
    ("sr-Cyrl", "Био сам на годишњем одмору и извоз више не ради.", {"away", "left"}),
    ("mk", "Бев на одмор и извозот повеќе не работи.", {"away", "left"}),
    ("mk", "Сум бил на одмор минатата недела.", {"away"}),
    ("bg", "Бях в отпуск и експортът вече не работи.", {"away", "left"}),
    ("bg", "Бил съм в командировка цяла седмица.", {"away"}),
    ("bg", "Изпратих писмо на колега, който е в отпуск.", {"away"}),
    ("bg", "Тази функция вече не е част от пакета.", {"left"}),
    ("en", "The email is not read by your parser since the update.", {"unread"}),
    ("en", "Our specialists will answer the auditor's questions next week.", {"respond"}),
    ("hr", "Naši djelatnici su vam poslali upit prošli tjedan.", {"respond"}),
]


@pytest.mark.parametrize(
    ("language", "sentence", "statements"),
    NOT_STATEMENTS,
    ids=[f"{r[0]}:{r[1]}" for r in NOT_STATEMENTS],
)
def test_the_same_words_make_no_statement(
    language: str, sentence: str, statements: set[str]
) -> None:
    """The past, somebody else, a thing that no longer works: none of those statements."""
    assert not statements & {name for name, _weight in evidence(sentence).found}


ET_AWAY = (
    "Tere!\n\nOlen puhkusel kuni 15. augustini ja mul on piiratud ligipääs e-postile. "
    "Kiireloomuliste küsimuste korral palun pöörduge kolleegi Mari Tamme poole: "
    "mari.tamm@ladu.example.\n\nParimate soovidega\nKati Kask\n"
)
LV_AWAY = (
    "Labdien!\n\nEsmu atvaļinājumā līdz 20. augustam, un man ir ierobežota piekļuve e-pastam. "
    "Steidzamos jautājumos, lūdzu, sazinieties ar kolēģi Jāni Bērziņu: "
    "janis.berzins@noliktava.example.\n\nAr cieņu\nLīga Ozola\n"
)
LT_AWAY = (
    "Laba diena,\n\nesu atostogose iki rugpjūčio 20 d. Skubiais klausimais kreipkitės į kolegą "
    "Joną Petraitį: jonas@sandelis.example.\n\nPagarbiai\nRūta Kazlauskienė\n"
)
SK_AWAY = (
    "Dobrý deň,\n\nsom na dovolenke do 20. 8. 2026 a mám obmedzený prístup k e-mailu. "
    "V súrnych prípadoch kontaktujte kolegu Jána Nováka: jan.novak@sklad.example.\n\n"
    "S pozdravom\nZuzana Kováčová\n"
)
SL_AWAY = (
    "Pozdravljeni,\n\ndo 20. 8. sem na dopustu in imam omejen dostop do e-pošte. V nujnih "
    "primerih pokličite sodelavca Marka Novaka: marko.novak@skladisce.example.\n\n"
    "Lep pozdrav\nMaja Kovač\n"
)
HR_AWAY = (
    "Poštovani,\n\ntrenutno sam na godišnjem odmoru do 20. kolovoza i imam ograničen pristup "
    "e-pošti. U hitnim slučajevima obratite se kolegi Marku Horvatu: "
    "marko.horvat@skladiste.example.\n\nLijep pozdrav\nIvana Kovačević\n"
)
BS_AWAY = (
    "Poštovani,\n\ntrenutno sam na godišnjem odmoru do 20. augusta. Tokom mog odsustva poruke "
    "neće biti proslijeđene. Za hitne slučajeve obratite se kolegi Emiru Hodžiću: "
    "emir.hodzic@skladiste.example.\n\nSrdačan pozdrav\nAmra Begić\n"
)
BS_ASCII = (
    "Postovani,\n\ntrenutno sam na godisnjem odmoru do 20. augusta. U hitnim slucajevima "
    "obratite se kolegi Emiru: emir@skladiste.example.\n\nAmra\n"
)
SR_AWAY = (
    "Poštovani,\n\nbiću odsutan do 20. avgusta. Tokom mog odsustva nemam pristup e-mailu. Za "
    "hitne slučajeve obratite se kolegi Petru Petroviću: petar@magacin.example.\n\n"
    "Pozdrav\nMarko Jovanović\n"
)
SR_CYRL_AWAY = (
    "Поштовани,\n\nтренутно сам на годишњем одмору до 20. августа. У хитним случајевима "
    "обратите се колеги Петру Петровићу: petar@magacin.example.\n\nСрдачан поздрав\n"
    "Марко Јовановић\n"
)
MK_AWAY = (
    "Почитувани,\n\nмоментално сум на годишен одмор до 20 август. Во итни случаи "
    "контактирајте го колегата Марко Петровски: marko@magacin.example.\n\nСо почит,\n"
    "Ана Стојановска\n"
)
BG_AWAY = (
    "Здравейте,\n\nв отпуск съм до 20 август и имам ограничен достъп до имейл. При спешни "
    "случаи се обърнете към колегата Иван Петров: ivan.petrov@sklad.example.\n\nПоздрави,\n"
    "Мария Иванова\n"
)

PERSON = "Kati Kask <kati.kask@ladu.example>"
GATEWAY = "antivirus@firma.example"

# Each row: language, what it is, the mail's head, its text, the Kind it must get.
NOTICES = [
    # Estonian
    ("et", "away", answer(PERSON, "Re: [#4575] Laoseis"), ET_AWAY, Kind.AUTO_REPLY),
    (
        "et",
        "automatic reply subject",
        answer(PERSON, "Automaatne vastus: [#4575] Laoseis"),
        "Olen kontorist eemal kuni 20.08.",
        Kind.AUTO_REPLY,
    ),
    (
        "et",
        "closed",
        answer("Ladu OÜ <info@ladu.example>", "Re: [#4575] Tellimus"),
        "Tere!\n\nMeie kontor on jõulude ja aastavahetuse ajal suletud kuni 2. jaanuarini. "
        "Kirjadele vastame pärast pühi.\n\nLadu OÜ\n",
        Kind.AUTO_REPLY,
    ),
    (
        "et",
        "unread and automated",
        new_mail("Teavitused <teavitused@pank.example>", "Teie pöördumine"),
        "See on automaatne teade. Palun ärge vastake sellele kirjale, seda postkasti ei jälgita.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "et",
        "left",
        answer("Metall AS <info@metall.example>", "Re: [#4575] Hinnapäring"),
        "Tere!\n\nJaan Tamm ei tööta enam meie ettevõttes. Palun saatke oma kirjad aadressile "
        "info@metall.example.\n\nMetall AS\n",
        Kind.AUTO_REPLY,
    ),
    (
        "et",
        "retired",
        answer("Jaan Tamm <jaan@metall.example>", "Re: [#4575] Hinnapäring"),
        "See e-posti aadress ei ole enam kasutusel. Palun kasutage aadressi tugi@metall.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "et",
        "receipt",
        answer("Klienditugi <tugi@teenus.example>", "Teie pöördumine on registreeritud [#88213]"),
        "Tere!\n\nOleme teie pöördumise kätte saanud ja see on registreeritud numbriga 88213. "
        "Vastame teile esimesel võimalusel.\n\nKlienditugi\n",
        Kind.AUTO_REPLY,
    ),
    (
        "et",
        "undeliverable from the mail system",
        system("Postisüsteem <teavitus@mail.teenus.example>", "Kohaletoimetamatu: [#4575] Laoseis"),
        "Teie kirja ei õnnestunud kohale toimetada adressaadile kati.kask@ladu.example. "
        "Postkast on täis.\n",
        Kind.BOUNCE,
    ),
    (
        "et",
        "delay from postmaster",
        system("postmaster@ladu.example", "Teade"),
        "Kiri aadressile kati@ladu.example: kohaletoimetamine hilineb.\n",
        Kind.BOUNCE,
    ),
    (
        "et",
        "quarantine",
        system(GATEWAY, "Kiri on blokeeritud"),
        "Teie kirjast leiti viirus ja see on blokeeritud. Kiri on paigutatud karantiini.\n",
        Kind.BOUNCE,
    ),
    (
        "et",
        "moderation",
        new_mail("arendajad-owner@listid.example", "Teie postitus ootab kinnitust"),
        "Teie kiri listi arendajad ootab moderaatori kinnitust.\n",
        Kind.BULK,
    ),
    # Latvian
    ("lv", "away", answer(PERSON, "Re: [#4575] Krājumi"), LV_AWAY, Kind.AUTO_REPLY),
    (
        "lv",
        "automatic reply subject",
        answer(PERSON, "Automātiskā atbilde: [#4575] Krājumi"),
        "Šobrīd atrodos ārpus biroja.",
        Kind.AUTO_REPLY,
    ),
    (
        "lv",
        "closed",
        answer("SIA Noliktava <info@noliktava.example>", "Re: [#4575] Pasūtījums"),
        "Labdien!\n\nMūsu birojs svētku laikā no 23. decembra līdz 2. janvārim būs slēgts. "
        "Uz vēstulēm atbildēsim pēc 3. janvāra.\n\nSIA Noliktava\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lv",
        "unread and automated",
        new_mail("Paziņojumi <pazinojumi@banka.example>", "Jūsu pieprasījums"),
        "Šis ir automātisks paziņojums. Lūdzu, neatbildiet uz šo e-pastu.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lv",
        "left",
        answer("SIA Metāls <info@metals.example>", "Re: [#4575] Cenas"),
        "Labdien!\n\nJānis Bērziņš vairs nestrādā uzņēmumā. Lūdzu, turpmāk rakstiet uz "
        "info@metals.example.\n\nSIA Metāls\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lv",
        "retired",
        answer("Jānis <janis@metals.example>", "Re: [#4575] Cenas"),
        "Šī e-pasta adrese vairs netiek izmantota. Lūdzu, rakstiet uz atbalsts@metals.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lv",
        "receipt",
        answer("Klientu atbalsts <atbalsts@serviss.example>", "Jūsu pieprasījums [#55210]"),
        "Labdien!\n\nEsam saņēmuši Jūsu pieprasījumu. Tas ir reģistrēts ar numuru 55210, un mēs "
        "ar Jums sazināsimies tuvākajā laikā.\n\nKlientu atbalsts\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lv",
        "undeliverable from the mail system",
        system("Pasta sistēma <pazinojumi@mail.serviss.example>", "Nepiegādājams: [#4575] Krājumi"),
        "Jūsu ziņojumu nevarēja piegādāt adresātam liga.ozola@noliktava.example. Pastkastīte ir "
        "pilna.\n",
        Kind.BOUNCE,
    ),
    (
        "lv",
        "delay from postmaster",
        system("postmaster@noliktava.example", "Paziņojums"),
        "Ziņojums adresātam liga@noliktava.example vēl nav piegādāts. Piegāde aizkavējas.\n",
        Kind.BOUNCE,
    ),
    (
        "lv",
        "quarantine",
        system(GATEWAY, "Ziņojums bloķēts"),
        "Jūsu ziņojumā tika atrasts vīruss, un tas ir ievietots karantīnā.\n",
        Kind.BOUNCE,
    ),
    (
        "lv",
        "moderation",
        new_mail("izstrade-owner@saraksti.example", "Jūsu ziņojums gaida apstiprinājumu"),
        "Jūsu ziņojums sarakstam izstrade gaida moderatora apstiprinājumu.\n",
        Kind.BULK,
    ),
    # Lithuanian
    ("lt", "away", answer(PERSON, "Re: [#4575] Atsargos"), LT_AWAY, Kind.AUTO_REPLY),
    (
        "lt",
        "automatic reply subject",
        answer(PERSON, "Automatinis atsakymas: [#4575] Atsargos"),
        "Šiuo metu manęs nėra biure.",
        Kind.AUTO_REPLY,
    ),
    (
        "lt",
        "closed",
        answer("UAB Sandėlis <info@sandelis.example>", "Re: [#4575] Užsakymas"),
        "Laba diena,\n\nmūsų biuras gruodžio 24–26 d. bus uždarytas. Į laiškus atsakysime po "
        "švenčių.\n\nUAB Sandėlis\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lt",
        "unread and automated",
        new_mail("Pranešimai <pranesimai@bankas.example>", "Jūsų užklausa"),
        "Tai automatinis pranešimas. Prašome neatsakyti į šį laišką.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lt",
        "left",
        answer("UAB Metalas <info@metalas.example>", "Re: [#4575] Kainos"),
        "Laba diena,\n\nJonas Petraitis nebedirba mūsų įmonėje. Prašome rašyti adresu "
        "info@metalas.example.\n\nUAB Metalas\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lt",
        "retired",
        answer("Jonas <jonas@metalas.example>", "Re: [#4575] Kainos"),
        "Šis el. pašto adresas nebenaudojamas. Prašome rašyti adresu pagalba@metalas.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lt",
        "receipt",
        answer("Klientų aptarnavimas <pagalba@paslaugos.example>", "Jūsų užklausa [#77812]"),
        "Laba diena,\n\ngavome jūsų užklausą. Ji užregistruota numeriu 77812, atsakysime kuo "
        "greičiau.\n\nKlientų aptarnavimas\n",
        Kind.AUTO_REPLY,
    ),
    (
        "lt",
        "undeliverable from the mail system",
        system(
            "Pašto sistema <pranesimai@mail.paslaugos.example>", "Nepristatytas: [#4575] Atsargos"
        ),
        "Jūsų laiško nepavyko pristatyti gavėjui ruta@sandelis.example. Pašto dėžutė pilna.\n",
        Kind.BOUNCE,
    ),
    (
        "lt",
        "delay from postmaster",
        system("postmaster@sandelis.example", "Pranešimas"),
        "Laiškas gavėjui ruta@sandelis.example dar nepristatytas. Pristatymas vėluoja.\n",
        Kind.BOUNCE,
    ),
    (
        "lt",
        "quarantine",
        system(GATEWAY, "Laiškas užblokuotas"),
        "Jūsų laiške rastas virusas. Laiškas perkeltas į karantiną.\n",
        Kind.BOUNCE,
    ),
    (
        "lt",
        "moderation",
        new_mail("kurejai-owner@sarasai.example", "Jūsų laiškas laukia patvirtinimo"),
        "Jūsų laiškas sąrašui kurejai laukia moderatoriaus patvirtinimo.\n",
        Kind.BULK,
    ),
    # Slovak
    ("sk", "away", answer(PERSON, "Re: [#4575] Zásoby"), SK_AWAY, Kind.AUTO_REPLY),
    (
        "sk",
        "automatic reply subject",
        answer(PERSON, "Automatická odpoveď: [#4575] Zásoby"),
        "Momentálne som mimo kancelárie.",
        Kind.AUTO_REPLY,
    ),
    (
        "sk",
        "closed",
        answer("Sklad s.r.o. <info@sklad.example>", "Re: [#4575] Objednávka"),
        "Dobrý deň,\n\nnaša kancelária bude od 23. 12. do 2. 1. zatvorená. Vaše správy budú "
        "spracované po 3. januári.\n\nSklad s.r.o.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sk",
        "unread and automated",
        new_mail("Notifikácie <notifikacie@banka.example>", "Vaša požiadavka"),
        "Toto je automaticky generovaná správa. Prosíme, neodpovedajte na tento e-mail.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sk",
        "left",
        answer("Kovo a.s. <info@kovo.example>", "Re: [#4575] Ceny"),
        "Dobrý deň,\n\npán Ján Novák už nepracuje v našej spoločnosti. Prosím, píšte na adresu "
        "info@kovo.example.\n\nKovo a.s.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sk",
        "retired",
        answer("Ján <jan@kovo.example>", "Re: [#4575] Ceny"),
        "Táto e-mailová adresa sa už nepoužíva. Prosím, píšte na podpora@kovo.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sk",
        "receipt",
        answer("Zákaznícka podpora <podpora@sluzby.example>", "Vaša požiadavka [#66104]"),
        "Dobrý deň,\n\nprijali sme vašu požiadavku. Bola zaevidovaná pod číslom 66104 a budeme "
        "sa jej venovať čo najskôr.\n\nZákaznícka podpora\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sk",
        "undeliverable from the mail system",
        system(
            "Systém doručovania pošty <notifikacie@mail.sluzby.example>",
            "Nedoručiteľné: [#4575] Zásoby",
        ),
        "Vašu správu nebolo možné doručiť príjemcovi zuzana@sklad.example. Schránka príjemcu "
        "je plná.\n",
        Kind.BOUNCE,
    ),
    (
        "sk",
        "delay from postmaster",
        system("postmaster@sklad.example", "Oznámenie"),
        "Doručenie správy sa oneskoruje. Správa pre zuzana@sklad.example ešte nebola doručená.\n",
        Kind.BOUNCE,
    ),
    (
        "sk",
        "quarantine",
        system(GATEWAY, "Správa bola zablokovaná"),
        "Vo vašej správe bol nájdený vírus. Správa bola presunutá do karantény.\n",
        Kind.BOUNCE,
    ),
    (
        "sk",
        "moderation",
        new_mail("vyvojari-owner@konferencie.example", "Vaša správa čaká na schválenie"),
        "Vaša správa do konferencie vyvojari čaká na schválenie moderátorom.\n",
        Kind.BULK,
    ),
    # Slovenian
    ("sl", "away", answer(PERSON, "Re: [#4575] Zaloga"), SL_AWAY, Kind.AUTO_REPLY),
    (
        "sl",
        "automatic reply subject",
        answer(PERSON, "Samodejni odgovor: [#4575] Zaloga"),
        "Trenutno sem odsotna.",
        Kind.AUTO_REPLY,
    ),
    (
        "sl",
        "absence subject",
        answer(PERSON, "Odsotnost do 20. 8."),
        "Trenutno sem odsotna.",
        Kind.AUTO_REPLY,
    ),
    (
        "sl",
        "closed",
        answer("Skladišče d.o.o. <info@skladisce.example>", "Re: [#4575] Naročilo"),
        "Pozdravljeni,\n\nnaša pisarna bo od 24. 12. do 2. 1. zaprta zaradi kolektivnega "
        "dopusta. Sporočila bodo obravnavana po 3. januarju.\n\nSkladišče d.o.o.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sl",
        "unread and automated",
        new_mail("Obvestila <obvestila@banka.example>", "Vaš zahtevek"),
        "To je samodejno sporočilo. Prosimo, ne odgovarjajte na to sporočilo.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sl",
        "left",
        answer("Kovina d.d. <info@kovina.example>", "Re: [#4575] Cene"),
        "Pozdravljeni,\n\nMarko Novak ni več zaposlen v našem podjetju. Prosimo, pišite na "
        "info@kovina.example.\n\nKovina d.d.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sl",
        "retired",
        answer("Marko <marko@kovina.example>", "Re: [#4575] Cene"),
        "Ta e-poštni naslov ni več v uporabi. Prosimo, pišite na podpora@kovina.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sl",
        "receipt",
        answer("Podpora <podpora@storitve.example>", "Prejeli smo vaš zahtevek [#44021]"),
        "Pozdravljeni,\n\nprejeli smo vaše sporočilo. Vaš zahtevek je bil zabeležen pod "
        "številko 44021.\n\nPodpora\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sl",
        "undeliverable from the mail system",
        system("Poštni sistem <obvestila@mail.storitve.example>", "Ni mogoče dostaviti: [#4575]"),
        "Sporočila ni bilo mogoče dostaviti prejemniku maja@skladisce.example. Poštni predal "
        "prejemnika je poln.\n",
        Kind.BOUNCE,
    ),
    (
        "sl",
        "delay from postmaster",
        system("postmaster@skladisce.example", "Obvestilo"),
        "Dostava sporočila je zakasnjena. Ponovno bomo poskusili kasneje.\n",
        Kind.BOUNCE,
    ),
    (
        "sl",
        "quarantine",
        system(GATEWAY, "Sporočilo blokirano"),
        "V vašem sporočilu je bil najden virus. Sporočilo je bilo premaknjeno v karanteno.\n",
        Kind.BOUNCE,
    ),
    (
        "sl",
        "moderation",
        new_mail("razvijalci-owner@seznami.example", "Vaše sporočilo čaka na odobritev"),
        "Vaše sporočilo na seznam razvijalci čaka na odobritev moderatorja.\n",
        Kind.BULK,
    ),
    # Croatian
    ("hr", "away", answer(PERSON, "Re: [#4575] Zalihe"), HR_AWAY, Kind.AUTO_REPLY),
    (
        "hr",
        "automatic reply subject",
        answer(PERSON, "Automatski odgovor: [#4575] Zalihe"),
        "Izvan ureda sam do 20. 8.",
        Kind.AUTO_REPLY,
    ),
    (
        "hr",
        "absence subject",
        answer(PERSON, "Izvan ureda do 20.8."),
        "Izvan ureda sam do 20. 8.",
        Kind.AUTO_REPLY,
    ),
    (
        "hr",
        "closed",
        answer("Skladište d.o.o. <info@skladiste.example>", "Re: [#4575] Narudžba"),
        "Poštovani,\n\nnaš ured bit će zatvoren od 24. 12. do 2. 1. zbog kolektivnog godišnjeg "
        "odmora. Poruke će biti obrađene nakon 3. siječnja.\n\nSkladište d.o.o.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "hr",
        "unread and automated",
        new_mail("Obavijesti <obavijesti@banka.example>", "Vaš zahtjev"),
        "Ovo je automatski generirana poruka. Molimo ne odgovarajte na ovu poruku.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "hr",
        "left",
        answer("Metal d.d. <info@metal.example>", "Re: [#4575] Cijene"),
        "Poštovani,\n\nIvana Kovačević više ne radi u tvrtki. Molimo da se obratite na "
        "info@metal.example.\n\nMetal d.d.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "hr",
        "retired",
        answer("Ivana <ivana@metal.example>", "Re: [#4575] Cijene"),
        "Ova e-mail adresa više nije u upotrebi. Molimo pišite na podrska@metal.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "hr",
        "receipt",
        answer("Korisnička podrška <podrska@usluge.example>", "Zaprimili smo Vaš upit [#31207]"),
        "Poštovani,\n\nzaprimili smo Vaš upit. Zaveden je pod brojem 31207 i odgovorit ćemo Vam "
        "u najkraćem roku.\n\nKorisnička podrška\n",
        Kind.AUTO_REPLY,
    ),
    (
        "hr",
        "undeliverable from the mail system",
        system(
            "Sustav za isporuku pošte <obavijesti@mail.usluge.example>",
            "Nije moguće isporučiti: [#4575] Zalihe",
        ),
        "Vašu poruku nije bilo moguće isporučiti primatelju ivana@skladiste.example. Poštanski "
        "pretinac primatelja je pun.\n",
        Kind.BOUNCE,
    ),
    (
        "hr",
        "delay from postmaster",
        system("postmaster@skladiste.example", "Obavijest"),
        "Isporuka poruke je odgođena. Pokušat ćemo ponovno kasnije.\n",
        Kind.BOUNCE,
    ),
    (
        "hr",
        "failure notice that calls itself automatic",
        new_mail("Pošta <obavijesti@provider.example>", "Isporuka nije uspjela"),
        "Vašu poruku nije bilo moguće isporučiti primatelju ivana@skladiste.example.\n\nOvo je "
        "automatski generirana poruka, molimo ne odgovarajte na nju.\n",
        Kind.BOUNCE,
    ),
    (
        "hr",
        "quarantine",
        system(GATEWAY, "Poruka je blokirana"),
        "U vašoj poruci pronađen je virus. Poruka je premještena u karantenu.\n",
        Kind.BOUNCE,
    ),
    (
        "hr",
        "moderation",
        new_mail("razvoj-owner@liste.example", "Vaša poruka čeka odobrenje"),
        "Vaša poruka za listu razvoj čeka odobrenje moderatora.\n",
        Kind.BULK,
    ),
    # Bosnian (its words shared with Croatian and Serbian), also without diacritics
    ("bs", "away", answer(PERSON, "Re: [#4575] Zalihe"), BS_AWAY, Kind.AUTO_REPLY),
    ("bs", "away, no diacritics", answer(PERSON, "Re: [#4575] Zalihe"), BS_ASCII, Kind.AUTO_REPLY),
    (
        "bs",
        "left",
        answer("Metal d.o.o. <info@metal.example>", "Re: [#4575] Cijene"),
        "Poštovani,\n\nAmra Begić više nije uposlenica našeg preduzeća. Molimo da se obratite "
        "na info@metal.example.\n\nMetal d.o.o.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "bs",
        "receipt",
        answer("Korisnička podrška <podrska@usluge.example>", "Vaš zahtjev [#20931]"),
        "Poštovani,\n\nprimili smo Vaš zahtjev. Zaveden je pod brojem 20931.\n\n"
        "Korisnička podrška\n",
        Kind.AUTO_REPLY,
    ),
    # Serbian in Latin
    ("sr", "away", answer(PERSON, "Re: [#4575] Zalihe"), SR_AWAY, Kind.AUTO_REPLY),
    (
        "sr",
        "closed",
        answer("Magacin d.o.o. <info@magacin.example>", "Re: [#4575] Porudžbina"),
        "Poštovani,\n\nkancelarija je zatvorena od 1. do 3. januara. Poruke će biti obrađene "
        "nakon praznika.\n\nMagacin d.o.o.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sr",
        "unread and automated",
        new_mail("Obaveštenja <obavestenja@banka.example>", "Vaš zahtev"),
        "Ovo je automatski generisana poruka. Molimo Vas da ne odgovarate na ovu poruku.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sr",
        "undeliverable from the mail system",
        system(
            "Sistem za isporuku pošte <obavestenja@mail.usluge.example>",
            "Isporuka nije uspela: [#4575] Zalihe",
        ),
        "Vašu poruku nije bilo moguće isporučiti primaocu marko@magacin.example. Primalac ne "
        "postoji.\n",
        Kind.BOUNCE,
    ),
    # Serbian in Cyrillic
    ("sr-Cyrl", "away", answer(PERSON, "Re: [#4575] Залихе"), SR_CYRL_AWAY, Kind.AUTO_REPLY),
    (
        "sr-Cyrl",
        "automatic reply subject",
        answer(PERSON, "Аутоматски одговор: [#4575] Залихе"),
        "Одсутан сам до 20. августа.",
        Kind.AUTO_REPLY,
    ),
    (
        "sr-Cyrl",
        "closed",
        answer("Магацин <info@magacin.example>", "Re: [#4575] Поруџбина"),
        "Поштовани,\n\nканцеларија ће бити затворена од 1. до 3. јануара. Поруке ће бити "
        "обрађене након празника.\n\nМагацин д.о.о.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sr-Cyrl",
        "unread and automated",
        new_mail("Обавештења <obavestenja@banka.example>", "Ваш захтев"),
        "Ово је аутоматски генерисана порука. Молимо не одговарајте на ову поруку.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sr-Cyrl",
        "left",
        answer("Метал <info@metal.example>", "Re: [#4575] Цене"),
        "Поштовани,\n\nМарко Јовановић више не ради у фирми. Молимо вас да пишете на "
        "info@metal.example.\n\nМетал а.д.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sr-Cyrl",
        "retired",
        answer("Марко <marko@metal.example>", "Re: [#4575] Цене"),
        "Ова адреса више није у употреби. Молимо пишите на podrska@metal.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sr-Cyrl",
        "receipt",
        answer("Корисничка подршка <podrska@usluge.example>", "Примили смо ваш захтев [#50312]"),
        "Поштовани,\n\nпримили смо ваш захтев. Ваш захтев је заведен под бројем 50312.\n\n"
        "Корисничка подршка\n",
        Kind.AUTO_REPLY,
    ),
    (
        "sr-Cyrl",
        "undeliverable from the mail system",
        system(
            "Поштански систем <obavestenja@mail.usluge.example>",
            "Није могуће испоручити: [#4575] Залихе",
        ),
        "Вашу поруку није било могуће испоручити примаоцу marko@magacin.example. Поштанско "
        "сандуче је пуно.\n",
        Kind.BOUNCE,
    ),
    (
        "sr-Cyrl",
        "delay from postmaster",
        system("postmaster@magacin.example", "Обавештење"),
        "Испорука поруке је одложена. Покушаћемо поново.\n",
        Kind.BOUNCE,
    ),
    (
        "sr-Cyrl",
        "quarantine",
        system(GATEWAY, "Порука је блокирана"),
        "У вашој поруци пронађен је вирус. Порука је премештена у карантин.\n",
        Kind.BOUNCE,
    ),
    (
        "sr-Cyrl",
        "moderation",
        new_mail("razvoj-owner@liste.example", "Ваша порука чека одобрење"),
        "Ваша порука за листу развој чека одобрење модератора.\n",
        Kind.BULK,
    ),
    # Macedonian
    ("mk", "away", answer(PERSON, "Re: [#4575] Залихи"), MK_AWAY, Kind.AUTO_REPLY),
    (
        "mk",
        "automatic reply subject",
        answer(PERSON, "Автоматски одговор: [#4575] Залихи"),
        "Отсутна сум до 20 август.",
        Kind.AUTO_REPLY,
    ),
    (
        "mk",
        "closed",
        answer("Магацин <info@magacin.example>", "Re: [#4575] Нарачка"),
        "Почитувани,\n\nканцеларијата ќе биде затворена од 1 до 3 јануари. Пораките ќе бидат "
        "обработени по празниците.\n\nМагацин ДООЕЛ\n",
        Kind.AUTO_REPLY,
    ),
    (
        "mk",
        "unread and automated",
        new_mail("Известувања <izvestuvanja@banka.example>", "Вашето барање"),
        "Ова е автоматски генерирана порака. Ве молиме не одговарајте на оваа порака.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "mk",
        "left",
        answer("Метал <info@metal.example>", "Re: [#4575] Цени"),
        "Почитувани,\n\nМарко Петровски повеќе не работи во компанијата. Ве молиме пишувајте "
        "на info@metal.example.\n\nМетал ДОО\n",
        Kind.AUTO_REPLY,
    ),
    (
        "mk",
        "retired",
        answer("Марко <marko@metal.example>", "Re: [#4575] Цени"),
        "Оваа адреса повеќе не се користи. Ве молиме пишувајте на poddrska@metal.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "mk",
        "receipt",
        answer("Корисничка поддршка <poddrska@uslugi.example>", "Вашето барање [#60227]"),
        "Почитувани,\n\nго примивме вашето барање. Вашето барање е заведено под број 60227.\n\n"
        "Корисничка поддршка\n",
        Kind.AUTO_REPLY,
    ),
    (
        "mk",
        "undeliverable from the mail system",
        system(
            "Поштенски систем <izvestuvanja@mail.uslugi.example>",
            "Неуспешна испорака: [#4575] Залихи",
        ),
        "Вашата порака не можеше да биде испорачана до примачот ana@magacin.example. "
        "Поштенското сандаче е полно.\n",
        Kind.BOUNCE,
    ),
    (
        "mk",
        "delay from postmaster",
        system("postmaster@magacin.example", "Известување"),
        "Испораката е одложена. Ќе се обидеме повторно.\n",
        Kind.BOUNCE,
    ),
    (
        "mk",
        "quarantine",
        system(GATEWAY, "Пораката е блокирана"),
        "Во вашата порака е пронајден вирус. Пораката е преместена во карантин.\n",
        Kind.BOUNCE,
    ),
    (
        "mk",
        "moderation",
        new_mail("razvoj-owner@listi.example", "Вашата порака чека одобрување"),
        "Вашата порака до листата развој чека одобрување од модератор.\n",
        Kind.BULK,
    ),
    # Bulgarian
    ("bg", "away", answer(PERSON, "Re: [#4575] Наличности"), BG_AWAY, Kind.AUTO_REPLY),
    (
        "bg",
        "automatic reply subject",
        answer(PERSON, "Автоматичен отговор: [#4575] Наличности"),
        "Извън офиса съм до 20 август.",
        Kind.AUTO_REPLY,
    ),
    (
        "bg",
        "absence subject",
        answer(PERSON, "Отсъствие от офиса до 20.08"),
        "Извън офиса съм до 20 август.",
        Kind.AUTO_REPLY,
    ),
    (
        "bg",
        "closed",
        answer("Склад ЕООД <info@sklad.example>", "Re: [#4575] Поръчка"),
        "Здравейте,\n\nофисът ще бъде затворен от 24 до 27 декември. Съобщенията ще бъдат "
        "обработени след празниците.\n\nСклад ЕООД\n",
        Kind.AUTO_REPLY,
    ),
    (
        "bg",
        "unread and automated",
        new_mail("Известия <izvestia@banka.example>", "Вашето запитване"),
        "Това е автоматично генерирано съобщение. Моля, не отговаряйте на този имейл.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "bg",
        "left",
        answer("Метал АД <info@metal.example>", "Re: [#4575] Цени"),
        "Здравейте,\n\nИван Петров вече не работи в компанията. Моля, пишете на "
        "info@metal.example.\n\nМетал АД\n",
        Kind.AUTO_REPLY,
    ),
    (
        "bg",
        "retired",
        answer("Иван <ivan@metal.example>", "Re: [#4575] Цени"),
        "Този имейл адрес вече не се използва. Моля, пишете на podkrepa@metal.example.\n",
        Kind.AUTO_REPLY,
    ),
    (
        "bg",
        "helpdesk receipt",
        answer("Обслужване на клиенти <podkrepa@uslugi.example>", "Вашето запитване [#70815]"),
        "Здравейте,\n\nполучихме вашето запитване. То е регистрирано под номер 70815 и ще ви "
        "отговорим възможно най-скоро.\n\nОбслужване на клиенти\n",
        Kind.AUTO_REPLY,
    ),
    (
        "bg",
        "registry receipt",
        new_mail("Деловодство <delovodstvo@obshtina.example>", "Входящ документ № 12-00-345"),
        "Уважаеми господине/госпожо,\n\nВашето писмо, получено на 04.12.2026 г., е регистрирано "
        "с входящ № 12-00-345/04.12.2026 г. Отговор ще получите в законоустановения срок.\n\n"
        "Деловодство\n",
        Kind.AUTO_REPLY,
    ),
    (
        "bg",
        "undeliverable from the mail system",
        system("Пощенска система <izvestia@mail.uslugi.example>", "Недоставено: [#4575]"),
        "Вашето съобщение не може да бъде доставено до получателя maria@sklad.example. "
        "Пощенската кутия на получателя е пълна.\n",
        Kind.BOUNCE,
    ),
    (
        "bg",
        "delay from postmaster",
        system("postmaster@sklad.example", "Известие"),
        "Доставката на съобщението се забавя. Все още не е доставено.\n",
        Kind.BOUNCE,
    ),
    (
        "bg",
        "quarantine",
        system(GATEWAY, "Съобщението е блокирано"),
        "Във вашето съобщение е открит вирус. Съобщението е поставено под карантина.\n",
        Kind.BOUNCE,
    ),
    (
        "bg",
        "moderation",
        new_mail("razrabotka-owner@spisatsi.example", "Вашето съобщение очаква одобрение"),
        "Вашето съобщение до списъка разработка очаква одобрение от модератор.\n",
        Kind.BULK,
    ),
    (
        "lt",
        "newsletter with no list header",
        new_mail("Prekybos centras <naujienos@prekyba.example>", "Gegužės naujienos"),
        "Šį mėnesį: nauji PVM deklaracijų laukai ir seminarai Vilniuje.\n"
        "Skaityti daugiau: https://prekyba.example/naujienos/2026-05\n\n"
        "Gaunate šį laišką, nes užsiprenumeravote mūsų naujienas. Atsisakyti: "
        "https://prekyba.example/atsisakyti?e=abc\n",
        Kind.BULK,
    ),
    (
        "sl",
        "newsletter with no list header",
        new_mail("Računovodski center <novice@racunovodstvo.example>", "Novice za maj"),
        "V tej številki: spremembe obračuna DDV in junijski seminarji.\n"
        "Preberite več: https://racunovodstvo.example/novice/maj\n\n"
        "To sporočilo ste prejeli, ker ste naročeni na naše novice. Odjava: "
        "https://racunovodstvo.example/odjava?e=abc\n",
        Kind.BULK,
    ),
    (
        "en",
        "sendmail delay warning from a provider's postmaster",
        system("Postmaster <postmaster@isp.example>", "Warning: message delayed"),
        "THIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
        "Warning: message still undelivered after 4 hours\nWill keep trying until message is "
        "5 days old\n",
        Kind.BOUNCE,
    ),
]


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


CUSTOMER = "Jana Horvat <jana@kupac.example>"

# Each row: language, what it is, the mail's head, its text. A person's, every one.
PEOPLE = [
    (
        "et",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Laoseis"),
        "Olin eelmisel nädalal puhkusel ja nüüd ei saa ma aruannet eksportida. Saadan "
        "ekraanipildi.\n",
    ),
    (
        "et",
        "own absence ahead, with a request",
        new_mail(CUSTOMER, "Arve"),
        "Olen 1.–15. augustini puhkusel. Palun saatke arve enne seda kolleegile Marile.\n",
    ),
    (
        "et",
        "a thing that no longer works",
        answer(CUSTOMER, "Re: [#4575] Eksport"),
        "Eksport ei tööta enam alates hommikust. Saadan ekraanipildi.\n",
    ),
    (
        "et",
        "own auto-reply",
        new_mail(CUSTOMER, "Automaatne vastus ei tööta"),
        "Meie automaatne vastus ei saada enam midagi välja. Kas saate aidata?\n",
    ),
    (
        "et",
        "a bounce they got",
        new_mail(CUSTOMER, "Kohaletoimetamatu kiri"),
        "Sain teate, et minu kirja ei õnnestunud kohale toimetada teie aadressile. Kas aadress "
        "on muutunud?\n",
    ),
    (
        "lv",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Krājumi"),
        "Biju atvaļinājumā līdz vakardienai, un tagad eksports vairs nestrādā. Nosūtu "
        "ekrānuzņēmumu.\n",
    ),
    (
        "lv",
        "own absence ahead, with a request",
        new_mail(CUSTOMER, "Rēķins"),
        "No 1. līdz 15. augustam būšu atvaļinājumā. Lūdzu, nosūtiet rēķinu līdz piektdienai.\n",
    ),
    (
        "lv",
        "own auto-reply",
        new_mail(CUSTOMER, "Automātiskā atbilde nedarbojas"),
        "Mūsu automātiskā atbilde vairs netiek sūtīta klientiem. Vai varat palīdzēt?\n",
    ),
    (
        "lv",
        "a bounce they got",
        new_mail(CUSTOMER, "Nepiegādājams ziņojums"),
        "Saņēmu paziņojumu, ka manu ziņojumu nevarēja piegādāt uz jūsu adresi. Vai adrese ir "
        "mainīta?\n",
    ),
    (
        "lt",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Atsargos"),
        "Buvau atostogose, o dabar eksportas neveikia. Siunčiu ekrano kopiją.\n",
    ),
    (
        "lt",
        "somebody else's holiday",
        new_mail(CUSTOMER, "Licencijos"),
        "Mūsų buhalterė atostogauja iki rugpjūčio 20 d., todėl rašau aš. Mums reikia dviejų "
        "naujų licencijų.\n",
    ),
    (
        "lt",
        "own absence ahead, with a request",
        new_mail(CUSTOMER, "Sąskaita"),
        "Nuo rugpjūčio 1 d. iki 15 d. būsiu atostogose. Prašau atsiųsti sąskaitą iki "
        "penktadienio.\n",
    ),
    (
        "lt",
        "a bounce they got",
        new_mail(CUSTOMER, "Nepristatytas laiškas"),
        "Gavau pranešimą, kad mano laiško nepavyko pristatyti jūsų adresu. Ar adresas pasikeitė?\n",
    ),
    (
        "sk",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Zásoby"),
        "Bol som na dovolenke a export odvtedy prestal fungovať. Posielam snímku obrazovky.\n",
    ),
    (
        "sk",
        "somebody else's holiday",
        answer(CUSTOMER, "Re: [#4575] Objednávka"),
        "Poslal som e-mail kolegovi, ktorý je na dovolenke, ale objednávka stále nedorazila.\n",
    ),
    (
        "sk",
        "own absence ahead, with a request",
        new_mail(CUSTOMER, "Faktúra"),
        "Od pondelka budem na dovolenke do 15. augusta. Prosím, pošlite faktúru kolegyni Márii.\n",
    ),
    (
        "sk",
        "own auto-reply",
        new_mail(CUSTOMER, "Automatická odpoveď nefunguje"),
        "Naša automatická odpoveď sa zákazníkom neodosiela. Viete pomôcť?\n",
    ),
    (
        "sk",
        "a bounce they got",
        new_mail(CUSTOMER, "Nedoručiteľná správa"),
        "Dostal som oznámenie, že moju správu nebolo možné doručiť na vašu adresu. Zmenila sa "
        "adresa?\n",
    ),
    (
        "sl",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Zaloga"),
        "Bila sem na dopustu in izvoz od takrat ne dela več. Pošiljam posnetek zaslona.\n",
    ),
    (
        "sl",
        "somebody else's holiday",
        new_mail(CUSTOMER, "Licence"),
        "Sodelavec je na dopustu do 20. avgusta, zato vam pišem jaz. Potrebujemo dve novi "
        "licenci.\n",
    ),
    (
        "sl",
        "a thing that no longer works",
        answer(CUSTOMER, "Re: [#4575] Izvoz"),
        "Izvoz ne dela več v brskalniku Chrome. Pošiljam posnetek zaslona.\n",
    ),
    (
        "sl",
        "own auto-reply",
        new_mail(CUSTOMER, "Samodejni odgovor ne deluje"),
        "Naš samodejni odgovor se strankam ne pošilja več. Nam lahko pomagate?\n",
    ),
    (
        "sl",
        "a bounce they got",
        new_mail(CUSTOMER, "Sporočilo ni bilo dostavljeno"),
        "Dobil sem obvestilo, da mojega sporočila ni bilo mogoče dostaviti na vaš naslov. Ali "
        "se je naslov spremenil?\n",
    ),
    (
        "hr",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Zalihe"),
        "Bio sam na godišnjem odmoru i od tada izvoz više ne radi. Šaljem snimku zaslona.\n",
    ),
    (
        "hr",
        "past holiday, the auxiliary first",
        answer(CUSTOMER, "Re: [#4575] Prijava"),
        "Prošli tjedan sam bio na godišnjem odmoru, a sada se ne mogu prijaviti. Šaljem poruku "
        "o grešci.\n",
    ),
    (
        "hr",
        "somebody else's holiday",
        new_mail(CUSTOMER, "Licence"),
        "Poslao sam upit kolegi koji je na godišnjem odmoru, pa vam pišem izravno. Trebamo dvije "
        "nove licence.\n",
    ),
    (
        "hr",
        "own absence ahead, with a request",
        new_mail(CUSTOMER, "Račun"),
        "Od ponedjeljka sam na godišnjem odmoru do 20. kolovoza. Molim vas da račun pošaljete "
        "kolegi Marku.\n",
    ),
    (
        "hr",
        "a colleague left, with a request",
        new_mail(CUSTOMER, "Kontakt osoba"),
        "Ivana Kovačević više ne radi u tvrtki. Molimo da sve obavijesti ubuduće šaljete na moju "
        "adresu.\n",
    ),
    (
        "hr",
        "a thing that no longer works",
        answer(CUSTOMER, "Re: [#4575] Izvoz"),
        "Izvoz više ne radi od jutros. Šaljem snimku zaslona.\n",
    ),
    (
        "hr",
        "own auto-reply",
        new_mail(CUSTOMER, "Automatski odgovor ne radi"),
        "Naš automatski odgovor više se ne šalje kupcima. Možete li pomoći?\n",
    ),
    (
        "hr",
        "a bounce they got, forwarded",
        new_mail(CUSTOMER, "Fwd: Nije moguće isporučiti: Narudžba 4471"),
        "Dobio sam ovu obavijest da moju poruku nije bilo moguće isporučiti na vašu adresu. Što "
        "da napravim?\n",
    ),
    (
        "bs",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Račun"),
        "Bila sam na godišnjem odmoru i sada ne mogu pristupiti računu. Šaljem snimak ekrana.\n",
    ),
    (
        "sr",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Izvoz"),
        "Bio sam na odmoru prošle nedelje i izvoz više ne radi. Šaljem snimak ekrana.\n",
    ),
    (
        "sr-Cyrl",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Извоз"),
        "Био сам на годишњем одмору и од тада извоз више не ради. Шаљем снимак екрана.\n",
    ),
    (
        "sr-Cyrl",
        "own absence ahead, with a request",
        new_mail(CUSTOMER, "Рачун"),
        "Од понедељка сам на годишњем одмору до 20. августа. Молим вас да рачун пошаљете колеги "
        "Марку.\n",
    ),
    (
        "sr-Cyrl",
        "own auto-reply",
        new_mail(CUSTOMER, "Аутоматски одговор не ради"),
        "Наш аутоматски одговор се више не шаље купцима. Можете ли да помогнете?\n",
    ),
    (
        "sr-Cyrl",
        "a bounce they got",
        new_mail(CUSTOMER, "Порука није испоручена"),
        "Добио сам обавештење да моју поруку није било могуће испоручити на вашу адресу. Да ли "
        "се адреса променила?\n",
    ),
    (
        "mk",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Извоз"),
        "Бев на годишен одмор и оттогаш извозот повеќе не работи. Испраќам слика од екранот.\n",
    ),
    (
        "mk",
        "past holiday, the perfect",
        answer(CUSTOMER, "Re: [#4575] Најава"),
        "Сум бил на одмор минатата недела, а сега не можам да се најавам. Испраќам порака за "
        "грешка.\n",
    ),
    (
        "mk",
        "own absence ahead, with a request",
        new_mail(CUSTOMER, "Фактура"),
        "Од понеделник ќе бидам на годишен одмор до 20 август. Ве молам, испратете ја фактурата "
        "на колегата Марко.\n",
    ),
    (
        "mk",
        "a bounce they got",
        new_mail(CUSTOMER, "Пораката не е испорачана"),
        "Добив известување дека мојата порака не можеше да биде испорачана на вашата адреса. "
        "Дали адресата е променета?\n",
    ),
    (
        "bg",
        "past holiday",
        answer(CUSTOMER, "Re: [#4575] Експорт"),
        "Бях в отпуск и оттогава експортът вече не работи. Изпращам екранна снимка.\n",
    ),
    (
        "bg",
        "past trip, the perfect",
        answer(CUSTOMER, "Re: [#4575] Вход"),
        "Бил съм в командировка цяла седмица, а сега не мога да вляза. Изпращам съобщението за "
        "грешка.\n",
    ),
    (
        "bg",
        "somebody else's holiday",
        new_mail(CUSTOMER, "Лицензи"),
        "Изпратих писмо на колега, който е в отпуск, затова пиша директно на вас. Нуждаем се от "
        "два нови лиценза.\n",
    ),
    (
        "bg",
        "own absence ahead, with a request",
        new_mail(CUSTOMER, "Фактура"),
        "От понеделник ще бъда в отпуск до 20 август. Моля, изпратете фактурата на колегата "
        "Иван.\n",
    ),
    (
        "bg",
        "a colleague left, with a request",
        new_mail(CUSTOMER, "Лице за контакт"),
        "Иван Петров вече не работи в компанията. Моля, изпращайте всички известия на моя адрес.\n",
    ),
    (
        "bg",
        "a thing that no longer works",
        answer(CUSTOMER, "Re: [#4575] Експорт"),
        "Експортът вече не работи от тази сутрин. Изпращам екранна снимка.\n",
    ),
    (
        "bg",
        "own auto-reply",
        new_mail(CUSTOMER, "Автоматичният отговор не работи"),
        "Нашият автоматичен отговор вече не се изпраща на клиентите. Можете ли да помогнете?\n",
    ),
    (
        "bg",
        "a bounce they got",
        new_mail(CUSTOMER, "Недоставено съобщение"),
        "Получих известие, че моето съобщение не може да бъде доставено на вашия адрес. "
        "Адресът променен ли е?\n",
    ),
    (
        "en",
        "a ticket named in passing",
        new_mail(CUSTOMER, "Export still failing"),
        "A ticket was created for this yesterday. The export still fails for all users since "
        "9:00 and our support representative will be in touch with your team.\n",
    ),
    (
        "hr",
        "asks to be taken off a newsletter",
        new_mail(CUSTOMER, "Newsletter"),
        "Molim vas, odjavite nas s vašeg newslettera. Primamo ga na dvije adrese "
        "(https://vijesti.primjer.example/odjava).\n\nJana\n",
    ),
]


@pytest.mark.parametrize(
    ("language", "what", "head", "body"), PEOPLE, ids=[f"{r[0]}:{r[1]}" for r in PEOPLE]
)
def test_a_person_in_the_same_words_stays_a_person(
    language: str, what: str, head: str, body: str
) -> None:
    """The past, somebody else, one's own absence ahead with a request, a thing that no longer
    works, and help asked about one's own auto-reply or a bounce: a person's mail."""
    assert kind(head, body) is Kind.HUMAN


@pytest.mark.parametrize(
    ("subject", "has_form"),
    [
        ("Automaatne vastus: [#4575] Laoseis", True),
        ("Automātiskā atbilde: Krājumi", True),
        ("Automatinis atsakymas: Atsargos", True),
        ("Automaticka odpoved: Zasoby", True),
        ("Samodejni odgovor: Zaloga", True),
        ("Automatski odgovor: Zalihe", True),
        ("Аутоматски одговор: Залихе", True),
        ("Автоматски одговор: Залихи", True),
        ("Автоматичен отговор: Наличности", True),
        ("Puhkusel kuni 15.08", True),
        ("Odsotnost do 20. 8.", True),
        ("Izvan ureda - povratak 21. 8.", True),
        ("Отсъствие от офиса до 20.08", True),
        ("Automatski odgovor ne radi", False),
        ("Samodejni odgovor - kako ga nastavim?", False),
        ("Автоматичният отговор не работи", False),
    ],
)
def test_the_subject_an_autoresponder_writes(subject: str, has_form: bool) -> None:
    """Each language's "Automatic reply:" and absence titles open the subject and are followed
    by the answered subject, a separator or when the writer is back; a person's subject about
    the feature goes on with words of its own."""
    assert (subject_form(subject) is not None) is has_form
