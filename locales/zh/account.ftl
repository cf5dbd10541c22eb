# Accounts: password change and reset, two-step login (admin area).

## Your account
admin-nav-account = 我的账户
admin-account-title = 我的账户
admin-account-email = 账户：{ $email }
admin-change-password = 修改密码
admin-current-password = 当前密码
admin-current-password-wrong = 当前密码不正确。
admin-password-changed = 密码已修改。使用此账户登录的其他会话均已关闭。

## Two-step login: enrolment
admin-mfa-title = 两步验证
admin-mfa-intro = 除了密码，登录时还需要一个 6 位数验证码。验证码由手机上的身份验证器应用生成，每 30 秒更换一次。
admin-mfa-on = 已开启
admin-mfa-off = 未开启
admin-mfa-required = 您的角色必须使用两步验证，请开启后继续。
admin-mfa-start = 开启两步验证
admin-mfa-scan = 打开身份验证器应用（例如 FreeOTP、Aegis 或 Google Authenticator），扫描此二维码。
admin-mfa-key = 如果无法扫描，请在应用中输入以下密钥：
admin-mfa-qr-label = 用于身份验证器应用的二维码
admin-mfa-code = 6 位数验证码
admin-mfa-code-hint = 应用当前显示的验证码。
admin-mfa-confirm = 开启
admin-mfa-wrong-code = 验证码不正确。请检查手机上的时间是否准确，然后用新的验证码重试。
admin-mfa-enabled = 两步验证已开启。
admin-recovery-title = 恢复码
admin-recovery-text = 如果手机丢失，您可以用其中一个恢复码代替应用中的验证码登录。每个恢复码只能使用一次。请把它们保存在安全的地方（打印出来或抄写下来）：这些恢复码以后不会再显示。
admin-recovery-saved = 我已保存恢复码
admin-recovery-left = 仍可使用的恢复码：{ $count }

## Two-step login: the second step of a login
admin-login-code-title = 两步验证
admin-login-code-text = 请输入身份验证器应用中当前显示的 6 位数验证码。
admin-login-code = 验证码
admin-login-code-hint = 手机丢了？请输入一个恢复码。
admin-login-code-submit = 继续
admin-login-code-wrong = 验证码无效。
admin-login-code-expired = 输入验证码的时间已过。请重新用电子邮箱和密码登录。

## Password reset links and two-step reset (coordination)
admin-reset-link = 创建修改密码的链接
admin-reset-link-created = 这是为 { $email } 设置新密码的链接。请把它交给本人：72 小时内有效，只能使用一次。链接使用后，该账户已登录的会话都会被关闭。
admin-link-emailed = 链接也已通过电子邮件发送到 { $email }。
admin-link-email-failed = 无法向 { $email } 发送电子邮件：请您亲自把链接交给本人。
admin-email-link = 同时通过电子邮件把链接发送给本人
admin-reset-title = 设置新密码
admin-reset-intro = 为以下账户设置新密码：
admin-reset-accept = 保存新密码
admin-reset-invalid = 此链接无效：已过期或已被使用。请向网络协调团队申请新的链接。
admin-mfa-reset = 重置两步验证
admin-mfa-reset-done = 已为 { $email } 重置两步验证。如果其角色必须使用两步验证，下次登录时需要重新开启。
admin-people-mfa = 两步验证

## Errors
admin-error-busy-title = 服务器繁忙
admin-error-busy = 服务器目前非常繁忙。请过几秒钟再试。
admin-email-too-long = 电子邮箱地址太长（最多 254 个字符）。
admin-draft-moved-title = 草稿已更改
admin-draft-moved = 在您查看草稿期间，有其他人修改了它。没有发布任何内容。请检查最新的修改，如果没有问题，请重新发布。
admin-slug-in-draft = 此标识符已在另一个机构的草稿中使用。

## Audit log
admin-audit-password-changed = 修改密码
admin-audit-reset-link = 创建新密码链接
admin-audit-password-reset = 通过链接修改密码
admin-audit-password-reset-cli = 通过命令行修改密码
admin-audit-mfa-enabled = 开启两步验证
admin-audit-mfa-reset = 重置两步验证
admin-audit-mfa-reset-cli = 通过命令行重置两步验证
admin-audit-login-code-failed = 两步验证码无效
admin-audit-recovery-code-used = 使用恢复码登录
