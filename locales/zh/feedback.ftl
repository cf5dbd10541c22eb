## Feedback on a service's page (public site, kiosk, mediator) and the partners' queue.

feedback-heading = 这个页面对您有帮助吗？
feedback-kind-useful = 有帮助
feedback-kind-not-useful = 没有帮助
feedback-report = 遇到问题了吗？请点击您遇到的情况：
feedback-note-add = 想写几句话吗？（可以不写）
feedback-note-label = 您的留言
feedback-note-hint = 最多 { $max } 个字符。请不要写姓名、电话号码或电子邮箱地址。写好后，请点击您遇到的情况。
feedback-kind-closed = 已经关门或换了地址
feedback-kind-no-answer = 打电话没人接
feedback-kind-no-help = 他们没有帮我
feedback-kind-language = 他们不会说我的语言
feedback-kind-wrong = 这个页面上有错误
feedback-status-thanks = 谢谢！提供这项服务的机构会看到您的反馈。
feedback-status-already = 您已经为这项服务发送过这个反馈了。谢谢！
feedback-status-wait = 从这里发来的反馈太多了。请一小时后再试。
feedback-status-full = 今天收到的反馈太多了。请告诉服务台。
feedback-status-invalid = 这个反馈无法保存。请返回服务页面再试一次。
feedback-status-unavailable = 现在无法保存您的反馈。请稍后再试。
privacy-feedback = 当您告诉我们某个页面是否有帮助，或者报告问题时，我们只保存您的反馈、页面的语言和您写的话，不会知道您是谁。保存之前，我们会把文字里的电话号码和电子邮箱地址隐藏起来。为了阻止有人发送太多反馈，我们只把网络地址的一种加密形式（hash）保存一小时。反馈在 { $days } 天后删除；问题反馈在机构处理完 { $days } 天后删除。

## The partners' queue (admin area)
admin-nav-feedback = 问题反馈
admin-feedback-intro = 这里是文化中介人员以及使用网站和服务台屏幕的人对您所在机构服务的反馈。待处理的问题反馈：{ $open } 条。“有帮助 / 没有帮助”的反馈按最近 { $days } 天统计。您查看过一条问题反馈（如有需要，也更正了条目）后，请把它标记为已处理。
admin-feedback-handled = 标记为已处理
admin-feedback-open =
    { $count ->
        [0] 所有服务都没有待处理的问题反馈
       *[other] { $count } 项服务有待处理的问题反馈
    }
admin-feedback-open-reports = 待处理的问题反馈
admin-done-handled = 问题反馈已标记为已处理。
admin-done-already-handled = 这条问题反馈已经由其他人处理过了。
admin-audit-feedback-handled = 处理问题反馈
