# E-mails to the partners' editors (only when the deployment has an SMTP server): the
# daily digest and the one-time links. Plain text; links are added by the code.
digest-subject = Portineria: çfarë duhet kontrolluar për { $organization }
digest-greeting = Mirëdita, ja çfarë kërkon vëmendje sot në skedat e organizatës { $organization } në Portineria.
digest-reports = Raportime nga vizitorët që janë ende të hapura:
digest-report-line = { $service }: { $count ->
        [one] një raportim i hapur
       *[other] { $count } raportime të hapura
    }
digest-reports-link = Lexoji dhe shënoji si të trajtuara këtu: { $link }
digest-stale =
    Skeda që askush nuk i ka konfirmuar prej më shumë se { $days ->
        [one] një dite
       *[other] { $days } ditësh
    }:
digest-stale-link = Kontrolloji dhe konfirmo këtu që janë ende të sakta: { $link }
digest-ending = Projekte që mbarojnë së shpejti:
digest-ending-line = { $programme }: mbaron më { $date }
digest-footer = E merr këtë e-mail sepse ndryshon skedat e organizatës { $organization } në Portineria. Vjen vetëm në ditët kur ka diçka për të kontrolluar.
mail-invitation-subject = Portineria: ftesa jote
mail-invitation-body = Je ftuar të ndryshosh skedat në Portineria. Hape këtë lidhje për të zgjedhur fjalëkalimin tënd. Lidhja është e vlefshme për { $hours } orë dhe përdoret vetëm një herë.
mail-reset-subject = Portineria: zgjidh një fjalëkalim të ri
mail-reset-body = Hape këtë lidhje për të zgjedhur një fjalëkalim të ri për Portineria. Lidhja është e vlefshme për { $hours } orë dhe përdoret vetëm një herë.
mail-ignore = Nëse nuk e prisje këtë e-mail, shpërfille: askush nuk mund të hyjë pa e hapur lidhjen.
