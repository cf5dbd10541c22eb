## Feedback on a service's page (public site, kiosk, mediator) and the partners' queue.

feedback-heading = Questa pagina ti è stata utile?
feedback-kind-useful = Sì
feedback-kind-not-useful = No
feedback-report = Qualcosa non va? Tocca che cosa è successo:
feedback-note-add = Vuoi scrivere qualcosa? (se vuoi)
feedback-note-label = Le tue parole
feedback-note-hint = Al massimo { $max } caratteri. Non scrivere nomi, numeri di telefono o e-mail. Poi tocca che cosa è successo.
feedback-kind-closed = È chiuso o ha cambiato indirizzo
feedback-kind-no-answer = Nessuno risponde al telefono
feedback-kind-no-help = Non mi hanno aiutato
feedback-kind-language = Non parlano la mia lingua
feedback-kind-wrong = C'è un errore in questa pagina
feedback-status-thanks = Grazie! L'ente che offre il servizio leggerà la tua risposta.
feedback-status-already = Hai già mandato questa risposta per questo servizio. Grazie!
feedback-status-wait = Sono arrivate troppe risposte da qui. Riprova tra un'ora.
feedback-status-full = Oggi sono arrivate troppe risposte. Dillo allo sportello della portineria.
feedback-status-invalid = Questa risposta non si può salvare. Torna alla pagina del servizio e riprova.
feedback-status-unavailable = Ora non riusciamo a salvare la risposta. Riprova tra poco.
privacy-feedback = Se dici se una pagina ti è stata utile o segnali un problema, salviamo solo la risposta, la lingua della pagina e le parole che scrivi, senza sapere chi sei. Prima di salvarle nascondiamo i numeri di telefono e gli indirizzi e-mail scritti nel testo. Per fermare chi manda troppe risposte teniamo per un'ora solo una forma cifrata (hash) dell'indirizzo internet. Le risposte sono cancellate dopo { $days } giorni; le segnalazioni di problemi { $days } giorni dopo che l'ente le ha gestite.

## The partners' queue (admin area)
admin-nav-feedback = Segnalazioni
admin-feedback-intro = Che cosa dicono dei vostri servizi le persone che usano il sito, lo schermo della portineria e i mediatori. Segnalazioni aperte: { $open }. Le risposte «utile: sì / no» sono contate sugli ultimi { $days } giorni. Quando hai controllato una segnalazione (e corretto la scheda, se serve), segnala che è gestita.
admin-feedback-handled = Segna come gestita
admin-feedback-open =
    { $count ->
        [0] Nessun servizio ha segnalazioni aperte
        [one] Un servizio ha segnalazioni aperte
       *[other] { $count } servizi hanno segnalazioni aperte
    }
admin-feedback-open-reports = Segnalazioni aperte
admin-done-handled = Segnalazione gestita.
admin-done-already-handled = Questa segnalazione era già stata gestita da un'altra persona.
admin-audit-feedback-handled = Segnalazione gestita
