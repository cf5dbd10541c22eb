## Events ("what's on")
events-title = Evenimente
events-all = Toate evenimentele
events-today = Astăzi
events-upcoming = Evenimente viitoare
events-past = Evenimente trecute
events-none-today = Niciun eveniment astăzi.
events-none-upcoming = Niciun eveniment programat.
events-none-past = Niciun eveniment trecut.
event-span = de la { $from } până la { $to }
event-where = Unde
event-languages = Limbi
event-for-professionals = Pentru personalul serviciilor

## Kiosk
kiosk-title = Chioșc
kiosk-choose-language = Atingeți pentru a alege limba română
kiosk-welcome = Cum vă putem ajuta?
kiosk-categories-heading = Alegeți un subiect
kiosk-home = Început
kiosk-change-language = Limba
kiosk-desk-hours = Programul acestui punct de primire
kiosk-privacy = Acest ecran nu salvează nimic: dacă nu este atins o vreme, uită căutarea și revine la început.
kiosk-unknown-desk = Setare necunoscută a chioșcului: „{ $desk }”. Sunt afișate serviciile din toate localitățile.
kiosk-idle-title = Mai sunteți aici?
kiosk-idle-text =
    { $seconds ->
        [one] Peste o secundă, ecranul revine la început și uită această căutare.
        [few] Peste { $seconds } secunde, ecranul revine la început și uită această căutare.
       *[other] Peste { $seconds } de secunde, ecranul revine la început și uită această căutare.
    }
kiosk-idle-stay = Da, continui
kiosk-idle-leave = Începeți din nou

## Mediator
mediator-title = Mediere
mediator-nav = Instrumentele medierii
mediator-search = Căutare
mediator-screening = Fișa nevoilor
mediator-shortlist = Servicii alese
mediator-shortlist-count =
    { $count ->
        [0] Servicii alese
        [one] Servicii alese (1)
        [few] Servicii alese ({ $count })
       *[other] Servicii alese ({ $count })
    }
mediator-end = Încheiați întâlnirea
mediator-privacy = Nimic din întâlnire nu rămâne pe server: limba și serviciile alese sunt doar în adresa paginii. „Încheiați întâlnirea” șterge tot.
mediator-choose-language = Alegeți limba familiei
mediator-bad-language = Această limbă nu este disponibilă: alegeți una din listă.
mediator-details = Detalii
mediator-add = Adăugați la serviciile alese
mediator-on-shortlist = Deja printre serviciile alese
mediator-shortlist-full = Lista este plină
shortlist-empty = Niciun serviciu ales.
shortlist-up = Mutați mai sus: { $name }
shortlist-down = Mutați mai jos: { $name }
shortlist-remove = Scoateți: { $name }
shortlist-qr-label = Scanați codul QR pentru a deschide această listă pe telefon
shortlist-unknown =
    { $count ->
        [one] Un serviciu din adresă nu (mai) există: a fost scos.
        [few] { $count } servicii din adresă nu (mai) există: au fost scoase.
       *[other] { $count } de servicii din adresă nu (mai) există: au fost scoase.
    }
shortlist-repeated =
    { $count ->
        [one] Un serviciu era repetat: este afișat o singură dată.
        [few] { $count } servicii erau repetate: sunt afișate o singură dată.
       *[other] { $count } de servicii erau repetate: sunt afișate o singură dată.
    }
shortlist-over-limit = Numărul maxim de servicii din listă este { $max }. Servicii lăsate deoparte: { $count }.
screening-intro = Citiți împreună întrebările: niciuna nu este obligatorie. Răspunsurile rămân doar pe această pagină și arată ce servicii puteți adăuga.
screening-submit = Vedeți serviciile sugerate
screening-suggestions = Servicii sugerate
screening-no-suggestions = Niciun serviciu nu se potrivește cu aceste răspunsuri: încercați căutarea.
screening-add-all = Adăugați toate serviciile sugerate
screening-ignored =
    { $count ->
        [one] Un răspuns nu a fost recunoscut și a fost ignorat.
        [few] { $count } răspunsuri nu au fost recunoscute și au fost ignorate.
       *[other] { $count } de răspunsuri nu au fost recunoscute și au fost ignorate.
    }
