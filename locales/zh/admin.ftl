# The partner admin area (/admin): accounts, editing, translations, revisions, reports.

admin-site-name = Portineria · 合作机构专区
admin-nav-label = 合作机构专区
admin-nav-dashboard = 概览
admin-nav-people = 人员
admin-nav-audit = 操作记录
admin-nav-needs = 未找到的需求
admin-language-apply = 切换语言
admin-logout = 退出
admin-logout-everywhere = 在所有设备上退出
admin-security = 安全
admin-back = 返回合作机构专区
admin-back-to-organization = 返回机构页面

## Login and invitations
admin-login-title = 合作机构登录
admin-email = 电子邮箱地址
admin-password = 密码
admin-login = 登录
admin-login-hint = 还没有账户？请向网络协调团队申请邀请。
admin-login-failed = 无法识别该电子邮箱或密码。
admin-login-throttled = 失败次数过多。请等几分钟后再试。
admin-invitation-title = 设置您的密码
admin-invitation-intro = 账户：
admin-new-password = 新密码
admin-confirm-password = 再次输入密码
admin-password-rules = 至少 12 个字符。也可以用一句带空格的长句子。
admin-invitation-accept = 激活账户
admin-invitation-invalid = 此邀请链接无效：已过期或已被使用。请申请新的邀请。
admin-password-too-short = 密码太短：至少需要 12 个字符。
admin-password-too-long = 密码太长：最多 256 个字符。
admin-password-common = 这是最常用的密码之一，很容易被猜到。请换一个，例如用一句话。
admin-password-is-email = 密码不能是您的电子邮箱地址。
admin-password-mismatch = 两次输入的密码不一致。

## Errors
admin-error-login-title = 需要登录
admin-error-login = 请先登录您的账户再继续。
admin-error-forbidden-title = 无权访问
admin-error-forbidden = 此页面仅供网络协调团队使用。
admin-error-csrf = 表单已过期，或不是来自本网站。请刷新页面后重试：没有保存任何内容。
admin-error-not-found = 此页面不存在，或不属于您的机构。
admin-error-too-large = 提交的表单太大。请缩短文字后重试。
admin-error-malformed = 无法读取提交的表单（编码无效）。请在浏览器中重试。
admin-error-throttled-title = 尝试次数过多
admin-error-internal-title = 服务器错误
admin-error-internal = 服务器出了问题。已经保存的内容是安全的；请稍后重试。
admin-error-document-title = 无法保存修改
admin-error-document = 这些修改会导致机构信息前后不一致：
admin-form-has-errors = 有些字段需要更正：每个字段下方都有提示。您填写的内容仍然保留。
admin-error-required = 此项为必填项。
admin-error-required-italian = 必须填写意大利语文本。
admin-error-italian-first = 请先填写意大利语文本：它是翻译的来源。
admin-error-too-long = 文本太长。
admin-error-invalid = 值无效。
admin-error-url = 请填写完整的网址，以 https:// 开头
admin-error-email = 请填写有效的电子邮箱地址，例如 name@example.it
admin-error-email-taken = 已有账户使用此地址。
admin-error-date = 请按 YYYY、YYYY-MM 或 YYYY-MM-DD 格式填写日期。
admin-error-day-or-month = 请按 YYYY-MM-DD 格式填写日期；如果只知道月份，请填写 YYYY-MM。
admin-error-time = 请按 HH:MM 格式填写时间，例如 09:30。
admin-error-end-before-start = 结束时间早于开始时间。
admin-error-choice = 请从给出的选项中选择。
admin-error-slug = 只能使用不带重音符号的小写字母、数字和连字符（例如 sportello-lavoro）。
admin-error-slug-taken = 此标识符已被使用：请换一个。
admin-error-lines-mismatch = 行数必须与意大利语相同（每份材料一行），或者全部留空。
admin-error-phone = 请填写电话号码：只能包含数字、空格和 +。
admin-error-hours = 请至少选择一天，并按 HH:MM 格式填写开门和关门时间，关门时间须晚于开门时间。
admin-error-self = 您不能更改自己账户的角色，也不能停用自己的账户。

## Dashboard
admin-your-organizations = 机构
admin-has-draft = 有待发布的草稿
admin-ending-soon = 未来 60 天内结束的项目
admin-nothing = 暂无。
admin-stale = { $count ->
   *[other] { $count } 个条目已有 { $days } 天未确认
}
admin-organization = 机构
admin-entry = 条目
admin-last-verified = 确认日期
admin-never-verified = 从未确认
admin-create-organization = 新建机构
admin-create = 创建
admin-slug-hint = 固定的标识符，会出现在网址中：小写字母、数字和连字符。

## Organisation page
admin-draft-title = 尚未发布的修改
admin-draft-changes = { $count ->
   *[other] 草稿中有 { $count } 处修改。
}
admin-see-changes = 查看修改和预览
admin-publish = 发布
admin-discard = 放弃草稿
admin-no-draft = 没有草稿：公众看到的就是下面的内容。
admin-edit-organization = 编辑机构信息
admin-revisions = 版本历史
admin-public-page = 公开页面
admin-completeness = 翻译
admin-translated = 已翻译
admin-confirmed = 已确认
admin-outdated = 待更新
admin-outdated-title = { $count ->
    [0] 没有待更新的翻译
   *[other] { $count } 条待更新的翻译
}
admin-outdated-intro = 这些翻译完成后，意大利语原文有了修改。请逐条打开，对照修改前和现在的意大利语原文，然后重写或确认。
admin-outdated-none = 所有翻译都是根据现在的意大利语原文完成的。
admin-italian-before = 修改前的意大利语原文（翻译所依据的）
admin-italian-now = 现在的意大利语原文
admin-kind-services = 服务
admin-kind-programmes = 项目
admin-kind-locations = 服务地点和开放时间
admin-kind-events = 活动
admin-new-services = 新服务
admin-new-programmes = 新项目
admin-new-locations = 新服务地点
admin-new-events = 新活动
admin-still-accurate = 仍然准确
admin-preview = 预览
admin-field = 字段
admin-before = 修改前
admin-after = 修改后

## Editing
admin-required = （必填）
admin-none = — 无 —
admin-save = 保存
admin-save-draft = 保存为草稿
admin-save-publish = 保存并发布
admin-delete = 删除
admin-delete-hint = 删除会先保存在草稿中：发布后才生效。
admin-confirm-translation = 确认翻译
admin-status-source = 原文
admin-status-machine = 机器翻译
admin-status-confirmed = 已确认
admin-status-missing = 缺失
admin-status-outdated = 待更新：意大利语原文有了修改
admin-length-words = { $count } 个词（最多 { $limit } 个）
admin-length-chars = { $count } 个字符（最多 { $limit } 个）
admin-length-too-long = 太长了：请写短一点的一行，用日常用语
admin-hint-date = YYYY-MM-DD（或 YYYY-MM、YYYY）
admin-hint-day-or-month = YYYY-MM-DD（如果只知道月份，填 YYYY-MM）
admin-hint-time = HH:MM
admin-hint-one-per-line = 每行一项。
admin-field-slug = 标识符
admin-field-key = 标识符
admin-field-name = 名称
admin-field-description = 说明
admin-field-summary = 简介
admin-field-website = 网站
admin-field-email = 电子邮箱
admin-field-phones = 电话
admin-field-phone = 电话号码
admin-field-phone-label = 标签
admin-field-address = 地址
admin-field-municipality = 市镇
admin-field-hours = 开放时间
admin-field-hours-row = 时段
admin-field-opens = 开门时间
admin-field-closes = 关门时间
admin-field-appointment-only = 仅限预约
admin-field-hours-note = 开放时间备注
admin-field-in-short = 简介（一行，用简单的词语，最多 20 个词）
admin-field-district = 社会服务区域，意大利语“ambito territoriale”（信息来源没有列出市镇时填写）
admin-field-editor-note = 给编辑条目人员的备注
admin-hint-editor-note = 只有编辑本机构条目的人员能看到，公众永远看不到：例如某项信息是从哪里来的、信息来源没有说明什么。
admin-field-open-on-holidays = 节假日和主保圣人节也开放
admin-field-closures = 关门日
admin-hint-closures = 每行一项：一天（2026-12-24）或一段时间（2026-08-10/2026-08-21）。国家法定节假日和主保圣人节已自动计算。
admin-error-closure = 请填写日期 YYYY-MM-DD 或时间段 YYYY-MM-DD/YYYY-MM-DD（最长一年），结束日期须晚于开始日期。
admin-field-coordinates = 地图位置（纬度、经度）
admin-hint-coordinates = 例如 45.0703, 7.5211。在 openstreetmap.org 上：右键点击大门位置，选择“显示地址”，复制这两个数字。
admin-error-coordinates = 请填写以度为单位的纬度和经度，用英文逗号（,）分隔，例如 45.0703, 7.5211。
admin-field-start = 开始
admin-field-end = 结束
admin-field-funder = 资助方
admin-field-partners = 合作伙伴
admin-field-beneficiaries = 受益人
admin-field-municipalities = 市镇
admin-field-status = 状态
admin-field-access = 如何获得
admin-field-programme = 项目
admin-field-categories = 类别
admin-field-target-groups = 服务对象
admin-field-eligibility = 谁可以申请
admin-field-how-to-access = 办理方式
admin-field-documents = 其他需要携带的材料（每行一项）
admin-field-required-documents = 需要携带的材料（带图示）
admin-hint-required-documents = 请从列表中选择。其他材料请填写在“其他需要携带的材料”字段中。
admin-error-nothing-needed-alone = “不需要携带材料”不能和其他材料一起选。
admin-field-who-can-go = 谁可以去（法律身份）
admin-hint-who-can-go = 只勾选信息来源里写明的情况。如果来源里什么都没写，就全部不选：页面会显示“没有说明”。
admin-error-anyone-alone = “所有人，有没有证件都可以”不能和其他情况一起选。
admin-field-cost = 费用
admin-field-languages = 窗口使用的语言
admin-field-locations = 服务地点
admin-field-audience = 面向对象
admin-field-date = 日期
admin-field-end-date = 结束日期
admin-field-time = 开始时间
admin-field-end-time = 结束时间
admin-field-place = 举办地点
admin-field-location = 服务地点
admin-audience-public = 对所有人开放
admin-audience-professionals = 面向从业人员

## Conflicts
admin-conflict-title = 在此期间，有其他人保存了这个条目
admin-conflict-text = 为了不覆盖对方的版本，您的版本没有保存。请比较两个版本：下面的表单包含您填写的内容；保存后将替换对方的版本。
admin-conflict-columns = “修改前”列：对方保存的版本。“修改后”列：您的版本。
admin-conflict-take-theirs = 放弃我的修改，打开已保存的版本

## Notices after an action
admin-done-saved = 已保存为草稿。发布后公众才能看到。
admin-done-published = 已发布：现在已经可以看到并搜索到。
admin-done-discarded = 草稿已放弃。
admin-done-verified = 已标记为仍然准确。
admin-done-restored = 所选版本现在是草稿：请检查后发布。
admin-done-deleted = 已在草稿中删除。发布后删除才会生效。
admin-done-created = 机构已创建。
admin-done-confirmed = 翻译已确认（在草稿中）。
admin-done-nothing = 没有需要发布的内容。

## Revisions
admin-revision = 版本
admin-revision-title = 第 { $id } 号版本
admin-when = 时间
admin-what = 操作
admin-who = 操作人
admin-detail = 详情
admin-entries-changed = 修改的条目
admin-restore = 恢复此版本
admin-restore-hint = 恢复后，此版本会成为草稿：您可以先预览，再发布。
admin-revision-import = 从内容文件导入
admin-revision-draft = 草稿
admin-revision-publish = 已发布
admin-revision-restore = 已恢复
admin-revision-discard = 已放弃草稿

## People
admin-invite = 邀请他人
admin-invite-send = 创建邀请
admin-invite-created = 邀请已创建。请把这个链接发给对方：链接只能使用一次。
admin-invite-expires = 链接将在 { $hours } 小时后失效。
admin-invited = （已邀请，尚未激活）
admin-role = 角色
admin-role-editor = 编辑（仅限所属机构）
admin-role-coordinator = 协调（整个网络）
admin-active = 可以登录
admin-memberships = 机构

## Audit log
admin-older = 更早的记录
admin-audit-login = 登录
admin-audit-login-failed = 登录失败
admin-audit-login-throttled = 登录被阻止（尝试次数过多）
admin-audit-logout = 退出
admin-audit-logout-everywhere = 在所有设备上退出
admin-audit-invitation-accepted = 接受邀请
admin-audit-invite = 邀请
admin-audit-create-account = 通过命令行创建账户
admin-audit-update-account = 更改角色或机构
admin-audit-create-organization = 创建机构
admin-audit-save-draft = 保存草稿
admin-audit-publish = 发布
admin-audit-import-hsds = 导入 Open Referral (HSDS)
admin-audit-restore = 恢复版本
admin-audit-discard-draft = 放弃草稿
admin-audit-verify = 确认仍然准确

## Unmet needs
admin-needs-intro = 最近 { $days } 天的搜索，按日期、语言和搜索文本统计。不记录地址、会话或任何个人信息；同一搜索至少出现 { $min } 次才会显示。统计数据在 { $retention } 天后删除。
admin-days = 天数
admin-show = 显示
admin-per-day = 每日搜索
admin-day = 日期
admin-language = 语言
admin-searches = 搜索次数
admin-zero-results = 无结果
admin-query = 搜索文本
admin-top-zero = 搜索了但没有找到
admin-top-queries = 最常见的搜索
