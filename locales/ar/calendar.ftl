## Events in the phone's calendar (.ics files). "Appuntamento" is the site's word for an event (Arabic: فعالية).

calendar-add = أضِف إلى تقويم الهاتف
calendar-all = أضِف كل الفعاليات إلى تقويم الهاتف
calendar-qr-label = رمز QR: امسحه بالهاتف لإضافة الفعالية إلى التقويم
# Added to the title of an event whose day is not known yet (only the month): the calendar
# shows it on the first day of that month.
calendar-date-to-confirm = التاريخ لم يُؤكَّد بعد
calendar-name = Portineria: الفعاليات
