## Feedback on a service's page (public site, kiosk, mediator) and the partners' queue.

feedback-heading = هل كانت هذه الصفحة مفيدة لك؟
feedback-kind-useful = نعم
feedback-kind-not-useful = لا
feedback-report = هل هناك مشكلة؟ اختر ما حدث:
feedback-note-add = هل تريد أن تكتب شيئًا؟ (هذا اختياري)
feedback-note-label = رسالتك
feedback-note-hint = الحد الأقصى لعدد الأحرف هو { $max }. لا تكتب أسماء ولا أرقام هواتف ولا عناوين بريد إلكتروني. ثم اختر ما حدث.
feedback-kind-closed = المكان مغلق أو انتقل إلى عنوان آخر
feedback-kind-no-answer = لا أحد يردّ على الهاتف
feedback-kind-no-help = لم يساعدوني
feedback-kind-language = لا يتكلمون لغتي
feedback-kind-wrong = يوجد خطأ في هذه الصفحة
feedback-status-thanks = شكرًا! ستقرأ الجهة التي تقدّم الخدمة ردّك.
feedback-status-already = لقد أرسلت هذا الردّ عن هذه الخدمة من قبل. شكرًا!
feedback-status-wait = وصلت من هنا ردود كثيرة جدًا. حاول مرة أخرى بعد ساعة.
feedback-status-full = وصلت اليوم ردود كثيرة جدًا. أخبر مكتب الاستقبال بذلك.
feedback-status-invalid = لا يمكن حفظ هذا الردّ. ارجع إلى صفحة الخدمة وحاول مرة أخرى.
feedback-status-unavailable = لا نستطيع حفظ الردّ الآن. حاول مرة أخرى بعد قليل.
privacy-feedback = عندما تخبرنا إن كانت الصفحة مفيدة لك أم لا، أو تبلّغ عن مشكلة، نحفظ فقط ردّك ولغة الصفحة والكلمات التي تكتبها، دون أن نعرف مَن أنت. قبل الحفظ، نُخفي أرقام الهواتف وعناوين البريد الإلكتروني المكتوبة في النص. ولكي نوقف مَن يرسل ردودًا كثيرة جدًا، نحتفظ لمدة ساعة واحدة فقط بنسخة مشفّرة (hash) من عنوان الإنترنت. تُحذف الردود بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، وتُحذف البلاغات عن المشكلات بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من معالجة الجهة لها.

## The partners' queue (admin area)
admin-nav-feedback = البلاغات
admin-feedback-intro = هنا تجد ما يقوله عن خدماتكم الوسطاء الثقافيون والأشخاص الذين يستخدمون الموقع وشاشة مكتب الاستقبال. البلاغات التي لم تُعالَج بعد: { $open }. تُحسب ردود «مفيدة: نعم / لا» في آخر { $days } يومًا. عندما تراجع بلاغًا (وتصحّح البطاقة إذا لزم الأمر)، ضع عليه علامة «تمت المعالجة».
admin-feedback-handled = وضع علامة «تمت المعالجة»
admin-feedback-open =
    { $count ->
        [0] لا توجد أي خدمة لديها بلاغات لم تُعالَج بعد
        [zero] لا توجد أي خدمة لديها بلاغات لم تُعالَج بعد
        [one] خدمة واحدة لديها بلاغات لم تُعالَج بعد
        [two] خدمتان لديهما بلاغات لم تُعالَج بعد
        [few] { $count } خدمات لديها بلاغات لم تُعالَج بعد
        [many] { $count } خدمة لديها بلاغات لم تُعالَج بعد
       *[other] { $count } خدمة لديها بلاغات لم تُعالَج بعد
    }
admin-feedback-open-reports = بلاغات لم تُعالَج بعد
admin-done-handled = تمت معالجة البلاغ.
admin-done-already-handled = كان شخص آخر قد عالج هذا البلاغ من قبل.
admin-audit-feedback-handled = معالجة بلاغ
