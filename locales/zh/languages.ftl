# Names of the languages spoken at service desks (language-name-<ISO 639-1 code>), written in Chinese.

language-name-it = 意大利语
language-name-ro = 罗马尼亚语
language-name-ar = 阿拉伯语
language-name-sq = 阿尔巴尼亚语
language-name-zh = 中文
language-name-en = 英语
language-name-fr = 法语
language-name-es = 西班牙语
