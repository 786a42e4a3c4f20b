"""Machine mail that carries no machine headers: recognised from its words and its shape (pure).

Auto-replies, helpdesk receipts, unmonitored-mailbox notices, virus-gateway notices, spam
complaints sent as plain multipart/mixed, newsletters and list moderation requests often come
without Auto-Submitted, List-* or a report type. What they share across generators and the
languages triage reads (en de fr es nl it pt) is a small set of statements, each written by a
program for anybody: "I am away and will be back", "this mailbox is not read", "this message
was generated automatically", "X no longer works here", "we have received your request".

A person writing to us may use the same words in passing ("I was on vacation", "our automatic
reply is broken"), so the evidence is weighed: statements only count in the sender's own new
text (quotes cut), first person and present or future tense only, and a message is machine
text only with enough weight (`MACHINE_WEIGHT`). A statement that a program alone makes
(automated, unmonitored, left the company, your mail held until you confirm) weighs 2; one a
person might also make (away, back on, received your request, approved senders only) weighs 1,
and a question in the text outweighs those. A company footer under the sender's text is no
statement of theirs (disclaimers.py).
"""

import re
from dataclasses import dataclass
from email.utils import getaddresses

from supportmail.core import machinewords as more
from supportmail.core import senderchecks, signatures
from supportmail.core.bounce import BOUNCE_BODY, is_mail_system
from supportmail.core.quoting import own_and_footer, strip_quoted
from supportmail.core.types import ParsedMessage
from supportmail.core.wordscan import Phrases, PhraseSet, fold, phrases

MACHINE_WEIGHT = 2
MAX_FRESH = 2500  # machine notices are short; a long text is a person explaining something


def _any(*patterns: str) -> Phrases:
    return phrases(*patterns)


# First person, present or future: "I am away", never "I was away".
AWAY = _any(
    r"\b(?:i am|i'm|i will be|i'll be)\s+(?:currently\s+|now\s+)?(?:out of (?:the )?office|away"
    r"|on (?:annual |parental |maternity |paternity |sick |study )?leave|on (?:holiday|vacation)"
    r"|out of the country|travell?ing|absent|not in the office|off work|out\b)",
    # Away on a trip until a day: "I'm visiting our suppliers in Vietnam until 24 June".
    r"\b(?:i am|i'm|i will be|i'll be)\s+(?:currently\s+)?(?:visiting|attending|at)\b[^.\n]{0,60}?"
    r"\b(?:until|till|through)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|oct|nov|dec|next|end)",
    r"\b(?:is|are) (?:currently )?(?:out of (?:the )?office|on (?:annual )?leave|on vacation)",
    # A date's dots ("bis zum 2. September", "vom 12.08.") do not end the sentence.
    r"\b(?:ich bin|bin ich|befinde mich)\b(?:[^.\n]|(?<=\d)\.){0,80}?(?:im urlaub|abwesend"
    r"|nicht im (?:büro|haus)|au(?:ß|ss)er haus|in elternzeit|auf (?:geschäfts)?reise"
    r"|nicht erreichbar|im mutterschutz)",
    r"\bje (?:suis|serai)\s+(?:actuellement\s+)?(?:absente?|en congés?|en vacances|hors du bureau"
    r"|en déplacement|indisponible|en arrêt)",
    r"\b(?:estoy|estaré|me encuentro)\s+(?:actualmente\s+)?(?:fuera|de vacaciones|ausente"
    r"|de viaje|de baja|sin acceso|de permiso)",
    r"\b(?:sono|sarò|saro')\s+(?:attualmente\s+)?(?:fuori (?:sede|ufficio)|in ferie|assente"
    r"|in vacanza|in viaggio|in maternità)",
    # A period may stand before the state ("van 22 juli t/m 9 augustus", "tot en met 2.9"), and
    # a word of mood ("lekker op vakantie").
    r"\b(?:ik ben|ben ik)\s+(?:momenteel\s+|op dit moment\s+"
    r"|(?:tot en met|van|vanaf) (?:[^.\n]|(?<=\d)\.){0,30}?)?(?:lekker\s+|even\s+)?"
    r"(?:afwezig|met vakantie|op vakantie|niet op kantoor|niet aanwezig|vrij\b)",
    r"\b(?:estou|estarei|encontro-me)\s+(?:atualmente\s+|actualmente\s+)?(?:ausente"
    r"|fora do escritório|de férias|em férias|de licença|sem acesso|em viagem)",
    *more.AWAY,
)
# When the writer is back, what happens meanwhile, whom to ask instead.
BACK = _any(
    r"\b(?:will|i'll|shall) (?:be )?(?:back|return(?:ing)?)\b|\buntil my return|upon my return"
    r"|\b(?:no|without|limited|restricted|intermittent) access to (?:my )?e-?mails?"
    r"|\bohne (?:zugriff|zugang) (?:auf|zu) (?:meine[n]? )?e-?mails?|\bsans accès à (?:mes |ma )?"
    r"(?:e-?mails?|courriels?|messagerie)|\bsenza accesso (?:alla|alle) (?:posta|e-?mail)"
    r"|\bzonder toegang tot (?:mijn )?e-?mail|\bsem acesso (?:ao|aos) e-?mails?"
    r"|\bafter my return|limited access to (?:my )?e-?mail|will not be forwarded"
    r"|\b(?:for|in case of|if (?:your|it is|this is)|if you need) [^.\n]{0,20}urgent"
    r"|\bexpect (?:a )?(?:slow|slower|delayed|late) (?:reply|replies|response|responses)\b"
    r"|\bonly (?:be )?checking (?:my )?(?:e-?mails?|messages|mail|inbox) (?:now and then"
    r"|occasionally"
    r"|intermittently|sporadically|periodically|from time to time)|\b(?:till|until|til) i(?:'m|’m"
    r"| am) back\b"
    # The team's return too ("we'll be reading everything when we're back on Monday").
    r"|\b(?:till|until|til|when|once) we(?:'re|’re| are) (?:all )?back\b"
    r"|\burgent (?:matters|enquiries|inquiries|requests|issues)"
    # Not reading mail until a date, nothing passed on meanwhile ("I'm not checking email until
    # early June. Nothing will be forwarded automatically").
    r"|\bnot (?:checking|reading|monitoring|looking at) (?:my )?(?:e-?mails?|inbox|messages)"
    r" (?:until|till|before)\b|\bnothing (?:will be|is being|gets|is) (?:automatically )?forwarded",
    r"\bwieder (?:erreichbar|im büro|da|zurück|für sie)|nicht (?:automatisch )?weitergeleitet"
    r"|in dringenden fällen|dringende[nr]? (?:anliegen|angelegenheiten|fälle|fragen)"
    r"|eingeschränkte[mn]? zugriff",
    r"\bde retour le|à mon retour|dès mon retour|ne (?:sera|seront) pas transférée?s?"
    r"|en cas d'urgence|pour toute (?:urgence|demande urgente)|accès limité",
    r"\ba (?:mi|la) vuelta|\b(?:a|tras|después de) mi regreso|\bregresaré|\bvolveré"
    r"|no (?:será|serán|se) reenviad|\bsin acceso al? (?:mi )?(?:correo|e-?mail)"
    r"|\bpara (?:asuntos|temas|consultas|pedidos|casos|cuestiones) urgentes"
    r"|(?:si es|en caso de|para (?:asuntos|temas)) urgen|acceso limitado",
    r"\bal (?:mio )?rientro|\brientrer[òo]|sarò di ritorno|(?:per|in caso di) (?:questioni |casi )?"
    r"urgen|accesso limitato|non (?:sarà|verrà|saranno) inoltrat",
    r"\b(?:weer|opnieuw) (?:terug|aanwezig|op kantoor|bereikbaar)|(?:voor|bij) (?:dringende"
    r"|spoedeisende) \w+|\bben (?:ik )?(?:weer )?terug op"
    r"|niet (?:worden )?doorgestuurd|(?:voor|bij|in) (?:dringende|spoedeisende) (?:zaken|vragen"
    r"|gevallen)|beperkt toegang",
    r"\bestarei de volta|\bao (?:meu )?(?:regresso|retorno)|\bregresso (?:a|no|em)|retorno (?:a|no"
    r"|em) \d|não (?:será|serão) reencaminhad|em caso de urgência|assuntos urgentes"
    r"|acesso limitado",
    r"\b(?:messages?|e-?mails?|requests?|enquiries|demandes|mensajes|nachrichten|anfragen"
    r"|berichten|messaggi|richieste|mensagens|pedidos)\b[^.\n]{0,60}\b(?:will be (?:processed"
    r"|handled|answered|dealt with|read)|seront (?:traitée?s|lus)|serán (?:atendid|procesad"
    r"|respondid|contestad)|werden\b[^.\n]{0,30}(?:bearbeitet|beantwortet)|saranno (?:evas|gestit"
    r"|trattat|lett)|worden\b[^.\n]{0,20}(?:behandeld|beantwoord)|serão (?:processad|respondid"
    r"|tratad|lid))",
    # Mail not read meanwhile, in the present: "en lees mijn mail niet", "je ne lis pas mes
    # e-mails".
    r"\bi (?:do not|don't) (?:read|check) (?:my )?e-?mails?\b|\blese (?:meine |keine )?"
    r"(?:e-?mails?|mails|post)(?: nicht)?\b(?:[^.\n]{0,20}\bnicht\b)?|\bje ne (?:lis|consulte)"
    r" pas (?:mes )?(?:e-?mails|mails|courriels|messages)\b|\bno (?:leo|reviso|consulto)"
    r" (?:mi |el )?(?:correo|e-?mail)\b|\bnon (?:leggo|controllo) (?:la )?(?:posta|mail"
    r"|e-?mail)\b|\blees (?:mijn )?(?:e-?)?mail niet\b|\bnão (?:leio|verifico|consulto)"
    r" (?:o |os )?(?:meu |meus )?e-?mails?\b",
    # ...or said as what is done instead: "mostly changing diapers instead of checking email".
    r"\binstead of (?:checking|reading|answering) (?:my |the )?(?:e-?mails?|mail|inbox|messages)"
    r"|\b(?:statt|anstatt) (?:meine |die )?(?:e-?mails?|mails|post) zu (?:lesen|beantworten)"
    r"|\bau lieu de (?:lire|consulter|relever) (?:mes |les )?(?:e-?mails|mails|courriels|messages)"
    r"|\ben (?:lugar|vez) de (?:leer|revisar|mirar|contestar) (?:el |mi |los )?(?:correos?"
    r"|e-?mails?)|\binvece di (?:leggere|controllare) (?:la )?(?:posta|mail|e-?mail)"
    r"|\bin plaats van (?:mijn |de )?(?:e-?)?mail te (?:lezen|checken|beantwoorden)"
    r"|\bem vez de (?:ler|verificar|responder) (?:os |o |a )?(?:e-?mails?|correio)",
    # Whom to turn to meanwhile, for anything of a kind: "for anything brewery-related please
    # ping Dana at dana@...", "para cualquier consulta contacte con ...".
    r"\bfor anything (?:\S+ ){0,3}?(?:please )?(?:contact|ping|reach out to|reach|write to"
    r"|e-?mail|call|talk to|get in touch with)\b",
    r"\bfür (?:alles|alle (?:anderen )?(?:anliegen|fragen)|fragen zu)\b[^.\n]{0,40}\b(?:wenden"
    r" sie sich|kontaktieren sie|schreiben sie|melden sie sich) (?:bitte )?(?:an|bei)\b",
    r"\bpour toute (?:question|demande|autre demande)\b[^.\n]{0,40}\b(?:contactez|écrivez à"
    r"|adressez-vous à|merci de contacter)",
    r"\bpara cualquier (?:consulta|cosa|asunto|tema|duda)\b[^.\n]{0,60}\b(?:contacte|contacta"
    r"|escriba|escribe|escriban|llame|llama|diríjase|pueden (?:escribir|contactar|llamar|dirigirse)"
    r"|puede (?:escribir|contactar|llamar|dirigirse))\b",
    r"\bper (?:qualsiasi|qualunque) (?:cosa|richiesta|questione|necessità|domanda|pratica)\b"
    r"[^.\n]{0,40}"
    r"\b(?:contatta|contattate|contatti|scrivi|scrivete|scriva|rivolgetevi|si rivolga|chiama)",
    r"\bvoor (?:alles|vragen|zaken|overige vragen)\b[^.\n]{0,40}\b(?:kunt u|kun je|kan je)"
    r" (?:terecht bij|contact opnemen met|mailen naar|bellen met)",
    r"\bpara (?:qualquer|quaisquer) (?:assunto|questão|dúvida|coisa|pedido)\b[^.\n]{0,40}"
    r"\b(?:contacte|contate|fale com|escreva para|ligue|entre em contato)",
    *more.BACK,
)
# A mail client's recall of an earlier message, in the name of its sender ("Thomas Krüger would
# like to recall the message, "RE: [#51288] ..."."): the client writes it, never the person.
RECALL = _any(
    # The subject the client quotes after "message" is cited text, taken out before statements
    # are read (_CITED): what stays is the bare sentence ("... recall the message, ."), which a
    # person asking to recall her mail does not write, nor with "I".
    r"(?<!\bi )(?<!\bwe )would like to recall the message,?\s*[.]"
    r"|(?<!ich )möchte die nachricht\s+zurückrufen|(?<!je )(?:souhaite|voudrait|aimerait) rappeler"
    r" le message,?\s*[.]|(?:desea|quiere|quisiera) (?:recuperar|recordar) el mensaje,?\s*[.]"
    r"|(?:desidera|vorrebbe) richiamare il messaggio,?\s*[.]|(?<!ik )wil het bericht\s+intrekken"
    r"|(?<!eu )(?:gostaria de|deseja) (?:recolher|recuperar) a mensagem,?\s*[.]",
)

# A person says she writes from a mailbox that is not hers to read ("sorry for writing from the
# pathology no-reply mailbox", "je vous écris depuis l'adresse du cabinet"): what she then says of
# it ("nobody reads it, call me") is about the mailbox she borrowed. No notice speaks of itself
# as written from a mailbox.
BORROWED_MAILBOX = _any(
    r"\b(?:writing|emailing|e-mailing|sending this|mailing|writing to you) (?:from|via|through"
    r"|using) (?:the|our|this|a|an|my) (?:[\w'-]+ ){0,3}(?:mailbox|address|account|inbox|e-?mail)",
    r"\b(?:ich schreibe|wir schreiben|schreibe ich)(?: ihnen| euch| dir)? (?:von|über|aus)"
    r" (?:dem|unserem|diesem|einem|der|unserer) (?:[\w-]+ ){0,3}\w*(?:postfach|adresse|konto"
    r"|e-?mail-?adresse|account)",
    r"\bje (?:vous |te )?(?:écris|ecris) (?:depuis|avec|via) (?:l'|la |le |notre |cette |une |un )"
    r"(?:[\w'-]+ ){0,3}(?:adresse|boîte|boite|compte|messagerie)",
    r"\b(?:le |les |os |te )?escribo desde (?:el|la|nuestro|nuestra|este|esta|un|una)"
    r" (?:[\w-]+ ){0,3}(?:buzón|buzon|dirección|direccion|cuenta|correo)",
    r"\b(?:vi |le |ti )?scrivo (?:da|dal|dalla|dall'|con) ?(?:[\w'-]+ ){0,3}(?:casella|indirizzo"
    r"|account|mail)",
    r"\bik (?:schrijf|mail) (?:u |je |jullie )?(?:vanaf|vanuit|via|van|met) (?:het|de|ons|onze|dit"
    r"|deze|een) (?:[\w-]+ ){0,3}(?:adres|mailbox|account|e-?mailadres|mailadres)",
    r"\b(?:escrevo|estou a escrever|estou escrevendo|escrevo-lhe|escrevo-vos) (?:do|da|a partir"
    r" do|a partir da|pelo|pela|de um|de uma) (?:[\w-]+ ){0,3}(?:endereço|endereco|caixa|conta"
    r"|e-?mail)",
)
# Only a program says these.
UNREAD = _any(
    # The address itself may stand in brackets ("this mailbox (accounts@firm.example) is no
    # longer monitored").
    r"\b(?:mailbox|inbox|address|e-?mail address|account) (?:\([^()\n]{1,80}\) )?(?:(?:is|are)"
    r" (?:not|no longer|never)|isn['’]?t|aren['’]?t) (?:being )?(?:monitored|checked|read"
    r"|attended|staffed)"
    r"|\bunmonitored (?:mailbox|address|inbox)"
    r"|(?:replies|e-?mails|messages) (?:sent )?(?:to this (?:address|mailbox) |here )?(?:are|will)"
    r" not"
    r" (?:be )?(?:read|monitored|answered)|(?:please )?(?:do not|don'?t) reply to this"
    r" (?:e-?mail|message|address|notification)|used only for sending",
    # What the mailbox serves may stand between ("this mailbox is used for incoming invoices
    # only and is not monitored"); and the mail itself, in the future.
    r"\b(?:this|the) (?:mailbox|inbox|e-?mail address|address)\b[^.\n]{0,80}\band is not"
    r" (?:monitored|checked|read)|\byour (?:message|e-?mail|reply) will not be (?:read|answered"
    r"|monitored)",
    # Or what happens to mail sent there: "processed automatically and not read".
    r"\b(?:messages|e-?mails|replies) (?:sent )?to this (?:address|mailbox) (?:are|will be)"
    r" (?:processed|handled|forwarded) automatically and (?:are |will )?not (?:be )?(?:read"
    r"|monitored|answered)",
    r"\bpostfach wird nicht (?:mehr )?(?:betreut|überwacht|gelesen|abgerufen|bearbeitet)"
    r"|(?:nachrichten|e-?mails|zuschriften) an diese (?:adresse|e-?mail-adresse|mailbox|postfach)"
    r" werden\b[^.\n]{0,50}\bnicht (?:gelesen|bearbeitet|beantwortet|überwacht)?"
    r"|bitte antworten sie nicht auf diese|(?:adresse|postfach) (?:ist|wird) nur für den versand",
    r"\b(?:boîte|adresse)[^.\n]{0,40} n'est pas (?:surveillée|consultée|lue|relevée)"
    r"|(?:merci de )?ne (?:pas )?répondre à (?:ce|cet) (?:message|e-?mail|courriel)"
    r"|ne (?:sera|seront|sont) pas lus?",
    r"\bbuzón no (?:es |está )?(?:atendido|supervisado|monitorizado|revisado|consultado)"
    r"|nadie leerá"
    r"|\b(?:mensajes|correos) (?:enviados )?a esta (?:dirección|casilla|cuenta)\b[^.\n]{0,50}"
    r"\bno (?:se leen|son leídos|serán leídos|se revisan)"
    # "los mensajes que se envíen a ella no serán leídos": sent to it, said of the address.
    r"|\b(?:mensajes|correos) que (?:se )?(?:envíen|envíe|lleguen) a (?:ella|esta (?:dirección"
    r"|cuenta|casilla)|este buzón)\b[^.\n]{0,30}\bno (?:serán|son|se) (?:leídos|leen|revisados"
    r"|revisan|atendidos)"
    r"|no (?:responda|conteste) a este (?:mensaje|correo)|solo se utiliza para (?:envíos|enviar)"
    r"|\b(?:dirección|buzón|cuenta|correo)\b[^.\n]{0,40}\b(?:ha dejado|dejará) de (?:revisarse"
    r"|consultarse|leerse|atenderse)",
    # The mail says it was sent from an address that takes no replies ("Este correo se ha
    # enviado desde una dirección que no admite respuestas"): said of the mail itself, not by a
    # person writing from a borrowed address.
    r"\b(?:this|the) (?:e-?mail|message|notification)\b[^.\n]{0,30}\bsent from an? (?:address"
    r"|account|mailbox)\b[^.\n]{0,20}\b(?:does not|doesn't|cannot|can't|is not able to)"
    r" (?:accept|receive) (?:replies|responses|e-?mails)"
    r"|\b(?:este|el presente) (?:correo|mensaje|e-?mail)\b[^.\n]{0,30}\benviado desde una"
    r" (?:dirección|cuenta)\b[^.\n]{0,30}\bno (?:admite|acepta|recibe|puede recibir) respuestas"
    r"|\b(?:questa|questo) (?:e-?mail|mail|comunicazione|messaggio)\b[^.\n]{0,30}\binviat[ao] da"
    r" un indirizzo\b[^.\n]{0,30}\bnon (?:abilitato a ricevere|accetta|riceve|può ricevere)"
    r"|\b(?:ce|cet) (?:message|courriel|e-?mail)\b[^.\n]{0,30}\benvoyé (?:depuis|à partir d')une"
    r" adresse qui (?:n'accepte|ne peut recevoir|ne reçoit) (?:pas|aucune)"
    r"|\b(?:este|esta) (?:e-?mail|mensagem)\b[^.\n]{0,30}\benviad[ao] (?:de|a partir de) um"
    r" endereço que não (?:aceita|recebe|pode receber) respostas"
    r"|\bdiese (?:e-?mail|nachricht)\b[^.\n]{0,30}\bvon einer adresse (?:gesendet|versendet"
    r"|verschickt),? die keine (?:antworten|e-?mails) (?:annimmt|empfangen kann|entgegennimmt)",
    r"\b(?:casella|indirizzo)" + more.IN_CLAUSE + r"{0,80} non (?:è |viene )?(?:più )?"
    r"(?:monitorat|presidiat|controllat|lett|consultat)"
    r"|(?:si prega di )?non rispondere a (?:questa|questo) (?:e-?mail|mail|messaggio)"
    r"|\b(?:messaggi|e-?mail|mail) (?:inviat[ie] )?a questo indirizzo\b[^.\n]{0,50}"
    r"\bnon (?:vengono|verranno|saranno) (?:più )?(?:letti|lette|monitorat)",
    # A person's own (old) address is her news ("mijn oude adres wordt niet meer gelezen").
    r"(?<!mijn )(?<!oude )\b(?:mailbox|e-?mailadres|adres)[^.\n]{0,20} wordt niet (?:meer )?"
    r"(?:gelezen|gecontroleerd|bekeken|beheerd|geraadpleegd)"
    # This very mailbox says it, naming its address in brackets, a date before the negation
    # ("Dit e-mailadres (x@y.be) wordt sinds 1 oktober niet meer opgevolgd"; Flemish
    # "opgevolgd", followed up). Without the brackets a person says it too, of her own old
    # address, with her news.
    r"|\b(?:dit|deze) (?:mailbox|e-?mail-?adres|mailadres|adres) \([^)\n]{0,80}\) wordt"
    r" (?:[^.\n]{0,30} )?niet (?:meer )?(?:gelezen|gecontroleerd|bekeken|beheerd|geraadpleegd"
    r"|opgevolgd)"
    r"|(?:gelieve|graag|u kunt) niet (?:te )?(?:antwoorden|reageren)"
    r" op dit"
    r"|\b(?:berichten|e-?mails|mails|reacties) (?:aan|naar|op) dit (?:e-?mail)?adres worden\b"
    r"[^.\n]{0,50}\bniet (?:gelezen|bekeken|beantwoord|behandeld)",
    r"\b(?:endereço|caixa)[^.\n]{0,40} não (?:é |está |será )?(?:mais )?(?:monitorad|lid|verificad"
    r"|consultad)"
    r"|(?:respostas|mensagens)[^.\n]{0,60} não (?:são|serão) lidas|não responda (?:a )?(?:est)",
    *more.UNREAD,
)
LEFT = _any(
    # "Collaborates" is said of people only (Dutch "werkt niet meer bij" is also a product
    # that stopped working, so not read).
    r"\bno longer (?:works?|working) (?:for|at|here|with)|\bno longer collaborates with"
    r"|\bno longer (?:employed|with (?:us|the company)|part of (?:the|our))"
    # The writer's own departure, the organisation named ("I'm no longer with Brightside
    # Interiors"); never "we are no longer with" a supplier.
    r"|\b(?:i['’]?m|i am|s?he['’]?s|s?he is) no longer with\b"
    # ... or "connected", "affiliated", "associated" with it (Philippine and Indian English).
    r"|\b(?:i['’]?m|i am|s?he['’]?s|s?he is) no longer (?:connected|affiliated|associated) with\b"
    r"|\bhas left (?:the|our) (?:company|organi[sz]ation|firm|group|practice|agency|council"
    r"|university|institute|municipality)",
    r"\bnicht mehr (?:bei|im unternehmen|für uns|in unserem|tätig|beschäftigt)"
    r"|hat (?:das unternehmen|uns|unser unternehmen|die firma|unsere firma|die gruppe"
    r"|die organisation|unsere organisation|die kanzlei|die praxis|die verwaltung|die gemeinde"
    r"|die stadtverwaltung|die hochschule|die universität) verlassen"
    r"|\bist (?:aus (?:dem|unserem) (?:unternehmen|haus|betrieb)|bei uns) ausgeschieden",
    r"\bne fai[ts] plus partie|ne travaille plus|\bne collabore plus avec"
    r"|a quitté (?:la société|l'entreprise|notre|nos|le groupe|l'organisation|l'établissement"
    r"|la collectivité|la mairie|l'université|le cabinet|ses fonctions)",
    # The writer's own departure too ("ya no formo parte del equipo", "non faccio più parte").
    r"\bya no (?:trabaja|forma parte|formo parte|colabora con|colaboro con|está en (?:la|nuestra)"
    r"|trabajo (?:en|para) )"
    r"|(?:ha|he) dejado (?:la empresa|la compañía|el grupo|la organización|nuestra|de trabajar)",
    r"\bnon lavora più|\bnon (?:fa|faccio) più parte|\bnon lavoro più (?:per|presso) "
    r"|\bnon collabor[oa] più con"
    r"|non (?:è|sono) più (?:in forza|parte|presso)"
    r"|ha lasciato (?:l'azienda|la|il gruppo|lo studio|l'ente|l'organizzazione|l'università"
    r"|il comune)",
    r"\bniet (?:meer )?(?:werkzaam|in dienst)|heeft (?:ons|het bedrijf|onze organisatie"
    r"|de organisatie|de gemeente|de groep|het concern|de onderneming|onze onderneming"
    r"|de universiteit|de hogeschool) verlaten",
    r"\b(?:já )?não (?:trabalha|faz parte|colabora (?:mais )?com|faço (?:mais )?parte"
    r"|trabalho mais (?:n[ao]|para|com))"
    r"|deixou (?:a empresa|o grupo|a organização|a companhia|a nossa|o nosso|de trabalhar)",
    *more.LEFT,
)
AUTOMATED = _any(
    # Sent by an AI assistant for its owner ("This reply was drafted and sent by Ava, Mark's AI
    # email assistant"): a program answering, however personal its tone.
    r"\b(?:sent|drafted and sent|written and sent|replied|answered|generated and sent"
    r"|gesendet|verschickt|envoyée?|enviad[oa]|inviat[oa]|verstuurd|verzonden)"
    r" (?:automatically |automatisch |automatiquement |automáticamente |automaticamente )?"
    r"(?:by|von|par|por|da|door|pelo|pela)\b[^.\n]{0,40}\b(?:ai|ki|ia)[- ](?:e-?mail[- ])?"
    r"(?:assistant|assistent|asistente|assistente|agent)\b",
    r"\bthis is an? (?:automated|automatic|auto-?generated|system-?generated|computer-generated)"
    r" (?:message|response|reply|e-?mail|notification|acknowledge?ment|notice|confirmation"
    r"|receipt|answer)"
    r"|\b(?:automatically|auto-?) ?generated (?:message|e-?mail|response|reply)"
    r"|\b(?:message|e-?mail) (?:was|has been|is) (?:sent|generated) automatically",
    r"\bautomatisch (?:versendete|generierte|erstellte|erzeugte|verschickte) (?:nachricht|e-?mail"
    r"|mail|antwort|benachrichtigung|bestätigung|eingangsbestätigung)"
    r"|wurde automatisch (?:erstellt|versendet|generiert|verschickt|erzeugt)",
    r"\b(?:message|courriel|e-?mail|réponse) (?:a été |est )?(?:généré|envoyé)e? automatiquement"
    r"|(?:ceci est |il s'agit d')une? (?:message|courriel|réponse|confirmation|accusé de"
    r" réception) automatique",
    r"\b(?:mensaje|correo|respuesta) (?:ha sido |fue |es )?(?:generad[oa]|enviad[oa])"
    r" (?:de forma )?automática(?:mente)?"
    r"|(?:este es|es) un (?:mensaje|correo|acuse de recibo) automático"
    r"|(?:esta es|es) una (?:respuesta|confirmación) automática",
    r"\b(?:messaggio|e-?mail|mail|risposta) (?:è stat[oa] |e' stat[oa] |viene )?"
    r"(?:generat[oa]|inviat[oa]) automaticamente"
    r"|(?:questo è|è) un messaggio automatico|(?:questa è|è) una (?:risposta|conferma)"
    r" automatica",
    r"\bautomatisch (?:gegenereerd|verzonden|verstuurd) (?:bericht|e-?mail)"
    r"|\b(?:bericht|e-?mail) (?:is|wordt) automatisch (?:gegenereerd|verzonden|verstuurd)"
    r"|(?:dit is|betreft) een automatis(?:ch|che) (?:bericht|antwoord|gegenereerd"
    r"|bevestiging|ontvangstbevestiging)",
    r"\b(?:mensagem|e-?mail|resposta) (?:foi |é )?(?:gerad[oa]|enviad[oa]) automaticamente"
    r"|(?:esta é|é) uma (?:mensagem|resposta|confirmação) automática",
    *more.AUTOMATED,
)
# Mail transfer agents' failure and delay notices say what wrote them (Postfix, Exim, qmail,
# Sendmail, Google's relay). Read only as a delivery notice's signature: a person forwarding
# such a notice carries these lines too, so they are no auto-reply statement of the sender.
MTA_NOTICE = _any(
    r"\bthis is the mail system at host|\bcreated automatically by mail delivery software"
    r"|\bthis is the qmail-send program|\bthe following addresses had permanent fatal errors"
    r"|\bthis is an automatically generated delivery status notification",
    r"\bdies ist (?:das|der) (?:mailsystem|mailserver|e-?mail-?system) (?:auf|von|des)"
    r"|\bceci est le (?:système|serveur) de messagerie|\beste es el (?:sistema|servidor) de correo"
    r"|\bquesto è il (?:sistema|server) di posta|\bdit is het (?:mailsysteem|e-?mailsysteem)"
    r"|\beste é o (?:sistema|servidor) de (?:correio|e-?mail)",
)
RECEIVED = _any(
    r"\b(?:i have|i've|we have|we've) got your (?:message|e-?mail|note|request)\b"
    r"|\b(?:we have|we've|we) (?:successfully |just )?received your (?:request|message|e-?mail"
    r"|enquiry|inquiry|ticket|support request)|\byour (?:request|ticket|case|enquiry|inquiry)"
    r"(?: \S+)? has been (?:received|created|logged|opened)"
    # A service desk's "call" (ITIL's word for a ticket: TOPdesk, university and council
    # desks): "We have registered your call under number I 2503 4471".
    r"|\b(?:we have|we've) (?:registered|logged|recorded) your (?:call|request|ticket|case"
    r"|incident|enquiry|inquiry|query)\b|\byour (?:call|incident|query)(?: \S+){0,3} has been"
    r" (?:received|created|logged|opened|registered|recorded)",
    r"\bihre (?:anfrage|nachricht|e-?mail|supportanfrage) (?:ist )?(?:bei uns )?(?:eingegangen"
    r"|erhalten)|wir haben ihre (?:anfrage|nachricht|e-?mail) erhalten"
    r"|wir haben ihr (?:anliegen|ticket|anfrage)\b[^.\n]{0,60}(?:erfasst|erhalten|aufgenommen)"
    r"|ihr anliegen (?:wurde|ist)\b[^.\n]{0,40}(?:erfasst|eingegangen|aufgenommen)"
    r"|\bihre (?:störungs)?meldung (?:wurde|ist)\b[^.\n]{0,40}(?:registriert|erfasst|angelegt"
    r"|aufgenommen)",
    r"\bnous avons (?:bien |correctement )?reçu votre (?:demande|message|courriel|e-?mail)"
    r"|\bvotre (?:demande|message|courriel|requête) a (?:bien )?été (?:reçue?|enregistrée?)",
    # "Recibimos tu consulta": the simple past (or present) as often as the perfect.
    r"\b(?:hemos recibido|recibimos) (?:correctamente |sin problemas |debidamente )?(?:su|tu)"
    r" (?:solicitud"
    r"|mensaje|correo|consulta|petición)"
    r"|\b(?:su|tu) (?:solicitud|consulta|mensaje|petición|incidencia) (?:ha sido|fue|ha quedado)"
    r" (?:recibid|registrad)",
    r"\babbiamo ricevuto (?:correttamente |regolarmente |con successo )?(?:la sua|la tua|il suo"
    r"|il tuo) (?:richiesta|messaggio|e-?mail)"
    r"|\b(?:la sua|la tua) richiesta (?:è stata|e' stata) (?:ricevuta|registrata|presa in carico)",
    r"\b(?:wij|we) hebben (?:uw|je) (?:aanvraag|bericht|verzoek|e-?mail|vraag|melding)"
    r" (?:in goede orde |goed )?ontvangen"
    r"|\b(?:wij|we) ontvingen (?:uw|je) (?:aanvraag|bericht|verzoek|e-?mail|vraag|melding)"
    r"|\b(?:uw|je) (?:aanvraag|vraag|bericht|verzoek|melding) (?:is|werd|wordt) (?:in goede orde"
    r" |goed )?(?:ontvangen|geregistreerd)"
    r"|\b(?:uw|je) (?:aanvraag|vraag|bericht|verzoek|melding|e-?mail|mail) is (?:\S+ ){0,3}"
    r"binnengekomen",
    r"\brecebemos (?:a )?(?:sua|tua|o seu|o teu) (?:solicitação|mensagem|pedido|e-?mail|contacto)"
    r"|\b(?:a )?(?:sua|tua) (?:solicitação|mensagem) foi (?:recebid|registrad)",
    # A receipt signed by one agent, in the first person, with the case it opened: "Recebi sua
    # mensagem e já abri o caso 00482913 para você" (a person confirming she got our mail opens
    # no case under a number of her own).
    r"\b(?:i(?:'ve| have)? received your (?:message|request|e-?mail|enquiry|inquiry)"
    r"|ich habe ihre (?:nachricht|anfrage|e-?mail) erhalten|j'ai (?:bien )?reçu votre (?:message"
    r"|demande|courriel|e-?mail)|he recibido (?:su|tu) (?:mensaje|solicitud|correo|consulta)"
    r"|ho ricevuto (?:il suo|il tuo|la sua|la tua) (?:messaggio|richiesta|e-?mail)"
    r"|ik heb (?:uw|je) (?:bericht|vraag|aanvraag|e-?mail) (?:goed )?ontvangen"
    r"|recebi (?:a )?(?:sua|tua) (?:mensagem|solicitação|pedido|e-?mail))\b[^.\n]{0,40}"
    r"\b(?:opened|created|logged|eröffnet|angelegt|ouvert|ouvert le|abierto|abrí|aperto|aperta"
    r"|geopend|aangemaakt|abri|criei|registrei)\b[^.\n]{0,30}\d{4,}",
    # A case a service desk opened "on your behalf" from our mail ("Foi aberto o incidente
    # INC0048217 em seu nome", "Incident INC0048213 has been opened on your behalf"): nobody who
    # writes to a support desk opens a case of theirs in its name.
    r"\b(?:opened|created|logged|raised|aberto|criado|registado|registrado|abiert[oa]"
    r"|cread[oa]|ouvert|créé|eröffnet|erstellt|angelegt|apert[oa]|creat[oa]|geopend"
    r"|aangemaakt)\b[^.\n]{0,40}\b(?:on your behalf|em seu nome|em teu nome|en su nombre"
    r"|en votre nom|in ihrem namen|a suo nome|a tuo nome|namens u)\b"
    r"|\b(?:on your behalf|em seu nome|en su nombre|en votre nom|in ihrem namen|a suo nome"
    r"|namens u)\b[^.\n]{0,40}\b(?:opened|created|logged|aberto|criado|abiert[oa]|ouvert"
    r"|eröffnet|erstellt|angelegt|apert[oa]|geopend|aangemaakt)\b",
    *more.RECEIVED,
)
CLOSED = _any(*more.CLOSED)
RETIRED = _any(*more.RETIRED)
# The sender of the mail it got is told what becomes of that mail: "your message will not be
# forwarded", "Ihre Nachricht wird nach meiner Rückkehr bearbeitet". Only an answer speaks of
# the mail it answers so; a person's new mail has no mail of ours to speak of in that way.
YOUR_MAIL = _any(
    r"\byour (?:message|e-?mail|mail|request|enquiry|inquiry)\s+(?:will|shall|cannot|can't"
    r"|won't)\s+(?:not\s+)?be\s+(?:forwarded|read|answered|handled|processed|dealt with"
    r"|attended to|seen|reviewed|responded to)"
    r"|\bi (?:will|shall|'ll) (?:reply to|respond to|answer|read|deal with) your (?:message"
    r"|e-?mail|mail|request)",
    r"\bihre? (?:nachricht|e-?mail|mail|anfrage)\s+(?:wird|kann)\s+(?:[^.\n]{0,40}\s)?"
    r"(?:nicht\s+)?(?:weitergeleitet|gelesen|bearbeitet|beantwortet)"
    r"|\b(?:werde ich|ich werde) ihre (?:nachricht|e-?mail|mail|anfrage)\b[^.\n]{0,40}"
    r"(?:beantworten|bearbeiten|lesen)",
    r"\b(?:votre|ton) (?:message|courriel|e-?mail|mail|demande)\s+(?:ne\s+)?(?:(?:lui|leur)\s+)?"
    r"(?:sera|pourra)"
    r"\s+(?:pas\s+)?(?:être\s+)?(?:transféré|transmis|lu|traité|pris en compte)"
    r"|\bje (?:prendrai connaissance de|répondrai à|traiterai) (?:votre|ton) (?:message"
    r"|courriel|e-?mail|mail|demande)",
    r"\b(?:su|tu) (?:mensaje|correo|e-?mail|solicitud|consulta)\s+(?:no\s+)?(?:les?\s+)?"
    r"(?:será|podrá\s+ser)\s+(?:reenviad|atendid|respondid|contestad|leíd|tratad|procesad)"
    r"|\b(?:responderé|contestaré|atenderé|leeré) (?:a )?(?:su|tu) (?:mensaje|correo|e-?mail)",
    r"\b(?:il (?:suo|tuo) messaggio|la (?:sua|tua) (?:e-?mail|mail|richiesta))\s+(?:non\s+)?"
    r"(?:(?:gli|le)\s+)?(?:sarà|verrà|potrà essere)\s+(?:inoltrat|lett|evas|gestit|trattat)"
    r"|\brisponderò (?:alla (?:sua|tua) (?:e-?mail|mail|richiesta)|al (?:suo|tuo) messaggio)",
    r"\b(?:uw|je|jouw) (?:bericht|e-?mail|mail|vraag|aanvraag)\s+(?:wordt|zal)\s+"
    r"(?:[^.\n]{0,40}\s)?(?:niet\s+)?(?:doorgestuurd|gelezen|behandeld|beantwoord)"
    r"|\b(?:zal ik|ik zal|beantwoord ik) (?:uw|je) (?:bericht|e-?mail|mail)",
    r"\b(?:(?:a )?(?:sua|tua) mensagem|o (?:seu|teu) e-?mail)\s+(?:não\s+)?(?:lhe\s+)?(?:será|foi"
    r"|poderá"
    r"\s+ser)\s+(?:reencaminhad|respondid|lid|tratad|encaminhad)"
    r"|\bresponderei (?:à|a|ao) (?:sua|seu|tua|teu) (?:mensagem|e-?mail)",
    # An answer put off until the writer is back: "ti rispondo con calma al mio rientro", "I'll
    # get back to you on my return" (the mail it got will be answered later, not now).
    r"\bi(?: will|'ll| shall)? (?:get back to|reply to|respond to|answer|write to) you\b"
    r"[^.\n]{0,30}\b(?:on|upon|after) my return"
    r"|\bi(?: will|'ll) (?:get back to|reply to|answer) you when i(?:'m| am) back",
    r"\b(?:ich )?(?:melde mich|antworte|werde (?:mich|ihnen|dir)\b[^.\n]{0,20}(?:melden"
    r"|antworten))\b[^.\n]{0,40}\bnach meiner rückkehr",
    r"\bje (?:vous|te) (?:répondrai|réponds|recontacterai|reviendrai vers (?:vous|toi))\b"
    r"[^.\n]{0,30}\b(?:à|dès) mon retour",
    r"\b(?:le|te|les|os) (?:responderé|respondo|contestaré|contesto|escribiré)\b[^.\n]{0,30}"
    r"\b(?:a|tras|después de) mi (?:vuelta|regreso)",
    r"\b(?:ti|le|vi) (?:rispondo|risponderò|riscriverò|ricontatterò)\b[^.\n]{0,30}"
    r"\bal (?:mio )?rientro",
    r"\bik (?:reageer|antwoord|kom)\b[^.\n]{0,30}\b(?:na|bij) (?:mijn )?(?:terugkomst|terugkeer)",
    r"\b(?:lhe|te|vos) (?:responderei|respondo|escreverei)\b[^.\n]{0,30}\b(?:no|ao|após o)"
    r" (?:meu )?(?:regresso|retorno)",
    *more.YOUR_MAIL,
)

# A challenge-response filter holds the mail it got until its sender confirms (senderchecks.py).
CHALLENGE = _any(*senderchecks.CHALLENGE)
SENDER_CHECK = _any(*senderchecks.SENDER_CHECK)
HELD_MAIL = _any(*senderchecks.HELD_MAIL)
TICKET = _any(*more.TICKET)
REPLY_LINE = _any(*more.REPLY_LINE)
RESPOND = _any(*more.RESPOND)
# A question mark that ends a sentence (never the "?" of a link's query).
_QUESTION_END = re.compile(r"[?？؟](?=[\s\"'”»)]|$)")
_SENTENCE_ENDS = ".!?？؟\n"
_IDEOGRAPHIC = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
# A receipt's one request of its reader, often put as a question: "Would you always quote this
# number when you contact us?", "Wilt u bij contact altijd het meldingnummer vermelden?". Asking
# the reader to cite a case's number in later mail is no question about the case: such a
# sentence does not make a text one that asks (a verb of citing, and a case's number as the
# TICKET statement reads it).
_CITE_VERB = re.compile(
    r"\b(?:quote|mention|include|state|refer to|angeben|anzugeben|nennen|verwenden|erwähnen"
    r"|indiquer|mentionner|rappeler|préciser|citer|reprendre|indicar|mencionar|citar|incluir"
    r"|indicare|citare|riportare|menzionare|vermelden|noemen|aangeven|informar)\b",
    re.IGNORECASE,
)
# The reader's own ticket, as another desk's receipt or survey names it when it asks ("Is your
# ticket resolved?", "Apakah tiket Anda sudah terselesaikan?", "Ihr Anliegen wurde gelöst?"): a
# person writing to us asks about her ticket, never about ours as "yours".
_YOUR_TICKET = re.compile(
    r"\b(?:your|votre|vos|ihr|ihre|ihres|su|sus|tu|tus|il suo|la sua|il tuo|la tua|uw|seu|sua)"
    r" (?:support )?(?:ticket|tickets|case|request|demande|anfrage|anliegen|solicitud|richiesta"
    r"|aanvraag|melding|chamado|pedido|solicitação|caso|vorgang|incidencia)\b"
    r"|\b(?:tiket|permintaan|laporan|kasus|aduan) (?:anda|kamu)\b",
    re.IGNORECASE,
)
# A question asked, never the "?" of a link's query ("w3m?i=..."): it ends a sentence.
_ASKED = re.compile(r"[?？؟](?:[\s\"'”»)]|$)|¿")
# What an automatic reply told the reader, reported by a person ("you probably got an automatic
# reply that Ivana no longer works here; I take her request over"): the sender says that the
# reply said it, not the thing itself. From the conjunction that introduces the reported words
# to the sentence's end. Only with the reader (or "we") as the one who got it, so that a
# notice speaking of itself ("this automatic reply confirms that ...") keeps its words.
_REPORTED = re.compile(
    r"(?:(?:"
    r"\b(?:you|we)(?: have| may have| might have| will have| probably| likely| most likely)*"
    r"(?: already)? (?:got|gotten|received|get)\b[^.\n!?]{0,40}\b(?:automatic|automated|auto)"
    r"[- ]?(?:reply|response|answer|message)|\b(?:you|we)(?: have| may have| might have"
    r"| probably| likely)* (?:got|gotten|received)\b[^.\n!?]{0,40}\bout[- ]of[- ]office"
    r")[^.\n!?]{0,60}?\b(?:that|saying|stating)\b"
    r"|(?:automatische (?:antwort|nachricht|e-?mail)|abwesenheits(?:notiz|meldung|nachricht))"
    r"[^.\n!?]{0,40}?\b(?:erhalten|bekommen)\b,? (?:dass|wonach)\b"
    r"|\bvous (?:avez|aurez)[^.\n!?]{0,30}\breçu[^.\n!?]{0,30}\b(?:une |la )?(?:réponse"
    r" automatique|message (?:automatique|d'absence))[^.\n!?]{0,40}?\b(?:qu[e']|disant|indiquant)"
    r"|\b(?:ha|han|habrá|habrán|habéis|hemos) recibido[^.\n!?]{0,30}\b(?:respuesta"
    r" automática|mensaje (?:automático|de ausencia))[^.\n!?]{0,40}?\b(?:que|diciendo|indicando)\b"
    r"|\b(?:avete|ha|avrete|avrà|abbiamo) ricevuto[^.\n!?]{0,30}\b(?:risposta automatica"
    r"|messaggio (?:automatico|di assenza))[^.\n!?]{0,40}?\b(?:che|dicendo)\b"
    r"|\b(?:automatisch(?:e)? (?:antwoord|bericht)|afwezigheidsmelding)[^.\n!?]{0,40}?"
    r"\b(?:ontvangen|gekregen)\b,? (?:dat|waarin)\b"
    r"|\b(?:recebeu|receberam|recebemos|terá recebido)[^.\n!?]{0,30}\b(?:resposta automática"
    r"|mensagem (?:automática|de ausência))[^.\n!?]{0,40}?\b(?:que|dizendo)\b"
    r"|\b(?:ste|smo)\b[^.\n!?]{0,30}\b(?:dobili|primili|prejeli)\b[^.\n!?]{0,40}"
    r"\b(?:automatsk|samodejn)\w* (?:odgovor|poruk|sporočil|sporocil)\w*[^.\n!?]{0,40}?,? da\b"
    r"|\b(?:dostali|dostaliście|obdrželi|obdržali|obdrzeli|obdrzali|otrzymali|otrzymaliście)"
    r"\b[^.\n!?]{0,40}\b(?:automatick|automatyczn)\w* (?:odpověď|odpoveď|odpoved|odpowiedź"
    r"|odpowiedz|zpráv|správ)\w*[^.\n!?]{0,40}?,? (?:že|że)"
    r"|\b(?:fick|fått|fik|fået|fikk|modtog|mottok)\b[^.\n!?]{0,40}\b(?:automatisk[a-z]*"
    r" svar|autosvar|frånvaromeddelande|fraværsmelding|fraværsbesked)[^.\n!?]{0,40}?\bom at"
    r")[^.\n!?]*",
    re.IGNORECASE,
)
# The nouns one of _REPORTED's forms needs: without any, the search is skipped (most mail).
_REPORTED_NOUNS = (
    "automat", "auto-", "auto ", "autor", "out of office", "out-of-office", "abwesenheits",
    "afwezigheidsmelding", "ausencia", "ausência", "assenza", "samodejn", "autosvar",
    "frånvaro", "fravær",
)  # fmt: skip


def _unreported(text: str) -> str:
    """`text` without what it reports an automatic reply to have said (_REPORTED)."""
    lowered = text.lower()
    if not any(noun in lowered for noun in _REPORTED_NOUNS):
        return text
    return _REPORTED.sub(" ", text)


_CITED = re.compile(
    r'"[^"\n]{12,400}"|“[^”\n]{12,400}”|„[^“”\n]{12,400}[“”]|«[^»\n]{12,400}»|「[^」]{6,400}」'
    # A notice pasted between two rule lines after the writer's colon ("this came back, I copy
    # it here: ------ <notice> ------ What does it mean?"), the writer asking about it after it
    # (a notice's own rules frame its parts and ask nothing).
    r"|:\s*[-_=*]{5,}\s.{12,1500}?\s[-_=*]{5,}(?=[^?]{0,300}[?？](?:\s|$))"
    # Single quotes only around words, never an apostrophe inside one ("I'm", "won't").
    r"|(?<!\w)'[^'\n]{12,400}'(?!\w)|‘[^’\n]{12,400}’"
)

# Newsletters and lists without list headers: an unsubscribe or opt-in footer from a sender
# that writes to many (its local part says so), or with the many links of a campaign.
UNSUBSCRIBE = _any(
    r"\bunsubscribe|\bopt[- ]out\b|manage (?:your )?(?:e-?mail |subscription )?preferences"
    r"|you (?:are receiving|received|receive|are getting|get) this (?:e-?mail|message|newsletter"
    r"|report|notification|survey|alert|digest|invitation)"
    r"|(?:change|manage|update|edit) (?:your |the )?(?:notification|e-?mail|alert|report)s? "
    r"(?:settings|preferences)",
    r"\babmelden\b|\babbestellen\b|newsletter abbestellen|sie erhalten diese (?:e-?mail|nachricht)",
    r"\bdésinscri|\bdésabonn|vous recevez (?:ce|cet) (?:message|courriel|e-?mail)",
    r"\bdar(?:se|te) de baja|cancelar (?:la |tu |su )?suscripci|(?:recibes|recibe|recibiste"
    r"|recibió|has recibido|ha recibido|estás recibiendo|está recibiendo) este",
    r"\bcancell(?:a|are|arti) (?:l'|la tua )?iscrizione|disiscriv|ricev(?:i|e|ete) questa"
    r"|\bsta(?:i)? ricevendo questa|\bmodifica (?:le )?preferenze di notifica",
    r"\bafmelden\b|\buitschrijven\b|(?:je|u) ontvangt deze"
    r"|\b(?:meldingen|e-?mails|nieuwsbrief|berichten) (?:aanpassen of )?(?:stopzetten|opzeggen)",
    r"\bdescadastr|cancel(?:ar|e|a) (?:a )?(?:sua )?(?:inscrição|assinatura|subscrição)"
    r"|(?:recebeu|recebe|recebeste|está recebendo) este e-?mail",
    r"\b(?:no|não) (?:quer|queres|quiere|quieres|desea|deseas|deseja|desejas) (?:mais |más )?"
    r"re(?:ceber|cibir)"
    r"|don't want to receive|keine (?:e-?mails|newsletter) mehr|ne plus recevoir"
    r"|non (?:vuoi|vuole|volete|desideri|desidera|desiderate) più ricevere"
    r"|geen (?:e-?mails|nieuwsbrief) meer ontvangen",
    # "If you no longer wish to receive our campaigns": the reader's wish, said in a footer.
    r"\b(?:no longer|do not|don't) (?:wish|want) to (?:continue to )?receive"
    r"|\bnão (?:pretende|pretendes|pretender|quer|quiser|deseja|desejar) (?:continuar a |mais )?"
    r"receber"
    r"|\bno (?:desea|quiere|deseas|quieres) (?:seguir )?recibi(?:r|endo)"
    r"|\bnon (?:desidera|desideri|vuole|vuoi) (?:più |continuare a )?ricevere"
    r"|\bne (?:souhaitez|voulez|désirez) plus recevoir"
    r"|\bnicht mehr (?:erhalten|empfangen|bekommen) (?:möchten|wollen)"
    r"|\b(?:niet langer|niet meer) (?:wilt )?ontvangen",
    # The footer's "to stop receiving (these mails), click / visit / :", said for the reader in
    # the infinitive and followed by the way out (a person's "we'd like to stop receiving paper
    # invoices" is not).
    r"\b(?:to stop receiving|per non ricevere più|para dejar de recibir|para deixar de receber"
    r"|om (?:geen|deze) [^.\n]{0,30}(?:meer )?te ontvangen"
    r"|um (?:keine|diese) [^.\n]{0,30}(?:mehr )?zu (?:erhalten|empfangen))[^.\n]{0,60}?"
    r"(?::(?!//)|\b(?:click|visit|go to|follow|update|manage|clicca|visita|vai su|haz clic|pulse"
    r"|visite|clique|aceda|acesse|klik|ga naar|bezoek|klicken|besuchen|folgen)\b)",
    *more.UNSUBSCRIBE,
)
# A mass sender without links tells its readers to leave by mail: "reply with REMOVE in the
# subject", "stuur een e-mail met 'afmelden'". Read only beside an unsubscribe statement in a
# mail's last part (`bulk_by_content`): the way out of a list, said to every reader.
UNSUBSCRIBE_BY_MAIL = _any(
    r"\b(?:reply|respond|write back|send (?:us )?an? (?:e-?mail|message))\b[^.\n]{0,50}"
    r"\b(?:unsubscribe|remove|removal|stop|cancel)\b",
    r"\b(?:antworten sie|senden sie|schicken sie|antworte)\b[^.\n]{0,60}"
    r"\b(?:abmelden|abmeldung|austragen|abbestellen|stopp?)\b",
    r"\b(?:répond(?:ez|re)|envoyez|renvoyez|écrivez)\b[^.\n]{0,60}"
    r"\b(?:désinscription|désinscrire|désabonnement|désabonner|stop|retirer|retrait)\b",
    r"\b(?:responda|responde|respóndanos|envíe|envíenos|envíanos|escriba|escríbanos)\b[^.\n]{0,60}"
    r"\b(?:remover|baja|borrar|eliminar|retirar|cancelar)\b",
    r"\b(?:rispond(?:ete|a|i)|invi(?:ate|i|a)|scriv(?:ete|a|i))\b[^.\n]{0,60}"
    r"\b(?:cancellami|cancellazione|cancellare|rimuovi|rimozione|disiscrizione|stop)\b",
    r"\b(?:stuur|beantwoord|antwoord|mail)\b[^.\n]{0,60}\b(?:afmelden|afmelding|uitschrijven|stop)\b",
    r"\b(?:responda|envie|mande|escreva)\b[^.\n]{0,60}"
    r"\b(?:remover|descadastrar|descadastro|sair|cancelar|remoção)\b",
    # sv da no fi pl cs hu ro ca: answer (with a word in the subject) to leave
    r"\b(?:svara|svar|besvar)\b[^.\n]{0,60}\b(?:avregistrer\w*|avsluta|afmeld\w*|avmeld\w*|stopp?)\b"
    r"|\bvastaa\w*\b[^.\n]{0,60}\b(?:poista|peruuta|lopeta)\w*"
    r"|\bodpowiedz\w*\b[^.\n]{0,60}\b(?:wypisz|rezygn|usuń|usun)\w*"
    r"|\bodpově\w*\b[^.\n]{0,60}\b(?:odhlás|odhlas|zrušit|zrusit)\w*"
    r"|\bválaszol\w*\b[^.\n]{0,60}\b(?:leiratkoz|törlés|torles)\w*"
    r"|\brăspunde\w*\b[^.\n]{0,60}\b(?:dezabon|stop)\w*"
    r"|\brespon(?:eu|gueu|gui|deu)\b[^.\n]{0,60}\bbaixa\b",
    # he ar tr el: reply "remove" to leave ("להסרה ... השב/י "הסר"", "أرسل إلغاء").
    r"השב(?:/י|י|ו)?\s[^.\n]{0,20}[\"”“']?הסר|(?:أرسل|ارسل|رد|الرد)[^.\n]{0,30}(?:إلغاء|الغاء|توقف)"
    r"|\b(?:yanıtla|cevapla)\w*\b[^.\n]{0,40}\b(?:iptal|çıkış|ret)\b"
    r"|\bαπαντήστε\b[^.\n]{0,40}\b(?:διαγραφή|stop|αφαίρεση)\b",
    # A mailbox kept for leaving the list, named by what it is for: "escríbanos a bajas@...",
    # "unsubscribe@", "abmelden@", "desinscription@", "afmelden@".
    r"\b(?:unsubscribe|unsub|remove|removal|opt-?out|bajas?|abmeld\w*|austragen|abbestell\w*"
    r"|désinscri\w*|desinscri\w*|désabonn\w*|desabonn\w*|cancellazion\w*|disiscri\w*|afmeld\w*"
    r"|uitschrijv\w*|descadastr\w*|remocao|remoção)@[\w-]+\.",
)
# A sales sequence's way out, said to every lead in the first person: "not interested? let me
# know and I'll stop emailing", "if you'd rather not get more emails from me, just say so" (en de
# fr es it nl pt id). Read only in the mail's last part and with a sending platform's envelope,
# after the sender's own unanswered mail quoted below, or beside a link to book a meeting in the
# sender's calendar (`bulk_by_content`): a person writing once to a supplier's support has none.
SEQUENCE_WAY_OUT = _any(
    r"\b(?:if you(?:'d| would)? (?:rather|prefer) not (?:to )?(?:receive|get|hear)|if you (?:don't"
    r"|do not) want (?:to (?:receive|get) )?(?:any )?(?:more|further) (?:e-?mails|messages))"
    r"[^.\n]{0,40}\b(?:let me know|just reply|tell me|just say)",
    r"\bsi prefier(?:e|es) no recibir más (?:correos|e-?mails|emails|mensajes)[^.\n]{0,60}"
    r"(?:(?:házmelo|hágamelo) saber|dímelo|dígamelo|avísame|avíseme|respóndeme)",
    r"\bse (?:você )?(?:preferir|prefere) não receber mais (?:e-?mails|emails|mensagens)"
    r"[^.\n]{0,60}(?:me avise|avise-me|é só (?:responder|me dizer)|me diga)",
    r"\bsi vous préférez ne plus recevoir (?:mes|de) (?:e-?mails|emails|messages|courriels)"
    r"[^.\n]{0,60}(?:dites-le-moi|faites-le-moi savoir|répondez)",
    r"\bwenn sie keine (?:weiteren )?(?:e-?mails|nachrichten) (?:mehr )?von mir (?:erhalten"
    r"|bekommen) (?:möchten|wollen)[^.\n]{0,60}(?:sagen sie|geben sie mir bescheid|antworten sie)",
    r"\bse preferisci non ricevere (?:più|altre) (?:e-?mail|email|mail|messaggi)[^.\n]{0,60}"
    r"(?:fammelo sapere|dimmelo|rispondi)",
    r"\bals (?:je|u) (?:liever )?geen (?:e-?mails|mails|berichten) (?:meer )?van mij (?:wilt )?"
    r"ontvang\w*[^.\n]{0,60}(?:laat het (?:me )?weten|zeg het)",
    r"\b(?:kalau|jika|apabila) (?:bapak/ibu |anda )?(?:tidak|tak) (?:berkenan|ingin|mau)"
    r" menerima (?:email|e-?mail|pesan) dari saya",
    r"\b(?:let me know|just reply|reply)\b[^.\n]{0,40}\b(?:i'll|i will) (?:stop (?:emailing"
    r"|e-mailing|writing|reaching out|following up|contacting)|not (?:email|write|contact"
    r"|follow up)|leave you alone)|\b(?:let me know|just reply|reply)\b[^.\n]{0,40}"
    r"\b(?:i won't|i will not) (?:follow up|email you again|reach out again|write again"
    r"|bother you)",
    r"\b(?:dann|und) (?:höre ich auf|melde ich mich nicht mehr|schreibe ich (?:ihnen |dir )?"
    r"nicht mehr)",
    r"\b(?:et|alors) (?:j'arrête de vous (?:écrire|relancer|contacter)|je ne vous"
    r" (?:écrirai|relancerai|contacterai) plus)",
    r"\b(?:y|entonces) (?:dejo de (?:escribirte|escribirle|escribir|contactarte)|no (?:te|le)"
    r" (?:escribo|vuelvo a escribir) más)",
    r"\b(?:e|così) (?:smetto di (?:scriverti|scriverle|scrivere|contattarti)|non (?:ti|la)"
    r" (?:scrivo|contatto) più)",
    r"\b(?:dan|en) (?:stop ik met (?:mailen|e-?mailen|schrijven)|mail ik (?:je|u) niet meer)",
    r"\b(?:e|então) (?:deixo de (?:te |lhe )?(?:escrever|enviar)|paro de (?:te |lhe )?(?:escrever"
    r"|mandar e-?mails)|não (?:te|lhe) escrevo mais)",
)
# Headers of campaign senders beyond the well-known ones: their names or mailer say so.
BULK_HEADER_NAME = re.compile(r"x-.*(?:campaign|newsletter).*", re.IGNORECASE)
BULK_MAILER = re.compile(
    r"newsletter|campaign|bulk|mass ?mail|mailchimp|sendinblue|brevo"
    r"|mailjet|klaviyo|mailerlite|rapidmail|cleverreach|getresponse"
    # sales-sequence platforms: every step of a sequence is mass mail in a person's name
    r"|\bsequences?\b|outreach|salesloft|lemlist|woodpecker|mailshake",
    re.I,
)
OPT_IN = _any(
    r"\bconfirm (?:your )?(?:subscription|sign-?up|e-?mail address)",
    r"\bbestätigen sie (?:ihre|bitte ihre) (?:newsletter-?)?anmeldung|anmeldung bestätigen"
    r"|\bbestätigen sie (?:bitte )?ihr abonnement|abonnement bestätigen",
    r"\bconfirme[zr]? (?:votre )?(?:inscription|abonnement|adresse (?:courriel|e-?mail))",
    r"\bconfirma(?:r)? (?:tu |su )?suscripción",
    r"\bconferma(?:re)? (?:la tua |la sua )?iscrizione",
    r"\bbevestig (?:je |uw )?(?:inschrijving|aanmelding|abonnement)",
    r"\bconfirm(?:e|ar) (?:a sua |sua )?(?:inscrição|subscrição|assinatura)",
    more.OPT_IN,
)
MODERATION = _any(
    # The sender's message held until someone approves it, "moderator" said or not; the
    # message must be what waits ("the price list is awaiting approval" is a person's news).
    r"\b(?:message|post|e-?mail)\b[^.\n]{0,80}\b(?:is |has been )?(?:awaiting|pending|held for)"
    r" (?:moderator |the moderator's )?(?:approval|moderation)",
    r"\b(?:nachricht|beitrag|e-?mail|mail)\b[^.\n]{0,80}\bwartet auf (?:die )?(?:genehmigung"
    r"|freigabe)",
    r"\bmessage\b[^.\n]{0,80}\ben attente (?:d'approbation|de validation|de modération)"
    r"|\bmessages? à modérer",
    r"\bmensaje\b[^.\n]{0,80}\b(?:pendiente de (?:aprobación|moderación|revisión)|a la espera de"
    r" (?:la )?aprobación|esperando (?:la )?aprobación)",
    r"\bmessaggio\b[^.\n]{0,80}\bin attesa di (?:approvazione|moderazione)",
    r"\bbericht\b[^.\n]{0,80}\b(?:wacht op (?:goedkeuring|moderatie)|moet (?:eerst )?worden"
    r" goedgekeurd)",
    r"\bmensagem\b[^.\n]{0,80}\b(?:aguarda(?:ndo)? (?:a )?(?:aprovação|moderação)|(?:pendente|à"
    r" espera) de aprovação)",
    r"\bpending moderator approval|awaiting moderat|needs? moderator approval"
    r"|requires? moderator approval|\bmoderators?\b",
    r"\bmoderat(?:or|ion|ed)|freigabe durch (?:den|einen) moderator"
    r"|nicht zugestellt[^.\n]{0,60}gruppe",
    r"\bmodérat",
    r"\bmoderador|moderación",
    r"\bmoderator[ei]",
    r"\bmoderaç",
    more.MODERATION,
)
_GROUP_WORDS = re.compile(
    r"\b(?:group|list|mailing list|gruppe|liste|groupe|grupo|gruppo|lista|groep|listan|gruppen"
    r"|grupa|grupy|grupie|skupin[aěy]|konferenc[ei]|grubu|grup|группа|группу|список|рассылк"
    r"|lijst|mailinglijst|verzendlijst|mailinglist|verteiler(?:liste)?|e-?mail-?liste)\b"
    r"|グループ|メーリングリスト|群组|邮件列表|郵件列表",
    re.I,
)
# Mailing-list software's own mailboxes: list-owner@, list-request@, list-bounces@, mailman@.
LIST_ROBOT_LOCAL_PARTS = re.compile(
    r"owner-.+|.+-(?:owner|request|admin|bounces?)|majordomo|listserv|mailman|ezmlm|sympa",
    re.IGNORECASE,
)
# A list server's own mailbox, which only a program writes from (LISTSERV@, mlmmj's
# list+confirm@, Mailman's list-join@); and the mailboxes whose name is generic enough
# ("quote-request@", "owner-x@") that only a command's answer in the text decides.
LIST_SERVER_LOCAL_PARTS = re.compile(
    r"listserv|majordomo|mailman|sympa|ezmlm|mlmmj|lyris|ecartis|listproc|listar|smartlist"
    r"|.+-(?:bounces?|confirm|join|leave|subscribe|unsubscribe|signoff)",
    re.IGNORECASE,
)
LIST_ALIAS_LOCAL_PARTS = re.compile(r".+-request|owner-.+", re.IGNORECASE)
# What a list server answers to a command mailed to it, in the languages we read.
LIST_COMMAND = _any(
    r"\boutput of your job|\bresults? of your (?:e-?mail )?commands?|\bcommands? (?:processed"
    r"|confirmation|results?)|\byou (?:have been|are now|were|are not) (?:removed|unsubscribed"
    r"|subscribed|added|a member)|\bwelcome to the\b[^.\n]{0,60}\b(?:list|group)|\bunknown command"
    r"|\bconfirm(?:ation of)? (?:your )?(?:subscription|unsubscription|request to (?:join|leave))"
    r"|\bnot (?:a member|subscribed)|\bgoodbye from",
    r"\bsie wurden (?:aus|von|in) der (?:liste|gruppe)|\bergebnis(?:se)? ihre[rs]? befehl",
    r"\bvous (?:avez été|êtes (?:maintenant )?) ?(?:désabonnée?|désinscrite?|abonnée?|inscrite?)"
    r"|\brésultats? de vos commandes",
    r"\b(?:ha|has) sido (?:dado de baja|suscrito|eliminado de la lista)"
    r"|\bresultados? de (?:sus|tus) comandos",
    r"\bsei stato (?:rimosso|iscritto|cancellato)|\bè stato (?:rimosso|iscritto)",
    r"\bu bent (?:afgemeld|aangemeld|uitgeschreven|ingeschreven)",
    r"\bfoi (?:removido|inscrito|descadastrado)|\bvocê (?:foi|está) (?:removido|inscrito)",
)
BULK_LOCAL_PARTS = re.compile(
    r"(?:news|newsletter|nieuwsbrief|infolettre|novidades|noticias|notizie|marketing|updates?"
    # "News" and "newsletter" in the other languages read (sv/nb, da, fi, cs/sk, pl, tr, hu, ro,
    # et, lv, lt, sl/hr/sr/bs, bg/mk in Latin letters).
    r"|nyhetsbrev|nyhedsbrev|nyheter|nyheder|uutiskirje|uutiset|novinky|aktualnosci|haberler"
    r"|bulten|hirlevel|noutati|uudised|uudiskiri|jaunumi|naujienos|novice|novosti|vijesti|bilten"
    r"|novini"
    r"|mailing|promo|promotions?|offers?|deals|campaigns?|digest|announce(?:ments?)?|hello|team"
    r"|info|contact|communications?|no-?reply|do-?not-?reply)(?:[._+-].*)?",
    re.IGNORECASE,
)
NO_REPLY_LOCAL_PARTS = re.compile(
    # A segment of the local part says so: groups-noreply@, mail-noreply@, x.no-reply.y@.
    r"(?:[\w.-]*[-_.])?(?:"
    r"(?:no|do[-_.]?not|dont|never)[-_.]?reply|noreply|no[-_.]?response|auto[-_.]?(?:reply|mailer"
    r"|responder|notify)|notifications?|notify|bounces?"
    # The same in the other languages we read: "keine Antwort", "ne pas répondre", ...
    r"|(?:nicht|keine)[-_.]?antw(?:orten|ort)|ne[-_.]?pas[-_.]?repondre|ne[-_.]?repondez[-_.]?pas"
    r"|no[-_.]?respon(?:der|da)|non[-_.]?rispondere|niet[-_.]?(?:beantwoorden|antwoorden)"
    r"|geen[-_.]?antwoord|n[aã]o[-_.]?respond(?:a|er)"
    r")(?:[-_.][\w.-]*)?",
    re.IGNORECASE,
)

# Virus and content-filter gateways: the mailbox a notice comes from, and what it says.
GATEWAY_LOCAL_PARTS = re.compile(
    # A segment of the local part starts with the word: virusscanner@, it.antivirus@.
    r"(?:[\w.+-]*[._+-])?(?:quarantine|quarantaine|quarantena|cuarentena|quarentena|anti-?virus"
    r"|virus(?:[-_.]?alert)?|virusscan|mail-?scanner|amavis[d]?|clamav|spam-?filter|mail-?filter"
    r"|content-?filter|mail-?guard|e?-?mail-?security|e?-?mail-?gateway|mail-?gw|smtp-?gw|scanner"
    r"|barracuda|sophos|ironport|mimecast|proofpoint|symantec|trend-?micro|security-?gateway"
    r"|anti-?spam|eset|kaspersky|ksmg|forti(?:mail|net|guard)|hornet|spamtitan|mailcleaner"
    r"|zerospam|trustwave|forcepoint|watchguard|mcafee|bitdefender|avira|f-?secure|spamexperts"
    r"|mailmarshal|messagelabs|scanmail|interscan|imsva|imss|libraesva|mailsweeper|mailessentials"
    # Data-loss-prevention gateways, which hold or stop outgoing and incoming mail by policy.
    r"|dlp|data-?loss-?prevention|dlp-?gateway)\w*(?:[._+-].*)?",
    re.IGNORECASE,
)
# A filter's own name as the sender's display name ("ESET Mail Security", "Mail Gateway").
GATEWAY_NAME = re.compile(
    r"\b(?:mail|e-?mail|smtp|security|spam|content|virus) ?(?:gateway|security|filter|scanner"
    r"|protection|firewall|quarantine)\b|\banti-?(?:virus|spam)\b|\bquarant|\bcuarentena"
    r"|\bquarentena|\bvirus ?scan|\bscanmail\b|\binterscan\b|\bmailmarshal\b|\blibraesva\b"
    # The same name in the other languages ("Seguridad de Correo", "Sécurité messagerie").
    r"|\bseguridad (?:del? )?correo|\bsécurité (?:de la )?messagerie|\be-?mail-?sicherheit"
    r"|\bmailsicherheit|\bsicurezza (?:della )?posta|\be-?mailbeveiliging"
    r"|\bsegurança (?:d[eo] )?(?:e-?mail|correio)",
    re.IGNORECASE,
)
GATEWAY_WORDS = _any(
    r"\bvir(?:us|ii|en|ussen)\b|vírus|\bmalware|\binfect|quarant|cuarentena|quarentena|quarantäne"
    r"|blocked|blockiert|bloqu[ée]|bloquead|bloccat|geblokkeerd|rejected|rechazad|rejeitad"
    r"|abgelehnt|rejet[ée]|rifiutat|geweigerd|not (?:been )?delivered|nicht zugestellt|non remis"
    r"|no (?:fue )?entregad|não (?:foi )?entregue|non (?:è stato )?consegnat|niet afgeleverd"
    r"|dangerous attachment|gefährliche[rn]? anhang|pièce jointe dangereuse",
    # Held by a policy (data-loss prevention) rather than stopped for a virus.
    r"\b(?:held|quarantined) (?:for|because|by|pending)|\bpolicy (?:violation|review)"
    r"|data[- ]loss[- ]prevention|\b(?:aufgehalten|zurückgehalten)\b"
    r"|\bretenu(?:e|s)? (?:par|pour)|\bretenid[oa] (?:por|para)|\btrattenut[oa] (?:da|per)"
    r"|\btegengehouden\b|\bretid[oa] (?:por|para)",
    more.GATEWAY_WORDS,
)
# Spam complaints (feedback loops, abuse desks) sent without a report type.
COMPLAINT_LOCAL_PARTS = re.compile(
    r"(?:abuse|fbl|feedback(?:[-_.]?loop)?|complaints?|spam-?reports?|scomp|jmrp|arf|reports?"
    r"|signalement|spamcop|spam|noc|trust-?(?:and-?)?safety)(?:[._+-].*)?",
    re.IGNORECASE,
)
COMPLAINT_WORDS = _any(
    r"\babuse\b|\bspam\b|complaint|unsolicited|beschwerde|unerwünscht|plainte|signalement"
    r"|non sollicit|queja|denuncia|no solicitad|reclamo|segnalazione|non richiest|klacht"
    r"|ongevraagd|reclamação|denúncia|não solicitad|correo no deseado|e-?mail indesejad",
    # Reporting services name what they report: "[ Offending message ]", "SpamCop".
    r"spamcop|offending (?:message|mail|e-?mail)|reported as (?:spam|junk)|junk mail report",
    more.COMPLAINT_WORDS,
)
# A mail's own trace or identity header pasted into a text: what a mail program writes into
# its header, never what a mail client shows when a person forwards ("From:/Sent:/To:").
_PASTED_HEADER = re.compile(
    r"^[ \t>]*(?:Received:\s+from\s|Return-Path:\s*<|Message-ID:\s*<[^>\s]+@)",
    re.IGNORECASE | re.MULTILINE,
)


_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")


@dataclass(frozen=True)
class Evidence:
    """What the sender's own new text says, as statement names with their weights."""

    found: tuple[tuple[str, int], ...]
    question: bool

    @property
    def weight(self) -> int:
        """The total weight; a question cancels the statements a person might also make."""
        strong = sum(w for _, w in self.found if w >= MACHINE_WEIGHT)
        weak = sum(w for _, w in self.found if w < MACHINE_WEIGHT)
        return strong + (0 if self.question else weak)

    @property
    def names(self) -> str:
        """The statements found, for the stored reason."""
        return "+".join(name for name, _ in self.found)


# A mail client's line above a forwarded mail ("---------- Forwarded message ---------",
# "-------- Weitergeleitete Nachricht --------"): what follows is the forwarded mail's, not words
# of the sender's (a person forwarding a notice to ask about it does not make its statements).
_FORWARDED = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:(?:forwarded message|begin forwarded message|weitergeleitete nachricht"
    r"|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht"
    r"|mensagem encaminhada|přeposlaná zpráva|wiadomość przekazana|vidarebefordrat meddelande"
    r"|iletilen ileti|przekazana wiadomość"
    # ru uk el ja zh ko hu ro fi da no: Gmail's, Yandex's, Mail.ru's and ukr.net's lines.
    r"|пересылаемое сообщение|пересланное сообщение|переслане повідомлення|пересланий лист"
    r"|προωθημένο μήνυμα|転送メッセージ|转发的邮件|轉寄的郵件|전달된 메시지|전달된 메일"
    r"|továbbított üzenet|mesaj redirecționat|välitetty viesti|videresendt meddelelse"
    r"|videresendt melding)"
    # A notice pasted between dashed lines under its name alone, below the sender's own
    # question ("----- 退信内容 -----": the bounce's content): what follows is cited, not hers.
    r"|(?:退信内容|退信原文|退信|原始邮件|原邮件内容|原邮件|元のメッセージ|エラーメール"
    r"|반송 메일|원본 메시지|bounce message|returned mail|bounced message|original notice)"
    r"[ \t]*-*[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)


def _before_forwarded(lines: str) -> str:
    """`lines` up to a forwarded mail's line, if any."""
    forwarded = _FORWARDED.search(lines)
    return lines[: forwarded.start()] if forwarded else lines


def fresh_lines(msg: ParsedMessage) -> str:
    """The sender's own new text, lines kept: quotes, what follows a reply header and a
    forwarded mail cut."""
    return _before_forwarded(strip_quoted(msg.text[:20000]))


def lines_and_footer(msg: ParsedMessage) -> str:
    """`fresh_lines` and, when the sender's text ends at a "-- " separator, the footer below it:
    where a mass mailing says why the reader gets it and how to leave (read for list mail only;
    no statement of a person's is looked for there)."""
    own, footer = own_and_footer(msg.text[:20000])
    lines = _before_forwarded(own)
    return f"{lines}\n{footer}" if footer.strip() else lines


def fresh_text(msg: ParsedMessage) -> str:
    """The sender's own new words: quotes and what follows a reply header cut, spaces folded."""
    return " ".join(fresh_lines(msg).split())


# The statements evidence() looks for: (name, phrases, weight).
_STATEMENTS = (
    ("away", AWAY, 1),
    ("back", BACK, 1),
    ("received", RECEIVED, 1),
    ("unread", UNREAD, 2),
    ("left", LEFT, 2),
    ("automated", AUTOMATED, 2),
    ("closed", CLOSED, 1),
    ("retired", RETIRED, 1),
    ("your mail", YOUR_MAIL, 1),
    ("ticket", TICKET, 1),
    ("reply line", REPLY_LINE, 1),
    ("respond", RESPOND, 1),
    ("challenge", CHALLENGE, 2),
    ("sender check", SENDER_CHECK, 1),
    ("recall", RECALL, 2),
)

# Their gates, found in one pass per mail (and the held-mail check's).
_STATEMENT_GATES = PhraseSet([pattern for _, pattern, _ in _STATEMENTS] + [HELD_MAIL])


def evidence(text: str) -> Evidence:
    """Which machine statements `text` (already fresh) makes."""
    # Words a person cites in quotation marks ('I got "I am on leave until 15.08" back') or
    # reports as an automatic reply's ("you got an automatic reply that she left") are not the
    # sender's own statement.
    folded = fold(_CITED.sub(" ", _unreported(text)))
    present = _STATEMENT_GATES.present(folded)
    found = tuple(
        (name, w) for name, pattern, w in _STATEMENTS if pattern.search_folded(folded, present)
    )
    if (
        ("sender check", 1) in found
        and ("challenge", 2) not in found
        and HELD_MAIL.search_folded(folded, present)
    ):
        # Proof asked of the sender of a mail not delivered yet: a challenge, in any order.
        found = (*found, ("challenge", 2))
    if any(name == "unread" for name, _ in found) and BORROWED_MAILBOX.search_folded(folded):
        # The mailbox nobody reads is the one the writer says she borrowed (BORROWED_MAILBOX).
        found = tuple(item for item in found if item[0] != "unread")
    return Evidence(found, asks(text))


# The heading an autoresponder puts before whom to call, said as a short question: "Is it
# urgent?", "Ist es dringend?", "C'est urgent ?", "¿Es urgente?", "È urgente?", "Is het
# dringend?", "É urgente?" (the one-word "Urgent?" has too few words to count anyway).
_URGENT_HEADING = re.compile(
    r"(?:is (?:it|this|that|the matter)|ist es|est-ce|c'est|es|è|e|is het|é|for|sehr|very|muy"
    r"|molto|echt|wirklich|really|something)?(?: \w+)?[ \t]*(?:urgent|dringend|urgente"
    r"|spoedeisend|eilig|pressing)",
    re.IGNORECASE,
)


# A greeting put as a question: "Hi, how are you?", "Oi, tudo bem?", "Hallo, wie geht's?",
# "Bonjour, ça va ?", "Hola, ¿qué tal?", "Ciao, come stai?", "Hoi, hoe gaat het?".
_GREETING_QUESTION = re.compile(
    r"(?:(?:hi|hello|hey|hallo|hoi|bonjour|salut|hola|ciao|buongiorno|olá|ola|oi)[ ,!]*"
    r"(?:\w+[ ,!]*)?)?(?:how are you(?: doing)?|how's it going|tudo bem|tudo bom|como vai"
    r"|wie geht'?s|wie geht es ihnen|ça va|comment allez-vous|qué tal|como estás|come stai"
    r"|come va|tutto bene|hoe gaat het(?: met je| met u)?|alles goed)",
    re.IGNORECASE,
)


# What to do, right after a question, with the number to call: the question is a notice's
# heading ("Need urgent help? Call 0800 123 456", "Har du en skada ...? Ring vår skadejour på
# 0771-51 51 00"), asked of nobody. Never the writer's own number ("Call me on ..."): a person
# who asks and gives her number still asks.
_CALL_NUMBER = re.compile(
    r"\s*(?:call|ring|phone|rufen sie|ruf|appelez|appelle|llame|llámenos|llama|chiami|chiama|bel"
    r"|ligue|zadzwoń|zavolejte|soita|kontakta|kontakt)\b(?!\s*-?(?:me|mich|moi|mij|mi|meg|mig)\b)"
    r"[^.?!\n]{0,60}?\+?\d[\d \-/()]{5,}",
    re.IGNORECASE,
)


def asks(text: str) -> bool:
    """Whether `text` asks something: a sentence ending in a question mark. Never the "?" of a
    link's query, nor the heading an autoresponder puts before what to do ("Urgent? Call
    0123", "Dringend? Rufen Sie an", "Is het dringend? Bel Sanne")."""
    for match in _QUESTION_END.finditer(text):
        # The sentence: from the previous sentence's end to this "?" (found from the mark,
        # not by a regex that would rescan the text from every character).
        start = max(text.rfind(end, 0, match.start()) for end in _SENTENCE_ENDS) + 1
        sentence = text[start : match.start()].strip(" \t¿¡\"'“«")
        if _CITE_VERB.search(sentence) and TICKET.search(sentence):
            continue  # "would you quote the number when you contact us?": a receipt's request
        if _YOUR_TICKET.search(sentence):
            continue  # "Is your ticket resolved?": another desk asking about its own ticket
        if _URGENT_HEADING.fullmatch(sentence):
            continue  # "Is het dringend? Bel Sanne": the heading before what to do, no question
        if _GREETING_QUESTION.fullmatch(sentence):
            continue  # "Oi, tudo bem?": a greeting, asking nothing
        if _CALL_NUMBER.match(text, match.end()):
            continue  # "Har du en skada som behöver hanteras akut? Ring 0771-51 51 00": a heading
        if len(sentence.split()) >= 2 or (_IDEOGRAPHIC.search(sentence) and len(sentence) >= 3):
            return True
    return False


def local_part(msg: ParsedMessage) -> str:
    """The sender's local part, lower-cased, plus-tag and all; "" without a sender."""
    return msg.sender.addr.partition("@")[0].lower() if msg.sender is not None else ""


def is_no_reply(addr: str) -> bool:
    """Whether the address says nobody reads it (noreply@, do-not-reply@, notifications@, ...).

    Plus-tags are stripped first: noreply+123@ is noreply@.
    """
    local = addr.partition("@")[0].partition("+")[0].lower()
    return bool(NO_REPLY_LOCAL_PARTS.fullmatch(local))


# A link whose address is the way out of a list ("/unsubscribe?u=...", "/optout/tokens/682417",
# "/newsletter/abmelden"): made per recipient by mass-sending software, a mailing's when the
# words around it offer the way out too (a person pastes such a link to say it did not work).
_LINK = re.compile(r"https?://\S+", re.IGNORECASE)
# A link to book time in the sender's calendar, as sales sequences put one in every step.
_BOOKING_LINK = re.compile(
    r"https?://(?:meetings(?:-\w+)?\.hubspot\.com|app\.hubspot\.com/meetings|(?:www\.)?calendly"
    r"\.com|cal\.com/|(?:www\.)?savvycal\.com|zcal\.co|tidycal\.com|\w+\.chilipiper\.com"
    r"|calendar\.app\.google|calendar\.google\.com/calendar/appointments|youcanbook\.me"
    r"|outlook\.office(?:365)?\.com/(?:book|owa/calendar/\S*/bookings))",
    re.IGNORECASE,
)
_WAY_OUT_LINK = re.compile(
    r"https?://\S*?(?:unsubscribe|unsub\b|opt-?out|opt_out|abmelden|abbestellen|desinscri"
    r"|désinscri|desabonn|désabonn|darse-de-baja|/baja\b|cancellazione|cancella\.|disiscri"
    r"|afmelden|uitschrijven|descadastr|preferences?[-_]?cent(?:er|re))",
    re.IGNORECASE,
)


def _tail_start(text: str) -> int:
    """Where a mail's last part begins: its last two fifths, from the start of the sentence
    the cut falls in (a cut inside "Si no desea recibir" would leave "desea recibir" to read)."""
    cut = len(text) * 3 // 5
    sentence = max(text.rfind(end, max(cut - 200, 0), cut) for end in (". ", ": ", "! ", "? "))
    return sentence + 2 if sentence >= 0 else cut


def bulk_by_content(msg: ParsedMessage, answering_us: bool = False) -> str | None:
    """Why a message without list headers is list mail: newsletter, opt-in, moderation.

    `answering_us`: the mail refers to one of our Message-IDs. A newsletter never answers our
    mail, so there an unsubscribe footer is a company signature's ("unsubscribe from our
    mailings", the web and social links), not a mass sender's."""
    lines = lines_and_footer(msg)
    text = " ".join(lines.split())
    for name, value in msg.headers:
        if BULK_HEADER_NAME.fullmatch(name) and not _relayed_request(msg, text):
            return f"bulk: campaign header {name}"
        if name in ("x-mailer", "user-agent") and BULK_MAILER.search(value):
            return f"bulk: mass mailer {value[:40]}"
    subject_and_text = f"{msg.subject} {text[:4000]}"
    sender = local_part(msg).partition("+")[0]
    many_links = text.count("http") >= 3
    bulk_sender = bool(BULK_LOCAL_PARTS.fullmatch(sender))
    tail = text[_tail_start(text) :]
    # A person may write "please unsubscribe me" from info@ of a small firm: a mass sender's
    # footer comes with the link to do it.
    # A sending platform's envelope is mass sending in itself: a link anywhere will do.
    mass = (
        many_links
        or (bulk_sender and "http" in tail)
        or ("http" in text and tracked_envelope(msg))
        or bool(UNSUBSCRIBE_BY_MAIL.search(tail))
        or (bool(_WAY_OUT_LINK.search(tail)) and bool(UNSUBSCRIBE.search(_LINK.sub(" ", tail))))
    )
    if (
        not answering_us
        and mass
        and UNSUBSCRIBE.search(tail)
        and not _signed_request(msg, sender, lines)
    ):
        return "bulk: unsubscribe footer from a mass sender"
    if (
        not answering_us
        and SEQUENCE_WAY_OUT.search(tail)  # first: rare, and the quote check reads the whole text
        and (tracked_envelope(msg) or _follows_up_itself(msg) or _BOOKING_LINK.search(text))
    ):
        # Sent through a platform, by hand as the next step after its own unanswered mail, or
        # as a lead's first step with a link to book the meeting it asks for.
        return "bulk: a sequence's next step (its way out is to ask to stop)"
    if OPT_IN.search(subject_and_text) and (bulk_sender or "http" in text):
        return "bulk: subscription confirmation"
    if not answering_us and _platform_sent(msg) and not asks(text):
        return "bulk: a platform's notification in the From's name (Sender, envelope)"
    # groups.io and others give the list's robots a plus-tag: ops+owner@ is ops-owner@.
    robot = bool(LIST_ROBOT_LOCAL_PARTS.fullmatch(local_part(msg).replace("+", "-", 1)))
    robot = robot or bool(LIST_ROBOT_LOCAL_PARTS.fullmatch(sender))
    if MODERATION.search(subject_and_text) and (
        robot or _GROUP_WORDS.search(subject_and_text) or is_no_reply(sender)
    ):
        return "bulk: mailing-list moderation notice"
    return None


# Sender Rewriting Scheme: a forwarder's envelope for a person's mail, not a sending platform's.
_SRS = re.compile(r"srs[01][=+-]", re.IGNORECASE)


def _relayed_request(msg: ParsedMessage, text: str) -> bool:
    """Whether a mail sent through a campaign platform is one person's request relayed: a
    business tool's "send document" that goes out through such a platform (its campaign header
    on every mail) from the tool's address, with the person in Reply-To (another address than
    the From). Her text (`text`: the sender's lines and footer, spaces folded) asks us
    something, and nothing in it is a list's way out (every mass mailing carries one, by law
    and by the platforms' own rules)."""
    if not msg.reply_to or msg.sender is None:
        return False
    if all(addr.addr.lower() == msg.sender.addr.lower() for addr in msg.reply_to):
        return False
    return asks(text) and not UNSUBSCRIBE.search(text)


def tracked_envelope(msg: ParsedMessage) -> bool:
    """Whether the envelope sender (Return-Path) is a sending platform's bounce-tracking address:
    in another domain than the From's, with a number in its local part (one per recipient or
    campaign, "bnc+7731.a2f9@em.platform.example"), or holding the recipient's own address in
    any domain (VERP). A person's client sends with their own address as the envelope sender; a
    forwarder's SRS rewrite is not counted."""
    return _tracked_envelope_domain(msg) is not None


def _tracked_envelope_domain(msg: ParsedMessage) -> str | None:
    """The domain of the envelope sender when it is a platform's tracked one (tracked_envelope)."""
    if msg.sender is None:
        return None
    paths = header_addresses(msg, "return-path")
    if not paths:
        return None
    local, _, domain = paths[0].rpartition("@")
    if _SRS.match(local):
        return None
    if domain != msg.sender.domain.lower() and any(ch.isdigit() for ch in local):
        return domain
    # The recipient's own address written into the envelope (VERP: "bounces+2213887-8c1f-
    # support=houseware.io@stripe.com") tracks bounces per recipient, in the From's own domain
    # too: mass sending, never a person's client. (Only looked for when the cheap test fails.)
    verp = any(to.replace("@", "=", 1) in local for to in header_addresses(msg, "to"))
    return domain if verp else None


def _follows_up_itself(msg: ParsedMessage) -> bool:
    """Whether `msg` answers the sender's own earlier mail, quoted under its address ("On Tue,
    Tyler Brooks <tyler@...> wrote:"): the next step of a sequence sent by hand, one we never
    answered."""
    if msg.sender is None or not (msg.in_reply_to or msg.references):
        return False
    return f"<{msg.sender.addr.lower()}>" in msg.text.lower()


def _platform_sent(msg: ParsedMessage) -> bool:
    """Whether a sending platform sent `msg` in the name of its From (a shop's order
    confirmation sent by its web shop's platform): the envelope is the platform's tracked
    bounce address (`tracked_envelope`) and the Sender header names the platform too, in the
    envelope's domain, not the From's. A person's client sends from the person's own domain; a
    colleague sending on someone's behalf is in the From's organisation."""
    path_domain = _tracked_envelope_domain(msg)
    if msg.sender is None or path_domain is None:
        return False
    senders = header_addresses(msg, "sender")
    if not senders:
        return False
    sender_domain = senders[0].rpartition("@")[2]
    return sender_domain != msg.sender.domain.lower() and (
        path_domain == sender_domain or path_domain.endswith("." + sender_domain)
    )


def _signed_request(msg: ParsedMessage, sender: str, lines: str) -> bool:
    """Whether the unsubscribe footer of `msg` is a company signature under a person's request.

    The person's own text (above the closing) is prose, greets no crowd, and the way out is
    below the closing. Then: a person's mail client wrote it, or it asks us something (a
    question, "please", "können Sie") or speaks of the writer ("my order", "ich habe") and is not
    signed by a team; a team signing a request counts with a mail client's marks. Links of its
    own: one, or a few when a person's client wrote a request (the pages they ask about; a
    newsletter's offers are its many links). Never from a mass sender's software, through a
    sending platform's envelope (`tracked_envelope`) or from a newsletter mailbox, nor sent to
    readers it does not name (Bcc): signatures.py."""
    if signatures.mass_sender_marks(msg) is not None or signatures.newsletter_mailbox(sender):
        return False
    if tracked_envelope(msg):
        return False
    if signatures.sent_blind(msg):
        return False
    name = msg.sender.name if msg.sender is not None else ""
    signed = signatures.split_signed(lines, name)
    if signed is None or not UNSUBSCRIBE.search(signed.signature):
        return False
    own = " ".join(signed.own.split())
    if not signatures.prose(own) or UNSUBSCRIBE.search(own):
        return False
    if signatures.CROWD_GREETING.search(own):
        return False
    client = signatures.client_marks(msg)
    asked = asks(own) or signatures.REQUEST.search(own)
    links = signatures.link_count(own)
    if links > 3 or (links > 1 and not (client and asked)):
        return False
    if signatures.team_signed(signed.signature):
        return asked and client
    return asked or client or signatures.FIRST_PERSON.search(own)


def list_server_notice(msg: ParsedMessage) -> str | None:
    """A list server's own answer (a command's output, a welcome, a goodbye, a confirmation
    request) from its own mailbox: it talks about a list or the command it got."""
    local = local_part(msg).partition("+")[0]
    said = f"{msg.subject} {msg.text[:3000]}"
    if LIST_SERVER_LOCAL_PARTS.fullmatch(local):
        if _GROUP_WORDS.search(said) or LIST_COMMAND.search(said) or OPT_IN.search(said):
            return "auto_reply: a list server's answer from its own mailbox"
    elif LIST_ALIAS_LOCAL_PARTS.fullmatch(local) and LIST_COMMAND.search(said):
        return "auto_reply: a list command's answer from the list's request or owner address"
    return None


# A list footer's way out: a link, a mailto or a list command address (LISTSERV's SIGNOFF).
_WAY_OUT = re.compile(
    r"https?://|mailto:|[\w.+-]+-(?:signoff|unsubscribe|leave|request)[\w.+-]*@"
    r"|\b(?:majordomo|listserv|sympa|mailman|ecartis|lyris)@",
    re.IGNORECASE,
)


def header_addresses(msg: ParsedMessage, name: str) -> list[str]:
    """The addresses in every `name` header of `msg`, lower case (those with an @ only)."""
    pairs = getaddresses(list(msg.header_all(name)))
    return [addr.strip().lower() for _, addr in pairs if "@" in addr]


def list_redistribution(msg: ParsedMessage, own_addresses: frozenset[str]) -> str | None:
    """A list post relayed to us without List-* headers (LISTSERV, Majordomo, home-grown lists).

    It was addressed to the list, not to us, and the list left its mark in the envelope: its
    own posting address as Sender (the address the mail was sent to, not the author), or a list
    robot's envelope (owner-x@, x-request@, x-bounces@) with a footer telling how to leave. A
    person sending on someone's behalf writes to us (we are in To/Cc), and a person on a list
    who writes to us directly does too.
    """
    if msg.sender is None:
        return None
    addressed = {a.addr for a in (*msg.to, *msg.cc)}
    if not addressed or addressed & own_addresses:
        return None
    author = msg.sender.addr
    relays = [a for a in header_addresses(msg, "sender") if a != author]
    if any(a in addressed for a in relays):
        return "bulk: list post relayed by the list address it was sent to (Sender)"
    envelope = relays + header_addresses(msg, "return-path")
    robot = any(LIST_ROBOT_LOCAL_PARTS.fullmatch(a.partition("@")[0]) for a in envelope)
    if not robot:
        return None
    tail = msg.text[-1500:]
    if UNSUBSCRIBE.search(tail) and _GROUP_WORDS.search(tail) and _WAY_OUT.search(tail):
        return "bulk: list robot envelope with a footer telling how to leave the list"
    return None


def gateway_notice(msg: ParsedMessage, mail_system: bool = False) -> str | None:
    """A virus or content-filter gateway's notice about a message, from its own mailbox (or
    from postmaster@ / MAILER-DAEMON, which gateways also send as, or `mail_system`: a sender
    the caller found to be a mail system by its name, "Administrador do Sistema")."""
    sender = msg.sender.addr if msg.sender is not None else ""
    named = msg.sender is not None and GATEWAY_NAME.search(msg.sender.name)
    gateway = GATEWAY_LOCAL_PARTS.fullmatch(local_part(msg)) or named
    if not (gateway or mail_system or is_mail_system(sender)):
        return None
    fresh = fresh_text(msg)[:3000]
    if GATEWAY_WORDS.search(msg.subject) or GATEWAY_WORDS.search(fresh):
        return "bounce: virus or content-filter gateway notice"
    # A gateway that relays mail also reports the relay's failures ("could not be delivered to
    # the following recipients", an SMTP reply code) in words of its own: from its mailbox,
    # that is a delivery failure notice, not a virus notice.
    if BOUNCE_BODY.search(fresh):
        return "bounce: delivery failure reported from a gateway's mailbox"
    return None


def complaint_desk(msg: ParsedMessage) -> bool:
    """Whether the sender's mailbox is an abuse or feedback-loop desk's (abuse@, fbl@, ...)."""
    return bool(COMPLAINT_LOCAL_PARTS.fullmatch(local_part(msg)))


def complaint_report(msg: ParsedMessage, has_original: bool) -> str | None:
    """A spam complaint without a report type: from an abuse desk or FBL, about our mail.

    `has_original`: the complained-of message is attached (message/rfc822 or headers).
    """
    sender = local_part(msg)
    words = bool(COMPLAINT_WORDS.search(msg.subject))
    from_desk = complaint_desk(msg)
    pasted = _PASTED_HEADER.search(msg.text[:20000])
    if (has_original or pasted) and (from_desk or (words and is_no_reply(sender))):
        return "bounce: spam complaint with the reported message"
    # A person who attaches our newsletter to complain of it writes about herself; an abuse
    # desk's report names where the message came from (its IP) or pastes its trace headers.
    if has_original and words and (pasted or _IPV4.search(f"{msg.subject} {msg.text[:3000]}")):
        return "bounce: spam complaint subject with the reported message attached"
    if pasted is not None and not has_original:
        return _pasted_complaint(msg, msg.text[: pasted.start()])
    if (from_desk or is_mail_system(msg.sender.addr if msg.sender else "")) and not has_original:
        # An abuse desk's report in words only: it names the complaint and where the mail
        # came from (its IP), and asks nothing. A person writes to us of their own mail.
        said = f"{msg.subject} {fresh_text(msg)[:3000]}"
        if COMPLAINT_WORDS.search(said) and _IPV4.search(said) and not _ASKED.search(said):
            return "bounce: abuse desk complaint naming the sending IP"
    return None


def _pasted_complaint(msg: ParsedMessage, head: str) -> str | None:
    """A reporting service (SpamCop, an ISP's abuse desk) that pastes the reported message into
    its text below a few lines of its own: those lines name the complaint and where the mail
    came from (its IP), and ask nothing. A person pasting headers to ask why asks."""
    said = f"{msg.subject} {head}"
    if _ASKED.search(head) or not COMPLAINT_WORDS.search(said):
        return None
    if _IPV4.search(said) or COMPLAINT_LOCAL_PARTS.fullmatch(local_part(msg)):
        return "bounce: spam complaint with the reported message pasted into its text"
    return None


def sender_key(addr: str) -> str:
    """The address a breaker counts by: lower-cased, plus-tag stripped (a+1@x is a@x)."""
    local, _, domain = addr.lower().rpartition("@")
    return f"{local.partition('+')[0]}@{domain}" if local else addr.lower()
