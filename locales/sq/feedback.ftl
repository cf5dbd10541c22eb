## Feedback on a service's page (public site, kiosk, mediator) and the partners' queue.

feedback-heading = Të ishte e dobishme kjo faqe?
feedback-kind-useful = Po
feedback-kind-not-useful = Jo
feedback-report = Diçka nuk shkon? Prek atë që ndodhi:
feedback-note-add = Dëshiron të shkruash diçka? (nuk është e detyrueshme)
feedback-note-label = Mesazhi yt
feedback-note-hint = Jo më shumë se { $max } karaktere. Mos shkruaj emra, numra telefoni ose adresa e-maili. Pastaj prek atë që ndodhi.
feedback-kind-closed = Është mbyllur ose ka ndryshuar adresë
feedback-kind-no-answer = Askush nuk përgjigjet në telefon
feedback-kind-no-help = Nuk më ndihmuan
feedback-kind-language = Nuk flasin gjuhën time
feedback-kind-wrong = Ka një gabim në këtë faqe
feedback-status-thanks = Faleminderit! Organizata që ofron shërbimin do ta lexojë përgjigjen tënde.
feedback-status-already = E ke dërguar tashmë këtë përgjigje për këtë shërbim. Faleminderit!
feedback-status-wait = Nga këtu kanë ardhur shumë përgjigje. Provo përsëri pas një ore.
feedback-status-full = Sot kanë ardhur shumë përgjigje. Thuaje në sportelin e pikës së pritjes.
feedback-status-invalid = Kjo përgjigje nuk mund të ruhet. Kthehu te faqja e shërbimit dhe provo përsëri.
feedback-status-unavailable = Tani nuk arrijmë ta ruajmë përgjigjen. Provo përsëri pas pak.
privacy-feedback =
    Kur na thua nëse një faqe të ishte e dobishme ose na raporton një problem, ruajmë vetëm përgjigjen, gjuhën e faqes dhe fjalët që shkruan, pa ditur kush je. Para se t'i ruajmë, fshehim numrat e telefonit dhe adresat e e-mailit që janë shkruar në tekst. Për të ndaluar ata që dërgojnë shumë përgjigje, mbajmë për një orë vetëm një formë të koduar (hash) të adresës së internetit. Përgjigjet fshihen pas { $days ->
        [one] një dite
       *[other] { $days } ditësh
    }; raportimet e problemeve, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } pasi organizata i ka trajtuar.

## The partners' queue (admin area)
admin-nav-feedback = Raportimet
admin-feedback-intro = Çfarë thonë për shërbimet tuaja ndërmjetësit dhe njerëzit që përdorin faqen e internetit dhe ekranin e pikës së pritjes. Raportime të hapura: { $open }. Përgjigjet „e dobishme: po / jo“ numërohen për { $days } ditët e fundit. Kur ke kontrolluar një raportim (dhe ke korrigjuar skedën, nëse duhet), shënoje si të trajtuar.
admin-feedback-handled = Shëno si të trajtuar
admin-feedback-open =
    { $count ->
        [0] Asnjë shërbim nuk ka raportime të hapura
        [one] Një shërbim ka raportime të hapura
       *[other] { $count } shërbime kanë raportime të hapura
    }
admin-feedback-open-reports = Raportime të hapura
admin-done-handled = Raportimi u shënua si i trajtuar.
admin-done-already-handled = Ky raportim ishte trajtuar tashmë nga një person tjetër.
admin-audit-feedback-handled = Raportim i trajtuar
