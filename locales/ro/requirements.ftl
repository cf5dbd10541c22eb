# What to bring (a checklist with a picture for each document) and who can go, by legal
# situation: on the service page, the kiosk, the mediator's desk and the slip.
document-passport-or-id = Pașaport sau carte de identitate
document-residence-permit = Permis de ședere
document-permit-receipt = Chitanța cererii de permis de ședere
document-tax-code = Cod fiscal
document-health-card = Card de sănătate
document-isee = ISEE (foaia cu venitul familiei)
document-proof-of-address = O foaie cu adresa dumneavoastră, de exemplu o factură
document-payslip = Fluturaș de salariu
document-school-certificate = Carnet de note sau adeverință de la școală
document-photos = Poze tip buletin
document-nothing-needed = Nu trebuie să aduceți niciun act
who-can-go = Cine poate merge
who-can-go-not-stated = nu este precizat, întrebați înainte să mergeți
situation-anyone = Toți, cu sau fără acte
situation-eu-citizens = Cetățeni ai Uniunii Europene
situation-permit-holders = Persoane cu permis de ședere
situation-asylum-seekers = Persoane care au cerut azil
situation-undocumented = Persoane fără acte
situation-unaccompanied-minors = Minori aflați în Italia fără părinți
situation-filter-any = Orice situație
situation-filter-hint = Mai întâi serviciile care spun da, apoi cele care nu precizează.
