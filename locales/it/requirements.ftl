# What to bring (a checklist with a picture for each document) and who can go, by legal
# situation: on the service page, the kiosk, the mediator's desk and the slip.
document-passport-or-id = Passaporto o carta d'identità
document-residence-permit = Permesso di soggiorno
document-permit-receipt = Ricevuta della domanda di permesso di soggiorno
document-tax-code = Codice fiscale
document-health-card = Tessera sanitaria
document-isee = ISEE (il foglio sul reddito della famiglia)
document-proof-of-address = Un foglio con il tuo indirizzo, per esempio una bolletta
document-payslip = Busta paga
document-school-certificate = Pagella o certificato della scuola
document-photos = Foto tessera
document-nothing-needed = Non serve portare documenti
who-can-go = Chi può andare
who-can-go-not-stated = non è indicato, chiedi prima di andare
situation-anyone = Tutti, con o senza documenti
situation-eu-citizens = Cittadini dell'Unione europea
situation-permit-holders = Chi ha il permesso di soggiorno
situation-asylum-seekers = Chi ha chiesto asilo
situation-undocumented = Chi non ha documenti
situation-unaccompanied-minors = Minori che sono in Italia senza genitori
situation-filter-any = Qualsiasi situazione
situation-filter-hint = Prima i servizi che dicono di sì, poi quelli che non lo indicano.
