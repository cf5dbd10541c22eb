## Read aloud: the "listen" control, and the words the synthesiser is given for times and
## numbers (said, not shown).

listen-label = استمع إلى هذه الصفحة
listen-link = نزّل الملف الصوتي
listen-hours-range = من الساعة { $opens } إلى الساعة { $closes }
listen-time = { $hour } و{ $minute } دقيقة
listen-time-hour = { $hour }
listen-plus = زائد
