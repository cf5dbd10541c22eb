# Names of the languages spoken at service desks (language-name-<ISO 639-1 code>), written in Romanian.

language-name-it = italiană
language-name-ro = română
language-name-ar = arabă
language-name-sq = albaneză
language-name-zh = chineză
language-name-en = engleză
language-name-fr = franceză
language-name-es = spaniolă
