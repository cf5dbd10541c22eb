# Accounts: password change and reset, two-step login (admin area).

## Your account
admin-nav-account = حسابك
admin-account-title = حسابك
admin-account-email = الحساب: { $email }
admin-change-password = تغيير كلمة المرور
admin-current-password = كلمة المرور الحالية
admin-current-password-wrong = كلمة المرور الحالية غير صحيحة.
admin-password-changed = تم تغيير كلمة المرور، وأُغلقت الجلسات الأخرى المفتوحة بهذا الحساب.

## Two-step login: enrolment
admin-mfa-title = التحقق بخطوتين
admin-mfa-intro = لتسجيل الدخول تحتاج، إضافةً إلى كلمة المرور، إلى رمز مكوّن من 6 أرقام يغيّره تطبيق مصادقة على هاتفك كل 30 ثانية.
admin-mfa-on = مفعَّل
admin-mfa-off = غير مفعَّل
admin-mfa-required = التحقق بخطوتين إلزامي بحكم دورك. فعِّله للمتابعة.
admin-mfa-start = تفعيل التحقق بخطوتين
admin-mfa-scan = افتح تطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator) وامسح رمز QR هذا بالكاميرا.
admin-mfa-key = إذا لم تتمكن من مسحه، فاكتب هذا المفتاح في التطبيق:
admin-mfa-qr-label = رمز QR لتطبيق المصادقة
admin-mfa-code = رمز مكوّن من 6 أرقام
admin-mfa-code-hint = الرمز الذي يعرضه التطبيق الآن.
admin-mfa-confirm = تفعيل
admin-mfa-wrong-code = الرمز غير صحيح. تأكّد من أن الساعة على هاتفك مضبوطة، ثم حاول مرة أخرى بالرمز الجديد.
admin-mfa-enabled = تم تفعيل التحقق بخطوتين.
admin-recovery-title = رموز الاسترداد
admin-recovery-text = إذا فقدت هاتفك، يمكنك الدخول بأحد هذه الرموز بدلًا من رمز التطبيق. كل رمز يُستخدم مرة واحدة فقط. احفظها في مكان آمن (اطبعها أو انسخها على ورقة): لن تراها مرة أخرى.
admin-recovery-saved = حفظتُ الرموز
admin-recovery-left = رموز الاسترداد التي لا تزال صالحة: { $count }

## Two-step login: the second step of a login
admin-login-code-title = التحقق بخطوتين
admin-login-code-text = اكتب الرمز المكوّن من 6 أرقام الذي تراه الآن في تطبيق المصادقة.
admin-login-code = الرمز
admin-login-code-hint = فقدت هاتفك؟ اكتب أحد رموز الاسترداد.
admin-login-code-submit = متابعة
admin-login-code-wrong = رمز غير صالح.
admin-login-code-expired = انتهى الوقت المتاح لكتابة الرمز. سجّل الدخول مرة أخرى بالبريد الإلكتروني وكلمة المرور.

## Password reset links and two-step reset (coordination)
admin-reset-link = إنشاء رابط لتغيير كلمة المرور
admin-reset-link-created = هذا رابط لاختيار كلمة مرور جديدة للحساب { $email }. سلِّمه إلى صاحب الحساب: فهو صالح لمدة 72 ساعة ولا يُستخدم إلا مرة واحدة. عند استخدامه تُغلق الجلسات المفتوحة لهذا الحساب.
admin-link-emailed = أُرسل الرابط أيضًا بالبريد الإلكتروني إلى { $email }.
admin-link-email-failed = تعذّر إرسال رسالة البريد الإلكتروني إلى { $email }: سلِّم الرابط بنفسك إلى صاحب الحساب.
admin-email-link = أرسل الرابط أيضًا إلى صاحب الحساب بالبريد الإلكتروني
admin-reset-title = اختر كلمة مرور جديدة
admin-reset-intro = كلمة المرور الجديدة للحساب:
admin-reset-accept = حفظ كلمة المرور الجديدة
admin-reset-invalid = هذا الرابط غير صالح: انتهت صلاحيته أو سبق استخدامه. اطلب رابطًا جديدًا من فريق تنسيق الشبكة.
admin-mfa-reset = إعادة ضبط التحقق بخطوتين
admin-mfa-reset-done = تمت إعادة ضبط التحقق بخطوتين للحساب { $email }. سيتعيّن على صاحب الحساب تفعيله من جديد عند دخوله القادم (إذا كان إلزاميًا لدوره).
admin-people-mfa = التحقق بخطوتين

## Errors
admin-error-busy-title = الخادم مشغول
admin-error-busy = الخادم مشغول جدًا في هذه اللحظة. حاول مرة أخرى بعد بضع ثوانٍ.
admin-email-too-long = عنوان البريد الإلكتروني طويل جدًا (الحد الأقصى 254 حرفًا).
admin-draft-moved-title = تغيّرت المسودة
admin-draft-moved = بينما كنت تطّلع على المسودة، عدّلها شخص آخر. لم يُنشر أي شيء. راجع التعديلات الحالية، ثم انشر من جديد إذا كانت سليمة.
admin-slug-in-draft = هذا المعرّف مستخدم بالفعل في مسودة جهة أخرى.

## Audit log
admin-audit-password-changed = تغيير كلمة المرور
admin-audit-reset-link = إنشاء رابط لكلمة مرور جديدة
admin-audit-password-reset = تغيير كلمة المرور عبر رابط
admin-audit-password-reset-cli = تغيير كلمة المرور من سطر الأوامر
admin-audit-mfa-enabled = تفعيل التحقق بخطوتين
admin-audit-mfa-reset = إعادة ضبط التحقق بخطوتين
admin-audit-mfa-reset-cli = إعادة ضبط التحقق بخطوتين من سطر الأوامر
admin-audit-login-code-failed = رمز غير صالح في التحقق بخطوتين
admin-audit-recovery-code-used = تسجيل دخول برمز استرداد
