# Translators' files (XLIFF 2.0) in the admin area.
xliff-title = Skedarë për përkthyesit (XLIFF)
xliff-intro = Shkarko tekstet e një gjuhe në një skedar XLIFF 2.0: një përkthyes ose një ndërmjetës mund të punojë me të edhe pa internet, me çdo program përkthimi. Pastaj ngarko këtu skedarin e përkthyer: përkthimet shkojnë në draft, për t'u kontrolluar dhe publikuar.
xliff-filter-missing = për t'u përkthyer
xliff-filter-machine = përkthime automatike
xliff-filter-outdated = për t'u përditësuar
xliff-filter-all = të gjitha tekstet
xliff-import-file = Skedar XLIFF i përkthyer (.xlf)
xliff-import-hint = Një skedar i shkarkuar nga kjo faqe, për këtë organizatë. Nëse teksti në italisht ka ndryshuar pas shkarkimit, përkthimet e tij mbeten „për t'u përditësuar“.
xliff-import-button = Ngarko në draft
xliff-imported-title = Skedari u ngarkua në draft
xliff-imported = { $lang }: { $confirmed ->
        [one] { $confirmed } përkthim i shkruar ose i konfirmuar
       *[other] { $confirmed } përkthime të shkruara ose të konfirmuara
    }, { $outdated } për t'u përditësuar (të bëra mbi një tekst më të vjetër në italisht), { $unchanged } pa ndryshime.
xliff-imported-confirmed = Të shkruara ose të konfirmuara
xliff-imported-outdated = Për t'u përditësuar: teksti në italisht ka ndryshuar pas shkarkimit
xliff-see-draft = Shih ndryshimet e draftit
xliff-refused-title = Skedari nuk u ngarkua
xliff-refused = Skedari nuk u ngarkua: në draft nuk ndryshoi asgjë. Ja çfarë nuk shkon:
xliff-error-no-file = Zgjidh një skedar për të ngarkuar.
xliff-error-filter = Ky filtër nuk ekziston: zgjidh „për t'u përkthyer“, „përkthime automatike“, „për t'u përditësuar“ ose „të gjitha tekstet“.
xliff-error-too-large = Skedari është shumë i madh: jo më shumë se 2 MB.
xliff-error-too-many = Skedari ka shumë njësi.
xliff-error-malformed = Skedari është i dëmtuar: nuk është XML i vlefshëm.
xliff-error-not-xliff = Nuk është skedar XLIFF 2.0.
xliff-error-entities = Skedari përmban entitete ose një deklaratë DOCTYPE: për siguri, ato nuk pranohen.
xliff-error-language = Gjuha e skedarit nuk është e duhura: duhet të jetë përkthyer nga italishtja (it) në rumanisht, arabisht, shqip ose kinezisht.
xliff-error-organization = Skedari është i një organizate tjetër ({ $detail }).
xliff-error-unknown-unit = { $unit }: ky tekst nuk ekziston te kjo organizatë.
xliff-error-duplicate = { $unit }: gjendet dy herë.
xliff-error-segments = { $unit }: ka më shumë se një segment; bashko segmentet dhe provo përsëri.
xliff-error-markup = { $unit }: teksti përmban kode ({ $detail }); tekstet duhet të jenë vetëm fjalë.
xliff-error-too-long = { $unit }: teksti është shumë i gjatë.
xliff-error-placeholder = { $unit }: në përkthim mungon { $detail }. Numrat e telefonit, e-mailet dhe adresat e internetit duhen kopjuar njësoj.
