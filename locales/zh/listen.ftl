## Read aloud: the "listen" control, and the words the synthesiser is given for times and
## numbers (said, not shown).

listen-label = 听这一页
listen-link = 下载音频
listen-hours-range = 从{ $opens }到{ $closes }
listen-time = { $hour }点{ $minute }分
listen-time-hour = { $hour }点
listen-plus = 加
