## Portineria — UI messages (Modern Standard Arabic, machine translation from Italian).
## Every visible string of the public site comes from here.

# The language's own name, in its own script (used by the language switcher).
language-name = العربية

site-name = Portineria
site-tagline = خدمات ومساعدة قريبة منك، بلغتك
skip-to-content = انتقل إلى المحتوى
nav-home = الصفحة الرئيسية
nav-main = القائمة الرئيسية
language-switcher-label = اللغة
breadcrumb-label = أنت هنا

## Search
search-label = عمّ تبحث؟
search-placeholder = مثلًا: تصريح الإقامة، سكن، عمل
search-button = ابحث
search-hint = اكتب بكلماتك الخاصة، وبلغتك.
categories-heading = أو اختر موضوعًا
results-title = نتائج البحث
results-heading = نتائج البحث عن «{ $query }»
results-heading-all = جميع الخدمات
results-count =
    { $count ->
        [0] لم يتم العثور على أي خدمة
        [zero] لم يتم العثور على أي خدمة
        [one] تم العثور على خدمة واحدة
        [two] تم العثور على خدمتين
        [few] تم العثور على { $count } خدمات
        [many] تم العثور على { $count } خدمة
       *[other] تم العثور على { $count } خدمة
    }
results-count-more = تم العثور على أكثر من { $count } خدمة
facet-count-about = حوالي { $count }
filters-heading = تصفية النتائج
facet-category = الموضوع
facet-municipality = البلدية
facet-municipality-other = بلديات أخرى
facet-target-group = لمن
facet-language = اللغات المستخدمة في المكتب
facet-open-now = مفتوح الآن
did-you-mean = هل تقصد:
suggestions-label = اقتراحات
suggestion-category = موضوع
facet-all = الكل
filter-apply = تطبيق التصفية
filter-active = التصفية المفعّلة: { $name }
filter-remove = إزالة التصفية «{ $name }»
no-results-title = لم يتم العثور على أي خدمة
no-results-text = جرّب كلمات أخرى، أو تأكد من طريقة كتابتها، أو اختر موضوعًا من القائمة أدناه.
pagination-label = صفحات النتائج
pagination-previous = السابق
pagination-next = التالي
pagination-status = الصفحة { $page } من { $pages }
result-at = لدى: { $organization }

## Service detail
service-what = ماذا تقدّم الخدمة
service-who = لمن هذه الخدمة
service-eligibility = الشروط
service-how = كيف تحصل على الخدمة
service-documents = الوثائق التي يجب إحضارها
service-cost = التكلفة
service-where = المكان
service-hours = أوقات الدوام
service-contacts = للتواصل
service-phone = الهاتف
service-email = البريد الإلكتروني
service-website = الموقع الإلكتروني
service-languages = اللغات المستخدمة في المكتب
service-organization = الجهة التي تقدّم الخدمة
service-programme = المشروع
service-municipalities = البلديات المشمولة
service-categories = المواضيع
service-last-verified = تم التحقق من المعلومات في { $date }
service-not-verified = لم تتحقق الجهة من هذه المعلومات بعد
service-status-active = متاحة
service-status-suspended = متوقفة حاليًا
service-status-ended = انتهت الخدمة
service-ended-notice = انتهت هذه الخدمة: نُبقي المعلومات للاطلاع فقط.
access-walk-in = الدخول مفتوح، بدون موعد
access-appointment = بموعد مسبق
access-referral = بإحالة من الخدمات الاجتماعية أو من خدمات أخرى
hours-appointment = بموعد مسبق
hours-not-given = أوقات الدوام غير محددة
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
# Between the items of a list (target groups, comuni, partners).
list-separator = { "، " }
hours-range = { $opens }–{ $closes }
phone-call = اتصل بالرقم { $number }

## Translation status of a text
translation-machine = ترجمة آلية، لم تتحقق منها الجهة بعد
translation-fallback = لم يُترجم هذا النص بعد: يظهر باللغة الإيطالية
translation-outdated = قد تكون هذه الترجمة قديمة: تغيّر النص الإيطالي.
translation-italian-now = يقول النص الإيطالي الآن:
translation-outdated-notice = تغيّر النص الإيطالي لهذه الصفحة بعد الترجمة. حيث قد تكون الترجمة قديمة، تجد تحتها أيضًا النص الإيطالي كما هو الآن.
district-label = منطقة الخدمات الاجتماعية
district-hint = منطقة الخدمات الاجتماعية («ambito» بالإيطالية) هي مجموعة من البلديات المتجاورة التي تنظّم الخدمات الاجتماعية معًا.

## Organisation
organization-services = خدمات هذه الجهة
organization-programmes = مشاريع هذه الجهة
organization-none = لا توجد خدمات منشورة حتى الآن.

## Programme
programme-period = المدة
programme-funder = بتمويل من
programme-partners = الشركاء
programme-beneficiaries = المستفيدون
programme-municipalities = المنطقة
programme-services = خدمات المشروع
programme-status = الحالة
programme-status-active = جارٍ
programme-status-ended = منتهٍ
programme-status-upcoming = لم يبدأ بعد
programme-status-unknown = المدة غير محددة
programme-ended-notice = انتهى هذا المشروع: قد لا تكون خدماته متاحة بعد الآن.
period-from-to = من { $start } إلى { $end }
period-from = ابتداءً من { $start }
period-until = حتى { $end }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Errors
not-found-title = الصفحة غير موجودة
not-found-text = الصفحة التي تبحث عنها غير موجودة أو تم نقلها.
not-found-home = العودة إلى الصفحة الرئيسية
bad-request-title = طلب غير صالح
error-query-too-long = نص البحث طويل جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
error-invalid-parameter = القيمة المُدخلة في «{ $name }» غير صالحة.
error-unknown-language = اللغة غير متوفرة. اللغات المتوفرة: it, ro, ar, sq, zh.
error-not-found = غير موجود.
error-internal = حدث خطأ. يُرجى المحاولة مرة أخرى بعد قليل.
loading = جارٍ التحميل…

## Footer
footer-about = تنشر Portineria خدمات ومشاريع الشبكات المحلية للإدماج الاجتماعي.
footer-privacy = لا نسجّل أي بيانات شخصية لمن يبحث.
footer-translations = الترجمات الآلية مُشار إليها، وتتحقق منها الجهات الشريكة.

## Slip to take home (print)
slip-take-home = اطبع أو خذها معك
slip-title = ورقة تأخذها معك
slip-actions = الورقة
slip-back = العودة إلى الخدمة
slip-print = اطبع
slip-format-a6 = مقاس ورقة A6
slip-format-receipt = مقاس إيصال 80 مم
slip-italian-name = بالإيطالية
slip-qr-label = رمز QR لصفحة هذه الخدمة
slip-hint = أظهر هذه الورقة في المكتب. امسح رمز QR بالهاتف لفتح الصفحة.
