## Urgent help (footer of every page, kiosk), privacy notice and accessibility statement.

urgent-heading = Ndihmë urgjente
urgent-emergency = Urgjenca: ambulanca, policia, zjarrfikësit. Falas, ditë e natë.
urgent-violence = Dhunë dhe përndjekje (stalking) ndaj grave: ndihmë falas, ditë e natë, edhe në gjuhë të tjera.
urgent-trafficking = Trafikim dhe shfrytëzim i njerëzve: ndihmë falas dhe anonime, ditë e natë, në shumë gjuhë.

legal-links = Informacion ligjor
legal-updated = Përditësimi i fundit: { $date }.
legal-controller-missing = Ai që e menaxhon këtë faqe interneti nuk ka shkruar ende kush është kontrolluesi i të dhënave (ai që përgjigjet për të dhënat personale). Për çdo pyetje, pyet në sportelin e pikës së pritjes.

## Privacy notice (GDPR art. 13)
privacy-title = Njoftim për të dhënat personale
privacy-intro = Kjo faqe shpjegon cilat të dhëna personale përdor Portineria, pse, për sa kohë dhe cilat janë të drejtat e tua (neni 13 i Rregullores evropiane 2016/679, GDPR).
privacy-controller-heading = Kush përgjigjet për të dhënat
privacy-controller = Kontrolluesi i të dhënave (ai që përgjigjet për to) është { $name }, { $address }. Për çdo pyetje për të dhënat e tua, shkruaj në { $email }.
privacy-dpo = Zyrtari për mbrojtjen e të dhënave: { $email }.
privacy-public-heading = Kush kërkon një shërbim
privacy-public = Për të kërkuar nuk të duhet llogari. Nuk ruajmë as kush je, as adresën e internetit të pajisjes sate, as numrin tënd të telefonit.
privacy-search-counts =
    Fjalët e kërkuara i numërojmë vetëm si total për çdo ditë, pa ditur kush i ka shkruar, për të kuptuar cilat shërbime mungojnë. Këto numërime fshihen pas { $days ->
        [one] një dite
       *[other] { $days } ditësh
    }.
privacy-kiosk =
    Ekrani i pikës së pritjes nuk ruan asgjë: nëse nuk e prek njeri për { $seconds ->
        [one] një sekondë
       *[other] { $seconds } sekonda
    }, e fshin kërkimin dhe kthehet në fillim.
privacy-cookies-heading = Cookie-t
privacy-cookies-intro = Portineria përdor vetëm cookie teknike, që i duhen faqes së internetit për të funksionuar. Nuk përdor cookie për reklama ose statistika dhe nuk ngarkon shërbime të kompanive të tjera. Prandaj nuk të kërkon pëlqimin.
privacy-cookie-language = mban mend gjuhën e zgjedhur, për një vit. Përmban vetëm kodin e gjuhës.
privacy-cookie-session =
    mban të hapur seancën e atyre që përditësojnë skedat në zonën e partnerëve. Mbaron pas { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    } pa aktivitet dhe, në çdo rast, pas { $hours ->
        [one] një ore
       *[other] { $hours } orësh
    }.
privacy-cookie-login = mbron formularin e hyrjes në zonën e partnerëve nga kërkesa të rreme. Mbaron kur mbyll shfletuesin.
privacy-cookie-admin-language = mban mend gjuhën e zgjedhur në zonën e partnerëve. Mbaron kur mbyll shfletuesin.
privacy-cookie-second-factor = mban mend, mes fjalëkalimit dhe kodit të verifikimit, që fjalëkalimi ishte i saktë. Mbaron kur mbyll shfletuesin.
privacy-partners-heading = Kush punon për organizatat partnere
privacy-partners = Për personat që përditësojnë skedat në zonën e partnerëve përdorim: emrin, e-mailin, organizatën, rolin, fjalëkalimin (të ruajtur vetëm në formë të koduar, që nuk mund ta lexojë askush), çelësin për verifikimin me dy hapa dhe regjistrin e aktivitetit (kush ndryshoi çfarë).
privacy-audit =
    Regjistri i aktivitetit, me ndryshimet dhe hyrjet, fshihet pas { $days ->
        [one] një dite
       *[other] { $days } ditësh
    }.
privacy-purposes-heading = Pse i përdorim këto të dhëna
privacy-purposes = Këto të dhëna i përdorim vetëm për të publikuar informacionin për shërbimet vendore, një detyrë në interes publik (neni 6, paragrafi 1, shkronja „e“, i GDPR), dhe për ta mbajtur të sigurt zonën e partnerëve. Nuk i përdorim për asgjë tjetër dhe nuk marrim vendime automatike për njerëzit.
privacy-recipients-heading = Te kush shkojnë të dhënat
privacy-recipients = Nuk ua japim të dhënat të tjerëve dhe nuk i dërgojmë jashtë Bashkimit Evropian. Ai që e strehon faqen e internetit i ruan ato në emrin tonë, me një kontratë që e detyron t'i mbrojë.
privacy-rights-heading = Të drejtat e tua
privacy-rights = Mund të kërkosh t'i shohësh të dhënat e tua, që ato të korrigjohen ose të fshihen, që të kufizohet përdorimi i tyre, të kundërshtosh përdorimin e tyre dhe t'i marrësh në një format që mund ta lexojë një kompjuter (nenet nga 15 deri në 22 të GDPR). Shkruaj në { $email }.
privacy-rights-desk = Mund të kërkosh t'i shohësh të dhënat e tua, që ato të korrigjohen ose të fshihen, që të kufizohet përdorimi i tyre, të kundërshtosh përdorimin e tyre dhe t'i marrësh në një format që mund ta lexojë një kompjuter (nenet nga 15 deri në 22 të GDPR). Pyet në sportelin e pikës së pritjes.
privacy-complaint = Mund të bësh edhe ankesë te autoriteti italian për mbrojtjen e të dhënave personale (Garante per la protezione dei dati personali, www.garanteprivacy.it).

## Accessibility statement (AgID model)
accessibility-title = Deklaratë për aksesueshmërinë
accessibility-intro = { $name } dëshiron që kjo faqe interneti të jetë e lehtë për t'u përdorur nga të gjithë, edhe nga personat me aftësi të kufizuara, siç kërkojnë ligji italian nr. 4/2004 dhe udhëzimet e agjencisë së shtetit italian për teknologjinë digjitale (AgID).
accessibility-status-heading = Sa e aksesueshme është faqja e internetit
accessibility-status-full = Faqja e internetit i plotëson kërkesat e standardit WCAG 2.1, niveli AA.
accessibility-status-partial = Faqja e internetit i plotëson pjesërisht kërkesat e standardit WCAG 2.1, niveli AA: përjashtimet janë shkruar më poshtë.
accessibility-status-none = Faqja e internetit nuk i plotëson ende kërkesat e standardit WCAG 2.1, niveli AA: pengesat që njohim janë shkruar më poshtë.
accessibility-limits-heading = Çfarë nuk është ende e aksesueshme
accessibility-limit-translations = Disa përkthime janë automatike dhe ende nuk janë verifikuar nga një organizatë: mund të jenë të vështira për t'u kuptuar. Janë të shënuara në faqe.
accessibility-limit-partner-texts = Disa tekste të shkruara nga organizatat partnere përdorin fjalë të vështira. I thjeshtojmë së bashku me organizatat.
accessibility-limit-qr = Kodet QR në fletët e printuara nuk mund të lexohen nga ata që nuk shohin: poshtë çdo kodi është shkruar edhe adresa e faqes.
accessibility-method-heading = Si e kontrolluam
accessibility-method = Faqja e internetit u kontrollua më { $date } nga ekipi që e zhvillon: me teste automatike (axe-core) në pesë gjuhët, me teste vetëm me tastierë dhe me teste me një lexues ekrani.
accessibility-feedback-heading = Raporto një pengesë
accessibility-feedback = Nëse gjen një pjesë të faqes së internetit që nuk mund ta përdorësh, shkruaj në { $email }: përgjigjemi brenda 30 ditëve.
accessibility-feedback-desk = Nëse gjen një pjesë të faqes së internetit që nuk mund ta përdorësh, thuaje në sportelin e pikës së pritjes: përgjigjemi brenda 30 ditëve.
accessibility-enforcement-heading = Nëse nuk merr përgjigje
accessibility-enforcement = Nëse nuk merr përgjigje brenda 30 ditëve, ose përgjigjja nuk të kënaq, mund ta raportosh problemin te Avokati i Popullit për çështjet digjitale i agjencisë AgID (Difensore civico per il digitale, www.agid.gov.it).
