## Events ("what's on")
events-title = 活动
events-all = 所有活动
events-today = 今天
events-upcoming = 即将举行的活动
events-past = 以往的活动
events-none-today = 今天没有活动。
events-none-upcoming = 暂时没有活动安排。
events-none-past = 没有以往的活动。
event-span = { $from } 至 { $to }
event-where = 地点
event-languages = 语言
event-for-professionals = 面向服务机构工作人员

## Kiosk
kiosk-title = 自助查询机
kiosk-choose-language = 点击这里选择中文
kiosk-welcome = 我们能为您做些什么？
kiosk-categories-heading = 请选择一个主题
kiosk-home = 首页
kiosk-change-language = 语言
kiosk-desk-hours = 本服务台的开放时间
kiosk-privacy = 这个屏幕不保存任何内容：一段时间没有人触摸后，它会清除搜索并回到首页。
kiosk-unknown-desk = 查询机设置未知：“{ $desk }”。现在显示所有市镇的服务。
kiosk-idle-title = 您还在吗？
kiosk-idle-text = { $seconds } 秒后，屏幕会回到首页，并清除这次搜索。
kiosk-idle-stay = 是的，继续
kiosk-idle-leave = 重新开始

## Mediator
mediator-title = 文化中介
mediator-nav = 文化中介工具
mediator-search = 搜索
mediator-screening = 需求表
mediator-shortlist = 已选服务
mediator-shortlist-count =
    { $count ->
        [0] 已选服务
       *[other] 已选服务（{ $count }）
    }
mediator-end = 结束会面
mediator-privacy = 会面的任何内容都不会留在服务器上：语言和已选服务只保存在页面地址里。点击“结束会面”会清除所有内容。
mediator-choose-language = 请选择家庭使用的语言
mediator-bad-language = 这种语言暂不可用：请从列表中选择一种。
mediator-details = 详情
mediator-add = 加入已选服务
mediator-on-shortlist = 已在已选服务中
mediator-shortlist-full = 列表已满
shortlist-empty = 还没有选择任何服务。
shortlist-up = 上移：{ $name }
shortlist-down = 下移：{ $name }
shortlist-remove = 移除：{ $name }
shortlist-qr-label = 扫描二维码，在手机上打开这个列表
shortlist-unknown =
    { $count ->
       *[other] 地址中有 { $count } 项服务不存在（或已不再存在），已被移除。
    }
shortlist-repeated =
    { $count ->
       *[other] 有 { $count } 项服务重复了，每项只显示一次。
    }
shortlist-over-limit = 列表最多显示 { $max } 项服务，有 { $count } 项没有列入。
screening-intro = 请一起阅读这些问题：所有问题都可以不回答。答案只保留在本页面，用来推荐可以添加的服务。
screening-submit = 推荐服务
screening-suggestions = 推荐的服务
screening-no-suggestions = 没有符合这些答案的服务：请试试搜索。
screening-add-all = 添加所有推荐的服务
screening-ignored =
    { $count ->
       *[other] 有 { $count } 个回答无法识别，已被忽略。
    }
