"""What machine mail says in the languages beyond the first seven (pure data: regex sources).

machinetext.py and autoreply.py hold the statements in en de fr es it nl pt; this module adds
the same statements, one tuple entry per language, for Swedish, Danish, Norwegian, Finnish,
Polish, Czech/Slovak, Turkish, Russian/Ukrainian, Greek, Hungarian, Romanian, Japanese and
Chinese, plus statements that were missing in all languages (an office closed for holidays,
a reference number assigned to a request). The words are the ones mail programs and
autoresponder templates write, each a statement about the mail or the writer's absence, never a
single topic word: a person may write about "vacation" but rarely "I am on vacation until".

CJK patterns carry no \\b: every ideograph is a word character, so word boundaries never fall
between them.
"""

# First person, present or future: "I am away" (never "I was away").
AWAY = (
    r"\bjag är\s+(?:för närvarande\s+|just nu\s+|nu\s+)?(?:på semester|ledig\b|borta|frånvarande"
    r"|tjänstledig|föräldraledig|på (?:resa|tjänsteresa|konferens)|inte på kontoret|sjukskriven)",
    r"\bjeg er\s+(?:p\.?t\.?\s+|i øjeblikket\s+|for tiden\s+|for øyeblikket\s+|nå\s+|nu\s+)?"
    r"(?:på (?:ferie|barsel|kursus|reise|tjenestereise|forretningsrejse|ferie)|ikke på kontoret"
    r"|fraværende|borte\b|bortrejst|i (?:foreldre)?permisjon|på (?:foreldre|barsels)orlov"
    r"|sykmeldt|sygemeldt|ude af huset|ikke til stede)",
    r"\bolen\s+(?:tällä hetkellä\s+|parhaillaan\s+|nyt\s+)?(?:lomalla|poissa|matkoilla"
    r"|työmatkalla|vanhempainvapaalla|sairauslomalla|vuosilomalla)",
    r"\b(?:jestem|będę|przebywam)\s+(?:obecnie\s+|aktualnie\s+|teraz\s+)?(?:na urlopie|poza biurem"
    r"|nieobecn[ya]|w podróży|na zwolnieniu|w delegacji|na L4)",
    r"\b(?:jsem|budu|som|budem)\s+(?:momentálně\s+|nyní\s+|v současné době\s+|momentálne\s+)?"
    r"(?:na dovolen[éeo]|mimo kancelář|mimo kancelárie|nepřítomn|neprítomn|na služební cestě"
    r"|na služobnej ceste|na mateřské|na rodičovské|v pracovní neschopnosti"
    r"|mimo (?:úřad|pracoviště)"
    r"|nedostupn)",
    r"(?:ofis dışındayım|izindeyim|tatildeyim|ofiste değilim|seyahatteyim|raporluyum"
    r"|doğum iznindeyim|ofis dışında olacağım|izinde olacağım|ofiste bulunmamaktayım)",
    r"\bя\s+(?:сейчас\s+|в настоящее время\s+|временно\s+)?(?:нахожусь\s+)?(?:в отпуске"
    r"|отсутствую|в командировке|на больничном|вне офиса|не в офисе|в декрете|в декретном)"
    r"|\bнахожусь в (?:отпуске|командировке)|\bбуду отсутствовать|\bменя нет в офисе"
    r"|\bя\s+(?:зараз\s+)?(?:у відпустці|відсутн|у відрядженні)|\bперебуваю (?:у|в) відпустці",
    r"\b(?:βρίσκομαι|είμαι)\s+(?:εκτός γραφείου|σε άδεια|σε διακοπές)",
    r"\b(?:szabadságon vagyok|házon kívül vagyok|nem vagyok az irodában|szabadságon leszek)",
    r"\bsunt\s+(?:în concediu|plecat|în afara biroului)|\bnu sunt la birou",
    r"(?:不在にしております|不在にしています|休暇を(?:取って|頂いて|いただいて)おります"
    r"|(?:出張|休暇|外出)(?:中|のため)|不在のため|育児休業|産前産後休暇|夏季休暇|年末年始休暇)",
    r"(?:我(?:目前|现在|正在|正|目前正在)?(?:在)?(?:休假|出差|不在办公室|外出|休年假|请假)"
    r"|(?:休假|出差|外出)期间|我(?:目前)?不在(?:辦公室|公司))",
)
# When the writer is back, what happens meanwhile, whom to ask instead.
BACK = (
    r"\b(?:är|kommer att vara|blir) tillbaka|\båter (?:den|på kontoret|i tjänst)"
    r"|(?:brådskande|akuta) ärenden|\bvid brådskande|begränsad tillgång till (?:e-?post|mejl)"
    r"|(?:kommer|blir) inte (?:att )?vidarebefordra",
    r"\btilbage (?:den|igen|på kontoret|d\.|mandag|tirsdag|onsdag|torsdag|fredag)"
    r"|\btilbake (?:den|igjen|på kontoret|mandag|tirsdag|onsdag|torsdag|fredag)"
    r"|hastesager|i hastende tilfælde|\bhaster det|i hastesaker|ved hastesaker"
    r"|(?:vil|kan) ikke (?:blive )?videre(?:sendt|sendes)|begrænset adgang til"
    r"|begrenset tilgang til",
    r"\bpalaan\b|\btakaisin toimistolla|kiireellisissä (?:asioissa|tapauksissa)"
    r"|rajoitetusti sähköpost",
    r"\bwracam\b|\bbędę (?:z powrotem|dostępn)|\bpo (?:moim )?powrocie|\bw pilnych sprawach"
    r"|\bw sprawach pilnych|ograniczony dostęp do (?:poczty|e-?maila)"
    r"|nie (?:będą|będzie) przekazywan",
    r"\bvrátím se|\bbudu zpět|\bzpět (?:v kanceláři )?od|\bpo (?:mém )?návratu"
    r"|\bv naléhavých (?:případech|záležitostech)|omezený přístup k|nebud(?:e|ou) přeposlán"
    r"|\bvrátim sa|\bv naliehavých",
    r"(?:döndüğümde|dönüşümde|dönüşümden sonra|döneceğim|geri döneceğim|acil durumlarda"
    r"|acil (?:konular|işler)(?:iniz)? için|(?:sınırlı|kısıtlı) erişim)",
    r"\bвернусь|\bпо возвращении|\bпосле возвращения|\bбуду в офисе|\bпо срочным вопросам"
    r"|\bв срочных случаях|ограниченный доступ к|не (?:будет|будут) переадресован|\bповернуся"
    r"|з термінових питань",
    r"\bθα επιστρέψω|για επείγοντα",
    r"\bvisszatérésem|\bsürgős (?:ügyekben|esetben)",
    r"\bmă întorc|\bîn caz de urgență|\bpentru urgențe",
    r"(?:(?:日|月)(?:より|から)(?:出社|復帰|通常|順次)|戻り(?:ます|次第)|帰社(?:後|次第)"
    r"|(?:お急ぎ|緊急)の(?:ご用件|場合|方)|(?:ご)?返信(?:が|は)遅れ|順次(?:対応|ご返信|回答|ご連絡))",
    r"(?:回来后|返回后|回复(?:会|将)?(?:有所)?延迟|如有(?:紧急|急事)|紧急(?:事务|事宜|情况)"
    r"|将(?:在|于).{0,12}(?:回复|处理)|回來後|如有急事)",
    # Mail that arrives meanwhile is handled later (no first person: a closed office says it).
    r"\bkommer att (?:behandlas|besvaras)|\bvil (?:blive|bli) (?:behandlet|besvar)"
    r"|\b(?:zostanie|zostaną) (?:rozpatrzon|obsłużon|przetworzon)|\bbud(?:e|ou) vyřízen"
    r"|(?:yanıtlanacaktır|işleme alınacaktır|cevaplanacaktır)"
    r"|\bбуд(?:ет|ут) (?:обработан|рассмотрен)|(?:后|後)(?:统一|陆续|依次)?(?:处理|回复)",
)
# An office or company closed for holidays (no first person: "Le cabinet est fermé").
CLOSED = (
    r"\b(?:office|offices|company|we|our team|support)\b[^.\n]{0,30}\b(?:is|are|will be|remains?)"
    r" closed\b|\bclosed for (?:the )?(?:holidays?|summer|christmas|annual|public)",
    r"\b(?:büro|unternehmen|firma|kanzlei|praxis|geschäft|wir)\b[^.\n]{0,60}\b(?:ist|bleibt|sind"
    r"|bleiben|haben)\b[^.\n]{0,40}geschlossen|betriebsferien|betriebsurlaub",
    r"\b(?:cabinet|bureau|société|entreprise|agence|magasin|bureaux|service|nous)\b[^.\n]{0,30}"
    r"\b(?:est|sera|seront|sont|restera|resteront|serons)\b[^.\n]{0,10}\bfermée?s?\b"
    r"|fermeture (?:annuelle|estivale|pour congés)|fermés? pour congés",
    r"\b(?:oficina|empresa|oficinas|tienda|estamos)\b[^.\n]{0,30}\b(?:está|estará|estarán"
    r"|permanecerá|permanecerán|estamos|permaneceremos)? ?cerrad|cerrados? por vacaciones",
    r"\b(?:ufficio|uffici|azienda|studio|siamo)\b[^.\n]{0,30}\b(?:è|sarà|saranno|resterà"
    r"|resteranno|rimarrà|rimarranno|siamo|saremo) chius|chiusura (?:estiva|per ferie|aziendale)"
    r"|chiusi per ferie",
    r"\b(?:kantoor|bedrijf|wij zijn|we zijn)\b[^.\n]{0,30}\b(?:is|zijn|blijft|blijven)?"
    r" ?gesloten|gesloten wegens vakantie|\bbouwvak",
    r"\b(?:escritório|empresa|estaremos)\b[^.\n]{0,30}\b(?:está|estará|estarão|permanecerá)?"
    r" ?fechad|férias coletivas",
    r"\bkontoret (?:är|er|vil være|blir) (?:stängt|lukket|stengt)|(?:stängt|lukket|stengt)"
    r" (?:för|i|under|for) (?:semester|ferie|helg)",
    r"\bbiuro (?:jest |będzie )?(?:nieczynne|zamknięte)|\bkancelář (?:je |bude )?zavřen"
    r"|celozávodní dovolen|\bofisimiz[^.\n]{0,30}kapalı|\bофис (?:не работает|закрыт)",
    r"(?:休業(?:期間|日|いたします|させていただきます|のお知らせ|中)|放假(?:期间|通知)|停止办公)",
)
# Only a program says these: nobody reads this mailbox, do not reply.
UNREAD = (
    r"\b(?:brevlådan|adressen|inkorgen) (?:bevakas|läses) inte|\bsvara inte på (?:detta|det här)"
    r" (?:meddelande|mejl|e-?post)",
    r"\b(?:postkassen|adressen|mailboksen|innboksen) (?:overvåges|læses|overvåkes|leses) ikke"
    r"|\bbesvar ikke denne|\bsvar venligst ikke|\bikke svar på denne|\bvennligst ikke svar",
    r"\bälä vastaa tähän|\btätä (?:osoitetta|postilaatikkoa) ei (?:seurata|lueta)",
    r"\b(?:skrzynka|adres)[^.\n]{0,30} nie jest (?:monitorowan|obsługiwan|czytan|sprawdzan)"
    r"|\bnie odpowiadaj na (?:tę|tą|tego|nią|niego)|\bprosimy (?:na (?:nią|niego|tę wiadomość) )?"
    r"nie odpowiadać|\bprosimy o nieodpowiadanie",
    r"\b(?:schránka|adresa)[^.\n]{0,30} (?:není|nejsou|nie je) (?:monitorován|sledován|čten)"
    r"|\bneodpovídejte na (?:tuto|tento|ni\b|něj|ně\b)|\bneodpovedajte na",
    r"(?:yanıtlamayınız|cevaplamayınız|(?:yanıt|cevap) vermeyiniz|takip edilmemektedir"
    r"|kontrol edilmemektedir)",
    r"(?:не отвечайте|просьба не отвечать|просим не отвечать) на (?:это|данное)"
    r"|\b(?:ящик|адрес)[^.\n]{0,30} не (?:проверяется|отслеживается|просматривается)"
    r"|не відповідайте на (?:цей|це|цього)",
    r"\bμην απαντήσετε|\bne válaszoljon|\bnu răspundeți la acest",
    r"(?:送信専用|(?:ご)?返信(?:は)?(?:できません|しないでください|なさらないよう|いただいても)"
    r"|このメールアドレスは(?:配信|送信)専用)",
    r"(?:(?:请勿|请不要|勿)(?:直接)?回复(?:此|本|该)?(?:邮件|邮箱|郵件)?|請勿(?:直接)?回覆"
    r"|此邮箱(?:不|无人))",
)
LEFT = (
    r"\b(?:arbetar|jobbar) inte (?:längre|kvar)|\bhar slutat (?:på|hos|sin)"
    r"|\bär inte längre anställd",
    r"\ber ikke (?:længere|lenger) ansatt?|\b(?:arbejder|jobber) ikke (?:længere|lenger)"
    r"|\bhar forladt (?:virksomheden|firmaet)|\bhar forlatt (?:selskapet|firmaet)|\ber fratrådt"
    r"|\bhar sluttet (?:i|hos)",
    r"\bei (?:enää )?työskentele|\bei ole enää (?:talon|yrityksen|meidän)",
    r"\bnie pracuje już|\bjuż nie pracuje|\bnie jest już pracownikiem|\bodesz(?:ła|edł) z firmy"
    r"|zakończył(?:a)? współpracę",
    r"\b(?:již|už) (?:nepracuje|není zaměstnan|nie je zamestnan)|ukončil(?:a)? pracovní poměr"
    r"|\bodešl?(?:a)? z (?:firmy|naší|společnosti)",
    r"(?:artık (?:şirketimizde|firmamızda|bu şirkette|bizimle) çalışmamaktadır"
    r"|(?:şirketimizden|firmamızdan) ayrılmıştır|görevinden ayrıl)",
    r"\bбольше не работает|\bне является сотрудником|\bуволил(?:ся|ась)|\bпокинул(?:а)? компанию"
    r"|\bбільше не працює",
    r"\bδεν εργάζεται πλέον|\bmár nem dolgozik|\bnu mai lucrează",
    r"(?:退職(?:いたしました|しました|致しました)|已(?:经)?离职|不再(?:在|于)(?:本|我)?公司)",
)
AUTOMATED = (
    r"\b(?:detta|det här) är ett (?:automatiskt|automatgenererat) (?:meddelande|svar|mejl)"
    r"|\bautomatiskt (?:genererat|skickat|utskickat) (?:meddelande|mejl|svar)",
    r"\b(?:dette|denne) er en (?:automatisk|autogenereret|automatisk generert)"
    r"|\bautomatisk (?:genereret|generert|sendt|udsendt) (?:besked|e-?mail|melding|e-?post|svar)",
    r"\btämä on automaattinen|\bautomaattisesti (?:lähetetty|luotu|generoitu)",
    r"\b(?:jest to|to jest) (?:wiadomość |odpowiedź )?automatyczn"
    r"|\bwiadomość (?:została )?(?:wygenerowana|wysłana) automatycznie",
    r"\b(?:toto je|jedná se o|toto je) automatick|\bautomaticky (?:generovan|odeslan|vytvořen"
    r"|vygenerovan)|\b(?:zpráva|správa|e-?mail)[^.\n]{0,20}(?:vygenerován|odeslán|vytvořen"
    r"|vygenerovan|odoslan)[aáoy]? automaticky",
    r"(?:bu (?:bir )?otomatik (?:bir )?(?:mesaj|yanıt|cevap|e-?posta|bildirim|iletidir)"
    r"|otomatik olarak (?:gönderil|oluşturul))",
    r"\bэто автоматическ|\bавтоматическое (?:сообщение|уведомление)"
    r"|\b(?:сообщение|письмо) (?:было )?(?:сгенерировано|отправлено|создано) автоматически"
    r"|\bце автоматичн|\bавтоматично (?:створен|надіслан)",
    r"\bαυτοματοποιημένο μήνυμα|\bautomatikusan (?:generált|küldött)"
    r"|\bmesaj (?:generat|trimis) automat",
    r"(?:自動(?:送信|返信|応答|配信)(?:メール|メッセージ|されて|しております|です|にて)"
    r"|自動的に(?:送信|返信|配信)されて)",
    r"(?:(?:此|本|这是一封|這是一封)(?:邮件|郵件|消息|信息)?(?:为|是|為)?(?:系统)?自动(?:发送|回复|生成|发出)"
    r"|系统自动(?:发送|发出)|自動(?:發送|回覆))",
)
RECEIVED = (
    r"\bvi har (?:tagit emot|mottagit) (?:ditt|din|ert|er)"
    r"|\bditt ärende har (?:registrerats|tagits)",
    r"\bvi har modtaget (?:din|jeres)|\bvi har mottatt (?:din|deres)",
    r"\bolemme vastaanottaneet",
    r"\botrzymaliśmy (?:twoje|pana|pani|państwa|wiadomość|zgłoszenie)"
    r"|\bzgłoszenie zostało (?:przyjęte|zarejestrowane)",
    r"\b(?:obdrželi|přijali) jsme (?:váš|vaši|vaše)|\bváš požadavek (?:byl )?(?:přijat|zaregistr)",
    r"(?:(?:talebinizi|mesajınızı|e-?postanızı|başvurunuzu) (?:aldık|almış bulunmaktayız)"
    r"|talebiniz (?:alınmıştır|oluşturulmuştur|kaydedilmiştir))",
    r"\bполучили (?:ваше|ваш|вашу)|\bваше (?:обращение|сообщение|письмо) (?:получено"
    r"|зарегистрировано|принято)|\bваша заявка (?:принята|зарегистрирована)|отримали ваш",
    r"(?:(?:お問い合わせ|お問合せ|ご連絡|メール|ご依頼)を(?:受け付け|受付|受信|拝受)"
    r"|(?:已(?:经)?收到(?:您|你)的)|(?:您的(?:请求|工单|咨询)已(?:被)?(?:受理|收到|创建)))",
)
# A reference number given to the request we sent: "under ticket number", "Ticketnummer:".
TICKET = (
    r"\b(?:ticket|case|request|reference|incident|support|tracking) (?:number|no\.?|nr\.?|id)\b"
    r"|\bticket\s*#\s*\d|\bhas been assigned (?:the )?(?:ticket|case|reference)",
    r"\b(?:ticket|vorgangs|referenz|fall|anfrage)nummer|\bunter der (?:nummer|ticket)",
    r"\bnuméro de (?:ticket|dossier|demande|suivi|référence)|\bsous le numéro",
    r"\bnúmero de (?:caso|ticket|solicitud|incidencia|referencia|seguimiento)|\bcon el número",
    r"\bnumero di (?:ticket|pratica|richiesta|riferimento)|\bcon il numero",
    r"\b(?:ticket|zaak|referentie|dossier|melding)nummer",
    r"\bnúmero (?:do|de) (?:chamado|protocolo|ticket|pedido|atendimento)|\bprotocolo",
    r"\bärende(?:nummer|nr|-id)|\b(?:sags|saks|henvendelses)nummer|\btiketti(?:numero)?"
    r"|\bnumer(?:em)? zgłoszenia|\bnr zgłoszenia|\bčíslo (?:požadavku|tiketu|případu|žádosti)"
    r"|\btalep (?:numarası|no)|\bkayıt numarası|\bномер (?:заявки|обращения|тикета|запроса)",
    r"(?:受付番号|お問い合わせ番号|チケット番号|管理番号|工单号|工单编号|受理编号|单号|編號)",
)
# Subject prefixes an autoresponder writes; "strong" ones name the mail as automatic.
SUBJECT_AUTOMATIC = (
    r"autosvar|automatiskt svar|automatisk svar|automatisk (?:besked|melding)|automaattinen vastaus"
    r"|odpowiedź automatyczna|automatyczna odpowiedź|autoodpowiedź|automatická odpověď"
    r"|automatická odpoveď|otomatik (?:yanıt|cevap)|автоответ|автоматический ответ"
    r"|автоматична відповідь|αυτόματη απάντηση|automatikus válasz|răspuns automat"
    r"|自動応答|自動返信|自动回复|自動回覆|自动答复|自動回復"
)
SUBJECT_ABSENCE = (
    r"frånvaro(?:meddelande)?|fraværsmelding|fraværende|fravær|ferie|semester|poissa(?:olo)?"
    r"|lomalla|nieobecn(?:ość|y|a)|poza biurem|urlop|nepřítomnost|nepřítomen|mimo kancelář"
    r"|dovolená|ofis dışında|izindeyim|izinde|tatildeyim|отсутствую|отсутствие|в отпуске|отпуск"
    r"|вне офиса|εκτός γραφείου|házon kívül|szabadság|în concediu|absent de la birou"
    r"|不在(?:のお知らせ|通知|中)|休暇(?:のお知らせ|中)|休假(?:通知|中)?|外出(?:中|通知)|出差(?:中|通知)"
)
# Failed or delayed delivery in mail-system subjects (a daemon sender is still required).
BOUNCE_SUBJECT = (
    r"couldn'?t be delivered|(?:was|has) not been delivered|wasn'?t delivered|cannot be delivered"
    r"|can'?t be delivered|unable to deliver|\bdelayed\b|still being retried|will (?:be )?retr"
    r"|onlevererbar|kan inte levereras|kunde inte levereras|ej levererat|ikke leveret"
    r"|kunne ikke leveres|kunne ikke levere|levering mislyk|leveringsfejl|toimitus epäonnistui"
    r"|toimittamaton|ei voitu toimittaa|nie można dostarczyć|niedostarczon|niedoręczon"
    r"|nie dostarczono|opóźnienie (?:w )?dostarcz|nelze doručit|nedoručiteln|nedoručen"
    r"|doručení se nezdařilo|zpoždění doručení|nedoručiteľn|teslim edilemedi|iletilemedi"
    r"|teslim edilemeyen|gecikmeli teslim|teslimat gecik|недоставлен|не удалось доставить"
    r"|невозможно доставить|не доставлено|задержка доставки|доставка задерживается"
    r"|не вдалося доставити|μη παραδοτέο|δεν ήταν δυνατή η παράδοση|kézbesíthetetlen"
    r"|nem kézbesíthető|nu a putut fi livrat|nelivrat"
    r"|配信不能|配信失敗|送信エラー|配信の遅延|未送达|无法送达|無法傳遞|无法投递|投递延迟|退回邮件"
)
# What a virus or content-filter gateway says about the message it stopped.
GATEWAY_WORDS = (
    r"\bwirus|\bvirü|\bвирус|ウイルス|病毒|\bvírus|\bvirus"
    r"|karantän|karantæne|karantene|karanteeni|kwarantann|karantén|karanténa|karantina|карантин"
    r"|隔離|隔离|zablokowan|zablokován|zablokovan|engellendi|заблокирован|ブロックされ|已被拦截|被拦截"
    r"|blockerat|blokeret|blokkert|estetty|odrzucon|odmítnut|reddedildi|отклонено"
)
# Spam complaint words.
COMPLAINT_WORDS = (
    r"skräppost|klagomål|klage|roskaposti|valitus|niechciana poczta|skarga|nevyžádan|stížnost"
    r"|istenmeyen (?:e-?posta|ileti)|şikayet|жалоба|нежелательн|скарга|спам|迷惑メール|苦情"
    r"|垃圾邮件|投诉|举报|παράπονο|panasz|reclamație"
)
# List moderation and subscription confirmations.
MODERATION = (
    r"\bgodkännande av moderator|väntar på godkännande|\bmoderator|venter på godkendelse"
    r"|venter på godkjenning|odottaa hyväksyntää|moderaattori|oczekuje na (?:zatwierdzenie"
    r"|akceptację)|moderátor|čeká na schválení|onay bekliyor|moderatör|ожидает (?:одобрения"
    r"|проверки) модератор|модератор|承認待ち|モデレーター|等待审核|等待批准|版主|管理员审核"
)
OPT_IN = (
    r"\bbekräfta (?:din |ditt )?(?:prenumeration|anmälan)|\bbekræft (?:din )?tilmelding"
    r"|\bbekreft (?:ditt |din )?(?:abonnement|påmelding)|\bvahvista tilaus"
    r"|\bpotwierdź (?:subskrypcję|zapis)|\bpotvrďte (?:odběr|přihlášení)|\baboneliğinizi onaylayın"
    r"|\bподтвердите подписку|購読(?:の)?確認|确认订阅|確認訂閱"
)
UNSUBSCRIBE = (
    r"\bavregistrera|\bavsluta prenumeration|\bafmeld|\bavmeld|\bperuuta tilaus"
    r"|\bwypisz się|\brezygnacja z subskrypcji|\bodhlásit|\bodhlášení|\babonelikten çık"
    r"|\bотписаться|\bвідписатися|配信停止|退订|取消订阅|退訂"
)
# A promise to answer later, as helpdesks and autoresponders make it ("we will get back to you
# as soon as possible"): weak alone, machine-like with a receipt or an absence.
RESPOND = (
    r"\b(?:we|i)(?: will|'ll) (?:get back to you|respond|reply|answer|be in touch|contact you)"
    r"[^.\n]{0,30}(?:as soon as (?:possible|we can|i can)|shortly|within|at the earliest"
    r"|in due course|in the order)",
    r"\b(?:wir|ich) (?:werden|werde) (?:uns|mich) [^.\n]{0,40}(?:schnellstmöglich|so schnell wie"
    r" möglich|umgehend|zeitnah|baldmöglichst|schnellstens)[^.\n]{0,30}(?:melden|zurückmelden)"
    r"|\b(?:wir|ich) (?:werden|werde) [^.\n]{0,30}(?:schnellstmöglich|so schnell wie möglich"
    r"|umgehend|zeitnah) (?:beantworten|bearbeiten)",
    r"\b(?:nous|je) (?:vous )?(?:répondrons|répondrai|reviendrons vers vous|reviendrai vers vous"
    r"|recontacterons)[^.\n]{0,30}(?:dans les (?:plus )?brefs délais|rapidement|dès que possible"
    r"|sous \d|au plus vite)",
    r"\b(?:le|te|les) (?:responderemos|responderé|contestaremos|contactaremos)[^.\n]{0,20}"
    r"(?:lo antes posible|a la mayor brevedad|en breve|en un plazo)",
    r"\b(?:le|ti|vi) (?:risponderemo|risponderò|ricontatteremo)[^.\n]{0,20}(?:al più presto"
    r"|quanto prima|il prima possibile|entro)",
    r"\b(?:wij|we|ik) (?:nemen|neem) [^.\n]{0,20}zo (?:snel|spoedig) mogelijk contact"
    r"|\b(?:wij|we|ik) (?:reageren|reageer|antwoorden|beantwoorden) [^.\n]{0,20}(?:zo snel"
    r" mogelijk|binnen)",
    r"\b(?:responderemos|responderei|entraremos em contato)[^.\n]{0,20}(?:o mais (?:breve|rápido)"
    r"|assim que possível|em breve|no prazo)",
    r"\b(?:återkommer|svarar) (?:vi|jag) [^.\n]{0,20}(?:så snart som möjligt|snarast)"
    r"|\bvender tilbage hurtigst muligt|\bsvarer (?:deg|dig) så snart"
    r"|\bodpowiemy (?:najszybciej|niezwłocznie|w ciągu)|\bodpovíme (?:co nejdříve|obratem)"
    r"|(?:en kısa sürede|en kısa zamanda) (?:dönüş|yanıt|cevap)|\bответим (?:вам )?(?:в ближайшее"
    r"|как можно скорее|в течение)",
    r"(?:追って|改めて|順次)(?:ご連絡|ご返信|回答)|(?:尽快|将尽快)(?:回复|答复|处理)",
)
# Mail-system display names in the languages beyond English ("Mail Delivery System").
DAEMON_NAME = (
    r"system administrator|systemadministrator|administrateur (?:du )?système"
    r"|administrador del sistema|amministratore di sistema|systeembeheerder"
    r"|administrador do sistema|e-?mail-?zustellsystem|système de distribution"
    r"|sistema de entrega|servizio di consegna|почтовая служба|системный администратор"
    r"|メール配信システム|邮件系统|系统管理员"
    # A provider's own mail system or mail server, as small ISPs name their notices' sender.
    r"|\b(?:e-?)?mail ?(?:system|server)\b|\be-?mail-?system\b|\be-?postsystem(?:et)?\b"
    r"|\bpostsystem(?:et)?\b|\bsystem pocztowy|\bserwer poczt|\bpoštovní (?:systém|server)"
    r"|\bpoštový (?:systém|server)|\bпочтов(?:ая система|ый сервер)|\bпоштова система"
    r"|\bsystème de messagerie|\bserveur de messagerie|\bsistema de correo|\bservidor de correo"
    r"|\bsistema di posta|\bserver di posta|\bsistema de e-?mail|\bservidor de e-?mail"
    r"|\bposta (?:sistemi|sunucusu)|\blevelezőrendszer|\bsähköpostijärjestelmä"
    r"|ταχυδρομικό σύστημα|メールシステム|メールサーバ|邮件服务器|郵件系統|郵件伺服器"
)
# What a mail system says in its own words about a message it could not deliver, and why:
# the sentence of a provider's home-made notice (no DSN, no SMTP code), in every language.
BOUNCE_BODY = (
    r"\bcould(?: not|n'?t) be delivered|\b(?:was|were|has|have) not been delivered"
    r"|\b(?:mailbox|inbox) (?:is )?(?:full|over (?:its )?quota)|\bquota exceeded"
    r"|\b(?:recipient )?address (?:not found|rejected)",
    r"\bkonnte nicht (?:zugestellt|ausgeliefert) werden|\bnicht zugestellt werden"
    r"|\bpostfach (?:des empfängers )?(?:ist )?(?:voll|überfüllt)|\bempfänger (?:ist )?unbekannt",
    r"\bn'a pas pu être (?:remis|distribué|livré|délivré|acheminé)"
    r"|\bboîte (?:aux lettres |de réception )?(?:du destinataire )?(?:est )?pleine"
    r"|\bdestinataire inconnu",
    r"\bno (?:se )?(?:ha )?pud(?:o|ieron) (?:ser )?entregar|\bno pudo ser entregad"
    r"|\bbuzón (?:del destinatario )?(?:está )?lleno|\bdestinatario desconocido",
    r"\bnon è stato possibile (?:recapitar|consegnar)|\bnon (?:ha potuto|può) essere"
    r" (?:recapitat|consegnat)|\bcasella (?:di posta )?(?:del destinatario )?(?:è )?piena",
    r"\bkon niet (?:worden )?(?:afgeleverd|bezorgd)|\b(?:postvak|mailbox) (?:van de ontvanger )?"
    r"(?:is )?vol\b|\bonbekende ontvanger",
    r"\bnão (?:pôde|foi possível) (?:ser )?entreg|\bcaixa (?:postal |de correio )?(?:do "
    r"destinatário )?(?:está )?cheia|\bdestinatário desconhecido",
    r"\bnie (?:mogła|mógł|może|można|została?|zostały) (?:zostać )?dostarcz"
    r"|\bnie udało się dostarczyć|\bskrzynka (?:odbiorcy )?(?:jest )?(?:pełna|przepełniona)",
    r"\b(?:nemohla|nemohl|nemůže|nebyla|nebyl) (?:být |byť )?doručen|\bnelze doručit"
    r"|\bnebylo možné doručit|\bnebolo možné doručiť|\bschránka (?:příjemce )?(?:je )?(?:plná"
    r"|přeplněná)",
    r"\bkunde inte levereras|\bkan inte levereras|\bbrevlådan? (?:är )?full"
    r"|\bkunne ikke (?:leveres|afleveres|levere)|\bpostkassen? (?:er )?(?:fuld|full)\b",
    r"\bei voitu toimittaa|\bpostilaatikko on täynnä|teslim edilemedi|iletilemedi"
    r"|posta kutusu dolu",
    r"\bне (?:может быть|могло быть|было|удалось) доставлен|\bне удалось доставить"
    r"|\bящик (?:получателя )?переполнен|\bне вдалося доставити|\bскринька переповнена",
    r"\bδεν ήταν δυνατή η παράδοση|\bδεν παραδόθηκε|\bnem (?:sikerült|lehetett) kézbesíteni"
    r"|\bnem kézbesíthető|\bnu a putut fi (?:livrat|trimis)|\bcăsuța poștală (?:este )?plină",
    r"(?:配信できませんでした|届けることができませんでした|送信できませんでした|メールボックスがいっぱい"
    r"|无法(?:投递|送达)|未能(?:投递|送达)|投递失败|邮箱(?:已满|空间不足)|無法傳遞|信箱已滿)",
)
