## Events ("what's on")
events-title = Aktivitetet
events-all = Të gjitha aktivitetet
events-today = Sot
events-upcoming = Aktivitetet e ardhshme
events-past = Aktivitetet e kaluara
events-none-today = Sot nuk ka aktivitete.
events-none-upcoming = Nuk ka aktivitete të planifikuara.
events-none-past = Nuk ka aktivitete të kaluara.
event-span = nga { $from } deri më { $to }
event-where = Ku
event-languages = Gjuhët
event-for-professionals = Për punonjëset dhe punonjësit e shërbimeve

## Kiosk
kiosk-title = Kioska
kiosk-choose-language = Prekni për të zgjedhur shqipen
kiosk-welcome = Si mund t'ju ndihmojmë?
kiosk-categories-heading = Zgjidhni një temë
kiosk-home = Fillimi
kiosk-change-language = Gjuha
kiosk-desk-hours = Orari i kësaj pike pritjeje
kiosk-privacy = Ky ekran nuk ruan asgjë: nëse nuk e prek njeri për pak kohë, e harron kërkimin dhe kthehet në fillim.
kiosk-unknown-desk = Cilësim i panjohur i kioskës: „{ $desk }“. Po shfaqen shërbimet e të gjitha komunave.
kiosk-idle-title = A jeni ende këtu?
kiosk-idle-text =
    { $seconds ->
        [one] Pas një sekonde ekrani kthehet në fillim dhe e harron këtë kërkim.
       *[other] Pas { $seconds } sekondash ekrani kthehet në fillim dhe e harron këtë kërkim.
    }
kiosk-idle-stay = Po, vazhdoj
kiosk-idle-leave = Filloni nga e para

## Mediator
mediator-title = Ndërmjetësimi
mediator-nav = Mjetet e ndërmjetësimit
mediator-search = Kërkimi
mediator-screening = Formulari i nevojave
mediator-shortlist = Shërbimet e zgjedhura
mediator-shortlist-count =
    { $count ->
        [0] Shërbimet e zgjedhura
        [one] Shërbimet e zgjedhura (1)
       *[other] Shërbimet e zgjedhura ({ $count })
    }
mediator-end = Mbyllni takimin
mediator-privacy = Asgjë nga takimi nuk mbetet në server: gjuha dhe shërbimet e zgjedhura janë vetëm në adresën e faqes. „Mbyllni takimin“ fshin gjithçka.
mediator-choose-language = Zgjidhni gjuhën e familjes
mediator-bad-language = Kjo gjuhë nuk është e disponueshme: zgjidhni një nga lista.
mediator-details = Detaje
mediator-add = Shtoni te shërbimet e zgjedhura
mediator-on-shortlist = Është tashmë te shërbimet e zgjedhura
mediator-shortlist-full = Lista është plot
shortlist-empty = Nuk është zgjedhur asnjë shërbim.
shortlist-up = Çojeni lart: { $name }
shortlist-down = Çojeni poshtë: { $name }
shortlist-remove = Hiqeni: { $name }
shortlist-qr-label = Skanoni kodin QR për ta hapur këtë listë në telefon
shortlist-unknown =
    { $count ->
        [one] Një shërbim i adresës nuk ekziston (më): u hoq.
       *[other] { $count } shërbime të adresës nuk ekzistojnë (më): u hoqën.
    }
shortlist-repeated =
    { $count ->
        [one] Një shërbim ishte i përsëritur: shfaqet vetëm një herë.
       *[other] { $count } shërbime ishin të përsëritura: shfaqen vetëm një herë.
    }
shortlist-over-limit = Lista tregon deri në { $max } shërbime. Shërbime të lëna jashtë: { $count }.
screening-intro = Lexojini pyetjet së bashku: asnjë nuk është e detyrueshme. Përgjigjet mbeten vetëm në këtë faqe dhe sugjerojnë shërbimet që mund të shtoni.
screening-submit = Shihni shërbimet e sugjeruara
screening-suggestions = Shërbimet e sugjeruara
screening-no-suggestions = Asnjë shërbim nuk përputhet me këto përgjigje: provoni me kërkimin.
screening-add-all = Shtoni të gjitha shërbimet e sugjeruara
screening-ignored =
    { $count ->
        [one] Një përgjigje nuk u njoh dhe u shpërfill.
       *[other] { $count } përgjigje nuk u njohën dhe u shpërfillën.
    }
