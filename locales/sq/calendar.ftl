## Events in the phone's calendar (.ics files). "Appuntamento" is the site's word for an event (Albanian: "aktivitet", as in desk.ftl).

calendar-add = Shtoje në kalendarin e telefonit
calendar-all = Shto të gjitha aktivitetet në kalendarin e telefonit
calendar-qr-label = Kodi QR: skanojeni me telefon për ta shtuar aktivitetin në kalendar
# Added to the title of an event whose day is not known yet (only the month): the calendar
# shows it on the first day of that month.
calendar-date-to-confirm = dita nuk është caktuar ende
calendar-name = Portineria: aktivitete
