# Names of the languages spoken at service desks (language-name-<ISO 639-1 code>), written in Italian.

language-name-it = italiano
language-name-ro = rumeno
language-name-ar = arabo
language-name-sq = albanese
language-name-zh = cinese
language-name-en = inglese
language-name-fr = francese
language-name-es = spagnolo
