<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>لا توجد جلسات بعد. جرّب: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>البداية (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>العملات</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>الهدايا</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>تقديري</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>مباشر/مفتوحة</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>هدية رائعة!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>هدية كبيرة!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>هدية أسطورية!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>دعم</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>هدايا للضيوف</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>والهدايا مستمرة</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+هدية أخرى للضيوف</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} هدايا أخرى للضيوف</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+هدية أخرى، عملة واحدة</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+هدية أخرى، {coins} عملات</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} هدايا أخرى، عملة واحدة</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} هدايا أخرى، {coins} عملات</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>من مشاهد واحد</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>من {count} مشاهدين</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>من مشاهد واحد — شكرًا لكم جميعًا!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>من {count} مشاهدين — شكرًا لكم جميعًا!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>تنبيه تجريبي</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>هدية لضيف</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>أرسل {gift} إلى {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>أرسل {gift}</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>مواجهة البث المباشر</translation>
    </message>
    <message>
        <source>Victory!</source>
        <translation>فوز!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>النتيجة النهائية</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>تعادل</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>أرسل {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>إلى {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>أول هدية!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>بدأ المتابعة</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>شارك البث المباشر</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>وصل مع {count} مشاهدين</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>اشترك ({count} أشهر)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>اشترك</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} عملات</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} ماسات</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>كبار الداعمين</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>كن أول من يرسل هدية!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>هدف الإعجابات</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>عملات</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>ماسات (تقديري)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>الأرباح (تقديري)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>هدايا</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>إعجابات</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>ضد {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>ماراثون البث</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>يبدأ قريبًا</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>انتهى الوقت!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} ث</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>عملة واحدة = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>اشتراك = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>متابعة = {time}</translation>
    </message>
</context>
</TS>
