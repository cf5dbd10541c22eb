## Urgent help (footer of every page, kiosk), privacy notice and accessibility statement.

urgent-heading = 紧急求助
urgent-emergency = 紧急情况：救护车、警察、消防。免费，24 小时都可以打。
urgent-violence = 针对女性的暴力和跟踪骚扰：免费帮助，24 小时都可以打，也可以用其他语言。
urgent-trafficking = 人口贩卖和剥削：免费帮助，可以不说姓名，24 小时都可以打，可以用多种语言。

legal-links = 法律信息
legal-updated = 最后更新：{ $date }。
legal-controller-missing = 本网站的管理方还没有写明谁是个人信息控制者。如有任何问题，请到服务台询问。

## Privacy notice (GDPR art. 13)
privacy-title = 隐私说明
privacy-intro = 本页面说明 Portineria 使用哪些个人信息、为什么使用、保存多久，以及您有哪些权利（欧盟第 2016/679 号条例，即 GDPR，第 13 条）。
privacy-controller-heading = 谁负责这些个人信息
privacy-controller = 个人信息控制者是 { $name }，地址：{ $address }。关于您的个人信息，如有任何问题，请发电子邮件到 { $email }。
privacy-dpo = 个人信息保护负责人：{ $email }。
privacy-public-heading = 搜索服务的人
privacy-public = 搜索不需要账户。我们不记录您是谁，也不保存您设备的网络地址（IP 地址）或您的电话号码。
privacy-search-counts = 对于大家搜索的词语，我们只统计每个词每天被搜索的总次数，不知道是谁搜索的，目的是了解还缺少哪些服务。这些统计数据在 { $days } 天后删除。
privacy-kiosk = 服务台的屏幕不保存任何内容：{ $seconds } 秒没有人触摸后，它会清除搜索并回到首页。
privacy-cookies-heading = Cookie
privacy-cookies-intro = Portineria 只使用技术性 Cookie，网站需要它们才能正常运行。网站不使用用于广告或统计的 Cookie，也不加载其他公司的服务。因此不需要征求您的同意。
privacy-cookie-language = 记住您选择的语言，保存一年。只包含语言代码。
privacy-cookie-session = 为在合作机构专区更新条目的人员保持会话。无操作 { $minutes } 分钟后失效，无论如何 { $hours } 小时后都会失效。
privacy-cookie-login = 保护合作机构专区的登录表单，防止虚假请求。关闭浏览器后失效。
privacy-cookie-admin-language = 记住您在合作机构专区选择的语言。关闭浏览器后失效。
privacy-cookie-second-factor = 在您输入密码之后、输入验证码之前，记住密码是正确的。关闭浏览器后失效。
privacy-partners-heading = 为合作机构工作的人员
privacy-partners = 对于在合作机构专区更新条目的人员，我们使用：姓名、电子邮箱、所属机构、角色、密码（只以加密形式保存，任何人都无法读取）、两步验证使用的密钥，以及谁修改了什么的记录。
privacy-audit = 修改和登录记录在 { $days } 天后删除。
privacy-purposes-heading = 我们为什么使用这些个人信息
privacy-purposes = 我们使用这些个人信息，只是为了发布本地区的服务信息（这是一项为公共利益执行的任务，依据 GDPR 第 6 条第 1 款 e 项），以及保护合作机构专区的安全。我们不把这些信息用于其他用途，也不用电脑自动对个人作出决定。
privacy-recipients-heading = 个人信息会交给谁
privacy-recipients = 我们不把个人信息交给其他人，也不把它们传送到欧盟以外。网站托管方代表我们保存这些信息，合同规定它必须保护这些信息。
privacy-rights-heading = 您的权利
privacy-rights = 您可以要求查看您的个人信息、更正或删除这些信息、限制使用、反对使用，以及以电脑可以读取的格式获得这些信息（GDPR 第 15 条至第 22 条）。请发电子邮件到 { $email }。
privacy-rights-desk = 您可以要求查看您的个人信息、更正或删除这些信息、限制使用、反对使用，以及以电脑可以读取的格式获得这些信息（GDPR 第 15 条至第 22 条）。请到服务台询问。
privacy-complaint = 您也可以向意大利个人信息保护监管机构（Garante per la protezione dei dati personali，www.garanteprivacy.it）投诉。

## Accessibility statement (AgID model)
accessibility-title = 无障碍声明
accessibility-intro = { $name } 希望所有人都能方便地使用本网站，包括残障人士，这也是意大利 2004 年第 4 号法律（legge 4/2004）和意大利数字化署（AgID）指南的要求。
accessibility-status-heading = 网站的无障碍程度
accessibility-status-full = 本网站符合 WCAG 2.1 标准的 AA 级。
accessibility-status-partial = 本网站部分符合 WCAG 2.1 标准的 AA 级：不符合的地方写在下面。
accessibility-status-none = 本网站尚未符合 WCAG 2.1 标准的 AA 级：已知的障碍写在下面。
accessibility-limits-heading = 还有哪些地方没有做到无障碍
accessibility-limit-translations = 有些翻译是机器翻译，还没有经过机构核实：可能不容易看懂。这些翻译在页面上有标注。
accessibility-limit-partner-texts = 合作机构写的一些文字用了难懂的词。我们正在和这些机构一起把文字改得更简单。
accessibility-limit-qr = 看不见的人无法读取便条上的二维码：所以每个二维码下面也写了页面地址。
accessibility-method-heading = 我们是怎样检查的
accessibility-method = 开发本网站的团队于 { $date } 检查了网站：用自动测试（axe-core）检查了全部五种语言，还测试了只用键盘和使用读屏软件的情况。
accessibility-feedback-heading = 报告障碍
accessibility-feedback = 如果网站上有您无法使用的部分，请发电子邮件到 { $email }：我们会在 30 天内答复。
accessibility-feedback-desk = 如果网站上有您无法使用的部分，请告诉服务台：我们会在 30 天内答复。
accessibility-enforcement-heading = 如果没有收到答复
accessibility-enforcement = 如果您在 30 天内没有收到答复，或者对答复不满意，可以向意大利数字化署（AgID）的数字权利监察员（Difensore civico per il digitale，www.agid.gov.it）反映。
