## Read aloud: the "listen" control, and the words the synthesiser is given for times and
## numbers (said, not shown).

listen-label = Ascultați această pagină
listen-link = Descărcați înregistrarea audio
listen-hours-range = de la { $opens } până la { $closes }
listen-time = { $hour } și { $minute }
listen-time-hour = { $hour }
listen-plus = plus
