## Read aloud: the "listen" control, and the words the synthesiser is given for times and
## numbers (said, not shown).

listen-label = Ascolta questa pagina
listen-link = Scarica l'audio
listen-hours-range = dalle { $opens } alle { $closes }
listen-time = { $hour } e { $minute }
listen-time-hour = { $hour }
listen-plus = più
