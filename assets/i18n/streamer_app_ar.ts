<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="en_US">
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>أول هدية!</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} هدايا أخرى للضيوف</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} هدايا أخرى، {coins} عملات</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>أرسل {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>إلى {guest}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} عملات</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>تنبيهات streamer-app</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} أرسل {count} {gift}</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>حُفظت النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>فشل النسخ الاحتياطي التلقائي: {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>تعذّر إنشاء مجلد التصدير التلقائي {folder} ({error}): اختر مجلدًا آخر في الإعدادات</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>تعذّر على التصدير التلقائي قراءة قاعدة البيانات: {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>تم التصدير: {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>فشل التصدير التلقائي بصيغة {format}: {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>لا شيء للتصدير تلقائيًا: {error}</translation>
    </message>
</context>
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
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>بث مباشر</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>تم تقييد الطلبات</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ إضافة مصدر</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} مشاهد</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>اختر مصدرًا واتصل</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>الاتصال بالمصدر المختار (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>تشغيل المصدر المختار أيضًا بجانب المصادر المتصلة (عدة منصات معًا)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — إعادة المحاولة خلال {wait}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>إعادة المحاولة خلال {wait}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The browser overlay is not available in this build.</source>
        <translation>طبقة المتصفح غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>تعذّر تشغيل خادم الطبقات: {error}</translation>
    </message>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>واجهة OBS: {url}  (التنبيهات ▸ واجهات OBS… لكل الروابط)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ الوصول عبر الشبكة المحلية مفعّل</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>الأرباح المقدرة</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>المباشر</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>أكبر الداعمين</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>أكبر المؤيدين</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>الهدايا حسب النوع</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>جارٍ تحميل الرسم البياني…</translation>
    </message>
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ في السجل مشكلة: {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ انقطع الاتصال مرة واحدة ({time} إجمالًا): قد تنقص من هذه المجاميع هدايا أُرسلت أثناء الانقطاع.</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ انقطع الاتصال {count} مرات ({time} إجمالًا): قد تنقص من هذه المجاميع هدايا أُرسلت أثناء الانقطاع.</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>الجلسة #{id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>هذه الجلسة</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>الرصيد منذ آخر سحب</translation>
    </message>
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>الرصيد منذ آخر سحب {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ تحقق: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>أول سحب للأرباح</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>الحد الأدنى للسحب</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>هدفي</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>الحد الأدنى لدفعات Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>حد الدفع في YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{name} {amount}</source>
        <translation>{name} {amount}</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} ماسة</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} عملة</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ تحقق</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · لا دخل حديث للتقدير</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>حدث خطأ: {error}.</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>خيط في الخلفية</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>حدث خطأ في {thread}: {error}.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>التفاصيل في السجل: {path}</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>أول هدية!</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>إلى {guest}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} تابعك</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} شارك البث</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} اشترك</translation>
    </message>
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name} أغار مع {count} مشاهدين</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>ملخص JSON</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>سجل الهدايا CSV</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>ملخص Markdown</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>بطاقة PNG للمشاركة</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>سجل الهدايا</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>لا شيء للتصدير بعد: ابدأ العرض التجريبي أو اتصل ببث أولًا.</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>تصدير الجلسة</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>هناك تصدير قيد التشغيل: انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>جارٍ تصدير الجلسة #{id} بصيغة {format}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Exporting the {part}: {done} of {total}</source>
        <translation>جارٍ تصدير {part}: {done} من {total}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>فشل التصدير: {error}</translation>
    </message>
    <message>
        <source>Exported: {files}</source>
        <translation>تم التصدير: {files}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>مرحبًا بك في streamer-app</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>تنبيهات الهدايا المباشرة، وسجل دقيق للعملات والماسات، وأرباحك مقارنة بحدود سحب الأرباح — بجانب بثك مباشرة.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  جرّب البث التجريبي</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>أو ابدأ بثًا مباشرًا بحسابك على TikTok:</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>هذا ليس @اسم مستخدم على TikTok (من 2 إلى 24 حرفًا أو رقمًا أو &apos;_&apos; أو &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>الهدية</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>العملات</translation>
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
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>متوسط الجلسة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
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
        <source>Est. earnings</source>
        <translation>الأرباح المقدرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>تصدير ▾</translation>
    </message>
    <message>
        <source>Export the selected session ({formats})</source>
        <translation>تصدير الجلسة المحددة ({formats})</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>جارٍ تحميل الجلسات…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>تعذّرت قراءة الجلسات: {error}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>الجلسات: {count}. انقر نقرًا مزدوجًا لفتح إحداها (للقراءة فقط).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>لا توجد جلسات بعد: ابدأ العرض التجريبي أو اتصل ببث.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS: كانت روابط {count} من مصادر streamer-app قديمة وأصبحت تستخدم الرمز والمنفذ الحاليين.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>مجلد البيانات: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>&amp;تصدير هذه الجلسة</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>فتح مجلد السجلات ال&amp;تقنية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>ال&amp;بث</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;اتصال</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;قطع الاتصال</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>بدء العرض ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>تسجيل الدخول إلى &amp;Twitch…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>ال&amp;تنبيهات</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>إظهار نافذة ال&amp;تنبيهات</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>تنبيه &amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>&amp;واجهات OBS…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>الإ&amp;جراءات…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;كتم الأصوات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>مفتاح الكروما (أخضر)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>شفافة</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>دائمًا في المقدمة</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>تم كتم أصوات التنبيهات</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>أصوات التنبيهات مفعّلة</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>تعذّر حفظ الإعدادات: {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>خادم الواجهات قيد التشغيل…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>تم حفظ الإجراءات: {count} قاعدة.</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>رمز واجهة جديد: الصق الروابط الجديدة في OBS.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>هذا المصدر متصل بالفعل.</translation>
    </message>
    <message>
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>أُضيف {source}: جلسة خاصة به، ضمن مجموع الليلة.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>تم تسجيل الدخول إلى Twitch باسم {login}</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>جارٍ قطع الاتصال…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>انتهى: {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>انتهى: {reason} — تعذّر على السجل كتابة كل شيء</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>تم حفظ الجلسة — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>توقف البث: {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>السجل — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>جارٍ حفظ السجل…</translation>
    </message>
</context>
<context>
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>الانتقال إلى مشهد</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>إظهار مصدر</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>إخفاء مصدر</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>إعادة تشغيل مصدر وسائط</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>تعيين نص مصدر نصي</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>طلب آخر (متقدم)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>المشهد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>البيانات (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>اكتب اسم المشهد (كما يظهر في OBS).</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>اكتب اسم المصدر (كما يظهر في OBS).</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>اكتب النص المراد عرضه.</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>اكتب طلب obs-websocket 5.</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>مثال: أسد</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>مثال: فيديو الأسد</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>مثال: شكرًا {user}!</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>على OBS أن</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>من OBS ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>اختر المشهد من مشاهد OBS (يجب أن يكون OBS قيد التشغيل)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>اختر المصدر من مصادر OBS (يجب أن يكون OBS قيد التشغيل)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>جارٍ سؤال OBS…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>تعذّر سؤال OBS: {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>لا مشاهد في OBS</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>لا مصادر في OBS</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS: متوقف</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS: غير متصل</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>OBS: connected</source>
        <translation>OBS: متصل</translation>
    </message>
    <message>
        <source>OBS: wrong password</source>
        <translation>OBS: كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>التحكم في OBS متوقف (الإعدادات ▸ OBS)؛ «إضافة إلى OBS» ما زالت تعمل.</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>غير متصل بـ OBS: تُعاد المحاولة بهدوء.</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>جارٍ الاتصال بـ OBS…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>متصل بـ OBS.</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>رفض OBS كلمة المرور: راجعها في الإعدادات ▸ OBS.</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page}: أُنشئ «{source}»</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page}: حُدّث «{source}»</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page}: لا يوجد «{source}» في OBS (لا شيء للتحديث)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page}: فشل ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} أُنشئت</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} حُدّثت</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} فشلت</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>إضافة إلى OBS: لا شيء للقيام به.</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>إضافة إلى OBS: {results}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>ObsStatusLabel</name>
    <message>
        <source>Click for the overlays and Add to OBS.</source>
        <translation>انقر لفتح الطبقات و«إضافة إلى OBS».</translation>
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
<context>
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>تنبيهات الهدايا</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>شريط الهدف</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>حصيلة الجلسة</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>أكبر الداعمين</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>الأحداث الأخيرة</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>مؤقت الماراثون</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>هدف الإعجابات</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>مواجهة البث المباشر</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>وسائط الإجراءات (أصوات، صور، فيديوهات)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>رمز جديد يوقف فورًا كل روابط الطبقات التي أعطيتها لـ OBS: سيلزمك لصق الروابط الجديدة في كل مصدر متصفح.</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>طبقات لـ OBS — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>«إضافة إلى OBS» تنشئ مصدر متصفح لكل صفحة محددة في مشهد OBS الحالي؛ أو الصق رابطًا في مصدر متصفح بنفسك (1920×1080). كل رابط يحمل رمزًا سريًا: عامله ككلمة مرور ولا تُظهره أبدًا في البث.</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>الصفحات المحددة تحصل على مصدر متصفح في OBS عند الضغط على «إضافة إلى OBS»</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>انسخ الرابط كاملًا مع الرمز لـ OBS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>افتح الصفحة في متصفحك</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>إرسال تنبيه تجريبي</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>هدية وهمية بقيمة 1000 عملة في صفحات التنبيهات ونافذة التنبيهات (لا تُحتسب)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>إعادة إنشاء الرمز…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>إضافة إلى OBS</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>ينشئ مصدر متصفح لكل صفحة محددة في مشهد OBS الحالي (أو يحدّث ما أنشأه سابقًا) برابطها ورمزها وحجمها</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(خادم الطبقات لا يعمل)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ الوصول عبر الشبكة المحلية مفعّل: أي جهاز في شبكتك لديه رابط يمكنه فتح هذه الطبقات. أوقفه من الإعدادات (overlay_lan) ما لم يعمل OBS على حاسوب آخر.</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>نُسخ رابط «{page}» (مع رمزه): الصقه في مصدر متصفح في OBS.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>تعذّر فتح متصفح: انسخ الرابط والصقه في متصفحك.</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>أُرسل تنبيه تجريبي إلى صفحات الطبقات ونافذة التنبيهات.</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>إعادة إنشاء رمز الطبقات؟</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>إعادة إنشائه الآن؟</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>تعذّر استبدال الرمز: {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>حُفظ الرمز الجديد؛ جارٍ تحويل خادم الطبقات إليه…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>حُفظ الرمز الجديد لكن الخادم لم يأخذه ({error}): أعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>الرمز الجديد مستخدم. تُحدَّث المصادر التي أنشأتها «إضافة إلى OBS»؛ الصق الروابط الجديدة يدويًا في أي مصدر متصفح آخر.</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>جارٍ تحديث مصادر المتصفح التي أنشأتها «إضافة إلى OBS»…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>الرمز الجديد مستخدم. الروابط القديمة لم تعد تعمل: انسخ كل رابط من جديد والصقه في مصدر المتصفح الخاص به في OBS.</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>جارٍ إضافة صفحة واحدة إلى OBS…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>جارٍ إضافة {count} صفحات إلى OBS…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>فشلت الإضافة إلى OBS: {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>لم تُحدَّث مصادر المتصفح في OBS: {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>المنفذ {port} مستخدم بالفعل (نسخة أخرى من streamer-app أو برنامج آخر؟): اختر منفذًا آخر عبر ‎--overlay-port P أو الإعداد overlay_port</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>تعذّر فتح خادم الطبقات على المنفذ {port}: {error}؛ اختر منفذًا آخر عبر ‎--overlay-port P</translation>
    </message>
</context>
<context>
    <name>PaidWords</name>
    <message>
        <source>1 Bit</source>
        <translation>Bit واحد</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>New sub (Tier {tier})</source>
        <translation>اشتراك جديد (المستوى {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>تجديد اشتراك (المستوى {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>اشتراك جديد</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>تجديد اشتراك</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>اشتراك مُهدى واحد (المستوى {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>اشتراك مُهدى واحد</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} اشتراكات مُهداة (المستوى {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} اشتراكات مُهداة</translation>
    </message>
    <message>
        <source>Super Chat {amount}</source>
        <translation>Super Chat {amount}</translation>
    </message>
    <message>
        <source>Super Chat</source>
        <translation>Super Chat</translation>
    </message>
    <message>
        <source>Super Sticker {amount}</source>
        <translation>Super Sticker {amount}</translation>
    </message>
    <message>
        <source>Super Sticker</source>
        <translation>Super Sticker</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>عضوية مُهداة واحدة</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} عضويات مُهداة</translation>
    </message>
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform}: {creator} · الجلسة #{id} · {state}</translation>
    </message>
</context>
<context>
    <name>PlatformStrip</name>
    <message>
        <source>{bits} Bits · {subs} subs</source>
        <translation>{bits} Bits · {subs} اشتراكات</translation>
    </message>
    <message>
        <source>{count} paid messages</source>
        <translation>{count} رسائل مدفوعة</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} عملة</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} متابعات</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>الأرباح المقدرة لكل المصادر الليلة، بعملة العرض لديك</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} غير محوّلة</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits وحصتك من الاشتراكات</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>عبر التشجيع</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>جديدة ومجددة ومُهداة</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>تُحتسب للداعمين</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} متابعة جديدة</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>قنوات أغارت</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>حصتك بعد حصة YouTube</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>Super Chat والملصقات</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>ما دفعه المشاهدون</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>ما دفعه المشاهدون قبل حصة YouTube: {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>جديدة ومُهداة</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count} هدايا</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>الداعم</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>العملات</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>هدايا للضيوف</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>الضيف</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>الهدايا</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>حسب المنصة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>تقديري</translation>
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
        <source>Top gifters</source>
        <translation>أكبر الداعمين</translation>
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
        <source>Started (UTC)</source>
        <translation>البداية (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>الداعمون</translation>
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
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>فشل النسخ الاحتياطي/التصدير التلقائي: {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>الجلسة رقم {id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>الجلسة {id} ليست في قاعدة البيانات</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>تعذّر فتح الجلسة: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>ماسات لكل عملة</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>دولار لكل ماسة</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>عملة العرض</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 دولار بتلك العملة</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>ما يدفعه المشاهد لكل عملة (دولار)</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: دولار لكل Bit</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: سعر اشتراك المستوى 1 (دولار)</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: سعر اشتراك المستوى 2 (دولار)</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: سعر اشتراك المستوى 3 (دولار)</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: حصتك من الاشتراكات (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: حصتك من Super Chat والملصقات</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: حصتك من العضويات</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: سعر العضوية (دولار)</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>أسعار الصرف إلى عملة العرض</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>حدود سحب الأرباح</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>أقل عدد عملات للتنبيه</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>مستوى الصوت (0-100)</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>كتم الأصوات</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>قراءة الهدايا بصوت عالٍ (تحويل النص إلى كلام)</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>أقل عدد عملات للقراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>لا تُقرأ أبدًا</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>لون مفتاح الكروما</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>شفافة</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>لون الكروما</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>دائمًا في المقدمة</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>حجم النافذة</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>التنبيهات المنتظرة قبل الملخص</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>لغة الواجهات</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>مثل النافذة</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>@اسمك على TikTok</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>قناتك على Twitch</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>قناتك على YouTube</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>تسجيل البيانات الخام لبث TikTok (لإعادة التشغيل)</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>مجلد التصدير التلقائي</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>ثوانٍ لكل عملة</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>ثوانٍ لكل اشتراك</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>ثوانٍ لكل متابعة</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>وقت البداية (دقائق)</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>الحد الأقصى (دقائق، 0 = بلا حد)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>إعادة التشغيل تضيف وقتًا أيضًا</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>أول هدف للإعجابات</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>ثم كل … إعجاب</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>التحكم في OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>جهاز OBS</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>منفذ WebSocket في OBS</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>ملف عميل OAuth لـ YouTube</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>وحدات YouTube API في اليوم</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>ساعات البث المباشر على YouTube يوميًا</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>الأرباح</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch و YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>المؤقت</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>No official conversion is published: these are estimates. Defaults: 0.5 diamonds per coin, USD 0.01 per diamond (a coin earns about USD 0.005).</source>
        <translation>لا يوجد سعر تحويل رسمي منشور: هذه تقديرات. الافتراضي: 0.5 ماسة لكل عملة، و0.01 دولار لكل ماسة (تربح العملة نحو 0.005 دولار).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>تحتفظ كل جلسة بالمعدلات التي بدأت بها. يدفع Twitch ‏0.01 دولار لكل Bit ويقسم الاشتراكات مناصفة عادةً؛ ويحتفظ YouTube بنسبة 30 % من Super Chat والملصقات والعضويات.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>تنطبق الحدود على الرصيد منذ آخر سحب مسجّل، عبر كل الجلسات. يحدّ TikTok السحب بمبلغ 1,000 دولار يوميًا ويدفع خلال 15 يومًا.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>يضيف الدخل وقتًا ما دام مؤقت الماراثون يعمل أو متوقفًا مؤقتًا. يتبع المؤقت الساعة: يواصل العد التنازلي والتطبيق مغلق ويستأنف بدقة الثانية. هدف الإعجابات هو هدف صفحة واجهة الإعجابات.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>في OBS: الأدوات ▸ إعدادات خادم WebSocket، فعّل &apos;Enable WebSocket server&apos;، ثم اعرض معلومات الاتصال لمعرفة المنفذ وكلمة المرور. بعدها ينشئ الزر إضافة إلى OBS (التنبيهات ▸ واجهات OBS…) مصادر المتصفح.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>عند انتهاء الجلسة تُنسخ قاعدة البيانات احتياطيًا، وإذا حُدّد مجلد تُصدَّر الجلسة إليه بالصيغ المختارة.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>السحوبات</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>مفتاح API لـ Euler Stream</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>معرّف جلسة TikTok</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>كلمة مرور WebSocket في OBS</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>اكتب الماسات التي أبلغ عنها TikTok لترى المعدل الحقيقي.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>استخدام هذا المعدل</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>الماسات المبلغ عنها</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>لا توجد جلسة بها هدايا بعد: عاير بعد أول بث لك.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>تسجيل سحب</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>يُحسب الرصيد والحدود من آخر سحب.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>TikTok @handle</source>
        <translation>@اسم على TikTok</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>بث تجريبي</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>بث Twitch تجريبي</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>بث YouTube تجريبي</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>قناة Twitch</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>دردشة YouTube المباشرة</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>إعادة تشغيل ملف…</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>لا يوجد صوت لتحويل النص إلى كلام مثبت على هذا النظام.</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>محرك تحويل النص إلى كلام في هذا النظام لا يملك صوتًا صالحًا.</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>تحويل النص إلى كلام غير متاح هنا ({error}).</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>الأرباح المقدرة</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>العملات</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>الماسات</translation>
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
        <source>Gifts / min</source>
        <translation>هدايا / دقيقة</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>الاشتراكات</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>اشتراكات مهداة</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>المؤيدون</translation>
    </message>
    <message>
        <source>Raids</source>
        <translation>الغارات</translation>
    </message>
    <message>
        <source>Super Chats</source>
        <translation>Super Chat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>عضويات مهداة</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>بمعدل {rate} ماسة/عملة</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>أنفق المشاهدون ≈ {money}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>تقديري</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} سلسلة أُغلقت بلا نهاية</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} متابعة جديدة</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>آخر 5 دقائق</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>مؤقت الماراثون</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>ابدأ بثًا (أو العرض التجريبي) لتشغيل المؤقت.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>إنقاص {time}</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>إضافة {time}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة ضبط</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>العودة إلى وقت البداية مع الإيقاف (يسأل أولًا)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>{time} added</source>
        <translation>أُضيف {time}</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>خُصم {time}</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} عملة</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} اشتراكات</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} متابعات</translation>
    </message>
    <message>
        <source>from {income}</source>
        <translation>من {income}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>cap {time}</source>
        <translation>الحد {time}</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 عملة = {seconds} ث</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>إعادة ضبط مؤقت الماراثون؟</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>يعود المؤقت إلى وقت البداية ويتوقف. يُنسى الوقت المضاف حتى الآن (تبقى الهدايا في السجل).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>live</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>لم تكتمل</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>فزت</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>تعادل</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>خسرت</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} آخرين</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} عملات</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>الهدايا الأولى</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>للضيوف</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>إجمالي إعجابات الغرفة (حسب عدّ TikTok)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>مشاهدون أرسلوا لك أول هدية الليلة</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>نقاط LIVE Match: نتيجة وليست عملات أو مالًا</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>الداعم</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>العملات</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>المؤيد</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>الاشتراكات</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
</context>
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>يقرأ streamer-app البتات والاشتراكات والمتابعين والدردشة في قناتك عبر تطبيق Twitch الخاص بك. سجّل تطبيقًا في {console} (Client Type: {public}، OAuth redirect {redirect}) والصق معرّف العميل Client ID هنا.</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>تسجيل الدخول إلى Twitch — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>فتح twitch.tv/activate</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>الصق Client ID الخاص بتطبيقك من dev.twitch.tv/console (نحو 30 حرفًا ورقمًا).</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>في الانتظار…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>جارٍ طلب رمز من Twitch…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>افتح twitch.tv/activate وتأكد أنه يعرض هذا الرمز ثم اختر Authorize. في الانتظار…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>فشل تسجيل الدخول إلى Twitch: {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>تم تسجيل الدخول إلى Twitch باسم {login}.</translation>
    </message>
</context>
</TS>
