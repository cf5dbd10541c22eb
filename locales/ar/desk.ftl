## Events ("what's on")
events-title = الفعاليات
events-all = جميع الفعاليات
events-today = اليوم
events-upcoming = الفعاليات القادمة
events-past = الفعاليات السابقة
events-none-today = لا توجد فعاليات اليوم.
events-none-upcoming = لا توجد فعاليات مقرّرة.
events-none-past = لا توجد فعاليات سابقة.
event-span = من { $from } إلى { $to }
event-where = المكان
event-languages = اللغات
event-for-professionals = للعاملين والعاملات في الخدمات

## Kiosk
kiosk-title = كشك المعلومات
kiosk-choose-language = المس هنا لاختيار اللغة العربية
kiosk-welcome = كيف يمكننا مساعدتك؟
kiosk-categories-heading = اختر موضوعًا
kiosk-home = البداية
kiosk-change-language = اللغة
kiosk-desk-hours = أوقات دوام مكتب الاستقبال هذا
kiosk-privacy = هذه الشاشة لا تحفظ أي شيء: إذا لم يلمسها أحد لبعض الوقت، تنسى البحث وتعود إلى البداية.
kiosk-unknown-desk = إعداد كشك المعلومات غير معروف: «{ $desk }». نعرض خدمات جميع البلديات.
kiosk-idle-title = هل ما زلت هنا؟
kiosk-idle-text =
    { $seconds ->
        [zero] ستعود الشاشة الآن إلى البداية وتنسى هذا البحث.
        [one] بعد ثانية واحدة ستعود الشاشة إلى البداية وتنسى هذا البحث.
        [two] بعد ثانيتين ستعود الشاشة إلى البداية وتنسى هذا البحث.
        [few] بعد { $seconds } ثوانٍ ستعود الشاشة إلى البداية وتنسى هذا البحث.
        [many] بعد { $seconds } ثانية ستعود الشاشة إلى البداية وتنسى هذا البحث.
       *[other] بعد { $seconds } ثانية ستعود الشاشة إلى البداية وتنسى هذا البحث.
    }
kiosk-idle-stay = نعم، أريد المتابعة
kiosk-idle-leave = البدء من جديد

## Mediator
mediator-title = الوساطة الثقافية
mediator-nav = أدوات الوساطة
mediator-search = البحث
mediator-screening = استمارة الاحتياجات
mediator-shortlist = الخدمات المختارة
mediator-shortlist-count =
    { $count ->
        [0] الخدمات المختارة
        [zero] الخدمات المختارة
        [one] الخدمات المختارة (1)
        [two] الخدمات المختارة (2)
        [few] الخدمات المختارة ({ $count })
        [many] الخدمات المختارة ({ $count })
       *[other] الخدمات المختارة ({ $count })
    }
mediator-end = إنهاء اللقاء
mediator-privacy = لا يبقى أي شيء من اللقاء على الخادم: اللغة والخدمات المختارة موجودة فقط في عنوان الصفحة. زر «إنهاء اللقاء» يحذف كل شيء.
mediator-choose-language = اختر لغة العائلة
mediator-bad-language = هذه اللغة غير متاحة: اختر لغة من القائمة.
mediator-details = التفاصيل
mediator-add = إضافة إلى الخدمات المختارة
mediator-on-shortlist = موجودة في الخدمات المختارة
mediator-shortlist-full = القائمة ممتلئة
shortlist-empty = لم يتم اختيار أي خدمة.
shortlist-up = نقل إلى الأعلى: { $name }
shortlist-down = نقل إلى الأسفل: { $name }
shortlist-remove = إزالة: { $name }
shortlist-qr-label = امسح رمز QR لفتح هذه القائمة على الهاتف
shortlist-unknown =
    { $count ->
        [zero] كل الخدمات في العنوان موجودة.
        [one] خدمة واحدة في العنوان غير موجودة (أو لم تعد موجودة): تمت إزالتها.
        [two] خدمتان في العنوان غير موجودتين (أو لم تعودا موجودتين): تمت إزالتهما.
        [few] { $count } خدمات في العنوان غير موجودة (أو لم تعد موجودة): تمت إزالتها.
        [many] { $count } خدمة في العنوان غير موجودة (أو لم تعد موجودة): تمت إزالتها.
       *[other] { $count } خدمة في العنوان غير موجودة (أو لم تعد موجودة): تمت إزالتها.
    }
shortlist-repeated =
    { $count ->
        [zero] لا توجد خدمات مكررة.
        [one] خدمة واحدة كانت مكررة: تظهر مرة واحدة فقط.
        [two] خدمتان كانتا مكررتين: تظهر كل منهما مرة واحدة فقط.
        [few] { $count } خدمات كانت مكررة: تظهر كل منها مرة واحدة فقط.
        [many] { $count } خدمة كانت مكررة: تظهر كل منها مرة واحدة فقط.
       *[other] { $count } خدمة كانت مكررة: تظهر كل منها مرة واحدة فقط.
    }
shortlist-over-limit = الحد الأقصى لعدد الخدمات في القائمة هو { $max }. عدد الخدمات التي لم تُضَف: { $count }.
screening-intro = اقرؤوا الأسئلة معًا: كلها اختيارية. تبقى الإجابات في هذه الصفحة فقط، وتساعد على اقتراح الخدمات التي يمكن إضافتها.
screening-submit = اقتراح الخدمات
screening-suggestions = الخدمات المقترحة
screening-no-suggestions = لا توجد خدمة تناسب هذه الإجابات: جرّبوا البحث.
screening-add-all = إضافة كل الخدمات المقترحة
screening-ignored =
    { $count ->
        [zero] تم التعرّف على كل الإجابات.
        [one] لم يتم التعرّف على إجابة واحدة، فتم تجاهلها.
        [two] لم يتم التعرّف على إجابتين، فتم تجاهلهما.
        [few] لم يتم التعرّف على { $count } إجابات، فتم تجاهلها.
        [many] لم يتم التعرّف على { $count } إجابة، فتم تجاهلها.
       *[other] لم يتم التعرّف على { $count } إجابة، فتم تجاهلها.
    }
