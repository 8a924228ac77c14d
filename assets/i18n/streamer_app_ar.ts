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
</TS>
