# The partner admin area (/admin): accounts, editing, translations, revisions, reports.

admin-site-name = Portineria · منطقة الشركاء
admin-nav-label = منطقة الشركاء
admin-nav-dashboard = لوحة المتابعة
admin-nav-people = الأشخاص
admin-nav-audit = سجل النشاط
admin-nav-needs = احتياجات بلا إجابة
admin-language-apply = تغيير اللغة
admin-logout = تسجيل الخروج
admin-logout-everywhere = تسجيل الخروج من كل الأجهزة
admin-security = الأمان
admin-back = العودة إلى منطقة الشركاء
admin-back-to-organization = العودة إلى الجهة

## Login and invitations
admin-login-title = دخول الشركاء
admin-email = عنوان البريد الإلكتروني
admin-password = كلمة المرور
admin-login = دخول
admin-login-hint = ليس لديك حساب؟ اطلب دعوة من فريق تنسيق الشبكة.
admin-login-failed = لم يتم التعرّف على البريد الإلكتروني أو كلمة المرور.
admin-login-throttled = محاولات فاشلة كثيرة جدًا. انتظر بضع دقائق ثم حاول مرة أخرى.
admin-invitation-title = اختر كلمة المرور الخاصة بك
admin-invitation-intro = الحساب:
admin-new-password = كلمة المرور الجديدة
admin-confirm-password = أعد كتابة كلمة المرور
admin-password-rules = 12 حرفًا على الأقل. يمكنك أيضًا استخدام جملة طويلة فيها مسافات.
admin-invitation-accept = تفعيل الحساب
admin-invitation-invalid = رابط الدعوة هذا غير صالح: انتهت صلاحيته أو سبق استخدامه. اطلب دعوة جديدة.
admin-password-too-short = كلمة المرور قصيرة جدًا: يجب أن تتكون من 12 حرفًا على الأقل.
admin-password-too-long = كلمة المرور طويلة جدًا: الحد الأقصى 256 حرفًا.
admin-password-common = كلمة المرور هذه من أكثر كلمات المرور استخدامًا ومن السهل تخمينها. اختر كلمة أخرى، مثلًا جملة.
admin-password-is-email = لا يمكن أن تكون كلمة المرور هي عنوان بريدك الإلكتروني.
admin-password-mismatch = كلمتا المرور غير متطابقتين.

## Errors
admin-error-login-title = يلزم تسجيل الدخول
admin-error-login = للمتابعة، عليك الدخول بحسابك.
admin-error-forbidden-title = الدخول غير مسموح
admin-error-forbidden = هذه الصفحة مخصصة لفريق تنسيق الشبكة.
admin-error-csrf = انتهت صلاحية النموذج أو أنه لم يأتِ من هذا الموقع. أعد تحميل الصفحة وحاول مرة أخرى: لم يُحفظ أي شيء.
admin-error-not-found = هذه الصفحة غير موجودة، أو أنها لا تتبع الجهات الخاصة بك.
admin-error-too-large = النموذج المُرسَل كبير جدًا. اختصر النصوص وحاول مرة أخرى.
admin-error-malformed = لا يمكن قراءة النموذج المُرسَل (ترميز غير صالح). حاول مرة أخرى من المتصفح.
admin-error-throttled-title = محاولات كثيرة جدًا
admin-error-internal-title = خطأ في الخادم
admin-error-internal = حدث خطأ ما في الخادم. ما حُفظ من قبل في أمان؛ حاول مرة أخرى بعد قليل.
admin-error-document-title = لا يمكن حفظ التعديلات
admin-error-document = هذه التعديلات ستجعل بطاقة الجهة غير متّسقة:
admin-form-has-errors = بعض الحقول تحتاج إلى تصحيح: ستجد الرسالة تحت كل حقل. ما كتبته لا يزال موجودًا.
admin-error-required = هذا الحقل إلزامي.
admin-error-required-italian = النص باللغة الإيطالية إلزامي.
admin-error-italian-first = اكتب النص بالإيطالية أولًا: فهو مصدر الترجمات.
admin-error-too-long = النص طويل جدًا.
admin-error-invalid = قيمة غير صالحة.
admin-error-url = اكتب عنوان موقع كاملًا يبدأ بـ https://
admin-error-email = اكتب عنوان بريد إلكتروني صالحًا، مثلًا name@example.it
admin-error-email-taken = يوجد حساب بهذا العنوان بالفعل.
admin-error-date = اكتب التاريخ بصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.
admin-error-day-or-month = اكتب التاريخ بصيغة YYYY-MM-DD، أو YYYY-MM إذا كان الشهر وحده معروفًا.
admin-error-time = اكتب الوقت بصيغة HH:MM، مثلًا 09:30.
admin-error-end-before-start = النهاية قبل البداية.
admin-error-choice = اختر من بين الخيارات المعروضة.
admin-error-slug = استخدم فقط حروفًا لاتينية صغيرة بلا علامات، وأرقامًا وشَرطات (مثلًا sportello-lavoro).
admin-error-slug-taken = هذا المعرّف مستخدم بالفعل: اختر معرّفًا آخر.
admin-error-lines-mismatch = يجب أن يكون عدد الأسطر مثل عددها في النص الإيطالي (سطر لكل وثيقة)، أو لا أسطر على الإطلاق.
admin-error-phone = اكتب رقم هاتف: أرقام ومسافات وعلامة + فقط.
admin-error-hours = اختر يومًا واحدًا على الأقل واكتب وقت الفتح ووقت الإغلاق بصيغة HH:MM، على أن يكون الإغلاق بعد الفتح.
admin-error-self = لا يمكنك تغيير دور حسابك أنت أو إيقافه.

## Dashboard
admin-your-organizations = الجهات
admin-has-draft = مسودة تنتظر النشر
admin-ending-soon = مشاريع تنتهي خلال الأيام الستين القادمة
admin-nothing = لا شيء.
admin-stale = { $count ->
    [zero] لا توجد بطاقات لم تُؤكَّد منذ { $days } يومًا
    [one] بطاقة واحدة لم تُؤكَّد منذ { $days } يومًا
    [two] بطاقتان لم تُؤكَّدا منذ { $days } يومًا
    [few] { $count } بطاقات لم تُؤكَّد منذ { $days } يومًا
    [many] { $count } بطاقة لم تُؤكَّد منذ { $days } يومًا
   *[other] { $count } بطاقة لم تُؤكَّد منذ { $days } يومًا
}
admin-organization = الجهة
admin-entry = البطاقة
admin-last-verified = تاريخ التأكيد
admin-never-verified = لم تُؤكَّد أبدًا
admin-create-organization = جهة جديدة
admin-create = إنشاء
admin-slug-hint = معرّف ثابت يظهر في عناوين الويب: حروف لاتينية صغيرة وأرقام وشَرطات.

## Organisation page
admin-draft-title = تعديلات لم تُنشر بعد
admin-draft-changes = { $count ->
    [zero] لا توجد تعديلات في المسودة.
    [one] تعديل واحد في المسودة.
    [two] تعديلان في المسودة.
    [few] { $count } تعديلات في المسودة.
    [many] { $count } تعديلًا في المسودة.
   *[other] { $count } تعديل في المسودة.
}
admin-see-changes = عرض التعديلات والمعاينة
admin-publish = نشر
admin-discard = حذف المسودة
admin-no-draft = لا توجد مسودة: يرى الجمهور ما تجده أدناه.
admin-edit-organization = تعديل بيانات الجهة
admin-revisions = سجل النسخ
admin-public-page = الصفحة العامة
admin-completeness = الترجمات
admin-translated = مترجَم
admin-confirmed = مؤكَّد
admin-outdated = بحاجة إلى تحديث
admin-outdated-title = { $count ->
    [0] لا توجد ترجمات بحاجة إلى تحديث
    [zero] لا توجد ترجمات بحاجة إلى تحديث
    [one] ترجمة واحدة بحاجة إلى تحديث
    [two] ترجمتان بحاجة إلى تحديث
    [few] { $count } ترجمات بحاجة إلى تحديث
    [many] { $count } ترجمة بحاجة إلى تحديث
   *[other] { $count } ترجمة بحاجة إلى تحديث
}
admin-outdated-intro = تغيّر النص الإيطالي لهذه الترجمات بعد إعدادها. افتحها، وقارنها بالنص الإيطالي السابق والحالي، ثم أعد كتابتها أو أكّدها.
admin-outdated-none = كل الترجمات أُعدّت على أساس النص الإيطالي الحالي.
admin-italian-before = النص الإيطالي السابق (الذي تُرجم)
admin-italian-now = النص الإيطالي الحالي
admin-kind-services = الخدمات
admin-kind-programmes = المشاريع
admin-kind-locations = المقرات وأوقات الدوام
admin-kind-events = الفعاليات
admin-new-services = خدمة جديدة
admin-new-programmes = مشروع جديد
admin-new-locations = مقر جديد
admin-new-events = فعالية جديدة
admin-still-accurate = لا تزال صحيحة
admin-preview = معاينة
admin-field = الحقل
admin-before = قبل
admin-after = بعد

## Editing
admin-required = (إلزامي)
admin-none = — لا شيء —
admin-save = حفظ
admin-save-draft = حفظ كمسودة
admin-save-publish = حفظ ونشر
admin-delete = حذف
admin-delete-hint = الحذف يُسجَّل في المسودة: يصبح نافذًا عندما تنشر.
admin-confirm-translation = تأكيد الترجمة
admin-status-source = النص الأصلي
admin-status-machine = ترجمة آلية
admin-status-confirmed = مؤكَّدة
admin-status-missing = غير موجودة
admin-status-outdated = بحاجة إلى تحديث: تغيّر النص الإيطالي
admin-length-words = { $count ->
    [zero] { $count } كلمة من أصل { $limit }
    [one] كلمة واحدة من أصل { $limit }
    [two] كلمتان من أصل { $limit }
    [few] { $count } كلمات من أصل { $limit }
    [many] { $count } كلمة من أصل { $limit }
   *[other] { $count } كلمة من أصل { $limit }
}
admin-length-chars = { $count ->
    [zero] { $count } حرف من أصل { $limit }
    [one] حرف واحد من أصل { $limit }
    [two] حرفان من أصل { $limit }
    [few] { $count } أحرف من أصل { $limit }
    [many] { $count } حرفًا من أصل { $limit }
   *[other] { $count } حرف من أصل { $limit }
}
admin-length-too-long = طويل جدًا: اكتب سطرًا أقصر، بكلمات يومية بسيطة
admin-hint-date = YYYY-MM-DD (أو YYYY-MM، YYYY)
admin-hint-day-or-month = YYYY-MM-DD (أو YYYY-MM إذا كان الشهر وحده معروفًا)
admin-hint-time = HH:MM
admin-hint-one-per-line = عنصر واحد في كل سطر.
admin-field-slug = المعرّف
admin-field-key = المعرّف
admin-field-name = الاسم
admin-field-description = الوصف
admin-field-summary = باختصار
admin-field-website = الموقع الإلكتروني
admin-field-email = البريد الإلكتروني
admin-field-phones = الهواتف
admin-field-phone = الهاتف
admin-field-phone-label = التسمية
admin-field-address = العنوان
admin-field-municipality = البلدية
admin-field-hours = أوقات الدوام
admin-field-hours-row = فترة زمنية
admin-field-opens = يفتح الساعة
admin-field-closes = يغلق الساعة
admin-field-appointment-only = بموعد مسبق فقط
admin-field-hours-note = ملاحظات حول أوقات الدوام
admin-field-in-short = باختصار (سطر واحد بكلمات بسيطة، 20 كلمة على الأكثر)
admin-field-district = منطقة الخدمات الاجتماعية، بالإيطالية «ambito territoriale» (عندما لا يذكر المصدر البلديات)
admin-field-editor-note = ملاحظة لمن يعدّل البطاقات
admin-hint-editor-note = لا يراها إلا الأشخاص الذين يعدّلون بطاقات الجهة، ولا يراها الجمهور أبدًا: من أين جاءت معلومة ما، وما الذي لا يذكره المصدر.
admin-field-open-on-holidays = مفتوح أيضًا في أيام العطل الرسمية ويوم عيد القديس شفيع البلدية
admin-field-closures = أيام الإغلاق
admin-hint-closures = واحد في كل سطر: يوم (2026-12-24) أو فترة (2026-08-10/2026-08-21). العطل الوطنية وعيد القديس شفيع البلدية محسوبة مسبقًا.
admin-error-closure = اكتب يومًا بصيغة YYYY-MM-DD أو فترة بصيغة YYYY-MM-DD/YYYY-MM-DD (سنة واحدة على الأكثر)، على أن تكون النهاية بعد البداية.
admin-field-coordinates = الموقع على الخريطة (خط العرض، خط الطول)
admin-hint-coordinates = مثلًا 45.0703, 7.5211. على openstreetmap.org: انقر بالزر الأيمن على المدخل، واختر «أظهر العنوان»، ثم انسخ الرقمين.
admin-error-coordinates = اكتب خط العرض وخط الطول بالدرجات، بالأرقام 0-9، وافصل بينهما بفاصلة إنجليزية (,)، مثلًا 45.0703, 7.5211.
admin-field-start = البداية
admin-field-end = النهاية
admin-field-funder = الجهة المموِّلة
admin-field-partners = الشركاء
admin-field-beneficiaries = المستفيدون
admin-field-municipalities = البلديات
admin-field-status = الحالة
admin-field-access = طريقة الاستفادة
admin-field-programme = المشروع
admin-field-categories = التصنيفات
admin-field-target-groups = لمن
admin-field-eligibility = من يحق له الاستفادة
admin-field-how-to-access = كيف تحصل على الخدمة
admin-field-documents = وثائق أخرى يجب إحضارها (واحدة في كل سطر)
admin-field-required-documents = الوثائق التي يجب إحضارها، مع رسم توضيحي
admin-hint-required-documents = اختر من القائمة. اكتب الوثائق الأخرى في حقل «وثائق أخرى يجب إحضارها».
admin-error-nothing-needed-alone = لا يمكن اختيار «لا حاجة إلى إحضار وثائق» مع وثائق أخرى.
admin-field-who-can-go = مَن يمكنه الذهاب (الوضع القانوني)
admin-hint-who-can-go = حدِّد فقط ما يذكره المصدر. إذا لم يذكر شيئًا، فاترك الكل فارغًا: ستعرض الصفحة «غير مذكور».
admin-error-anyone-alone = لا يمكن اختيار «الجميع، مع وثائق أو بدونها» مع أوضاع أخرى.
admin-field-cost = التكلفة
admin-field-languages = اللغات المستخدمة في المكتب
admin-field-locations = المقرات
admin-field-audience = الجمهور
admin-field-date = التاريخ
admin-field-end-date = تاريخ الانتهاء
admin-field-time = وقت البدء
admin-field-end-time = وقت الانتهاء
admin-field-place = المكان
admin-field-location = المقر
admin-audience-public = مفتوح للجميع
admin-audience-professionals = للعاملين والعاملات في المجال

## Conflicts
admin-conflict-title = قام شخص آخر بحفظ هذه البطاقة في هذه الأثناء
admin-conflict-text = لم تُحفظ نسختك، حتى لا تُمحى نسخته. قارن بين النسختين: النموذج أدناه يحتوي على ما كتبته أنت؛ إذا حفظته فستحل نسختك محل نسخة الشخص الآخر.
admin-conflict-columns = عمود «قبل»: النسخة التي حفظها الشخص الآخر. عمود «بعد»: نسختك.
admin-conflict-take-theirs = تجاهل تعديلاتي وافتح النسخة المحفوظة

## Notices after an action
admin-done-saved = حُفظ في المسودة. سيراه الجمهور عندما تنشر.
admin-done-published = تم النشر: أصبح ظاهرًا ويمكن العثور عليه بالبحث.
admin-done-discarded = تم حذف المسودة.
admin-done-verified = تم تأكيد أنها لا تزال صحيحة.
admin-done-restored = النسخة المختارة أصبحت الآن المسودة: راجعها ثم انشرها.
admin-done-deleted = حُذف في المسودة. انشر ليصبح الحذف نافذًا.
admin-done-created = تم إنشاء الجهة.
admin-done-confirmed = تم تأكيد الترجمة (في المسودة).
admin-done-nothing = لا يوجد شيء للنشر.

## Revisions
admin-revision = النسخة
admin-revision-title = النسخة رقم { $id }
admin-when = متى
admin-what = ماذا
admin-who = مَن
admin-detail = التفاصيل
admin-entries-changed = البطاقات المعدَّلة
admin-restore = استعادة هذه النسخة
admin-restore-hint = عند الاستعادة، تصبح هذه النسخة هي المسودة: يمكنك معاينتها ثم نشرها.
admin-revision-import = مستورَدة من ملفات المحتوى
admin-revision-draft = مسودة
admin-revision-publish = منشورة
admin-revision-restore = مستعادة
admin-revision-discard = مسودة محذوفة

## People
admin-invite = دعوة شخص
admin-invite-send = إنشاء الدعوة
admin-invite-created = تم إنشاء الدعوة. أرسل هذا الرابط إلى الشخص: يُستخدم مرة واحدة فقط.
admin-invite-expires =
    تنتهي صلاحية الرابط بعد { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
admin-invited = (تمت دعوته، لم يُفعَّل بعد)
admin-role = الدور
admin-role-editor = التحرير (جهاته الخاصة فقط)
admin-role-coordinator = التنسيق (الشبكة كلها)
admin-active = يمكنه الدخول
admin-memberships = الجهات

## Audit log
admin-older = الأقدم
admin-audit-login = تسجيل دخول
admin-audit-login-failed = تسجيل دخول فاشل
admin-audit-login-throttled = دخول محظور (محاولات كثيرة جدًا)
admin-audit-logout = تسجيل خروج
admin-audit-logout-everywhere = تسجيل خروج من كل الأجهزة
admin-audit-invitation-accepted = قبول دعوة
admin-audit-invite = دعوة
admin-audit-create-account = حساب أُنشئ من سطر الأوامر
admin-audit-update-account = تغيير الدور أو الجهات
admin-audit-create-organization = إنشاء جهة
admin-audit-save-draft = حفظ مسودة
admin-audit-publish = نشر
admin-audit-import-hsds = استيراد Open Referral (HSDS)
admin-audit-restore = استعادة نسخة
admin-audit-discard-draft = حذف مسودة
admin-audit-verify = تأكيد أنها لا تزال صحيحة

## Unmet needs
admin-needs-intro =
    عمليات البحث في { $days ->
        [zero] آخر { $days } يوم
        [one] آخر يوم
        [two] آخر يومين
        [few] آخر { $days } أيام
        [many] آخر { $days } يومًا
       *[other] آخر { $days } يوم
    }، مُحصاة حسب اليوم واللغة والنص المبحوث عنه. لا عناوين ولا جلسات ولا بيانات شخصية؛ لا يظهر البحث إلا إذا أُجري { $min ->
        [zero] { $min } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $min } مرات
        [many] { $min } مرة
       *[other] { $min } مرة
    } على الأقل. تُحذف الأعداد بعد { $retention ->
        [zero] { $retention } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $retention } أيام
        [many] { $retention } يومًا
       *[other] { $retention } يوم
    }.
admin-days = الأيام
admin-show = عرض
admin-per-day = عمليات البحث حسب اليوم
admin-day = اليوم
admin-language = اللغة
admin-searches = عمليات البحث
admin-zero-results = بلا نتائج
admin-query = النص المبحوث عنه
admin-top-zero = بُحث عنه ولم يُعثر عليه
admin-top-queries = أكثر عمليات البحث تكرارًا
