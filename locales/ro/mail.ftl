# E-mails to the partners' editors (only when the deployment has an SMTP server): the
# daily digest and the one-time links. Plain text; links are added by the code.
digest-subject = Portineria: ce trebuie verificat pentru { $organization }
digest-greeting = Bună ziua, iată ce are nevoie de atenție astăzi în fișele organizației { $organization } pe Portineria.
digest-reports = Semnalări de la vizitatori, încă deschise:
digest-report-line = { $service }: { $count ->
        [one] o semnalare deschisă
        [few] { $count } semnalări deschise
       *[other] { $count } de semnalări deschise
    }
digest-reports-link = Citiți-le și marcați-le ca rezolvate aici: { $link }
digest-stale =
    Fișe pe care nimeni nu le-a confirmat de mai mult de { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }:
digest-stale-link = Verificați-le și confirmați aici că sunt încă corecte: { $link }
digest-ending = Proiecte care se încheie în curând:
digest-ending-line = { $programme }: se încheie pe { $date }
digest-footer = Primiți acest e-mail pentru că modificați fișele organizației { $organization } pe Portineria. Se trimite doar în zilele în care este ceva de verificat.
mail-invitation-subject = Portineria: invitația dumneavoastră
mail-invitation-body =
    Ați primit o invitație să modificați fișele pe Portineria. Deschideți acest link ca să vă alegeți parola. Linkul este valabil { $hours ->
        [one] o oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    } și poate fi folosit o singură dată.
mail-reset-subject = Portineria: alegeți o parolă nouă
mail-reset-body =
    Deschideți acest link ca să alegeți o parolă nouă pentru Portineria. Linkul este valabil { $hours ->
        [one] o oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    } și poate fi folosit o singură dată.
mail-ignore = Dacă nu așteptați acest e-mail, ignorați-l: nimeni nu poate intra fără să deschidă linkul.
