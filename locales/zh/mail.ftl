# E-mails to the partners' editors (only when the deployment has an SMTP server): the
# daily digest and the one-time links. Plain text; links are added by the code.
digest-subject = Portineria：{ $organization } 需要检查的内容
digest-greeting = 您好，以下是 { $organization } 在 Portineria 上的条目中今天需要您留意的内容。
digest-reports = 访客提交、仍待处理的问题反馈：
digest-report-line = { $service }：{ $count ->
       *[other] { $count } 条待处理的问题反馈
    }
digest-reports-link = 请在这里查看这些问题反馈，并把它们标记为已处理：{ $link }
digest-stale = 超过 { $days } 天无人确认的条目：
digest-stale-link = 请在这里检查这些条目，并确认它们仍然准确：{ $link }
digest-ending = 即将结束的项目：
digest-ending-line = { $programme }：将于 { $date } 结束
digest-footer = 您收到这封电子邮件，是因为您在 Portineria 上编辑 { $organization } 的条目。只有在有内容需要检查的日子，才会发送这封邮件。
mail-invitation-subject = Portineria：您的邀请
mail-invitation-body = 您受邀在 Portineria 上编辑条目。请打开此链接，设置您的密码。链接在 { $hours } 小时内有效，只能使用一次。
mail-reset-subject = Portineria：设置新密码
mail-reset-body = 请打开此链接，为 Portineria 设置新密码。链接在 { $hours } 小时内有效，只能使用一次。
mail-ignore = 如果您没有想到会收到这封电子邮件，请忽略它：不打开这个链接，任何人都无法登录。
