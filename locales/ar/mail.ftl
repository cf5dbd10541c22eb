# E-mails to the partners' editors (only when the deployment has an SMTP server): the
# daily digest and the one-time links. Plain text; links are added by the code.
digest-subject = Portineria: ما يجب مراجعته لدى { $organization }
digest-greeting = مرحبًا، هذا ما يحتاج إلى انتباهك اليوم في بطاقات { $organization } على Portineria.
digest-reports = بلاغات الزوار التي لم تُعالَج بعد:
digest-report-line = { $service }: { $count ->
        [zero] لا توجد بلاغات لم تُعالَج بعد
        [one] بلاغ واحد لم يُعالَج بعد
        [two] بلاغان لم يُعالَجا بعد
        [few] { $count } بلاغات لم تُعالَج بعد
        [many] { $count } بلاغًا لم تُعالَج بعد
       *[other] { $count } بلاغ لم تُعالَج بعد
    }
digest-reports-link = اقرأها وضع عليها علامة «تمت المعالجة» من هنا: { $link }
digest-stale =
    بطاقات لم يؤكِّدها أحد منذ أكثر من { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }:
digest-stale-link = راجعها وأكِّد أنها لا تزال صحيحة من هنا: { $link }
digest-ending = مشاريع تنتهي قريبًا:
digest-ending-line = { $programme }: ينتهي في { $date }
digest-footer = تصلك رسالة البريد الإلكتروني هذه لأنك تعدّل بطاقات { $organization } على Portineria. ولا تصل إلا في الأيام التي يكون فيها شيء يحتاج إلى مراجعة.
mail-invitation-subject = Portineria: دعوتك
mail-invitation-body =
    تمت دعوتك إلى تعديل البطاقات على Portineria. افتح هذا الرابط لاختيار كلمة المرور الخاصة بك. الرابط صالح لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    } ولا يُستخدم إلا مرة واحدة.
mail-reset-subject = Portineria: اختر كلمة مرور جديدة
mail-reset-body =
    افتح هذا الرابط لاختيار كلمة مرور جديدة لحسابك على Portineria. الرابط صالح لمدة { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    } ولا يُستخدم إلا مرة واحدة.
mail-ignore = إذا لم تكن تنتظر رسالة البريد الإلكتروني هذه، فتجاهلها: لا يمكن لأحد الدخول دون فتح الرابط.
