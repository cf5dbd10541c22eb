# Names of the languages spoken at service desks (language-name-<ISO 639-1 code>), written in Arabic.

language-name-it = الإيطالية
language-name-ro = الرومانية
language-name-ar = العربية
language-name-sq = الألبانية
language-name-zh = الصينية
language-name-en = الإنجليزية
language-name-fr = الفرنسية
language-name-es = الإسبانية
