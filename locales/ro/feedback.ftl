## Feedback on a service's page (public site, kiosk, mediator) and the partners' queue.

feedback-heading = V-a fost utilă această pagină?
feedback-kind-useful = Da
feedback-kind-not-useful = Nu
feedback-report = Ceva nu e în regulă? Atingeți ce s-a întâmplat:
feedback-note-add = Doriți să scrieți ceva? (nu e obligatoriu)
feedback-note-label = Mesajul dumneavoastră
feedback-note-hint = Numărul maxim de caractere: { $max }. Nu scrieți nume, numere de telefon sau adrese de e-mail. Apoi atingeți ce s-a întâmplat.
feedback-kind-closed = Este închis sau s-a mutat la altă adresă
feedback-kind-no-answer = Nu răspunde nimeni la telefon
feedback-kind-no-help = Nu m-au ajutat
feedback-kind-language = Acolo nu se vorbește limba mea
feedback-kind-wrong = Este o greșeală pe această pagină
feedback-status-thanks = Mulțumim! Organizația care oferă serviciul vă va citi răspunsul.
feedback-status-already = Ați trimis deja acest răspuns pentru acest serviciu. Mulțumim!
feedback-status-wait = Am primit prea multe răspunsuri de aici. Încercați din nou peste o oră.
feedback-status-full = Astăzi am primit prea multe răspunsuri. Spuneți asta la ghișeul punctului de primire.
feedback-status-invalid = Acest răspuns nu poate fi salvat. Întoarceți-vă la pagina serviciului și încercați din nou.
feedback-status-unavailable = Acum nu putem salva răspunsul. Încercați din nou peste puțin timp.
privacy-feedback =
    Când ne spuneți dacă o pagină v-a fost utilă sau ne semnalați o problemă, salvăm doar răspunsul, limba paginii și cuvintele pe care le scrieți, fără să știm cine sunteți. Înainte să le salvăm, ascundem numerele de telefon și adresele de e-mail scrise în text. Ca să-i oprim pe cei care trimit prea multe răspunsuri, păstrăm timp de o oră doar o formă criptată (hash) a adresei de internet. Răspunsurile se șterg după { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }; semnalările de probleme, la { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după ce organizația le-a rezolvat.

## The partners' queue (admin area)
admin-nav-feedback = Semnalări
admin-feedback-intro =
    Ce spun despre serviciile dumneavoastră mediatorii și oamenii care folosesc site-ul și ecranul punctului de primire. Semnalări deschise: { $open }. Răspunsurile „util: da / nu” sunt numărate pentru { $days ->
        [one] ultima zi
        [few] ultimele { $days } zile
       *[other] ultimele { $days } de zile
    }. Când ați verificat o semnalare (și ați corectat fișa, dacă e nevoie), marcați-o ca rezolvată.
admin-feedback-handled = Marcați ca rezolvată
admin-feedback-open =
    { $count ->
        [0] Niciun serviciu nu are semnalări deschise
        [one] Un serviciu are semnalări deschise
        [few] { $count } servicii au semnalări deschise
       *[other] { $count } de servicii au semnalări deschise
    }
admin-feedback-open-reports = Semnalări deschise
admin-done-handled = Semnalare rezolvată.
admin-done-already-handled = Această semnalare fusese deja rezolvată de altă persoană.
admin-audit-feedback-handled = Semnalare rezolvată
