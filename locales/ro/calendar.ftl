## Events in the phone's calendar (.ics files). "Appuntamento" is the site's word for an event (Romanian: "eveniment", as in desk.ftl).

calendar-add = Puneți în calendarul telefonului
calendar-all = Puneți toate evenimentele în calendarul telefonului
calendar-qr-label = Cod QR: scanați-l cu telefonul ca să puneți evenimentul în calendar
# Added to the title of an event whose day is not known yet (only the month): the calendar
# shows it on the first day of that month.
calendar-date-to-confirm = ziua nu este încă stabilită
calendar-name = Portineria: evenimente
