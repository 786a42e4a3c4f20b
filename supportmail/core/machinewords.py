"""What machine mail says in the languages beyond the first seven (pure data: regex sources).

machinetext.py and autoreply.py hold the statements in en de fr es it nl pt; this module adds
the same statements, one tuple entry per language, for Swedish, Danish, Norwegian, Finnish,
Polish, Czech/Slovak, Turkish, Russian/Ukrainian, Greek, Hungarian, Romanian, Japanese,
Chinese, Estonian, Latvian, Lithuanian, Slovak (beyond the words it shares with Czech),
Slovenian, Croatian/Bosnian/Montenegrin/Serbian (Latin and Cyrillic), Macedonian and
Bulgarian, plus statements that were missing in all languages (an office closed for holidays,
a reference number assigned to a request). The words are the ones mail programs and
autoresponder templates write, each a statement about the mail or the writer's absence, never a
single topic word: a person may write about "vacation" but rarely "I am on vacation until".

CJK patterns carry no \\b: every ideograph is a word character, so word boundaries never fall
between them.

In the Slavic and Baltic languages the verb of "I am away" is also a past tense's auxiliary
("bio sam na odmoru", "sam poslao upit kolegi koji je na odmoru", "olen saatnud"): their
statements exclude the participle before or after it and let only dates and adverbs of time
stand between the verb and its state (_WHEN_*). Each of those languages' entries is one
alternation: a mail is searched for every entry's words, and their number is what it costs.
"""

# Between a verb and the state it names a notice puts adverbs of time and dates ("sam od 1. do
# 15. 8. na godišnjem odmoru", "olen 3.-14. augustini puhkusel"), never a clause of its own: in
# the Slavic and Baltic languages the same verb is a past tense's auxiliary ("sam poslao upit
# kolegi koji je na odmoru" is about somebody else), so only the words listed per language, and
# dates, stand between.
_DATE = r"\d[\d./–-]*(?:\s[^\W\d_]{3,12}\.?)?"
_WHEN_ET = r"(?:\s+(?:" + _DATE + r"|praegu|hetkel|kuni|alates|ka|veel))*?\s+"
_WHEN_LV = r"(?:\s+(?:" + _DATE + r"|šobrīd|sobrid|pašlaik|paslaik|patlaban|līdz|lidz|no))*?\s+"
_WHEN_LT = r"(?:\s+(?:" + _DATE + r"|šiuo metu|siuo metu|dabar|iki|nuo))*?\s+"
_WHEN_SK = (
    r"(?:\s+(?:" + _DATE + r"|momentálne|momentalne|aktuálne|aktualne|teraz|ešte|este|od|do"
    r"|vrátane|vratane|až|az))*?\s+"
)
_WHEN_SL = r"(?:\s+(?:" + _DATE + r"|trenutno|žal|zal|še|od|do|vključno|vkljucno))*?\s+"
_WHEN_HR = (
    r"(?:\s+(?:" + _DATE + r"|trenutno|sada|sad|još|jos|od|do|zaključno|zakljucno|uključivo"
    r"|ukljucivo|nažalost|nazalost))*?\s+"
)
_WHEN_SR = r"(?:\s+(?:" + _DATE + r"|тренутно|сада|још|од|до|закључно|нажалост))*?\s+"
_WHEN_MK = r"(?:\s+(?:" + _DATE + r"|моментално|во моментов|сега|уште|од|до|заклучно|за жал))*?\s+"
# A character of the same sentence: a date's or an abbreviation's dot ("od 24. 12. do 2. 1.",
# "gruodžio 24 d.", "2026. g.", "14.05.2025 г. в 10:42 ч.") does not end it.
_IN_SENTENCE = r"(?:[^.\n]|(?<=\d)\.|(?<=\s[dgгч])\.)"
# Within a sentence, across an address's or a date's dots ("info@old.example", "zum 31.01.").
IN_CLAUSE = r"(?:[^.\n]|(?<=\d)\.|\.(?=\w))"
_WHEN_BG = (
    r"(?:\s+(?:" + _DATE + r"|в момента|понастоящем|временно|сега|от|до|включително"
    r"|за съжаление))*?\s+"
)

# First person, present or future: "I am away" (never "I was away").
AWAY = (
    r"\bjag är\s+(?:för närvarande\s+|just nu\s+|nu\s+)?(?:på semester|ledig\b|borta|frånvarande"
    r"|tjänstledig|föräldraledig|på (?:resa|tjänsteresa|konferens)|inte på kontoret|sjukskriven)",
    r"\bjeg er\s+(?:p\.?t\.?\s+|i øjeblikket\s+|for tiden\s+|for øyeblikket\s+|nå\s+|nu\s+)?"
    r"(?:på (?:ferie|barsel|kursus|reise|tjenestereise|forretningsrejse|ferie)|ikke på kontoret"
    r"|fraværende|borte\b|bortrejst|i (?:foreldre)?permisjon|på (?:foreldre|barsels)orlov"
    r"|sykmeldt|sygemeldt|ude af huset|ikke til stede)",
    # The holiday one has: "Jeg har ferie i romjulen", "jag har semester".
    r"\b(?:jeg|jag) har\s+(?:(?:nå|nu|for tiden|just nu)\s+)?(?:ferie|semester|juleferie"
    r"|sommerferie|påskeferie|vinterferie|julledigt|permisjon|orlov)\b",
    # Any kind of leave, a compound ("talvilomalla", "kesälomalla", "hiihtolomalla").
    r"\bolen\s+(?:tällä hetkellä\s+|parhaillaan\s+|nyt\s+)?(?:\w*lomalla|poissa|matkoilla"
    r"|työmatkalla|vanhempainvapaalla|sairauslomalla|vuosilomalla)",
    r"\b(?:jestem|będę|przebywam)\s+(?:obecnie\s+|aktualnie\s+|teraz\s+)?(?:na urlopie|poza biurem"
    r"|nieobecn[ya]|w podróży|na zwolnieniu|w delegacji|na L4)",
    r"\b(?:jsem|budu|som|budem)\s+(?:momentálně\s+|nyní\s+|v současné době\s+|momentálne\s+)?"
    r"(?:na dovolen[éeo]|mimo kancelář|mimo kancelárie|nepřítomn|neprítomn|na služební cestě"
    r"|na služobnej ceste|na mateřské|na rodičovské|v pracovní neschopnosti"
    r"|mimo (?:úřad|pracoviště)"
    r"|nedostupn)",
    r"(?:ofis dışındayım|izindeyim|tatildeyim|ofiste değilim|seyahatteyim|raporluyum"
    # Any leave by its name ("babalık iznindeyim", "yıllık iznindeyim"), or on leave today.
    r"|\w+ iznindeyim|izinliyim|ofis dışında olacağım|izinde olacağım|ofiste bulunmamaktayım)",
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
    r"|(?:休假|出差|外出)期间|我(?:目前)?不在(?:辦公室|公司)"
    # "本人休假，不能及时查看邮件" (I am on leave and cannot read mail in time)
    r"|本人(?:目前|正在)?(?:休假|出差|外出|请假|休年假)|(?:不能|无法|未能)及时(?:查看|查阅)邮件)",
    r"(?:(?:휴가|출장|외근|병가|육아 ?휴직|출산 ?휴가|연차|교육)\s?중(?:입니다|이며|이라"
    r"|이므로|이어서|으로|이오니)|부재\s?중(?:입니다|이며|이므로|이오니)|사무실에 (?:없습니다"
    r"|있지 않습니다)|자리를 비(?:웁니다|우게|운))",
    r"(?:أنا|انا|إنني|انني|سأكون|ساكون|سوف أكون)\s+(?:حاليا\S?\s+|الآن\s+)?(?:خارج المكتب"
    r"|في (?:إجازة|اجازة|عطلة|مهمة|رحلة)|غائب|بعيد(?:ة)? عن المكتب)",
    r"(?:אני|אהיה|הנני)\s+(?:כרגע\s+|נמצאת?\s+)?(?:מחוץ למשרד|בחופשה|בחופש|לא במשרד"
    r"|בחו\S{1,2}ל|בחופשת|במילואים|בנסיעת עבודה|לא זמינה?)",
    r"\b(?:βρίσκομαι|είμαι|θα είμαι|θα βρίσκομαι|θα λείπω|λείπω)\s+(?:προσωρινά\s+"
    r"|αυτή τη στιγμή\s+|αυτήν τη στιγμή\s+|τώρα\s+)?(?:εκτός (?:γραφείου|έδρας)|σε (?:άδεια"
    r"|διακοπές|ταξίδι|επαγγελματικό ταξίδι)|απών|απούσα)"
    # el: I am away for the holidays, on leave, until a day ("Λείπω για τις γιορτές").
    r"|\bλείπω\s+(?:για|λόγω|από|μέχρι|έως|ως)\b",
    r"\b(?:szabadságon|távol|irodán kívül|házon kívül|üzleti úton|betegszabadságon"
    r"|szülési szabadságon)\s+(?:vagyok|leszek|tartózkodom)",
    r"\b(?:sunt|voi fi|mă aflu|ma aflu)\s+(?:momentan\s+|în prezent\s+"
    r"|temporar\s+)?(?:în concediu|plecat[ăa]?|în afara biroului|absent[ăa]?|în deplasare"
    r"|în vacan[țţ]ă)",
    r"\b(?:я\s+)?(?:буду відсутн|перебуваю (?:у|в) відрядженні|перебуваю поза офісом"
    r"|поза офісом|у декретній відпустці|на лікарняному)",
    # Estonian, Latvian, Lithuanian: "olen puhkusel", "esmu atvaļinājumā", "esu atostogose", or
    # the state first ("atostogose būsiu iki"); never the perfect ("olen puhkusel olnud", "esmu
    # bijis", "esu buvęs"). Each language with and without its diacritics.
    r"(?:\b(?:olen|viibin)(?! olnud)" + _WHEN_ET + r"(?:puhkusel|komandeeringus|tööreisil"
    r"|tooreisil|haiguslehel|lapsehoolduspuhkusel|koolitusel|kontorist (?:eemal|väljas|valjas)"
    r"|eemal)\b(?! olnud)"
    r"|\b(?:puhkusel|komandeeringus|tööreisil|tooreisil|haiguslehel) (?:olen|viibin)\b(?! olnud)"
    r"|\bma ei (?:ole|viibi) (?:kontoris|tööl|tool)\b|\bpuhkan (?:kuni|alates|\d))",
    r"(?:\b(?:esmu|būšu|busu|atrodos|atradīšos|atradisos)(?! bij)" + _WHEN_LV + r"(?:atvaļinājumā"
    r"|atvalinajuma|komandējumā|komandejuma|prombūtnē|prombutne|ārpus (?:biroja|ofisa)"
    r"|arpus (?:biroja|ofisa)|slimības lapā|slimibas lapa)\b"
    r"|\b(?:atvaļinājumā|atvalinajuma|komandējumā|komandejuma|prombūtnē|prombutne)"
    r" (?:esmu|būšu|busu)\b(?! bij)|\besmu prom\b"
    r"|\b(?:neesmu|nebūšu|nebusu) (?:birojā|biroja|darbā|darba)\b)",
    r"(?:\b(?:esu|būsiu|busiu)(?! buv)" + _WHEN_LT + r"(?:(?:vaiko priežiūros |vaiko prieziuros "
    r"|motinystės |motinystes |tėvystės |tevystes |nedarbingumo )?atostogose|išvykęs|išvykusi"
    r"|isvykes|isvykusi|komandiruotėje|komandiruoteje|ne biure|ne darbe)\b"
    r"|\b(?:atostogose|komandiruotėje|komandiruoteje) (?:esu|būsiu|busiu)\b(?! buv)"
    r"|\bnesu (?:biure|darbe|ofise)\b|\b(?:nebūsiu|nebusiu) (?:biure|darbe|ofise)\b"
    r"|\b(?:manęs nėra|manes nera) (?:biure|darbe|ofise)\b|\b(?:atostogauju|atostogausiu)\b)",
    # Slovak beyond the Czech entry's shared words: "som na dovolenke", never the past ("bol som
    # na dovolenke", "som bola na dovolenke").
    r"(?:(?<!bol )(?<!bola )(?<!boli )\b(?:som|budem|nachádzam sa|nachadzam sa|sa nachádzam"
    r"|sa nachadzam)(?!\s+bol)" + _WHEN_SK + r"(?:na (?:dovolenke|materskej|rodičovskej"
    r"|rodicovskej|služobnej ceste|sluzobnej ceste|péenke|školení|skoleni)|mimo (?:kancelárie"
    r"|kancelarie|úradu|uradu|pracoviska|firmy)|neprítomn\w*|nepritomn\w*|práceneschopn\w*"
    r"|praceneschopn\w*|nedostupn\w*)"
    r"|\b(?:nie som|nebudem) (?:v kancelárii|v kancelarii|v práci|v praci|na pracovisku"
    r"|k dispozícii|k dispozicii)\b)",
    # Slovenian: "sem na dopustu", "bom odsotna", never the past ("bila sem na dopustu").
    r"(?:(?<!bil )(?<!bila )(?<!bili )(?<!bile )\b(?:sem|bom)(?!\s+bil)" + _WHEN_SL + r"(?:na "
    r"(?:dopustu|letnem dopustu|službeni poti|sluzbeni poti|službenem potovanju|sluzbenem"
    r" potovanju|bolniški|bolniski|bolniškem|bolniskem|porodniškem|porodniskem|starševskem"
    r"|starsevskem|izobraževanju|izobrazevanju)|odsot(?:en|na)|izven (?:pisarne|urada)"
    r"|zunaj pisarne|nedosegljiv\w*)\b"
    r"|\b(?:na dopustu|odsot(?:en|na)|izven pisarne) (?:sem|bom)\b(?!\s+bil)"
    r"|\b(?:nisem|ne bom) (?:v pisarni|na delovnem mestu|dosegljiv\w*)\b)",
    # Croatian, Bosnian, Montenegrin, Serbian in Latin: "sam na godišnjem odmoru", "bit ću
    # odsutna", "odsutan sam do", never the past ("bio sam", "sam bila na odmoru").
    r"(?:(?<!bio )(?<!bila )(?<!bili )(?<!bile )(?<!bilo )\b(?:sam|bit [ćc]u|[ćc]u biti|bi[ćc]u"
    r"|nalazim se)(?!\s+bi[lo])" + _WHEN_HR + r"(?:na (?:godi[šs]njem odmoru|odmoru|bolovanju"
    r"|slu[žz]benom putu|poslovnom putu|(?:porodiljnom|porodiljskom|rodiljnom|roditeljskom)"
    r" (?:dopustu|odsustvu)|edukaciji|seminaru)|odsut(?:an|na)|izvan (?:ureda|kancelarije)"
    r"|van (?:ureda|kancelarije)|nedostup(?:an|na))\b"
    r"|\b(?:na godi[šs]njem odmoru|na odmoru|na bolovanju|odsut(?:an|na)|izvan (?:ureda"
    r"|kancelarije)|van (?:ureda|kancelarije)|na slu[žz]benom putu) (?:sam|[ćc]u biti)\b"
    r"(?!\s+bi[lo])"
    r"|\bna (?:godišnjem|godisnjem|službenom|sluzbenom|poslovnom) sam (?:odmoru|putu)\b"
    r"|\b(?:nisam|ne[ćc]u biti) (?:u uredu|u kancelariji|na poslu|dostup(?:an|na))\b)",
    # Serbian in Cyrillic, Macedonian, Bulgarian.
    r"(?:(?<!био )(?<!била )(?<!били )(?<!биле )\b(?:сам|бићу|ћу бити|налазим се)(?!\s+би[ло])"
    + _WHEN_SR
    + r"(?:на (?:годишњем одмору|одмору|боловању|службеном путу|пословном путу"
    r"|породиљском (?:одсуству|боловању))|одсут(?:ан|на)|(?:из)?ван канцеларије"
    r"|недоступ(?:ан|на))\b"
    r"|\b(?:на годишњем одмору|на одмору|на боловању|одсут(?:ан|на)|(?:из)?ван канцеларије"
    r"|на службеном путу) (?:сам|ћу бити)\b(?!\s+би[ло])"
    r"|\bна (?:годишњем|службеном|пословном) сам (?:одмору|путу)\b"
    r"|\b(?:нисам|нећу бити) (?:у канцеларији|на послу|доступ(?:ан|на))\b)",
    r"(?:(?<!бил )(?<!била )(?<!биле )\b(?:сум|ќе бидам|ќе сум)(?!\s+бил)" + _WHEN_MK + r"(?:на "
    r"(?:годишен одмор|одмор|боледување|службен пат|деловен пат|породилно отсуство"
    r"|мајчинско)|отсут(?:ен|на)|надвор од (?:канцеларија|канцеларијата|фирмата)"
    r"|недостап(?:ен|на))\b"
    r"|\b(?:на годишен одмор|на одмор|на боледување|отсут(?:ен|на)|надвор од канцеларија(?:та)?"
    r"|на службен пат) (?:сум|ќе бидам)\b(?!\s+бил)"
    r"|\b(?:не сум|нема да бидам) во (?:канцеларија|канцеларијата|фирмата)\b"
    r"|\b(?:ќе )?отсуствувам\b)",
    r"(?:(?<!бил )(?<!била )(?<!били )\b(?:съм|ще бъда|ще съм|намирам се|ще се намирам)(?!\s+бил)"
    + _WHEN_BG
    + r"(?:в (?:отпуск|платен отпуск|годишен отпуск|командировка|болничен|болнични"
    r"|майчинство)|извън (?:офиса|града|страната)|на (?:почивка|командировка|обучение"
    r"|конференция)|недостъп(?:ен|на))\b"
    r"|\b(?:в отпуск|в платен отпуск|в годишен отпуск|в командировка|в болничен|извън офиса"
    r"|на почивка) (?:съм|ще бъда)\b(?!\s+бил)"
    r"|\b(?:ще )?отсъствам\b|\b(?:не съм|няма да бъда|няма да съм) в офиса\b)",
    # vi: "Hiện em đang đi công tác ở Đà Nẵng", "tôi đang nghỉ phép" (the subject pronoun, then
    # now, then the state).
    r"\b(?:em|tôi|mình|anh|chị)\s+(?:hiện\s+|hiện tại\s+|đang\s+|sẽ\s+)*(?:đi công tác|nghỉ phép"
    r"|đi vắng|vắng mặt|nghỉ lễ|nghỉ tết|nghỉ thai sản|không có mặt (?:tại|ở) văn phòng)",
)
# When the writer is back, what happens meanwhile, whom to ask instead.
BACK = (
    r"\b(?:är|kommer att vara|blir) tillbaka|\båter (?:den|på kontoret|i tjänst)"
    r"|(?:brådskande|akuta) ärenden|\bvid brådskande|begränsad tillgång till (?:e-?post|mejl)"
    r"|(?:kommer|blir) inte (?:att )?vidarebefordra",
    r"\btilbage (?:den|igen|på kontoret|d\.|mandag|tirsdag|onsdag|torsdag|fredag)"
    r"|\btilbake (?:den|igjen|på kontoret|mandag|tirsdag|onsdag|torsdag|fredag)"
    r"|hastesager|i hastende tilfælde|\bhaster det|i hastesaker|ved hastesaker"
    # Mail not read meanwhile: "E-post blir ikke lest i denne perioden", "bliver ikke læst",
    # "läses inte".
    r"|\b(?:e-?post(?:en)?|e-?mails?|mail(?:s|en)?|meldinger|beskeder|mejl)\b[^.\n]{0,30}"
    r"\b(?:blir ikke lest|vil ikke bli lest|bliver ikke læst|vil ikke blive læst|læses ikke"
    r"|leses ikke|läses inte|kommer inte att läsas)"
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
    r"|з термінових питань"
    # "I plan to return", "I do not check this mailbox", "please turn to my colleague".
    r"|\bпланую повернутися|\bне перевіряю (?:цю )?(?:скриньку|пошту)|\bзвертайтеся\b[^.\n]{0,60}"
    r"\bдо (?:моєї|мого) (?:колег|заступни)|\bпланирую вернуться|\bне проверяю (?:этот )?(?:ящик"
    r"|почту)|\bобращайтесь\b[^.\n]{0,60}\bк (?:моей|моему) (?:коллег|заместител)",
    r"\bθα επιστρέψω|για επείγοντα",
    # I will not answer mail until a time (bg uk sr hr sl el et lv lt id ms; en below), in the
    # first person. ("Please write to my colleague" a person says too, announcing her own
    # absence.)
    r"\bняма да отговарям на (?:писма|имейли|съобщения|e-?mail)|\bне (?:відповідатиму|буду"
    r" відповідати) на (?:листи|пошту|повідомлення)|\b(?:neću|necu) (?:odgovarati|čitati|citati)"
    r" (?:na )?(?:poruke|e-?mail\w*|mail\w*|poštu|postu)|\bне(?:ћу| ћу) (?:одговарати|читати)"
    r" (?:на )?(?:поруке|пошту|мејл\w*)|\bne bom (?:odgovarjal|odgovarjala|bral|brala|pregledoval"
    r"|pregledovala) (?:na )?(?:sporočil|sporocil|e-?pošt|e-?post)|\bδεν θα (?:απαντώ|απαντήσω"
    r"|διαβάζω) (?:σε |τα )?(?:μηνύματα|email|e-?mail)|\bei vasta (?:kirjadele|e-?kirjadele"
    r"|sõnumitele)|\b(?:neatbildēšu|neatbildesu) uz (?:vēstulēm|vestulem|e-?pasta)"
    r"|\b(?:neatsakinėsiu|neatsakinesiu|neatsakysiu) į (?:laiškus|laiskus|el\. laiškus)"
    r"|\btidak (?:dapat|bisa|akan) membalas (?:e-?mel|e-?mail|pesan)",
    r"\bvisszatérésem|\bsürgős (?:ügyekben|esetben)",
    r"\bmă întorc|\bîn caz de urgență|\bpentru urgențe",
    # "I'll answer after my return", "no regular access to e-mail", with or without diacritics.
    r"\b(?:după|dupa|la) (?:întoarcere|intoarcere|revenire)(?:a mea)?\b"
    r"|\b(?:nu am|fără|fara) acces (?:regulat |constant |permanent )?la (?:e-?mail|poșt|post)",
    r"(?:(?:日|月)(?:より|から)(?:出社|復帰|通常|順次)|戻り(?:ます|次第)|帰社(?:後|次第)"
    r"|(?:お急ぎ|緊急)の(?:ご用件|場合|方)|(?:ご)?返信(?:が|は)遅れ|順次(?:対応|ご返信|回答|ご連絡))",
    r"(?:回来后|返回后|回复(?:会|将)?(?:有所)?延迟|如有(?:紧急|急事)|紧急(?:事务|事宜|情况)"
    r"|将(?:在|于).{0,12}(?:回复|处理)|回來後|如有急事)",
    # Mail is not read meanwhile, and who stands in: "and do not read my e-mail", "in my
    # absence please contact", in every language (a template's words, not a passing remark).
    r"\bi (?:am|will) not be (?:reading|checking|monitoring|able to (?:read|check|respond to))"
    r" (?:my )?e-?mails?"
    r"|\bi (?:won't|will not|cannot|can't) (?:read|check|access) (?:my )?e-?mails?"
    r"|\b(?:i|and|so) (?:won't|will not) be (?:reading|checking|looking at) (?:my )?e-?mails?"
    r"|\b(?:i|and|so) (?:will not|won't|shall not) (?:be )?(?:answer|repl|respond)\w*(?: to)?"
    r" (?:any )?(?:e-?mails?|messages|mail|letters)\b[^.\n]{0,20}\b(?:until|till|before"
    r"|during)\b"
    r"|\b(?:in|during) my absence,? (?:please )?(?:contact|write|e-?mail|reach|call)",
    r"\blese (?:ich )?(?:meine )?e-?mails? nicht|\bkeinen zugriff auf (?:meine )?e-?mails?"
    # the object first: "Mails lese ich in dieser Zeit nicht"
    r"|\b(?:e-?)?mails lese ich (?:in dieser zeit |in der zeit |währenddessen |dann )?nicht"
    r"|\bich lese (?:in dieser zeit |in der zeit |währenddessen )?keine (?:e-?)?mails"
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
    # "enkä" is "and not" ("Olen talvilomalla enkä lue sähköpostia"); the answer after it.
    r"\b(?:en|enkä|emme|emmekä) lue sähköpost|\bpoissaoloni aikana"
    r"|\bvastaan (?:viestiisi|sähköpostiisi|viestiinne|sähköpostiinne) (?:lomani jälkeen"
    r"|palattuani|paluuni jälkeen)",
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
    # Estonian, Latvian, Lithuanian, Slovak, Slovenian, Croatian/Bosnian/Montenegrin/Serbian
    # (Latin and Cyrillic), Macedonian, Bulgarian: back on, urgent matters, in my absence, no
    # access to mail, mail not forwarded or handled later.
    r"(?:\b(?:olen|oleme) (?:tagasi|taas (?:kontoris|tööl|tool))\b|\bnaasen\b"
    r"|\btagasi (?:tööl|tool|kontoris) (?:alates|\d)|\bkiireloomuliste (?:küsimuste|kusimuste"
    r"|asjade|juhtumite)|\bkiireloomulistes (?:küsimustes|kusimustes|asjades)"
    r"|\bkiiretel juhtudel|\bkiirete (?:küsimuste|kusimuste|asjade)ga\b|\b(?:minu )?(?:eemaloleku"
    r"|äraoleku|araoleku) ajal|\bminu puhkuse ajal|\bvastan (?:kirjadele |e-kirjadele )?"
    r"(?:pärast|parast|peale|naastes)|\bpiiratud (?:ligipääs|ligipaas|juurdepääs|juurdepaas)"
    r" (?:e-?postile|meilidele|e-?kirjadele)|\b(?:kirju|e-kirju) ei (?:edastata|loeta)"
    r"|\bei (?:loe|jälgi|jalgi) (?:oma )?(?:e-kirju|e-posti|meile)"
    r"|\b(?:kirjadele|e-kirjadele|pöördumistele|poordumistele) vastatakse)",
    r"(?:\b(?:atgriezīšos|atgriezisos)\b|\b(?:būšu|busu) (?:atpakaļ|atpakal)\b|\bsteidzamos"
    r" (?:gadījumos|gadijumos|jautājumos|jautajumos)|\b(?:steidzamā|steidzama) (?:gadījumā"
    r"|gadijuma|lietā|lieta)|\b(?:steidzamības gadījumā|steidzamibas gadijuma)"
    r"|\b(?:manas )?(?:prombūtnes laikā|prombutnes laika)|\b(?:pēc|pec) (?:manas )?"
    r"(?:atgriešanās|atgriesanas)|\b(?:ierobežota|ierobezota) (?:piekļuve|piekluve)"
    r" (?:e-?pastam|pie e-?pasta)|\bnetiks (?:pārsūtīt|parsutit)|\b(?:vēstules|vestules"
    r"|e-pasti|ziņojumi|zinojumi|pieprasījumi|pieprasijumi)\b[^.\n]{0,40}\btiks (?:apstrādāt"
    r"|apstradat|izskatīt|izskatit))",
    r"(?:\b(?:grįšiu|grisiu)\b|\bskubiais (?:klausimais|atvejais|reikalais)|\bskubiu atveju"
    r"|\b(?:mano )?nebuvimo (?:darbe |biure )?(?:metu|laikotarpiu)|\bnebus (?:persiųst"
    r"|persiust)|\batsakysiu (?:grįžęs|grįžusi|grizes|grizusi|po)\b|\bribota prieiga prie"
    r" (?:el\. pašto|el\. pasto|elektroninio pašto|elektroninio pasto|pašto|pasto)"
    r"|\b(?:negalėsiu|negalesiu) (?:skaityti|atsakyti|tikrinti)|\b(?:laiškai|laiskai|užklausos"
    r"|uzklausos|pranešimai|pranesimai)\b[^.\n]{0,40}\bbus (?:apdorot|peržiūrėt|perziuret"
    r"|atsakyt))",
    r"(?:\bbudem (?:späť|spat|opäť k dispozícii|opat k dispozicii|opäť v kancelárii"
    r"|opat v kancelarii)|\b(?:späť|spat) v (?:kancelárii|kancelarii|práci|praci) od\b"
    r"|\bspäť od\b"
    r"|\bpo (?:mojom )?(?:návrate|navrate)|\bvratim sa\b|\bv (?:súrnych|surnych|urgentných"
    r"|urgentnych|naliehavých|naliehavych) (?:prípadoch|pripadoch|záležitostiach"
    r"|zalezitostiach|veciach)|\b(?:obmedzený|obmedzeny) (?:prístup|pristup) k (?:e-?mailu"
    r"|pošte|poste)|\bnebud(?:e|ú|u) preposlan|\b(?:nemám|nemam) (?:prístup|pristup)"
    r" k (?:e-?mailu|pošte|poste|e-?mailovej)|\b(?:nečítam|necitam) (?:e-?maily|poštu|postu)"
    r"|\bpočas (?:mojej )?neprítomnosti|\bpocas (?:mojej )?nepritomnosti|\b(?:správy|spravy"
    r"|e-?maily|požiadavky|poziadavky)\b[^.\n]{0,40}\bbud(?:ú|u) (?:spracovan|vybaven))",
    r"(?:\bvrnem se (?:v pisarno|na delo|\d|čez|cez|po|v (?:ponedeljek|torek|sredo|četrtek"
    r"|cetrtek|petek))|\bvrnil(?:a)? se bom\b|\bnazaj bom\b|\bbom (?:spet |ponovno )?(?:nazaj"
    r"|v pisarni|dosegljiv\w*)|\bv nujnih (?:primerih|zadevah)|\bza nujne (?:zadeve|primere"
    r"|zahteve|zahtevke)|\b(?:v času|v casu|med) (?:moje |mojo )?odsotnost\w*|\bpo (?:moji )?"
    r"vrnitvi|\bomejen (?:dostop|dostopom) do (?:e-?pošte|e-?poste|elektronske pošte"
    r"|elektronske poste|pošte|poste|e-?maila)|\bne (?:bo|bodo) posredovan|\b(?:sporočila"
    r"|sporocila|e-?pošta|e-?posta|zahteve|e-?maili)\b[^.\n]{0,40}\bbodo (?:obdelan|pregledan"
    r"|obravnavan))",
    r"(?:\b(?:vraćam|vracam) se (?:u (?:ured|kancelariju)|na posao|sa? godi[šs]njeg|\d"
    r"|u (?:ponedjeljak|ponedeljak|utorak|srijedu|sredu|[čc]etvrtak|petak))"
    r"|\b(?:vratit [ćc]u se|vrati[ćc]u se"
    r"|[ćc]u se vratiti) (?:u (?:ured|kancelariju)|na posao|\d|nakon|poslije|posle"
    r"|u (?:ponedjeljak|ponedeljak|utorak|srijedu|sredu|[čc]etvrtak|petak))"
    r"|\b(?:ponovno|ponovo|opet) (?:sam|[ćc]u biti) (?:dostup(?:an|na)|u uredu|u kancelariji"
    r"|na raspolaganju)|\bu hitnim (?:slu[čc]ajevima|situacijama|stvarima|pitanjima)"
    r"|\bza hitn(?:e|a|ih) (?:slu[čc]ajeve|slu[čc]ajeva|stvari|upite|upita|pitanja|predmete"
    r"|zahtjeve|zahteve)|\b(?:tijekom|tokom|za vrijeme|za vreme|u vrijeme|u vreme)"
    r" (?:moje |mog |mojeg )?(?:odsutnosti|odsustva)|\bpo (?:mom |mojem )?povratku"
    r"|\bnakon (?:mog |mojeg )?povratka|\bograni[čc]en(?:im)? pristup(?:om)? (?:do |na )?"
    r"(?:e-?po[šs]t|e-?mail|mail|elektroni[čc]k)|\bnemam pristup (?:e-?po[šs]ti|e-?mailu|mailu"
    r"|po[šs]ti)|\bne[ćc]e biti (?:proslije[đd]en|proslijedjen|prosle[đd]en|prosledjen"
    r"|preusmjeren|preusmeren)|\b(?:poruke|e-?mailovi|e-?poruke|upiti|zahtjevi|zahtevi"
    r"|mailovi)\b[^.\n]{0,40}\b(?:bit [ćc]e|[ćc]e biti|bi[ćc]e) (?:obra[đd]en|obradjen"
    r"|pregledan|razmotren))",
    r"(?:\bвраћам се (?:у канцеларију|на посао|са годишњег|\d|у (?:понедељак|уторак|среду"
    r"|четвртак|петак))|\b(?:вратићу се|ћу се вратити) (?:у канцеларију|на посао|\d|након|после"
    r"|у (?:понедељак|уторак|среду|четвртак|петак))|\b(?:поново|опет) (?:сам|ћу бити)"
    r" (?:доступ(?:ан|на)|у канцеларији|на располагању)|\bу хитним (?:случајевима|ситуацијама)"
    r"|\bза хитн(?:е|а|их) (?:случајеве|ствари|упите|питања|захтеве)|\b(?:током|за време|у време)"
    r" (?:мог |мојег )?(?:одсуства|одсутности)|\bпо (?:мом )?повратку|\bнакон (?:мог )?повратка"
    r"|\bограничен(?:им)? приступ(?:ом)? (?:до |на )?(?:е-?пошт|имејл|мејл|пошт)"
    r"|\bнемам приступ (?:е-?пошти|имејлу|мејлу|пошти)|\bнеће бити (?:прослеђен|преусмерен)"
    r"|\b(?:поруке|имејлови|мејлови|упити|захтеви)\b[^.\n]{0,40}\b(?:ће бити|биће)"
    r" (?:обрађен|прегледан|размотрен))",
    r"(?:\b(?:ќе се вратам|се враќам) (?:во канцеларија|на работа|на \d|\d|во (?:понеделник|вторник"
    r"|среда|четврток|петок))|\bво итни случаи|\bза итни (?:прашања|работи|случаи|барања)"
    r"|\b(?:за време на|во текот на) (?:моето )?отсуство|\bво мое отсуство|\bпо (?:моето )?"
    r"враќање|\bограничен пристап до (?:е-?пошта|имејл|е-?маил|пошта)|\bнемам пристап до"
    r" (?:е-?пошта|имејл|е-?маил|пошта)|\bнема да (?:биде|бидат) препратен|\b(?:пораките"
    r"|е-?пораките|барањата)\b[^.\n]{0,40}\bќе (?:биде|бидат) (?:обработен|разгледан))",
    r"(?:\b(?:ще се върна|връщам се) (?:на \d|\d|в офиса|на работа|в (?:понеделник|вторник|сряда"
    r"|четвъртък|петък))|\bще бъда (?:отново (?:в офиса|на разположение)|в офиса (?:от|на"
    r"|след))|\b(?:при|за|по) спешни (?:случаи|въпроси|казуси)|\bпри спешност\b|\bв спешни"
    r" случаи|\b(?:по време на|през) (?:моето )?отсъствие|\bв мое отсъствие|\bслед (?:моето )?"
    r"завръщане|\bслед като се върна\b|\bограничен достъп до (?:имейл|електронн|поща|e-?mail)"
    r"|\bнямам достъп до (?:имейл|електронн|поща|e-?mail)|\bняма да (?:бъде|бъдат) препрат"
    r"|\b(?:съобщенията|имейлите|писмата|запитванията)\b[^.\n]{0,40}\bще (?:бъде|бъдат)"
    r" (?:обработен|разгледан|прегледан)|\bще отговоря (?:след|на \d|при))",
    # vi: a slow reply meanwhile, what to do if urgent, after my return.
    r"\b(?:trả lời|phản hồi) (?:email |mail )?chậm|\b(?:việc|trường hợp) (?:gấp|khẩn)"
    r"|\b(?:khi|sau khi) (?:em|tôi|mình) (?:quay lại|trở lại|trở về|đi làm lại)",
    # nl: your mail I read when I am back ("Je mail lees ik als ik terug ben")
    r"\b(?:je|uw) (?:mail|e-?mail|bericht) lees ik (?:pas )?(?:als|wanneer|na|zodra) (?:ik )?"
    r"(?:terug|weer)",
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
    r"\b(?:kantoor|kantoren|bedrijf|winkel|showroom|wij zijn|we zijn)\b[^.\n]{0,30}\b(?:is|zijn"
    r"|blijft|blijven)?"
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
    # Estonian, Latvian, Lithuanian, Slovak, Slovenian, Croatian/Bosnian/Montenegrin/Serbian
    # (Latin and Cyrillic), Macedonian, Bulgarian: the office, firm or shop is (will be) closed,
    # dates between ("naš ured bit će od 24. 12. do 2. 1. zatvoren"); a company-wide holiday;
    # "we do not work from ... to".
    r"(?:\b(?:kontor|büroo|buroo|kauplus|pood|ettevõte|ettevote|klienditeenindus|kantselei"
    r"|sekretariaat|esindus)\b" + _IN_SENTENCE + r"{0,60}\bon\b" + _IN_SENTENCE + r"{0,40}"
    r"\bsuletud\b|\boleme\b" + _IN_SENTENCE + r"{0,40}\bsuletud\b)",
    r"(?:\b(?:birojs|uzņēmums|uznemums|veikals|kanceleja|sekretariāts|sekretariats|filiāle"
    r"|filiale|klientu centrs)\b"
    + _IN_SENTENCE
    + r"{0,60}\b(?:ir|būs|bus)\b"
    + _IN_SENTENCE
    + r"{0,40}\b(?:slēgts|slegts|slēgta|slegta)\b|\b(?:esam|būsim|busim)\b"
    + _IN_SENTENCE
    + r"{0,20}\b(?:slēgti|slegti)\b)",
    r"(?:\b(?:biuras|įmonė|imone|parduotuvė|parduotuve|ofisas|sekretoriatas|skyrius|filialas)\b"
    + _IN_SENTENCE
    + r"{0,60}\b(?:uždaryt|uzdaryt|nedirbs)\w*|\bnedirbsime\b)",
    r"(?:\b(?:kancelária|kancelaria|firma|spoločnosť|spolocnost|predajňa|predajna|prevádzka"
    r"|prevadzka|úrad|urad|sekretariát|sekretariat|obchod)\b" + _IN_SENTENCE + r"{0,40}"
    r"\b(?:je|bude|zostáva|zostava|ostane)\b" + _IN_SENTENCE + r"{0,30}\bzatvoren\w*"
    r"|\b(?:celozávodn|celozavodn)\w* dovolenk)",
    r"(?:\b(?:pisarna|podjetje|trgovina|poslovalnica|urad|tajništvo|tajnistvo|servis|referat)\b"
    + _IN_SENTENCE
    + r"{0,40}\b(?:je|bo|bodo|ostane)\b"
    + _IN_SENTENCE
    + r"{0,30}\bzaprt\w*|\bkolektivn(?:i|ega|em) dopust)",
    r"(?:\b(?:ured|uredi|tvrtka|firma|poduze[ćc]e|preduze[ćc]e|kancelarija|poslovnica|trgovina"
    r"|prodavnica|tajni[šs]tvo|referada|slu[žz]ba)\b" + _IN_SENTENCE + r"{0,40}\b(?:je|su"
    r"|[ćc]e biti|bit [ćc]e|bi[ćc]e|ostaje)\b" + _IN_SENTENCE + r"{0,30}\bzatvoren\w*"
    r"|\bkolektivn(?:i|og|om) godi[šs]nj\w* odmor|\bne radimo (?:od|do|zbog|u periodu|tijekom"
    r"|tokom|\d))",
    r"(?:\b(?:канцеларија|фирма|предузеће|продавница|служба|секретаријат)\b"
    + _IN_SENTENCE
    + r"{0,40}\b(?:је|ће бити|биће|остаје|су)\b"
    + _IN_SENTENCE
    + r"{0,30}\bзатворен\w*|\bколективн(?:и|ог) годишњ\w* одмор|\bне радимо (?:од|до|због"
    r"|у периоду|током|\d))",
    r"(?:\b(?:канцеларијата|фирмата|компанијата|продавницата|службата|канцелариите)\b"
    + _IN_SENTENCE
    + r"{0,40}\b(?:е|ќе биде|ќе бидат|останува|се)\b"
    + _IN_SENTENCE
    + r"{0,30}\bзатворен\w*|\bколективен годишен одмор|\bне работиме (?:од|до|поради"
    r"|за време|\d))",
    r"(?:\b(?:офисът|офиса|фирмата|компанията|магазинът|кантората|агенцията|представителството)\b"
    + _IN_SENTENCE
    + r"{0,40}\b(?:е|ще бъде|остава)\b"
    + _IN_SENTENCE
    + r"{0,30}\bзатворен\w*|\b(?:офисът|фирмата|компанията|магазинът|кантората)\b"
    + _IN_SENTENCE
    + r"{0,30}\bняма да работи\b|\bколективен (?:платен )?отпуск|\bне работим (?:от|до"
    r"|поради|по време|\d))",
)
# Only a program says these: nobody reads this mailbox, do not reply.
UNREAD = (
    r"\b(?:brevlådan|adressen|inkorgen) (?:bevakas|läses) inte|\bsvara inte på (?:detta|det här)"
    r" (?:meddelande|mejl|e-?post)"
    # The same in a subordinate clause, where the negation comes first ("Observera att adressen
    # info@x.se inte längre bevakas"; da "at adressen ikke længere overvåges").
    r"|\b(?:brevlådan|adressen|inkorgen|e-?postadressen|e-?postlådan)(?: \S+@\S+)? inte"
    r" (?:längre )?(?:bevakas|läses)\b",
    r"\b(?:postkassen|adressen|mailboksen|innboksen) (?:overvåges|læses|overvåkes|leses) ikke"
    r"|\b(?:postkassen|adressen|mailboksen|innboksen|e-?mailadressen|e-?postadressen)"
    r"(?: \S+@\S+)? ikke (?:længere |lenger )?(?:overvåges|læses|overvåkes|leses)\b"
    # This mailbox, its address in brackets, is no longer read ("Denne postkasse (x@y.dk)
    # bliver ikke længere læst", nb "blir ikke lenger lest", sv "läses inte längre").
    r"|\b(?:denne|dette|denna|den här) (?:postkassen?|mailboksen?|innboksen?|e-?mailadressen?"
    r"|e-?postadressen?|adressen?|brevlådan?|e-?postlådan?|adress|inkorgen?) \([^)\n]{0,80}\)"
    r" (?:(?:bliver|blir|vil) ikke(?: blive)?(?: længere| lenger)? (?:læst|lest|overvåget"
    r"|overvåket|brugt|brukt)|(?:läses|bevakas|används) inte(?: längre)?)"
    r"|\bbesvar ikke denne|\bsvar venligst ikke|\bikke svar på denne|\bvennligst ikke svar",
    r"\bälä vastaa tähän|\btätä (?:osoitetta|postilaatikkoa) ei (?:seurata|lueta)"
    r"|\btähän (?:viestiin|sähköpostiin|ilmoitukseen) ei (?:voi|pysty) (?:vastata|vastaamaan)"
    r"|\b(?:sähköpostiosoite|osoite|postilaatikko)\b[^.\n]{0,80}\b(?:ei|eikä|eika) (?:sitä |sita )?"
    r"(?:seurata|lueta|valvota)\b|\bviestiäsi ei (?:käsitellä|lueta)",
    r"\b(?:skrzynka|adres)[^.\n]{0,30} nie jest (?:już |juz )?(?:monitorowan|obsługiwan|czytan"
    r"|sprawdzan)"
    # "messages sent to this address are not read"
    r"|\bwiadomości\b[^.\n]{0,40} nie (?:są|będą) (?:już )?(?:czytane|odczytywane|sprawdzane)"
    r"|\bnie odpowiadaj na (?:tę|tą|tego|nią|niego)|\bprosimy (?:na (?:nią|niego|tę wiadomość) )?"
    r"nie odpowiadać|\bprosimy o nieodpowiadanie",
    r"\b(?:schránka|adresa)[^.\n]{0,30} (?:není|nejsou|nie je) (?:nadále |již |už )?(?:monitorován"
    r"|sledován|čten)"
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
    r"|נקראת)"
    # "תיבת הדואר הזו אינה נקראת יותר": the mailbox named in construct state
    r"|תיבת (?:ה)?(?:דואר|מייל|דוא\S?ל)(?: הזו| הזאת)? (?:אינה|לא) (?:מנוטרת|נקראת|נבדקת))",
    r"\b(?:παρακαλούμε|παρακαλώ) (?:να )?μην (?:απαντήσετε|απαντάτε)"
    r"|\bη διεύθυνση (?:αυτή )?δεν (?:παρακολουθείται|ελέγχεται)",
    r"\bkérjük,? ne válaszoljon|\berre (?:az )?(?:e-?mailre|üzenetre) ne válaszoljon"
    r"|\bez a (?:postafiók|cím) nem (?:figyelt|olvasott|felügyelt)"
    # "Ezt a postafiókot 2024. december 31. óta nem figyeljük, ... senki nem olvassa".
    r"|\bezt a (?:postafiókot|címet)\b" + _IN_SENTENCE + r"{0,60}\bnem (?:figyeljük|olvassuk"
    r"|figyelik|olvassák)|\bleveleket senki (?:sem |nem )olvassa",
    r"\bvă rugăm (?:să )?nu răspunde[țţ]i|\bnu răspunde[țţ]i la (?:acest|acesta)"
    r"|\baceastă adresă nu este monitorizată",
    r"\bпрохання не відповідати|\b(?:скринька|адреса)[^.\n]{0,40} не (?:перевіряється"
    r"|відстежується|переглядається)",
    # Estonian, Latvian, Lithuanian, Slovak, Slovenian, Croatian/Bosnian/Montenegrin/Serbian
    # (Latin and Cyrillic), Macedonian, Bulgarian: do not reply to this message, this mailbox
    # is not monitored (what the address serves may stand between), your message will not be
    # read.
    r"(?:\b(?:ärge|arge) vastake (?:sellele|antud|käesolevale|kaesolevale)|\bpalume (?:sellele"
    r" (?:kirjale|e-kirjale) )?mitte vastata|\b(?:sellele|antud) (?:kirjale|e-kirjale|sõnumile"
    r"|sonumile|teatele) (?:ei saa vastata|ei ole võimalik vastata|ei ole voimalik vastata"
    r"|ei pea vastama|ei ole vaja vastata)|\b(?:seda postkasti|seda aadressi) ei (?:jälgita"
    r"|jalgita|loeta)|\b(?:postkast|aadress)\b[^.\n]{0,80}\bei ole (?:jälgitav|jalgitav"
    r"|jälgitud|jalgitud))",
    r"(?:\bneatbildiet uz (?:šo|so|šī|si)\b|\b(?:lūdzam|ludzam|lūdzu|ludzu),? (?:neatbildiet"
    r"|neatbildēt|neatbildet)\b|\buz (?:šo|so) (?:vēstuli|vestuli|e-?pastu|ziņojumu|zinojumu)"
    r" nav (?:jāatbild|jaatbild)|\b(?:adrese|pastkastīte|pastkastite|pastkaste)\b[^.\n]{0,80}"
    r"\bnetiek (?:uzraudzīt|uzraudzit|pārbaudīt|parbaudit|lasīt|lasit))",
    r"(?:\b(?:prašome|prasome|prašau|prasau),? neatsakyti"
    r"|\bneatsakykite (?:į|i) (?:šį|si|šią|sia)\b|\b(?:į|i) (?:šį|si) (?:laišką|laiska|pranešimą"
    r"|pranesima) (?:atsakyti )?(?:nereikia|negalima)|\b(?:adresas|dėžutė|dezute)\b[^.\n]{0,80}"
    r"\b(?:nėra|nera) (?:stebim|tikrinam|skaitom))",
    r"(?:\bna (?:tento|túto|tuto) (?:e-?mail|správu|spravu) (?:prosím |prosim )?neodpovedajte"
    r"|\b(?:prosíme|prosime|prosím|prosim),? neodpovedajte|\b(?:schránka|schranka|adresa)\b"
    r"[^.\n]{0,80}\bnie je (?:monitorovan|sledovan|čítan|citan|kontrolovan)"
    r"|\b(?:neprijíma|neprijima) odpovede)",
    r"(?:\bne odgovarjajte na (?:to|ta)\b|\bna (?:to|ta) (?:sporočilo|sporocilo|e-?sporočilo"
    r"|e-?sporocilo|e-?mail|elektronsko sporočilo|elektronsko sporocilo) (?:prosimo,? )?ne"
    r" odgovarjajte|\bprosimo,? ne odgovarjajte|\b(?:naslov|predal)\b[^.\n]{0,80}\b(?:ni"
    r" nadzorovan|se ne pregleduje|se ne spremlja|ni spremljan))",
    r"(?:\bne odgovarajte na (?:ovu|ovaj|ovo)\b|\bmolimo (?:vas )?(?:da )?ne odgovarate\b"
    r"|\bmolimo,? ne odgovarajte|\bna (?:ovu|ovaj) (?:poruku|e-?mail|mail|e-?poruku|obavijest"
    r"|obave[šs]tenje) (?:molimo )?(?:nemojte|ne) odgovara|\b(?:adresa|sandu[čc]i[ćc]|pretinac"
    r"|mailbox)\b[^.\n]{0,80}\bse ne (?:prati|nadzire|nadgleda|[čc]ita|provjerava|proverava)\b"
    r"|\bne prima odgovore)",
    r"(?:\bне одговарајте на (?:ову|овај|ово)\b|\bмолимо (?:вас )?(?:да )?не одговарате\b"
    r"|\bмолимо,? не одговарајте|\b(?:адреса|сандуче)\b[^.\n]{0,80}\bсе не (?:прати|надгледа"
    r"|чита|проверава)\b|\bне прима одговоре)",
    r"(?:\bне одговарајте на (?:оваа|овој|ова)\b|\bмолиме,? не одговарајте|\bмолиме да не"
    r" одговарате|\b(?:адреса|адресата|адресава|сандаче|сандачето)\b[^.\n]{0,80}\bне се"
    r" (?:следи|проверува|чита)\b|\bне прима одговори)",
    r"(?:\bне отговаряйте на (?:този|това|тази)\b|\bмоля,? не отговаряйте|\bмолим (?:ви )?да не"
    r" отговаряте|\b(?:кутия|кутията|адрес|адресът)\b[^.\n]{0,80}\bне се (?:наблюдава|проверява"
    r"|следи|чете)\b|\bне приема отговори)",
    r"\b(?:kirja|kirju|kirjad|sõnumi(?:t|d)?|sonumi(?:t|d)?)\b[^.\n]{0,40}\bei (?:loeta|vaadata)",
    r"\b(?:vēstule|vestule|vēstules|vestules|ziņojum|zinojum)\w*\b[^.\n]{0,40}\bnetiks"
    r" (?:izlasīt|izlasit|lasīt|lasit)",
    r"\b(?:laišk|laisk|pranešim|pranesim)\w*\b[^.\n]{0,40}\bnebus (?:perskaityt|skaitom)",
    r"\b(?:správ|sprav|e-?mail)\w*\b[^.\n]{0,40}\bnebud(?:e|ú|u) (?:prečítan|precitan)",
    r"\b(?:sporočil|sporocil|e-?pošt|e-?post)\w*\b[^.\n]{0,40}\bne (?:bo|bodo)"
    r" (?:prebran|pregledan)",
    r"\b(?:poruk|e-?mail|upit)\w*\b[^.\n]{0,40}\b(?:neće|nece) biti (?:pročitan|procitan)",
    r"\b(?:порук|писм|имејл)\w*\b[^.\n]{0,40}\bнеће бити прочитан",
    r"\b(?:порак|писм|е-?пошт)\w*\b[^.\n]{0,40}\bнема да (?:биде|бидат) прочитан",
    r"\b(?:съобщени|писм|имейл)\w*\b[^.\n]{0,40}\bняма да (?:бъде|бъдат) прочетен",
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
    # "Paní Nováková již ve společnosti ELTRA Brno s.r.o. nepůsobí" (no longer works there)
    r"|\b(?:již|už) (?:ve|v) (?:společnosti|firmě|organizaci|spoločnosti|firme)\b[^\n]{0,50}"
    r"\bnepůsobí|\b(?:již|už) nepůsobí"
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
    r"|עזבה? את החברה|(?:סיים|סיימה) את (?:עבודתו|עבודתה))",
    r"\bδεν εργάζεται (?:πια|πλέον)|\bαποχώρησε από την εταιρεία",
    r"\bmár nem (?:munkatársunk|munkatársa)|\bkilépett a cégtől",
    r"\bnu mai face parte din|\ba părăsit (?:compania|firma)",
    r"\bзвільнив(?:ся|ась)|\bне є (?:співробітником|працівником)",
    # Estonian, Latvian, Lithuanian, Slovak, Slovenian, Croatian/Bosnian/Montenegrin/Serbian
    # (Latin and Cyrillic), Macedonian, Bulgarian: no longer works at the company (the place
    # said: "više ne radi", "вече не работи" alone is also what a broken export does), has
    # left the company.
    r"(?:\bei (?:tööta|toota) enam (?:meie |selles )?(?:ettevõttes|ettevottes|firmas|asutuses"
    r"|organisatsioonis|juures)|\bei ole enam (?:meie |ettevõtte |ettevotte )?(?:töötaja"
    r"|tootaja)|\bon (?:ettevõttest|ettevottest|firmast|meie juurest|asutusest) lahkunud"
    r"|\blahkus (?:ettevõttest|ettevottest|firmast|meie juurest))",
    r"(?:\bvairs (?:nestrādā|nestrada) (?:mūsu |musu |šajā |saja )?(?:uzņēmumā|uznemuma"
    r"|kompānijā|kompanija|firmā|firma|iestādē|iestade|organizācijā|organizacija)"
    r"|\bvairs nav (?:mūsu |musu )?(?:uzņēmuma |uznemuma )?(?:darbinieks|darbiniece)"
    r"|\bpameti(?:s|usi) (?:mūsu |musu )?(?:uzņēmumu|uznemumu|kompāniju|kompaniju|firmu)"
    r"|\b(?:beidzis|beigusi) darba (?:attiecības|attiecibas))",
    r"(?:\bnebedirba (?:mūsų |musu |šioje |sioje )?(?:įmonėje|imoneje|bendrovėje|bendroveje"
    r"|organizacijoje|įstaigoje|istaigoje|kompanijoje)|\bnebedirba (?:pas mus|su mumis)"
    r"|\b(?:nebėra|nebera) (?:įmonės|imones|mūsų|musu) darbuotoj|\bdaugiau nedirba (?:įmonėje"
    r"|imoneje|mūsų|musu|pas mus)|\b(?:išėjo iš|isejo is) (?:įmonės|imones|bendrovės"
    r"|bendroves))",
    r"(?:\buz (?:nepracuje (?:v (?:našej |nasej )?(?:firme|spoločnosti|spolocnosti|organizácii"
    r"|organizacii)|pre (?:našu |nasu )?(?:firmu|spoločnosť|spolocnost)|u nás|u nas)"
    r"|nie je zamestnan)|\b(?:ukončil|ukoncil)(?:a)? (?:pracovný|pracovny) pomer"
    r"|\b(?:odišiel|odisiel|odišla|odisla) (?:z|zo) (?:firmy|spoločnosti|spolocnosti|našej"
    r"|nasej)"
    r"|\b(?:už|uz) (?:nepôsobí|neposobi))",
    r"(?:\bni (?:več|vec) zaposlen|\bne dela (?:več|vec) (?:v (?:našem |nasem |tem )?(?:podjetju"
    r"|družbi|druzbi|organizaciji|pisarni)|pri nas|za (?:naše |nase )?podjetje)"
    r"|\bzapustil(?:a)? (?:naše |nase )?(?:podjetje|družbo|druzbo|organizacijo))",
    r"(?:\bvi[šs]e ne radi (?:u (?:na[šs]oj |ovoj )?(?:tvrtki|firmi|kompaniji|organizaciji"
    r"|poduze[ćc]u|preduze[ćc]u|ustanovi)|kod nas|za (?:na[šs]u )?(?:tvrtku|firmu|kompaniju))"
    r"|\b(?:vi[šs]e nije|nije vi[šs]e) (?:zaposlen|djelatnik|djelatnica|zaposlenik|zaposlenica"
    r"|uposlenik|uposlenica|(?:dio|deo) na[šs]eg (?:tima|kolektiva)|u (?:na[šs]oj )?(?:tvrtki"
    r"|firmi|kompaniji|ustanovi))|\b(?:je )?napusti(?:o|la) (?:je )?(?:na[šs]u )?(?:tvrtku"
    r"|firmu|kompaniju|poduze[ćc]e|preduze[ćc]e|organizaciju|ustanovu))",
    r"(?:\bвише не ради (?:у (?:нашој |овој )?(?:фирми|компанији|организацији|предузећу|установи)"
    r"|код нас|за (?:нашу )?(?:фирму|компанију))|\b(?:више није|није више) (?:запослен"
    r"|запослена|део нашег (?:тима|колектива)|у (?:нашој )?(?:фирми|компанији|установи))"
    r"|\b(?:је )?напусти(?:о|ла) (?:је )?(?:нашу )?(?:фирму|компанију|предузеће|организацију"
    r"|установу))",
    r"(?:\bповеќе не работи (?:во (?:нашата )?(?:компанија|компанијата|фирмата|фирма"
    r"|организацијата|институцијата)|кај нас)|\b(?:повеќе не е|не е повеќе) (?:вработен"
    r"|вработена|дел од нашиот тим)|\bја напушти (?:нашата )?(?:компанијата|фирмата"
    r"|организацијата|институцијата))",
    r"(?:\bвече не работи (?:в (?:нашата )?(?:компания|компанията|фирмата|фирма|организацията"
    r"|организация)|при нас|за (?:нас|нашата))|\bне работи вече (?:в (?:нашата )?"
    r"(?:компания|компанията|фирмата|организацията)|при нас)|\bвече не е (?:служител"
    r"|служителка|част от нашия екип)|\bнапусна (?:нашата )?(?:компанията|фирмата|организацията))",
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
    r"\b(?:e-?mail ?address|mail ?address|mailbox|inbox|this address)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:is|has"
    r" been|was|will be) no longer (?:in use|used|active|in service|operational|valid)"
    r"|\b(?:e-?mail ?address|mailbox|this address) (?:has been|was|is) (?:discontinued|retired"
    r"|decommissioned|deactivated)\b",
    r"\b(?:e-?mail-?adresse|mailadresse|postfach|diese adresse|die adresse \S+@\S+)"
    + IN_CLAUSE
    + r"{0,60}"
    r"\b(?:wird nicht mehr (?:genutzt|verwendet|benutzt|gelesen)|ist nicht mehr (?:aktiv|gültig"
    r"|in betrieb)|wurde (?:deaktiviert|stillgelegt|aufgelöst))",
    r"\b(?:adresse (?:e-?mail|électronique|mail)|boîte (?:mail|aux lettres)|cette adresse"
    r"|l'adresse \S+@\S+)"
    + IN_CLAUSE
    + r"{0,60}\b(?:n'est plus (?:utilisée|active|valide|en service"
    r"|consultée)|a été (?:désactivée|supprimée|fermée))",
    r"\b(?:dirección de (?:correo|e-?mail)|buzón|cuenta de correo|esta dirección|la dirección"
    r" \S+@\S+)"
    + IN_CLAUSE
    + r"{0,60}\b(?:ya no (?:se utiliza|se usa|está (?:activ|en uso|operativ))|ha"
    r" dejado de (?:utilizarse|usarse|estar activ)|(?:ha sido|fue) (?:desactivad|dad[oa] de baja))",
    r"\b(?:indirizzo (?:e-?mail|di posta)|casella (?:di posta|e-?mail|mail)|questo indirizzo"
    r"|l'indirizzo \S+@\S+)"
    + IN_CLAUSE
    + r"{0,60}\b(?:non è più (?:utilizzat|attiv|in uso|valid)|non"
    r" viene più (?:utilizzat|usat|lett)|è stat[oa] (?:disattivat|dismess))",
    r"\b(?:e-?mailadres|mailadres|mailbox|dit adres|het adres \S+@\S+)"
    + IN_CLAUSE
    + r"{0,60}\b(?:wordt"
    r" niet meer (?:gebruikt|gelezen)|is niet meer (?:actief|in gebruik)|is (?:opgeheven"
    r"|gedeactiveerd))",
    r"\b(?:endereço (?:de e-?mail|eletrónico|eletrônico|de correio)|caixa de correio|este endereço"
    r"|o endereço \S+@\S+)"
    + IN_CLAUSE
    + r"{0,60}\b(?:deixou de (?:ser )?(?:utilizad|usad|estar ativ)|já não"
    r" (?:é|está) (?:utilizad|usad|ativ|em uso)|não (?:é|está) mais (?:utilizad|usad|ativ|em uso)"
    r"|foi (?:desativad|descontinuad))",
    # ru uk pl cs fi tr ro hu: the mailbox or address is no longer in use
    r"\b(?:ящик|адрес|почта)" + IN_CLAUSE + r"{0,60}\bбольше не (?:используется|действует|активен"
    r"|обслуживается)|\b(?:скринька|адреса)"
    + IN_CLAUSE
    + r"{0,60}\bбільше не (?:використовується|діє"
    r"|активна|обслуговується)",
    r"\b(?:skrzynka|adres)" + IN_CLAUSE + r"{0,60}\b(?:nie jest już|już nie jest) (?:używan|aktywn"
    r"|obsługiwan)|\b(?:schránka|adresa)" + IN_CLAUSE + r"{0,60}\b(?:se )?(?:již|už) (?:nepoužívá"
    r"|není aktivní|není používán)",
    r"\b(?:osoite|sähköpostiosoite|postilaatikko)"
    + IN_CLAUSE
    + r"{0,60}\bei (?:ole )?(?:enää )?(?:käytössä"
    r"|käytetä)|\b(?:adres|adresi|posta kutusu)"
    + IN_CLAUSE
    + r"{0,60}(?:artık kullanılmamaktadır|artık"
    r" kullanılmıyor|kullanım dışıdır)",
    r"\b(?:adres[aă]|căsuța|căsuţa)"
    + IN_CLAUSE
    + r"{0,60}\bnu mai (?:este|e) (?:folosită|utilizată|activă)"
    r"|\b(?:postafiók|cím|e-?mail-?cím)"
    + IN_CLAUSE
    + r"{0,60}\bmár nem (?:használt|használjuk|aktív|él)",
    # et lv lt sk sl hr/bs/cnr/sr mk bg: the mailbox or address is no longer in use.
    r"(?:\b(?:aadress|e-posti aadress|e-postiaadress|postkast|meiliaadress)\w*\b"
    + IN_CLAUSE
    + r"{0,60}"
    r"\b(?:ei ole enam kasutusel|enam ei kasutata|ei ole enam aktiivne|on suletud)"
    r"|\b(?:seda (?:e-posti )?aadressi|seda postkasti) (?:enam )?ei kasutata)",
    r"(?:\b(?:adrese|pastkastīte|pastkastite|pastkaste)\b" + IN_CLAUSE + r"{0,60}\b(?:vairs netiek"
    r" (?:izmantot|lietot|uzraudzīt|uzraudzit)|vairs nav (?:aktīv|aktiv)|vairs nedarbojas"
    r"|ir (?:slēgt|slegt|dzēst|dzest)))",
    r"(?:\b(?:adresas|dėžutė|dezute)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:nebenaudojam|daugiau nenaudojam|nebeaktyv"
    r"|nebegalioj|panaikint))",
    r"(?:\b(?:schránka|schranka|adresa)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:(?:sa )?(?:už|uz) (?:sa )?(?:nepoužíva"
    r"|nepouziva|nie je aktívn|nie je aktivn|nie je používan|nie je pouzivan)|bola (?:zrušen"
    r"|zrusen|deaktivovan)))",
    r"(?:\b(?:naslov|predal)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:ni (?:več|vec) (?:v uporabi|aktiv)|se ne uporablja"
    r" (?:več|vec)|se (?:več|vec) ne uporablja|je (?:bil )?ukinjen))",
    r"(?:\b(?:adresa|sandu[čc]i[ćc]|pretinac)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:vi[šs]e nije (?:u upotrebi|aktivn"
    r"|va[žz]e[ćc])|se vi[šs]e ne koristi|vi[šs]e se ne koristi|je uga[šs]en|je deaktiviran"
    r"|je ukinut))",
    r"(?:\b(?:адреса|сандуче)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:више није (?:у употреби|активн|важећ)|се више не"
    r" користи|више се не користи|је угашен|је деактивиран|је укинут))",
    r"(?:\b(?:адреса|адресата|адресава|сандаче|сандачето)\b" + IN_CLAUSE + r"{0,60}\b(?:повеќе не е"
    r" (?:во употреба|активн)|повеќе не се користи|не се користи повеќе|е деактивиран|е укинат))",
    r"(?:\b(?:адрес|адресът|кутия|кутията)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:вече не се използва|не се използва"
    r" вече|вече не е активн|е закрит|е деактивиран))",
    # The mailbox itself closing or closed, as a rule or a provider says it ("this mailbox will be
    # closed on 31 January", "dieses Postfach wird zum 31.01. deaktiviert"), en de fr es it nl pt:
    # a person says it too ("our old mailbox will be closed, please write to ..."), so weak.
    r"\b(?:this|the|my|our) (?:mailbox|inbox|e-?mail address|address|e-?mail account)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:will be|has been|is being|is now) (?:closed|deactivated"
    r"|discontinued|shut down|retired|no longer (?:in use|active|monitored))"
    r"|\b(?:dieses|das|mein|unser) (?:postfach|e-?mail-?postfach|e-?mail-?konto|e-?mail-?adresse)"
    r"\b" + IN_CLAUSE + r"{0,60}\b(?:wird|ist|wurde) (?:" + IN_CLAUSE + r"{0,25} )?"
    r"(?:geschlossen|deaktiviert|gelöscht"
    r"|abgeschaltet|stillgelegt|nicht mehr (?:aktiv|in gebrauch|in benutzung))"
    r"|\b(?:cette|mon|notre) (?:adresse|boîte)\b" + IN_CLAUSE + r"{0,60}\b(?:sera|a été|est)"
    r" (?:fermée|désactivée|supprimée)|\b(?:cette|mon|notre) (?:adresse|boîte)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:n'est|ne sera) plus (?:active|utilisée|consultée)"
    r"|\b(?:esta|mi|nuestra) (?:cuenta|dirección|buzón)\b[^.\n]{0,60}\b(?:será|ha sido|está)"
    r" (?:cerrad|desactivad|eliminad|dad[oa] de baja)|\b(?:esta|mi|nuestra) (?:cuenta|dirección)"
    r"\b[^.\n]{0,60}\bya no (?:está|estará) (?:activa|operativa|en uso)"
    r"|\b(?:questa|la mia|la nostra) (?:casella|indirizzo)\b[^.\n]{0,60}\b(?:sarà|è stata|verrà)"
    r" (?:chiusa|disattivata|dismessa|eliminata)"
    r"|\b(?:casella|indirizzo)" + IN_CLAUSE + r"{0,60} non (?:è |viene )?più (?:attiv|in uso)"
    r"|\b(?:dit|mijn|ons) (?:e-?mailadres|adres|postvak|mailbox)\b"
    + IN_CLAUSE
    + r"{0,60}\b(?:wordt|is)\b"
    + IN_CLAUSE
    + r"{0,25}\b(?:opgeheven|gedeactiveerd|gesloten"
    r"|niet meer in gebruik)"
    r"|\b(?:esta|a minha|a nossa) (?:caixa|conta)\b[^.\n]{0,60}\b(?:será|foi) (?:encerrad"
    r"|desativad|desactivad|eliminad)",
)
AUTOMATED = (
    # A notice signs with the program that wrote it: "Diese Nachricht wurde von david.fx erzeugt",
    # "This message was generated by MDaemon" (a server's letter with no header of its own). A
    # program by name, never "your system" or "the portal": a person shows us a notice so.
    r"\bthis (?:message|e-?mail|notice|notification) (?:was|has been|is) (?:generated|created)"
    r" by (?!(?:your|our|my|the|a|an|this|that|their|some)\b)"
    r"|\bdiese (?:nachricht|e-?mail|meldung|benachrichtigung) wurde (?:von|durch)"
    r" (?!(?:ihr|unser|mein|dem|der|einem|einer|eurem|diesem)\w*\b)\S+(?: \S+){0,2}"
    r" (?:erzeugt|generiert|erstellt)\b"
    r"|\b(?:ce|cet) (?:message|courriel|e-?mail|avis) a été (?:généré|créé) par"
    r" (?!(?:votre|notre|mon|le|la|l'|un|une|ce|leur)\b)"
    r"|\beste (?:mensaje|correo|aviso) (?:ha sido|fue) (?:generado|creado) por"
    r" (?!(?:su|tu|nuestro|nuestra|mi|el|la|un|una|este|esta)\b)"
    r"|\bquesto (?:messaggio|avviso) è stato (?:generato|creato) da"
    r" (?!(?:il|lo|la|l'|un|una|vostro|vostra|nostro|nostra|suo|sua|questo)\b)"
    r"|\bdit (?:bericht|e-?mailbericht) (?:is|werd) (?:gegenereerd|aangemaakt) door"
    r" (?!(?:uw|jullie|ons|onze|mijn|het|de|een|dit)\b)"
    r"|\besta (?:mensagem|notificação) foi (?:gerada|criada) (?:por|pelo|pela)"
    r" (?!(?:seu|sua|nosso|nossa|meu|minha|o|a|um|uma|este|esta)\b)",
    # A service notice names itself so: "this is a service message", sent to every holder of an
    # account or product, the notice no subscriber can leave (en de fr es it nl pt).
    r"\bthis is an? (?:mandatory |important )?service (?:message|communication|announcement"
    r"|notification|notice|e-?mail)\b|\bdies ist eine? (?:service-?(?:mitteilung|nachricht"
    r"|e-?mail|information)|pflichtmitteilung)\b|\b(?:ceci est |il s'agit d')une? (?:message"
    r"|communication|courriel|e-?mail|avis) de service\b|\b(?:este es|se trata de) un (?:mensaje"
    r"|correo|aviso) de servicio\b|\besta es una (?:comunicación|notificación) de servicio\b"
    r"|\b(?:questa è|si tratta di) una comunicazione di servizio\b|\b(?:questo è|si tratta di)"
    r" un (?:messaggio|avviso) di servizio\b|\bdit is een (?:service-?(?:bericht|mail|e-?mail)"
    r"|servicemelding)\b|\b(?:esta é|trata-se de) uma (?:comunicação|mensagem) de serviço\b"
    r"|\beste é um (?:e-?mail|aviso) de serviço\b",
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
    # Never the thing received, in the accusative ("sadece bu otomatik yanıtı aldım": a person
    # who got only this automatic answer).
    r"(?:bu (?:bir )?otomatik (?:bir )?(?:mesaj|yanıt|cevap|e-?posta|bildirim|iletidir)"
    r"(?![ıi]\b|y[ıi]\b)"
    r"|otomatik olarak (?:gönderil|oluşturul))",
    r"\bэто автоматическ|\bавтоматическое (?:сообщение|уведомление)"
    # "сформировано / сформовано" (formed) is the word Russian and Ukrainian helpdesks and
    # shops use most.
    r"|\b(?:сообщение|письмо|уведомление) (?:было )?(?:сгенерировано|отправлено|создано"
    r"|сформирован[оа]?) автоматически|\bавтоматически сформированн"
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
    # vi: "Đây là thư trả lời tự động", "email này được gửi tự động" (this one: a person who
    # writes about an automatic email of ours names it otherwise)
    r"\bđây là (?:thư|email|thư điện tử|tin nhắn) (?:trả lời |phản hồi |thông báo )?tự động"
    r"|\b(?:thư|email|tin nhắn) này (?:được )?(?:gửi|tạo) tự động",
    r"\b(?:acesta este|acest mesaj este|este) un (?:mesaj|răspuns) (?:generat )?automat"
    r"|\bmesaj automat",
    r"\bавтоматичне (?:повідомлення|сповіщення)|\b(?:лист|повідомлення|сповіщення) (?:було )?"
    r"(?:створено|надіслано|згенеровано|сформован[оа]?) автоматично|\bавтоматично сформован",
    # et lv lt sk sl hr/bs/cnr/sr mk bg: "this is an automatic reply", "this message was
    # generated automatically" (the message named by its demonstrative: "my mail was sent
    # automatically to the wrong address" is a person's).
    r"(?:\bsee on automaatne (?:vastus|teade|kiri|sõnum|sonum)|\btegemist on automaatse"
    r" (?:vastuse|teate|kirja|sõnumi|sonumi)ga|\b(?:see|käesolev|kaesolev) (?:kiri|teade|sõnum"
    r"|sonum|vastus|e-kiri)\b[^.\n]{0,20}\b(?:on|oli) (?:automaatselt (?:saadetud|genereeritud"
    r"|loodud|koostatud)|(?:saadetud|genereeritud|loodud|koostatud) automaatselt)"
    r"|\bautomaatselt (?:saadetud|genereeritud|loodud|koostatud) (?:kiri|teade|sõnum|sonum"
    r"|vastus|e-kiri))",
    r"(?:\b(?:šis|sis|šī|si) ir (?:automātisk|automatisk)\w* (?:atbilde|ziņojums|zinojums|vēstule"
    r"|vestule|paziņojums|pazinojums|e-pasts)|\b(?:šis|sis|šī|si) (?:ziņojums|zinojums|vēstule"
    r"|vestule|e-pasts|paziņojums|pazinojums)\b[^.\n]{0,20}\b(?:ir|tika) (?:(?:automātiski"
    r"|automatiski) (?:ģenerēt|generet|nosūtīt|nosutit|izveidot|sagatavot)|(?:ģenerēt|generet"
    r"|nosūtīt|nosutit|izveidot|sagatavot)\w* (?:automātiski|automatiski))|\b(?:automātiski"
    r"|automatiski) (?:ģenerēt|generet|nosūtīt|nosutit|izveidot|sagatavot)\w* (?:ziņojum"
    r"|zinojum|vēstul|vestul|e-past|paziņojum|pazinojum|atbild))",
    r"(?:\btai (?:yra )?automatinis (?:atsakymas|pranešimas|pranesimas|laiškas"
    r"|laiskas)|\b(?:šis|sis) (?:laiškas|laiskas|pranešimas|pranesimas|atsakymas)\b[^.\n]{0,20}"
    r"\b(?:(?:yra |buvo )?(?:sugeneruotas|išsiųstas|issiustas|sukurtas|siunčiamas|siunciamas)"
    r" (?:automatiškai|automatiskai)|(?:yra |buvo )?(?:automatiškai|automatiskai)"
    r" (?:sugeneruotas|išsiųstas|issiustas|sukurtas|siunčiamas|siunciamas))"
    r"|\b(?:automatiškai|automatiskai) (?:sugeneruotas|išsiųstas|issiustas|sukurtas)"
    r" (?:laiškas|laiskas|pranešimas|pranesimas|atsakymas))",
    r"(?:\b(?:ide o|jedná sa o|jedna sa o) automatick|\b(?:táto|tato|tento) (?:správa|sprava"
    r"|e-?mail|odpoveď|odpoved)\b[^.\n]{0,20}\b(?:bola |bol |je )?(?:automaticky (?:odoslan"
    r"|vygenerovan|vytvoren|generovan)|(?:odoslan|vygenerovan|vytvoren|generovan)[áaý]?"
    r" automaticky)|\bautomaticky (?:odoslan|generovan|vygenerovan)[áa] (?:správa|sprava"
    r"|odpoveď|odpoved|notifikácia|notifikacia))",
    r"(?:\bto je (?:samodejn|avtomatsk)(?:i|o) (?:odgovor|sporočilo|sporocilo|obvestilo"
    r"|ustvarjen|poslan|generiran)"
    r"|\b(?:to|ta) (?:sporočilo|sporocilo|obvestilo|odgovor|e-?mail)\b[^.\n]{0,25}\b(?:je bilo"
    r" |je bil |je )?(?:samodejno|avtomatsko) (?:ustvarjen|poslan|generiran|izdelan)"
    r"|\b(?:samodejno|avtomatsko) (?:ustvarjen|poslan|generiran)(?:o|i|a) (?:sporočilo"
    r"|sporocilo|obvestilo|odgovor))",
    r"(?:\bovo je automatsk(?:i|a|o) (?:odgovor|poruka|generiran|generisan|poslan|obavijest"
    r"|obave[šs]tenje|obavje[šs]tenje|e-?mail)|\b(?:ova|ovaj|ovo) (?:poruka|obavijest"
    r"|obave[šs]tenje|obavje[šs]tenje|e-?mail|e-?poruka|odgovor)\b[^.\n]{0,25}\b(?:je )?"
    r"(?:automatski (?:generiran|generisan|poslan|poslat|kreiran|izra[đd]en)|(?:generiran"
    r"|generisan|poslan|poslat|kreiran)[ao]? automatski)|\bautomatski (?:generiran|generisan"
    r"|poslan|poslat|kreiran)[aio]? (?:poruka|odgovor|obavijest|e-?mail|obave[šs]tenje"
    r"|obavje[šs]tenje))",
    r"(?:\bово је аутоматск(?:и|а|о) (?:одговор|порука|генерисан|послат|обавештење)"
    r"|\b(?:ова|овај|ово) (?:порука|обавештење|имејл|мејл|одговор)\b[^.\n]{0,25}\b(?:је )?"
    r"(?:аутоматски (?:генерисан|послат|послан|креиран)|(?:генерисан|послат|креиран)[ао]?"
    r" аутоматски)|\bаутоматски (?:генерисан|послат|креиран)[аио]? (?:порука|одговор"
    r"|обавештење|имејл))",
    r"(?:\bова е автоматск(?:и|а|о) (?:одговор|порака|известување|генериран)"
    r"|\b(?:оваа|овој|ова)"
    r" (?:порака|известување|е-?пошта|одговор)\b[^.\n]{0,25}\b(?:е |беше )?(?:автоматски"
    r" (?:генериран|испратен|креиран)|(?:генериран|испратен|креиран)[ао]? автоматски)"
    r"|\bавтоматски (?:генериран|испратен|креиран)[аио]? (?:порака|одговор|известување))",
    r"(?:\bтова е автоматич(?:ен|но|на) (?:съобщение|отговор|известие|писмо|имейл"
    r"|генериран)"
    r"|\b(?:това|този|тази) (?:съобщение|писмо|имейл|отговор|известие)\b[^.\n]{0,25}\b(?:е"
    r" |беше )?(?:автоматично (?:генериран|изпратен|създаден)|(?:генериран|изпратен|създаден)"
    r"[ао]? автоматично)|\bавтоматично (?:генериран|изпратен|създаден)[аои]? (?:съобщение"
    r"|отговор|известие|писмо|имейл))",
)
RECEIVED = (
    r"\bvi har (?:tagit emot|mottagit) (?:ditt|din|ert|er)"
    r"|\bditt ärende har (?:registrerats|tagits)",
    r"\bvi har modtaget (?:din|jeres)|\bvi har mottatt (?:din|deres)"
    # The possessive after the noun ("Vi har mottatt henvendelsen din og registrert den").
    r"|\bvi har (?:mottatt|modtaget|fått|fået) (?:henvendelsen|e-?posten|meldingen|saken"
    r"|forespørselen|beskeden|mailen|e-?mailen|henvendelse) (?:din|deres|jeres)\b",
    r"\bolemme vastaanottaneet",
    r"\botrzymaliśmy (?:twoje|pana|pani|państwa|wiadomość|zgłoszenie)"
    r"|\bzgłoszenie zostało (?:przyjęte|zarejestrowane)",
    r"\b(?:obdrželi|přijali) jsme (?:váš|vaši|vaše)|\bváš požadavek (?:byl )?(?:přijat|zaregistr)"
    # Your message, filing or e-mail was received (by the registry), a confirmation of receipt
    # (cs, sk, pl): what a filing office answers ("Vaše zpráva byla přijata elektronickou
    # podatelnou").
    r"|\bvaš[ei] (?:zpráva|podání|e-?mail|žádost|dotaz|datová zpráva) (?:byl[ao]?|je) (?:úspěšně )?"
    r"(?:přijat|zaevidován|doručen)|\bvaša (?:správa|žiadosť|podanie|e-?mailová správa) (?:bola|je)"
    r" (?:úspešne )?(?:prijat|zaevidovan|doručen)|\bpotvrzení o (?:přijetí|doručení)"
    r"|\bpotvrdenie o (?:prijatí|doručení)|\bpotwierdzenie (?:odbioru|otrzymania|przyjęcia)",
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
    r"\bmegkaptuk (?:az )?(?:üzenetét|kérését|levelét|megkeresését|e-?mailjét)"
    r"|\b(?:üzenetét|kérését|levelét|megkeresését|e-?mailjét) (?:hiánytalanul |rendben )?megkaptuk"
    r"|\b(?:kérése"
    r"|megkeresése|bejelentése) (?:beérkezett|rögzítésre került)",
    r"\bam primit (?:mesajul|solicitarea|cererea|e-?mailul|sesizarea) (?:dumneavoastră|dvs)"
    r"|\bsolicitarea (?:dumneavoastră|dvs\.?) a fost (?:înregistrată|primită)",
    r"\bваше (?:звернення|повідомлення|запит|лист) (?:отримано|зареєстровано|прийнято)",
    # et lv lt sk sl hr/bs/cnr/sr mk bg: we have received your message, your request has been
    # received or registered (a date may stand between: "Vaš zahtjev od 14.05.2025. je
    # zaprimljen"), we confirm its receipt.
    r"(?:\b(?:oleme|saime) (?:teie|sinu) (?:kirja|pöördumise|poordumise|päringu|paringu|sõnumi"
    r"|sonumi|avalduse|e-kirja|taotluse|teate)\b|\b(?:teie|sinu) (?:kiri|pöördumine|poordumine"
    r"|päring|paring|sõnum|sonum|avaldus|taotlus|e-kiri)\b" + _IN_SENTENCE + r"{0,60}"
    r"\bon (?:kätte saadud|katte saadud|vastu võetud|vastu voetud|registreeritud|kätte jõudnud"
    r"|katte joudnud)|\bkinnitame\b[^.\n]{0,40}\b(?:kättesaamist|kattesaamist))",
    r"(?:\besam (?:saņēmuši|sanemusi|saņēmušas|sanemusas) (?:jūsu|jusu|tavu|tavas)\b"
    r"|\b(?:jūsu|jusu|tavs|tava) (?:pieprasījums|pieprasijums|vēstule|vestule|ziņojums|zinojums"
    r"|e-pasts|pieteikums|iesniegums|jautājums|jautajums)\b" + _IN_SENTENCE + r"{0,60}"
    r"\b(?:ir|tika) (?:saņemt|sanemt|reģistrēt|registret|pieņemt|pienemt)"
    r"|\b(?:apstiprinām|apstiprinam)\b[^.\n]{0,40}\b(?:saņemšanu|sanemsanu))",
    r"(?:\bgavome (?:jūsų|jusu|tavo)\b|\b(?:jūsų|jusu) (?:užklausa|uzklausa|laiškas|laiskas"
    r"|kreipimasis|pranešimas|pranesimas|prašymas|prasymas|paraiška|paraiska|klausimas)\b"
    + _IN_SENTENCE
    + r"{0,60}\b(?:gaut|užregistruot|uzregistruot|priimt)"
    r"|\bpatvirtiname\b[^.\n]{0,40}\bgavim)",
    r"(?:\b(?:prijali|dostali|obdržali|obdrzali|zaevidovali|zaregistrovali) sme (?:vašu|vasu|váš"
    r"|vas|vaše|vase)\b|\b(?:vašu|vasu) (?:požiadavku|poziadavku|správu|spravu|žiadosť|ziadost"
    r"|otázku|otazku)\b[^.\n]{0,20}\bsme (?:prijali|dostali|obdržali|obdrzali|zaevidovali"
    r"|zaregistrovali)|\b(?:vaša|vasa) (?:požiadavka|poziadavka|správa|sprava|žiadosť|ziadost)\b"
    + _IN_SENTENCE
    + r"{0,60}\b(?:bola|je) (?:prijat|zaevidovan|zaregistrovan))",
    r"(?:\bprejeli smo (?:vaše|vase|vaš|vas|vašo|vaso|tvoje|tvojo)\b|\b(?:vaše|vase|vaš|vas|vašo"
    r"|vaso) (?:sporočilo|sporocilo|zahtevek|povpraševanje|povprasevanje|vprašanje|vprasanje"
    r"|prijavo|e-?pošto|e-?posto)\b[^.\n]{0,30}\bsmo prejeli|\b(?:vaše|vase|vaš|vas|vaša|vasa)"
    r" (?:sporočilo|sporocilo|zahtevek|povpraševanje|povprasevanje|vprašanje|vprasanje|prijava)"
    r"\b" + _IN_SENTENCE + r"{0,60}\bje bil[oa]? (?:prejet|zabeležen|zabelezen|sprejet"
    r"|registriran|evidentiran)|\bpotrjujemo prejem)",
    r"(?:\b(?:za)?primili smo (?:vaš|vas|vašu|vasu|vaše|vase|tvoj|tvoju|tvoje)\b|\b(?:vaš|vas|vaša"
    r"|vasa|tvoj|tvoja) (?:upit|zahtjev|zahtev|poruka|e-?mail|prijava|reklamacija|pitanje"
    r"|predmet)\b" + _IN_SENTENCE + r"{0,60}\bje (?:uspje[šs]no |uspe[šs]no )?(?:zaprimljen"
    r"|primljen|zaveden|evidentiran|registriran|registrovan|kreiran|zabilje[žz]en|zabele[žz]en)"
    r"|\b(?:potvrđujemo|potvrdjujemo|potvrdujemo) (?:primitak|prijem)"
    r"|\bpotvrda o (?:prijemu|primitku))",
    r"(?:\bпримили смо (?:ваш|вашу|ваше|твој|твоју)\b|\b(?:ваш|ваша|твој|твоја) (?:упит|захтев"
    r"|порука|имејл|мејл|пријава|рекламација|питање|предмет|поднесак)\b"
    + _IN_SENTENCE
    + r"{0,60}\b(?:је (?:успешно )?(?:примљен|заведен|евидентиран|регистрован|креиран)"
    r"|(?:примљен|заведен|евидентиран|регистрован|креиран)\w* је)"
    r"|\bпотврђујемо пријем|\bпотврда о пријему)",
    r"(?:\b(?:ја |го |ги )?примивме (?:вашата|вашето|вашиот|вашите|твојата|твоето)\b"
    r"|\b(?:вашата|вашето|вашиот) (?:порака|барање|прашање|е-?пошта|пријава|жалба|имејл)\b"
    + _IN_SENTENCE
    + r"{0,60}\b(?:е|беше) (?:успешно )?(?:примен|евидентиран|заведен"
    r"|регистриран)|\bго потврдуваме приемот)",
    # Bulgarian mail is "електронно писмо/съобщение".
    r"(?:\bполучихме (?:вашето|вашия|вашата|вашите|твоето|твоя|твоята)\b|\b(?:вашето|вашият"
    r"|вашата) (?:електронно |електронното |електронна )?(?:писмо|съобщение|запитване|заявление"
    r"|сигнал|жалба|заявка|искане|имейл|молба|предложение)\b" + _IN_SENTENCE + r"{0,80}"
    r"\b(?:е|беше|бе) (?:успешно )?(?:получен|регистриран|приет|заведен|входиран)"
    r"|\bпотвърждаваме получаването)",
    # id ms: your mail has been received (by us), we have received your mail; never "we have
    # received the goods" (the mail is named).
    r"(?:\b(?:e-?mail|e-?mel|pesan|mesej|permintaan|pertanyaan|laporan|aduan|pengaduan|tiket)"
    r" (?:anda|kamu|bapak/ibu|tuan/puan|tuan|puan) (?:sudah|telah) (?:kami )?(?:terima|diterima)\b"
    r"|\bkami (?:sudah |telah )?(?:menerima|terima) (?:e-?mail|e-?mel|pesan|mesej|permintaan"
    r"|pertanyaan|laporan|aduan|pengaduan) (?:anda|kamu|tuan|puan|bapak/ibu)\b)",
    # hi (romanised and Devanagari): we have got your mail.
    r"(?:\b(?:humein|hume|hamein|hame|humko|hamko) (?:aapka|apka|aapki|apki|aapke|apke)"
    r" (?:email|e-mail|mail|message|sandesh|request|sawal)\w* (?:mil|prapt ho) (?:gaya|gayi|gaye"
    r"|chuka|chuki)\b|हमें आपक[ाीे] (?:ईमेल|ई-मेल|संदेश|अनुरोध|मेल|प्रश्न)\S* (?:मिल|प्राप्त हो)"
    r"|आपक[ाी] (?:ईमेल|ई-मेल|संदेश|अनुरोध|मेल)\S* (?:हमें )?(?:मिल|प्राप्त हो) (?:गया|गई))",
    # vi, th, tl: we have received your mail or request; your request has been recorded.
    r"(?:\bchúng tôi đã nhận được (?:email|thư|yêu cầu|tin nhắn|câu hỏi|phản hồi|thông tin)"
    r"|\b(?:yêu cầu|email|thư|tin nhắn|câu hỏi) của (?:quý khách|bạn|anh/chị|anh chị|quý vị)"
    r" đã được (?:tiếp nhận|ghi nhận|nhận)"
    r"|ได้รับ(?:อีเมล|ข้อความ|คำขอ|คำร้อง|เรื่อง)(?:ของ)?(?:คุณ|ท่าน)"
    r"|\bnatanggap (?:na )?(?:po )?namin ang (?:iyong|inyong|yong|inyo ng) (?:email|mensahe"
    r"|kahilingan|tanong)\b)",
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
    r"|\bihre? (?:nachricht|e-?mail|mail) wurde (?:ihm |ihr )?nicht (?:an (?:ihn|sie) )?"
    r"(?:weitergeleitet|gelesen|zugestellt)"
    r"|\bvotre (?:message|courriel|e-?mail) (?:n'a|ne (?:lui|leur) a) pas été (?:transféré"
    r"|transmis|lu|remis)"
    r"|\b(?:su|tu) (?:mensaje|correo|e-?mail) no (?:les? )?(?:ha sido|fue) (?:reenviad|leíd"
    r"|entregad)"
    r"|\b(?:il (?:suo|tuo) messaggio|la (?:sua|tua) (?:e-?mail|mail)) non (?:gli |le )?è stat[oa]"
    r" (?:inoltrat|lett|consegnat)|\b(?:uw|je) (?:bericht|e-?mail|mail) is niet (?:aan (?:hem"
    r"|haar) )?(?:doorgestuurd|gelezen|afgeleverd)|\b(?:a )?(?:sua|tua) mensagem (?:não|nao)"
    r" (?:lhe )?foi (?:reencaminhad|encaminhad|lid|entregue)",
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
    # he ar ko: what became or will become of it ("הודעתך לא הועברה לגורם אחר", "لن يتم
    # تحويل رسالتك", "귀하의 메일은 전달되지 않습니다").
    r"(?:הודעתך|המייל שלך|ההודעה שלך|פנייתך)[^.,\n]{0,15}(?:לא )?(?:הועבר|תועבר|יועבר|נקרא"
    r"|תיקרא|ייקרא|תיענה|ייענה)",
    r"(?:رسالتك|بريدك(?: الإلكتروني)?)[^.,\n]{0,20}(?:لن|لم|سيتم|ستتم|سوف)"
    r"|(?:لن|لم) (?:يتم|تتم) (?:تحويل|توجيه|إعادة توجيه|قراءة|الرد على) (?:رسالتك|بريدك)",
    r"(?:귀하의|고객님의|보내주신|보내 주신) (?:메일|이메일|메시지)(?:은|는)[^.,\n]{0,20}"
    r"(?:전달되지|전달되|읽히지|확인되지|처리되지)",
    # et lv lt sk sl hr/bs/cnr/sr mk bg: your message will (not) be forwarded, read, answered.
    r"(?:\b(?:teie|sinu) (?:kiri|kirja|kirjale|e-kiri|e-kirja|sõnum|sonum|sõnumit|sonumit"
    r"|pöördumine|poordumine)\b[^.,\n]{0,25}\b(?:edastatakse|ei edastata|vastatakse|vastan"
    r"|loetakse|ei loeta|vaadatakse))",
    r"(?:\b(?:jūsu|jusu) (?:vēstule|vestule|e-pasts|ziņojums|zinojums)\b[^.,\n]{0,25}\b(?:netiks"
    r"|tiks)\b|\buz (?:jūsu|jusu) (?:vēstuli|vestuli|e-pastu|ziņojumu|zinojumu) (?:atbildēšu"
    r"|atbildesu|atbildēsim|atbildesim))",
    r"(?:\b(?:jūsų|jusu) (?:laiškas|laiskas|pranešimas|pranesimas|el\. laiškas|el\. laiskas)\b"
    r"[^.,\n]{0,25}\b(?:nebus|bus)\b|\b(?:į|i) (?:jūsų|jusu) (?:laišką|laiska) atsakysiu)",
    r"(?:\b(?:vasa|vase) (?:sprava|e-?mailova sprava)\b[^.,\n]{0,25}\b(?:ne)?bud|\bvas e-?mail\b"
    r"[^.,\n]{0,25}\b(?:ne)?bude)",
    r"(?:\b(?:vaše|vase) (?:e-?)?(?:sporočilo|sporocilo)\b[^.,\n]{0,25}\b(?:ne )?bo\b"
    r"|\b(?:vaša e-pošta|vasa e-posta|vaš e-mail|vas e-mail|vaš email|vas email)\b[^.,\n]{0,25}"
    r"\b(?:ne )?bo\b|\bna (?:vaše|vase) (?:sporočilo|sporocilo) bom odgovoril)",
    r"(?:\b(?:vaša|vasa|tvoja) (?:e-?)?poruka\b[^.,\n]{0,25}\b(?:ne[ćc]e|[ćc]e|bit [ćc]e"
    r"|bi[ćc]e)\b|\b(?:vaša pošta|vasa posta|tvoja pošta)\b[^.,\n]{0,25}\b(?:ne[ćc]e|[ćc]e"
    r"|bit [ćc]e|bi[ćc]e)\b|\b(?:vaš e-?mail|vas e-?mail|tvoj e-?mail|vaš mail|vas mail"
    r"|vaš upit|vas upit|tvoj upit)\b[^.,\n]{0,25}\b(?:ne[ćc]e|[ćc]e"
    r"|bit [ćc]e|bi[ćc]e)\b|\bna (?:va[šs]u|tvoju) poruku (?:[ćc]u odgovoriti|odgovorit [ćc]u"
    r"|odgovori[ćc]u))",
    r"(?:\b(?:ваша|твоја) (?:порука|пошта)\b[^.,\n]{0,25}\b(?:неће|ће|биће)\b|\b(?:ваш|твој)"
    r" (?:имејл|мејл|упит)\b[^.,\n]{0,25}\b(?:неће|ће|биће)\b|\bна (?:вашу|твоју) поруку"
    r" (?:ћу одговорити|одговорићу))",
    r"(?:\b(?:вашата|твојата) (?:порака|е-?пошта)\b[^.,\n]{0,25}\b(?:нема да|ќе)\b|\bна (?:вашата"
    r"|твојата) порака ќе (?:ви )?одговорам)",
    r"(?:\b(?:вашето|твоето) (?:съобщение|писмо)\b[^.,\n]{0,25}\b(?:няма да|ще)\b|\b(?:вашият"
    r"|твоят) имейл\b[^.,\n]{0,25}\b(?:няма да|ще)\b|\bна (?:вашето|твоето) (?:съобщение|писмо)"
    r" ще (?:ви )?отговоря)",
    # "Please resend your message to ...": what a changed or closed mailbox's rule asks of the
    # mail it got (en de fr es it nl pt).
    r"\b(?:please|kindly)\b[^.\n]{0,40}\b(?:re-?send|redirect|forward) your (?:message|e-?mail"
    r"|mail|request|enquiry|inquiry) to\b"
    r"|\bsenden sie ihre (?:nachricht|e-?mail|anfrage) (?:bitte )?(?:erneut |nochmals )?an\b"
    r"|\b(?:merci de|veuillez) (?:renvoyer|réadresser|réexpédier) votre (?:message|courriel"
    r"|e-?mail|demande) (?:à|au)\b|\b(?:reenvíe|reenvie|reenvía|reenvia) (?:su|tu) (?:mensaje"
    r"|correo|e-?mail|solicitud) al?\b|\b(?:reinvii|reinviare|reinoltri|inoltri|rinviare"
    r"|inviare nuovamente|inviare di nuovo) (?:il suo messaggio|la sua (?:e-?mail|mail|richiesta"
    r"|comunicazione)) a(?:l|ll')?\b|\bstuur (?:uw|je) (?:bericht|e-?mail|mail) opnieuw naar\b"
    r"|\breenvie (?:a )?(?:sua|tua) (?:mensagem|solicitação|e-?mail) (?:para|ao)\b",
    # cs sk pl: "send your message again to the new address", "messages sent to it will no
    # longer be processed".
    r"\b(?:zašlete|pošlete|odešlete) (?:svou|vaši) zprávu znovu|\bzprávy\b[^.\n]{0,40}\b(?:již|už)"
    r" nebudou (?:zpracovány|čteny|přeposílány)|\b(?:zašlite|pošlite) (?:svoju|vašu) správu znova"
    r"|\bsprávy\b[^.\n]{0,40}\b(?:už|viac) nebudú (?:spracované|čítané|preposielané)"
    r"|\b(?:wyślij|prześlij|wyślijcie|prześlijcie) (?:swoją |państwa )?wiadomość ponownie"
    r"|\bwiadomości\b[^.\n]{0,40}\bnie będą (?:już )?(?:czytane|odbierane|przekazywane)",
    # The mail it got arrived and needs no second copy: "there's no need to send it again" (a
    # receipt's reassurance; en de fr es it nl pt).
    r"\b(?:there's|there is|you have|you've got)? ?no need to (?:re-?send|send|forward|submit)"
    r" (?:it|this|your (?:message|e-?mail|request|enquiry|inquiry))(?: to us)? (?:again|twice)\b"
    r"|\bno need to re-?send\b",
    r"\b(?:sie müssen|du musst|sie brauchen|du brauchst) (?:ihre |deine )?(?:nachricht|e-?mail"
    r"|anfrage|sie|es|diese) nicht (?:erneut|noch einmal|nochmals) (?:zu )?(?:senden|schicken"
    r"|zusenden)",
    r"\b(?:inutile|pas besoin|nul besoin) de (?:nous )?(?:le |la |les |l')?(?:renvoyer|réenvoyer"
    r"|réexpédier|transmettre à nouveau)",
    r"\bno (?:es necesario|hace falta|necesita|necesitas) (?:que )?(?:lo |la |nos lo )?(?:vuelva"
    r"|vuelvas|reenvíe|reenvíes|reenvie|reenvies|envíe de nuevo|envíes de nuevo) ?(?:a enviar)?",
    r"\bnon (?:è|e') necessario (?:inviarl[oa]|reinviarl[oa]|rispedirl[oa]|inoltrarl[oa])"
    r"(?: di nuovo| nuovamente)?|\bnon serve (?:reinviare|rispedire|inviarl[oa] di nuovo)",
    r"\b(?:u hoeft|je hoeft|jij hoeft) (?:het|uw bericht|je bericht|uw e-?mail|uw vraag) niet"
    r" (?:opnieuw|nogmaals|nog een keer) te (?:sturen|versturen|mailen)",
    r"\bnão (?:é necessário|precisa|há necessidade de) (?:de )?(?:enviar|reenviar|voltar a enviar)"
    r"(?: (?:a|o) (?:sua |seu )?(?:mensagem|e-?mail|pedido))?(?: novamente| de novo)?",
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
    r"\b(?:ticket|case|request|reference|incident|support|tracking|call) (?:number|no\.?|nr\.?"
    r"|id)\b"
    r"|\bticket\s*#\s*\d|\bhas been assigned (?:the )?(?:ticket|case|reference)"
    r"|\b(?:a|your) (?:new |support )?(?:ticket|case|call) (?:has been|was|is being) (?:created"
    r"|opened|logged|raised|registered)"
    # The same in pt es fr it de nl: "Foi aberto o incidente INC0048217", "El caso 0412 ha sido
    # creado", "Un ticket a été ouvert", "Ihr Ticket wurde angelegt".
    r"|\b(?:foi|foram) (?:aberto|criado|registado|registrado)s? (?:o|um) (?:incidente|chamado"
    r"|caso|ticket|pedido)|\b(?:o|um|seu) (?:incidente|chamado|caso|ticket|pedido)(?: \S+)? foi"
    r" (?:aberto|criado|registado|registrado)"
    r"|\b(?:se ha|ha sido|fue) (?:abiert|cread|registrad|generad)[oa] (?:el|la|un|una|su)"
    r" (?:incidente|incidencia|caso|ticket|solicitud)"
    r"|\b(?:el|la|su|un|una) (?:incidente|incidencia|caso|ticket)(?: \S+)?"
    r" (?:ha sido|fue|se ha) (?:abiert|cread|registrad)"
    r"|\b(?:l.|un |votre )(?:incident|ticket|dossier)(?: \S+)? a été (?:ouvert|créé|enregistré)"
    r"|\b(?:l.|un |il )(?:incidente|ticket|caso)(?: \S+)? è stato (?:aperto|creato|registrato)"
    r"|\bè stato (?:aperto|creato) (?:l.|un |il )(?:incidente|ticket|caso)"
    r"|\b(?:ein|das|der|ihr) (?:incident|ticket|vorgang)(?: \S+)? (?:wurde|ist)"
    r" (?:eröffnet|erstellt|angelegt)"
    r"|\b(?:wurde|ist) (?:ein|das|der|ihr) (?:incident|ticket|vorgang)(?: \S+)?"
    r" (?:eröffnet|erstellt|angelegt)"
    r"|\b(?:een|het|uw) (?:incident|ticket|melding)(?: \S+)? (?:is|werd)"
    r" (?:aangemaakt|geopend|geregistreerd)"
    # A case's number after the sign or abbreviation of "number" ("Caso N° 03418876", "ticket
    # nº 55120", "Vorgang Nr. 4471"): another desk's reference, never a person's order number
    # (the word before it names a case; "#", our own tickets' sign, is not among them).
    r"|\b(?:caso|ticket|case|incidencia|incidente|solicitud|chamado|protocolo|pratica"
    r"|richiesta|dossier|demande|vorgang|anfrage|melding|zaak|call|incident|request)"
    r" ?(?:n[°º]|no\.|nr\.|núm\.|num\.) ?:? ?\d{4,}"
    # Filed under a number, as "unter der Nummer" and "sous le numéro" below: "registered your
    # call under reference C-25-118734".
    r"|\bunder (?:the )?(?:reference|ticket|case|call|incident)?(?: ?number| no\.?| nr\.?)?"
    r" ?[#:]? ?(?:[a-z0-9]{1,6}[-/.])*\d{3,}",
    r"\b(?:ticket|vorgangs|referenz|fall|anfrage)nummer|\bunter der (?:nummer|ticket)",
    r"\bnuméro de (?:votre |ta )?(?:ticket|dossier|demande|suivi|référence)|\bsous le numéro",
    r"\bnúmero de (?:su |tu )?(?:caso|ticket|solicitud|incidencia|referencia|seguimiento)"
    r"|\bcon el número"
    # A number given to the request ("le hemos asignado el número #8831", "atribuímos o número",
    # "le abbiamo assegnato il numero", "nous lui avons attribué le numéro").
    r"|\b(?:hemos asignado|ha sido asignad[oa]|se le ha asignado|se ha asignado|atribuímos"
    r"|foi atribuído|abbiamo assegnato|è stato assegnato|avons attribué|a été attribué)"
    r"[^.\n]{0,20}\b(?:el|o|il|le) (?:número|numero|numéro)",
    r"\bnumero (?:di|del suo|della sua|del tuo|della tua) (?:ticket|pratica|richiesta|riferimento)"
    r"|\bcon il numero",
    r"\b(?:ticket|zaak|referentie|dossier|melding|aanvraag|incident)s?nummer"
    r"|\bonder (?:het )?nummer",
    # The possessive may stand between ("o número do seu chamado é #4821").
    r"\bnúmero (?:do|de|da) (?:seu |sua |vosso |vossa )?(?:chamado|protocolo|ticket|pedido"
    r"|atendimento|solicitação)|\bprotocolo"
    r"|\b(?:com|sob) o número",
    r"\b(?:logged|registered|recorded|filed) (?:under|with|as) (?:the )?(?:number|reference"
    r"|ticket|case)\b|\bmit der (?:nummer|ticketnummer|vorgangsnummer)|\bavec le numéro"
    r"|\bmet (?:het )?(?:nummer|referentienummer)\b",
    r"\bärende(?:nummer|nr|-id)|\b(?:sags|saks|henvendelses)nummer|\btiketti(?:numero)?"
    r"|\bnumer(?:em)? zgłoszenia|\bnr zgłoszenia|\bčíslo (?:požadavku|tiketu|případu|žádosti)"
    r"|\b(?:zaevidován|zaregistrován|evidován|přijat)\w* pod číslem|\bevidenční číslo"
    r"|\bčíslo jednací|\bevidenčné číslo|\bčíslo podania|\b(?:zarejestrowan|przyjęt)\w*"
    r" pod numerem"
    r"|\btalep (?:numarası|no)|\bkayıt numarası|\bnumaralı (?:kayıt|talep|destek)"
    r"|\bномер (?:заявки|обращения|тикета|запроса)",
    # A helpdesk's number, never the writer's order or parcel number (订单号, 快递单号).
    r"(?:受付番号|お問い合わせ番号|チケット番号|管理番号|工单号|工单编号|受理编号|服务单号|(?<![订递])单号|編號)",
    r"(?:접수 ?번호|티켓 ?번호|문의 ?번호|رقم (?:التذكرة|الطلب|البلاغ)|מספר (?:פנייה|קריאה"
    r"|כרטיס)|αριθμός (?:αιτήματος|δελτίου)|με αριθμό #?\d|jegyszám|bejelentés száma"
    r"|număr(?:ul)? (?:tichetului|de înregistrare|solicitării)|номер (?:звернення|запиту))",
    # et lv lt, then sk sl hr/bs/cnr/sr, then sr (Cyrillic) mk bg: the request's number, and
    # "registered under number".
    r"(?:\b(?:pöördumise|poordumise|päringu|paringu|taotluse|intsidendi|juhtumi) (?:number|nr\b)"
    r"|\bregistreeri(?:ti|tud) numbri(?:ga| all)"
    r"|\b(?:pieprasījuma|pieprasijuma|pieteikuma|iesnieguma|biļetes|biletes|incidenta)"
    r" (?:numurs|nr\b)|\b(?:reģistrē|registre)\w*(?: to| tos| jūsu \w+| jusu \w+)? ar (?:numuru"
    r"|nr\b)"
    r"|\b(?:užklausos|uzklausos|kreipimosi|prašymo|prasymo|bilieto|incidento) (?:numeris|nr\b)"
    r"|\b(?:užregistruot|uzregistruot)\w* numeriu|\bsuteiktas (?:numeris|nr\b))",
    r"(?:\b(?:číslo|cislo) (?:požiadavky|poziadavky|prípadu|pripadu|žiadosti|ziadosti|tiketu"
    r"|hlásenia|hlasenia)|\b(?:zaevidovan|zaregistrovan)\w* pod (?:číslom|cislom)"
    r"|\b(?:številka|stevilka) (?:zahtevka|prijave|primera|zadeve|vstopnice|zahteve)"
    r"|\b(?:zabeležen|zabelezen|evidentiran|registriran|sprejet)\w* pod (?:številko|stevilko)"
    r"|\bbroj (?:zahtjeva|zahteva|upita|prijave|predmeta|tiketa|slu[čc]aja|reklamacije)"
    r"|\b(?:zaveden|zaprimljen|evidentiran|registriran|registrovan|primljen)\w*(?: je)?"
    r"(?: u[^.\n]{0,40})? pod brojem|\bpod brojem #?\d)",
    r"(?:\bброј (?:захтева|упита|пријаве|предмета|тикета|случаја|рекламације)|\b(?:заведен"
    r"|евидентиран|регистрован|примљен)\w*(?: је)?(?: у[^.\n]{0,40})? под бројем"
    r"|\bпод бројем #?\d|\bброј на (?:барањето|барање|пријавата"
    r"|предметот|тикетот|случајот)|\b(?:заведен|евидентиран|регистриран|примен)\w*(?: е)? под"
    r" (?:број|бр\.)|\bномер на (?:запитването|заявката|сигнала|тикета|случая|преписката)"
    r"|\b(?:регистриран|заведен|входиран)\w* (?:под|с) (?:номер|№|вх)|\bвходящ (?:номер|№)"
    r"|\bрегистрационен (?:номер|№)|\bвх\. ?№)",
    # id ms, vi, th, tl, hi: the ticket's or the request's number.
    r"(?:\bnomor (?:tiket|laporan|pengaduan|permintaan|referensi)\b|\bno\. ?tiket\b"
    r"|\bnombor (?:tiket|rujukan|aduan)\b|\b(?:mã|số) (?:phiếu|yêu cầu|hỗ trợ|ticket|tham chiếu)\b"
    r"|(?:หมายเลข|เลขที่)(?:ตั๋ว|คำขอ|คำร้อง|อ้างอิง|เรื่อง)|\b(?:numero|bilang) ng (?:tiket|ticket"
    r"|kahilingan|reference)\b|टिकट (?:नंबर|संख्या)|संदर्भ संख्या)",
    # Russian and Ukrainian "registered under number", "a number was assigned".
    r"\b(?:зарегистрирован|принят)\w* (?:под|за) номером|\bприсвоен\w* (?:номер|№)"
    r"|\b(?:зареєстрован|прийнят)\w* (?:під|за) номером|\bприсвоєн\w* (?:номер|№)",
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
    # Outlook's and webmails' "Automatic reply" in et lv lt sk sl hr/bs/cnr/sr mk bg.
    r"|automaatne vastus|automaatvastus|automātiskā atbilde|automatiska atbilde"
    r"|automātiska atbilde|automatinis atsakymas|automaticka odpoved|samodejni odgovor"
    r"|avtomatski odgovor|automatski odgovor|аутоматски одговор|автоматски одговор"
    r"|автоматичен отговор"
    r"|thư trả lời tự động|trả lời tự động|phản hồi tự động"
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
    # et lv lt sk sl hr/bs/cnr/sr mk bg: out of office, absent, on leave.
    r"|kontorist (?:väljas|valjas|eemal)|puhkusel|eemal|äraolek|eemalolek|prombūtne|prombutne"
    r"|ārpus biroja|arpus biroja|atvaļinājumā|atvalinajuma|ne biure|nesu biure|atostogose"
    r"|atostogos|mimo kancelárie|mimo kancelarie|neprítomnosť|nepritomnost|dovolenka"
    r"|odsotnost|odsoten|odsotna|izven pisarne|dopust|odsutnost|odsustvo|odsutan|odsutna"
    r"|izvan ureda|van kancelarije|izvan kancelarije|godišnji odmor|godisnji odmor"
    r"|одсуство|одсутност|одсутан|одсутна|ван канцеларије|годишњи одмор|отсуство|отсутен"
    r"|отсутна|надвор од канцеларија|годишен одмор|отсъствие|отсъствам|извън офиса|в отпуск"
    r"|не съм в офиса"
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
    # et lv lt sk sl hr/bs/cnr/sr mk bg: "Undeliverable" as their mail programs title it
    # ("Kohaletoimetamatu", "Nepiegādājams", "Nepristatytas", "Neisporučivo", "Недоставено");
    # the sentences ("isporuka nije uspjela", "доставката се забавя") are BOUNCE_BODY's, which
    # is searched in the subject too. Grouped by their first letters: this regex runs on every
    # subject, and an alternative that cannot start at a letter costs nothing there.
    r"|k(?:ohale|[äa]tte)toimetamatu"
    r"|ne(?:pieg[āa]d[āa]jam|pristat(?:yt|om)|doruc(?:en|itel)|dostavljiv|isporu[čc]iv)"
    r"|не(?:испоруч|испорач|достав|възможна доставка)"
)
# What a virus or content-filter gateway says about the message it stopped.
GATEWAY_WORDS = (
    r"\bwirus|\bvirü|\bвирус|ウイルス|病毒|\bvírus|\bvirus"
    r"|karantän|karantæne|karantene|karanteeni|kwarantann|karantén|karanténa|karantina|карантин"
    r"|隔離|隔离|zablokowan|zablokován|zablokovan|engellendi|заблокирован|ブロックされ|已被拦截|被拦截"
    r"|blockerat|blokeret|blokkert|estetty|odrzucon|odmítnut|reddedildi|отклонено"
    r"|바이러스|격리|악성 ?코드|فيروس|الحجر|برامج ضارة|וירוס|הסגר|\bιός|κακόβουλ|καραντίνα"
    r"|kártevő|carantin|вірус|шкідлив"
    # et lv lt sk sl hr/bs/cnr/sr mk bg: virus, quarantine, blocked, malicious (one alternation:
    # its words are looked for together).
    r"|(?:viirus|vīrus|karantiin|karantīn|karantin|karanten|blokeeritud|bloķēt|blokēt|blokiran"
    r"|užblokuot|uzblokuot|pahavara|ļaunprātīg|launpratig|kenkėjišk|kenkejisk|škodliv|skodliv"
    r"|zlonamern|zlonamjern|zaražen|zarazen|блокиран|злонамерн|заражен|зловредн|заразен)"
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
    # Estonian's moderator ("moderaator"); the others' ("moderátor", "moderator", "модератор")
    # are read already.
    r"|moderaator"
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
    r"|\bwypisz się|\brezygnacja z subskrypcji|\bodhlásit|\bodhlášení"
    r"|\bотписаться|\bвідписатися|配信停止|退订|取消订阅|退訂"
    r"|수신 ?거부|구독 ?취소|수신을 원(?:하지 않으|치 않으)시면|إلغاء الاشتراك|להסרה מרשימת"
    r"|ביטול (?:ה)?מנוי"
    r"|κατάργηση (?:της )?εγγραφής|dezabon"
    # ca: "si no voleu rebre'l més", "rebeu aquest butlletí perquè", "donar-vos de baixa"
    r"|\bsi no (?:voleu|vols|desitgeu) (?:continuar )?rebre|\brebeu aquest (?:correu|missatge"
    r"|butlletí|butlleti)|\bdonar-(?:vos|te) de baixa"
    # "You got this message because ...", "to stop receiving": the footer tells the reader why
    # they are on the list and how to leave it.
    r"|(?:وصلتك|تصلك|تلقيت|استلمت) هذه (?:الرسالة|الرسائل)|(?:لعدم|لإيقاف) (?:استلام|تلقي)",
    # et lv lt sk sl hr/bs/sr sr-Cyrillic mk bg: leave the list, and "you get this mail because".
    r"\b(?:loobu|loobuge|loobumine|tühista tellimus|tuhista tellimus|tellimusest loobumine)\b"
    r"|\bsaate (?:selle|seda) (?:kirja|e-kirja|uudiskirja)|\b(?:atteikties|atrakstīties"
    r"|atrakstities|anulēt abonementu|anulet abonementu)\b|\bjūs saņemat (?:šo|so)|\bjus sanemat"
    r" (?:šo|so)|\b(?:atsisakyti|atsisakykite|atsisakymas|atsiregistruoti)\b|\b(?:gaunate|gavote)"
    r" (?:šį|si) (?:laišką|laiska|naujienlaišk|naujienlaisk)|\b(?:odhlásiť|odhlasit|odhlásenie"
    r"|odhlasenie|odhlásite|odhlasite)\b|\b(?:odjava|odjavite se|odjaviti se|odjavi se)\b"
    r"|\b(?:ovu|ovo|to) (?:poruku|e-?poruku|e-?mail|sporočilo|sporocilo|obvestilo|e-sporočilo)"
    r" (?:ste )?(?:primili|prejeli|dobili|primate|prejemate|dobivate)|\b(?:prejemate|dobivate"
    r"|primate) (?:to|ovo|ova|ta) (?:sporočil|sporocil|obvestil|e-?poruk|poruk|e-?mail)"
    r"|\b(?:одјава|одјавите се|одјавете се|отписване|отпишете се|отписване от)\b"
    r"|\b(?:получавате|получихте) (?:този|това) (?:имейл|писмо|бюлетин|съобщение)"
    r"|\b(?:ја|го) (?:добивате|примате) (?:оваа|овој) (?:порака|е-?пошта)",
    # fi tr ru uk ro el hu sq: leave the list, and "you get this mail because".
    r"\bsaat tämän (?:viestin|sähköpostin|uutiskirjeen)|\btilauksen peruminen|\bperu tilaus"
    r"|\bjos et (?:enää )?halua (?:enää )?(?:vastaanottaa|saada) (?:tätä|näitä|uutiskirje)"
    r"|\bbu (?:e-?postayı|iletiyi|mesajı|bülteni)\b[^.\n]{0,40}\b(?:aldınız|alıyorsunuz)"
    r"|\b(?:abonelikten|listeden|bültenden) (?:çık|ayrıl)"
    r"|\bвы получили (?:это|данное) (?:письмо|сообщение)|\bвы получаете (?:это|данное|эту)"
    r" (?:письмо|сообщение|рассылку)|\bотписаться от (?:рассылки|новостей)"
    r"|\bви отримали (?:цей|цього) (?:лист|листа|повідомлення)|\bви отримуєте (?:цей|цю|ці)"
    r" (?:лист|розсилку|листи)"
    r"|\b(?:primiți|primiţi|primești|primesti|ați primit|aţi primit|ai primit) acest (?:mesaj"
    r"|e-?mail|newsletter)"
    r"|\bλαμβάνετε (?:αυτό|το παρόν) (?:το )?(?:μήνυμα|email|e-mail|ενημερωτικό)"
    r"|\bδιαγραφ(?:ή|είτε|είτε) από (?:τη λίστα|το ενημερωτικό|τη λίστα αποδεκτών)"
    r"|\bleiratkoz|\biratkoz(?:hat|zon|hatsz|z) le\b|\bazért kapta (?:ezt|e) (?:a )?(?:levelet"
    r"|e-?mailt|hírlevelet)|\b(?:ezt|e) (?:a )?(?:levelet|e-?mailt|hírlevelet) azért kapta"
    r"|\bç'?abonohu|\bçregjistrohu|\b(?:e )?merrni (?:këtë|kete) (?:email|e-mail|mesazh)",
    # id ms: leave the list, not wishing to receive mail from us or me again ("Kalau tidak
    # berkenan menerima email dari saya lagi, klik di sini").
    r"\bberhenti berlangganan|\bhenti langganan|\b(?:tidak|tak) (?:ingin|mau|berkenan|lagi ingin)"
    r" (?:lagi )?menerima (?:email|e-?mel|surel|pesan|surat)"
    r"|\banda menerima (?:email|e-?mel|surel|pesan) ini (?:karena|kerana|sebab)",
    # vi: "you receive this email because", stop receiving the offers' mail.
    r"\b(?:bạn|quý khách|anh/chị) (?:nhận được|đang nhận) (?:email|thư|e-?mail|bản tin) này"
    r"|\bhủy (?:nhận|đăng ký nhận|đăng ký) (?:email|thư|bản tin|tin)|\bngừng nhận (?:email|thư"
    r"|bản tin)",
)
# A promise to answer later, as helpdesks and autoresponders make it ("we will get back to you
# as soon as possible"): weak alone, machine-like with a receipt or an absence.
RESPOND = (
    # Answered in the order received, the queue's rule a receipt states ("risponde in ordine di
    # arrivo", "par ordre d'arrivée", "in der Reihenfolge des Eingangs").
    r"\b(?:in (?:the )?order (?:of (?:arrival|receipt)|(?:they|it) (?:were|was|are|is)"
    r" received)|in ordine di (?:arrivo|ricezione)|par ordre d'(?:arrivée|arrivee|réception)"
    r"|por orden de (?:llegada|recepción|recepcion)|in der reihenfolge (?:des|ihres) eingangs"
    r"|op volgorde van (?:binnenkomst|ontvangst)|por ordem de (?:chegada|receção|recepção"
    r"|recebimento))\b",
    # One agent's promise in the first person, with the deadline: "te respondo em até 48 horas
    # úteis", "je vous réponds sous 48 h", "ti rispondo entro 2 giorni".
    r"\b(?:(?:te|lhe|vos) respondo em (?:até )?"
    r"|(?:te|le|les) respondo en (?:un máximo de |menos de )?"
    r"|je (?:vous|te) réponds (?:sous|dans les|d'ici) |(?:ti|le|vi) rispondo entro "
    r"|ich (?:antworte|melde mich bei) (?:ihnen|dir|euch) (?:innerhalb von |binnen )"
    r"|ik (?:antwoord|reageer|beantwoord) (?:u |je |jullie )?(?:binnen |uiterlijk )"
    r"|i(?:'ll| will) (?:respond|reply|get back to you) within )\d+",
    # The promise made for a team: "a member of our team will respond within 2 days".
    r"\b(?:a member of (?:our|the) (?:team|staff)|one of us|someone (?:from|on|in) (?:our|the) team"
    r"|one of our (?:team|agents|staff|advisors"
    r"|representatives|specialists)|our (?:team|staff|agents|advisors)) will (?:respond|reply"
    r"|get back to you|be in touch|contact you)[^.\n]{0,30}(?:as soon as|shortly|within|in due"
    r" course|in the order)",
    r"\b(?:a|an|one of our) (?:support |customer service |service |technical )?(?:representative"
    r"|agent|specialist|advisor|adviser|engineer|team member|consultant) will (?:be reviewing"
    r"|review|respond|reply|get back to you|be in touch|contact you|send you)[^.\n]{0,60}"
    r"(?:as soon as|shortly|within|in due course|personal (?:response|reply))",
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
    # The team promised in the third person ("Nuestro equipo ... le responderá en un plazo
    # máximo de 48 horas").
    r"\bnuestro (?:equipo|departamento|servicio)\b[^.\n]{0,60}\b(?:le|te|les) (?:responderá"
    r"|contestará|contactará)[^.\n]{0,20}(?:lo antes posible|a la mayor brevedad|en breve"
    r"|en un plazo|en menos de)",
    # "La ricontatteremo": the formal "you" (La, Le) of a business's receipt.
    r"\b(?:le|la|ti|vi) (?:risponderemo|risponderò|ricontatteremo)[^.\n]{0,20}(?:al più presto"
    r"|quanto prima|il prima possibile|entro)",
    r"\b(?:wij|we|ik) (?:nemen|neem) [^.\n]{0,20}zo (?:snel|spoedig) mogelijk contact"
    r"|\b(?:wij|we|ik) (?:reageren|reageer|antwoorden|beantwoorden) [^.\n]{0,20}(?:zo snel"
    r" mogelijk|binnen)"
    # "een van mijn collega's of ikzelf reageert binnen 2 werkdagen"
    r"|\been van (?:mijn|onze) collega'?s (?:of (?:ik|ikzelf) )?(?:reageert|antwoordt|neemt)"
    r" [^.\n]{0,30}(?:zo snel mogelijk|binnen|contact)",
    r"\b(?:responderemos|responderei|entraremos em contato)[^.\n]{0,20}(?:o mais (?:breve|rápido)"
    r"|assim que possível|em breve|no prazo)",
    # One of our agents (named by role) will answer, with when: "um de nossos atendentes vai
    # analisar e responder em até 1 dia útil", "un de nos conseillers vous répondra sous 48 h".
    r"\b(?:einer? unserer|ein|eine) (?:mitarbeiter|kolleg|techniker|berater|support)\w*"
    r" (?:wird|werden) (?:sich )?[^.\n]{0,40}(?:innerhalb|binnen|schnellstmöglich|so schnell wie"
    r" möglich|umgehend|zeitnah|in kürze)",
    r"\b(?:un de nos|l'un de nos|une de nos|un|une) (?:agent|conseill|technicien|collaborat"
    r"|membre)\w* (?:de (?:notre|l')équipe |du [^.\n]{0,40}?)?(?:vous )?(?:répondra|contactera"
    r"|recontactera"
    r"|reviendra vers vous|traitera|analysera)[^.\n]{0,40}(?:sous|dans les|dans un délai"
    r"|rapidement|dès que|au plus vite)",
    r"\b(?:uno de nuestros|una de nuestras|un|una) (?:agente|asesor|técnic|especialista"
    r"|ejecutiv|miembro|integrante)\w* (?:de (?:nuestro|el) equipo )?(?:le |te )?(?:responderá"
    r"|contactará|atenderá|revisará|analizará)[^.\n]{0,60}(?:lo antes posible|a la mayor brevedad"
    r"|en breve|en un plazo|dentro de|en menos de)",
    # The periphrastic future of Latin America, with when: "un integrante de nuestro equipo te
    # va a responder a la brevedad", "vamos a responderle en un plazo de 24 horas".
    r"\b(?:(?:te|le|les) (?:va|van|vamos) a (?:responder|contactar|contestar|escribir)"
    r"|(?:vamos|va|van) a (?:responderte|responderle|responderles|contactarte|contactarle"
    r"|contestarte|contestarle))\b[^.\n]{0,40}(?:a la (?:mayor )?brevedad|lo antes posible|en breve"
    r"|en un plazo|dentro de|en menos de)",
    r"\b(?:uno dei nostri|una delle nostre|un|una) (?:operator|consulent|tecnic|agent"
    r"|collaborator|addett)\w* (?:la |le |ti |vi )?(?:risponderà|contatterà|ricontatterà"
    r"|prenderà in carico|esaminerà|analizzerà)[^.\n]{0,60}(?:al più presto|quanto prima"
    r"|il prima possibile|entro|a breve)",
    r"\b(?:een van onze|een|onze) (?:medewerker|collega|adviseur|specialist|servicedesk"
    r"|consulent)\w* (?:neemt|nemen|zal|zullen|reageert|reageren|beantwoordt|behandelt|gaat)"
    r"[^.\n]{0,60}(?:zo snel mogelijk|zo spoedig mogelijk|binnen)",
    r"\b(?:um de nossos|uma de nossas|um|uma) (?:atendente|agente|analista|técnic|especialista"
    r"|consultor|colaborador)\w* (?:vai |irá |ira |deverá )?(?:analisar|responder|entrar em"
    r" contato|retornar|atender)[^.\n]{0,60}(?:em até|o mais (?:breve|rápido)|assim que"
    r" possível|em breve|no prazo|dentro de)",
    r"\b(?:återkommer|svarar) (?:vi|jag) [^.\n]{0,20}(?:så snart som möjligt|snarast)"
    r"|\bvender tilbage hurtigst muligt|\bsvarer (?:deg|dig) så snart"
    r"|\bodpowiemy (?:najszybciej|niezwłocznie|w ciągu)|\bodpovíme (?:co nejdříve|obratem)"
    r"|\bodpovíme (?:zpravidla |obvykle |nejpozději )?do \d"
    r"|(?:en kısa sürede|en kısa zamanda)(?: size)? (?:dönüş|yanıt|cevap)"
    r"|\bответим (?:вам )?(?:в ближайшее|как можно скорее|в течение)",
    # The desk's promise ("我们会尽快回复"), never a writer's plea ("能不能尽快处理").
    r"(?:追って|改めて|順次)(?:ご連絡|ご返信|回答)|(?:我们(?:会|将)?|将|会)尽快(?:回复|答复|处理|与您联系)",
    # et lv lt sk sl hr/bs/sr sr-Cyrillic mk bg: "our specialists will answer / contact you".
    r"\b(?:meie )?(?:spetsialistid|klienditeenindajad|töötajad|tootajad) (?:vastavad|võtavad"
    r" teiega ühendust|votavad teiega uhendust)",
    r"\b(?:mūsu|musu) (?:speciālisti|specialisti|darbinieki|konsultanti) (?:atbildēs|atbildes"
    r"|sazināsies|sazinasies)"
    # "I or one of my colleagues will answer you within 24 hours"
    r"|\b(?:kāds|kads) no (?:maniem|mūsu|musu) (?:kolēģiem|kolegiem)\b[^.\n]{0,20}\b(?:atbildēs"
    r"|atbildes|atbildēsim|atbildesim|sazināsies|sazinasies)",
    r"\b(?:mūsų|musu) (?:specialistai|konsultantai|darbuotojai) (?:atsakys|susisieks)",
    r"\b(?:naši )?(?:špecialisti|specialisti|pracovníci|pracovnici|konzultanti) (?:vám )?"
    r"(?:odpovedia|budú kontaktovať|budu kontaktovat)",
    r"\b(?:naši )?(?:strokovnjaki|svetovalci|sodelavci) (?:vam )?(?:bodo odgovorili|se vam bodo"
    r" oglasili)",
    r"\b(?:naši )?(?:stručnjaci|strucnjaci|djelatnici|zaposleni|savjetnici|saradnici|suradnici"
    r"|operateri) (?:će|ce) vam (?:odgovoriti|se javiti)|\b(?:odgovorit ćemo|odgovorićemo"
    r"|odgovoricemo|javit ćemo|javićemo|javicemo) vam",
    r"\b(?:наши )?(?:стручњаци|сарадници|оператери) ће вам (?:одговорити|се јавити)"
    r"|\b(?:одговорићемо|јавићемо) вам",
    r"\b(?:нашите )?(?:стручњаци|соработници|оператори) ќе ви (?:одговорат|се јават)"
    r"|\bќе ви одговориме",
    r"\b(?:нашите )?(?:специалисти|служители|консултанти) ще (?:ви отговорят|се свържат с вас)"
    r"|\bще ви отговорим",
    # A person of the team named by role, in the third person: "a technician will review your
    # request as soon as possible" (es fr it pt de nl), and Russian/Ukrainian "we will consider
    # your request within a day", "a specialist will contact you".
    r"\bun (?:técnico|agente|especialista|asesor|gestor|operador|miembro de nuestro equipo)"
    r" (?:revisará|atenderá|responderá|gestionará|analizará|estudiará|se pondrá en contacto)"
    r"[^.\n]{0,60}(?:lo antes posible|a la mayor brevedad|en breve|en un plazo|en las próximas)",
    r"\bun (?:technicien|conseiller|agent|membre de notre équipe|de nos (?:conseillers"
    r"|techniciens)) (?:traitera|examinera|prendra en charge|vous répondra|reviendra vers vous"
    r"|vous recontactera|vous contactera)[^.\n]{0,60}(?:dans les (?:plus brefs|meilleurs) délais"
    r"|rapidement|dès que possible|au plus vite|sous \d)",
    r"\bun (?:tecnico|operatore|consulente|nostro (?:incaricato|operatore|tecnico))"
    r" (?:esaminerà|prenderà in carico|gestirà|risponderà|la contatterà|ti contatterà|ricontatterà)"
    r"[^.\n]{0,60}(?:al più presto|quanto prima|il prima possibile|entro)",
    r"\bum (?:técnico|atendente|consultor|especialista|agente|analista) (?:analisará|responderá"
    r"|entrará em contato|atenderá|retornará)[^.\n]{0,60}(?:o mais (?:breve|rápido)|assim que"
    r" possível|em breve|no prazo)",
    r"\bein(?:e)? (?:mitarbeiter(?:in)?|techniker(?:in)?|berater(?:in)?|kolleg(?:e|in))"
    r" (?:unseres teams |aus unserem team )?wird sich[^.\n]{0,60}(?:schnellstmöglich|so schnell wie"
    r" möglich|umgehend|zeitnah|in kürze|innerhalb)",
    r"\been (?:medewerker|technicus|adviseur|collega) (?:neemt|zal|gaat)[^.\n]{0,50}(?:zo snel"
    r" mogelijk|zo spoedig mogelijk|binnen \d)",
    r"\b(?:мы )?рассмотрим (?:ваше обращение|вашу заявку|ваш запрос|его|её|ее)[^.\n]{0,40}"
    r"(?:в течение|в ближайшее время|как можно скорее|в срок)|\b(?:специалист|оператор|сотрудник)"
    r" (?:свяжется с вами|ответит вам)",
    # How soon the team usually answers, said of any mail it gets: "we usually reply within one
    # business day" (a receipt's promise; en de fr es it nl pt).
    r"\b(?:we|our team) (?:usually|normally|typically|generally|aim to|try to) (?:reply|respond"
    r"|answer|get back to (?:you|people|everyone))[^.\n]{0,20}\bwithin (?:one|two|a|\d+)",
    r"\b(?:wir|unser team) (?:antworten|antwortet|melden uns|meldet sich) (?:in der regel"
    r"|normalerweise|üblicherweise|meist)[^.\n]{0,20}\b(?:innerhalb|binnen)",
    r"\bnous (?:répondons|vous répondons|revenons vers vous) (?:généralement|habituellement"
    r"|en général|d'ordinaire)[^.\n]{0,20}\b(?:sous|dans les|en moins de|dans un délai)",
    r"\b(?:normalmente|habitualmente|solemos|generalmente) (?:respondemos|responder|contestamos"
    r"|contestar)[^.\n]{0,20}\b(?:en (?:un plazo de|menos de|\d)|dentro de)",
    r"\b(?:di solito|solitamente|normalmente|in genere) (?:rispondiamo|rispondiamo a tutti)"
    r"[^.\n]{0,20}\bentro",
    r"\b(?:we|wij) (?:reageren|antwoorden) (?:meestal|doorgaans|normaal gesproken|gewoonlijk)"
    r"[^.\n]{0,20}\bbinnen|\b(?:meestal|doorgaans|normaal gesproken) (?:reageren|antwoorden)"
    r" (?:we|wij)[^.\n]{0,20}\bbinnen",
    r"\b(?:normalmente|geralmente|costumamos) (?:respondemos|responder)[^.\n]{0,20}"
    r"\b(?:em até|dentro de|no prazo de|em \d)",
    r"\b(?:ми )?розглянемо (?:ваше звернення|ваш запит|вашу заявку|його|її)[^.\n]{0,40}"
    r"(?:протягом|найближчим часом|якнайшвидше|у строк)|\b(?:фахівець|спеціаліст|оператор"
    r"|співробітник) (?:зв'яжеться з вами|зв’яжеться з вами|відповість вам)",
    # hu: our colleagues (the support) will answer you personally within a day, soon.
    r"\b(?:kollégáink|kollégánk|munkatársaink|munkatársunk|ügyfélszolgálatunk)\b[^.\n]{0,60}"
    r"\b(?:válaszolnak|válaszol|felveszi? (?:Önnel|önnel) a kapcsolatot|keresni fogják)"
    r"|\bhamarosan (?:válaszolunk|jelentkezünk|felvesszük)",
    # ko: a reply within one or two business days ("영업일 기준 1~2일 이내로 회신")
    r"\d+ ?(?:[~-] ?\d+ ?)?일 ?(?:이내|안)(?:로|에)? (?:회신|답변|연락|답장)",
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
    # et lv lt sk sl hr/bs/cnr/sr mk bg: the mail (delivery) system, its server, its
    # administrator ("Postisüsteem", "Pasta sistēma", "Pašto serveris", "Systém doručovania
    # pošty", "Poštni strežnik", "Sustav za isporuku pošte", "Поштански систем", "Пощенска
    # система", "Системен администратор"). Grouped by their first letters: this regex runs on
    # every From, and an alternative that cannot start at a letter costs nothing there.
    r"|s(?:[üu]steemiadministraator|ist[ēe]mas administrators|istemos administratorius"
    r"|istem za (?:dostavo|isporuku|dostavu) po[šs]te|istemski skrbnik|ustav za (?:isporuku"
    r"|dostavu) po[šs]te|yst[ée]m doru[čc]ovania po[šs]ty|krbnik sistema|pr[áa]vca syst[ée]mu)"
    r"|p(?:osti ?(?:s[üu]steem|server)|asta (?:pieg[āa]des )?(?:sist[ēe]ma|serveris)"
    r"|a[šs]to (?:pristatymo )?(?:sistema|serveris)|o[šs]tni (?:sistem|stre[žz]nik)"
    r"|o[šs]tanski (?:sustav|sistem|server|poslu[žz]itelj)|ostovy (?:system|server))"
    r"|e-posti (?:s[üu]steem|server)|m(?:eiliserver|ail poslu[žz]itelj)|administrator"
    r" (?:sustava|sistema)"
    r"|с(?:истем за (?:испоруку|доставу) поште|истем за испорака на пошта|истемски администратор"
    r"|истема за доставка на поща|истемен администратор)|п(?:ошт(?:ански|енски) (?:систем"
    r"|сервер)|ощенск(?:а система|и сървър))|администратор система"
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
    # Could not be passed on: a forward or an alias's delivery failed (a home-made forwarding
    # script, a server's redirect), in the languages we read.
    r"\bcould(?: not|n'?t) be (?:forwarded|redirected)|\bkonnte nicht weitergeleitet werden"
    r"|\bn'a pas pu être (?:transféré|transmis|réexpédié|redirigé)|\bno (?:se )?pudo (?:ser )?"
    r"reenviar|\bno pudo ser reenviad|\bnon è stato possibile inoltrar|\bnon (?:ha potuto|può)"
    r" essere inoltrat|\bkon niet (?:worden )?doorgestuurd|\bnão (?:pôde|foi possível) (?:ser )?"
    r"(?:encaminh|reencaminh)",
    # Not delivered yet and retried: a delay warning's sentence, with or without a DSN.
    r"\b(?:has|have) not yet been delivered|\bnot (?:been )?delivered yet|\bwill (?:continue to"
    r" )?retry|\bwill be retried|\bstill (?:trying|attempting) to deliver"
    r"|\bmessage (?:is )?still undelivered after|\bwill keep trying until",
    r"\bei ole (?:vielä |viela )?voitu toimittaa",
    r"\bnoch nicht (?:zugestellt|ausgeliefert)|\bweitere zustellversuche|\bzustellung wird"
    r" (?:weiterhin|erneut) versucht",
    r"\bpas encore été (?:remis|distribué|délivré|livré)|\bcontinuera (?:à |de |d')"
    r"(?:essayer|tenter)|\bpas encore pu être (?:remis|distribué|délivré|livré)",
    # "could not yet be delivered", said with the modal (en de es it nl).
    r"\bcould not yet be delivered|\bkonnte noch nicht (?:zugestellt|ausgeliefert) werden"
    r"|\b(?:aún|todavía) no (?:se )?(?:ha )?podido (?:ser )?entregar|\bnon è (?:stato )?ancora"
    r" (?:stato )?possibile (?:consegnar|recapitar)|\bkon nog niet (?:worden )?(?:afgeleverd"
    r"|bezorgd)",
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
    # Estonian, Latvian, Lithuanian, Slovak, Slovenian, Croatian/Bosnian/Montenegrin/Serbian
    # (Latin and Cyrillic), Macedonian, Bulgarian: not delivered, delivery failed or delayed,
    # mailbox full, recipient unknown; as the body says it and as the subject titles it
    # ("Isporuka nije uspjela", "Доставката се забавя"). Each language one alternation, with
    # few words to look for: it is searched in every subject.
    r"(?:\bei (?:õnnestunud|onnestunud) (?:kohale |kätte |katte )?(?:toimetada|edastada)"
    r"|\bkohaletoimetamine (?:ebaõnnestus|ebaonnestus|nurjus|hilineb|viibib)"
    r"|\bedastamine (?:ebaõnnestus|ebaonnestus)|\bpostkast on (?:täis|tais)\b"
    r"|\btundmatu (?:adressaat|saaja)|\bei ole (?:veel )?kohale toimetatud)",
    r"(?:\bnevar[ēe]ja (?:pieg[āa]d[āa]t|nos[ūu]t[īi]t)|\bnetika pieg[āa]d[āa]t"
    r"|\b(?:piegāde|piegade) (?:neizdev[āa]s|aizkav[ēe]jas|kav[ēe]jas)"
    r"|\b(?:piegādes kļūda|piegades kluda)|\bpastkast\w* ir pilna"
    r"|\bnezin[āa]ms (?:adres[āa]ts|lietot[āa]js|saņēmējs|sanemejs)"
    r"|\b(?:adresāts|adresats) nav atrasts|\bv[ēe]l nav pieg[āa]d[āa]t)",
    r"(?:\bnepavyko (?:pristatyti|išsiųsti|issiusti)|\bnebuvo pristatyt|\bnegali b[ūu]ti"
    r" pristatyt|\bpristatymas (?:nepavyko|v[ėe]luoja|atid[ėe]tas)|\bpristatymo klaida"
    r"|\b(?:pašto|pasto) (?:dėžutė|dezute) (?:yra )?(?:pilna|perpildyta)|\bne[žz]inomas"
    r" gav[ėe]jas|\bgav[ėe]jas (?:nerastas|neegzistuoja)|\b(?:dar|vis dar) nepristatyt)",
    r"(?:\b(?:nemohla|nemohol|nebola|nebol|nemôže|nemoze) (?:byť |byt )?(?:doručen|dorucen)"
    r"|\bnebolo mo[žz]n[ée] doru[čc]i[ťt]|\b(?:schránka|schranka) (?:príjemcu |prijemcu )?"
    r"(?:je )?(?:plná|plna|preplnená|preplnena)|\b(?:príjemca|prijemca) (?:neexistuje"
    r"|nebol n[áa]jden)|\b(?:neznámy|neznamy) (?:príjemca|prijemca)|\b(?:doručenie|dorucenie)"
    r" (?:správy |spravy )?(?:zlyhalo|sa nepodarilo|sa oneskoruje|bolo oneskoren)"
    r"|\boneskoren[ée] doru[čc]enie)",
    r"(?:\bni (?:bilo )?mogo[čc]e dostaviti|\b(?:sporočilo|sporocilo) ni bilo dostavljen"
    r"|\bdostava (?:sporočila |sporocila )?(?:ni uspela|ni bila uspe[šs]na|je zakasnjena)"
    r"|\b(?:neuspe[šs]na|zakasnjena) dostava|\bpo[šs]tni predal (?:prejemnika )?je"
    r" (?:poln|prepoln)\b|\bprejemnik (?:ne obstaja|ni bil najden)|\bneznan prejemnik"
    r"|\bponovno (?:bomo )?poskusili)",
    r"(?:\bnije (?:bilo )?mogu[ćc]e (?:isporu[čc]iti|dostaviti|uru[čc]iti)|\bnije mogl[ao] biti"
    r" (?:isporu[čc]en|dostavljen|uru[čc]en)|\bporuka nije (?:isporu[čc]ena|dostavljena"
    r"|uru[čc]ena)|\bisporuka (?:poruke )?(?:je )?(?:nije uspjela|nije uspela|neuspje[šs]n"
    r"|neuspe[šs]n|odgo[đd]en|odlo[žz]en|kasni)|\bneusp(?:je|e)l[ae] isporuk|\b(?:sandu[čc]i[ćc]"
    r"|pretinac)\b(?: primatelja| primaoca)? (?:je )?(?:pun|prepun|popunjen)\b|\bnepoznat"
    r" (?:primatelj|primalac|korisnik)|\b(?:primatelj|primalac) (?:ne postoji|nije prona[đd]en"
    r"|nije pronadjen)|\bpoku[šs]a(?:t [ćc]emo|[ćc]emo) ponov)",
    r"(?:\bније (?:било )?могуће (?:испоручити|доставити|уручити)|\bније могл[ао] бити"
    r" (?:испоручен|достављен)|\bпорука није (?:испоручена|достављена)|\bиспорука (?:поруке )?"
    r"(?:је )?(?:није успела|неуспешн|одложен|касни)|\bнеуспела испорука|\bсандуче\b"
    r"(?: примаоца)? (?:је )?(?:пуно|препуно)\b|\bнепознат (?:прималац|корисник)|\bпрималац"
    r" (?:не постоји|није пронађен)|\bјош није (?:испоручен|достављен)|\bпокушаћемо поново)",
    r"(?:\bне (?:можеше|може) да (?:биде )?(?:испорачан|доставен)|\bне (?:беше|е) можно да се"
    r" испорача|\bне може да се испорача|\bпораката не е (?:испорачана|доставена)"
    r"|\bиспораката (?:не успеа|е неуспешна|е одложена|доцни)|\b(?:неуспешна|одложена)"
    r" испорака|\bсандачето\b[^.\n]{0,20}\bе (?:полно|преполно)\b|\bнепознат примач"
    r"|\bпримачот (?:не постои|не е пронајден)|\b(?:сѐ|сè|се) уште не е (?:испорачан|доставен)"
    r"|\bќе се обидеме повторно)",
    r"(?:\b(?:съобщението|съобщение|писмото|писмо|имейлът|имейла|имейл)\b[^.\n]{0,60}"
    r"\bне (?:може|можа|беше|е) (?:да бъде )?(?:доставен|предаден)|\bнеуспешна доставка"
    r"|\bзабавена доставка|\bдоставката\b[^.\n]{0,30}\b(?:е неуспешна|не е успешна|се забавя"
    r"|е забавена)|\bпощенската кутия (?:на получателя )?е (?:пълна|препълнена)"
    r"|\bполучателят (?:не съществува|не е намерен)|\bнеизвестен получател"
    r"|\bвсе още не е доставен|\bще опитаме (?:отново|повторно))",
)
