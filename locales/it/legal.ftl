## Urgent help (footer of every page, kiosk), privacy notice and accessibility statement.

urgent-heading = Aiuto urgente
urgent-emergency = Emergenza: ambulanza, polizia, vigili del fuoco. Gratis, giorno e notte.
urgent-violence = Violenza e stalking contro le donne: aiuto gratis, giorno e notte, anche in altre lingue.
urgent-trafficking = Tratta e sfruttamento di persone: aiuto gratis e anonimo, giorno e notte, in molte lingue.

legal-links = Informazioni legali
legal-updated = Ultimo aggiornamento: { $date }.
legal-controller-missing = Chi gestisce questo sito non ha ancora indicato il titolare del trattamento dei dati. Per ogni domanda chiedi allo sportello della portineria.

## Privacy notice (GDPR art. 13)
privacy-title = Informativa sulla privacy
privacy-intro = Questa pagina spiega quali dati personali usa Portineria, perché, per quanto tempo e quali sono i tuoi diritti (articolo 13 del Regolamento europeo 2016/679, GDPR).
privacy-controller-heading = Titolare del trattamento dei dati
privacy-controller = Il titolare del trattamento è { $name }, { $address }. Per ogni domanda sui tuoi dati scrivi a { $email }.
privacy-dpo = Responsabile della protezione dei dati: { $email }.
privacy-public-heading = Chi cerca un servizio
privacy-public = Per cercare non serve un account. Non salviamo chi sei, l'indirizzo internet del tuo dispositivo o il tuo numero di telefono.
privacy-search-counts = Contiamo le parole cercate solo come totale per giorno, senza sapere chi le ha scritte, per capire quali servizi mancano. Questi conteggi sono cancellati dopo { $days } giorni.
privacy-kiosk = Lo schermo della portineria non salva nulla: dopo { $seconds } secondi senza tocchi cancella la ricerca e torna all'inizio.
privacy-cookies-heading = Cookie
privacy-cookies-intro = Portineria usa solo cookie tecnici, che servono a far funzionare il sito. Non usa cookie per pubblicità o statistiche e non carica servizi di altre aziende. Per questo non chiede il consenso.
privacy-cookie-language = ricorda la lingua scelta, per un anno. Contiene solo il codice della lingua.
privacy-cookie-session = tiene aperta la sessione di chi aggiorna le schede nell'area degli enti. Finisce dopo { $minutes } minuti senza attività e in ogni caso dopo { $hours } ore.
privacy-cookie-login = protegge il modulo di accesso all'area degli enti da richieste false. Finisce quando chiudi il browser.
privacy-cookie-admin-language = ricorda la lingua scelta nell'area degli enti. Finisce quando chiudi il browser.
privacy-cookie-second-factor = ricorda, tra la password e il codice di verifica, che la password era giusta. Finisce quando chiudi il browser.
privacy-partners-heading = Chi lavora per gli enti partner
privacy-partners = Per le persone che aggiornano le schede nell'area degli enti usiamo: nome, e-mail, ente, ruolo, la password (salvata in una forma che non permette a nessuno di leggerla), la chiave per la verifica in due passaggi e il registro di chi ha cambiato che cosa.
privacy-audit = Il registro delle modifiche e degli accessi è cancellato dopo { $days } giorni.
privacy-purposes-heading = Perché usiamo questi dati
privacy-purposes = Usiamo questi dati solo per pubblicare le informazioni sui servizi del territorio, un compito di interesse pubblico (articolo 6, comma 1, lettera e, GDPR), e per tenere sicura l'area degli enti. Non li usiamo per altro e non prendiamo decisioni automatiche sulle persone.
privacy-recipients-heading = A chi vanno i dati
privacy-recipients = Non diamo i dati ad altri e non li mandiamo fuori dall'Unione europea. Chi ospita il sito li conserva per nostro conto, con un contratto che lo obbliga a proteggerli.
privacy-rights-heading = I tuoi diritti
privacy-rights = Puoi chiedere di vedere i tuoi dati, di correggerli o cancellarli, di limitarne l'uso, di opporti al loro uso e di riceverli in un formato che un computer può leggere (articoli da 15 a 22 del GDPR). Scrivi a { $email }.
privacy-rights-desk = Puoi chiedere di vedere i tuoi dati, di correggerli o cancellarli, di limitarne l'uso, di opporti al loro uso e di riceverli in un formato che un computer può leggere (articoli da 15 a 22 del GDPR). Chiedi allo sportello della portineria.
privacy-complaint = Puoi anche fare reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).

## Accessibility statement (AgID model)
accessibility-title = Dichiarazione di accessibilità
accessibility-intro = { $name } vuole che questo sito sia facile da usare per tutte le persone, anche con disabilità, come chiedono la legge 4/2004 e le linee guida AgID.
accessibility-status-heading = Quanto è accessibile il sito
accessibility-status-full = Il sito è conforme alla norma WCAG 2.1 livello AA.
accessibility-status-partial = Il sito è in parte conforme alla norma WCAG 2.1 livello AA: le eccezioni sono scritte qui sotto.
accessibility-status-none = Il sito non è ancora conforme alla norma WCAG 2.1 livello AA: le barriere note sono scritte qui sotto.
accessibility-limits-heading = Che cosa non è ancora accessibile
accessibility-limit-translations = Alcune traduzioni sono automatiche e non ancora controllate da un ente: possono essere difficili da capire. Sono segnate sulla pagina.
accessibility-limit-partner-texts = Alcuni testi scritti dagli enti partner usano parole difficili. Li semplifichiamo insieme agli enti.
accessibility-limit-qr = I codici QR sui foglietti non si possono leggere senza vista: sotto ogni codice è scritto anche l'indirizzo della pagina.
accessibility-method-heading = Come abbiamo controllato
accessibility-method = Il sito è stato controllato dal gruppo che lo sviluppa il { $date }, con prove automatiche (axe-core) nelle cinque lingue e prove con la sola tastiera e con un lettore di schermo.
accessibility-feedback-heading = Segnalare una barriera
accessibility-feedback = Se trovi una parte del sito che non riesci a usare, scrivi a { $email }: rispondiamo entro 30 giorni.
accessibility-feedback-desk = Se trovi una parte del sito che non riesci a usare, dillo allo sportello della portineria: rispondiamo entro 30 giorni.
accessibility-enforcement-heading = Se la risposta non arriva
accessibility-enforcement = Se non ricevi risposta entro 30 giorni, o la risposta non ti soddisfa, puoi fare una segnalazione al Difensore civico per il digitale dell'AgID (www.agid.gov.it).
