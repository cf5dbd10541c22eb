## Read aloud: the "listen" control, and the words the synthesiser is given for times and
## numbers (said, not shown).

listen-label = Dëgjo këtë faqe
listen-link = Shkarko audion
listen-hours-range = nga ora { $opens } deri në orën { $closes }
listen-time = { $hour } e { $minute }
listen-time-hour = { $hour }
listen-plus = plus
