# What to bring (a checklist with a picture for each document) and who can go, by legal
# situation: on the service page, the kiosk, the mediator's desk and the slip.
document-passport-or-id = 护照或身份证
document-residence-permit = 居留许可
document-permit-receipt = 居留许可申请回执
document-tax-code = 税号
document-health-card = 医疗卡
document-isee = ISEE（家庭收入证明）
document-proof-of-address = 一张写有您地址的纸，例如水电费账单
document-payslip = 工资单
document-school-certificate = 成绩单或学校证明
document-photos = 证件照
document-nothing-needed = 不需要携带材料
who-can-go = 谁可以去
who-can-go-not-stated = 没有说明，去之前请先问一下
situation-anyone = 所有人，有没有证件都可以
situation-eu-citizens = 欧盟公民
situation-permit-holders = 有居留许可的人
situation-asylum-seekers = 已申请庇护的人
situation-undocumented = 没有证件的人
situation-unaccompanied-minors = 在意大利没有父母陪伴的未成年人
situation-filter-any = 任何情况
situation-filter-hint = 先列出说可以去的服务，再列出没有说明的服务。
