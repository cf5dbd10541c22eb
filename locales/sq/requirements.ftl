# What to bring (a checklist with a picture for each document) and who can go, by legal
# situation: on the service page, the kiosk, the mediator's desk and the slip.
document-passport-or-id = Pasaportë ose kartë identiteti
document-residence-permit = Leje qëndrimi
document-permit-receipt = Dëshmi e kërkesës për leje qëndrimi
document-tax-code = Kod fiskal
document-health-card = Kartë shëndetësore
document-isee = ISEE (fleta për të ardhurat e familjes)
document-proof-of-address = Një fletë me adresën tënde, për shembull një faturë
document-payslip = Fletë e pagës
document-school-certificate = Dëftesë ose vërtetim nga shkolla
document-photos = Foto për dokumente
document-nothing-needed = Nuk duhet të sjellësh dokumente
who-can-go = Kush mund të shkojë
who-can-go-not-stated = nuk tregohet, pyet para se të shkosh
situation-anyone = Të gjithë, me ose pa dokumente
situation-eu-citizens = Shtetas të Bashkimit Evropian
situation-permit-holders = Persona me leje qëndrimi
situation-asylum-seekers = Persona që kanë kërkuar azil
situation-undocumented = Persona pa dokumente
situation-unaccompanied-minors = Të mitur që janë në Itali pa prindër
situation-filter-any = Çdo situatë
situation-filter-hint = Në fillim shërbimet që thonë po, pastaj ato që nuk e tregojnë.
