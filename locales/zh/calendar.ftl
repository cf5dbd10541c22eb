## Events in the phone's calendar (.ics files). "Appuntamento" is the site's word for an event (Chinese: 活动).

calendar-add = 添加到手机日历
calendar-all = 把所有活动添加到手机日历
calendar-qr-label = 二维码：用手机扫描，把活动添加到日历
# Added to the title of an event whose day is not known yet (only the month): the calendar
# shows it on the first day of that month.
calendar-date-to-confirm = 日期待确认
calendar-name = Portineria：活动
