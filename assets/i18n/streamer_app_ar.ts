<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="en_US">
<context>
    <name>Card</name>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · بث مباشر {hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · بث مباشر {minutes} د</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>ملخص البث المباشر</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>ملخص {count} بثوث مباشرة</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>بثّك</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>عملات</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} تقديري · ~{diamonds} ماسات</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>هدايا</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>متابعون جدد</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>أكبر الداعمين</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>لا هدايا هذه المرة — شكرًا على المشاهدة!</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>العملات عبر الوقت</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>التالي: {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>تم بلوغ كل أهداف سحب الأرباح</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>تقدير من سجلي الخاص؛ قد تختلف أرقام TikTok.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>تقدير من سجلي الخاص؛ قد تختلف أرقام المنصات.</translation>
    </message>
</context>
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
    <message>
        <source>wrote {path}</source>
        <translation>تمت الكتابة: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>حُفظت النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>حُفظت النسخة الاحتياطية: {path} (تُحفظ أحدث {keep})</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>تمت استعادة {file}: الجلسات {sessions}، الهدايا المحتسبة {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>حُفظت قاعدة البيانات السابقة باسم {path}</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>انتهت الجلسة {id} (مستأنفة): {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>انتهت الجلسة {id} (جديدة): {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>العملات {coins} | الماسات ~{diamonds} | الأرباح التقديرية {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>الهدايا {gifts} من {gifters} داعمين | المتابعات {follows} | المشاركات {shares} | التعليقات {comments} | الإعجابات {likes}</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>أكبر الداعمين: {names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>still open</source>
        <translation>ما زالت مفتوحة</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} جلسة</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} جلسات</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>هدايا</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>ماسات (تقديري)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>إنفاق المشاهدين (تقديري)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>اشتراكات</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>عضويات</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>متابعون جدد</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>ذروة المشاهدين</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>و{count} داعمين آخرين</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>هدايا أرسلها المشاهدون إلى ضيوفك: دخلهم هم، وليست في أي من مجاميعك أعلاه. تُحفظ منفصلة في سجلك.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>كل منصة بوحداتها الخاصة، وما تربحه منها (تقديري، بأسعار كل جلسة).</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>البداية (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>العملات</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>الهدايا</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>الداعمون</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>تقديري</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>الداعم</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>الضيف</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>حسب المنصة</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>الرصيد منذ آخر سحب للأرباح (تقديري)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>عملات يوميًا، آخر 14 يومًا</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>يوم لسحبه بالحد اليومي</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>تنطبق الحدود على الرصيد منذ آخر سحب مسجّل للأرباح، عبر كل الجلسات.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>تفترض التواريخ المتوقعة استمرار متوسط العملات اليومي لآخر 14 يومًا.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>مخطط سحب الأرباح</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>انقطاعات الاتصال</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>لم تُحتسب أي هدايا.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>كل الضيوف</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>عملات</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>الأرباح التقديرية</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>تم بلوغه</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>قادم</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>ماسات لكل عملة</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>دولار لكل ماسة</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>الهدايا حسب النوع</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>عملات لكل هدية.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>لا دخل حديث للتوقع</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>الأسعار المستخدمة</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>عملة العرض</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>الأرباح التقديرية</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>ما يدفعه المشاهدون لكل عملة</translation>
    </message>
    <message>
        <source>{count} gifts</source>
        <translation>{count} هدايا</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>تُقدَّر كل جلسة بالأسعار التي سُجّلت بها.</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>تدفع كل منصة عندما يبلغ رصيدها الخاص حدّه الأدنى (تقديري منذ آخر سحب مسجّل للأرباح).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>عملات · ~{diamonds} ماسات</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>نحو {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} عملات</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>يسمح TikTok بسحب {cap} دولار يوميًا على الأكثر ويدفع خلال {days} يومًا من السحب.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>حتى {date}. تقديرات، وليست أرقام TikTok.</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>لا انقطاعات: ظل الاتصال قائمًا طوال الوقت، فالمجاميع كاملة.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>أثناء انقطاع الاتصال قد تنقص هدايا من هذه المجاميع ({length} إجمالًا؛ الأوقات بتوقيت UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} سلسلة هدايا لم ترسل رسالة نهايتها؛ احتُسبت حتى أعلى عدد لها.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>لا ينشر TikTok أي معدل تحويل؛ هذه هي الإعدادات التي حُسبت بها التقديرات.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>الهدايا في الدقيقة</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>الهدايا كل 5 دقائق</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>الهدايا كل 15 دقيقة</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>الهدايا في الساعة</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>الهدايا في اليوم</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>الهدايا في الأسبوع</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>الهدايا المحتسبة في كل عمود، مظللة حيث انقطع الاتصال.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>الهدايا المحتسبة في كل عمود.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>ملخص جلسة البث المباشر</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>ملخص الجلسات</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>الرصيد التقديري منذ آخر سحب للأرباح</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>حد قادم</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>حد تم بلوغه</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>انقطاع الاتصال</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>رصيدك منذ آخر سحب للأرباح، مقارنة بحدود السحب.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>صُنع باستخدام streamer-app {version} من سجلك المحلي · أُنشئ {when} UTC · أرقام تقديرية، وليست أرقام TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}، {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>هدايا للضيوف</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>هدايا أرسلها المشاهدون إلى ضيوفك: دخلهم هم، وليست في أي من مجاميعك أعلاه.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} عملات، {gifts} هدايا</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**حسب المنصة:**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(تقديري {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} عملات** · ~{diamonds} ماسات · تقديري **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} هدايا من {gifters} داعمين · {follows} متابعات · {shares} مشاركات · {likes} إعجابات</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>تقديري **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} متابعات · {subs} اشتراكات وعضويات · {comments} تعليقات</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>أكبر الداعمين</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**أكثر الهدايا:**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>سحب الأرباح على Twitch وYouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(تقديري {money} منذ آخر سحب للأرباح)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**الرصيد منذ آخر سحب للأرباح:** {money} ({coins} عملات)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>التالي: {threshold} — {percent}، بالوتيرة الأخيرة نحو {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>التالي: {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>تم بلوغ كل حدود سحب الأرباح ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} انقطاع اتصال ({length}): قد تنقص الهدايا المرسلة حينها.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} انقطاعات اتصال ({length}): قد تنقص الهدايا المرسلة حينها.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>تقديرات: {diamonds} ماسات لكل عملة، {currency} {money} لكل ماسة؛ قد تختلف أرقام TikTok.</translation>
    </message>
</context>
</TS>
