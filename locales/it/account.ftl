# Accounts: password change and reset, two-step login (admin area).

## Your account
admin-nav-account = Il tuo account
admin-account-title = Il tuo account
admin-account-email = Account: { $email }
admin-change-password = Cambia password
admin-current-password = Password attuale
admin-current-password-wrong = La password attuale non è giusta.
admin-password-changed = Password cambiata. Le altre sessioni aperte con questo account sono state chiuse.

## Two-step login: enrolment
admin-mfa-title = Verifica in due passaggi
admin-mfa-intro = Oltre alla password, per entrare serve un codice di 6 cifre che un'app di autenticazione sul telefono cambia ogni 30 secondi.
admin-mfa-on = Attiva
admin-mfa-off = Non attiva
admin-mfa-required = Per il tuo ruolo la verifica in due passaggi è obbligatoria. Attivala per continuare.
admin-mfa-start = Attiva la verifica in due passaggi
admin-mfa-scan = Apri un'app di autenticazione (per esempio FreeOTP, Aegis o Google Authenticator) e inquadra questo codice QR.
admin-mfa-key = Se non puoi inquadrarlo, scrivi questa chiave nell'app:
admin-mfa-qr-label = Codice QR per l'app di autenticazione
admin-mfa-code = Codice di 6 cifre
admin-mfa-code-hint = Il codice che l'app mostra adesso.
admin-mfa-confirm = Attiva
admin-mfa-wrong-code = Il codice non è giusto. Controlla che l'ora del telefono sia esatta e riprova con il codice nuovo.
admin-mfa-enabled = Verifica in due passaggi attivata.
admin-recovery-title = Codici di recupero
admin-recovery-text = Se perdi il telefono puoi entrare con uno di questi codici al posto del codice dell'app. Ognuno vale una volta sola. Conservali in un posto sicuro (stampali o scrivili): non li vedrai più.
admin-recovery-saved = Ho conservato i codici
admin-recovery-left = Codici di recupero ancora validi: { $count }

## Two-step login: the second step of a login
admin-login-code-title = Verifica in due passaggi
admin-login-code-text = Scrivi il codice di 6 cifre che vedi adesso nell'app di autenticazione.
admin-login-code = Codice
admin-login-code-hint = Hai perso il telefono? Scrivi uno dei codici di recupero.
admin-login-code-submit = Continua
admin-login-code-wrong = Codice non valido.
admin-login-code-expired = Il tempo per scrivere il codice è finito. Entra di nuovo con e-mail e password.

## Password reset links and two-step reset (coordination)
admin-reset-link = Crea un link per cambiare la password
admin-reset-link-created = Link per scegliere una nuova password per { $email }. Consegnalo alla persona: vale 72 ore e una volta sola. Quando lo usa, le sue sessioni aperte vengono chiuse.
admin-link-emailed = Il link è stato inviato anche per e-mail a { $email }.
admin-link-email-failed = Non è stato possibile inviare l'e-mail a { $email }: consegna tu il link.
admin-email-link = Invia il link anche per e-mail alla persona
admin-reset-title = Scegli una nuova password
admin-reset-intro = Nuova password per
admin-reset-accept = Salva la nuova password
admin-reset-invalid = Questo link non è valido: è scaduto o è già stato usato. Chiedi un nuovo link al coordinamento.
admin-mfa-reset = Azzera la verifica in due passaggi
admin-mfa-reset-done = Verifica in due passaggi azzerata per { $email }. Al prossimo accesso dovrà attivarla di nuovo (se è obbligatoria per il suo ruolo).
admin-people-mfa = Due passaggi

## Errors
admin-error-busy-title = Server occupato
admin-error-busy = Il server è molto occupato in questo momento. Riprova tra qualche secondo.
admin-email-too-long = L'indirizzo e-mail è troppo lungo (al massimo 254 caratteri).
admin-draft-moved-title = La bozza è cambiata
admin-draft-moved = Mentre guardavi la bozza, qualcun altro l'ha modificata. Niente è stato pubblicato. Controlla le modifiche di adesso e pubblica di nuovo se vanno bene.
admin-slug-in-draft = Questo identificativo è già usato nella bozza di un'altra organizzazione.

## Audit log
admin-audit-password-changed = password cambiata
admin-audit-reset-link = link per nuova password creato
admin-audit-password-reset = password cambiata con un link
admin-audit-password-reset-cli = password cambiata da riga di comando
admin-audit-mfa-enabled = verifica in due passaggi attivata
admin-audit-mfa-reset = verifica in due passaggi azzerata
admin-audit-mfa-reset-cli = verifica in due passaggi azzerata da riga di comando
admin-audit-login-code-failed = codice della verifica in due passaggi non valido
admin-audit-recovery-code-used = accesso con un codice di recupero
