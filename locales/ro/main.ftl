## Portineria — UI messages (Romanian, machine translation from Italian).
## Every visible string of the public site comes from here.

# The language's own name, in its own script (used by the language switcher).
language-name = Română

site-name = Portineria
site-tagline = Servicii și ajutor aproape de dumneavoastră, în limba dumneavoastră
skip-to-content = Mergeți la conținut
nav-home = Pagina principală
nav-main = Meniul principal
language-switcher-label = Limba
breadcrumb-label = Vă aflați aici

## Search
search-label = Ce căutați?
search-placeholder = De exemplu: permis de ședere, locuință, loc de muncă
search-button = Căutați
search-hint = Scrieți cu cuvintele dumneavoastră, în limba dumneavoastră.
categories-heading = Sau alegeți un subiect
results-title = Rezultatele căutării
results-heading = Rezultate pentru „{ $query }”
results-heading-all = Toate serviciile
results-count =
    { $count ->
        [0] Nu s-a găsit niciun serviciu
        [one] 1 serviciu găsit
        [few] { $count } servicii găsite
       *[other] { $count } de servicii găsite
    }
results-count-more = Peste { $count } de servicii găsite
facet-count-about = circa { $count }
filters-heading = Filtrați rezultatele
facet-category = Subiect
facet-municipality = Localitate
facet-municipality-other = Alte localități
facet-target-group = Pentru cine
facet-language = Limbi vorbite la ghișeu
facet-open-now = Deschise acum
did-you-mean = Poate ați căutat:
suggestions-label = Sugestii
suggestion-category = subiect
facet-all = Toate
filter-apply = Aplicați filtrele
filter-active = Filtru activ: { $name }
filter-remove = Eliminați filtrul „{ $name }”
no-results-title = Nu s-a găsit niciun serviciu
no-results-text = Încercați alte cuvinte, verificați dacă sunt scrise corect sau alegeți un subiect de mai jos.
pagination-label = Paginile cu rezultate
pagination-previous = Anterioare
pagination-next = Următoare
pagination-status = Pagina { $page } din { $pages }
result-at = La: { $organization }

## Service detail
service-what = Ce oferă
service-who = Cui se adresează
service-eligibility = Condiții
service-how = Cum puteți beneficia
service-documents = Ce acte trebuie să aduceți
service-cost = Cost
service-where = Unde
service-hours = Program
service-contacts = Contact
service-phone = Telefon
service-email = E-mail
service-website = Site web
service-languages = Limbi vorbite la ghișeu
service-organization = Organizația care oferă serviciul
service-programme = Proiect
service-municipalities = Localități deservite
service-categories = Subiecte
service-last-verified = Informații verificate la { $date }
service-not-verified = Informații încă neverificate de organizație
service-status-active = Activ
service-status-suspended = Suspendat momentan
service-status-ended = Serviciu încheiat
service-ended-notice = Acest serviciu s-a încheiat: informațiile rămân doar ca referință.
access-walk-in = Acces liber, fără programare
access-appointment = Cu programare
access-referral = Cu trimitere de la serviciile sociale sau de la alte servicii
hours-appointment = cu programare
hours-not-given = Program nespecificat
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
# Between the items of a list (target groups, comuni, partners).
list-separator = { ", " }
hours-range = { $opens }–{ $closes }
phone-call = Sunați la { $number }

## Translation status of a text
translation-machine = Traducere automată, încă neverificată de organizație
translation-fallback = Text încă netradus: este afișat în italiană
translation-outdated = Această traducere poate fi veche: textul în italiană s-a schimbat.
translation-italian-now = Textul în italiană spune acum:
translation-outdated-notice = Textul în italiană al acestei pagini s-a schimbat după traducere. Acolo unde traducerea poate fi veche, găsiți mai jos și textul în italiană de acum.
district-label = Zonă de servicii sociale
district-hint = O zonă de servicii sociale (în italiană „ambito”) este un grup de localități vecine care organizează împreună serviciile sociale.

## Organisation
organization-services = Serviciile acestei organizații
organization-programmes = Proiectele acestei organizații
organization-none = Deocamdată nu este publicat niciun serviciu.

## Programme
programme-period = Perioadă
programme-funder = Finanțat de
programme-partners = Parteneri
programme-beneficiaries = Beneficiari
programme-municipalities = Zona acoperită
programme-services = Serviciile proiectului
programme-status = Stare
programme-status-active = În desfășurare
programme-status-ended = Încheiat
programme-status-upcoming = Încă nu a început
programme-status-unknown = Perioadă nespecificată
programme-ended-notice = Acest proiect s-a încheiat: serviciile sale s-ar putea să nu mai fie active.
period-from-to = de la { $start } până la { $end }
period-from = de la { $start }
period-until = până la { $end }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Errors
not-found-title = Pagina nu a fost găsită
not-found-text = Pagina pe care o căutați nu există sau a fost mutată.
not-found-home = Înapoi la pagina principală
bad-request-title = Cerere nevalidă
error-query-too-long = Căutarea este prea lungă. Numărul maxim de caractere este { $max }.
error-invalid-parameter = Valoarea pentru „{ $name }” nu este validă.
error-unknown-language = Limbă indisponibilă. Limbi disponibile: it, ro, ar, sq, zh.
error-not-found = Nu a fost găsit.
error-internal = A apărut o eroare. Încercați din nou peste puțin timp.
loading = Se încarcă…

## Footer
footer-about = Portineria publică serviciile și proiectele rețelelor locale pentru incluziune socială.
footer-privacy = Nu înregistrăm datele personale ale celor care caută.
footer-translations = Traducerile automate sunt marcate și sunt verificate de organizațiile partenere.

## Slip to take home (print)
slip-take-home = Tipăriți sau luați cu dumneavoastră
slip-title = Fișă de luat cu dumneavoastră
slip-actions = Fișă
slip-back = Înapoi la serviciu
slip-print = Tipăriți
slip-format-a6 = Format foaie A6
slip-format-receipt = Format bon 80 mm
slip-italian-name = În italiană
slip-qr-label = Cod QR al paginii acestui serviciu
slip-hint = Arătați această fișă la birou. Scanați codul QR cu telefonul ca să deschideți pagina.
