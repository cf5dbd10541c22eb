## Events ("what's on")
events-title = Appuntamenti
events-all = Tutti gli appuntamenti
events-today = Oggi
events-upcoming = Prossimi appuntamenti
events-past = Appuntamenti passati
events-none-today = Nessun appuntamento oggi.
events-none-upcoming = Nessun appuntamento in programma.
events-none-past = Nessun appuntamento passato.
event-span = da { $from } a { $to }
event-where = Dove
event-languages = Lingue
event-for-professionals = Per operatori e operatrici

## Kiosk
kiosk-title = Chiosco
kiosk-choose-language = Tocca per scegliere l'italiano
kiosk-welcome = Come possiamo aiutarti?
kiosk-categories-heading = Scegli un argomento
kiosk-home = Inizio
kiosk-change-language = Lingua
kiosk-desk-hours = Orari di questa portineria
kiosk-privacy = Questo schermo non salva nulla: dopo un po' senza tocchi dimentica la ricerca e torna all'inizio.
kiosk-unknown-desk = Impostazione del chiosco sconosciuta: «{ $desk }». Sono mostrati i servizi di tutti i comuni.
kiosk-idle-title = Ci sei ancora?
kiosk-idle-text = Tra { $seconds } secondi lo schermo torna all'inizio e dimentica questa ricerca.
kiosk-idle-stay = Sì, continuo
kiosk-idle-leave = Ricomincia da capo

## Mediator
mediator-title = Mediazione
mediator-nav = Strumenti della mediazione
mediator-search = Cerca
mediator-screening = Scheda dei bisogni
mediator-shortlist = Servizi scelti
mediator-shortlist-count =
    { $count ->
        [0] Servizi scelti
        [one] Servizi scelti (1)
       *[other] Servizi scelti ({ $count })
    }
mediator-end = Fine incontro
mediator-privacy = Nulla dell'incontro resta sul server: la lingua e i servizi scelti sono solo nell'indirizzo della pagina. «Fine incontro» cancella tutto.
mediator-choose-language = Scegli la lingua della famiglia
mediator-bad-language = Questa lingua non è disponibile: scegline una dall'elenco.
mediator-details = Dettagli
mediator-add = Aggiungi ai servizi scelti
mediator-on-shortlist = Già tra i servizi scelti
mediator-shortlist-full = L'elenco è pieno
shortlist-empty = Nessun servizio scelto.
shortlist-up = Sposta su: { $name }
shortlist-down = Sposta giù: { $name }
shortlist-remove = Togli: { $name }
shortlist-qr-label = Inquadra il codice QR per aprire questo elenco sul telefono
shortlist-unknown =
    { $count ->
        [one] Un servizio dell'indirizzo non esiste (più): è stato tolto.
       *[other] { $count } servizi dell'indirizzo non esistono (più): sono stati tolti.
    }
shortlist-repeated =
    { $count ->
        [one] Un servizio era ripetuto: è mostrato una volta.
       *[other] { $count } servizi erano ripetuti: sono mostrati una volta.
    }
shortlist-over-limit = L'elenco mostra al massimo { $max } servizi: { $count } sono stati lasciati fuori.
screening-intro = Leggete insieme le domande: tutte sono facoltative. Le risposte restano solo in questa pagina e suggeriscono i servizi da aggiungere.
screening-submit = Suggerisci i servizi
screening-suggestions = Servizi suggeriti
screening-no-suggestions = Nessun servizio corrisponde a queste risposte: provate con la ricerca.
screening-add-all = Aggiungi tutti i suggeriti
screening-ignored =
    { $count ->
        [one] Una risposta non è stata riconosciuta ed è stata ignorata.
       *[other] { $count } risposte non sono state riconosciute e sono state ignorate.
    }
