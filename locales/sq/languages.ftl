# Names of the languages spoken at service desks (language-name-<ISO 639-1 code>), written in Albanian.

language-name-it = italisht
language-name-ro = rumanisht
language-name-ar = arabisht
language-name-sq = shqip
language-name-zh = kinezisht
language-name-en = anglisht
language-name-fr = frëngjisht
language-name-es = spanjisht
