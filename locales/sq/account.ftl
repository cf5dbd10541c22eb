# Accounts: password change and reset, two-step login (admin area).

## Your account
admin-nav-account = Llogaria jote
admin-account-title = Llogaria jote
admin-account-email = Llogaria: { $email }
admin-change-password = Ndrysho fjalëkalimin
admin-current-password = Fjalëkalimi aktual
admin-current-password-wrong = Fjalëkalimi aktual nuk është i saktë.
admin-password-changed = Fjalëkalimi u ndryshua. Seancat e tjera të hapura me këtë llogari u mbyllën.

## Two-step login: enrolment
admin-mfa-title = Verifikimi me dy hapa
admin-mfa-intro = Përveç fjalëkalimit, për të hyrë të duhet një kod me 6 shifra, të cilin një aplikacion autentifikimi në telefon e ndryshon çdo 30 sekonda.
admin-mfa-on = Aktiv
admin-mfa-off = Joaktiv
admin-mfa-required = Për rolin tënd, verifikimi me dy hapa është i detyrueshëm. Aktivizoje për të vazhduar.
admin-mfa-start = Aktivizo verifikimin me dy hapa
admin-mfa-scan = Hap një aplikacion autentifikimi (për shembull FreeOTP, Aegis ose Google Authenticator) dhe skano këtë kod QR.
admin-mfa-key = Nëse nuk mund ta skanosh, shkruaje këtë çelës në aplikacion:
admin-mfa-qr-label = Kod QR për aplikacionin e autentifikimit
admin-mfa-code = Kodi me 6 shifra
admin-mfa-code-hint = Kodi që shfaq aplikacioni tani.
admin-mfa-confirm = Aktivizo
admin-mfa-wrong-code = Kodi nuk është i saktë. Kontrollo që ora e telefonit të jetë e saktë dhe provo përsëri me kodin e ri.
admin-mfa-enabled = Verifikimi me dy hapa u aktivizua.
admin-recovery-title = Kodet e rikuperimit
admin-recovery-text = Nëse e humbet telefonin, mund të hysh me një nga këto kode në vend të kodit të aplikacionit. Secili kod vlen vetëm një herë. Ruaji në një vend të sigurt (printoji ose shkruaji në letër): nuk do t'i shohësh më.
admin-recovery-saved = I kam ruajtur kodet
admin-recovery-left = Kode rikuperimi ende të vlefshme: { $count }

## Two-step login: the second step of a login
admin-login-code-title = Verifikimi me dy hapa
admin-login-code-text = Shkruaj kodin me 6 shifra që sheh tani në aplikacionin e autentifikimit.
admin-login-code = Kodi
admin-login-code-hint = E ke humbur telefonin? Shkruaj një nga kodet e rikuperimit.
admin-login-code-submit = Vazhdo
admin-login-code-wrong = Kod i pavlefshëm.
admin-login-code-expired = Koha për të shkruar kodin mbaroi. Hyr përsëri me e-mailin dhe fjalëkalimin.

## Password reset links and two-step reset (coordination)
admin-reset-link = Krijo një lidhje për të ndryshuar fjalëkalimin
admin-reset-link-created = Lidhja për të zgjedhur një fjalëkalim të ri për { $email }. Jepja personit: është e vlefshme për 72 orë dhe mund të përdoret vetëm një herë. Kur të përdoret, seancat e hapura të kësaj llogarie mbyllen.
admin-link-emailed = Lidhja u dërgua edhe me e-mail te { $email }.
admin-link-email-failed = Nuk ishte e mundur të dërgohej e-maili te { $email }: jepja vetë lidhjen personit.
admin-email-link = Dërgoja lidhjen personit edhe me e-mail
admin-reset-title = Zgjidh një fjalëkalim të ri
admin-reset-intro = Fjalëkalim i ri për
admin-reset-accept = Ruaj fjalëkalimin e ri
admin-reset-invalid = Kjo lidhje nuk është e vlefshme: ka skaduar ose është përdorur tashmë. Kërkoji një lidhje të re ekipit të koordinimit të rrjetit.
admin-mfa-reset = Rivendos verifikimin me dy hapa
admin-mfa-reset-done = Verifikimi me dy hapa u rivendos për { $email }. Në hyrjen e ardhshme do të duhet ta aktivizojë përsëri (nëse është i detyrueshëm për rolin që ka).
admin-people-mfa = Verifikimi me dy hapa

## Errors
admin-error-busy-title = Serveri është i zënë
admin-error-busy = Serveri është shumë i zënë në këtë moment. Provo përsëri pas disa sekondash.
admin-email-too-long = Adresa e e-mailit është shumë e gjatë (jo më shumë se 254 karaktere).
admin-draft-moved-title = Drafti ka ndryshuar
admin-draft-moved = Ndërsa po e shikoje draftin, dikush tjetër e ndryshoi. Nuk u publikua asgjë. Kontrollo ndryshimet e tanishme dhe publiko përsëri nëse janë në rregull.
admin-slug-in-draft = Ky identifikues përdoret tashmë në draftin e një organizate tjetër.

## Audit log
admin-audit-password-changed = fjalëkalim i ndryshuar
admin-audit-reset-link = lidhje e krijuar për fjalëkalim të ri
admin-audit-password-reset = fjalëkalim i ndryshuar përmes lidhjes
admin-audit-password-reset-cli = fjalëkalim i ndryshuar nga rreshti i komandave
admin-audit-mfa-enabled = verifikim me dy hapa i aktivizuar
admin-audit-mfa-reset = verifikim me dy hapa i rivendosur
admin-audit-mfa-reset-cli = verifikim me dy hapa i rivendosur nga rreshti i komandave
admin-audit-login-code-failed = kod i pavlefshëm i verifikimit me dy hapa
admin-audit-recovery-code-used = hyrje me kod rikuperimi
