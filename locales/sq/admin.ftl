# The partner admin area (/admin): accounts, editing, translations, revisions, reports.

admin-site-name = Portineria · zona e partnerëve
admin-nav-label = Zona e partnerëve
admin-nav-dashboard = Paneli
admin-nav-people = Personat
admin-nav-audit = Regjistri i aktivitetit
admin-nav-needs = Nevoja pa përgjigje
admin-language-apply = Ndrysho gjuhën
admin-logout = Dil
admin-logout-everywhere = Dil nga të gjitha pajisjet
admin-security = Siguria
admin-back = Kthehu te zona e partnerëve
admin-back-to-organization = Kthehu te organizata

## Login and invitations
admin-login-title = Hyrja e partnerëve
admin-email = Adresa e e-mailit
admin-password = Fjalëkalimi
admin-login = Hyr
admin-login-hint = Nuk ke llogari? Kërkoji një ftesë ekipit të koordinimit të rrjetit.
admin-login-failed = E-maili ose fjalëkalimi nuk u njohën.
admin-login-throttled = Shumë përpjekje të dështuara. Prit disa minuta dhe provo përsëri.
admin-invitation-title = Zgjidh fjalëkalimin tënd
admin-invitation-intro = Llogari për
admin-new-password = Fjalëkalimi i ri
admin-confirm-password = Përsërit fjalëkalimin
admin-password-rules = Të paktën 12 karaktere. Shkon mirë edhe një fjali e gjatë, me hapësira.
admin-invitation-accept = Aktivizo llogarinë
admin-invitation-invalid = Kjo lidhje ftese nuk është e vlefshme: ka skaduar ose është përdorur tashmë. Kërko një ftesë të re.
admin-password-too-short = Fjalëkalimi është shumë i shkurtër: duhen të paktën 12 karaktere.
admin-password-too-long = Fjalëkalimi është shumë i gjatë: jo më shumë se 256 karaktere.
admin-password-common = Ky fjalëkalim është ndër më të përdorurit dhe merret me mend lehtë. Zgjidh një tjetër, për shembull një fjali.
admin-password-is-email = Fjalëkalimi nuk mund të jetë adresa jote e e-mailit.
admin-password-mismatch = Dy fjalëkalimet nuk përputhen.

## Errors
admin-error-login-title = Duhet të hysh
admin-error-login = Për të vazhduar, duhet të hysh me llogarinë tënde.
admin-error-forbidden-title = Hyrja nuk lejohet
admin-error-forbidden = Kjo faqe është e rezervuar për ekipin e koordinimit të rrjetit.
admin-error-csrf = Formulari ka skaduar ose nuk vjen nga kjo faqe interneti. Ringarko faqen dhe provo përsëri: nuk u ruajt asgjë.
admin-error-not-found = Kjo faqe nuk ekziston ose nuk bën pjesë në organizatat e tua.
admin-error-too-large = Formulari i dërguar është shumë i madh. Shkurtoji tekstet dhe provo përsëri.
admin-error-malformed = Formulari i dërguar nuk mund të lexohet (kodim i pavlefshëm). Provo përsëri nga shfletuesi.
admin-error-throttled-title = Shumë përpjekje
admin-error-internal-title = Gabim i serverit
admin-error-internal = Diçka nuk funksionoi në server. Ajo që ishte ruajtur tashmë është e sigurt; provo përsëri pas pak.
admin-error-document-title = Ndryshimet nuk mund të ruhen
admin-error-document = Këto ndryshime do ta bënin të paqëndrueshme skedën e organizatës:
admin-form-has-errors = Disa fusha duhen korrigjuar: mesazhin e gjen poshtë secilës. Ajo që ke shkruar ka mbetur.
admin-error-required = Kjo fushë është e detyrueshme.
admin-error-required-italian = Teksti në italisht është i detyrueshëm.
admin-error-italian-first = Shkruaj së pari tekstin në italisht: është burimi i përkthimeve.
admin-error-too-long = Teksti është shumë i gjatë.
admin-error-invalid = Vlerë e pavlefshme.
admin-error-url = Shkruaj një adresë të plotë interneti, që fillon me https://
admin-error-email = Shkruaj një adresë të vlefshme e-maili, për shembull emri@shembull.it
admin-error-email-taken = Ekziston tashmë një llogari me këtë adresë.
admin-error-date = Shkruaje datën si VVVV, VVVV-MM ose VVVV-MM-DD.
admin-error-day-or-month = Shkruaje datën si VVVV-MM-DD, ose VVVV-MM nëse dihet vetëm muaji.
admin-error-time = Shkruaje orën si HH:MM, për shembull 09:30.
admin-error-end-before-start = Mbarimi është para fillimit.
admin-error-choice = Zgjidh një nga mundësitë e propozuara.
admin-error-slug = Përdor vetëm shkronja të vogla pa shenja diakritike, shifra dhe viza (për shembull sportello-lavoro).
admin-error-slug-taken = Ky identifikues përdoret tashmë: zgjidh një tjetër.
admin-error-lines-mismatch = Duhen po aq rreshta sa në italisht (një për çdo dokument), ose asnjë.
admin-error-phone = Shkruaj një numër telefoni: vetëm shifra, hapësira dhe +.
admin-error-hours = Zgjidh të paktën një ditë dhe shkruaj orën e hapjes dhe të mbylljes si HH:MM, me mbylljen pas hapjes.
admin-error-self = Nuk mund ta ndryshosh rolin e llogarisë tënde, as ta pezullosh atë.

## Dashboard
admin-your-organizations = Organizatat
admin-has-draft = draft për t'u publikuar
admin-ending-soon = Projekte që mbarojnë në 60 ditët e ardhshme
admin-nothing = Asgjë për të shfaqur.
admin-stale = { $count ->
    [one] Një skedë e pakonfirmuar prej { $days } ditësh
   *[other] { $count } skeda të pakonfirmuara prej { $days } ditësh
}
admin-organization = Organizata
admin-entry = Skeda
admin-last-verified = Konfirmuar më
admin-never-verified = nuk është konfirmuar kurrë
admin-create-organization = Organizatë e re
admin-create = Krijo
admin-slug-hint = Identifikues i përhershëm që shfaqet në adresat e internetit: shkronja të vogla, shifra dhe viza.

## Organisation page
admin-draft-title = Ndryshime ende të papublikuara
admin-draft-changes = { $count ->
    [one] Një ndryshim në draft.
   *[other] { $count } ndryshime në draft.
}
admin-see-changes = Shih ndryshimet dhe parapamjen
admin-publish = Publiko
admin-discard = Hidh poshtë draftin
admin-no-draft = Asnjë draft: publiku sheh atë që gjen më poshtë.
admin-edit-organization = Ndrysho të dhënat e organizatës
admin-revisions = Historiku i versioneve
admin-public-page = Faqja publike
admin-completeness = Përkthimet
admin-translated = përkthyer
admin-confirmed = konfirmuar
admin-outdated = për t'u përditësuar
admin-outdated-title = { $count ->
    [0] Asnjë përkthim për t'u përditësuar
    [one] Një përkthim për t'u përditësuar
   *[other] { $count } përkthime për t'u përditësuar
}
admin-outdated-intro = Teksti në italisht i këtyre përkthimeve ka ndryshuar pasi ato u bënë. Hap secilin përkthim, krahasoje me tekstin e mëparshëm dhe të tanishëm në italisht, pastaj rishkruaje ose konfirmoje.
admin-outdated-none = Të gjitha përkthimet janë bërë mbi tekstin e tanishëm në italisht.
admin-italian-before = Teksti i mëparshëm në italisht (ai që u përkthye)
admin-italian-now = Teksti i tanishëm në italisht
admin-kind-services = Shërbimet
admin-kind-programmes = Projektet
admin-kind-locations = Zyrat dhe oraret
admin-kind-events = Ngjarjet
admin-new-services = Shërbim i ri
admin-new-programmes = Projekt i ri
admin-new-locations = Zyrë e re
admin-new-events = Ngjarje e re
admin-still-accurate = Ende e saktë
admin-preview = Parapamje
admin-field = Fusha
admin-before = Para
admin-after = Pas

## Editing
admin-required = (e detyrueshme)
admin-none = — asnjë —
admin-save = Ruaj
admin-save-draft = Ruaj si draft
admin-save-publish = Ruaj dhe publiko
admin-delete = Fshi
admin-delete-hint = Fshirja shkon në draft: bëhet efektive kur publikon.
admin-confirm-translation = Konfirmo përkthimin
admin-status-source = teksti origjinal
admin-status-machine = përkthim automatik
admin-status-confirmed = i konfirmuar
admin-status-missing = mungon
admin-status-outdated = për t'u përditësuar: teksti në italisht ka ndryshuar
admin-length-words = { $count ->
    [one] 1 fjalë nga { $limit }
   *[other] { $count } fjalë nga { $limit }
}
admin-length-chars = { $count ->
    [one] 1 karakter nga { $limit }
   *[other] { $count } karaktere nga { $limit }
}
admin-length-too-long = shumë i gjatë: shkruaj një rresht më të shkurtër, me fjalë të përditshme
admin-hint-date = VVVV-MM-DD (ose VVVV-MM, VVVV)
admin-hint-day-or-month = VVVV-MM-DD (ose VVVV-MM nëse dihet vetëm muaji)
admin-hint-time = HH:MM
admin-hint-one-per-line = Një për rresht.
admin-field-slug = Identifikuesi
admin-field-key = Identifikuesi
admin-field-name = Emri
admin-field-description = Përshkrimi
admin-field-summary = Shkurt
admin-field-website = Faqja e internetit
admin-field-email = E-mail
admin-field-phones = Telefonat
admin-field-phone = Telefoni
admin-field-phone-label = Etiketa
admin-field-address = Adresa
admin-field-municipality = Komuna
admin-field-hours = Orari i hapjes
admin-field-hours-row = Brezi orar
admin-field-opens = Hapet në
admin-field-closes = Mbyllet në
admin-field-appointment-only = Vetëm me takim
admin-field-hours-note = Shënime për orarin
admin-field-in-short = Shkurt (një rresht me fjalë të thjeshta, jo më shumë se 20 fjalë)
admin-field-district = Zona e shërbimeve sociale, në italisht „ambito territoriale“ (kur burimi nuk i rendit komunat)
admin-field-editor-note = Shënim për ata që ndryshojnë skedat
admin-hint-editor-note = E shohin vetëm personat që ndryshojnë skedat e organizatës, kurrë publiku: nga vjen një e dhënë, çfarë nuk thotë burimi.
admin-field-open-on-holidays = Hapur edhe në ditët e festave dhe të shenjtorit mbrojtës
admin-field-closures = Ditët kur është mbyllur
admin-hint-closures = Një për rresht: një ditë (2026-12-24) ose një periudhë (2026-08-10/2026-08-21). Festat kombëtare dhe dita e shenjtorit mbrojtës llogariten vetë.
admin-error-closure = Shkruaj një ditë VVVV-MM-DD ose një periudhë VVVV-MM-DD/VVVV-MM-DD (jo më shumë se një vit), me fundin pas fillimit.
admin-field-coordinates = Vendndodhja në hartë (gjerësia, gjatësia gjeografike)
admin-hint-coordinates = Për shembull 45.0703, 7.5211. Në openstreetmap.org: kliko me të djathtën mbi hyrjen, zgjidh „Show address“ (në italisht „Mostra indirizzo“) dhe kopjo të dy numrat.
admin-error-coordinates = Shkruaj gjerësinë dhe gjatësinë gjeografike në gradë, me pikë për dhjetoret, të ndara me presje, për shembull 45.0703, 7.5211.
admin-field-start = Fillimi
admin-field-end = Mbarimi
admin-field-funder = Financuesi
admin-field-partners = Partnerët
admin-field-beneficiaries = Përfituesit
admin-field-municipalities = Komunat
admin-field-status = Gjendja
admin-field-access = Si përfitohet
admin-field-programme = Projekti
admin-field-categories = Kategoritë
admin-field-target-groups = Për kë
admin-field-eligibility = Kush mund të përfitojë
admin-field-how-to-access = Çfarë duhet të bësh
admin-field-documents = Dokumente të tjera që duhet të sjellësh (një për rresht)
admin-field-required-documents = Dokumentet që duhet të sjellësh, me figurë
admin-hint-required-documents = Zgjidh nga lista. Shkruaj dokumentet e tjera te fusha „Dokumente të tjera që duhet të sjellësh“.
admin-error-nothing-needed-alone = „Nuk duhet të sjellësh dokumente“ nuk mund të zgjidhet bashkë me dokumente të tjera.
admin-field-who-can-go = Kush mund të shkojë (situata ligjore)
admin-hint-who-can-go = Shëno vetëm atë që thotë burimi. Nëse nuk thotë asgjë, lëri të gjitha bosh: faqja do të shfaqë „nuk tregohet“.
admin-error-anyone-alone = „Të gjithë, me ose pa dokumente“ nuk mund të zgjidhet bashkë me situata të tjera.
admin-field-cost = Kostoja
admin-field-languages = Gjuhët që fliten në sportel
admin-field-locations = Zyrat
admin-field-audience = Publiku
admin-field-date = Data
admin-field-end-date = Data e mbarimit
admin-field-time = Ora e fillimit
admin-field-end-time = Ora e mbarimit
admin-field-place = Vendi
admin-field-location = Zyra
admin-audience-public = E hapur për të gjithë
admin-audience-professionals = Për punonjësit dhe punonjëset e shërbimeve

## Conflicts
admin-conflict-title = Dikush tjetër e ka ruajtur këtë skedë ndërkohë
admin-conflict-text = Versioni yt nuk u ruajt, që të mos fshihej versioni i personit tjetër. Krahaso dy versionet: formulari më poshtë përmban atë që ke shkruar ti; nëse e ruan, zëvendëson versionin e personit tjetër.
admin-conflict-columns = Kolona „Para“: versioni i ruajtur nga personi tjetër. Kolona „Pas“: versioni yt.
admin-conflict-take-theirs = Hiq dorë nga ndryshimet e mia dhe hap versionin e ruajtur

## Notices after an action
admin-done-saved = U ruajt si draft. Publiku do ta shohë kur të publikosh.
admin-done-published = U publikua: tashmë është i dukshëm dhe mund të gjendet me kërkim.
admin-done-discarded = Drafti u hodh poshtë.
admin-done-verified = U shënua si ende e saktë.
admin-done-restored = Versioni i zgjedhur tani është drafti: kontrolloje dhe publikoje.
admin-done-deleted = U fshi në draft. Publiko që fshirja të bëhet efektive.
admin-done-created = Organizata u krijua.
admin-done-confirmed = Përkthimi u konfirmua (në draft).
admin-done-nothing = Nuk ka asgjë për të publikuar.

## Revisions
admin-revision = Versioni
admin-revision-title = Versioni nr. { $id }
admin-when = Kur
admin-what = Çfarë
admin-who = Kush
admin-detail = Hollësitë
admin-entries-changed = Skedat e ndryshuara
admin-restore = Rikthe këtë version
admin-restore-hint = Nëse e rikthen, ky version bëhet drafti: mund ta shohësh në parapamje dhe pastaj ta publikosh.
admin-revision-import = importuar nga skedarët e përmbajtjes
admin-revision-draft = draft
admin-revision-publish = publikuar
admin-revision-restore = rikthyer
admin-revision-discard = draft i hedhur poshtë

## People
admin-invite = Fto një person
admin-invite-send = Krijo ftesën
admin-invite-created = Ftesa u krijua. Dërgoja këtë lidhje personit: përdoret vetëm një herë.
admin-invite-expires =
    Lidhja skadon pas { $hours ->
        [one] një ore
       *[other] { $hours } orësh
    }.
admin-invited = (i ftuar, ende jo aktiv)
admin-role = Roli
admin-role-editor = Redaksia (vetëm organizatat e veta)
admin-role-coordinator = Koordinimi (i gjithë rrjeti)
admin-active = Mund të hyjë
admin-memberships = Organizatat

## Audit log
admin-older = Më të vjetrat
admin-audit-login = hyrje
admin-audit-login-failed = hyrje e dështuar
admin-audit-login-throttled = hyrje e bllokuar (shumë përpjekje)
admin-audit-logout = dalje
admin-audit-logout-everywhere = dalje nga të gjitha pajisjet
admin-audit-invitation-accepted = ftesë e pranuar
admin-audit-invite = ftesë
admin-audit-create-account = llogari e krijuar nga rreshti i komandave
admin-audit-update-account = rol ose organizata të ndryshuara
admin-audit-create-organization = organizatë e krijuar
admin-audit-save-draft = draft i ruajtur
admin-audit-publish = publikim
admin-audit-import-hsds = import Open Referral (HSDS)
admin-audit-restore = version i rikthyer
admin-audit-discard-draft = draft i hedhur poshtë
admin-audit-verify = konfirmuar si ende e saktë

## Unmet needs
admin-needs-intro =
    { $days ->
        [one] Kërkimet e ditës së fundit
       *[other] Kërkimet e { $days } ditëve të fundit
    }, të numëruara sipas ditës, gjuhës dhe tekstit të kërkuar. Asnjë adresë, asnjë seancë, asnjë e dhënë personale; një kërkim shfaqet vetëm nëse është bërë të paktën { $min } herë. Numërimet fshihen pas { $retention ->
        [one] një dite
       *[other] { $retention } ditësh
    }.
admin-days = Ditët
admin-show = Shfaq
admin-per-day = Kërkime në ditë
admin-day = Dita
admin-language = Gjuha
admin-searches = Kërkime
admin-zero-results = Pa rezultate
admin-query = Teksti i kërkuar
admin-top-zero = U kërkua, por nuk u gjet
admin-top-queries = Kërkimet më të shpeshta
