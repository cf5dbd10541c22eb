## Events in the phone's calendar (.ics files). "Appuntamento" is the site's word for an event.

calendar-add = Metti nel calendario del telefono
calendar-all = Metti tutti gli appuntamenti nel calendario del telefono
calendar-qr-label = Codice QR: inquadralo con il telefono per mettere l'appuntamento nel calendario
# Added to the title of an event whose day is not known yet (only the month): the calendar
# shows it on the first day of that month.
calendar-date-to-confirm = data da confermare
calendar-name = Portineria: appuntamenti
