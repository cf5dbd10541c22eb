# Translators' files (XLIFF 2.0) in the admin area.
xliff-title = ملفات للمترجمين (XLIFF)
xliff-intro = نزّل نصوص لغة ما في ملف XLIFF 2.0: يمكن لمترجم أو وسيط ثقافي أن يعمل عليه حتى بدون إنترنت، بأي برنامج ترجمة. ثم ارفع الملف المترجَم هنا: تذهب الترجمات إلى المسودة، لتُراجَع ثم تُنشر.
xliff-filter-missing = بحاجة إلى ترجمة
xliff-filter-machine = ترجمات آلية
xliff-filter-outdated = بحاجة إلى تحديث
xliff-filter-all = كل النصوص
xliff-import-file = ملف XLIFF مترجَم (.xlf)
xliff-import-hint = ملف نُزّل من هذه الصفحة، لهذه الجهة. إذا تغيّر النص الإيطالي بعد التنزيل، تبقى ترجماته «بحاجة إلى تحديث».
xliff-import-button = رفع إلى المسودة
xliff-imported-title = تم رفع الملف إلى المسودة
xliff-imported = { $lang }: { $confirmed ->
        [zero] { $confirmed } ترجمة مكتوبة أو مؤكَّدة
        [one] ترجمة واحدة مكتوبة أو مؤكَّدة
        [two] ترجمتان مكتوبتان أو مؤكَّدتان
        [few] { $confirmed } ترجمات مكتوبة أو مؤكَّدة
        [many] { $confirmed } ترجمة مكتوبة أو مؤكَّدة
       *[other] { $confirmed } ترجمة مكتوبة أو مؤكَّدة
    }، { $outdated } بحاجة إلى تحديث (أُعدّت على نص إيطالي أقدم)، { $unchanged } بلا تغيير.
xliff-imported-confirmed = مكتوبة أو مؤكَّدة
xliff-imported-outdated = بحاجة إلى تحديث: تغيّر النص الإيطالي بعد التنزيل
xliff-see-draft = عرض تعديلات المسودة
xliff-refused-title = لم يتم رفع الملف
xliff-refused = لم يتم رفع الملف: لم يتغيّر شيء في المسودة. هذه هي المشكلات:
xliff-error-no-file = اختر ملفًا لرفعه.
xliff-error-filter = هذه التصفية غير موجودة: اختر «بحاجة إلى ترجمة» أو «ترجمات آلية» أو «بحاجة إلى تحديث» أو «كل النصوص».
xliff-error-too-large = الملف كبير جدًا: الحد الأقصى 2 MB.
xliff-error-too-many = في الملف وحدات كثيرة جدًا.
xliff-error-malformed = الملف تالف: ليس XML صالحًا.
xliff-error-not-xliff = هذا ليس ملف XLIFF 2.0.
xliff-error-entities = يحتوي الملف على كيانات (entities) أو على تعريف DOCTYPE: لا تُقبل لأسباب أمنية.
xliff-error-language = لغة الملف غير مناسبة: يجب أن يكون مترجَمًا من الإيطالية (it) إلى الرومانية أو العربية أو الألبانية أو الصينية.
xliff-error-organization = الملف يخص جهة أخرى ({ $detail }).
xliff-error-unknown-unit = { $unit }: هذا النص غير موجود لدى هذه الجهة.
xliff-error-duplicate = { $unit }: موجود مرتين.
xliff-error-segments = { $unit }: فيه أكثر من مقطع واحد؛ ادمج المقاطع وحاول مرة أخرى.
xliff-error-markup = { $unit }: يحتوي النص على رموز ({ $detail })؛ يجب أن تكون النصوص كلمات فقط.
xliff-error-too-long = { $unit }: النص طويل جدًا.
xliff-error-placeholder = { $unit }: ينقص الترجمةَ { $detail }. يجب نسخ أرقام الهواتف وعناوين البريد الإلكتروني وعناوين المواقع كما هي تمامًا.
