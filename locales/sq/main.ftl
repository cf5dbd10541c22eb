## Portineria — UI messages (Albanian, machine translation from Italian).
## Every visible string of the public site comes from here.

# The language's own name, in its own script (used by the language switcher).
language-name = Shqip

site-name = Portineria
site-tagline = Shërbime dhe ndihmë pranë teje, në gjuhën tënde
skip-to-content = Shko te përmbajtja
nav-home = Faqja kryesore
nav-main = Menuja kryesore
language-switcher-label = Gjuha
breadcrumb-label = Ndodhesh këtu

## Search
search-label = Çfarë po kërkon?
search-placeholder = Për shembull: leje qëndrimi, shtëpi, punë
search-button = Kërko
search-hint = Shkruaj me fjalët e tua, në gjuhën tënde.
categories-heading = Ose zgjidh një temë
results-title = Rezultatet e kërkimit
results-heading = Rezultatet për „{ $query }“
results-heading-all = Të gjitha shërbimet
results-count =
    { $count ->
        [0] Nuk u gjet asnjë shërbim
        [one] U gjet 1 shërbim
       *[other] U gjetën { $count } shërbime
    }
results-count-more = U gjetën më shumë se { $count } shërbime
facet-count-about = rreth { $count }
filters-heading = Filtro rezultatet
facet-category = Tema
facet-municipality = Komuna
facet-municipality-other = Komuna të tjera
facet-target-group = Për kë
facet-language = Gjuhët që fliten në sportel
facet-open-now = Të hapura tani
did-you-mean = Mos kërkonit:
suggestions-label = Sugjerime
suggestion-category = temë
facet-all = Të gjitha
filter-apply = Zbato filtrat
filter-active = Filtër aktiv: { $name }
filter-remove = Hiq filtrin „{ $name }“
no-results-title = Nuk u gjet asnjë shërbim
no-results-text = Provo me fjalë të tjera, kontrollo si janë shkruar, ose zgjidh një temë më poshtë.
pagination-label = Faqet e rezultateve
pagination-previous = Të mëparshmet
pagination-next = Të mëpasshmet
pagination-status = Faqja { $page } nga { $pages }
result-at = Pranë: { $organization }

## Service detail
service-what = Çfarë ofron
service-who = Për kë është
service-eligibility = Kushtet
service-how = Si të përfitosh
service-documents = Dokumentet që duhet të sjellësh
service-cost = Kostoja
service-where = Ku
service-hours = Orari i hapjes
service-contacts = Kontaktet
service-phone = Telefoni
service-email = E-mail
service-website = Faqja e internetit
service-languages = Gjuhët që fliten në sportel
service-organization = Organizata që ofron shërbimin
service-programme = Projekti
service-municipalities = Komunat ku ofrohet
service-categories = Temat
service-last-verified = Informacioni u verifikua më { $date }
service-not-verified = Informacioni nuk është verifikuar ende nga organizata
service-status-active = Aktiv
service-status-suspended = I pezulluar për momentin
service-status-ended = Shërbimi ka përfunduar
service-ended-notice = Ky shërbim ka përfunduar: informacioni mbetet vetëm si kujtesë.
access-walk-in = Hyrje e lirë, pa takim
access-appointment = Me takim
access-referral = Me dërgim nga shërbimet sociale ose nga shërbime të tjera
hours-appointment = me takim
hours-not-given = Orari nuk është treguar
weekday-1 = e hënë
weekday-2 = e martë
weekday-3 = e mërkurë
weekday-4 = e enjte
weekday-5 = e premte
weekday-6 = e shtunë
weekday-7 = e diel
# Between the items of a list (target groups, comuni, partners).
list-separator = { ", " }
hours-range = { $opens }–{ $closes }
phone-call = Telefono { $number }

## Translation status of a text
translation-machine = Përkthim automatik, ende i paverifikuar nga organizata
translation-fallback = Teksti nuk është përkthyer ende: shfaqet në italisht
translation-outdated = Ky përkthim mund të jetë i vjetër: teksti në italisht ka ndryshuar.
translation-italian-now = Teksti në italisht tani thotë:
translation-outdated-notice = Teksti në italisht i kësaj faqeje ka ndryshuar pas përkthimit. Aty ku përkthimi mund të jetë i vjetër, poshtë gjen edhe tekstin në italisht siç është tani.
district-label = Zona e shërbimeve sociale
district-hint = Zona e shërbimeve sociale („ambito“ në italisht) është një grup komunash fqinje që i organizojnë bashkë shërbimet sociale.

## Organisation
organization-services = Shërbimet e kësaj organizate
organization-programmes = Projektet e kësaj organizate
organization-none = Për momentin nuk ka shërbime të publikuara.

## Programme
programme-period = Periudha
programme-funder = Financuar nga
programme-partners = Partnerët
programme-beneficiaries = Përfituesit
programme-municipalities = Territori
programme-services = Shërbimet e projektit
programme-status = Gjendja
programme-status-active = Në vazhdim
programme-status-ended = Ka përfunduar
programme-status-upcoming = Nuk ka filluar ende
programme-status-unknown = Periudha nuk është treguar
programme-ended-notice = Ky projekt ka përfunduar: shërbimet e tij mund të mos jenë më aktive.
period-from-to = nga { $start } deri më { $end }
period-from = nga { $start }
period-until = deri më { $end }
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor

## Errors
not-found-title = Faqja nuk u gjet
not-found-text = Faqja që kërkon nuk ekziston ose është zhvendosur.
not-found-home = Kthehu te faqja kryesore
bad-request-title = Kërkesë e pavlefshme
error-query-too-long = Kërkimi është shumë i gjatë: jo më shumë se { $max } karaktere.
error-invalid-parameter = Vlera e „{ $name }“ nuk është e vlefshme.
error-unknown-language = Gjuha nuk është e disponueshme. Gjuhët e disponueshme: it, ro, ar, sq, zh.
error-not-found = Nuk u gjet.
error-internal = Ndodhi një gabim. Provo përsëri pas pak.
loading = Duke u ngarkuar…

## Footer
footer-about = Portineria publikon shërbimet dhe projektet e rrjeteve vendore për përfshirjen sociale.
footer-privacy = Nuk regjistrojmë të dhëna personale të atyre që kërkojnë.
footer-translations = Përkthimet automatike janë të shënuara dhe verifikohen nga organizatat partnere.

## Slip to take home (print)
slip-take-home = Printo ose merre me vete
slip-title = Fletë për ta marrë me vete
slip-actions = Fleta
slip-back = Kthehu te shërbimi
slip-print = Printo
slip-format-a6 = Format fletë A6
slip-format-receipt = Format fature 80 mm
slip-italian-name = Në italisht
slip-qr-label = Kodi QR i faqes së këtij shërbimi
slip-hint = Tregoje këtë fletë në zyrë. Skano kodin QR me telefon për të hapur faqen.
