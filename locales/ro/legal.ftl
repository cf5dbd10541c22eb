## Urgent help (footer of every page, kiosk), privacy notice and accessibility statement.

urgent-heading = Ajutor urgent
urgent-emergency = Urgențe: ambulanță, poliție, pompieri. Gratuit, zi și noapte.
urgent-violence = Violență și hărțuire (stalking) împotriva femeilor: ajutor gratuit, zi și noapte, și în alte limbi.
urgent-trafficking = Trafic de persoane și exploatare: ajutor gratuit și anonim, zi și noapte, în multe limbi.

legal-links = Informații legale
legal-updated = Ultima actualizare: { $date }.
legal-controller-missing = Cei care administrează acest site nu au scris încă cine este operatorul datelor (cel care răspunde de datele personale). Pentru orice întrebare, întrebați la ghișeul punctului de primire.

## Privacy notice (GDPR art. 13)
privacy-title = Informare despre datele personale
privacy-intro = Această pagină explică ce date personale folosește Portineria, de ce, pentru cât timp și care sunt drepturile dumneavoastră (articolul 13 din Regulamentul european 2016/679, GDPR).
privacy-controller-heading = Cine răspunde de date
privacy-controller = Operatorul datelor (cel care răspunde de ele) este { $name }, { $address }. Pentru orice întrebare despre datele dumneavoastră, scrieți la { $email }.
privacy-dpo = Responsabilul cu protecția datelor: { $email }.
privacy-public-heading = Cine caută un serviciu
privacy-public = Ca să căutați, nu aveți nevoie de un cont. Nu salvăm cine sunteți, nici adresa de internet a dispozitivului dumneavoastră, nici numărul dumneavoastră de telefon.
privacy-search-counts =
    Numărăm cuvintele căutate doar ca total pe zi, fără să știm cine le-a scris, ca să vedem ce servicii lipsesc. Aceste numărători se șterg după { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }.
privacy-kiosk =
    Ecranul punctului de primire nu salvează nimic: dacă nimeni nu îl atinge timp de { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    }, șterge căutarea și revine la început.
privacy-cookies-heading = Cookie-uri
privacy-cookies-intro = Portineria folosește doar cookie-uri tehnice, necesare ca site-ul să funcționeze. Nu folosește cookie-uri pentru reclame sau statistici și nu încarcă servicii ale altor firme. De aceea nu vă cere acordul.
privacy-cookie-language = ține minte limba aleasă, timp de un an. Conține doar codul limbii.
privacy-cookie-session =
    ține deschisă sesiunea celor care actualizează fișele în zona partenerilor. Se încheie după { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } fără activitate și, în orice caz, după { $hours ->
        [one] o oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    }.
privacy-cookie-login = protejează de cereri false formularul de autentificare din zona partenerilor. Se încheie când închideți browserul.
privacy-cookie-admin-language = ține minte limba aleasă în zona partenerilor. Se încheie când închideți browserul.
privacy-cookie-second-factor = ține minte, între parolă și codul de verificare, că parola a fost corectă. Se încheie când închideți browserul.
privacy-partners-heading = Cine lucrează pentru organizațiile partenere
privacy-partners = Pentru persoanele care actualizează fișele în zona partenerilor folosim: numele, e-mailul, organizația, rolul, parola (salvată doar în formă criptată, pe care nimeni nu o poate citi), cheia pentru verificarea în doi pași și jurnalul de activitate (cine a schimbat ce).
privacy-audit =
    Jurnalul de activitate, cu modificările și autentificările, se șterge după { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }.
privacy-purposes-heading = De ce folosim aceste date
privacy-purposes = Folosim aceste date doar ca să publicăm informațiile despre serviciile din zonă, o sarcină de interes public (articolul 6, alineatul 1, litera „e” din GDPR), și ca să păstrăm în siguranță zona partenerilor. Nu le folosim pentru nimic altceva și nu luăm decizii automate despre oameni.
privacy-recipients-heading = Cui ajung datele
privacy-recipients = Nu dăm datele altora și nu le trimitem în afara Uniunii Europene. Cel care găzduiește site-ul le păstrează în numele nostru, cu un contract care îl obligă să le protejeze.
privacy-rights-heading = Drepturile dumneavoastră
privacy-rights = Puteți cere să vă vedeți datele, să fie corectate sau șterse, să fie limitată folosirea lor, să vă opuneți folosirii lor și să le primiți într-un format pe care un calculator îl poate citi (articolele de la 15 la 22 din GDPR). Scrieți la { $email }.
privacy-rights-desk = Puteți cere să vă vedeți datele, să fie corectate sau șterse, să fie limitată folosirea lor, să vă opuneți folosirii lor și să le primiți într-un format pe care un calculator îl poate citi (articolele de la 15 la 22 din GDPR). Întrebați la ghișeul punctului de primire.
privacy-complaint = Puteți face și o plângere la Garante per la protezione dei dati personali (autoritatea italiană pentru protecția datelor, www.garanteprivacy.it).

## Accessibility statement (AgID model)
accessibility-title = Declarație de accesibilitate
accessibility-intro = { $name } vrea ca acest site să fie ușor de folosit pentru toți oamenii, inclusiv pentru persoanele cu dizabilități, așa cum cer legea italiană nr. 4/2004 și ghidurile AgID (agenția statului italian pentru digital).
accessibility-status-heading = Cât de accesibil este site-ul
accessibility-status-full = Site-ul respectă standardul WCAG 2.1, nivelul AA.
accessibility-status-partial = Site-ul respectă în parte standardul WCAG 2.1, nivelul AA: excepțiile sunt scrise mai jos.
accessibility-status-none = Site-ul nu respectă încă standardul WCAG 2.1, nivelul AA: obstacolele cunoscute sunt scrise mai jos.
accessibility-limits-heading = Ce nu este încă accesibil
accessibility-limit-translations = Unele traduceri sunt automate și încă nu au fost verificate de o organizație: pot fi greu de înțeles. Sunt marcate pe pagină.
accessibility-limit-partner-texts = Unele texte scrise de organizațiile partenere folosesc cuvinte greu de înțeles. Le simplificăm împreună cu organizațiile.
accessibility-limit-qr = Codurile QR de pe fișele tipărite nu pot fi citite de cine nu vede: sub fiecare cod este scrisă și adresa paginii.
accessibility-method-heading = Cum am verificat
accessibility-method = Site-ul a fost verificat la { $date } de echipa care îl dezvoltă: cu teste automate (axe-core) în cele cinci limbi, cu teste folosind doar tastatura și cu teste cu un cititor de ecran.
accessibility-feedback-heading = Semnalează un obstacol
accessibility-feedback = Dacă găsiți o parte a site-ului pe care nu o puteți folosi, scrieți la { $email }: răspundem în cel mult 30 de zile.
accessibility-feedback-desk = Dacă găsiți o parte a site-ului pe care nu o puteți folosi, spuneți asta la ghișeul punctului de primire: răspundem în cel mult 30 de zile.
accessibility-enforcement-heading = Dacă nu primiți răspuns
accessibility-enforcement = Dacă nu primiți răspuns în 30 de zile sau răspunsul nu vă mulțumește, puteți semnala problema la Difensore civico per il digitale de la AgID (un fel de Avocat al Poporului pentru digital, www.agid.gov.it).
