# Accounts: password change and reset, two-step login (admin area).

## Your account
admin-nav-account = Contul dumneavoastră
admin-account-title = Contul dumneavoastră
admin-account-email = Cont: { $email }
admin-change-password = Schimbați parola
admin-current-password = Parola actuală
admin-current-password-wrong = Parola actuală nu este corectă.
admin-password-changed = Parola a fost schimbată. Celelalte sesiuni deschise cu acest cont au fost închise.

## Two-step login: enrolment
admin-mfa-title = Verificare în doi pași
admin-mfa-intro = Pe lângă parolă, ca să intrați aveți nevoie de un cod de 6 cifre, generat de o aplicație de autentificare de pe telefon, care se schimbă la fiecare 30 de secunde.
admin-mfa-on = Activă
admin-mfa-off = Inactivă
admin-mfa-required = Pentru rolul dumneavoastră, verificarea în doi pași este obligatorie. Activați-o ca să puteți continua.
admin-mfa-start = Activați verificarea în doi pași
admin-mfa-scan = Deschideți o aplicație de autentificare (de exemplu FreeOTP, Aegis sau Google Authenticator) și scanați acest cod QR.
admin-mfa-key = Dacă nu îl puteți scana, scrieți această cheie în aplicație:
admin-mfa-qr-label = Cod QR pentru aplicația de autentificare
admin-mfa-code = Cod de 6 cifre
admin-mfa-code-hint = Codul pe care îl arată aplicația acum.
admin-mfa-confirm = Activați
admin-mfa-wrong-code = Codul nu este corect. Verificați dacă ora de pe telefon este exactă și încercați din nou cu codul nou.
admin-mfa-enabled = Verificarea în doi pași a fost activată.
admin-recovery-title = Coduri de recuperare
admin-recovery-text = Dacă pierdeți telefonul, puteți intra cu unul dintre aceste coduri în locul codului din aplicație. Fiecare cod poate fi folosit o singură dată. Păstrați-le într-un loc sigur (tipăriți-le sau notați-le): nu le veți mai vedea.
admin-recovery-saved = Am păstrat codurile
admin-recovery-left = Coduri de recuperare încă valabile: { $count }

## Two-step login: the second step of a login
admin-login-code-title = Verificare în doi pași
admin-login-code-text = Scrieți codul de 6 cifre pe care îl vedeți acum în aplicația de autentificare.
admin-login-code = Cod
admin-login-code-hint = Ați pierdut telefonul? Scrieți unul dintre codurile de recuperare.
admin-login-code-submit = Continuați
admin-login-code-wrong = Cod nevalid.
admin-login-code-expired = Timpul pentru introducerea codului a expirat. Intrați din nou cu e-mailul și parola.

## Password reset links and two-step reset (coordination)
admin-reset-link = Creați un link pentru schimbarea parolei
admin-reset-link-created = Linkul cu care se poate alege o parolă nouă pentru contul { $email }. Transmiteți-l persoanei: este valabil 72 de ore și poate fi folosit o singură dată. Când persoana îl folosește, sesiunile deschise ale contului se închid.
admin-link-emailed = Linkul a fost trimis și prin e-mail la { $email }.
admin-link-email-failed = E-mailul către { $email } nu a putut fi trimis: transmiteți dumneavoastră linkul persoanei.
admin-email-link = Trimiteți linkul și prin e-mail persoanei
admin-reset-title = Alegeți o parolă nouă
admin-reset-intro = Parolă nouă pentru
admin-reset-accept = Salvați parola nouă
admin-reset-invalid = Acest link nu este valid: a expirat sau a fost deja folosit. Cereți un link nou echipei de coordonare a rețelei.
admin-mfa-reset = Resetați verificarea în doi pași
admin-mfa-reset-done = Verificarea în doi pași a fost resetată pentru contul { $email }. La următoarea autentificare, persoana va trebui să o activeze din nou (dacă este obligatorie pentru rolul său).
admin-people-mfa = Verificare în doi pași

## Errors
admin-error-busy-title = Server ocupat
admin-error-busy = Serverul este foarte ocupat în acest moment. Încercați din nou peste câteva secunde.
admin-email-too-long = Adresa de e-mail este prea lungă (cel mult 254 de caractere).
admin-draft-moved-title = Ciorna s-a schimbat
admin-draft-moved = În timp ce vă uitați la ciornă, altcineva a modificat-o. Nu s-a publicat nimic. Verificați modificările actuale și publicați din nou dacă sunt în regulă.
admin-slug-in-draft = Acest identificator este deja folosit în ciorna altei organizații.

## Audit log
admin-audit-password-changed = parolă schimbată
admin-audit-reset-link = link creat pentru o parolă nouă
admin-audit-password-reset = parolă schimbată printr-un link
admin-audit-password-reset-cli = parolă schimbată din linia de comandă
admin-audit-mfa-enabled = verificare în doi pași activată
admin-audit-mfa-reset = verificare în doi pași resetată
admin-audit-mfa-reset-cli = verificare în doi pași resetată din linia de comandă
admin-audit-login-code-failed = cod nevalid la verificarea în doi pași
admin-audit-recovery-code-used = autentificare cu un cod de recuperare
