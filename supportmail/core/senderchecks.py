"""What a challenge-response filter says to the sender of a mail it holds (pure: regex sources).

Sender-verification services (Spam Arrest, Boxbe, TMDA, hosted "correo seguro" filters, ...)
answer mail from an unknown sender with a notice, often from the protected person's own address
and with no auto headers: the mail is held and is delivered only once its sender confirms (by
a link or a reply) that they are a person. What every such notice does, whatever its wording and
generator, is make delivery of *your* mail depend on *your* confirming; a person writing to us
never tells us that our mail waits for us to prove ourselves. That statement weighs as one only
a program makes (`CHALLENGE`).

Its neighbours a person may also write ("the sign-up form asks me to confirm that I am not a
robot", "we only accept mail from approved senders, please add us") weigh as statements a
person might make (`SENDER_CHECK`): with another one and no question they decide, alone never.
"""

# The held mail is delivered (released, handed over) once you confirm, verify, click or reply.
_EN_ACT = r"(?:confirm|verify|validate|click|reply|respond|answer|complete|approve|prove|follow)"
_CHALLENGE = (
    r"\b(?:your|the) (?:message|e-?mail|mail)\b[^.\n]{0,80}\b(?:held|on hold|pending|waiting"
    r"|quarantined|retained|queued|not (?:yet )?(?:been )?delivered)\b[^.\n]{0,80}\b(?:until|once"
    rf"|as soon as|after|when) you(?: have)? {_EN_ACT}"
    r"|\b(?:will|can) (?:only )?be (?:delivered|released|forwarded|passed on|handed over)"
    rf"\b[^.\n]{{0,40}}\b(?:once|as soon as|after|when|if) you(?: have)? {_EN_ACT}"
    r"|\bonce (?:i|we) (?:have )?(?:approved?|accepted?) you\b"
    # So that your message reaches me, click or confirm ("Afin que votre message me soit remis,
    # merci de cliquer sur le lien": a challenge written in its owner's first person).
    r"|\b(?:afin|pour) que votre (?:message|courriel|e-?mail) (?:me )?soit (?:remis|délivré"
    r"|distribué|transmis)\b[^.\n]{0,60}\b(?:cliquer|cliquez|répondre|répondez|confirmer"
    r"|confirmez|valider|validez)"
    r"|\bpara que (?:su|tu) (?:mensaje|correo|e-?mail) (?:me )?(?:sea entregado|llegue)\b"
    r"[^.\n]{0,60}\b(?:haga clic|pulse|responda|confirme|valide)"
    r"|\baffinché il (?:suo|tuo) messaggio (?:mi )?(?:venga|sia) consegnato\b[^.\n]{0,60}"
    r"\b(?:clicc\w+|fare clic|rispond\w+|conferm\w+)"
    r"|\bdamit ihre (?:nachricht|e-?mail) (?:mir )?zugestellt wird\b[^.\n]{0,60}\b(?:klicken"
    r"|bestätigen|antworten)"
    r"|\bzodat (?:uw|je) bericht (?:mij |bij mij )?(?:wordt )?(?:afgeleverd|bezorgd)\b[^.\n]{0,60}"
    r"\b(?:klik|bevestig|antwoord)\w*"
    r"|\bpara que a (?:sua|tua) mensagem (?:me )?seja entregue\b[^.\n]{0,60}\b(?:clique"
    r"|confirme|responda)"
    r"|\b(?:to|and) (?:have|get) your (?:original |earlier |first )?(?:message|e-?mail|mail)"
    r" delivered\b[^.\n]{0,40}\b(?:confirm|verify|click|reply)",
    r"\bihre? (?:nachricht|e-?mail|mail)\b[^.\n]{0,80}\b(?:zurückgehalten|angehalten|gehalten"
    r"|wartet|in (?:der )?warteschlange|zwischengespeichert|noch nicht zugestellt)\b[^.\n]{0,80}"
    r"\b(?:bis|sobald|nachdem|wenn) sie\b[^.\n]{0,60}(?:bestätigen|bestätigt haben|verifizieren"
    r"|klicken|antworten)"
    r"|\bwird (?:erst )?(?:zugestellt|freigegeben|weitergeleitet|ausgeliefert)\b[^.\n]{0,20}"
    r"\b(?:sobald|wenn|nachdem) sie",
    r"\b(?:votre|ton) (?:message|courriel|e-?mail|mail)\b[^.\n]{0,80}\b(?:retenue?|en attente"
    r"|bloquée?|mise? en attente|mise? en quarantaine|pas encore (?:été )?(?:remise?|distribuée?"
    r"|livrée?))\b[^.\n]{0,80}\b(?:jusqu'à ce que|dès que|une fois que|après que|lorsque|quand)"
    r" (?:vous|tu)\b"
    r"|\bsera (?:remise?|délivrée?|distribuée?|transmise?|livrée?)\b[^.\n]{0,20}\b(?:dès que"
    r"|une fois que|lorsque|quand|après que|si) (?:vous|tu)\b",
    r"\b(?:su|tu) (?:mensaje|correo|e-?mail)\b[^.\n]{0,80}\b(?:retenid[oa]|en espera|pendiente"
    r"|bloquead[oa]|en cuarentena|no (?:ha sido |se ha )?entregad[oa] todavía)\b[^.\n]{0,80}"
    r"\b(?:hasta que|en cuanto|cuando|una vez que|tan pronto como|después de que|si)\s+(?:usted"
    r"\s+|tú\s+)?(?:confirme|confirmes|verifique|verifiques|valide|haga clic|hagas clic|pulse"
    r"|responda|respondas|conteste)"
    r"|\bse (?:entregará|entregara|liberará|reenviará)\b[^.\n]{0,20}\b(?:en cuanto|cuando|una vez"
    r" que|tan pronto como|después de que|si)\b",
    r"\b(?:il (?:suo|tuo) messaggio|la (?:sua|tua) (?:e-?mail|mail))\b[^.\n]{0,80}\b(?:trattenut"
    r"[oa]|in attesa|bloccat[oa]|sospes[oa]|in quarantena|non (?:è )?ancora (?:stat[oa] )?"
    r"(?:consegnat|recapitat))[^.\n]{0,80}\b(?:finché|fino a quando|non appena|dopo che|quando"
    r"|se)\b"
    r"|\bsarà (?:consegnat[oa]|recapitat[oa]|inoltrat[oa]|rilasciat[oa])\b[^.\n]{0,20}\b(?:non"
    r" appena|quando|dopo che|una volta che|se)\b",
    r"\b(?:uw|je|jouw) (?:bericht|e-?mail|mail)\b[^.\n]{0,80}\b(?:vastgehouden|tegengehouden"
    r"|in de wacht|wacht|in quarantaine|nog niet afgeleverd)\b[^.\n]{0,80}\b(?:totdat|tot|zodra"
    r"|nadat|wanneer|als) (?:u|je)\b"
    r"|\bwordt (?:pas )?(?:afgeleverd|bezorgd|doorgestuurd|vrijgegeven)\b[^.\n]{0,20}\b(?:zodra"
    r"|nadat|wanneer|als) (?:u|je)\b",
    r"\b(?:a )?(?:sua|tua) mensagem\b[^.\n]{0,80}\b(?:retida|em espera|pendente|bloqueada|em"
    r" quarentena|ainda não (?:foi )?entregue)\b[^.\n]{0,80}\b(?:até que|assim que|quando|depois"
    r" que|após|se)\b"
    r"|\bserá (?:entregue|liberada|encaminhada)\b[^.\n]{0,20}\b(?:assim que|quando|depois que"
    r"|após|logo que|se)\b",
    r"\bditt (?:meddelande|mejl|e-?postmeddelande)\b[^.\n]{0,80}\b(?:hålls kvar|väntar|har"
    r" stoppats|spärrat|karantän)[^.\n]{0,80}\b(?:tills|så snart|när|efter att) du\b"
    r"|\blevereras\b[^.\n]{0,20}\b(?:så snart|när|efter att) du\b",
    # After the confirmation, your message is delivered ("Po potwierdzeniu Państwa wiadomość
    # zostanie dostarczona"), in the languages read.
    r"\bpo (?:potwierdzeniu|kliknięciu|weryfikacji)\b[^.\n]{0,30}\bwiadomość (?:zostanie|będzie)"
    r" (?:mi )?(?:dostarczona|przekazana|doręczona)"
    r"|\b(?:once|after) (?:you(?: have)? )?(?:confirmed|confirming|verified|verifying|the"
    r" confirmation|the verification),? your (?:message|e-?mail|mail) (?:will be|is) (?:delivered"
    r"|released|forwarded)"
    r"|\bnach (?:der |ihrer )?(?:bestätigung|verifizierung)\b[^.\n]{0,20}\b(?:wird|werden) ihre"
    r" (?:nachricht|e-?mail|mail) (?:zugestellt|freigegeben|weitergeleitet)"
    r"|\baprès (?:votre |la )?(?:confirmation|validation|vérification),? votre (?:message|courriel"
    r"|e-?mail) sera (?:remis|délivré|distribué|transmis)"
    r"|\b(?:tras|después de) (?:su |la )?(?:confirmación|verificación),? su (?:mensaje|correo)"
    r" (?:será|se) (?:entregado|entregará|liberado)"
    r"|\bdopo (?:la (?:sua )?)?(?:conferma|verifica),? il (?:suo|tuo) messaggio (?:sarà|verrà)"
    r" (?:consegnato|recapitato)"
    r"|\bna (?:uw |je )?(?:bevestiging|verificatie),? (?:wordt|zal) (?:uw|je) bericht (?:worden )?"
    r"(?:afgeleverd|bezorgd|vrijgegeven)"
    r"|\bapós (?:a )?(?:sua )?(?:confirmação|verificação),? a (?:sua|tua) mensagem (?:será|é)"
    r" (?:entregue|liberada)",
    # da nb, and sv in the same order: "Når du har bekræftet, bliver din besked leveret"
    r"\b(?:når|så snart|när) du har (?:bekræftet|bekreftet|bekräftat|klikket|klikkat|svaret"
    r"|svart)\b[^.\n]{0,40}\b(?:bliver|blir|kommer) (?:din|jeres|ditt|deres) (?:besked|e-?mail|mail"
    r"|melding|meddelelse|meddelande|e-?post)\b[^.\n]{0,20}\b(?:leveret|levert|levererat"
    r"|frigivet|frigitt|igennem|gjennom|fram)"
    r"|\b(?:din|jeres) (?:besked|e-?mail|mail|melding|meddelelse)\b[^.\n]{0,60}\b(?:tilbageholdt"
    r"|holdes tilbake|holdt tilbake|i karantæne|i karantene)\b[^.\n]{0,80}\b(?:indtil|til|når"
    r"|så snart) du\b",
    r"\b(?:twoja|pana|pani|państwa) wiadomość\b[^.\n]{0,80}\b(?:wstrzymana|oczekuje|zatrzymana"
    r"|w kwarantannie)[^.\n]{0,80}\b(?:dopóki|gdy|aż|po tym|jak tylko)\b"
    r"|\bzostanie dostarczona\b[^.\n]{0,20}\b(?:po|gdy|kiedy|jak tylko)\b[^.\n]{0,30}potwierdz",
    r"\b(?:vaše|vaša) (?:zpráva|správa)\b[^.\n]{0,80}\b(?:zadržena|zadržaná|čeká|pozdržena"
    r"|v karanténě)[^.\n]{0,80}\b(?:dokud|jakmile|až|po)\b"
    r"|\bbude doručena\b[^.\n]{0,20}\b(?:jakmile|až|po)\b[^.\n]{0,30}(?:potvrdíte|ověříte)",
    r"\bваше (?:сообщение|письмо)\b[^.\n]{0,80}\b(?:задержано|ожидает|приостановлено|в карантине)"
    r"[^.\n]{0,80}(?:пока|после того как|как только)\b"
    r"|\bбудет доставлено\b[^.\n]{0,20}(?:после того как|как только|когда) вы",
    # ro: held until you answer; for it to be delivered, please answer ("Mesajul dumneavoastră
    # a fost reținut temporar. Pentru ca mesajul să fie livrat, vă rugăm să răspundeți").
    r"\bmesajul (?:dumneavoastră|dumneavoastra|dvs\.?|tău|tau)\b[^.\n]{0,80}\b(?:re[țţt]inut"
    r"|în a[șşs]teptare|in asteptare|blocat|în carantină|in carantina)\b[^.\n]{0,80}\b(?:până când"
    r"|pana cand|după ce|dupa ce|imediat ce|când|cand)\b"
    r"|\bpentru ca mesajul (?:dumneavoastră |dumneavoastra |dvs\.? )?să fie (?:livrat|trimis"
    r"|remis)\b[^.\n]{0,40}\b(?:vă rugăm|va rugam|răspunde[țţt]i|raspundeti|confirma[țţt]i"
    r"|confirmati|face[țţt]i clic)",
    # The held mail's deadline: unless you confirm within so many days it is deleted ("se você
    # não confirmar em até 7 dias, a mensagem será apagada"; en de fr es it nl pt).
    r"\bif you (?:do not|don't|fail to) (?:confirm|verify|reply|respond|click)\b[^.\n]{0,40}"
    r"\bwithin \d+ (?:days?|hours?)\b[^.\n]{0,40}\b(?:will be|is) (?:deleted|discarded|removed"
    r"|destroyed)"
    r"|\b(?:wenn|falls) sie (?:nicht )?(?:innerhalb (?:von )?\d+ (?:tagen|stunden) )?(?:nicht )?"
    r"(?:bestätigen|antworten)\b[^.\n]{0,40}\bwird (?:die|ihre) (?:nachricht|e-?mail|mail)\b"
    r"[^.\n]{0,20}(?:gelöscht|verworfen)"
    r"|\bsi (?:vous ne|tu ne) (?:confirmez|confirmes|répondez|réponds) pas\b[^.\n]{0,40}"
    r"\b(?:sous|dans les|dans un délai de|d'ici) \d+ (?:jours?|heures?)\b[^.\n]{0,40}\bsera"
    r" (?:supprimée?|détruite?|effacée?)"
    r"|\bsi no (?:confirma|confirmas|responde|respondes)\b[^.\n]{0,40}\b(?:en|dentro de)"
    r" (?:un plazo de )?\d+ (?:días|dias|horas)\b[^.\n]{0,40}\b(?:será|se) (?:eliminad|borrad"
    r"|eliminará|borrará|descartad)"
    r"|\bse non (?:confermi|conferma|confermate|rispondi|risponde)\b[^.\n]{0,20}\bentro \d+"
    r" (?:giorni|ore)\b[^.\n]{0,40}\b(?:verrà|sarà) (?:eliminat|cancellat|scartat)"
    r"|\bals (?:u|je) (?:niet )?(?:binnen \d+ (?:dagen|uur) )?(?:niet )?(?:bevestigt|bevestigd"
    r"|antwoordt)\b[^.\n]{0,40}\bwordt (?:het|uw|je) (?:bericht|e-?mail|mail)\b[^.\n]{0,20}"
    r"(?:verwijderd|weggegooid)"
    r"|\bse (?:você )?não (?:confirmar|confirmares|responder)\b[^.\n]{0,20}\b(?:em até|dentro"
    r" de|no prazo de|em) \d+ (?:dias|horas)\b[^.\n]{0,40}\bserá (?:apagad|excluíd|eliminad"
    r"|descartad)"
    r"|\bdacă nu (?:confirma[țţt]i|răspunde[țţt]i|raspundeti|confirmati|confirmi|răspunzi)\b"
    r"[^.\n]{0,40}\b(?:în|in|timp de) \d+ (?:zile|ore)\b[^.\n]{0,40}\b(?:va|vor) fi (?:[șşs]ters"
    r"|eliminat|distrus)",
    # hu: after the confirmation your letter arrives ("A megerősítés után a levele azonnal
    # megérkezik hozzám"); he: so that the message reaches me, confirm ("כדי שההודעה תגיע אליי
    # ... יש לאשר").
    r"\ba megerősítés (?:után|követően)\b[^.\n]{0,30}\b(?:a |az ön )?(?:levele|üzenete|e-?mailje)\b"
    r"[^.\n]{0,40}\b(?:megérkezik|kézbesítésre kerül|továbbításra kerül|kézbesítem|átengedem)"
    r"|(?:כדי ש|על מנת ש)ההודעה (?:שלך )?(?:תגיע|תימסר)[^.\n]{0,60}(?:יש לאשר|אשר|אשרי|יש ללחוץ"
    r"|לחץ|לחצי)",
    # bg: your letter is held and will be delivered once you confirm ("е задържано и ще бъде
    # доставено след като потвърдите").
    r"\b(?:вашето |ваше |твоето )?(?:писмо|съобщение)\b[^.\n]{0,120}(?:е задържан|ще бъде"
    r" доставено)[^.\n]{0,80}(?:след като|щом|когато|ако) (?:потвърдите|отговорите)",
)
# Within one sentence, where an address's or a domain's dot ("an info@firm.example") ends none.
_IN_SENTENCE = r"(?:[^.\n]|\.(?=\S))"
CHALLENGE = tuple(source.replace(r"[^.\n]", _IN_SENTENCE) for source in _CHALLENGE)
# The proof asked of the sender: that you are a person (not a robot), or that you are a sender
# the filter approves of. Second person: "I am not a robot" is a person's complaint of a captcha.
SENDER_CHECK = (
    r"\b(?:confirm|verify|prove|show|certify) (?:that )?you(?: are|'re) (?:a )?(?:(?:real|genuine"
    r"|living|live|actual) )*(?:person|human)|\byou(?: are|'re) not a (?:spam ?)?(?:robot|bot"
    r"|machine|spammer|computer|program)|\bverify yourself"
    r"|\b(?:approved|verified|authori[sz]ed|whitelisted|pre-?approved) senders?\b"
    r"|\bsender (?:verification|authentication|approval)\b"
    r"|\bchallenge[- ]response|\b(?:awaiting|waiting for|pending) your (?:verification"
    r"|confirmation)",
    r"\bwartet auf ihre (?:bestätigung|verifizierung)|\bdass sie (?:ein )?(?:echter )?mensch"
    r" sind|\bdass sie kein(?:en)? (?:spam-?)?(?:roboter|bot|programm)"
    r"|\b(?:freigegebene|bestätigte|verifizierte|zugelassene)n? absender"
    r"|\babsender(?:prüfung|verifizierung|bestätigung)",
    r"\bque vous (?:n'êtes pas un (?:robot|spammeur|programme)|êtes (?:bien )?(?:un être humain"
    r"|une personne|humain))|\bexpéditeurs? (?:autorisés?|approuvés?|vérifiés?|validés?)"
    r"|\bvérification (?:de l'|des )expéditeurs?|\ben attente de votre (?:confirmation"
    r"|validation|vérification)",
    r"\bque (?:usted )?no (?:es|eres) un robot|\bque (?:usted )?(?:es|eres) (?:una persona|humano"
    r"|un ser humano)|\bremitentes? (?:autorizados?|aprobados?|verificados?)"
    r"|\bverificación de(?:l)? remitentes?|\bpendiente de (?:su|tu) (?:confirmación"
    r"|verificación|validación)",
    # Identify yourself, validate your address or your sending: the proof asked in a click
    # ("merci de cliquer sur le lien et de vous identifier", "Sans validation de votre part").
    r"\bidentify yourself\b|\bvalidate your (?:e-?mail )?(?:address|message|sending|mail)\b"
    r"|\bsich (?:zu )?identifizieren\b|\bihre (?:absender-?|e-?mail-?)?adresse (?:zu )?"
    r"(?:bestätigen|validieren)\b|\bvous identifier\b|\bvalider votre (?:adresse|envoi|message"
    r"|courriel|e-?mail)\b|\bvalidation de votre part\b|\bidentif(?:icarse|íquese|ícate)\b"
    r"|\bvalidar su (?:dirección|mensaje|envío|correo)\b|\bidentificar(?:ti|si)\b"
    r"|\bconvalidare il (?:tuo|suo) (?:indirizzo|messaggio|invio)\b|\b(?:u|je|zich) (?:te )?"
    r"identificeren\b|\b(?:uw|je) (?:e-?mail)?adres (?:te )?valideren\b|\bidentificar-se\b"
    r"|\b(?:validar|confirmar) o (?:seu|teu) (?:endereço|envio|e-?mail)\b",
    # The captcha of a challenge: type the characters shown in the image
    r"\b(?:characters|letters|code) (?:shown |displayed |you see )?(?:in|on) the (?:image|picture)"
    r"|\bzeichen (?:aus|in|auf) dem bild|\bcaractères (?:affichés |qui apparaissent )?dans"
    r" l'image|\bcaracteres que (?:aparecen|aparecem|se muestran) (?:en la imagen|na imagem)"
    r"|\bcaratteri (?:che compaiono |mostrati )?nell'immagine|\btekens (?:in|uit|op) de"
    r" afbeelding",
    r"\bdi non essere un robot|\bdi essere (?:una persona|umano|un essere umano)|\bmittenti"
    r" (?:autorizzati|approvati|verificati)|\bverifica (?:del|dei) mittent"
    r"|\bin attesa della (?:sua|tua) (?:conferma|verifica)",
    r"\bdat (?:u|je) geen robot bent|\bdat (?:u|je) een (?:echte? )?(?:mens|persoon) bent"
    r"|\b(?:goedgekeurde"
    r"|geverifieerde) afzenders|\bafzenderverificatie|\bwacht op (?:uw|je) (?:bevestiging"
    r"|verificatie)",
    r"\bque (?:você )?não é um robô|\bque (?:você )?é (?:uma pessoa|humano|um ser humano)"
    r"|\bremetentes? (?:autorizados?|aprovados?|verificados?)|\bverificação (?:de|do|dos)"
    r" remetentes?|\baguarda (?:a )?(?:sua|tua) (?:confirmação|verificação)",
    r"\batt du (?:är en (?:människa|person)|inte är en robot)|\bgodkända avsändare|\bże (?:nie )?"
    r"jesteś (?:człowiekiem|osobą|robotem)|\b(?:zatwierdzonych|zweryfikowanych) nadawców"
    r"|\bže (?:jste (?:skutečný |opravdový |živý )?člověk|nejste robot)"
    r"|\bže ste (?:skutočný |živý )?človek|\b(?:schválených|ověřených) odesílatelů"
    r"|\boverených odosielateľov|\bчто вы (?:человек|не робот)",
    # hu he: that you are a real person, approved senders.
    r"\bhogy (?:ön |te )?(?:valós|valódi|élő|igazi) (?:személy|ember)|\bjóváhagyott feladó"
    r"|ש(?:את|אתה|אתם) (?:אדם|בן אדם|אישה) (?:אמיתי|אמיתית)|ש(?:אינך|אינכם) רובוט"
    r"|שאתה לא רובוט|שולחים מאושרים|אימות שולחים",
    # uk el sr hr sl vi ar et lv lt: that you are a person, not a robot; a sender-verification
    # system.
    r"\bщо ви (?:людина|не робот)|\bότι (?:είστε|δεν είστε) (?:άνθρωπος|ρομπότ)"
    r"|\bεπιβεβαίωσης? αποστολέα|\bda (?:ste (?:stvarna |prava )?osoba|niste robot)"
    r"|\bда (?:сте (?:стварна )?особа|нисте робот)|\bda (?:ste (?:resnična |resnicna )?oseba"
    r"|niste robot)|\bbạn là người thật|\bbạn không phải (?:là )?robot|انك (?:شخص حقيقي|لست روبوت)"
    r"|\bet (?:olete inimene|te pole robot)|\bka (?:esat cilvēks|neesat robots)"
    r"|\bkad (?:esate žmogus|nesate robotas)",
    # id ms: that you are a real person and not a source of spam, approved senders.
    r"\bbahawa anda (?:adalah )?(?:manusia|orang) (?:sungguhan|sebenar|asli|nyata)"
    r"|\bbahwa anda (?:adalah )?(?:manusia|orang) (?:sungguhan|asli|nyata)|\bbahwa anda bukan"
    r" (?:robot|spammer|sumber spam)|\bpengirim (?:yang )?(?:disetujui|terverifikasi|diluluskan)",
    # bg: that you are a person, that you sent the letter yourself, approved senders.
    r"\bче (?:не )?сте (?:(?:реален |истински )?човек|робот)|\bче сте изпратили писмото (?:вие"
    r"|лично)|\bодобрени подател",
)
# The mail it got is not delivered yet: held, pending, waiting, or to be delivered later. A
# person says this too ("your invoice mail has not been delivered yet"); with the proof asked
# of its sender (SENDER_CHECK) it is a challenge-response notice, in any order or sentence.
_HELD_MAIL = (
    r"\b(?:your|the|this) (?:message|e-?mail|mail)\b[^.\n]{0,60}\b(?:held|on hold|pending"
    r"|waiting|queued?|quarantined|not (?:yet )?(?:been )?delivered)\b"
    r"|\b(?:can|will|may) (?:only |then |now )?be delivered\b"
    # "The message you sent requires that you verify ...": held until its sender acts.
    r"|\b(?:your|the|this) (?:message|e-?mail|mail)\b[^.\n]{0,40}\b(?:requires|needs)"
    r" (?:that )?you\b",
    r"\b(?:ihre|die) (?:nachricht|e-?mail|mail)\b[^.\n]{0,60}\b(?:zurückgehalten|angehalten"
    r"|warteschlange|wartet|noch nicht zugestellt)|\bwird (?:sie |es )?(?:erst |dann )?zugestellt"
    # "Danach werden Ihre Nachricht und alle künftigen Nachrichten sofort zugestellt".
    r"|\b(?:werden|wird) (?:ihre|die) (?:nachricht|e-?mail)\w*\b[^.\n]{0,60}\bzugestellt",
    r"\b(?:votre|ton) (?:message|courriel|e-?mail|mail)\b[^.\n]{0,60}\b(?:retenue?|en attente"
    r"|bloquée?|pas (?:encore )?été (?:remise?|distribuée?|délivrée?|livrée?))"
    r"|\bsera (?:remise?|délivrée?|distribuée?|livrée?)\b",
    r"\b(?:su|tu) (?:mensaje|correo|e-?mail)\b[^.\n]{0,60}\b(?:retenid[oa]|en espera|pendiente"
    r"|no (?:se )?(?:ha )?(?:sido )?entregad)|\bse entregará|\bserá entregad"
    # Delivered to its owner later: "tu mensaje me llegará" (with the proof asked: a challenge).
    r"|\b(?:su|tu) (?:mensaje|correo)\b[^.\n]{0,60}\bme llegará",
    r"\bmessaggio\b[^.\n]{0,60}\b(?:trattenut[oa]|in attesa|non è (?:ancora )?stato (?:ancora )?"
    r"(?:recapitat|consegnat))|\bsarà (?:consegnat|recapitat)",
    # The message you sent requires that you ...: held until its sender acts (de fr es it nl pt).
    r"\b(?:ihre|die) (?:nachricht|e-?mail)\b[^.\n]{0,40}\berfordert,? dass sie\b"
    r"|\b(?:votre|le) (?:message|courriel)\b[^.\n]{0,40}\b(?:nécessite|exige|requiert) que vous\b"
    r"|\b(?:su|el) (?:mensaje|correo)\b[^.\n]{0,40}\brequiere que\b"
    r"|\b(?:il (?:suo|tuo)|il) messaggio\b[^.\n]{0,40}\brichiede che\b"
    r"|\b(?:het|uw|je) bericht\b[^.\n]{0,40}\b(?:vereist|vraagt) dat (?:u|je)\b"
    r"|\b(?:a (?:sua|tua)|a) mensagem\b[^.\n]{0,40}\b(?:requer|exige) que\b",
    r"\b(?:uw|je|jouw) (?:bericht|e-?mail|mail)\b[^.\n]{0,60}\b(?:vastgehouden|in de wacht|wacht"
    r"|nog niet (?:afgeleverd|bezorgd))|\bwordt (?:het bericht |de e-?mail )?(?:alsnog |pas )?"
    r"(?:(?:bij|aan) (?:mij|ons) )?(?:afgeleverd|bezorgd)",
    r"\b(?:sua|tua) mensagem\b[^.\n]{0,60}\b(?:retida|em espera|pendente|(?:ainda )?não foi"
    r" entregue|ficará guardada|aguardando|chegará até mim)|\bserá entregue|\bseja entregue"
    # European Portuguese puts the pronoun inside the future: "ser-me-á entregue".
    r"|\bser-(?:me|nos|lhe|vos)-á (?:entregue|encaminhada|liberada|enviada)",
    # el uk bg sr hr sl vi ar et lv lt: your message is held (for now), not delivered yet.
    r"\bτο μήνυμ[άα] σας\b[^.\n]{0,80}\b(?:έχει κρατηθεί|κρατείται|βρίσκεται σε αναμονή|δεν έχει"
    r" (?:ακόμη )?παραδοθεί)|\bγια να (?:μου )?παραδοθεί\b"
    r"|\b(?:ваш|вашого) (?:лист|повідомлення)\w*\b[^.\n]{0,40}\b(?:затриман|очікує|не доставлен)"
    r"|\bвашето (?:писмо|съобщение)\b[^.\n]{0,40}\b(?:е задържано|чака|не е доставено)"
    r"|\b(?:vaša|vasa) poruka\b[^.\n]{0,40}\b(?:je zadržana|je zadrzana|čeka|ceka)"
    r"|\bваша порука\b[^.\n]{0,40}\b(?:је задржана|чека)|\b(?:vaše|vase) sporočilo\b[^.\n]{0,40}"
    r"\b(?:je zadržano|je zadrzano|čaka|caka)|\bthư của bạn\b[^.\n]{0,40}\bđang bị giữ"
    r"|(?:رسالتك محتجزة|تم احتجاز رسالتك)|\bteie kiri\b[^.\n]{0,40}\bkinni peetud"
    r"|\b(?:jūsu|jusu) vēstule\b[^.\n]{0,40}\b(?:ir aizturēta|aizturēta)"
    r"|\b(?:jūsų|jusu) laiškas\b[^.\n]{0,40}\bsulaikytas",
    # id ms: the message you sent needs verifying, is held, waits.
    r"\bpesan (?:yang )?anda (?:kirim|kirimkan|hantar)\b[^.\n]{0,40}\b(?:memerlukan|membutuhkan"
    r"|ditahan|tertunda|menunggu|perlukan)\b",
    r"\bditt (?:meddelande|mejl|e-?postmeddelande)\b[^.\n]{0,60}\b(?:hålls kvar|väntar|har inte"
    r" levererats)|\bwiadomość\b[^.\n]{0,60}\b(?:wstrzymana|oczekuje|nie została (?:jeszcze )?"
    r"dostarczona)|\bzpráva\b[^.\n]{0,60}\b(?:zadržena|pozdržena|čeká|nebyla (?:zatím )?doručena)"
    r"|\bbude (?:vám |mi )?(?:zpráva )?doručena"
    r"|\b(?:сообщение|письмо)\b[^.\n]{0,60}(?:задержано|ожидает|не (?:было )?доставлено)",
    # hu he: your letter is waiting, not delivered yet.
    r"\b(?:az ön |a )?(?:levele|üzenete)\b[^.\n]{0,60}\b(?:várakozik|visszatartva|függőben"
    r"|még nem (?:lett )?kézbesítve)"
    r"|ההודעה שלך[^.\n]{0,60}(?:ממתינה|מוחזקת|לא נמסרה)",
    # bg: your letter is held, not delivered yet.
    r"\b(?:писмо|съобщение)(?:то)?\b[^.\n]{0,60}(?:е задържан|все още не е доставено)",
)
HELD_MAIL = tuple(source.replace(r"[^.\n]", _IN_SENTENCE) for source in _HELD_MAIL)
