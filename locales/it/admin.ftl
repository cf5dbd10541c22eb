# The partner admin area (/admin): accounts, editing, translations, revisions, reports.

admin-site-name = Portineria · area partner
admin-nav-label = Area partner
admin-nav-dashboard = Bacheca
admin-nav-people = Persone
admin-nav-audit = Registro attività
admin-nav-needs = Bisogni non trovati
admin-language-apply = Cambia lingua
admin-logout = Esci
admin-logout-everywhere = Esci da tutti i dispositivi
admin-security = Sicurezza
admin-back = Torna all'area partner
admin-back-to-organization = Torna all'organizzazione

## Login and invitations
admin-login-title = Accesso partner
admin-email = Indirizzo e-mail
admin-password = Password
admin-login = Entra
admin-login-hint = Non hai un account? Chiedi al coordinamento della rete un invito.
admin-login-failed = E-mail o password non riconosciute.
admin-login-throttled = Troppi tentativi non riusciti. Aspetta qualche minuto e riprova.
admin-invitation-title = Scegli la tua password
admin-invitation-intro = Account per
admin-new-password = Nuova password
admin-confirm-password = Ripeti la password
admin-password-rules = Almeno 12 caratteri. Va bene anche una frase lunga, con spazi.
admin-invitation-accept = Attiva l'account
admin-invitation-invalid = Questo link di invito non è valido: è scaduto o è già stato usato. Chiedi un nuovo invito.
admin-password-too-short = La password è troppo corta: servono almeno 12 caratteri.
admin-password-too-long = La password è troppo lunga: al massimo 256 caratteri.
admin-password-common = Questa password è tra le più usate e si indovina facilmente. Scegline un'altra, ad esempio una frase.
admin-password-is-email = La password non può essere il tuo indirizzo e-mail.
admin-password-mismatch = Le due password non coincidono.

## Errors
admin-error-login-title = Accesso richiesto
admin-error-login = Per continuare devi entrare con il tuo account.
admin-error-forbidden-title = Accesso negato
admin-error-forbidden = Questa pagina è riservata al coordinamento della rete.
admin-error-csrf = Il modulo è scaduto o non viene da questo sito. Ricarica la pagina e riprova: niente è stato salvato.
admin-error-not-found = Questa pagina non esiste, oppure non fa parte delle tue organizzazioni.
admin-error-too-large = Il modulo inviato è troppo grande. Accorcia i testi e riprova.
admin-error-malformed = Il modulo inviato non si può leggere (codifica non valida). Riprova dal browser.
admin-error-throttled-title = Troppi tentativi
admin-error-internal-title = Errore del server
admin-error-internal = Qualcosa non ha funzionato sul server. Quello che era già salvato è al sicuro; riprova tra poco.
admin-error-document-title = Le modifiche non si possono salvare
admin-error-document = Queste modifiche renderebbero incoerente la scheda dell'organizzazione:
admin-form-has-errors = Alcuni campi vanno corretti: trovi il messaggio sotto ciascuno. Quello che hai scritto è rimasto.
admin-error-required = Questo campo è obbligatorio.
admin-error-required-italian = Il testo in italiano è obbligatorio.
admin-error-italian-first = Scrivi prima il testo in italiano: è la fonte delle traduzioni.
admin-error-too-long = Il testo è troppo lungo.
admin-error-invalid = Valore non valido.
admin-error-url = Scrivi un indirizzo web completo, che inizi con https://
admin-error-email = Scrivi un indirizzo e-mail valido, ad esempio nome@esempio.it
admin-error-email-taken = Esiste già un account con questo indirizzo.
admin-error-date = Scrivi la data come AAAA, AAAA-MM oppure AAAA-MM-GG.
admin-error-day-or-month = Scrivi la data come AAAA-MM-GG, oppure AAAA-MM se si conosce solo il mese.
admin-error-time = Scrivi l'ora come HH:MM, ad esempio 09:30.
admin-error-end-before-start = La fine è prima dell'inizio.
admin-error-choice = Scegli tra le opzioni proposte.
admin-error-slug = Usa solo lettere minuscole senza accenti, cifre e trattini (ad esempio sportello-lavoro).
admin-error-slug-taken = Questo identificativo è già usato: scegline un altro.
admin-error-lines-mismatch = Servono tante righe quante in italiano (una per documento), oppure nessuna.
admin-error-phone = Scrivi un numero di telefono: cifre, spazi e + soltanto.
admin-error-hours = Scegli almeno un giorno e scrivi apertura e chiusura come HH:MM, con la chiusura dopo l'apertura.
admin-error-self = Non puoi cambiare il ruolo o sospendere il tuo stesso account.

## Dashboard
admin-your-organizations = Organizzazioni
admin-has-draft = bozza da pubblicare
admin-ending-soon = Progetti che finiscono nei prossimi 60 giorni
admin-nothing = Nessuna voce.
admin-stale = { $count ->
    [one] Una scheda non confermata da { $days } giorni
   *[other] { $count } schede non confermate da { $days } giorni
}
admin-organization = Organizzazione
admin-entry = Scheda
admin-last-verified = Confermata il
admin-never-verified = mai confermata
admin-create-organization = Nuova organizzazione
admin-create = Crea
admin-slug-hint = Identificativo fisso che compare negli indirizzi web: lettere minuscole, cifre e trattini.

## Organisation page
admin-draft-title = Modifiche non ancora pubblicate
admin-draft-changes = { $count ->
    [one] Una modifica in bozza.
   *[other] { $count } modifiche in bozza.
}
admin-see-changes = Vedi le modifiche e l'anteprima
admin-publish = Pubblica
admin-discard = Scarta la bozza
admin-no-draft = Nessuna bozza: il pubblico vede quello che trovi qui sotto.
admin-edit-organization = Modifica i dati dell'organizzazione
admin-revisions = Cronologia delle versioni
admin-public-page = Pagina pubblica
admin-completeness = Traduzioni
admin-translated = tradotto
admin-confirmed = confermato
admin-outdated = da aggiornare
admin-outdated-title = { $count ->
    [0] Nessuna traduzione da aggiornare
    [one] Una traduzione da aggiornare
   *[other] { $count } traduzioni da aggiornare
}
admin-outdated-intro = Il testo italiano di queste traduzioni è cambiato dopo che sono state fatte. Aprile, confrontale con l'italiano di prima e di adesso, poi riscrivile o confermale.
admin-outdated-none = Tutte le traduzioni sono state fatte sul testo italiano di adesso.
admin-italian-before = Italiano di prima (quello tradotto)
admin-italian-now = Italiano di adesso
admin-kind-services = Servizi
admin-kind-programmes = Progetti
admin-kind-locations = Sedi e orari
admin-kind-events = Eventi
admin-new-services = Nuovo servizio
admin-new-programmes = Nuovo progetto
admin-new-locations = Nuova sede
admin-new-events = Nuovo evento
admin-still-accurate = Ancora corretta
admin-preview = Anteprima
admin-field = Campo
admin-before = Prima
admin-after = Dopo

## Editing
admin-required = (obbligatorio)
admin-none = — nessuno —
admin-save = Salva
admin-save-draft = Salva in bozza
admin-save-publish = Salva e pubblica
admin-delete = Elimina
admin-delete-hint = L'eliminazione va in bozza: diventa effettiva quando pubblichi.
admin-confirm-translation = Conferma la traduzione
admin-status-source = testo originale
admin-status-machine = traduzione automatica
admin-status-confirmed = confermata
admin-status-missing = manca
admin-status-outdated = da aggiornare: l'italiano è cambiato
admin-length-words = { $count ->
    [one] 1 parola su { $limit }
   *[other] { $count } parole su { $limit }
}
admin-length-chars = { $count ->
    [one] 1 carattere su { $limit }
   *[other] { $count } caratteri su { $limit }
}
admin-length-too-long = troppo lunga: scrivi una riga più corta, con parole di tutti i giorni
admin-hint-date = AAAA-MM-GG (oppure AAAA-MM, AAAA)
admin-hint-day-or-month = AAAA-MM-GG (oppure AAAA-MM se si conosce solo il mese)
admin-hint-time = HH:MM
admin-hint-one-per-line = Uno per riga.
admin-field-slug = Identificativo
admin-field-key = Identificativo
admin-field-name = Nome
admin-field-description = Descrizione
admin-field-summary = In breve
admin-field-website = Sito web
admin-field-email = E-mail
admin-field-phones = Telefoni
admin-field-phone = Telefono
admin-field-phone-label = Etichetta
admin-field-address = Indirizzo
admin-field-municipality = Comune
admin-field-hours = Orari di apertura
admin-field-hours-row = Fascia oraria
admin-field-opens = Apre alle
admin-field-closes = Chiude alle
admin-field-appointment-only = Solo su appuntamento
admin-field-hours-note = Note sugli orari
admin-field-in-short = In breve (una riga con parole semplici, al massimo 20 parole)
admin-field-district = Ambito territoriale (quando la fonte non elenca i comuni)
admin-field-editor-note = Nota per chi modifica le schede
admin-hint-editor-note = La vedono solo le persone che modificano le schede dell'ente, mai il pubblico: da dove viene un dato, cosa la fonte non dice.
admin-field-open-on-holidays = Aperto anche nei giorni di festa e del santo patrono
admin-field-closures = Giorni di chiusura
admin-hint-closures = Uno per riga: un giorno (2026-12-24) o un periodo (2026-08-10/2026-08-21). I giorni di festa nazionali e il santo patrono sono già calcolati.
admin-error-closure = Scrivi un giorno AAAA-MM-GG o un periodo AAAA-MM-GG/AAAA-MM-GG (al massimo un anno), con la fine dopo l'inizio.
admin-field-coordinates = Posizione sulla mappa (latitudine, longitudine)
admin-hint-coordinates = Per esempio 45.0703, 7.5211. Su openstreetmap.org: clic destro sul portone, «Mostra indirizzo», e copia i due numeri.
admin-error-coordinates = Scrivi latitudine e longitudine in gradi, con il punto per i decimali, separate da una virgola, ad esempio 45.0703, 7.5211.
admin-field-start = Inizio
admin-field-end = Fine
admin-field-funder = Finanziatore
admin-field-partners = Partner
admin-field-beneficiaries = Destinatari
admin-field-municipalities = Comuni
admin-field-status = Stato
admin-field-access = Come si accede
admin-field-programme = Progetto
admin-field-categories = Categorie
admin-field-target-groups = Per chi
admin-field-eligibility = Chi può accedere
admin-field-how-to-access = Come fare
admin-field-documents = Altri documenti da portare (uno per riga)
admin-field-required-documents = Documenti da portare, con la figura
admin-hint-required-documents = Scegli dalla lista. Scrivi gli altri documenti nel campo «Altri documenti da portare».
admin-error-nothing-needed-alone = «Non serve portare documenti» non può stare insieme ad altri documenti.
admin-field-who-can-go = Chi può andare (situazione legale)
admin-hint-who-can-go = Segna solo quello che la fonte dice. Se non dice nulla, lascia tutto vuoto: la pagina mostrerà «non è indicato».
admin-error-anyone-alone = «Tutti, con o senza documenti» non può stare insieme ad altre situazioni.
admin-field-cost = Costo
admin-field-languages = Lingue parlate allo sportello
admin-field-locations = Sedi
admin-field-audience = Pubblico
admin-field-date = Data
admin-field-end-date = Data di fine
admin-field-time = Ora di inizio
admin-field-end-time = Ora di fine
admin-field-place = Luogo
admin-field-location = Sede
admin-audience-public = Aperto a tutti
admin-audience-professionals = Per operatori e operatrici

## Conflicts
admin-conflict-title = Qualcun altro ha salvato questa scheda nel frattempo
admin-conflict-text = La tua versione non è stata salvata, per non cancellare la sua. Confronta le due versioni: il modulo qui sotto contiene quello che hai scritto tu; salvandolo sostituisci la versione dell'altra persona.
admin-conflict-columns = Colonna «Prima»: la versione salvata dall'altra persona. Colonna «Dopo»: la tua.
admin-conflict-take-theirs = Lascia perdere le mie modifiche e apri la versione salvata

## Notices after an action
admin-done-saved = Salvato in bozza. Il pubblico lo vedrà quando pubblichi.
admin-done-published = Pubblicato: è già visibile e ricercabile.
admin-done-discarded = Bozza scartata.
admin-done-verified = Segnata come ancora corretta.
admin-done-restored = La versione scelta è ora la bozza: controllala e pubblicala.
admin-done-deleted = Eliminata nella bozza. Pubblica per renderlo effettivo.
admin-done-created = Organizzazione creata.
admin-done-confirmed = Traduzione confermata (in bozza).
admin-done-nothing = Non c'è niente da pubblicare.

## Revisions
admin-revision = Versione
admin-revision-title = Versione n. { $id }
admin-when = Quando
admin-what = Cosa
admin-who = Chi
admin-detail = Dettagli
admin-entries-changed = Schede cambiate
admin-restore = Ripristina questa versione
admin-restore-hint = Ripristinando, questa versione diventa la bozza: puoi vederla in anteprima e poi pubblicarla.
admin-revision-import = importata dai file dei contenuti
admin-revision-draft = bozza
admin-revision-publish = pubblicata
admin-revision-restore = ripristinata
admin-revision-discard = bozza scartata

## People
admin-invite = Invita una persona
admin-invite-send = Crea l'invito
admin-invite-created = Invito creato. Manda questo link alla persona: serve una sola volta.
admin-invite-expires = Il link scade tra { $hours } ore.
admin-invited = (invitata, non ancora attiva)
admin-role = Ruolo
admin-role-editor = Redazione (solo le proprie organizzazioni)
admin-role-coordinator = Coordinamento (tutta la rete)
admin-active = Può entrare
admin-memberships = Organizzazioni

## Audit log
admin-older = Più vecchie
admin-audit-login = accesso
admin-audit-login-failed = accesso non riuscito
admin-audit-login-throttled = accesso bloccato (troppi tentativi)
admin-audit-logout = uscita
admin-audit-logout-everywhere = uscita da tutti i dispositivi
admin-audit-invitation-accepted = invito accettato
admin-audit-invite = invito
admin-audit-create-account = account creato da riga di comando
admin-audit-update-account = ruolo o organizzazioni cambiati
admin-audit-create-organization = organizzazione creata
admin-audit-save-draft = bozza salvata
admin-audit-publish = pubblicazione
admin-audit-import-hsds = importazione Open Referral (HSDS)
admin-audit-restore = versione ripristinata
admin-audit-discard-draft = bozza scartata
admin-audit-verify = confermata ancora corretta

## Unmet needs
admin-needs-intro = Ricerche delle ultime { $days } giornate, contate per giorno, lingua e testo cercato. Nessun indirizzo, nessuna sessione, nessun dato personale; una ricerca compare solo se fatta almeno { $min } volte. I conteggi si cancellano dopo { $retention } giorni.
admin-days = Giorni
admin-show = Mostra
admin-per-day = Ricerche per giorno
admin-day = Giorno
admin-language = Lingua
admin-searches = Ricerche
admin-zero-results = Senza risultati
admin-query = Testo cercato
admin-top-zero = Cercato e non trovato
admin-top-queries = Le ricerche più frequenti
