"""Table tests for the triage signal detectors (per language), negation, and the decision table."""

import json
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

import pytest

from supportmail.core.decisions import Row, decide, load_table
from supportmail.core.literals import literal_text
from supportmail.core.priority import TriagePolicy, _fold_words, triage
from supportmail.core.signals import Detector, analysis_text, detect, load_detectors
from supportmail.core.textfold import fold_text as _fold_text
from supportmail.core.types import Priority
from supportmail.shipped import default_policy

P0, P1, P2, P3 = Priority.P0, Priority.P1, Priority.P2, Priority.P3
POLICY = default_policy()
NO_MODEL = TriagePolicy(POLICY.detectors, POLICY.table)  # what no row decides: the default


def _signals(text: str) -> set[str]:
    """The names of the shipped signals that fire on `text` (folded as triage folds it)."""
    folded = " ".join(_fold_words(text))
    return {h.signal for h in detect(folded, literal_text(folded), POLICY.detectors)}


# Each row: language, text, a signal that must fire. Written for these tests, not taken from
# any labelled set.
FIRES = [
    # a document asked for; a sound and the letter case; the rest of the team; not blocked; a
    # workaround said as a condition or as what is done meanwhile; a simulation; nobody can do
    # a thing
    ("en", "Do you have a step-by-step guide for SAML with Google Workspace?", "docs-request"),
    ("it", "Esiste un documento con le chiavi di configurazione?", "docs-request"),
    ("pt", "Vocês têm um guia passo a passo para o SAML?", "docs-request"),
    ("pt", "Podem enviar-me a segunda via da fatura de fevereiro?", "docs-request"),
    ("fr", "Pourriez-vous nous envoyer la documentation de l'API ?", "docs-request"),
    ("fr", "Ce son de notification est insupportable.", "cosmetic"),
    ("es", "Los correos empiezan con el nombre en minúsculas.", "cosmetic"),
    ("nl", "Bij de rest van het team (11 man) werkt het gewoon.", "one-element"),
    ("en", "The rest of the team gets them fine.", "one-element"),
    ("it", "Quindi non siamo bloccati, ma è scomodo.", "minor"),
    ("it", "Se divido per mese funziona tutto.", "workaround"),
    ("es", "Mientras tanto les estamos mandando las fotos por correo.", "workaround"),
    (
        "fr",
        "Petite précision : nous avons fait une simulation de piratage, rien de réel.",
        "hypothetical",
    ),
    ("en", "Nobody can do a thing this morning.", "work-halted"),
    # what is corrected or typed in by hand now, or works once a column is taken out; we manage
    ("nl", "We corrigeren het nu handmatig in de aangifte.", "workaround"),
    ("nl", "Als we de code met de hand intikken werkt het ook.", "workaround"),
    ("pt", "Se tirar a coluna do IBAN a importação funciona.", "workaround"),
    (
        "en",
        "When I replaced it with a straight one and resubmitted, it went through.",
        "workaround",
    ),
    ("nl", "Handmatig zoeken op naam werkt ook, dus we redden het.", "workaround"),
    ("it", "Nel frattempo abbiamo consigliato di controllare la posta.", "workaround"),
    # all of our N sites; all the students; a screen that stays loading; an empty schedule
    ("es", "En nuestras seis farmacias la pantalla se queda cargando.", "everyone"),
    ("es", "Cualquier cosa que pulsas se queda en blanco.", "errors"),
    ("nl", "Alle leerlingen zien een leeg rooster.", "everyone"),
    ("nl", "Alle leerlingen zien een leeg rooster.", "errors"),
    # a control that is missing; nothing more gone out, nothing suspicious; a reported question
    ("en", "The login page doesn't seem to have any lockout or rate limit.", "vulnerability"),
    ("en", "We cancelled the queue, so no further reports have gone out.", "not-exploited"),
    (
        "en",
        "Our logs don't show any brute-force attempts and we've seen nothing suspicious.",
        "not-exploited",
    ),
    (
        "en",
        "A client asked whether we've been hacked because it looks like phishing.",
        "hypothetical",
    ),
    ("nl", "Het heeft geen enkele invloed op ons werk.", "minor"),
    ("en", "Could you email copies of all invoices from 2023?", "docs-request"),
    ("it", "Esiste una pagina con le note di rilascio?", "docs-request"),
    # set AG: a parenthesis between nobody and the verb; the writer's own account deleted;
    # phishing sent through our tenant; errors on everything; nobody can see anything; a small
    # share; work goes on; all of a kind fails (zh)
    (
        "es",
        "Ninguno de los 210 usuarios (oficinas de Madrid y Zaragoza) puede entrar.",
        "access-blocked",
    ),
    ("fr", "Ce matin mon compte a disparu avec tout dedans.", "data-destroyed"),
    ("de", "Phishing-Mails werden über unseren Houseware-Mandanten versendet.", "security-breach"),
    ("en", "All API keys returning 401 on everything since 03:00.", "whole-product"),
    ("es", "Nadie puede ver nada desde las siete.", "work-halted"),
    ("es", "212 duplicados, aproximadamente un 0,5 % de los eventos.", "occasional"),
    ("de", "Ist nervig, aber arbeiten kann ich.", "minor"),
    ("zh", "我们网店所有的商品图片都无法显示。", "whole-function"),
    ("en", "70 users out of our 210 cannot log in.", "some-users"),
    ("it", "Le cartelle cliniche non si aprono per tutti e quattro i veterinari.", "everyone"),
    # availability
    ("en", "Since 9:00 the whole platform is down.", "unavailable"),
    ("de", "Die Plattform ist seit heute früh nicht mehr erreichbar.", "unavailable"),
    ("fr", "Le service est indisponible depuis une heure.", "unavailable"),
    ("es", "La plataforma está caída desde las diez.", "unavailable"),
    ("nl", "Het platform is sinds vanochtend onbereikbaar.", "unavailable"),
    ("it", "La piattaforma è irraggiungibile da stamattina.", "unavailable"),
    ("pt", "O sistema está fora do ar.", "unavailable"),
    # scope: everyone
    ("en", "None of our staff can open it.", "everyone"),
    ("de", "Niemand bei uns kommt rein.", "everyone"),
    ("fr", "Tout le monde est bloqué.", "everyone"),
    ("es", "Nadie de la oficina puede entrar.", "everyone"),
    ("nl", "Iedereen krijgt dezelfde fout.", "everyone"),
    ("it", "Nessuno riesce a lavorare.", "everyone"),
    ("pt", "Ninguém consegue acessar.", "everyone"),
    # scope: a whole function, one element, part of the users, the rest works
    ("en", "Every export fails with an error.", "whole-function"),
    ("de", "Sämtliche Rechnungen sind betroffen.", "whole-function"),
    ("fr", "Plus aucun e-mail ne part.", "whole-function"),
    ("es", "Ni un solo pedido se ha guardado.", "whole-function"),
    ("en", "Only one of our users sees this.", "one-element"),
    ("en", "About half of the team cannot sign in.", "some-users"),
    ("de", "Alles andere funktioniert normal.", "rest-works"),
    ("pt", "O resto funciona normalmente.", "rest-works"),
    # severity
    ("en", "Our warehouse is at a standstill.", "work-halted"),
    ("de", "Das Lager steht komplett still.", "work-halted"),
    ("es", "Estamos completamente parados.", "work-halted"),
    ("it", "Il magazzino è completamente fermo.", "work-halted"),
    ("nl", "Het hele magazijn staat stil.", "work-halted"),
    ("pt", "A equipe de expedição está toda parada desde as 8h.", "work-halted"),
    ("pt", "Estamos todos parados, ninguém consegue faturar.", "work-halted"),
    ("it", "Siamo fermi da stamattina.", "work-halted"),
    ("it", "L'ufficio acquisti è completamente fermo.", "work-halted"),
    ("en", "The sync stopped working on Monday.", "function-stopped"),
    ("de", "Der Abgleich funktioniert nicht mehr.", "function-stopped"),
    ("fr", "La synchronisation ne fonctionne plus.", "function-stopped"),
    ("es", "La integración dejó de funcionar.", "function-stopped"),
    ("nl", "De koppeling werkt niet meer.", "function-stopped"),
    ("it", "Le notifiche non partono più.", "function-stopped"),
    ("pt", "A integração parou de funcionar.", "function-stopped"),
    ("en", "Saving a record fails with error 500.", "errors"),
    ("en", "The app is extremely slow today.", "slow"),
    ("fr", "L'application est très lente.", "slow"),
    ("nl", "Alles is extreem traag.", "slow"),
    ("en", "We cannot invoice our customers.", "business-impact"),
    ("de", "Wir können keine Rechnungen stellen.", "business-impact"),
    ("en", "Nobody can log in this morning.", "access-blocked"),
    ("fr", "Personne ne peut se connecter.", "access-blocked"),
    # what lowers the priority
    ("en", "It happens now and then.", "occasional"),
    ("de", "Das passiert nur gelegentlich.", "occasional"),
    ("fr", "Cela arrive de temps en temps.", "occasional"),
    ("es", "Pasa de vez en cuando.", "occasional"),
    ("nl", "Het gebeurt af en toe.", "occasional"),
    ("it", "Succede ogni tanto.", "occasional"),
    ("pt", "Acontece de vez em quando.", "occasional"),
    ("en", "There is a workaround, so we are fine.", "workaround"),
    ("pt", "Dá para contornar por enquanto.", "workaround"),
    ("en", "Not urgent, just letting you know.", "minor"),
    ("it", "Non è urgente.", "minor"),
    # kinds of request
    ("en", "There is a typo on the login page.", "cosmetic"),
    ("en", "The logo in the header is far too large on tablets.", "cosmetic"),
    ("nl", "Er staat een spelfout in het menu.", "cosmetic"),
    ("en", "Please add two users with the analyst role.", "admin-task"),
    ("fr", "J'ai oublié mon mot de passe.", "admin-task"),
    ("en", "Is there a way to export to PDF?", "question"),
    ("es", "¿Tienen documentación de la API?", "question"),
    ("de", "Gibt es eine Schulung für neue Kollegen?", "question"),
    # security and data
    ("en", "Our admin account was compromised last night.", "security-breach"),
    ("de", "Unser Konto wurde gehackt.", "security-breach"),
    ("en", "I found a vulnerability in the upload form.", "vulnerability"),
    ("en", "We see no sign of misuse so far.", "not-exploited"),
    ("en", "All our orders have disappeared.", "data-loss"),
    ("es", "Hemos perdido datos de clientes.", "data-loss"),
    ("en", "We are back up, thanks for fixing it.", "recovered"),
    ("en", "What should we do in case of an outage?", "hypothetical"),
    # The P0 detectors and their guards in Swedish, Danish, Norwegian, Finnish, Polish, Czech,
    # Turkish, Romanian and Hungarian (set R, blind in those languages, was read at 74.6 %, P0
    # found 39/68: a breach, data open to strangers, data destroyed at full scope or a
    # standstill said in words no detector knew fell to the default P2). One structure per row.
    # data open to people it does not belong to
    ("sv", "Rapporten med alla hyresgäster går att öppna utan att logga in.", "data-exposed"),
    ("da", "Listen kan ses af alle uden login, bare man har adressen.", "data-exposed"),
    ("nb", "Dokumentene ligger åpent uten innlogging.", "data-exposed"),
    ("fi", "Raportti aukeaa ilman kirjautumista kenelle tahansa.", "data-exposed"),
    ("pl", "W naszym panelu widać dane innej firmy z Gdańska.", "data-exposed"),
    ("cs", "V přehledu vidíme údaje jiné firmy, ne naše.", "data-exposed"),
    ("tr", "Panelde başka bir firmanın verileri görünüyor.", "data-exposed"),
    ("ro", "În cont apar datele altei firme din Cluj.", "data-exposed"),
    ("hu", "A listában egy másik cég adatai jelennek meg.", "data-exposed"),
    ("da", "Vi har et datalæk, og det er stadig åbent.", "data-exposed"),
    ("pl", "To jest wyciek danych, proszę o pilną reakcję.", "data-exposed"),
    # an account taken over, access nobody gave
    ("tr", "Yönetici hesabımız ele geçirildi, şifre değiştirilmiş.", "security-breach"),
    ("pl", "Ktoś przejął konto administratora dziś rano.", "security-breach"),
    ("sv", "Vårt administratörskonto har kapats i natt.", "security-breach"),
    ("hu", "Feltörték a fiókunkat, idegen IP-címekről lépnek be.", "security-breach"),
    ("cs", "Zaznamenali jsme neoprávněný přístup do systému.", "security-breach"),
    ("ro", "Avem acces neautorizat în platformă de aseară.", "security-breach"),
    # data destroyed at full scope, in either order
    ("sv", "Alla våra kundkort är raderade sedan uppdateringen.", "data-destroyed"),
    ("nb", "Importen har overskrevet alle adressene våre.", "data-destroyed"),
    ("fi", "Kaikki tämän vuoden laskut ovat kadonneet.", "data-destroyed"),
    ("cs", "Všechny objednávky z března jsou smazané.", "data-destroyed"),
    ("tr", "Tüm müşteri kayıtları silindi.", "data-destroyed"),
    ("ro", "Toate facturile din luna trecută au dispărut.", "data-destroyed"),
    ("hu", "Az összes szerződésünk eltűnt a rendszerből.", "data-destroyed"),
    # work at a standstill
    ("hu", "A raktár teljesen áll, senki nem tud dolgozni.", "work-halted"),
    ("cs", "Expedice od rána stojí.", "work-halted"),
    ("ro", "Producția este oprită de două ore.", "work-halted"),
    ("tr", "Sevkiyat tamamen durdu.", "work-halted"),
    ("sv", "Produktionen står helt still.", "work-halted"),
    ("fi", "Tuotanto on pysähtynyt kokonaan.", "work-halted"),
    # the guards, in the same languages
    ("cs", "Nemáme informace, že by to někdo zneužil.", "not-exploited"),
    ("da", "Vi har ingen tegn på at nogen har brugt linket.", "not-exploited"),
    ("pl", "Nic nie wskazuje, żeby ktoś to wykorzystał.", "not-exploited"),
    ("hu", "Nincs jele annak, hogy bárki visszaélt volna vele.", "not-exploited"),
    ("sv", "Vi hittade det vid en intern granskning.", "vulnerability"),
    ("pl", "Zauważyliśmy to podczas wewnętrznego audytu.", "vulnerability"),
    ("nb", "Vi vet ikke om noen har brukt lenkene.", "not-exploited"),
    ("ro", "Nu știm dacă cineva a folosit linkul.", "not-exploited"),
    ("da", "Det er en alvorlig sikkerhedsbrist i jeres portal.", "vulnerability"),
    ("cs", "Zmenou čísla v adrese se dá otevřít cizí faktura.", "vulnerability"),
    # the problem is over, or asked about before it happens
    ("hu", "Tegnap délután leállt, de azóta minden rendben működik.", "recovered"),
    ("cs", "Systém byl nedostupný včera ráno.", "recovered"),
    ("nb", "Hva skjer med webhookene hvis endepunktet vårt er nede?", "hypothetical"),
    ("tr", "Kesinti durumunda verilerimiz ne olur?", "hypothetical"),
    # what users see named in quotes: a maintenance page; data emptied at full scope
    ("it", 'Il sistema mostra solo la pagina "Manutenzione in corso" da ieri sera.', "unavailable"),
    ("de", 'In der Historie steht bei jedem Plan "Geleert durch System".', "data-destroyed"),
    ("fr", "Tous les dossiers de l'agence ont été vidés cette nuit.", "data-destroyed"),
    ("es", "Todos los expedientes han sido vaciados tras la actualización.", "data-destroyed"),
    ("it", "Tutte le cartelle dei clienti sono state svuotate.", "data-destroyed"),
    ("nl", "Alle dossiers zijn vannacht geleegd.", "data-destroyed"),
    ("pt", "Todas as pastas de documentos foram esvaziadas.", "data-destroyed"),
    # a reported hole: ownership never checked; people shown what their role should not see
    ("en", "The export endpoint doesn't check which customer a report is for.", "vulnerability"),
    ("en", "If you edit that number in the link you get another shop's order.", "vulnerability"),
    ("de", "Praktikanten sehen die Gehälter, die sie gar nicht sehen dürfen.", "vulnerability"),
    ("fr", "Les stagiaires voient des fiches qu'ils ne devraient pas voir.", "vulnerability"),
    ("es", "Los becarios ven nóminas que no deberían ni poder ver.", "vulnerability"),
    ("nl", "Stagiairs zien dossiers die ze helemaal niet mogen zien.", "vulnerability"),
    ("it", "I tirocinanti vedono buste paga che non dovrebbero nemmeno vedere.", "vulnerability"),
    ("pt", "Os estagiários veem fichas que não deveriam sequer ver.", "vulnerability"),
    ("en", "We have not told anybody about it yet.", "not-exploited"),
    # other families' children shown to parents
    ("nl", "Ouders zien de cijfers van andere kinderen.", "data-exposed"),
    ("it", "I genitori vedono le pagelle di altri bambini.", "data-exposed"),
    ("pt", "Os pais veem as notas de outras crianças.", "data-exposed"),
    # one of our people, the colleagues as usual
    ("fr", "Une de nos collaboratrices ne reçoit plus les rappels.", "one-element"),
    ("de", "Seine Kollegen bekommen die Mails ganz normal.", "one-element"),
    ("es", "Uno de nuestros técnicos no ve la agenda; sus compañeros la ven bien.", "one-element"),
    ("it", "Gli altri colleghi la usano senza problemi.", "one-element"),
    ("nl", "Een van onze monteurs ziet zijn planning niet.", "one-element"),
    ("pt", "Os outros colegas acessam normalmente.", "one-element"),
    ("nl", "Sinds gisteren komen de nieuwe stagiairs er niet in.", "access-blocked"),
    # records deleted by mistake, or a count of them
    ("en", "A temp accidentally deleted the spring price list.", "data-loss"),
    ("de", "Ein Kollege hat versehentlich die Lieferantenliste gelöscht.", "data-loss"),
    ("fr", "Un stagiaire a supprimé par erreur les fiches de paie de mars.", "data-loss"),
    ("es", "Alguien borró unos 40 proveedores ayer.", "data-loss"),
    ("it", "Un collega ha cancellato per errore i listini.", "data-loss"),
    ("nl", "Er zijn per ongeluk 120 afspraken verwijderd.", "data-loss"),
    ("pt", "Uma colega apagou sem querer a tabela de preços.", "data-loss"),
    # a figure double (half) of the real one
    ("en", "The payroll summary shows exactly double what we paid.", "stale-or-wrong-data"),
    ("es", "El informe marca el doble de lo que vendimos.", "stale-or-wrong-data"),
    ("pt", "O relatório mostra o dobro do que faturamos.", "stale-or-wrong-data"),
    # looks alone, named
    ("it", "Il logo è un po' sgraziato, questione puramente estetica.", "cosmetic"),
    ("de", "Das ist ein rein ästhetisches Problem mit dem Menü.", "cosmetic"),
    # asked to be told
    ("it", "Ci sapete dire in che giorno arriva il rinnovo?", "question"),
    ("fr", "Pourriez-vous me dire quand la facture est émise ?", "question"),
    ("en", "Could you tell me whether the invoice is sent by post?", "question"),
    # an export or file that comes out empty: an error
    ("en", "Since Monday the payroll export produces an empty file.", "errors"),
    ("de", "Der Lohnexport erzeugt nur noch eine leere Datei.", "errors"),
    # a hole by name; a former temp still in; no sign anyone used it
    ("de", "Wir haben ein Sicherheitsproblem beim Abmelden gefunden.", "vulnerability"),
    ("en", "A former temp could still open the rota app.", "vulnerability"),
    ("es", "No tenemos indicios de que nadie lo haya aprovechado.", "not-exploited"),
    ("fr", "Aucun signe que quelqu'un l'ait exploité.", "not-exploited"),
    ("de", "Bislang ist damit nichts passiert.", "not-exploited"),
    ("it", "Nessun segno che qualcuno l'abbia usato.", "not-exploited"),
    ("nl", "Geen aanwijzingen dat iemand het heeft misbruikt.", "not-exploited"),
    ("pt", "Não há indícios de que alguém tenha usado isso.", "not-exploited"),
    # someone at work in the account: mail not from us; the password changed and it goes on
    ("nl", "Er gaan berichten uit onder onze naam en dat komt niet van ons.", "security-breach"),
    ("nl", "We hebben het wachtwoord gewijzigd maar het gaat gewoon door.", "security-breach"),
    ("es", "Hemos cambiado la contraseña pero siguen saliendo correos.", "security-breach"),
    ("it", "Abbiamo cambiato la password ma continuano a partire messaggi.", "security-breach"),
    ("pt", "Trocamos a senha mas continua a enviar mensagens.", "security-breach"),
    # a vendor's questionnaire about breaches, with nothing wrong
    ("en", "Have you had any data breach in the last 24 months?", "hypothetical"),
    ("en", "Nothing is wrong with the service, it is paperwork.", "hypothetical"),
    # names cut off in a column are a look
    ("nl", "Lange namen worden afgekapt in de lijst.", "cosmetic"),
    # nobody gets in, said without a modal verb; no sign (singular) anyone used it
    ("es", "No entra nadie de la oficina desde las nueve.", "access-blocked"),
    ("it", "Da stamattina non entra nessuno del comune.", "access-blocked"),
    ("pt", "Ninguém consegue entrar desde as oito.", "access-blocked"),
    ("fr", "Personne n'arrive à se connecter depuis ce matin.", "access-blocked"),
    ("pt", "Não temos indício de que alguém usou os dados.", "not-exploited"),
    ("en", "We never sent these payment emails.", "security-breach"),
    # one office out while the others work; work goes on; a questionnaire's "in the event of"
    ("en", "Our other three offices (Leeds, York, Hull) are working as normal.", "some-users"),
    ("de", "Die anderen Standorte arbeiten ganz normal.", "some-users"),
    ("es", "Las demás oficinas funcionan con normalidad.", "some-users"),
    ("fr", "Les autres agences fonctionnent normalement.", "some-users"),
    ("it", "Le altre sedi lavorano senza problemi.", "some-users"),
    ("nl", "De andere vestigingen werken gewoon.", "some-users"),
    ("pt", "As outras lojas funcionam normalmente.", "some-users"),
    ("es", "Se puede trabajar perfectamente, solo se nota.", "minor"),
    ("en", "How fast would you notify us in the event of a data breach?", "hypothetical"),
    ("fr", "L'application elle-même fonctionne, seules les alertes manquent.", "rest-works"),
    ("zh", "同步后产生了约三千条重复订单。", "data-loss"),
    ("es", "A ninguno de nuestros 40 conductores le llegan los avisos.", "everyone"),
    ("nl", "Alle andere orders in de import zijn goed gegaan.", "rest-works"),
    # documents, files and attachments are data too
    ("pt", "Os documentos dos imóveis desapareceram depois da manutenção.", "data-loss"),
    ("en", "All our documents are gone since the maintenance.", "data-loss"),
    ("de", "Die Dokumente der Mandanten sind verschwunden.", "data-loss"),
    ("fr", "Les pièces jointes des dossiers ont disparu.", "data-loss"),
    ("es", "Los documentos de los clientes han desaparecido.", "data-loss"),
    ("it", "Gli allegati delle pratiche sono spariti.", "data-loss"),
    ("nl", "De bijlagen bij de dossiers zijn verdwenen.", "data-loss"),
    # a fault to look into, asked as a question: no request for information (set AS)
    ("en", "Could you check why only the Friday invoices go out twice?", "look-into"),
    ("nl", "Willen jullie uitzoeken waar het aan ligt?", "look-into"),
    ("de", "Können Sie prüfen, woran das liegt?", "look-into"),
    ("fr", "Pouvez-vous regarder d'où ça vient ?", "look-into"),
    ("es", "¿Podéis revisar a qué se debe?", "look-into"),
    ("it", "Potete verificare da cosa dipende?", "look-into"),
    ("pt", "Podem verificar o que está causando isso?", "look-into"),
    # the crews all waiting, a whole operation standing; a part of the requests failing
    ("de", "Der gesamte Standort steht seit heute früh.", "work-halted"),
    ("en", "The installers are all waiting in the yard.", "work-halted"),
    ("es", "Los repartidores están todos esperando en el muelle.", "work-halted"),
    ("en", "About one in four page loads ends on an error.", "rest-works"),
    ("fr", "Un clic sur trois finit en erreur.", "rest-works"),
    ("en", "Only the timesheet module is affected, the rest is normal.", "rest-works"),
    # it can be worked with; within its limits; the way round in use
    ("nl", "Het is vervelend, maar we kunnen er prima mee werken.", "minor"),
    ("en", "Responses are slower, still within our 30 s timeout.", "minor"),
    ("en", "Splitting it by month works, so we have been doing that.", "workaround"),
    ("pt", "O contraste do modo escuro é fraco.", "cosmetic"),
    # a blank screen for a count of people; nothing can be entered; web and tablets alike
    ("fr", "Page blanche pour les 12 agents du guichet depuis ce matin.", "unavailable"),
    ("en", "A white screen for all 30 of us since the update.", "unavailable"),
    ("fr", "Nous ne pouvons plus rien enregistrer.", "work-halted"),
    ("es", "No podemos registrar nada desde las nueve.", "work-halted"),
    ("fr", "Pareil sur le web comme sur l'appli.", "whole-product"),
    ("de", "Das passiert im Browser wie auf dem Tablet.", "whole-product"),
    # set AT: crews waiting in numbers, nothing picked; payment details changed by someone else;
    # a switched-off user still getting in; a loss avoided; a person paused; old ones fine
    ("fr", "Nos 12 équipes attendent sur le parking.", "work-halted"),
    ("en", "Since 7am nothing has been packed.", "work-halted"),
    ("en", "Our IBAN on the invoices was changed, not by us.", "security-breach"),
    ("en", "I set it back and an hour later it was changed again.", "security-breach"),
    ("en", "A disabled user can still log in from the phone app.", "vulnerability"),
    ("es", "Desactivé su usuario y sigue entrando desde el móvil.", "vulnerability"),
    ("nl", "Ik wil hem niet verwijderen, want dan ben ik zijn historie kwijt.", "hypothetical"),
    ("en", "Can we temporarily deactivate a driver over the winter?", "admin-task"),
    ("en", "Existing accounts are fine, only new ones fail.", "rest-works"),
    ("en", "It only hits renames, which are rare for us.", "occasional"),
    ("de", "Am Tag der Zeitumstellung lief der Job doppelt.", "occasional"),
    ("en", "We fixed their roles by hand.", "workaround"),
    ("en", "Annoying rather than critical.", "minor"),
    ("fr", "La tâche s'est exécutée deux fois cette nuit.", "errors"),
    ("es", "La firma del webhook no coincide con la nuestra.", "errors"),
    ("ja", "納品書のPDFが白紙で出力されます。", "errors"),
    ("zh", "报表搜索完全没有结果。", "function-stopped"),
    ("zh", "仓库收不到新订单通知。", "function-stopped"),
    # set AU: none of my staff; an outage supposed; internally all works; still logs; a bug?
    ("en", "None of my cashiers can log in this morning.", "access-blocked"),
    ("en", "Would we even be told if Houseware went down?", "hypothetical"),
    ("fr", "En interne, tout fonctionne.", "rest-works"),
    ("en", "The integration still logs every call.", "rest-works"),
    ("it", "I totali nel report invece sono corretti.", "rest-works"),
    ("de", "Gibt es dafür eine Einstellung, oder ist das ein Fehler?", "look-into"),
    # set AV: stopped though an adverb stands between; nothing blocked; the rest fine; Danish,
    # Japanese and Chinese outages and standstills; errors in a translation
    ("de", "Der Export funktioniert seither gar nicht.", "function-stopped"),
    ("en", "Nothing is really blocked, the team works in the app.", "minor"),
    ("en", "Rest of the app works fine on desktop.", "rest-works"),
    ("tr", "Başka bir sorunumuz yok.", "rest-works"),
    ("da", "Portalen er helt utilgængelig i dag.", "unavailable"),
    ("en", "No screen loads at all for anybody in the office.", "unavailable"),
    ("en", "Our crews have not been able to finish a single visit today.", "work-halted"),
    ("ja", "全社員がいずれも入力できない状態です。", "work-halted"),
    ("zh", "今天中午一单都做不了。", "work-halted"),
    ("zh", "所有发票都出错了。", "whole-function"),
    ("es", "Hay errores en la traducción del menú.", "cosmetic"),
    ("it", "Il modulo sembra poco professionale.", "cosmetic"),
    # set AW: a test environment, production said to work; nothing happened, asked for the
    # records; the records there; slowness and everyone in Russian and Korean; one in twenty
    ("en", "Our UAT environment rejects every login since noon.", "test-environment"),
    ("de", "Auf der Testumgebung startet der Import nicht.", "test-environment"),
    ("en", "Production is running normally for our customers.", "production-fine"),
    ("nl", "Productie draait gewoon normaal.", "production-fine"),
    ("fr", "La production n'est pas touchée.", "production-fine"),
    ("en", "No breach has occurred; this is only for our records.", "hypothetical"),
    ("en", "The invoices are definitely there when I open them.", "rest-works"),
    ("ru", "Система работает очень медленно.", "slow"),
    ("ru", "Это происходит у всех наших сотрудников.", "everyone"),
    ("ko", "검색 화면이 너무 느려요.", "slow"),
    ("ko", "전 직원이 같은 문제를 겪고 있습니다.", "everyone"),
    ("es", "Falla más o menos una factura de cada veinte.", "occasional"),
    # set AX: the existing users counted; the staff use it as normal; left untranslated; just
    # ugly; nothing actually wrong; no result at all (ko); records turned to question marks
    # (zh); a rule nobody here created
    ("en", "Our existing 120 users are fine.", "rest-works"),
    ("en", "Internally, our team can use the app as normal.", "rest-works"),
    ("en", "The new settings page is not translated.", "cosmetic"),
    ("de", "Die neue Seite ist nicht übersetzt.", "cosmetic"),
    ("en", "The legend is just ugly.", "cosmetic"),
    ("en", "The totals are right, so nothing is really wrong.", "minor"),
    ("ko", "주소로 검색하면 결과가 하나도 나오지 않습니다.", "function-stopped"),
    ("zh", "所有客户的数据全部变成了“????”。", "data-destroyed"),
    ("en", "There is an automation called Sync2 that we never created.", "security-breach"),
    ("nl", "Er staat een regel die wij niet hebben aangemaakt.", "security-breach"),
    ("ja", "他の社員は問題なく打刻できています。", "rest-works"),
    ("ja", "当面はWebブラウザで対応しています。", "workaround"),
    # set AY: scam texts in our name (sv), a login from abroad at night (da); a breach read in
    # the paper; a person's wish that her own data be erased; days of work gone; no longer works
    # with the subject between (da)
    ("sv", "Patienterna har fått bluff-sms från vårt konto i natt.", "security-breach"),
    ("da", "Kontoen loggede ind i nat kl 3 fra en IP-adresse i et andet land.", "security-breach"),
    ("en", "A parent read in the paper about a data breach at another school.", "hypothetical"),
    ("fr", "Je souhaite que toutes mes données personnelles soient supprimées.", "hypothetical"),
    ("en", "Everything we entered since Friday is gone.", "data-destroyed"),
    ("en", "Our last 3 days of work are gone.", "data-destroyed"),
    ("da", "Efter opdateringen virker eksporten ikke længere.", "function-stopped"),
    # set AZ: a former employee forwarding the mail out; nobody can do anything (pt); people
    # turned away; not a single ticket sold and standing still (nb); nobody gets past (nb)
    (
        "en",
        "A former employee set up a rule that forwards every order to his Gmail.",
        "security-breach",
    ),
    ("pt", "Ninguém consegue lançar nada desde as 14h.", "work-halted"),
    ("en", "We are turning customers away at the till.", "work-halted"),
    ("nb", "Vi kan ikke selge en eneste billett i dag.", "work-halted"),
    ("nb", "Vi kommer ikke videre fra innloggingssiden.", "access-blocked"),
    # set BA: tills in all N branches; shipping stopped entirely (ja); labels that "se cortan";
    # the other people or every other item fine (fr sv ja zh en); a hole in zh ja; a reporter
    # who stopped there and tells us so that it is fixed
    ("de", "Die Scanner in allen 7 Märkten zeigen nur Fehler.", "everyone"),
    ("ja", "現在、発送を全面的に停止しています。", "work-halted"),
    ("es", "Las etiquetas de los botones se cortan en la tablet.", "cosmetic"),
    ("fr", "Les autres utilisateurs du service se connectent normalement.", "one-element"),
    ("sv", "Alla andra användare loggar in som vanligt.", "one-element"),
    ("ja", "他のスタッフは問題なく打刻できています。", "one-element"),
    ("zh", "其他 3 个门店都正常。", "one-element"),
    ("en", "Every other invoice we send looks fine.", "one-element"),
    ("zh", "离职员工的账号停用以后仍然可以登录。", "vulnerability"),
    ("ja", "退職者のアカウントを無効化したのに、まだログインできてしまいます。", "vulnerability"),
    ("en", "I didn't click any further; I'm reporting this so you can fix it.", "vulnerability"),
    ("zh", "我们没有发现其他人访问这些文件。", "not-exploited"),
    # set BB: a whole catalogue erased (es pt it); orders nobody here placed (tr); the other
    # devices working (cs pl); not blocked, dates picked by hand (da); reopening a closed
    # period; only the sound is wrong
    ("es", "Anoche se borraron todos los clientes de la agenda.", "data-destroyed"),
    ("it", "Sono stati cancellati tutti i listini di ieri.", "data-destroyed"),
    ("tr", "Gece boyunca yapmadığımız 40 sipariş sisteme düştü.", "security-breach"),
    ("cs", "Ostatní dvě váhy fungují normálně.", "one-element"),
    ("pl", "Pozostałe skanery działają normalnie.", "one-element"),
    ("da", "Han er ikke blokeret, men det er irriterende.", "workaround"),
    ("en", "How do I reopen the March period to post one correction?", "admin-task"),
    ("en", "Everything works, it's just the colour of the header.", "cosmetic"),
    # set BC: another customer's documents going out, our files out in the open; an account
    # shut out by us with nothing since (nl fr en); how it looks to others; no big deal and
    # everything else works (fi)
    ("en", "Patients are receiving the wrong patient's lab results by email.", "data-exposed"),
    ("en", "Our customer export was posted on a public forum this morning.", "data-exposed"),
    ("nl", "We hebben het account meteen gedeactiveerd.", "not-exploited"),
    ("fr", "Nous avons désactivé son compte hier soir.", "not-exploited"),
    ("en", "Nothing has happened since the account was disabled.", "not-exploited"),
    ("en", "The typo in the footer makes our invoices look unprofessional.", "cosmetic"),
    ("fi", "Ei mikään kiireellinen asia.", "minor"),
    ("fi", "Muuten kaikki toimii hyvin.", "rest-works"),
    # set BD: it works normally elsewhere (fr, ko); no evidence that it happened, nothing
    # believed leaked; our customer list sent to an outside address; nobody sees anything (de);
    # the others get it at once (cs)
    ("fr", "Sur le navigateur, tout marche normalement.", "rest-works"),
    ("ko", "기존 사용자 수정은 정상적으로 동작합니다.", "rest-works"),
    ("en", "We have no evidence that this has happened.", "not-exploited"),
    ("en", "We don't believe anything has leaked.", "not-exploited"),
    (
        "en",
        "A rule forwards our client data every night to an outside Gmail address.",
        "data-exposed",
    ),
    ("de", "Seit heute früh kann niemand mehr irgendetwas erledigen.", "work-halted"),
    ("cs", "Ostatní uživatelé je dostávají hned.", "one-element"),
    # set BE's and BF's tune halves: the others fine (en da fr ro ko zh ja), nothing since and
    # no breach after all, an intruder in tr ro zh and an account that is deleting, all of a
    # kind overwritten (zh) or emptied (ko), fixed the same day, everyone (nb ko), nobody sees
    # it (nb) and no permission (ko), all failing (ko zh), only to her
    ("en", "All our other clients' statements print them correctly.", "rest-works"),
    ("en", "The other 4,200 contacts look fine.", "rest-works"),
    ("da", "Alle de andre ordrer går fint igennem.", "rest-works"),
    ("fr", "Partout ailleurs ça marche.", "rest-works"),
    ("ro", "Comenzile merg, facturile merg, doar livrarea nu.", "rest-works"),
    ("ko", "다른 메뉴는 정상입니다.", "rest-works"),
    ("zh", "其余功能都正常。", "rest-works"),
    ("ja", "他の社員は問題なく利用できています。", "rest-works"),
    ("en", "Internally everything is fine.", "rest-works"),
    ("en", "Nothing has happened since and the account has been quiet.", "not-exploited"),
    ("en", "It was his phone after all, so no breach.", "not-exploited"),
    ("tr", "Muhasebe hesabımıza başka biri girmiş.", "security-breach"),
    ("ro", "Cineva a intrat pe contul directorului.", "security-breach"),
    ("zh", "我们的账号被人登录了。", "security-breach"),
    ("en", "Right now that account is exporting our price lists.", "security-breach"),
    ("zh", "所有客户资料的邮箱都变成了同一个地址。", "data-destroyed"),
    ("ko", "고객 목록이 모두 사라졌습니다.", "data-destroyed"),
    ("en", "It was fixed the same afternoon.", "recovered"),
    ("sv", "Det löste sig av sig självt.", "recovered"),
    ("nb", "Dette gjelder alle de 40 ansatte.", "everyone"),
    ("ko", "전 직원이 로그인하지 못합니다.", "everyone"),
    ("nb", "Ingen får logget inn.", "access-blocked"),
    ("ko", "접근 권한이 없습니다라는 메시지만 나옵니다.", "access-blocked"),
    ("ko", "결제가 100% 실패합니다.", "whole-function"),
    ("zh", "所有订单都打不开。", "whole-function"),
    ("en", "It happened only to her.", "one-element"),
    # set BG's and BH's tune halves: everyone (ja zh ko pl ro hu), work halted (ja zh ko hu pl
    # ro), nothing reachable (zh ko), an intruder (ko ro), the rest fine (ja en nl), some or one
    # (ja), managing somehow (ja es), the harm small (ja), an admin task (ja), a breach as a
    # policy's topic, fixed and fine now (en es), password reset and sessions closed (nl)
    ("ja", "どのアカウントでログインしても同じです。", "everyone"),
    ("zh", "所有门店都一样。", "everyone"),
    ("ko", "모든 직원이 같은 화면을 봅니다.", "everyone"),
    ("pl", "Dotyczy to wszystkich 40 użytkowników.", "everyone"),
    ("ro", "Am încercat toți cei 12 colegi.", "everyone"),
    ("hu", "Mind a két boltunkban ugyanez.", "everyone"),
    ("ja", "受付が回っていません。", "work-halted"),
    ("zh", "前台没法收费。", "work-halted"),
    ("ko", "오늘 한 곳도 주문을 못 넣었습니다.", "work-halted"),
    ("hu", "Dolgozni nem lehet vele, 9 ember áll.", "work-halted"),
    ("pl", "Magazyn od rana stoi.", "work-halted"),
    ("ro", "Lucrăm acum pe hârtie.", "work-halted"),
    ("zh", "一个页面都打不开。", "unavailable"),
    ("ko", "워크스페이스를 찾을 수 없습니다.", "unavailable"),
    ("ko", "로그인 IP가 해외입니다.", "security-breach"),
    ("ro", "Dar eu nu am atins nimic.", "security-breach"),
    ("ja", "本社の端末からは普通に使えています。", "rest-works"),
    ("en", "It's only the billing side that stopped.", "rest-works"),
    ("nl", "In de andere twee vestigingen is alles snel.", "rest-works"),
    ("ja", "50名のうち3名だけです。", "some-users"),
    ("ja", "新宿店だけで起きます。", "one-element"),
    ("ja", "何とか使えています。", "workaround"),
    ("es", "De momento trabajamos en la vista diaria.", "workaround"),
    ("ja", "実害は小さいです。", "minor"),
    ("ja", "ユーザーを一括で変更する方法はありますか。", "admin-task"),
    ("en", "How fast are customers notified of a data breach?", "hypothetical"),
    ("en", "It's fine now.", "recovered"),
    ("es", "Ya está resuelto.", "recovered"),
    ("nl", "Zijn wachtwoord direct gereset en alle sessies afgemeld.", "not-exploited"),
    # set BI's tune half: not a single order (pl), nobody here can open (fr), the lines waiting
    # (en), the whole department (pl), the rest fine (ko zh en nl), three of our people (nl), a
    # way round (nl sv zh), most weeks it works (sv), ownership moved (sv), documentation asked (fr)
    ("pl", "Od rana nie wystawiliśmy ani jednej faktury.", "work-halted"),
    ("fr", "Personne chez nous ne peut ouvrir un dossier.", "work-halted"),
    ("en", "Our production lines are waiting since six.", "work-halted"),
    ("pl", "Cały magazyn czeka.", "everyone"),
    ("ko", "사무실에서 쓰는 건 문제없습니다.", "rest-works"),
    ("zh", "后台完全正常。", "rest-works"),
    ("en", "Only the export is broken.", "rest-works"),
    ("nl", "Bij alle anderen werkt het gewoon.", "rest-works"),
    ("nl", "Bij twee van onze medewerkers gaat het mis.", "some-users"),
    ("nl", "Via de browser lukt het wel.", "workaround"),
    ("sv", "Rapporten går att öppna manuellt.", "workaround"),
    ("zh", "现在能用，就是比较麻烦。", "workaround"),
    ("sv", "De flesta veckor fungerar det.", "occasional"),
    ("sv", "Hur för vi över ägarskapet?", "admin-task"),
    ("fr", "Avez-vous une documentation pour cela ?", "docs-request"),
    # set BJ's tune half: no picking no packing, patients sent home, not one shipment booked;
    # every scanner in the building, all nine sites; nothing entered still there; exported in
    # his name (hu); the sharing undone (ko); not urgent, we manage (ro hu); the others fine
    # (hu); a dreadful impression (cs); how to set it up (zh tr)
    ("en", "No picking, no packing since six.", "work-halted"),
    ("en", "We had to send patients home.", "work-halted"),
    ("en", "Not one order has been placed since nine.", "work-halted"),
    ("en", "Every tablet in the store shows the error.", "everyone"),
    ("en", "It is the same at all nine sites.", "everyone"),
    ("en", "Nothing the nurses entered yesterday is still there.", "data-destroyed"),
    ("hu", "Az ő nevével exportálják az adatokat.", "security-breach"),
    ("ko", "바로 공유를 해제했습니다.", "not-exploited"),
    ("ro", "Nu e urgent, ne descurcăm.", "minor"),
    ("hu", "A többieknél nincs ilyen.", "rest-works"),
    ("cs", "Fungovat to funguje, ale dělá to hrozný dojem.", "cosmetic"),
    ("zh", "审批流程怎么设置？", "admin-task"),
    ("tr", "Şablona özel alan nasıl eklenir?", "admin-task"),
    # set BK's tune half: traditional Chinese read as simplified (every store, cannot get in);
    # the work stopped (zh ko), N workers waiting (ko), not one went out (ko), none of the
    # listed tasks (ja), not one order since (ja); a login from abroad the owner did not make, an
    # administrator nobody knows, settings changed by someone (zh); files all 0 KB, all prices
    # changed to zero (zh ko); the other people fine (ko zh), one colleague alone (zh); from
    # elsewhere without trouble (ja); a few times a month or week (ja zh); "sapete quando" (it)
    ("zh", "全部門市的收銀機都進不去系統。", "everyone"),
    ("zh", "所有分店都登不上。", "access-blocked"),
    ("zh", "倉庫的出貨全部停下來了。", "work-halted"),
    ("ko", "오늘 아침부터 출고 업무가 전부 중단되었습니다.", "work-halted"),
    ("ko", "기사 30명이 대기 중입니다.", "work-halted"),
    ("ko", "주문이 하나도 들어오지 못했습니다.", "work-halted"),
    ("ja", "受注・請求・在庫照会のいずれもできません。", "work-halted"),
    ("ja", "今朝から予約が一件も入っておりません。", "work-halted"),
    ("zh", "管理員帳號的登入 IP 在海外，他本人確認沒有登入。", "security-breach"),
    ("zh", "后台多了一个我们不认识的管理员。", "security-breach"),
    ("zh", "我们的密码被人改了。", "security-breach"),
    ("zh", "附件的大小全部显示 0 KB。", "data-destroyed"),
    ("ko", "모든 재고 수량이 전부 0개로 바뀌었습니다.", "data-destroyed"),
    ("ko", "나머지 12명은 평소대로 잘 쓰고 있습니다.", "one-element"),
    ("zh", "其他十几位同事都正常。", "one-element"),
    ("zh", "只有一位同事的报表打不开。", "one-element"),
    ("ja", "スマホからは問題なく表示されます。", "rest-works"),
    ("ja", "週に2回ほど起きます。", "occasional"),
    ("zh", "一个月两三次会这样。", "occasional"),
    ("it", "Sapete se esiste un modulo per i resi?", "question"),
    # set BL's tune half: all our users (nb sv), no access (nb), none of the employees gets
    # anything done (nb da), people sitting doing nothing (fi), no page loads for anyone (fi),
    # everything else fine too and other mail still arriving normally (en), the existing ones
    # keep working (es pt de), everything works but (cs), unprofessional-looking (cs pl), small
    # shortcomings (cs), a few out of thousands (en)
    ("nb", "Alle ansatte ser bare en feilmelding.", "everyone"),
    ("sv", "Alla användare loggas ut direkt.", "everyone"),
    ("nb", "Vi får ingen tilgang til systemet.", "access-blocked"),
    ("da", "Ingen af vores 12 medarbejdere kan lave noget.", "work-halted"),
    ("fi", "Koko tiimi istuu tekemättä mitään.", "work-halted"),
    ("fi", "Sovellus ei aukea kenellekään.", "everyone"),
    ("fi", "Mikään palvelun sivu ei lataudu.", "unavailable"),
    ("en", "Exports fail, and so does everything else we try.", "rest-works"),
    ("en", "Order confirmations are still going out normally.", "rest-works"),
    ("pt", "Os relatórios antigos continuam a funcionar normalmente.", "rest-works"),
    ("de", "Die übrigen Filialen funktionieren weiterhin problemlos.", "rest-works"),
    ("cs", "Vše funguje, ale ikony jsou rozmazané.", "rest-works"),
    ("pl", "Nie wygląda to profesjonalnie.", "cosmetic"),
    ("cs", "Jen drobné chybky v překladu.", "minor"),
    ("en", "It happened to 3 of about 4,000 shipments.", "occasional"),
    # set BM's tune half: an account taken over whose owner sent nothing (ja), another
    # company's data shown to us (ko), the whole company not working and work effectively
    # stopped, all stores (ko), the archive emptied (it), every file 0 KB (es), once or twice a
    # week (ja) and now and then (ko), no harm to the work (ja), not urgent (ko), managing
    # somehow (ja), that is how we do it for now (de), done by hand so we're fine (en), iPhones
    # fine and everything else runs (en de), the owner's rights transferred (zh), an official
    # guide document (ko), re-issue an invoice (es), will you adapt (es), can it be enforced (ko)
    ("ja", "経理部長のアカウントが乗っ取られました。", "security-breach"),
    ("ja", "本人は昨夜ログインしていません。", "security-breach"),
    ("ko", "로그인하면 다른 회사의 주문 내역이 보입니다.", "data-exposed"),
    ("ko", "사무실 전체가 일을 못 하고 있습니다.", "work-halted"),
    ("ko", "출고 업무가 사실상 중단되었습니다.", "work-halted"),
    ("ko", "전 매장에서 같은 증상입니다.", "everyone"),
    ("it", "Il catalogo prodotti risulta completamente vuoto.", "data-destroyed"),
    ("es", "Todas las fotos se descargan con 0 KB.", "data-destroyed"),
    ("ja", "月に2〜3回ほど発生します。", "occasional"),
    ("ko", "가끔 저장이 늦어집니다.", "occasional"),
    ("ja", "業務には影響ありません。", "minor"),
    ("ko", "급하지 않으니 천천히 봐 주세요.", "minor"),
    ("ja", "今のところなんとかなっています。", "workaround"),
    ("de", "Das machen wir im Moment so.", "workaround"),
    ("en", "We re-entered them by hand, so we're fine for now.", "workaround"),
    ("en", "iPads work fine.", "rest-works"),
    ("de", "Sonst läuft alles.", "rest-works"),
    ("zh", "如何把管理员权限转移给新同事？", "admin-task"),
    ("ko", "보안 점검용 공식 안내 자료가 있나요?", "docs-request"),
    ("es", "¿Me podrían reenviar la factura de abril?", "docs-request"),
    ("es", "¿Van a incluir la nueva normativa?", "question"),
    # set BN's tune half: an attack going on and logins that change bank details (en), an
    # account broken into and someone changing things right now (fi), when we can get back in
    # (en), in none of our shops and nothing works (hu), the rest works (pl) and there it works
    # fine (da sv), the internal system all working (en), the other staff not having it (en),
    # the font too small (nb sv)
    ("en", "There is an ongoing brute-force attack on our tenant.", "security-breach"),
    ("en", "Successful logins then changed the payout accounts.", "security-breach"),
    ("fi", "Järjestelmään on murtauduttu yöllä.", "security-breach"),
    ("en", "Please tell us when staff will be able to log back in.", "access-blocked"),
    ("hu", "Egyik boltunkban sem lehet számlázni.", "everyone"),
    ("hu", "Reggel óta nem működik semmi.", "unavailable"),
    ("pl", "Reszta systemu działa.", "rest-works"),
    ("sv", "I webbläsaren fungerar det bra.", "rest-works"),
    ("en", "Everything else is all working.", "rest-works"),
    ("en", "The other users are not seeing this error.", "one-element"),
    ("sv", "Typsnittet är för tunt.", "cosmetic"),
    # set BO's tune half: all N of the office tried, any file we try to open fails, without it
    # nothing can be prepared (es en), an account hijacked and someone logged in as a colleague
    # (sv da), changes in the name of someone away who has not logged in (da pl en), data sent
    # to a server nobody knows (pl en), a penetration test (zh) whose finding was not used yet,
    # thousands of records deleted (fi en), the rest as usual (sv da ko), 35 of our 90 (sv pl),
    # for now we use another (sv da)
    ("es", "Lo han intentado los 9 de la oficina y nada.", "everyone"),
    ("en", "All 12 of us have tried it.", "everyone"),
    ("es", "Cualquier factura que intentamos descargar da error.", "whole-function"),
    ("en", "Every invoice we try to download fails.", "whole-function"),
    ("es", "Sin el calendario no podemos planificar nada.", "work-halted"),
    ("sv", "Någon har kapat vår ekonomichefs konto.", "security-breach"),
    ("da", "Nogen er logget ind som vores lagerchef.", "security-breach"),
    ("da", "Hun er på ferie og har ikke været logget ind siden fredag.", "security-breach"),
    ("pl", "Jest na urlopie i nie logowała się od tygodnia.", "security-breach"),
    ("en", "He is on holiday and hasn't logged in for a week.", "security-breach"),
    ("pl", "Dane trafiają na serwer, którego nie znamy.", "security-breach"),
    ("en", "The export goes to an FTP server we don't recognise.", "security-breach"),
    ("zh", "我们委托做了渗透测试。", "vulnerability"),
    ("zh", "目前尚未被利用。", "not-exploited"),
    ("fi", "Siivous poisti 1 200 tilausta.", "data-destroyed"),
    ("en", "About 4,500 contacts were deleted last night.", "data-destroyed"),
    ("sv", "Webben fungerar som vanligt.", "rest-works"),
    ("da", "Resten virker helt normalt.", "rest-works"),
    ("ko", "와이파이가 되는 곳에서는 정상적으로 작동합니다.", "rest-works"),
    ("sv", "Det gäller 12 av våra 40 förare.", "some-users"),
    ("pl", "Dotyczy to 8 z naszych 30 kierowców.", "some-users"),
    ("sv", "Tills vidare kör vi Firefox.", "workaround"),
    ("da", "Indtil videre bruger vi papirlister.", "workaround"),
    # set BP's tune half: nothing works (pl cs ko), we cannot sell anything, without it neither
    # this nor that (it), nothing can be done (ko), not one order can ship (zh), on all our
    # tills (it pl ro), every page (ko), no payment goes through (ro), all of a kind overwritten
    # (zh), logins from abroad (ko), the other side or shops fine (en hu fi es), nothing wrong
    # now (en), how to set it up (cs zh), now and then (da sv), an icon cut off (es), letters
    # shown wrong (hu), a trifle (es), another browser (fi), for one doctor only (en)
    ("pl", "Od rana nic nie działa.", "unavailable"),
    ("cs", "Od rána nic nefunguje.", "unavailable"),
    ("ko", "오늘 아침부터 아무것도 안 됩니다.", "unavailable"),
    ("de", "Seit heute früh können wir nichts verkaufen.", "work-halted"),
    ("ro", "Nu mai putem vinde nimic în magazine.", "work-halted"),
    ("hu", "Nem tudunk semmit eladni.", "work-halted"),
    ("it", "Senza la cassa non possiamo incassare e non possiamo stampare.", "work-halted"),
    ("ko", "직원들이 아무것도 할 수 없습니다.", "work-halted"),
    ("zh", "现在一单都不能处理。", "work-halted"),
    ("it", "Su tutti i pc della sede compare lo stesso errore.", "everyone"),
    ("pl", "Błąd pojawia się na wszystkich kasach.", "everyone"),
    ("ro", "Problema apare în toate magazinele.", "everyone"),
    ("ko", "모든 화면에서 같은 오류가 납니다.", "whole-function"),
    ("ro", "Nicio comandă nu mai trece.", "whole-function"),
    ("zh", "所有客户的电话全部被清空了。", "data-destroyed"),
    ("ko", "해외 IP에서 접속한 기록이 있습니다.", "security-breach"),
    ("en", "Admin logins are fine.", "rest-works"),
    ("hu", "A többi 12 bolt rendben van.", "rest-works"),
    ("fi", "Puhelimella kaikki toimii normaalisti.", "rest-works"),
    ("es", "El programa funciona perfectamente.", "rest-works"),
    ("en", "Nothing is wrong right now, we just want to be prepared.", "hypothetical"),
    ("cs", "Jak nastavit dopravu do zahraničí?", "config-help"),
    ("zh", "请问发票抬头怎么设置？", "config-help"),
    ("da", "Det sker nogle gange om ugen.", "occasional"),
    ("sv", "Det händer då och då.", "occasional"),
    ("es", "El logo sale pixelado en la factura.", "cosmetic"),
    ("hu", "Az ékezetes betűk rosszul jelennek meg.", "cosmetic"),
    ("es", "Es una tontería, solo por comentarlo.", "minor"),
    ("fi", "Neuvoimme käyttämään toista selainta.", "workaround"),
    ("en", "The sync fails for Mrs Patel only.", "one-element"),
    # set BQ's tune half: logged in from abroad and not us, a session still open (fi), someone
    # logged into an account and deleting now (pl cs sv), none of our 450 and everyone in the
    # municipality (sv nb), both the web and the app, whatever we search (sv nb), only a blank
    # page (nb), all of a kind overwritten (hu en de), minutes to load and a timeout (cs), the
    # system otherwise runs (cs), for the others at once (hu), the newer ones fine (en), about
    # five colleagues and some of the residents (hu fi), no catastrophe (hu fi), not every time
    # (fi sv), can pick another for now and still get there via lists (en nb), for now we
    # manage (tr), one PC only (ja)
    ("fi", "Tunnuksella on kirjauduttu yöllä ulkomailta.", "security-breach"),
    ("fi", "Se ei ollut kukaan meistä.", "security-breach"),
    ("pl", "Ktoś zalogowany na konto kierownika zmienia ceny.", "security-breach"),
    ("cs", "Někdo právě maže naše zakázky.", "security-breach"),
    ("sv", "Ingen av våra 120 förare ser sina körningar.", "everyone"),
    ("nb", "Alle i Nordby kommune får feilen.", "everyone"),
    ("sv", "Både webben och appen visar bara ett fel.", "whole-function"),
    ("nb", "Ingen treff uansett hva vi søker på.", "whole-function"),
    ("nb", "Vi får bare en tom hvit side.", "unavailable"),
    ("hu", "Az összes ügyfél címét felülírta az import.", "data-destroyed"),
    ("en", "All 4,000 prices were overwritten by the sync.", "data-destroyed"),
    ("de", "Alle Zählerstände wurden überschrieben.", "data-destroyed"),
    ("cs", "Přehledy se načítají 5 až 9 minut.", "slow"),
    ("cs", "Systém jinak běží.", "rest-works"),
    ("hu", "A többieknél rendben megy.", "rest-works"),
    ("en", "The older ones work fine.", "rest-works"),
    ("hu", "Kb. három kollégánál jelentkezik.", "some-users"),
    ("fi", "Osa käyttäjistä ei saa viestejä.", "some-users"),
    ("hu", "Nem dől össze a világ.", "minor"),
    ("fi", "Ei mikään katastrofi.", "minor"),
    ("sv", "Det händer inte varje gång.", "occasional"),
    ("en", "We can use the old form for now.", "workaround"),
    ("nb", "Vi kan fortsatt finne dem via kundelisten.", "workaround"),
    ("tr", "Şimdilik elle girerek idare ediyoruz.", "workaround"),
    ("ja", "経理のPC1台だけで発生します。", "one-element"),
    # set BR's tune half: all the other colleagues have no problem (de), guests seeing another
    # guest's booking (de), no teacher nor pupil, the whole school, nothing loads for anybody
    # (pl cs), cannot get into the system (pl), a blank white or grey screen (pl cs), my own
    # operation wrong (ja), most of them gone (hu), neither this nor that (hu), merging
    # duplicate accounts (zh)
    ("de", "Alle anderen Mitarbeiter haben kein Problem.", "one-element"),
    (
        "de",
        "Kunden sehen nicht ihre eigene Rechnung, sondern die eines anderen Kunden.",
        "data-exposed",
    ),
    ("pl", "Żaden lekarz ani pielęgniarka nie może pracować.", "everyone"),
    ("cs", "Nikomu se v kanceláři nic nenačte.", "unavailable"),
    ("pl", "Nikt nie może wejść do systemu.", "access-blocked"),
    ("pl", "Po zalogowaniu jest pusty ekran.", "unavailable"),
    ("ja", "設定を間違えたかもしれません。", "config-help"),
    ("hu", "Az ügyfelek többsége eltűnt a listából.", "data-destroyed"),
    ("hu", "Se számlát kiállítani, se rendelést felvenni nem tudunk.", "work-halted"),
    ("zh", "请问如何合并重复的账号？", "admin-task"),
    # set BS/BT's round: nothing has loaded since the morning; the other rows went through fine
    ("en", "Nothing has loaded for any of us since the morning.", "unavailable"),
    ("en", "Of the 2,400 invoices, 2,391 went through fine and nine were rejected.", "one-element"),
    # set BU's round: the other functions' work still goes through
    ("en", "Refunds fail, but payments and bookings are still going through fine.", "rest-works"),
    # set BV's round: nobody has got at it, cannot get in, it concerns all of us, a whole group
    # sits and waits (sv fi)
    ("sv", "Ingen på kontoret har kommit åt kundregistret sedan i morse.", "access-blocked"),
    ("fi", "Sovellus kaatuu eikä sisään pääse.", "access-blocked"),
    ("fi", "Vika koskee kaikkia käyttäjiämme.", "everyone"),
    ("sv", "Alla 40 säljare sitter och väntar.", "work-halted"),
    # set BW's round: everything overwritten or gone, issued without authority, an unknown
    # foreign IP (ko zh)
    ("ko", "주문 내역이 모두 빈 값으로 덮어써졌습니다.", "data-destroyed"),
    ("zh", "今天发现所有订单记录都不见了。", "data-destroyed"),
    ("ko", "관리자 계정으로 포인트가 무단으로 사용되고 있습니다.", "security-breach"),
    ("ko", "로그인 기록에 처음 보는 해외 IP가 있습니다.", "security-breach"),
    # set BX's round: the policy's dimensions in languages read no signal before (uk bg sr hr
    # sl el vi id ms ar et lv lt), each in a sentence of its own
    ("uk", "Ніхто з бухгалтерії не може відкрити звіти.", "everyone"),
    ("uk", "Усі наші менеджери бачать порожній список.", "everyone"),
    ("uk", "Ми не можемо працювати з самого ранку.", "work-halted"),
    ("uk", "Нічого не завантажується ні в браузері, ні в застосунку.", "unavailable"),
    ("uk", "Після оновлення пароля не можемо увійти.", "access-blocked"),
    ("bg", "Никой в счетоводството не може да отвори справките.", "everyone"),
    ("bg", "Не можем да работим от сутринта.", "work-halted"),
    ("bg", "Нищо не се зарежда, нито в браузъра, нито в приложението.", "unavailable"),
    ("bg", "Всичко друго работи нормално, само отчетите не.", "rest-works"),
    ("sr", "Нико у рачуноводству не може да отвори извештаје.", "everyone"),
    ("sr", "Ništa ne radi od jutros.", "unavailable"),
    ("hr", "Ne možemo raditi već tri sata.", "work-halted"),
    ("hr", "Svi naši djelatnici vide praznu stranicu.", "everyone"),
    ("hr", "Sve ostalo radi, samo izvještaji ne.", "rest-works"),
    ("sl", "Nihče v računovodstvu ne more odpreti poročil.", "everyone"),
    ("sl", "Nič ne deluje od jutra.", "unavailable"),
    ("sl", "Ne moremo delati že ves dan.", "work-halted"),
    ("el", "Κανείς στο λογιστήριο δεν μπορεί να ανοίξει τις αναφορές.", "everyone"),
    ("el", "Τίποτα δεν φορτώνει από το πρωί.", "unavailable"),
    ("el", "Δεν μπορούμε να δουλέψουμε καθόλου.", "work-halted"),
    ("el", "Τα υπόλοιπα λειτουργούν κανονικά.", "rest-works"),
    ("vi", "Tất cả nhân viên kế toán đều không mở được báo cáo.", "everyone"),
    ("vi", "Chúng tôi không thể làm việc từ sáng nay.", "work-halted"),
    ("vi", "Hệ thống bị sập từ 7 giờ sáng.", "unavailable"),
    ("vi", "Nhân viên không đăng nhập được vào hệ thống.", "access-blocked"),
    ("id", "Semua karyawan gudang tidak bisa membuka laporan.", "everyone"),
    ("id", "Kami tidak bisa login sejak pagi.", "access-blocked"),
    ("ms", "Operasi kami lumpuh sejak pagi tadi.", "work-halted"),
    ("ar", "لا يستطيع اي موظف فتح التقارير.", "everyone"),
    ("ar", "النظام لا يعمل منذ الصباح.", "unavailable"),
    ("et", "Keegi raamatupidamises ei saa aruandeid avada.", "everyone"),
    ("et", "Kõik muu töötab, ainult aruanded mitte.", "rest-works"),
    ("lv", "Neviens grāmatvedībā nevar atvērt atskaites.", "everyone"),
    ("lv", "Nekas nedarbojas kopš rīta.", "unavailable"),
    ("lt", "Niekas buhalterijoje negali atidaryti ataskaitų.", "everyone"),
    ("lt", "Negalime prisijungti nuo ryto.", "access-blocked"),
    ("hr", "Netko upravo briše naše račune iz sustava.", "security-breach"),
    ("lt", "Visi užsakymai dingo iš sistemos.", "data-destroyed"),
    ("id", "Bagaimana cara mengekspor laporan ke Excel?", "question"),
    ("el", "Υποστηρίζετε εξαγωγή σε Excel;", "question"),
    ("uk", "У меню досі русизми та кривий переклад.", "cosmetic"),
    ("et", "Kuidas saan kasutaja rolli muuta?", "question"),
    # set BY's round: hacked, unauthorised access, a maintenance page nobody announced, none
    # of a kind, seconds to load, sometimes, not urgent, some of our staff, the price
    ("uk", "Наш обліковий запис зламали вночі.", "security-breach"),
    ("lt", "Vyksta neautorizuota prieiga prie klientų duomenų.", "security-breach"),
    ("el", "Κανείς στο γραφείο δεν μπορεί να δουλέψει.", "work-halted"),
    ("hr", "Svi dobivaju stranicu Održavanje u tijeku.", "unavailable"),
    ("el", "Το σύστημα δεν δέχεται καμία παραγγελία από χθες.", "whole-function"),
    ("sr", "Не можемо да отпремимо ниједан фајл.", "whole-function"),
    ("bg", "Всяка заявка отнема между 20 и 40 секунди.", "slow"),
    ("id", "Aplikasi kasir lemot banget hari ini.", "slow"),
    ("sl", "Izvoz občasno ne uspe.", "occasional"),
    ("et", "See ei ole kriitiline, aga tüütu.", "minor"),
    ("lv", "Daži mūsu darbinieki redz kļūdu.", "some-users"),
    ("bg", "Колко струва още един потребител?", "price-question"),
    ("sr", "Пријављујемо рањивост у модулу Испити.", "vulnerability"),
    ("el", "Σε 3 από τους 40 χρήστες η σύνδεση αποτυγχάνει.", "some-users"),
    ("el", "Στις υπόλοιπες δουλεύει σωστά.", "rest-works"),
    ("el", "Δεν είναι κάτι σοβαρό, απλώς ενοχλεί.", "minor"),
    # set CB's round: all of them gone or deleted (hu bg), the loss of data (ru bg), the work
    # stopped, people and trucks waiting, the whole department, nobody can get in (ar), a crash,
    # not one notification for them, stopped working, working quite normally (da), an address's
    # number changed (fi), an API key leaked (a weakness), data being downloaded now (el)
    ("hu", "Az összes rendelés eltűnt a rendszerből.", "data-destroyed"),
    ("bg", "Изтрити са данните на всички клиенти.", "data-destroyed"),
    ("ru", "Просим помочь с восстановлением данных после сбоя.", "data-loss"),
    ("bg", "Сме загубили около 40 поръчки.", "data-loss"),
    ("ru", "Работа отдела полностью остановлена.", "work-halted"),
    ("ar", "الموظفون جالسون بانتظار النظام.", "work-halted"),
    ("ja", "20台のトラックが待機しています。", "work-halted"),
    ("cs", "Týká se to celého oddělení.", "everyone"),
    ("ja", "全国の店舗すべてで同じエラーが出ます。", "everyone"),
    ("ar", "لا أحد يستطيع تسجيل الدخول منذ الصباح.", "access-blocked"),
    ("ru", "Приложение вылетает при запуске.", "errors"),
    ("el", "Οι τεχνικοί δεν παίρνουν καμία ειδοποίηση.", "whole-function"),
    ("uk", "Не вдається зберегти жодного замовлення.", "whole-function"),
    ("cs", "Přestala fungovat synchronizace kalendáře.", "function-stopped"),
    ("ar", "لا تظهر الطلبات الجديدة في التطبيق إطلاقا.", "function-stopped"),
    ("da", "Alle andre kan arbejde helt normalt.", "rest-works"),
    ("fi", "Osoiterivin numeroa vaihtamalla näkee muiden tilaukset.", "vulnerability"),
    ("en", "A contractor pushed our API key to a public repository.", "vulnerability"),
    ("el", "Γίνεται κατέβασμα δεδομένων αυτή τη στιγμή.", "security-breach"),
    ("fi", "Pieni juttu, mutta korjatkaa se.", "minor"),
    ("uk", "Ведемо все в Excel, це хаос.", "workaround-costly"),
    # set CA's round: everyone in the office (cs pl ko), nobody and a white screen in Russian
    # typed in Latin letters, logged out, nothing at all can be done, data gone in bulk (ko),
    # someone deleting or exporting now, scam mail from our account, unauthorised logins,
    # the other parts working, no hit for anything, not one notification, not updated
    ("cs", "Platí to pro všechny, i pro kolegy na pobočce.", "everyone"),
    ("pl", "W całym biurze nikt nie może się zalogować.", "everyone"),
    ("ru", "U nas nikto ne mozhet zayti v sistemu.", "everyone"),
    ("ko", "회사 전체가 접속이 안 됩니다.", "everyone"),
    ("cs", "Systém nás pořád odhlašuje.", "access-blocked"),
    ("cs", "Nejde dělat vůbec nic.", "work-halted"),
    ("ru", "Rabotat nevozmozhno uzhe tretiy chas.", "work-halted"),
    ("ko", "오전부터 업무가 안 됩니다.", "work-halted"),
    ("ru", "Na vseh kompyuterah belyi ekran.", "unavailable"),
    ("ru", "Vse zakazy za nedelyu propali iz sistemy.", "data-destroyed"),
    ("ko", "고객 데이터가 전부 사라졌습니다.", "data-destroyed"),
    ("ru", "Бывший сотрудник сейчас выгружает базу клиентов.", "security-breach"),
    ("fi", "Tililtämme lähtee viestejä, joita emme ole kirjoittaneet.", "security-breach"),
    ("ko", "여러 계정에 무단 로그인이 발생하고 있습니다.", "security-breach"),
    ("uk", "Бачимо чужий вхід під обліковим записом бухгалтера.", "security-breach"),
    ("hu", "Az egyéb modulok rendben működnek.", "rest-works"),
    ("ro", "Celelalte magazine merg fără probleme.", "rest-works"),
    ("ar", "التطبيق نفسه يعمل بشكل طبيعي.", "rest-works"),
    ("en", "The other 3 integrations still sync fine.", "rest-works"),
    ("hu", "A szűrő semmire nem ad találatot.", "function-stopped"),
    ("el", "Η εκτύπωση δεν λειτουργεί καθόλου.", "function-stopped"),
    ("ar", "لم يصل أي تقرير مجدول هذا الأسبوع.", "whole-function"),
    ("bg", "Отчетите не се обновяват от петък.", "stale-or-wrong-data"),
    ("en", "I ran it by hand, so we're OK for now.", "workaround"),
    ("ro", "Am urmat pașii, ce greșesc?", "config-help"),
    ("el", "Υπάρχει κάποιο εγχειρίδιο για το API;", "question"),
    # set BZ's round (fi hu ro pl ru tr cs ja ko da sv nb bg el uk ar): Russian read for the
    # policy's main dimensions; workaround, not-exploited, docs-request, data-exposed and
    # contract-limit in the languages read since set BX; an extortion demand; every request
    # failing; the rest working in more of its forms
    ("bg", "Има грешен превод на бутона за запис.", "cosmetic"),
    ("tr", "Herkes aynı hatayı alıyor.", "everyone"),
    ("tr", "Ekibin hiçbiri sisteme giremiyor.", "everyone"),
    ("el", "Η δουλειά στην αποθήκη έχει σταματήσει εντελώς.", "work-halted"),
    ("bg", "Останалите модули и всичко останало си работят.", "rest-works"),
    ("el", "Οι υπόλοιπες ενότητες (τιμολόγια, αποθήκη) δουλεύουν κανονικά.", "rest-works"),
    ("ko", "모바일 앱은 정상이고 웹만 문제가 있습니다.", "rest-works"),
    ("fi", "Muiden asiakkaiden laskut menevät normaalisti.", "rest-works"),
    ("hu", "Maga a program működik, csak a nyomtatás nem.", "rest-works"),
    ("nb", "Samtlige ansatte får samme feilmelding.", "everyone"),
    ("da", "Alle her hos os får fejlen.", "everyone"),
    ("fi", "Virhe näkyy kaikille käyttäjille.", "everyone"),
    ("nb", "Vi blir logget ut hele tiden.", "access-blocked"),
    ("fi", "Tilimme on estetty tänä aamuna.", "access-blocked"),
    ("en", "Our account has been suspended since this morning.", "access-blocked"),
    ("pl", "Produkcja stoi od rana.", "work-halted"),
    ("fi", "Emme ole voineet lähettää yhtään laskua.", "work-halted"),
    ("pl", "Strona logowania nie odpowiada od 7:00.", "unavailable"),
    ("tr", "Hiçbir sayfa yüklenmiyor.", "unavailable"),
    ("tr", "Ekranda bakım çalışması yapılmaktadır yazıyor.", "unavailable"),
    ("el", "Η εφαρμογή δεν αποκρίνεται σε κανέναν.", "unavailable"),
    ("pl", "Każda próba wysłania faktury kończy się błędem.", "whole-function"),
    ("hu", "A riport 3 percig töltődik.", "slow"),
    ("bg", "Справката се отваря за около 5 минути.", "slow"),
    ("fi", "Ei ole mitään kiirettä.", "minor"),
    ("sv", "Inget stort problem, bara lite störande.", "minor"),
    ("nb", "Knappen har en pinlig dårlig oversettelse.", "cosmetic"),
    ("ar", "حساب موظفة سابقة ما زال نشطا ويقوم بتنزيل الملفات.", "security-breach"),
    ("ja", "アカウントを一括で無効化する方法を教えてください。", "admin-task"),
    ("ja", "業務自体は止まっておりません。", "workaround"),
    ("en", "We found nothing indicating that anyone else has used it.", "not-exploited"),
    ("el", "Όλα τα τιμολόγια παραμένουν σε εκκρεμότητα.", "whole-function"),
    ("bg", "Системата отхвърля всички файлове над 10 MB.", "whole-function"),
    ("el", "Οι παραγγελίες δεν προχωρούν από το πρωί.", "function-stopped"),
    ("el", "Βρήκαμε ένα κενό ασφαλείας στη σελίδα προφίλ.", "vulnerability"),
    ("sv", "Går det att exportera rapporten till Excel?", "question"),
    ("ru", "Но это капля в море, заказов слишком много.", "workaround-costly"),
    ("ru", "Цены в каталоге недельной давности.", "stale-or-wrong-data"),
    ("ru", "Остальной функционал работает без проблем.", "rest-works"),
    ("ru", "С понедельника не уходит ни один счет.", "whole-function"),
    ("ru", "У всех клиентов пропали адреса и телефоны.", "data-destroyed"),
    ("ru", "Перевод интерфейса местами кривой.", "cosmetic"),
    ("ru", "Подскажите, пожалуйста, можно ли выгрузить отчет в Excel?", "question"),
    ("ru", "Просим направить акт сверки за квартал.", "docs-request"),
    ("ru", "Отчет формируется по 10 минут.", "slow"),
    ("ru", "Иногда письма не доходят.", "occasional"),
    ("uk", "Ми поки що вносимо замовлення вручну.", "workaround"),
    ("bg", "Засега работим през браузъра, там всичко е наред.", "workaround"),
    ("el", "Δεν φαίνεται να το έχει χρησιμοποιήσει κανείς άλλος.", "not-exploited"),
    ("bg", "Бихте ли ни изпратили сертификата ISO 27001?", "docs-request"),
    ("ro", "Atacatorul cere o sumă în bitcoin ca să nu publice datele.", "security-breach"),
    ("en", "They are threatening to publish our customer list.", "security-breach"),
    ("bg", "Всяка заявка връща грешка 502.", "whole-function"),
    ("uk", "Кожен запит повертає 500.", "whole-function"),
    ("en", "If the platform goes down on a Sunday, who do we call?", "hypothetical"),
    ("fr", "Que se passe-t-il pendant une panne de votre côté ?", "hypothetical"),
    ("en", "Everyone else on the team says theirs is working normally.", "one-element"),
    ("en", "The audit log shows API secrets in plain text.", "vulnerability"),
    ("de", "In der Exportdatei stehen die Passwörter im Klartext.", "vulnerability"),
    ("es", "El fichero de logs guarda las contraseñas en texto plano.", "vulnerability"),
    ("it", "Le chiavi sono state disattivate dall'attaccante.", "security-breach"),
    ("es", "Hemos detectado un acceso indebido a la cuenta del gerente.", "security-breach"),
    ("nl", "Hoe werkt de rotatie van de API-sleutels bij jullie?", "admin-task"),
    ("de", "Wir möchten die Webhook-Secrets rotieren.", "admin-task"),
    ("it", "Vorremmo cambiare il contatto di fatturazione.", "admin-task"),
    ("en", "Roughly one in 300 uploads times out.", "occasional"),
    ("pt", "De cada 50 sincronizações, uma falha com erro 500.", "occasional"),
    ("es", "Vemos errores esporádicos al exportar.", "occasional"),
    # set CD's round (ar el bg uk ru sr)
    ("el", "Δεν φορτώνει τίποτα από το πρωί.", "unavailable"),
    ("el", "Προς το παρόν τα βγάζουμε σε Excel με το χέρι.", "workaround"),
    ("el", "Κάθε τιμολόγιο που στέλνουμε απορρίπτεται.", "whole-function"),
    ("el", "Η αποθήκη δουλεύει με χαρτί και στυλό.", "work-halted"),
    ("ar", "محدش قادر يدخل على النظام من الصبح.", "everyone"),
    ("ar", "كل شي تاني شغال عادي.", "rest-works"),
    ("ar", "هل فيه مكتبة فيديوهات شرح بالعربي؟", "docs-request"),
    ("ru", "Система вообще не отправляет никаких писем.", "function-stopped"),
    ("uk", "Поки що вносимо все вручну, виходить утричі довше.", "workaround-costly"),
    ("bg", "Кой ви прави преводите? Има правописни грешки.", "cosmetic"),
    ("sr", "Пустили смо смену кући јер нико не може да ради.", "work-halted"),
    ("uk", "У нас вкрали ноутбук з відкритою сесією.", "vulnerability"),
    ("ru", "Импорт прайса испортил все цены.", "data-loss"),
    ("sr", "Skoro pola firme, 40 od 85 zaposlenih, ne može da se prijavi.", "some-users"),
    ("ru", "Какие шаги вы предпринимаете при утечке данных?", "hypothetical"),
    ("uk", "Ми не маємо проблем, у нас немає жодного інциденту.", "hypothetical"),
    ("ar", "اختراق حساب المدير المالي: يتم تحويل أموال الآن", "security-breach"),
]


@pytest.mark.parametrize(("language", "text", "signal"), FIRES)
def test_signal_fires(language: str, text: str, signal: str) -> None:
    """Each detector fires on a plain statement of its dimension, in each language listed."""
    assert signal in _signals(text), (language, text, sorted(_signals(text)))


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("The site is not down, only slow.", "unavailable"),
        ("The platform is no longer unavailable.", "unavailable"),
        ("Die Seite ist nicht ausgefallen.", "unavailable"),
        ("It has never stopped working before.", "function-stopped"),
        ("We haven't seen it crash since.", "errors"),
        ("The new feature would be nice.", "unavailable"),
        ("Is there a manual for the export?", "admin-task"),
        ("Someone from our team changed the colour.", "security-breach"),
        # a count of records updated or imported, not deleted
        ("Vi har opdateret 2.300 kunder i går.", "data-destroyed"),
        ("We imported 2,300 customers yesterday.", "data-destroyed"),
        # one thing that cannot be done without it is a function, not the work halted
        ("Senza i report non riusciamo a preparare la fatturazione.", "work-halted"),
        # "none of our customers" without a count is no whole staff
        ("Siden i går har ingen af vores kunder kunnet logge ind.", "everyone"),
        # a thing that stands still is no halted workforce; 'nobody else' is only me
        ("O relatório de paradas mostra as paradas da semana em UTC.", "work-halted"),
        ("Ja são 30 faturas paradas na fila de envio.", "work-halted"),
        ("Il contatore resta fermo al valore di ieri.", "work-halted"),
        ("It only happens to me, nobody else on the team sees it.", "everyone"),
        ("Nobody has noticed it yet, but the footer is misaligned.", "everyone"),
        ("Das passiert nur bei mir, sonst niemand hat das Problem.", "everyone"),
        ("Solo me pasa a mí, nadie más lo ve.", "everyone"),
        ("Alleen bij mij, niemand anders heeft het.", "everyone"),
        ("Só acontece comigo, ninguém mais vê isso.", "everyone"),
        # an error message's words are no look
        ("The upload fails with 413 Request Entity Too Large.", "cosmetic"),
        ("Our balances show up 100x too small since the update.", "cosmetic"),
        # a list of deleted items is no deletion ("alle slettede" names what was deleted)
        ("Hvor finder jeg alle slettede poster?", "data-destroyed"),
        ("Var hittar jag alla raderade dokument?", "data-destroyed"),
        # "the whole" is no count of people, and an error word alone is no standstill
        ("Fakturaen for hele april mangler.", "data-destroyed"),
        ("Az üzem címe hibás a számlán.", "work-halted"),
        # fields or forms that are empty, said of what a user leaves blank, are no data gone
        ("Alle Felder sind leer, wenn ich das Formular öffne.", "data-destroyed"),
        ("Toutes les cases sont vides quand j'ouvre le formulaire.", "data-destroyed"),
        # set CB's round: one user receiving nothing is no whole function; other cloud services
        # working is no part of the product (ja)
        ("Ένας χρήστης δεν λαμβάνει κανένα email.", "whole-function"),
        ("他のクラウドサービスは問題なく使えております。", "rest-works"),
        # set CA's round: nothing broken so far is no breach; another company's breach long ago
        # is none of ours; the system stopped doing one thing is no outage
        ("Поки що нічого не зламано, просто питаємо.", "security-breach"),
        (
            "After the data breach at our old provider we need longer log retention.",
            "security-breach",
        ),
        ("توقف النظام عن إرسال التذكيرات منذ أمس.", "unavailable"),
        # set BZ's round: other internet services fine are no part of the product; a bank
        # transfer is no translation; everyone leaving the building is no scope; a sync that
        # stopped is no halted work
        ("Checked from home too, other internet services are fine.", "rest-works"),
        ("Изпращам справка за преводите от миналия месец.", "cosmetic"),
        ("Tatbikatta herkes binayı boşalttı.", "everyone"),
        ("Η αποστολή των αναφορών έχει σταματήσει από χθες.", "work-halted"),
        ("Перевод денег клиенту прошел вчера.", "cosmetic"),
        # a year near a deletion is no count; a clinic is no look; eligibility is no entry
        ("Die Rechnung wurde 2024 entfernt.", "data-loss"),
        ("We removed the banner after the aesthetic clinic's complaint.", "cosmetic"),
        ("Deze klant komt niet in aanmerking voor korting.", "access-blocked"),
        # pulled down to refresh is no outage; 'gibt es' without a question is none; an hour off
        # is no look; a security questionnaire is no security problem
        ("The jobs appear in the app if they pull down to refresh.", "unavailable"),
        ("Sonst gibt es keine pünktliche Abrechnung.", "question"),
        ("Les rendez-vous sont décalés d'une heure.", "cosmetic"),
        ("Alle tijden staan een uur verschoven.", "cosmetic"),
        ("Please fill in our security issue questionnaire.", "vulnerability"),
        # a setting the customer says they did not make is a check, not an intruder's work
        ("We did not create a second trigger, I checked.", "security-breach"),
        # a business one has nothing to do with; no sign seen; the other customers
        ("It showed the invoice of a shop I have nothing to do with.", "work-halted"),
        ("I haven't seen any sign that anyone used it.", "function-stopped"),
        ("Alle andere klanten in het bestand zijn goed gegaan.", "whole-function"),
        # only the new ones; a rate of people; what the app can do without a network
        ("So right now nobody new can get in on day one.", "everyone"),
        ("We onboard 30-50 people a week across our stores.", "everyone"),
        ("Fino a quanti giorni l'app funziona offline?", "unavailable"),
        ("Does the app work offline on Android?", "unavailable"),
        # Dutch "1 of 2 cent" is one or two cents; an option that disappears is no data gone;
        # "no influence at all" is no scope
        ("Het btw-overzicht wijkt 1 of 2 cent af.", "some-users"),
        ("Al quitar Clientes también desaparece la opción de aprobar pedidos.", "data-loss"),
        ("Ao tirar Clientes também desaparece a opção de aprovar.", "data-loss"),
        ("Het heeft geen enkele invloed op ons werk.", "whole-function"),
        # a count that sizes the account or a quote; "the pack" is a thing
        ("Siamo clienti da due anni (piano Business, 45 utenti).", "everyone"),
        ("Sin que se pierda nada (22 usuarios y 5 años de datos).", "everyone"),
        ("Reporting fails and we have nothing else to build the pack from.", "work-halted"),
        # nobody can work with it; everything works, that is not the point
        ("Nobody can work with it like this.", "minor"),
        ("Tudo funciona, não é esse o problema: as cores.", "whole-product"),
        # a question for information that names a cause is still one ("why" asked of a rule)
        ("Why do invoices show the VAT line twice?", "look-into"),
        # a blank page in one document is no outage
        ("The PDF shows a blank page for the second invoice.", "unavailable"),
        # changed by us, back and forth; a rare word of praise
        ("We changed the bank details ourselves last week.", "security-breach"),
        ("It is not rare that the export is slow.", "occasional"),
        # "shrinking it down" is no outage; "bei allen anderen" no count of everybody
        ("Is the template shrinking it down before printing?", "unavailable"),
        ("Bei allen anderen stimmt die Uhrzeit.", "everyone"),
        # every other login failing is half the time, not now and then
        ("Jede zweite Anmeldung schlägt fehl.", "occasional"),
        # production that works is no test environment; "someone else's" app is no data
        ("Our production line in the plant runs fine.", "test-environment"),
        ("The test we ran shows production is down.", "production-fine"),
        ("A customer asked whether we resell someone else's app.", "data-exposed"),
        ("We export one report in ten minutes.", "occasional"),
        # restoring access is no data to restore; nothing wrong with the service is a question
        ("Graag de mobiele toegang terugzetten.", "data-loss"),
        ("Is nothing wrong with your service today?", "minor"),
        ("We've disabled the rule twice and it comes back within minutes.", "not-exploited"),
        # someone else's news is no breach here; deleting our own old data is no wish to erase
        ("I read in the paper that the city lost its data.", "security-breach"),
        ("Please restore the data that was deleted last night.", "hypothetical"),
        # forwarding one's own mail is no breach; a shop that sells no tickets is no standstill
        ("Can you forward the invoices to my personal Gmail?", "security-breach"),
        ("Vi selger ikke billetter, bare gavekort.", "work-halted"),
        # nobody hurt is no one blocked; twenty orders lost beside fine ones are no one element
        ("There was a small fire, nobody hurt, and we reopened.", "everyone"),
        ("About 20 orders lost their items; the other orders are fine.", "one-element"),
        ("Other people on my team haven't had the problem.", "some-users"),
        # an error message quoted is no outage; an event 300 times a day is no occasional fault;
        # the average payment delay is no payment method
        ('The kiosk shows "Service unavailable" when scanning.', "unavailable"),
        ("The printer beeps 300 times a day.", "occasional"),
        ("Le délai moyen de paiement affiché est de 47 jours.", "admin-task"),
        # a leaked link that still works is no rest of the product working
        ("The old share link still works for anyone who has it.", "rest-works"),
        # our files shared where they belong are no leak
        ("The invoices are shared to the Slack channel every morning.", "data-exposed"),
        # our own other customers are ours; a fear of deleting everything deletes nothing; a
        # page said to work everywhere else is not the whole product
        ("All our other customers' invoices show the number.", "data-exposed"),
        ("J'ai peur de tout effacer si je clique.", "data-destroyed"),
        ("Partout ailleurs ça va.", "whole-product"),
        # a reporter who stopped at that point stopped no business; a booking that shows in
        # Google only tomorrow is a late sync, no leak
        ("確認した時点で作業を止めております。", "work-halted"),
        ("A marcação só aparece no Google amanhã.", "data-exposed"),
        # users tried one after the other are no other people's data; a date format named in
        # an error message is no cosmetic request
        ("I tested it with 4 different users. The reports are fine.", "data-exposed"),
        ("저장하면 날짜 형식이 올바르지 않습니다가 뜹니다.", "cosmetic"),
        # one more place checked is no single element
        ("We checked at all sites and on my laptop at home.", "one-element"),
        # ten times the usual orders is a busy day, no figure wrong by a factor (ja zh)
        ("セール中で通常の約10倍の注文が来ています。", "stale-or-wrong-data"),
        ("促销期间订单是平时的5倍。", "stale-or-wrong-data"),
        # a quarter of the orders is no occasional fault
        ("500 of 2,000 orders failed this morning.", "occasional"),
        # a maintenance contractor performs no maintenance of ours; running fine, no denying it,
        # is no standstill; the others all fine are not everyone; a past "now and then" quoted
        ("We're a maintenance company with 22 technicians.", "unavailable"),
        ("Funktional läuft alles, das will ich gar nicht bestreiten.", "unavailable"),
        ("他の方は全員正常です。", "everyone"),
        ('어제 "가끔 오류가 난다"고 말씀드렸는데 지금은 전혀 안 됩니다.', "occasional"),
        # a school's name is no grammar complaint
        ("Regards, IT Director, Hillside Grammar School", "cosmetic"),
        # nobody present is not nobody able; a retry that goes through is no other function
        ("After 8pm there's no one here to let members in.", "everyone"),
        ("When I retry, it goes through fine.", "rest-works"),
        ("Of 10,212 rows, 10,175 went through fine.", "rest-works"),
        # an error message quoted is no intruder; one person waiting for our answer is no
        # standstill
        ('She gets "Unknown user" when she signs in.', "security-breach"),
        ("Jag sitter och väntar på ert svar.", "work-halted"),
        # Vietnamese folds without tones: "mỗi" (each) is no "mọi" (all); a Latvian locative
        # ("in the app") is no app that does not open; a Portuguese logo is no Croatian one
        ("Giá mỗi user thêm là bao nhiêu?", "everyone"),
        ("Mobilajā lietotnē neatveras foto galerija.", "unavailable"),
        ("E-mails com o nosso nome e logótipo foram enviados.", "cosmetic"),
        # "technical support" is no maintenance page (bg); one colleague who cannot work is no
        # halted workforce (hr); Slovenian insurance policies are no French font
        ("Писах на техническа поддръжка вчера.", "unavailable"),
        ("Ona sada ne može raditi u sustavu.", "work-halted"),
        ("Police se generirajo kot prazni PDF-ji.", "cosmetic"),
        # what is fine is no failure of everything; a purpose ("so nobody gets it twice") is no
        # scope; a usefulness to know is a question, not a wish; one in ten users is no rate
        ("Everything is there on the screen, only the printout is empty.", "whole-product"),
        ("I paused the reminders so nobody receives them twice.", "everyone"),
        ("It would be helpful to know which plan includes SSO.", "feature-wish"),
        ("One in 10 users cannot log in.", "occasional"),
        ("If the app goes down again for everyone we lose a day.", "hypothetical"),
        # "при нас" is "at our place": a breach there is no supposed one; a guard of
        # containment ("we disabled the account") does not hold when the text says it goes on
        ("При нас има пробив, някой изтегля данни в момента.", "hypothetical"),
        ("قمنا بتعطيل الحساب لكن الجلسة لا تزال نشطة وتحول الأموال", "not-exploited"),
        ("كيف يمكن منع اختراق حساب الموظفين؟", "security-breach"),
    ],
)
def test_signal_does_not_fire(text: str, signal: str) -> None:
    """A negated statement, or a word that merely appears, does not fire the signal."""
    assert signal not in _signals(text), sorted(_signals(text))


@pytest.mark.parametrize(
    ("subject", "text", "expected", "row"),
    [
        ("help", "The product feature page mentions a manual.", P2, "default"),
        ("Feature request", "Could the manual mention the export feature?", P3, "information"),
        ("Export", "Since Monday every export fails. Everything else works.", P1,
         "function-failing-widely"),
        ("Export", "Sometimes an export fails, retrying works.", P2, "occasional-problem"),
        ("login", "One colleague cannot log in; everyone else can.", P2, "partial-loss"),
        ("breach", "Someone has taken over our admin account and is exporting data now.", P0,
         "active-breach"),
        ("security", "I found a vulnerability; no sign it was exploited.", P1,
         "security-reported"),
        ("orders", "All our orders have disappeared, we cannot ship.", P0, "data-destroyed"),
        ("orders", "About 20 orders lost their items; the other orders are fine.", P1,
         "data-damaged"),
        ("DR", "What is your process in case of an outage?", P3, "information"),
        ("users", "Please add three users to our account.", P2, "admin-task"),
        # a document asked for is docs, whatever its topic; beside a fault it is about the fault
        ("SAML", "Do you have a step-by-step guide for setting up SAML with Google Workspace?",
         P3, "document-requested"),
        ("Export", "Do you have a guide for the export? Since Monday every export fails for "
         "everyone.", P1, "function-failing-widely"),
        # a phishing simulation is no breach: the request is the admin task
        ("2FA", "Last week we ran a phishing simulation for our staff, nothing real. How do I "
         "reset a user's two-factor authentication?", P2, "admin-task"),
        ("notify", "Sanne gets no e-mail notifications any more. The rest of the team gets them "
         "fine.", P2, "partial-loss"),
        # a test environment down while production is said to work; either alone decides nothing
        ("staging", "Our staging tenant is down since noon, every page returns 503. Production is "
         "running fine.", P2, "not-production"),
        ("outage", "The whole platform is down for all our users, on staging as well.", P0,
         "production-unavailable"),
    ],
)  # fmt: skip
def test_decision_rows(subject: str, text: str, expected: Priority, row: str) -> None:
    """Requests along each dimension reach the row the policy sentence names; a lone product
    word ("feature", "manual") decides nothing (without the word model: the default)."""
    result = triage(subject, text, policy=NO_MODEL)
    assert (result.priority, result.rule) == (expected, row), result.explanation


def _row(name: str, priority: Priority, **kw: Any) -> Row:
    """A decision row for a test."""
    return Row(name, priority, f"policy of {name}", **kw)


def test_decide_first_row_that_holds_and_names_its_signals() -> None:
    """The first holding row decides; it names its `all` and fired `any`/`also` signals."""
    table = [
        _row("a", P0, all=("x",), any=("y", "z"), unless=("n",)),
        _row("b", P1, all=("x",), also=("w",)),
    ]
    assert decide(table, {"x", "z"}, P2).used == ("x", "z")
    assert decide(table, {"x", "z", "n", "w"}, P2).row == table[1]
    assert decide(table, {"x", "w"}, P2).used == ("x", "w")
    none = decide(table, {"q"}, P2)
    assert (none.row, none.priority, none.weak) == (None, P2, True)


def test_weak_row_asks_for_confirmation() -> None:
    """A row marked weak decides, but says the team should confirm."""
    table = [_row("w", P2, any=("errors",), weak=True)]
    assert decide(table, {"errors"}, P2).weak


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ([{"name": "a", "priority": "P1", "policy": "p", "all": ["nope"]}],
         "unknown signal 'nope'"),
        ([{"name": "a", "priority": "P9", "policy": "p", "all": ["x"]}],
         "priority: expected one of P0, P1, P2, P3"),
        ([{"name": "a", "priority": "P1", "policy": "p"}], "needs at least one signal"),
        ([{"name": "a", "priority": "P1", "policy": "p", "all": ["x"], "when": 1}],
         "unknown key 'when'"),
    ],
)  # fmt: skip
def test_load_table_names_problems(raw: list[Mapping[str, Any]], problem: str) -> None:
    """A bad [[decision]] row is refused with a problem naming its key path."""
    _rows, problems = load_table(raw, {"x"})
    assert any(problem in p for p in problems), problems


def test_load_detectors_refuses_bad_patterns() -> None:
    """A pattern matching the empty string, a bad regex or a duplicate name is a problem."""
    raw = [
        {"name": "a", "description": "d", "patterns": ["x?"]},
        {"name": "b", "description": "d", "patterns": ["(open"]},
        {"name": "c", "description": "d", "patterns": ["ok"]},
        {"name": "c", "description": "d", "patterns": ["ok"]},
    ]
    detectors, problems = load_detectors(raw)
    assert [d.name for d in detectors] == ["c"]
    assert len(problems) == 3


def test_detector_splits_alternatives_and_keeps_meaning() -> None:
    """A pattern split into its alternatives, each searched near its literals, finds what the
    whole pattern finds, and a negated hit is passed over for a later one."""
    detector = Detector("d", "test", (r"\bsite (is )?down\b|\bno orders? (arrive|come)\b",))
    folded = "hello. the site is not down. later: no orders arrive at all."
    hits = detect(folded, literal_text(folded), [detector])
    assert [h.words for h in hits] == ["no orders arrive"]
    assert detect("the site down", "the site down", [detector])[0].words == "site down"


def test_short_literals_gate_the_whole_text() -> None:
    """An alternative whose literals are all shorter than three characters ("w9") is searched
    only in texts that hold one of them, and then in the whole text, as before."""
    detector = Detector("d", "test", (r"\b(dpa|w9)\b",))
    assert detector.needles == {"dpa", "w9"}
    for text, words in [
        ("please send your w9 form", ["w9"]),
        ("a " + "x" * 300 + " the W9", ["W9"]),
        ("w99 and aw9 are other words", []),
        ("nothing to see here", []),
    ]:
        assert [h.words for h in detect(text, literal_text(text), [detector])] == words


def test_runs_of_digits_bound_windows_only_where_they_are_short() -> None:
    """An alternative unbounded only through \\d+ or \\s+ is searched in windows where every
    run is short (a look-ahead's reach inside them), in the whole text where one is not: it
    finds what a search of the whole text finds."""
    pattern = r"\bstore \d+ (of|von) \d+ stores\b(?![^.]{0,30}\bfine\b)"
    detector = Detector("d", "test", (pattern,))
    alternative = detector._compiled[0]
    assert alternative.longest is None and alternative.runs_longest is not None
    whole = re.compile(pattern, re.IGNORECASE)
    filler = " ".join(["word"] * 40)
    for text in [
        f"{filler}. store 3 of 12 stores down. {filler}",
        f"{filler}. store 3 of 12 stores down, the rest are fine. {filler}",
        f"{filler}. store 3 of {'9' * 60} stores down. {filler}",
        f"{filler}. store {'1' * 45} of 2 stores{' ' * 50}closed",
    ]:
        found = whole.search(text)
        hits = detect(text, literal_text(text), [detector])
        assert [h.words for h in hits] == ([found.group()] if found else []), text[-80:]


def test_bounded_windows_reach_past_a_trailing_look_ahead() -> None:
    """A bounded alternative is searched in windows around its literals; a window must not end
    inside its trailing look-ahead, or "(?![^.]{0,30}fine)" holds where the whole text says no."""
    pattern = r"\beverybody\b(?![^.]{0,40}\bfine\b)"
    detector = Detector("d", "test", (pattern,))
    alternative = detector._compiled[0]
    assert alternative.longest is not None
    whole = re.compile(pattern, re.IGNORECASE)
    filler = " ".join(["word"] * 60)
    for text in [
        f"{filler}. Everybody is locked out. {filler}",
        f"{filler}. Everybody here says the app is fine. {filler}",
        f"{filler}. everybody {'x' * 20} fine. {filler}",
    ]:
        found = whole.search(text)
        hits = detect(text, literal_text(text), [detector])
        assert [h.words for h in hits] == ([found.group()] if found else []), text[60:200]


def _shipped(name: str) -> str:
    """The text of a file in supportmail/defaults."""
    return resources.files("supportmail").joinpath("defaults", name).read_text("utf-8")


def test_shipped_patterns_are_written_as_the_text_is_folded() -> None:
    """Every signal pattern of the shipped triage.toml is written folded, as triage folds a
    request's text (accents and Japanese voiced marks off, typographic quotes plain, Cyrillic
    й as и, traditional Chinese simplified; Korean stays decomposed as written), so that a
    pattern reads as what it matches. The detectors fold their patterns too since 2026-12-07;
    before, such a character made its alternative dead (67 patterns: "sprzedaż",
    "пользователей", "だけ")."""
    hangul = ("\u1100", "\u11ff"), ("\uac00", "\ud7a3"), ("\u3130", "\u318f")
    unfolded = [
        (signal["name"], c)
        for signal in tomllib.loads(_shipped("triage.toml"))["signal"]
        for pattern in signal["patterns"]
        for c in set(pattern)
        if not any(low <= c <= high for low, high in hangul) and _fold_text(c) != c
    ]
    assert not unfolded, unfolded


def test_shipped_analysis_is_what_the_code_computes() -> None:
    """supportmail/defaults/triage.analysis.json is exactly the analysis the code computes from
    the shipped triage.toml's signals (as scripts/build_triage_analysis writes it)."""
    raw = tomllib.loads(_shipped("triage.toml"))["signal"]
    detectors, problems = load_detectors(raw)
    assert not problems
    # A changed signal pattern, or a change to how patterns are split or analysed, changes it:
    # run scripts/build_triage_analysis and commit the file with the change.
    assert analysis_text(detectors) == _shipped("triage.analysis.json"), (
        "run scripts/build_triage_analysis"
    )


def test_stored_analysis_gives_the_same_detectors_compiled_on_first_use() -> None:
    """Detectors built from the stored analysis equal the analysed ones alternative by
    alternative, compile nothing up front, compile only alternatives whose literals a text
    holds (or that have none), and find the same hits."""
    raw = tomllib.loads(_shipped("triage.toml"))["signal"]
    analysed, _ = load_detectors(raw)
    stored, problems = load_detectors(raw, analysis=json.loads(_shipped("triage.analysis.json")))
    assert not problems and stored == analysed
    assert [d.analysis_rows() for d in stored] == [d.analysis_rows() for d in analysed]
    assert all(a._regex is None for d in stored for a in d._compiled)
    folded = " ".join(_fold_words("Prod down: since 9:00 nobody can log in, all users blocked."))
    literal = literal_text(folded)
    assert detect(folded, literal, stored) == detect(folded, literal, analysed)
    compiled = [a for d in stored for a in d._compiled if a._regex is not None]
    assert 0 < len(compiled) < sum(len(d._compiled) for d in stored) // 10
    assert all(a.needles is None or any(n in literal for n in a.needles) for a in compiled)


def test_stored_analysis_of_other_patterns_is_not_used() -> None:
    """A stored analysis made for other patterns, or one that does not read, is ignored: the
    patterns are checked (with the same problems) and analysed as without it."""
    good = Detector("c", "d", ("ok|fine",))
    analysis = json.loads(analysis_text([good]))
    raw = [{"name": "c", "description": "d", "patterns": ["(open"]}]
    detectors, problems = load_detectors(raw, analysis=analysis)
    assert (detectors, problems) == load_detectors(raw)
    assert not detectors and problems[0].startswith("triage.signal[0].patterns[0]: bad regex")
    analysis["signals"]["c"]["alternatives"][0][2] = "long"
    raw = [{"name": "c", "description": "d", "patterns": ["ok|fine"]}]
    detectors, problems = load_detectors(raw, analysis=analysis)
    assert not problems and detectors == [good]
    assert detectors[0].analysis_rows() == good.analysis_rows()
    assert detectors[0]._compiled[0]._regex is not None  # analysed here, so compiled here


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        # a dash ends the clause: the negation before it does not reach the statement after it
        ("houseware laadt niet meer – hele kantoor zit stil", True),
        ("the app does not load — the whole office is at a standstill", True),
        # within one clause the negation still holds
        ("het kantoor zit niet stil, we werken op papier", False),
    ],
)
def test_a_dash_ends_the_clause_a_negation_reaches(text: str, fired: bool) -> None:
    assert ("work-halted" in _signals(text)) is fired
