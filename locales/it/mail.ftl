# E-mails to the partners' editors (only when the deployment has an SMTP server): the
# daily digest and the one-time links. Plain text; links are added by the code.
digest-subject = Portineria: cosa controllare per { $organization }
digest-greeting = Buongiorno, ecco cosa chiede attenzione oggi nelle schede di { $organization } su Portineria.
digest-reports = Segnalazioni dei visitatori ancora aperte:
digest-report-line = { $service }: { $count ->
        [one] una segnalazione aperta
       *[other] { $count } segnalazioni aperte
    }
digest-reports-link = Leggile e segnalale come gestite qui: { $link }
digest-stale = Schede che nessuno conferma da più di { $days } giorni:
digest-stale-link = Controllale e conferma che sono giuste qui: { $link }
digest-ending = Progetti che finiscono presto:
digest-ending-line = { $programme }: finisce il { $date }
digest-footer = Ricevi questa e-mail perché modifichi le schede di { $organization } su Portineria. Arriva solo nei giorni in cui c'è qualcosa da controllare.
mail-invitation-subject = Portineria: il tuo invito
mail-invitation-body = Sei stato invitato a modificare le schede su Portineria. Apri questo link per scegliere la tua password. Il link vale { $hours } ore e si usa una volta sola.
mail-reset-subject = Portineria: scegli una nuova password
mail-reset-body = Apri questo link per scegliere una nuova password per Portineria. Il link vale { $hours } ore e si usa una volta sola.
mail-ignore = Se non aspettavi questa e-mail, ignorala: nessuno può entrare senza aprire il link.
