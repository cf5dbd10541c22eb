# What to bring (a checklist with a picture for each document) and who can go, by legal
# situation: on the service page, the kiosk, the mediator's desk and the slip.
document-passport-or-id = جواز السفر أو بطاقة الهوية
document-residence-permit = تصريح الإقامة
document-permit-receipt = إيصال طلب تصريح الإقامة
document-tax-code = الرقم الضريبي
document-health-card = البطاقة الصحية
document-isee = ISEE (ورقة عن دخل الأسرة)
document-proof-of-address = ورقة عليها عنوانك، مثلًا فاتورة
document-payslip = كشف الراتب
document-school-certificate = كشف الدرجات أو شهادة من المدرسة
document-photos = صور شخصية
document-nothing-needed = لا حاجة إلى إحضار وثائق
who-can-go = مَن يمكنه الذهاب
who-can-go-not-stated = غير مذكور، اسأل قبل أن تذهب
situation-anyone = الجميع، مع وثائق أو بدونها
situation-eu-citizens = مواطنو الاتحاد الأوروبي
situation-permit-holders = مَن لديه تصريح إقامة
situation-asylum-seekers = مَن طلب اللجوء
situation-undocumented = مَن ليس لديه وثائق
situation-unaccompanied-minors = القاصرون الموجودون في إيطاليا بدون والديهم
situation-filter-any = أي وضع
situation-filter-hint = أولًا الخدمات التي تقول نعم، ثم الخدمات التي لا تذكر ذلك.
