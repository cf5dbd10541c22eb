## Portineria — UI messages (Italian, the source language).
## Every visible string of the public site comes from here.

# The language's own name, in its own script (used by the language switcher).
language-name = Italiano

site-name = Portineria
site-tagline = Servizi e aiuto sul territorio, nella tua lingua
skip-to-content = Vai al contenuto
nav-home = Pagina iniziale
nav-main = Navigazione principale
language-switcher-label = Lingua
breadcrumb-label = Sei qui

## Search
search-label = Che cosa cerchi?
search-placeholder = Per esempio: permesso di soggiorno, casa, lavoro
search-button = Cerca
search-hint = Scrivi con parole tue, nella tua lingua.
categories-heading = Oppure scegli un argomento
results-title = Risultati della ricerca
results-heading = Risultati per «{ $query }»
results-heading-all = Tutti i servizi
results-count =
    { $count ->
        [0] Nessun servizio trovato
        [one] 1 servizio trovato
       *[other] { $count } servizi trovati
    }
results-count-more = Più di { $count } servizi trovati
# A facet's count when the counts are estimated from part of many results.
facet-count-about = circa { $count }
filters-heading = Filtra i risultati
facet-category = Argomento
facet-municipality = Comune
facet-municipality-other = Altri comuni
facet-target-group = Per chi
facet-language = Lingue parlate allo sportello
facet-open-now = Aperti adesso
did-you-mean = Forse cercavi:
suggestions-label = Suggerimenti
suggestion-category = argomento
facet-all = Tutti
filter-apply = Applica i filtri
filter-active = Filtro attivo: { $name }
filter-remove = Togli il filtro «{ $name }»
no-results-title = Nessun servizio trovato
no-results-text = Prova con altre parole, controlla come sono scritte, oppure scegli un argomento qui sotto.
pagination-label = Pagine dei risultati
pagination-previous = Precedenti
pagination-next = Successivi
pagination-status = Pagina { $page } di { $pages }
result-at = Presso: { $organization }

## Service detail
service-what = Che cosa offre
service-who = A chi si rivolge
service-eligibility = Requisiti
service-how = Come accedere
service-documents = Documenti da portare
service-cost = Costo
service-where = Dove
service-hours = Orari di apertura
service-contacts = Contatti
service-phone = Telefono
service-email = E-mail
service-website = Sito web
service-languages = Lingue parlate allo sportello
service-organization = Ente che offre il servizio
service-programme = Progetto
service-municipalities = Comuni serviti
service-categories = Argomenti
service-last-verified = Informazioni verificate il { $date }
service-not-verified = Informazioni non ancora verificate dall'ente
service-status-active = Attivo
service-status-suspended = Sospeso al momento
service-status-ended = Servizio concluso
service-ended-notice = Questo servizio è concluso: le informazioni restano per memoria.
access-walk-in = Accesso libero, senza appuntamento
access-appointment = Su appuntamento
access-referral = Su invio dei servizi sociali o di altri servizi
hours-appointment = su appuntamento
hours-not-given = Orari non indicati
weekday-1 = lunedì
weekday-2 = martedì
weekday-3 = mercoledì
weekday-4 = giovedì
weekday-5 = venerdì
weekday-6 = sabato
weekday-7 = domenica
# Between the items of a list (target groups, comuni, partners).
list-separator = { ", " }
hours-range = { $opens }–{ $closes }
phone-call = Chiama { $number }

## Translation status of a text
translation-machine = Traduzione automatica, non ancora verificata dall'ente
translation-fallback = Testo non ancora tradotto: è mostrato in italiano
translation-outdated = Questa traduzione può essere vecchia: il testo italiano è cambiato.
translation-italian-now = Il testo italiano adesso dice:
translation-outdated-notice = Il testo italiano di questa pagina è cambiato dopo la traduzione. Dove la traduzione può essere vecchia, sotto trovi anche l'italiano di adesso.
district-label = Zona
district-hint = Un ambito è un gruppo di comuni vicini che organizzano insieme i servizi sociali.

## Organisation
organization-services = Servizi di questo ente
organization-programmes = Progetti di questo ente
organization-none = Nessun servizio pubblicato per ora.

## Programme
programme-period = Periodo
programme-funder = Finanziato da
programme-partners = Partner
programme-beneficiaries = Beneficiari
programme-municipalities = Territorio
programme-services = Servizi del progetto
programme-status = Stato
programme-status-active = In corso
programme-status-ended = Concluso
programme-status-upcoming = Non ancora iniziato
programme-status-unknown = Periodo non indicato
programme-ended-notice = Questo progetto è concluso: i suoi servizi potrebbero non essere più attivi.
period-from-to = da { $start } a { $end }
period-from = da { $start }
period-until = fino a { $end }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

## Errors
not-found-title = Pagina non trovata
not-found-text = La pagina che cerchi non esiste o è stata spostata.
not-found-home = Torna alla pagina iniziale
bad-request-title = Richiesta non valida
error-query-too-long = La ricerca è troppo lunga: al massimo { $max } caratteri.
error-invalid-parameter = Il valore di «{ $name }» non è valido.
error-unknown-language = Lingua non disponibile. Lingue disponibili: it, ro, ar, sq, zh.
error-not-found = Non trovato.
error-internal = Si è verificato un errore. Riprova tra poco.
loading = Caricamento…

## Footer
footer-about = Portineria pubblica i servizi e i progetti delle reti territoriali per l'inclusione sociale.
footer-privacy = Non registriamo dati personali di chi cerca.
footer-translations = Le traduzioni automatiche sono segnate e vengono verificate dagli enti partner.

## Slip to take home (print)
slip-take-home = Stampa o porta con te
slip-title = Foglietto da portare con te
slip-actions = Foglietto
slip-back = Torna al servizio
slip-print = Stampa
slip-format-a6 = Formato foglio A6
slip-format-receipt = Formato scontrino 80 mm
slip-italian-name = In italiano
slip-qr-label = Codice QR della pagina di questo servizio
slip-hint = Mostra questo foglietto all'ufficio. Inquadra il codice QR con il telefono per aprire la pagina.
