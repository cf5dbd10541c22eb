# The partner admin area (/admin): accounts, editing, translations, revisions, reports.

admin-site-name = Portineria · zona partenerilor
admin-nav-label = Zona partenerilor
admin-nav-dashboard = Panou principal
admin-nav-people = Persoane
admin-nav-audit = Jurnal de activitate
admin-nav-needs = Nevoi fără răspuns
admin-language-apply = Schimbați limba
admin-logout = Ieșiți
admin-logout-everywhere = Ieșiți de pe toate dispozitivele
admin-security = Securitate
admin-back = Înapoi la zona partenerilor
admin-back-to-organization = Înapoi la organizație

## Login and invitations
admin-login-title = Autentificare parteneri
admin-email = Adresă de e-mail
admin-password = Parolă
admin-login = Intrați
admin-login-hint = Nu aveți un cont? Cereți o invitație echipei de coordonare a rețelei.
admin-login-failed = E-mailul sau parola nu au fost recunoscute.
admin-login-throttled = Prea multe încercări nereușite. Așteptați câteva minute și încercați din nou.
admin-invitation-title = Alegeți-vă parola
admin-invitation-intro = Cont pentru
admin-new-password = Parolă nouă
admin-confirm-password = Repetați parola
admin-password-rules = Cel puțin 12 caractere. Merge și o frază lungă, cu spații.
admin-invitation-accept = Activați contul
admin-invitation-invalid = Acest link de invitație nu este valid: a expirat sau a fost deja folosit. Cereți o invitație nouă.
admin-password-too-short = Parola este prea scurtă: sunt necesare cel puțin 12 caractere.
admin-password-too-long = Parola este prea lungă: cel mult 256 de caractere.
admin-password-common = Această parolă este printre cele mai folosite și se ghicește ușor. Alegeți alta, de exemplu o frază.
admin-password-is-email = Parola nu poate fi adresa dumneavoastră de e-mail.
admin-password-mismatch = Cele două parole nu coincid.

## Errors
admin-error-login-title = Autentificare necesară
admin-error-login = Ca să continuați, trebuie să intrați în contul dumneavoastră.
admin-error-forbidden-title = Acces interzis
admin-error-forbidden = Această pagină este rezervată echipei de coordonare a rețelei.
admin-error-csrf = Formularul a expirat sau nu provine de pe acest site. Reîncărcați pagina și încercați din nou: nu s-a salvat nimic.
admin-error-not-found = Această pagină nu există sau nu face parte din organizațiile dumneavoastră.
admin-error-too-large = Formularul trimis este prea mare. Scurtați textele și încercați din nou.
admin-error-malformed = Formularul trimis nu poate fi citit (codificare nevalidă). Încercați din nou din browser.
admin-error-throttled-title = Prea multe încercări
admin-error-internal-title = Eroare de server
admin-error-internal = Ceva nu a funcționat pe server. Ce era deja salvat este în siguranță; încercați din nou peste puțin timp.
admin-error-document-title = Modificările nu pot fi salvate
admin-error-document = Aceste modificări ar face fișa organizației incoerentă:
admin-form-has-errors = Unele câmpuri trebuie corectate: găsiți mesajul sub fiecare dintre ele. Ce ați scris a rămas.
admin-error-required = Acest câmp este obligatoriu.
admin-error-required-italian = Textul în italiană este obligatoriu.
admin-error-italian-first = Scrieți mai întâi textul în italiană: este sursa traducerilor.
admin-error-too-long = Textul este prea lung.
admin-error-invalid = Valoare nevalidă.
admin-error-url = Scrieți o adresă web completă, care începe cu https://
admin-error-email = Scrieți o adresă de e-mail validă, de exemplu nume@exemplu.it
admin-error-email-taken = Există deja un cont cu această adresă.
admin-error-date = Scrieți data ca AAAA, AAAA-LL sau AAAA-LL-ZZ.
admin-error-day-or-month = Scrieți data ca AAAA-LL-ZZ sau AAAA-LL dacă se cunoaște doar luna.
admin-error-time = Scrieți ora ca HH:MM, de exemplu 09:30.
admin-error-end-before-start = Sfârșitul este înaintea începutului.
admin-error-choice = Alegeți una dintre opțiunile propuse.
admin-error-slug = Folosiți doar litere mici fără diacritice, cifre și cratime (de exemplu sportello-lavoro).
admin-error-slug-taken = Acest identificator este deja folosit: alegeți altul.
admin-error-lines-mismatch = Sunt necesare tot atâtea rânduri câte sunt în italiană (câte unul pentru fiecare document) sau niciunul.
admin-error-phone = Scrieți un număr de telefon: doar cifre, spații și +.
admin-error-hours = Alegeți cel puțin o zi și scrieți ora de deschidere și de închidere ca HH:MM, cu închiderea după deschidere.
admin-error-self = Nu vă puteți schimba rolul și nici nu vă puteți suspenda propriul cont.

## Dashboard
admin-your-organizations = Organizații
admin-has-draft = ciornă de publicat
admin-ending-soon = Proiecte care se încheie în următoarele 60 de zile
admin-nothing = Nimic de afișat.
admin-stale = { $count ->
    [one] O fișă neconfirmată de { $days } de zile
    [few] { $count } fișe neconfirmate de { $days } de zile
   *[other] { $count } de fișe neconfirmate de { $days } de zile
}
admin-organization = Organizație
admin-entry = Fișă
admin-last-verified = Confirmată la
admin-never-verified = niciodată confirmată
admin-create-organization = Organizație nouă
admin-create = Creați
admin-slug-hint = Identificator fix care apare în adresele web: litere mici, cifre și cratime.

## Organisation page
admin-draft-title = Modificări încă nepublicate
admin-draft-changes = { $count ->
    [one] O modificare în ciornă.
    [few] { $count } modificări în ciornă.
   *[other] { $count } de modificări în ciornă.
}
admin-see-changes = Vedeți modificările și previzualizarea
admin-publish = Publicați
admin-discard = Renunțați la ciornă
admin-no-draft = Nicio ciornă: publicul vede ce găsiți mai jos.
admin-edit-organization = Modificați datele organizației
admin-revisions = Istoricul versiunilor
admin-public-page = Pagina publică
admin-completeness = Traduceri
admin-translated = tradus
admin-confirmed = confirmat
admin-outdated = de actualizat
admin-outdated-title = { $count ->
    [0] Nicio traducere de actualizat
    [one] O traducere de actualizat
    [few] { $count } traduceri de actualizat
   *[other] { $count } de traduceri de actualizat
}
admin-outdated-intro = Textul în italiană al acestor traduceri s-a schimbat după ce au fost făcute. Deschideți-le, comparați-le cu textul în italiană de dinainte și cu cel de acum, apoi rescrieți-le sau confirmați-le.
admin-outdated-none = Toate traducerile au fost făcute după textul în italiană de acum.
admin-italian-before = Textul în italiană de dinainte (cel tradus)
admin-italian-now = Textul în italiană de acum
admin-kind-services = Servicii
admin-kind-programmes = Proiecte
admin-kind-locations = Sedii și program
admin-kind-events = Evenimente
admin-new-services = Serviciu nou
admin-new-programmes = Proiect nou
admin-new-locations = Sediu nou
admin-new-events = Eveniment nou
admin-still-accurate = Încă corectă
admin-preview = Previzualizare
admin-field = Câmp
admin-before = Înainte
admin-after = După

## Editing
admin-required = (obligatoriu)
admin-none = — niciunul —
admin-save = Salvați
admin-save-draft = Salvați ca ciornă
admin-save-publish = Salvați și publicați
admin-delete = Ștergeți
admin-delete-hint = Ștergerea intră în ciornă: devine efectivă când publicați.
admin-confirm-translation = Confirmați traducerea
admin-status-source = text original
admin-status-machine = traducere automată
admin-status-confirmed = confirmată
admin-status-missing = lipsește
admin-status-outdated = de actualizat: textul în italiană s-a schimbat
admin-length-words = { $count ->
    [one] 1 cuvânt din { $limit }
    [few] { $count } cuvinte din { $limit }
   *[other] { $count } de cuvinte din { $limit }
}
admin-length-chars = { $count ->
    [one] 1 caracter din { $limit }
    [few] { $count } caractere din { $limit }
   *[other] { $count } de caractere din { $limit }
}
admin-length-too-long = prea lung: scrieți un rând mai scurt, cu cuvinte de zi cu zi
admin-hint-date = AAAA-LL-ZZ (sau AAAA-LL, AAAA)
admin-hint-day-or-month = AAAA-LL-ZZ (sau AAAA-LL dacă se cunoaște doar luna)
admin-hint-time = HH:MM
admin-hint-one-per-line = Câte unul pe fiecare rând.
admin-field-slug = Identificator
admin-field-key = Identificator
admin-field-name = Nume
admin-field-description = Descriere
admin-field-summary = Pe scurt
admin-field-website = Site web
admin-field-email = E-mail
admin-field-phones = Telefoane
admin-field-phone = Telefon
admin-field-phone-label = Etichetă
admin-field-address = Adresă
admin-field-municipality = Localitate
admin-field-hours = Program de lucru
admin-field-hours-row = Interval orar
admin-field-opens = Se deschide la
admin-field-closes = Se închide la
admin-field-appointment-only = Doar cu programare
admin-field-hours-note = Note despre program
admin-field-in-short = Pe scurt (un rând cu cuvinte simple, cel mult 20 de cuvinte)
admin-field-district = Zonă de servicii sociale, în italiană „ambito territoriale” (când sursa nu enumeră localitățile)
admin-field-editor-note = Notă pentru cei care modifică fișele
admin-hint-editor-note = O văd doar persoanele care modifică fișele organizației, niciodată publicul: de unde vine o informație, ce nu spune sursa.
admin-field-open-on-holidays = Deschis și în zilele de sărbătoare și în ziua sfântului ocrotitor
admin-field-closures = Zile în care este închis
admin-hint-closures = Câte una pe fiecare rând: o zi (2026-12-24) sau o perioadă (2026-08-10/2026-08-21). Sărbătorile naționale și ziua sfântului ocrotitor sunt deja calculate.
admin-error-closure = Scrieți o zi AAAA-LL-ZZ sau o perioadă AAAA-LL-ZZ/AAAA-LL-ZZ (cel mult un an), cu sfârșitul după început.
admin-field-coordinates = Poziția pe hartă (latitudine, longitudine)
admin-hint-coordinates = De exemplu 45.0703, 7.5211. Pe openstreetmap.org: faceți clic dreapta pe intrare, alegeți „Arată adresa” și copiați cele două numere.
admin-error-coordinates = Scrieți latitudinea și longitudinea în grade, cu punct la zecimale, separate prin virgulă, de exemplu 45.0703, 7.5211.
admin-field-start = Început
admin-field-end = Sfârșit
admin-field-funder = Finanțator
admin-field-partners = Parteneri
admin-field-beneficiaries = Beneficiari
admin-field-municipalities = Localități
admin-field-status = Stare
admin-field-access = Cum se accesează
admin-field-programme = Proiect
admin-field-categories = Categorii
admin-field-target-groups = Pentru cine
admin-field-eligibility = Cine poate beneficia
admin-field-how-to-access = Ce trebuie să faceți
admin-field-documents = Alte acte de adus (câte unul pe fiecare rând)
admin-field-required-documents = Acte de adus, cu imagine
admin-hint-required-documents = Alegeți din listă. Scrieți celelalte acte în câmpul „Alte acte de adus”.
admin-error-nothing-needed-alone = „Nu trebuie să aduceți niciun act” nu poate fi ales împreună cu alte acte.
admin-field-who-can-go = Cine poate merge (situația legală)
admin-hint-who-can-go = Bifați doar ce spune sursa. Dacă nu spune nimic, lăsați totul gol: pagina va arăta „nu este precizat”.
admin-error-anyone-alone = „Toți, cu sau fără acte” nu poate fi ales împreună cu alte situații.
admin-field-cost = Cost
admin-field-languages = Limbi vorbite la ghișeu
admin-field-locations = Sedii
admin-field-audience = Public
admin-field-date = Dată
admin-field-end-date = Data de sfârșit
admin-field-time = Ora de început
admin-field-end-time = Ora de sfârșit
admin-field-place = Loc
admin-field-location = Sediu
admin-audience-public = Deschis tuturor
admin-audience-professionals = Pentru profesioniști din domeniu

## Conflicts
admin-conflict-title = Altcineva a salvat între timp această fișă
admin-conflict-text = Versiunea dumneavoastră nu a fost salvată, ca să nu o ștergem pe a celeilalte persoane. Comparați cele două versiuni: formularul de mai jos conține ce ați scris dumneavoastră; dacă îl salvați, înlocuiți versiunea celeilalte persoane.
admin-conflict-columns = Coloana „Înainte”: versiunea salvată de cealaltă persoană. Coloana „După”: versiunea dumneavoastră.
admin-conflict-take-theirs = Renunțați la modificările dumneavoastră și deschideți versiunea salvată

## Notices after an action
admin-done-saved = Salvat în ciornă. Publicul va vedea modificarea când publicați.
admin-done-published = Publicat: este deja vizibil și poate fi găsit prin căutare.
admin-done-discarded = Ciorna a fost eliminată.
admin-done-verified = Marcată ca încă corectă.
admin-done-restored = Versiunea aleasă este acum ciorna: verificați-o și publicați-o.
admin-done-deleted = Ștearsă în ciornă. Publicați pentru ca ștergerea să devină efectivă.
admin-done-created = Organizație creată.
admin-done-confirmed = Traducere confirmată (în ciornă).
admin-done-nothing = Nu este nimic de publicat.

## Revisions
admin-revision = Versiune
admin-revision-title = Versiunea nr. { $id }
admin-when = Când
admin-what = Ce
admin-who = Cine
admin-detail = Detalii
admin-entries-changed = Fișe modificate
admin-restore = Restaurați această versiune
admin-restore-hint = Dacă o restaurați, această versiune devine ciorna: o puteți previzualiza și apoi publica.
admin-revision-import = importată din fișierele de conținut
admin-revision-draft = ciornă
admin-revision-publish = publicată
admin-revision-restore = restaurată
admin-revision-discard = ciornă eliminată

## People
admin-invite = Invitați o persoană
admin-invite-send = Creați invitația
admin-invite-created = Invitație creată. Trimiteți acest link persoanei: poate fi folosit o singură dată.
admin-invite-expires =
    Linkul expiră { $hours ->
        [one] peste o oră
        [few] în { $hours } ore
       *[other] în { $hours } de ore
    }.
admin-invited = (invitată, încă neactivă)
admin-role = Rol
admin-role-editor = Redacție (doar organizațiile proprii)
admin-role-coordinator = Coordonare (toată rețeaua)
admin-active = Poate intra
admin-memberships = Organizații

## Audit log
admin-older = Mai vechi
admin-audit-login = autentificare
admin-audit-login-failed = autentificare nereușită
admin-audit-login-throttled = autentificare blocată (prea multe încercări)
admin-audit-logout = ieșire
admin-audit-logout-everywhere = ieșire de pe toate dispozitivele
admin-audit-invitation-accepted = invitație acceptată
admin-audit-invite = invitație
admin-audit-create-account = cont creat din linia de comandă
admin-audit-update-account = rol sau organizații modificate
admin-audit-create-organization = organizație creată
admin-audit-save-draft = ciornă salvată
admin-audit-publish = publicare
admin-audit-import-hsds = import Open Referral (HSDS)
admin-audit-restore = versiune restaurată
admin-audit-discard-draft = ciornă eliminată
admin-audit-verify = confirmată ca încă corectă

## Unmet needs
admin-needs-intro =
    { $days ->
        [one] Căutările din ultima zi
        [few] Căutările din ultimele { $days } zile
       *[other] Căutările din ultimele { $days } de zile
    }, numărate pe zi, limbă și text căutat. Nicio adresă, nicio sesiune, nicio dată personală; o căutare apare doar dacă a fost făcută de cel puțin { $min ->
        [one] o dată
        [few] { $min } ori
       *[other] { $min } de ori
    }. Numărătorile se șterg după { $retention ->
        [one] o zi
        [few] { $retention } zile
       *[other] { $retention } de zile
    }.
admin-days = Zile
admin-show = Afișați
admin-per-day = Căutări pe zi
admin-day = Zi
admin-language = Limbă
admin-searches = Căutări
admin-zero-results = Fără rezultate
admin-query = Text căutat
admin-top-zero = Căutat și negăsit
admin-top-queries = Cele mai frecvente căutări
