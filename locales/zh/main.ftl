## Portineria — UI messages (Simplified Chinese, machine translation from Italian).
## Every visible string of the public site comes from here.

# The language's own name, in its own script (used by the language switcher).
language-name = 中文

site-name = Portineria
site-tagline = 身边的服务和帮助，用您的语言
skip-to-content = 跳到正文
nav-home = 首页
nav-main = 主菜单
language-switcher-label = 语言
breadcrumb-label = 您的位置

## Search
search-label = 您在找什么？
search-placeholder = 例如：居留许可、住房、工作
search-button = 搜索
search-hint = 用您自己的话、用您的语言写就可以。
categories-heading = 或者选择一个主题
results-title = 搜索结果
results-heading = “{ $query }”的搜索结果
results-heading-all = 所有服务
results-count =
    { $count ->
        [0] 没有找到服务
       *[other] 找到 { $count } 项服务
    }
results-count-more = 找到超过 { $count } 项服务
facet-count-about = 约 { $count }
filters-heading = 筛选结果
facet-category = 主题
facet-municipality = 市镇
facet-municipality-other = 其他市镇
facet-target-group = 服务对象
facet-language = 窗口使用的语言
facet-open-now = 现在开放
did-you-mean = 您是不是要找：
suggestions-label = 建议
suggestion-category = 类别
facet-all = 全部
filter-apply = 应用筛选
filter-active = 当前筛选：{ $name }
filter-remove = 取消筛选“{ $name }”
no-results-title = 没有找到服务
no-results-text = 请换个说法试试，检查一下有没有写错，或者在下面选择一个主题。
pagination-label = 结果分页
pagination-previous = 上一页
pagination-next = 下一页
pagination-status = 第 { $page } 页，共 { $pages } 页
result-at = 提供机构：{ $organization }

## Service detail
service-what = 提供什么服务
service-who = 服务对象
service-eligibility = 申请条件
service-how = 如何获得服务
service-documents = 需要携带的材料
service-cost = 费用
service-where = 地点
service-hours = 开放时间
service-contacts = 联系方式
service-phone = 电话
service-email = 电子邮件
service-website = 网站
service-languages = 窗口使用的语言
service-organization = 提供服务的机构
service-programme = 项目
service-municipalities = 服务的市镇
service-categories = 主题
service-last-verified = 信息核实日期：{ $date }
service-not-verified = 机构尚未核实这些信息
service-status-active = 正在提供
service-status-suspended = 暂停中
service-status-ended = 服务已结束
service-ended-notice = 此服务已结束：相关信息仅供参考。
access-walk-in = 可直接前往，无需预约
access-appointment = 需要预约
access-referral = 需由社会服务部门或其他服务机构转介
hours-appointment = 需预约
hours-not-given = 未注明开放时间
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
# Between the items of a list (target groups, comuni, partners).
list-separator = { "、" }
hours-range = { $opens }–{ $closes }
phone-call = 拨打 { $number }

## Translation status of a text
translation-machine = 机器翻译，机构尚未核实
translation-fallback = 此内容尚未翻译：以意大利语显示
translation-outdated = 这个翻译可能已经过时：意大利语原文有了修改。
translation-italian-now = 意大利语原文现在是：
translation-outdated-notice = 翻译完成后，本页的意大利语原文有了修改。在翻译可能过时的地方，下面还会显示现在的意大利语原文。
district-label = 社会服务区域
district-hint = 社会服务区域（意大利语叫“ambito”）由几个相邻的市镇组成，这些市镇一起安排社会服务。

## Organisation
organization-services = 该机构的服务
organization-programmes = 该机构的项目
organization-none = 暂无已发布的服务。

## Programme
programme-period = 时间
programme-funder = 资助方
programme-partners = 合作伙伴
programme-beneficiaries = 受益人
programme-municipalities = 覆盖地区
programme-services = 项目服务
programme-status = 状态
programme-status-active = 进行中
programme-status-ended = 已结束
programme-status-upcoming = 尚未开始
programme-status-unknown = 时间未注明
programme-ended-notice = 此项目已结束：其服务可能已不再提供。
period-from-to = { $start } 至 { $end }
period-from = { $start } 起
period-until = 至 { $end }
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Errors
not-found-title = 找不到页面
not-found-text = 您要找的页面不存在或已被移动。
not-found-home = 返回首页
bad-request-title = 请求无效
error-query-too-long = 搜索内容太长：最多 { $max } 个字符。
error-invalid-parameter = “{ $name }”的值无效。
error-unknown-language = 不支持该语言。可用语言：it, ro, ar, sq, zh。
error-not-found = 未找到。
error-internal = 出现错误，请稍后再试。
loading = 正在加载…

## Footer
footer-about = Portineria 发布各地社会融合网络的服务和项目。
footer-privacy = 我们不记录搜索者的个人信息。
footer-translations = 机器翻译均有标注，并由合作机构核实。

## Slip to take home (print)
slip-take-home = 打印或带走
slip-title = 随身便条
slip-actions = 便条
slip-back = 返回服务页面
slip-print = 打印
slip-format-a6 = A6 纸张格式
slip-format-receipt = 80 毫米小票格式
slip-italian-name = 意大利语
slip-qr-label = 本服务页面的二维码
slip-hint = 在办公室出示这张便条。用手机扫描二维码即可打开页面。
