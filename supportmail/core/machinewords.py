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
    r"(?:(?:휴가|출장|외근|병가|육아 ?휴직|출산 ?휴가|연차|교육)\s?중(?:입니다|이며|이라"
    r"|이므로|이어서|으로|이오니)|부재\s?중(?:입니다|이며|이므로|이오니)|사무실에 (?:없습니다"
    r"|있지 않습니다)|자리를 비(?:웁니다|우게|운))",
    r"(?:أنا|انا|إنني|انني|سأكون|ساكون|سوف أكون)\s+(?:حاليا\S?\s+|الآن\s+)?(?:خارج المكتب"
    r"|في (?:إجازة|اجازة|عطلة|مهمة|رحلة)|غائب|بعيد(?:ة)? عن المكتب)",
    r"(?:אני|אהיה|הנני)\s+(?:כרגע\s+|נמצאת?\s+)?(?:מחוץ למשרד|בחופשה|בחופש|לא במשרד"
    r"|בחו\S{1,2}ל|בחופשת|במילואים|בנסיעת עבודה|לא זמינה?)",
    r"\b(?:βρίσκομαι|είμαι|θα είμαι|θα βρίσκομαι|θα λείπω|λείπω)\s+(?:προσωρινά\s+"
    r"|αυτή τη στιγμή\s+|αυτήν τη στιγμή\s+|τώρα\s+)?(?:εκτός (?:γραφείου|έδρας)|σε (?:άδεια"
    r"|διακοπές|ταξίδι|επαγγελματικό ταξίδι)|απών|απούσα)",
    r"\b(?:szabadságon|távol|irodán kívül|házon kívül|üzleti úton|betegszabadságon"
    r"|szülési szabadságon)\s+(?:vagyok|leszek|tartózkodom)",
    r"\b(?:sunt|voi fi|mă aflu|ma aflu)\s+(?:momentan\s+|în prezent\s+"
    r"|temporar\s+)?(?:în concediu|plecat[ăa]?|în afara biroului|absent[ăa]?|în deplasare"
    r"|în vacan[țţ]ă)",
    r"\b(?:я\s+)?(?:буду відсутн|перебуваю (?:у|в) відрядженні|перебуваю поза офісом"
    r"|поза офісом|у декретній відпустці|на лікарняному)",
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
    # Mail is not read meanwhile, and who stands in: "and do not read my e-mail", "in my
    # absence please contact", in every language (a template's words, not a passing remark).
    r"\bi (?:am|will) not be (?:reading|checking|monitoring|able to (?:read|check|respond to))"
    r" (?:my )?e-?mails?"
    r"|\bi (?:won't|will not|cannot|can't) (?:read|check|access) (?:my )?e-?mails?"
    r"|\b(?:in|during) my absence,? (?:please )?(?:contact|write|e-?mail|reach|call)",
    r"\blese (?:ich )?(?:meine )?e-?mails? nicht|\bkeinen zugriff auf (?:meine )?e-?mails?"
    r"|\b(?:in|während) meiner abwesenheit|\bmeine vertretung",
    r"\bje ne (?:consulte|lis|relève) pas (?:mes |ma )?(?:e-?mails?|courriels?|messagerie)"
    r"|\ben mon absence",
    r"\bno (?:leo|reviso|consulto) (?:el |mi )?correo|\b(?:en|durante) mi ausencia",
    r"\bnon (?:leggo|controllo|consulto) (?:la )?(?:posta|e-?mail)|\bdurante la mia assenza"
    r"|\bin mia assenza",
    r"\blees (?:ik )?(?:mijn )?e-?mail niet|\btijdens mijn afwezigheid|\bbij mijn afwezigheid",
    r"\bnão (?:leio|verifico|consulto) (?:o |os |meu |meus )?e-?mails?|\bdurante a minha ausência"
    r"|\bna minha ausência",
    r"\bläser (?:inte|ej) (?:min |mina )?(?:e-?post|mejl|mail)|\bunder min frånvaro"
    r"|\bi min frånvaro",
    r"\b(?:læser|leser|tjekker|sjekker) ikke (?:min |mine )?(?:e-?mails?|mail|post|e-?post)"
    r"|\bi (?:mit|mitt) fravær|\bunder (?:mit|mitt) fravær",
    r"\ben lue sähköpost|\bpoissaoloni aikana",
    r"\bpodczas mojej nieobecności|\bw czasie mojej nieobecności|\bnie (?:czytam|sprawdzam)"
    r" (?:poczty|e-?maili)|\bnie mam dostępu do (?:poczty|e-?maila|skrzynki)",
    r"\bběhem (?:mé|mojí) nepřítomnosti|\bv (?:mé|mojej) (?:nepřítomnosti|neprítomnosti)"
    r"|\bnečtu (?:e-?maily|poštu)|\bpočas mojej neprítomnosti",
    r"(?:yokluğumda|ofiste olmadığım (?:süre|sürede)|e-?postalarımı (?:kontrol edemeyeceğim"
    r"|okuyamayacağım|okuyamıyorum))",
    r"\bв (?:моё|мое) отсутствие|\bне (?:читаю|проверяю) (?:почту|e-?mail)"
    r"|\bпід час (?:моєї )?відсутності|\bне (?:читаю|перевіряю) пошту|\bпісля повернення"
    r"|\bу термінових випадках",
    r"\bκατά την απουσία μου|\bμε την επιστροφή μου|\bκατά την επιστροφή μου"
    r"|\bσε επείγουσες περιπτώσεις|\bπεριορισμένη πρόσβαση",
    r"\btávollétem (?:alatt|idején)|\btávollétemben|\bnem (?:olvasom|követem) (?:az )?e-?mail"
    r"|\bvissza(?:térek|érkezem|érek)|\bsürgős ügyben",
    r"\bîn (?:perioada )?absen[țţ]ei mele|\bîn lipsa mea|\bla întoarcerea mea"
    r"|\bdupă întoarcerea mea|\brevin (?:la birou|în birou|pe)|\bnu (?:citesc|verific)"
    r" (?:e-?mail|mesaje)|\bîn caz de urgen[țţ]ă|\bpentru urgen[țţ]e",
    # Korean, Arabic, Hebrew: back on, urgent matters, in my absence.
    r"(?:복귀(?:하겠|할 예정|예정|후|하면|합니다)|돌아오(?:면|는 대로)"
    r"|(?:긴급|급한) (?:용무|사항|일|문의|건)"
    r"|부재 (?:기간|중에는)|메일 확인이 (?:어렵|늦어))",
    r"(?:سأعود|عند عودتي|بعد عودتي|للأمور العاجلة|للامور العاجلة|في الحالات العاجلة"
    r"|للحالات الطارئة|في حال(?:ة)? الطوارئ|خلال فترة غيابي|أثناء غيابي|في غيابي)",
    r"(?:אחזור ב|אשוב ב|עם שובי|לאחר שובי|בעניינים דחופים|בעניין דחוף|במקרה דחוף|לעניינים דחופים"
    r"|בזמן היעדרותי|בהיעדרי)",
    # Mail that arrives meanwhile is handled later (no first person: a closed office says it).
    r"\bkommer att (?:behandlas|besvaras)|\bvil (?:blive|bli) (?:behandlet|besvar)"
    r"|\b(?:zostanie|zostaną) (?:rozpatrzon|obsłużon|przetworzon)|\bbud(?:e|ou) vyřízen"
    r"|(?:yanıtlanacaktır|işleme alınacaktır|cevaplanacaktır)"
    r"|\bбуд(?:ет|ут) (?:обработан|рассмотрен)|(?:后|後)(?:统一|陆续|依次)?(?:处理|回复)"
    r"|\b(?:vor|va) fi (?:procesat|tratat|preluat|rezolvat)|\bfeldolgozásra kerül",
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
    r"(?:휴무(?:입니다|일|기간)|휴업|(?:المكتب|الشركة) (?:مغلق|مغلقة)|المكاتب مغلقة"
    r"|המשרד (?:סגור|יהיה סגור)|המשרדים סגורים)",
    r"\bτο γραφείο (?:μας )?(?:είναι |θα είναι |παραμένει )?κλειστό|\bzárva (?:tartunk"
    r"|leszünk)|\birodánk zárva|\bbiroul (?:nostru )?(?:este |va fi )?închis"
    r"|\b(?:biroul|secretariatul|sediul|firma|magazinul|compania|facultatea|cabinetul"
    r"|institu[țţ]ia)\b[^.\n]{0,60}\b(?:este|va fi|rămâne) închis"
    r"|\bофіс (?:не працює|зачинено|закрито)",
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
    r"(?:회신하지 마(?:십시오|세요|시기 바랍니다)|답장하지 마(?:십시오|세요)|발신 ?전용"
    r"|회신이 불가능|회신되지 않습니다)",
    r"(?:(?:يرجى|الرجاء|رجاء|نرجو)\s+عدم الرد|لا (?:ترد|تردوا|تقم بالرد) على هذه"
    r"|هذا البريد (?:غير مراقب|لا تتم مراقبته))",
    r"(?:(?:נא|אנא)\s+(?:לא להשיב|אל תשיבו|לא לענות|אל תענו)|אין להשיב|תיבה זו אינה (?:מנוטרת"
    r"|נקראת))",
    r"\b(?:παρακαλούμε|παρακαλώ) (?:να )?μην (?:απαντήσετε|απαντάτε)"
    r"|\bη διεύθυνση (?:αυτή )?δεν (?:παρακολουθείται|ελέγχεται)",
    r"\bkérjük,? ne válaszoljon|\berre (?:az )?(?:e-?mailre|üzenetre) ne válaszoljon"
    r"|\bez a (?:postafiók|cím) nem (?:figyelt|olvasott|felügyelt)",
    r"\bvă rugăm (?:să )?nu răspunde[țţ]i|\bnu răspunde[țţ]i la (?:acest|acesta)"
    r"|\baceastă adresă nu este monitorizată",
    r"\bпрохання не відповідати|\b(?:скринька|адреса)[^.\n]{0,40} не (?:перевіряється"
    r"|відстежується|переглядається)",
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
    r"(?:퇴사(?:하였|했|하셨|하여|하게 되어)|더 이상 (?:근무하지|재직하지))",
    r"(?:لم (?:يعد|تعد) (?:يعمل|تعمل|موظف)|غادر(?:ت)? الشركة)",
    r"(?:(?:אינו|אינה|איננו|איננה) (?:עובד|עובדת) (?:יותר|עוד|בחברה)|כבר לא (?:עובד|עובדת)"
    r"|עזבה? את החברה)",
    r"\bδεν εργάζεται (?:πια|πλέον)|\bαποχώρησε από την εταιρεία",
    r"\bmár nem (?:munkatársunk|munkatársa)|\bkilépett a cégtől",
    r"\bnu mai face parte din|\ba părăsit (?:compania|firma)",
    r"\bзвільнив(?:ся|ась)|\bне є (?:співробітником|працівником)",
)
# The mailbox itself is gone: "this address is no longer in use". Only of a mail address (an
# e-mail word, an address followed by one, or "this address"), never of a web address or an
# account a customer cannot reach. A person may send it as news, so it weighs 1.
RETIRED = (
    # "this mailbox is no longer read", with its demonstrative (Scandinavian)
    r"\b(?:denna|den här) (?:brevlåda|adress|inkorg|e-?postadress)\b[^.,\n]{0,20}\b(?:läses"
    r"|bevakas) inte\b"
    r"|\b(?:denne|den) (?:postkasse|adresse|mailboks|innboks|e-?mailadresse|postkassen|adressen"
    r"|mailboksen|innboksen|e-?postadressen)\b[^.,\n]{0,20}\b(?:bliver|blir) ikke (?:længere "
    r"|lenger )?(?:læst|lest|overvåget|overvåket)",
    r"\b(?:e-?mail ?address|mail ?address|mailbox|inbox|this address)\b[^.\n]{0,40}\b(?:is|has"
    r" been|was|will be) no longer (?:in use|used|active|in service|operational|valid)"
    r"|\b(?:e-?mail ?address|mailbox|this address) (?:has been|was|is) (?:discontinued|retired"
    r"|decommissioned|deactivated)\b",
    r"\b(?:e-?mail-?adresse|mailadresse|postfach|diese adresse|die adresse \S+@\S+)[^.\n]{0,40}"
    r"\b(?:wird nicht mehr (?:genutzt|verwendet|benutzt|gelesen)|ist nicht mehr (?:aktiv|gültig"
    r"|in betrieb)|wurde (?:deaktiviert|stillgelegt|aufgelöst))",
    r"\b(?:adresse (?:e-?mail|électronique|mail)|boîte (?:mail|aux lettres)|cette adresse"
    r"|l'adresse \S+@\S+)[^.\n]{0,40}\b(?:n'est plus (?:utilisée|active|valide|en service"
    r"|consultée)|a été (?:désactivée|supprimée|fermée))",
    r"\b(?:dirección de (?:correo|e-?mail)|buzón|cuenta de correo|esta dirección|la dirección"
    r" \S+@\S+)[^.\n]{0,40}\b(?:ya no (?:se utiliza|se usa|está (?:activ|en uso|operativ))|ha"
    r" dejado de (?:utilizarse|usarse|estar activ)|(?:ha sido|fue) (?:desactivad|dad[oa] de baja))",
    r"\b(?:indirizzo (?:e-?mail|di posta)|casella (?:di posta|e-?mail|mail)|questo indirizzo"
    r"|l'indirizzo \S+@\S+)[^.\n]{0,40}\b(?:non è più (?:utilizzat|attiv|in uso|valid)|non"
    r" viene più (?:utilizzat|usat|lett)|è stat[oa] (?:disattivat|dismess))",
    r"\b(?:e-?mailadres|mailadres|mailbox|dit adres|het adres \S+@\S+)[^.\n]{0,40}\b(?:wordt"
    r" niet meer (?:gebruikt|gelezen)|is niet meer (?:actief|in gebruik)|is (?:opgeheven"
    r"|gedeactiveerd))",
    r"\b(?:endereço (?:de e-?mail|eletrónico|eletrônico|de correio)|caixa de correio|este endereço"
    r"|o endereço \S+@\S+)[^.\n]{0,40}\b(?:deixou de (?:ser )?(?:utilizad|usad|estar ativ)|já não"
    r" (?:é|está) (?:utilizad|usad|ativ|em uso)|não (?:é|está) mais (?:utilizad|usad|ativ|em uso)"
    r"|foi (?:desativad|descontinuad))",
    # ru uk pl cs fi tr ro hu: the mailbox or address is no longer in use
    r"\b(?:ящик|адрес|почта)[^.\n]{0,40}\bбольше не (?:используется|действует|активен"
    r"|обслуживается)|\b(?:скринька|адреса)[^.\n]{0,40}\bбільше не (?:використовується|діє"
    r"|активна|обслуговується)",
    r"\b(?:skrzynka|adres)[^.\n]{0,40}\b(?:nie jest już|już nie jest) (?:używan|aktywn"
    r"|obsługiwan)|\b(?:schránka|adresa)[^.\n]{0,40}\b(?:se )?(?:již|už) (?:nepoužívá"
    r"|není aktivní|není používán)",
    r"\b(?:osoite|sähköpostiosoite|postilaatikko)[^.\n]{0,40}\bei (?:ole )?(?:enää )?(?:käytössä"
    r"|käytetä)|\b(?:adres|adresi|posta kutusu)[^.\n]{0,40}(?:artık kullanılmamaktadır|artık"
    r" kullanılmıyor|kullanım dışıdır)",
    r"\b(?:adres[aă]|căsuța|căsuţa)[^.\n]{0,40}\bnu mai (?:este|e) (?:folosită|utilizată|activă)"
    r"|\b(?:postafiók|cím|e-?mail-?cím)[^.\n]{0,40}\bmár nem (?:használt|használjuk|aktív|él)",
)
AUTOMATED = (
    r"\b(?:detta|det här) är ett (?:automatiskt|automatgenererat) (?:meddelande|svar|mejl)"
    r"|\bautomatiskt (?:genererat|skickat|utskickat) (?:meddelande|mejl|svar)",
    r"\b(?:dette|denne) er en (?:automatisk|autogenereret|automatisk generert)"
    r"|\bautomatisk (?:genereret|generert|sendt|udsendt) (?:besked|e-?mail|melding|e-?post|svar)",
    r"\btämä on automaattinen|\bautomaattisesti (?:lähetetty|luotu|generoitu)"
    r"|\b(?:on|oli) (?:lähetetty|luotu|generoitu) automaattisesti",
    r"\b(?:meldingen|e-?posten|beskeden|mailen|e-?mailen|meddelandet|mejlet|svaret) (?:er|ble"
    r"|blev|är|var|har blitt|har blivit|har været) (?:generert|genereret|genererat|sendt|skickat"
    r"|skickad|oprettet|opprettet|skapad|skapat|udsendt|utsendt) automatisk\b",
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
    r"(?:자동(?:으로)? ?(?:발송|생성|전송|응답)(?:된|되는|되었|됩니다)|자동 ?응답 ?(?:메일"
    r"|메시지)|본 (?:메일|메시지)은 (?:발신 ?전용|자동))",
    r"(?:(?:هذه|هذا) (?:رسالة|رد|بريد) (?:آلية|آلي|تلقائية|تلقائي)|رسالة (?:آلية|تلقائية)"
    r"|تم (?:إنشاء|إرسال) هذه الرسالة (?:تلقائيا|تلقائياً|آليا|آلياً|بشكل تلقائي))",
    r"(?:(?:זוהי|זו|זהו|זה) (?:הודעה|תשובה|מענה|דואר) (?:אוטומטית|אוטומטי)|הודעה (?:אוטומטית"
    r"|שנוצרה אוטומטית)|נשלחה? באופן אוטומטי|נוצרה? באופן אוטומטי)",
    r"\bαυτόματο μήνυμα|\b(?:αυτό|αυτή) είναι (?:ένα |μια )?αυτόματ|\b(?:στάλθηκε"
    r"|δημιουργήθηκε|εστάλη) αυτόματα",
    r"\bez egy automatikus (?:üzenet|válasz|értesítés)|\bautomatikus (?:üzenet|értesítés)",
    r"\b(?:acesta este|acest mesaj este|este) un (?:mesaj|răspuns) (?:generat )?automat"
    r"|\bmesaj automat",
    r"\bавтоматичне (?:повідомлення|сповіщення)|\b(?:лист|повідомлення) (?:було )?(?:створено"
    r"|надіслано|згенеровано) автоматично",
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
    r"|talebiniz (?:\S+ ){0,3}(?:alındı|alınmıştır|ulaştı|ulaşmıştır|oluşturuldu|oluşturulmuştur"
    r"|kaydedildi|kaydedilmiştir|açıldı|açılmıştır)"
    r"|(?:kayıt|talep|destek talebi)(?:iniz)? (?:oluşturuldu|oluşturulmuştur|açıldı|açılmıştır))",
    r"\bполучили (?:ваше|ваш|вашу)|\bваше (?:обращение|сообщение|письмо) (?:получено"
    r"|зарегистрировано|принято)|\bваша заявка (?:принята|зарегистрирована)|отримали ваш",
    r"(?:(?:お問い合わせ|お問合せ|ご連絡|メール|ご依頼)を(?:受け付け|受付|受信|拝受)"
    r"|(?:已(?:经)?收到(?:您|你)的)|(?:您的(?:请求|工单|咨询)已(?:被)?(?:受理|收到|创建)))",
    r"(?:(?:문의|요청|메일)(?:가|이|를|은|는)? ?(?:정상적으로 |성공적으로 )?접수(?:되었습니다"
    r"|되었으며|됐습니다|완료)|(?:보내주신|보내 주신) (?:메일|문의)(?:를|은"
    r"|는)? (?:잘 )?받았습니다)",
    r"(?:(?:لقد )?(?:استلمنا|تلقينا|تم استلام|وصلتنا) (?:رسالتك|طلبك|استفسارك|رسالتكم|طلبكم)"
    r"|تم تسجيل (?:طلبك|طلبكم))",
    r"(?:(?:קיבלנו|התקבלה) (?:את )?(?:פנייתך|הודעתך|בקשתך|פנייתכם)|(?:פנייתך|בקשתך"
    r"|הודעתך) התקבלה)",
    r"\bλάβαμε (?:το|την) (?:μήνυμά|αίτημά|ερώτησή|email)|\bτο αίτημά σας (?:έχει )?(?:ληφθεί"
    r"|καταχωρηθεί|παραληφθεί)|\bτο (?:αίτημά|μήνυμά) σας (?:\S+ ){0,2}(?:ελήφθη|καταχωρήθηκε"
    r"|παραλήφθηκε|δημιουργήθηκε)",
    r"\bmegkaptuk (?:az )?(?:üzenetét|kérését|levelét|megkeresését|e-?mailjét)|\b(?:kérése"
    r"|megkeresése|bejelentése) (?:beérkezett|rögzítésre került)",
    r"\bam primit (?:mesajul|solicitarea|cererea|e-?mailul|sesizarea) (?:dumneavoastră|dvs)"
    r"|\bsolicitarea (?:dumneavoastră|dvs\.?) a fost (?:înregistrată|primită)",
    r"\bваше (?:звернення|повідомлення|запит|лист) (?:отримано|зареєстровано|прийнято)",
)
# The notice speaks to the sender of the mail it got about that mail, in the future or as a
# rule: "your message will not be forwarded", "will be answered on my return".
YOUR_MAIL = (
    r"\bditt (?:meddelande|mejl|mail|e-?postmeddelande)\b[^.,\n]{0,25}\b(?:kommer|vidarebefordras"
    r"|läses|besvaras)",
    r"\bdin (?:besked|e-?mail|mail|henvendelse|melding|e-?post)\b[^.,\n]{0,25}\b(?:vil|bliver"
    r"|blir|videresendes|kan ikke)",
    # ...and what already became of it, in the past: "din mail er ikke videresendt", "ditt
    # meddelande har inte vidarebefordrats"
    r"\b(?:din|ditt) (?:besked|e-?mail|mail|henvendelse|melding|e-?post|meddelande|mejl)\b"
    r"[^.,\n]{0,20}\b(?:(?:er|har) ikke (?:blevet |blitt )?(?:videresendt|læst|lest)"
    r"|(?:blev|ble) ikke (?:videresendt|læst|lest)|har inte (?:vidarebefordrats|lästs)"
    r"|vidarebefordrades inte)",
    # The definite noun before its possessive ("e-posten din", "meddelandet ditt"), as Norwegian
    # and Swedish often write it.
    r"\b(?:e-?posten|e-?mailen|mailen|meldingen|henvendelsen|beskeden|meddelandet|mejlet"
    r"|brevet) (?:din|ditt|dit|deres|jeres|er)\b[^.,\n]{0,25}\b(?:vil|blir|bliver|kommer"
    r"|videresend\w*|vidarebefordra\w*|ikke|inte)\b",
    r"\bviesti(?:äsi|si|nne|änne) (?:ei |käsitellään|välitetään|luetaan)",
    # What already became of it: "your message was not forwarded", "ihre nachricht wurde nicht
    # weitergeleitet".
    r"\byour (?:message|e-?mail|mail) (?:was|has) not (?:been )?(?:forwarded|read|delivered)"
    r"|\bihre? (?:nachricht|e-?mail|mail) wurde nicht (?:weitergeleitet|gelesen|zugestellt)"
    r"|\bvotre (?:message|courriel|e-?mail) n'a pas été (?:transféré|transmis|lu|remis)"
    r"|\b(?:su|tu) (?:mensaje|correo|e-?mail) no (?:ha sido|fue) (?:reenviad|leíd|entregad)"
    r"|\b(?:il (?:suo|tuo) messaggio|la (?:sua|tua) (?:e-?mail|mail)) non è stat[oa] (?:inoltrat"
    r"|lett|consegnat)|\b(?:uw|je) (?:bericht|e-?mail|mail) is niet (?:doorgestuurd|gelezen"
    r"|afgeleverd)|\b(?:a )?(?:sua|tua) mensagem (?:não|nao) foi (?:reencaminhad|encaminhad|lid"
    r"|entregue)",
    r"\b(?:twoja|pana|pani|państwa) wiadomość\b[^.,\n]{0,25}\b(?:nie )?(?:zostanie|będzie)",
    r"\b(?:vaše|vaša) (?:zpráva|správa|e-?mailová zpráva)\b[^.,\n]{0,25}\b(?:ne)?bud"
    r"|\bváš e-?mail\b[^.,\n]{0,25}\b(?:ne)?bude",
    r"(?:mesajınız|e-?postanız|iletiniz)[^.,\n]{0,25}(?:iletilmeyecek|iletilecek|yanıtlanacak"
    r"|okunacak|cevaplanacak)",
    r"\bваш(?:е)? (?:сообщение|письмо|обращение)\b[^.,\n]{0,25}\b(?:не )?(?:будет|переадрес)"
    r"|\bваш(?:е)? (?:повідомлення|лист)\b[^.,\n]{0,25}\b(?:не )?буде",
    r"\bτο (?:μήνυμά|email|e-mail) σας\b[^.,\n]{0,25}\b(?:δεν )?θα",
    r"\b(?:üzenetét|levelét|e-?mailjét|üzenete)\b[^.,\n]{0,25}\b(?:nem )?(?:továbbít|fog"
    r"|kerül)",
    r"\bmesajul (?:dumneavoastră|dvs\.?|tău)\b[^.,\n]{0,25}\b(?:nu )?va fi",
    r"(?:いただいた|頂いた|いただきました|頂きました)(?:メール|ご連絡|お問い合わせ)(?:は|につきましては)",
    r"(?:您的|你的)(?:邮件|郵件|来信|來信|消息)(?:将|將|会|會|不会|不會)",
)
# The separator a ticket system puts at the top of the mail it sends, so that the answer typed
# above it is cut from the quoted ticket below: "##- Please type your reply above this line -##".
# A person never types it; a help desk's agent answering through the system sends it too, so it
# weighs 1 and takes a receipt or another statement to make a notice.
REPLY_LINE = (
    r"\b(?:reply|respond|response|answer|write|type) (?:\w+ )?above this line\b",
    r"\b(?:antwort|antworten|schreiben)\b[^.\n]{0,30}\b(?:oberhalb|über) dieser (?:linie|zeile)\b",
    r"\bau-dessus de cette ligne\b",
    r"\b(?:encima|arriba|por encima) de esta línea\b",
    r"\bsopra (?:questa|la) (?:linea|riga)\b",
    r"\bboven deze (?:lijn|regel)\b",
    r"\bacima desta linha\b",
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
    r"|\btalep (?:numarası|no)|\bkayıt numarası|\bnumaralı (?:kayıt|talep|destek)"
    r"|\bномер (?:заявки|обращения|тикета|запроса)",
    r"(?:受付番号|お問い合わせ番号|チケット番号|管理番号|工单号|工单编号|受理编号|单号|編號)",
    r"(?:접수 ?번호|티켓 ?번호|문의 ?번호|رقم (?:التذكرة|الطلب|البلاغ)|מספר (?:פנייה|קריאה"
    r"|כרטיס)|αριθμός (?:αιτήματος|δελτίου)|με αριθμό #?\d|jegyszám|bejelentés száma"
    r"|număr(?:ul)? (?:tichetului|de înregistrare|solicitării)|номер (?:звернення|запиту))",
)
# Subject prefixes an autoresponder writes; "strong" ones name the mail as automatic.
SUBJECT_AUTOMATIC = (
    r"autosvar|automatiskt svar|automatisk svar|automatisk (?:besked|melding)|automaattinen vastaus"
    r"|odpowiedź automatyczna|automatyczna odpowiedź|autoodpowiedź|automatická odpověď"
    r"|automatická odpoveď|otomatik (?:yanıt|cevap)|автоответ|автоматический ответ"
    r"|автоматична відповідь|αυτόματη απάντηση|automatikus válasz|răspuns automat"
    r"|自動応答|自動返信|自动回复|自動回覆|自动答复|自動回復"
    r"|자동 ?응답|자동 ?회신|رد تلقائي|رد آلي|الرد التلقائي|תשובה אוטומטית|מענה אוטומטי"
    r"|автовідповідь"
)
SUBJECT_ABSENCE = (
    r"frånvaro(?:meddelande)?|fraværsmelding|fraværende|fravær|ferie|semester|poissa(?:olo)?"
    r"|lomalla|nieobecn(?:ość|y|a)|poza biurem|urlop|nepřítomnost|nepřítomen|mimo kancelář"
    r"|dovolená|ofis dışındayım|ofiste değilim|ofis dışında|izindeyim|izinde|tatildeyim"
    r"|отсутствую|отсутствие|в отпуске|отпуск"
    r"|вне офиса|εκτός γραφείου|házon kívül|szabadság|în concediu|absent de la birou"
    r"|不在(?:のお知らせ|通知|中)|休暇(?:のお知らせ|中)|休假(?:通知|中)?|外出(?:中|通知)|出差(?:中|通知)"
    r"|부재 ?중|부재 ?알림|휴가 ?중|خارج المكتب|מחוץ למשרד|היעדרות|irodán kívül"
    r"|în afara biroului|у відпустці|поза офісом"
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
    r"|전송 실패|배달 실패|배달되지 않|전달되지 않|반송(?:된|되었| 메일)|فشل (?:التسليم|تسليم"
    r"|الإرسال)|تعذر (?:التسليم|تسليم)|لم يتم التسليم|לא נמסר|מסירה נכשלה|כשל במסירה"
    r"|αποτυχία (?:παράδοσης|αποστολής)|sikertelen kézbesítés|kézbesítési hiba|livrare eșuată"
    r"|livrare eşuată|eșec la livrare|помилка доставки|затримка доставки"
)
# What a virus or content-filter gateway says about the message it stopped.
GATEWAY_WORDS = (
    r"\bwirus|\bvirü|\bвирус|ウイルス|病毒|\bvírus|\bvirus"
    r"|karantän|karantæne|karantene|karanteeni|kwarantann|karantén|karanténa|karantina|карантин"
    r"|隔離|隔离|zablokowan|zablokován|zablokovan|engellendi|заблокирован|ブロックされ|已被拦截|被拦截"
    r"|blockerat|blokeret|blokkert|estetty|odrzucon|odmítnut|reddedildi|отклонено"
    r"|바이러스|격리|악성 ?코드|فيروس|الحجر|برامج ضارة|וירוס|הסגר|\bιός|κακόβουλ|καραντίνα"
    r"|kártevő|carantin|вірус|шкідлив"
)
# Spam complaint words.
COMPLAINT_WORDS = (
    r"skräppost|klagomål|klage|roskaposti|valitus|niechciana poczta|skarga|nevyžádan|stížnost"
    r"|istenmeyen (?:e-?posta|ileti)|şikayet|жалоба|нежелательн|скарга|спам|迷惑メール|苦情"
    r"|垃圾邮件|投诉|举报|παράπονο|panasz|reclamație"
    r"|스팸|불법 ?광고|بريد (?:عشوائي|مزعج)|شكوى|דואר זבל|ספאם|תלונה|ανεπιθύμητ|kéretlen"
    r"|nesolicitat|небажан"
)
# List moderation and subscription confirmations.
MODERATION = (
    r"\bgodkännande av moderator|väntar på godkännande|\bmoderator|venter på godkendelse"
    r"|venter på godkjenning|odottaa hyväksyntää|moderaattori|oczekuje na (?:zatwierdzenie"
    r"|akceptację)|moderátor|čeká na schválení|onay bekliyor|moderatör|ожидает (?:одобрения"
    r"|проверки) модератор|модератор|承認待ち|モデレーター|等待审核|等待批准|版主|管理员审核"
    r"|승인 대기|관리자 승인|بانتظار (?:موافقة|الموافقة)|ממתינה? לאישור|αναμένει έγκριση"
    r"|jóváhagyásra vár|așteaptă aprobarea|aşteaptă aprobarea|очікує (?:схвалення|модерації)"
)
OPT_IN = (
    r"\bbekräfta (?:din |ditt )?(?:prenumeration|anmälan)|\bbekræft (?:din )?tilmelding"
    r"|\bbekreft (?:ditt |din )?(?:abonnement|påmelding)|\bvahvista tilaus"
    r"|\bpotwierdź (?:subskrypcję|zapis)|\bpotvrďte (?:odběr|přihlášení)|\baboneliğinizi onaylayın"
    r"|\bподтвердите подписку|購読(?:の)?確認|确认订阅|確認訂閱"
    r"|구독(?:을)? 확인|تأكيد الاشتراك|אשרו? את (?:ההרשמה|המנוי)|επιβεβαιώστε την εγγραφή"
    r"|erősítse meg (?:a )?feliratkozás|confirma[țţ]i abonarea|підтвердіть підписку"
)
UNSUBSCRIBE = (
    r"\bavregistrera|\bavsluta prenumeration|\bafmeld|\bavmeld|\bperuuta tilaus"
    r"|\bwypisz się|\brezygnacja z subskrypcji|\bodhlásit|\bodhlášení|\babonelikten çık"
    r"|\bотписаться|\bвідписатися|配信停止|退订|取消订阅|退訂"
    r"|수신 ?거부|구독 ?취소|إلغاء الاشتراك|להסרה מרשימת|ביטול (?:ה)?מנוי"
    r"|κατάργηση (?:της )?εγγραφής|leiratkozás|dezabon"
    # "You got this message because ...", "to stop receiving": the footer tells the reader why
    # they are on the list and how to leave it.
    r"|(?:وصلتك|تصلك|تلقيت|استلمت) هذه (?:الرسالة|الرسائل)|(?:لعدم|لإيقاف) (?:استلام|تلقي)"
)
# A promise to answer later, as helpdesks and autoresponders make it ("we will get back to you
# as soon as possible"): weak alone, machine-like with a receipt or an absence.
RESPOND = (
    # The promise made for a team: "a member of our team will respond within 2 days".
    r"\b(?:a member of (?:our|the) (?:team|staff)|one of our (?:team|agents|staff|advisors"
    r"|representatives|specialists)|our (?:team|staff|agents|advisors)) will (?:respond|reply"
    r"|get back to you|be in touch|contact you)[^.\n]{0,30}(?:as soon as|shortly|within|in due"
    r" course|in the order)",
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
    r"|(?:en kısa sürede|en kısa zamanda)(?: size)? (?:dönüş|yanıt|cevap)"
    r"|\bответим (?:вам )?(?:в ближайшее|как можно скорее|в течение)",
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
    r"|메일 ?(?:시스템|서버)|시스템 관리자|نظام البريد|مدير النظام|מערכת הדואר|מנהל המערכת"
    r"|διαχειριστής συστήματος|rendszergazda|administrator(?:ul)? de sistem|поштовий сервер"
    r"|системний адміністратор"
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
    r"(?:전달(?:할 수 없|되지 않|하지 못)|전송(?:하지 못|에 실패|할 수 없)|배달(?:할 수 없"
    r"|되지 않|하지 못)|수신자를 찾을 수 없|메일함이 (?:가득|꽉))",
    r"(?:تعذر (?:تسليم|توصيل)|لم يتم (?:تسليم|توصيل)|لا يمكن (?:تسليم|توصيل)|فشل (?:تسليم"
    r"|توصيل)|صندوق البريد ممتلئ)",
    r"(?:לא ניתן (?:היה )?למסור|לא נמסרה|המסירה נכשלה|תיבת הדואר מלאה|הנמען לא נמצא)",
    r"\bη παράδοση (?:απέτυχε|δεν ήταν δυνατή)|\bαπέτυχε η παράδοση"
    r"|\bτο γραμματοκιβώτιο (?:είναι )?γεμάτο",
    r"\ba kézbesítés (?:sikertelen|nem sikerült)|\bnem sikerült kézbesíteni"
    r"|\ba postafiók megtelt",
    r"\blivrarea (?:a eșuat|a eşuat|nu a reușit)|\bnu a putut fi (?:remis|livrat)",
    # The message (never a parcel) was not delivered, in the perfect a provider's notice uses;
    # the recipient's address between them may hold dots ("an einkauf@firma.example").
    r"\b(?:mensaje|correo)\b(?:[^.\n]|\.(?=\w)){0,80}\bno (?:se )?ha (?:podido ser|podido|sido)"
    r" entregad|\bno se ha podido entregar",
    r"\b(?:messaggio|e-?mail)\b(?:[^.\n]|\.(?=\w)){0,80}\bnon è stat[oa] (?:recapitat|consegnat)",
    r"\b(?:bericht|e-?mail)\b(?:[^.\n]|\.(?=\w)){0,80}\b(?:is|werd) niet (?:afgeleverd|bezorgd)",
    r"\b(?:mensagem|e-?mail)\b(?:[^.\n]|\.(?=\w)){0,80}\bnão foi entregue",
    r"\b(?:message|courriel|e-?mail)\b(?:[^.\n]|\.(?=\w)){0,80}\bn'a pas été (?:remis|distribué"
    r"|délivré)",
    r"\b(?:nachricht|e-?mail)\b(?:[^.\n]|\.(?=\w)){0,80}\bwurde nicht zugestellt",
    # Not delivered yet and retried: a delay warning's sentence, with or without a DSN.
    r"\b(?:has|have) not yet been delivered|\bnot (?:been )?delivered yet|\bwill (?:continue to"
    r" )?retry|\bwill be retried|\bstill (?:trying|attempting) to deliver",
    r"\bnoch nicht (?:zugestellt|ausgeliefert)|\bweitere zustellversuche|\bzustellung wird"
    r" (?:weiterhin|erneut) versucht",
    r"\bpas encore été (?:remis|distribué|délivré|livré)|\bcontinuera (?:à|de) (?:essayer|tenter)",
    r"\b(?:aún|todavía) no (?:ha sido|se ha) entregad|\bseguir(?:á|emos) intent"
    r"|\bnuevos intentos de entrega",
    r"\bnon è ancora stato (?:consegnat|recapitat)|\bcontinuerà a tentare"
    r"|\bnuovi tentativi di consegna",
    r"\bnog niet (?:afgeleverd|bezorgd)|\bblijft (?:het )?(?:proberen|opnieuw proberen)",
    r"\bainda não (?:foi|pôde ser) entregue|\bcontinuar(?:á|emos) a tentar"
    r"|\bnovas tentativas de entrega",
    r"\b(?:har|är) ännu inte (?:levererat|levererats)|\ber (?:endnu|ennå|enda) ikke (?:leveret"
    r"|levert)|\bei ole vielä toimitettu|\bnie została jeszcze dostarczona|\bjeszcze nie"
    r" (?:została )?dostarczon|\bponowi(?:my|) próbę|\b(?:zatím|ještě) nebyla doručena"
    r"|henüz teslim edilmedi|\b(?:ещё|еще|пока) не доставлен|\bповторные попытки"
    r"|\bще не доставлен|まだ配信されていません|尚未(?:投递|送达)",
    r"\bне (?:може бути|було|вдалося) доставлен|\bскринька (?:одержувача )?переповнена",
)
