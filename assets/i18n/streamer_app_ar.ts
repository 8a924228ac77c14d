<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>يجب أن يكون {field} على الأقل {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>يجب ألا يتجاوز {field} القيمة {high}</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>في {field} قوس معقوف غير مغلق: اكتب {example} للقيمة، و{braces} للقوس نفسه</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>يذكر {field} الاسم {name} وهو غير معروف: استخدم {known}</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>تعذّر ملء {field}: التزم بـ {plain} أو {commas}</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>يجب أن يكون {field} اسم ملف داخل مجلد media/ (مثل roar.mp3)، وليس مسارًا</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>يجب أن يكون {field} اسم ملف داخل مجلد media/ (مثل roar.mp3)، دون ..</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>يجب أن يبدأ {field} بـ http(s)</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>يجب أن يكون {field} أحد هذه: {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>يجب أن يكون {field} عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>يجب أن يكون {field} رقمًا</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>يجب أن يكون {field} كائن JSON، مثل {example}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>لا يمكن أن يكون {field} فارغًا</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>يجب أن يكون {field} ‏true أو false</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} ناقص</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} ليس حقلًا في هذا الإجراء (حقوله: {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} ليس حقلًا في هذا الحدث (حقوله: {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>يجب أن يكون {field} كائنًا مثل {example}</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>يجب أن يكون {field} قائمة فيها إجراء واحد على الأقل، مثل {example}</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>يجب أن يكون {field} كائنًا فيه type</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>يجب أن يكون {field} كائنًا فيه name وwhen وdo</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} ليس حقلًا في القاعدة (حقولها: {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>الإجراءات لا تعمل الآن (ابدأ بثًا أو العرض التجريبي أو إعادة تشغيل مع الإجراءات أولًا).</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>لم تُنفَّذ «{rule}»: طابور الإجراءات ممتلئ</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>نُفِّذت «{rule}»: راجع سجل الإجراءات</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>أحداث هذه المنصة فقط (فارغ: أي منصة)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>على الأقل (عملات)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>عملات الهدية المحسوبة: العدد × السعر، كما في سطرها في السجل</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>معرّف الهدية</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>هذه الهدية فقط (فارغ: أي هدية)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host: الهدايا المرسلة إليك فقط، لا إلى الضيوف على الشاشة</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>مرة لكل هدية محسوبة (سطر في السجل): السلسلة تُطلق مرة واحدة عند نهايتها</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>اشتراك</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>كل N إعجاب</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>كل (إعجابات)</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>يُطلق كلما تجاوز مجموع إعجابات الغرفة مضاعفًا لهذا العدد</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>أول هدية من مشاهد</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>أول هدية يرسلها مشاهد إليك</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>بلوغ حد لسحب الأرباح</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>اسم الحد</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>هذا الحد فقط (فارغ: أي حد)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>مرة لكل حد في كل جلسة</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>انتهى مؤقت الماراثون</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>تشغيل صوت</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>ملف الصوت</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>ملف في مجلد media/ داخل مجلد البيانات</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>تشغّله صفحة الوسائط في الواجهة (والنافذة): مرة لكل هدية محسوبة، لا مع كل نقرة</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>نطق نص</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>مثال: &quot;شكرًا {user} على {gift}!&quot;</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>اسم صوت يعرفه النظام (فارغ: الصوت الافتراضي)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>عرض صورة أو GIF أو فيديو</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>ملف الوسائط</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>مدة العرض (ث)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>طلب إلى OBS</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>نوع طلب في obs-websocket 5، مثل SetCurrentProgramScene</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>بيانات الطلب</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>مثال: {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>استدعاء webhook</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</source>
        <translation>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</translation>
    </message>
    <message>
        <source>Discord text</source>
        <translation>نص Discord</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>المهلة (ث)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>إضافة وقت إلى المؤقت</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>عرض تنبيه مخصص</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} فارغ: اكتب اسم المشهد كما يظهر في OBS</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} فارغ: اكتب اسم المصدر كما يظهر في OBS</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} هو اسم القاعدة {number} أيضًا: أعطِ كل قاعدة اسمًا خاصًا بها</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)</source>
        <translation>الأصوات (*.mp3 *.wav *.ogg *.m4a *.opus)</translation>
    </message>
    <message>
        <source>Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</source>
        <translation>الصور وGIF والفيديو (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>ملف في مجلد الوسائط</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>تعذّر نسخ الملف إلى {folder}: {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>أي هدية</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} عملة (المعرّف {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>اختر هدية أو اكتب معرّفها</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(الكل)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>يمكنك استخدام {names} وغيرها.</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>أي شخص (أنت والضيوف)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>أنت فقط (المضيف)</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>الإجراءات — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>تحقق من كل قاعدة واكتب actions.json ‏(Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>قاعدة جديدة</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>نسخة من القاعدة المحددة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>إزالة القاعدة المحددة (يسري عند الحفظ)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>نقل القاعدة لأعلى</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>نقل القاعدة لأسفل</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>اختبار هذه القاعدة</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>نفّذ إجراءاتها الآن بحدث تجريبي (دون المرشحات وفترة الانتظار)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} أصلح الملف يدويًا ({path}) ثم أعد فتح هذه النافذة، أو أنشئ القواعد هنا: الحفظ يسأل قبل استبدال الملف.</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>لا يمكن قراءة القواعد في actions.json حتى يُصلَح الملف (انظر أعلاه).</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>قواعد في {file} بها مشكلات، متوقفة حتى تُصلَح: {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>لم يُحفظ شيء: في {rule} مشكلات (محددة بالأحمر).</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>لم يُحفظ شيء: أُبقي على الملف التالف.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>لم يُحفظ شيء: {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>حُفظت {count} في {path}. تعمل من الحدث التالي.</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>حفظ الإجراءات؟</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>لم تُحفظ تغييراتك على الإجراءات بعد.</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>استبدال actions.json؟</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

استبداله بـ{count} المعروضة هنا؟ تُحفظ نسخة من الملف التالف بجانبه.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>في هذه القاعدة مشكلات: حددها لتراها.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (نسخة)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعدة</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>أصلح الحقول المحددة بالأحمر أولًا.</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>فشل الاختبار: {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>السجل ({count} فشل)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>تعذّرت قراءة {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} ليس JSON صالحًا: السطر {line}، العمود {column}: {reason}. لن يعمل أي إجراء حتى يُصلَح.</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} السطر 1: يجب أن يكون كائنًا {example}. لن يعمل أي إجراء حتى يُصلَح.</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>يرسل نص Discord أدناه كما يتوقعه webhook في Discord؛ وإلا يرسل الحدث بصيغة JSON</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>تنسيق Discord</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>إجراء غير معروف «{type}»</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… أو عنوان https:// الخاص بك</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>نفّذ هذا أبكر</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>نفّذ هذا لاحقًا</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>إزالة هذا الإجراء</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>الهدية</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>الهدية: اختر واحدة من القائمة أو اكتب معرّفها (عدد صحيح)</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>مثال: Lion: زئير ومشهد Lion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>ألغِ التحديد لإبقاء القاعدة دون تشغيلها</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>عدد الثواني الأدنى بين تشغيلين لهذه القاعدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>فترة الانتظار (ث)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>عندما</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>افعل</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>فترة الانتظار</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>أضف إجراءً واحدًا على الأقل: ماذا يحدث عند وصول هذا الحدث؟</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>الهدية {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>أول {gift}</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>أول هدية</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(بلا حدث)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>كل {count} إعجاب</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{what} بقيمة {coins}+ عملة</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>{what} إليك</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{what} على {platform}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>مشهد OBS ‏{name}</translation>
    </message>
    <message>
        <source>OBS show {name}</source>
        <translation>إظهار في OBS ‏{name}</translation>
    </message>
    <message>
        <source>OBS hide {name}</source>
        <translation>إخفاء في OBS ‏{name}</translation>
    </message>
    <message>
        <source>OBS restart {name}</source>
        <translation>إعادة تشغيل في OBS ‏{name}</translation>
    </message>
    <message>
        <source>OBS text {name}</source>
        <translation>نص OBS ‏{name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>صوت {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>عرض {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>نطق «{text}»</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>تنبيه «{text}»</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>المؤقت {seconds} ث</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>قاعدة واحدة</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} قواعد</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>لا توجد قواعد بعد. انقر إضافة لإنشاء واحدة: مثلًا عند وصول Lion، شغّل roar.mp3 وبدّل OBS إلى مشهد Lion.</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>القاعدة {number} «{name}»</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>القاعدة {number}</translation>
    </message>
</context>
<context>
    <name>ActionsLogView</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>الإخفاقات فقط</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>إخفاء ما نجح: ما فشل ولماذا، وما أُسقط</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>سطر واحد، {failed} فشل.</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} سطر، {failed} فشل.</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>تعمل الإجراءات أثناء البث أو العرض التجريبي أو إعادة التشغيل مع الإجراءات.</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>أُسقطت (الطابور ممتلئ): {count}.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
</context>
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
        <source>viewer {id}</source>
        <translation>مشاهد {id}</translation>
    </message>
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
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money} تقديريًا · {figures}</translation>
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
        <source>subs &amp; members</source>
        <translation>الاشتراكات والأعضاء</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>الداعمون</translation>
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
        <source>TOP SUPPORTERS</source>
        <translation>أكبر الداعمين</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} اشتراكات</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>شكرًا</translation>
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
        <source>{name} cleared</source>
        <translation>تم مسح {name}</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>لم يُدخل أي {name}؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>هذا لا يبدو {name} (قصير جدًا أو فيه مسافات)؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>تم حفظ {name} في {where}: {mask}</translation>
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
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>اذكر عدد الثواني المراد إضافتها، مثلًا &apos;streamer-app timer add 300&apos; (القيمة السالبة تُنقص)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>running</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} عملة</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} عملات</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} اشتراك</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} اشتراكات</translation>
    </message>
    <message>
        <source>{count} follow</source>
        <translation>{count} متابعة</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} متابعات</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left (ends {time})</source>
        <translation>مؤقت السباثون: {status}، متبقٍ {left} (ينتهي {time})</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>مؤقت السباثون: {status}، متبقٍ {left}</translation>
    </message>
    <message>
        <source>{timer}; {change}.</source>
        <translation>{timer}؛ {change}.</translation>
    </message>
    <message>
        <source>{timer}.</source>
        <translation>{timer}.</translation>
    </message>
    <message>
        <source>added {time} (income: {income})</source>
        <translation>أُضيف {time} (الدخل: {income})</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>أُضيف {time}</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>خُصم {time} (الدخل: {income})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>خُصم {time}</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>القواعد: 1 عملة = {coin} ث، 1 اشتراك = {sub} ث، 1 متابعة = {follow} ث، الحد الأقصى {cap}.</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>القواعد: 1 عملة = {coin} ث، 1 اشتراك = {sub} ث، 1 متابعة = {follow} ث.</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>لا توجد صفحة تراكب باسم {page}: اختر من {pages}</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>جارٍ الاتصال بـ OBS على {host}:{port}…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>ملاحظة: يعمل OBS على حاسوب آخر، لكن روابط التراكب تشير إلى 127.0.0.1 (أي حاسوب OBS نفسه): فعّل overlay_lan وعدّل العنوان في كل مصدر (docs/OBS.md).</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>تم حفظ رمز تراكب جديد: تتوقف الروابط القديمة عن العمل بعد إعادة تشغيل streamer-app (أو فورًا في النافذة). المصادر التي أنشأها «إضافة إلى OBS» تحصل على الروابط الجديدة عند اتصال النافذة بـ OBS في المرة القادمة (أو شغّل &apos;streamer-app overlay add-to-obs&apos;)؛ حدّث أي مصدر متصفح آخر في OBS بما يلي:</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>الوصول عبر الشبكة المحلية مفعّل: على الأجهزة الأخرى استخدم عنوان IP لهذا الحاسوب بدلًا من 127.0.0.1.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>مضبوط</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير مضبوط</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path} (لا يقرؤه غيرك)</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>محفوظ في: {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>معرّف العميل لتطبيق Twitch الخاص بك (dev.twitch.tv/console: Register Your Application، Client Type &apos;Public&apos;، إعادة توجيه OAuth http://localhost؛ docs/PLATFORMS.md)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>مسجّل الدخول</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>تم تسجيل الخروج من Twitch (معرّف العميل محفوظ)</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>معرّف عميل Twitch ({help}): </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>أعطِ {help} مع --client-id؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>افتح {url} وأدخل الرمز {code} ليتمكن streamer-app من قراءة Bits والاشتراكات والمتابعين والدردشة في قناتك. في الانتظار...</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>تم تسجيل الدخول إلى Twitch باسم {login}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>ملف عميل OAuth</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>تم تسجيل الخروج من YouTube (إعداد ملف عميل OAuth محفوظ)</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>تم تسجيل الدخول إلى YouTube؛ بيانات الدخول محفوظة في {where}</translation>
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
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor: جارٍ فحص {path}</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>لم يُفحص: لا يمكن قراءة الإعدادات</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>التحكم في OBS متوقف (الإعدادات ▸ OBS)؛ «إضافة إلى OBS» لا يتصل إلا عند الطلب</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>الصق كلمة المرور من «Show Connect Info» في OBS داخل الإعدادات ▸ OBS</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>لا يمكن الوصول إلى {host}:{port}</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} يستجيب على {host}:{port} وقبل كلمة المرور</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>حرّر مساحة على القرص (القرص أو حصتك ممتلئة)، أو اختر مجلدًا آخر بـ --data-dir</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>القرص للقراءة فقط: أعد تركيبه قابلًا للكتابة أو استخدم قرصًا آخر، أو اختر مجلدًا آخر بـ --data-dir</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>أصلح أذونات المجلد (يجب أن تتمكن من الكتابة فيه)، أو اختر مجلدًا آخر بـ --data-dir</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>قال النظام: {error}؛ افحص القرص، أو اختر مجلدًا آخر بـ --data-dir</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>انقل ذلك الملف، أو اختر مجلدًا آخر بـ --data-dir</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} غير موجود ولا يمكن إنشاؤه</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>اختر مجلدًا يمكنك الكتابة فيه بـ --data-dir أو STREAMER_APP_HOME</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>سيُنشأ {path} مع أول بث</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>لا يمكن الكتابة في {path} ({error})</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path}: المساحة الحرة {mb} ميغابايت فقط</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>حرّر مساحة على القرص: السجل والتسجيلات تحتاج إلى مساحة لتكبر</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} قابل للكتابة ({gb} غيغابايت حرة)</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>أصلح القيمة في {path}، أو احذف الملف للبدء بالقيم الافتراضية</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>الإعدادات صالحة</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>استعد أحدث نسخة احتياطية: streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>لا توجد نسخة احتياطية: انقل الملف لبدء قاعدة بيانات جديدة (احتفظ به؛ قد يمكن استرداده)</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>لا توجد قاعدة بيانات بعد: ينشئها أول بث</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>لا يمكن قراءة {path} ({error})</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>أصلح أذونات الملف</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} ليس قاعدة بيانات SQLite (تالف أو مكتوب فوقه)</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>لا يمكن فتح {path} ({error})</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>فشل {path} في فحص السلامة ({problem})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} ليس قاعدة بيانات streamer-app</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>انقله (سينشئ streamer-app واحدة جديدة)، أو استعد نسخة احتياطية</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} كُتب بإصدار أحدث من streamer-app</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>حدّث التطبيق</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>لا يمكن قراءة {path} ({error})</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>اجتاز {name} الفحص: {sessions} جلسة، {rows} سطرًا في السجل ({mb} ميغابايت)</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>أنشئ واحدة الآن: streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>{count} نسخة احتياطية، أحدثها {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>المنفذ {port} على {host} مستخدم بالفعل</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>إذا كان streamer-app يعمل بالفعل فهذا متوقع؛ وإلا فأغلق البرنامج الذي يستخدمه، أو اختر منفذًا آخر: --overlay-port {port} (أو overlay_port في الإعدادات)</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>المنفذ {port} متاح لخادم التراكب</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>Qt المضمّن (يُفحص عند فتح النافذة)</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 يُحمَّل ويبدأ (offscreen)</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 لا يبدأ: {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>أعد تثبيت التطبيق (pip install --force-reinstall streamer-app)، وثبّت مكتبات النظام المذكورة أدناه إن وُجدت</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>لم يبدأ PySide6 خلال المهلة المحددة</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>شغّل &apos;streamer-app -v&apos; لترى أين يتوقف</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>تعذّر الفحص (ldd أو إضافة xcb مفقودة)</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>إن لم تُفتح النافذة، فثبّت libxcb-cursor0 وlibxkbcommon-x11-0</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>مفقود: {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>ثبّتها، على Debian/Ubuntu: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>كل المكتبات التي تحتاجها إضافة نوافذ X11 (xcb) موجودة</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>لا يوجد DISPLAY أو WAYLAND_DISPLAY: لا سطح مكتب لفتح نافذة عليه</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>استخدم --headless هنا، أو شغّل من جلسة سطح مكتب</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>محفوظ في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>محفوظ في {path}، لا يقرؤه غيرك (لا تتوفر سلسلة مفاتيح للنظام)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>منفذ التراكب</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>مكتبات نوافذ Qt</translation>
    </message>
    <message>
        <source>display</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>الأسرار</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see the advice after each one.</source>
        <translation>{problems} مشكلة و{warnings} تحذير: راجع النصيحة بعد كل منها.</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>لا مشاكل؛ {warnings} تحذير.</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>كل شيء يبدو على ما يرام.</translation>
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
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>تم الإيقاف</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>تم الإيقاف قبل بدء المصدر</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>انتهى المصدر</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>انتهى البث التجريبي</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>انتهى بث Twitch التجريبي</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>انتهى بث YouTube التجريبي</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>نهاية التسجيل</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>أنهى صانع المحتوى البث المباشر</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>انتهى الوصول إلى Twitch</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>انتهت الدردشة المباشرة على YouTube</translation>
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
        <source>ledger: {problem}</source>
        <translation>السجل: {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>وصل مؤقت السباثون إلى الصفر</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>انقطاع في الاتصال: قد يكون {length} مفقودًا</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>{length} من وقت البث | {paid} | {earnings} تقديريًا</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>لا رسائل مدفوعة بعد</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>{length} من وقت البث | {gifts} هدية | {coins} عملة | {earnings} تقديريًا | {gifters} داعمًا</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>المؤقت {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>السجل متأخر بـ {count} سطرًا</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>متوقف مؤقتًا {left}</translation>
    </message>
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
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | الأرباح التقديرية {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>لا رسائل مدفوعة</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>أكبر الداعمين: {names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>رُفض {count} سطرًا من السجل لعدم اتساقها ونُقلت جانبًا إلى {path}؛ كل ما عداها محفوظ</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>هدايا للضيوف (دخلهم، ليست ضمن مجاميعك): {coins} عملة، {guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>{count} هدية أولى: مشاهدون أهدوك لأول مرة</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>تم تجاهل {count} رسالة هدية أُعيد إرسالها</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>أُغلقت {count} سلسلة دون رسالة النهاية</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>{count} انقطاعات في الاتصال: قد تنقص المجاميع هدايا أُرسلت حينها</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>مؤقت السباثون {state} (أُضيف {time} من {coins} عملة و{subs} اشتراكات و{follows} متابعات)</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>تعذّرت الكتابة في السجل</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>لم يُحفظ: {why}؛ تعذّرت قراءة ملف السجل لمعرفة كم يحتوي من هذه الجلسة</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>لم يُحفظ: {why}. يحتوي السجل على {saved_gifts} من هذه الهدايا البالغة {gifts} ({saved_coins} من {coins} عملة)؛ الباقي يضيع عند انتهاء هذا التشغيل (يمكن إعادة تشغيل التسجيل، إن وُجد، بعد حل المشكلة)</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>الليلة: {earnings} تقديريًا ({platforms}) | {gifts} هدية | {coins} عملة</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform}: لم يعمل: {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>مجموع الليلة: أرباح تقديرية {earnings} عبر {count} جلسات: {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>خارج المجموع: {platform} {amount} {currency} (عملة غير عملة الجلسة الأولى)</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>لم يُحفظ كل شيء: راجع كل جلسة أعلاه</translation>
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
        <source>New sub</source>
        <translation>اشتراك جديد</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>تجديد اشتراك (المستوى {tier})</translation>
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
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · {balance} تقديريًا حتى الآن</translation>
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
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: دولار لكل Bit</translation>
    </message>
    <message>
        <source>Twitch: subs (USD)</source>
        <translation>Twitch: الاشتراكات (دولار)</translation>
    </message>
    <message>
        <source>your share {percent}</source>
        <translation>حصتك {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube: حصتك</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>{supers} من Supers · {memberships} من العضويات</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
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
        <translation>الحد الأدنى للدفع في Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>حد الدفع في YouTube (AdSense)</translation>
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
        <source>Night of {date} · {platforms}</source>
        <translation>ليلة {date} · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} عملة</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} اشتراك</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} اشتراكات</translation>
    </message>
    <message>
        <source>{subs} ({count} gifted)</source>
        <translation>{subs} ({count} مُهداة)</translation>
    </message>
    <message>
        <source>{count} Bit</source>
        <translation>{count} Bit</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} Super Chat and Stickers</source>
        <translation>{count} Super Chat وملصقات</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>{count} Super Chats وملصقات</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>لا رسائل مدفوعة</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>{count} عضوية</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} عضويات</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>لا يوجد سعر صرف إلى {currency} لـ {codes}: {amounts} (حصتك) محفوظ ومدرج كغير محوّل، وليس ضمن الأرباح التقديرية. أضف {rates} إلى أسعار الصرف في الإعدادات &gt; Twitch وYouTube.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · بث مباشر {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(لا يوجد بث: بدأ مشغّل خاص بهذا الاختبار)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>ما زال يعمل: راجع تبويب السجل</translation>
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
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>ما يحصل عليه صانع المحتوى عن كل عملة يرسلها مشاهد (لا تنشره TikTok؛ نحو 0.5).</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>دولار لكل ماسة</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>ما تدفعه TikTok عن كل ماسة (نحو 0.01 دولار).</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>عملة العرض</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>رمز العملة من ثلاثة أحرف الذي تُعرض به الأرباح.</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 دولار بتلك العملة</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>سعر الصرف الخاص بك: لا يُبحث عن شيء عبر الإنترنت.</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>ما يدفعه المشاهد لكل عملة (دولار)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>ما ينفقه المشاهدون على كل عملة في التطبيق (نحو 0.0143 دولار)، لخانة «أنفق المشاهدون».</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: دولار لكل Bit</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>ما تكسبه عن كل Bit: ‏0.01 دولار (تدفع Twitch للشركاء سنتًا عن كل Bit).</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: سعر اشتراك المستوى 1 (دولار)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>ما يدفعه المشاهد لاشتراك المستوى 1 (4.99 دولار في الولايات المتحدة؛ أرخص في بعض الدول).</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: سعر اشتراك المستوى 2 (دولار)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>ما يدفعه المشاهد لاشتراك المستوى 2 (9.99 دولار).</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: سعر اشتراك المستوى 3 (دولار)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>ما يدفعه المشاهد لاشتراك المستوى 3 (24.99 دولار).</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: حصتك من الاشتراكات (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>التقسيم المعتاد 50 % (والاشتراكات المهداة كذلك)؛ Partner Plus وبعض العقود تدفع أكثر.</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: حصتك من Super Chat والملصقات</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>70 % مما يدفعه المشاهدون بعد حصة YouTube ‏(https://support.google.com/youtube/answer/7288782).</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: حصتك من العضويات</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>70 % من سعر العضوية بعد حصة YouTube، كما في Super Chat.</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: سعر العضوية (دولار)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>يُستخدم حين لا تذكر رسالة العضوية سعرها (4.99 دولار، المستوى الأول المعتاد).</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>أسعار الصرف إلى عملة العرض</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>وحدة واحدة من كل عملة يدفع بها المشاهدون، بعملة العرض لديك، مثل EUR=1.08، JPY=0.0064. لا يُبحث عن شيء عبر الإنترنت؛ المبلغ بعملة بلا سعر صرف يُحفظ ويُدرج كغير محوَّل.</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>حدود سحب الأرباح</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>الأهداف والحدود الدنيا للسحب، بالمال أو الماسات أو العملات، ولكل منها منصتها. تدفع Twitch من 50 دولارًا (100 دولار بالتحويل البنكي؛ https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers)، وYouTube عبر AdSense من 100 دولار أو ما يعادلها محليًا (https://support.google.com/adsense/answer/1709871).</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>أقل عدد عملات للتنبيه</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>الهدايا الأصغر تُحسب لكن دون تنبيه.</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>لا يمكن أن يكون أقل عدد عملات سالبًا</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>مستوى الصوت (0-100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>مستوى صوت التنبيه بالنسبة المئوية.</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>مستوى الصوت نسبة من 0 إلى 100</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>كتم الأصوات</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>تنبيهات بلا صوت.</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>قراءة الهدايا بصوت عالٍ (تحويل النص إلى كلام)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>يقرأ اسم الداعم والهدية بصوت النظام.</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>أقل عدد عملات للقراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>الهدايا الأصغر لا تُقرأ بصوت عالٍ.</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>لا يمكن أن يكون أقل عدد عملات للقراءة سالبًا</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>لا تُقرأ أبدًا</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>لا يُقرأ الاسم أو الهدية إذا احتوى إحدى هذه الكلمات.</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>كلمات لا تُقرأ أبدًا، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>خلفية نافذة التنبيهات، لالتقاطها في OBS.</translation>
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
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>اختر «chroma» أو «transparent»</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>لون الكروما</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>اللون الذي يزيله OBS، مثل ⁦#00b140⁩.</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>دائمًا في المقدمة</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>يُبقي نافذة التنبيهات فوق النوافذ الأخرى.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>حجم النافذة</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>حجم نافذة التنبيهات بالبكسل.</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>اختر واحدًا من: {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>التنبيهات المنتظرة قبل الملخص</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>إذا زاد عدد التنبيهات المنتظرة عن هذا، تُجمع البقية في بطاقة ملخص واحدة.</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>بين 1 و100 تنبيه منتظر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>لغة النافذة والتقارير، والواجهات ما لم تُحدَّد أدناه.</translation>
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
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>اللغة التي يقرأ بها جمهورك الواجهات (قد تختلف عن لغتك).</translation>
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
        <source>The account to follow; empty offers the demo.</source>
        <translation>الحساب المتابَع؛ إن كان فارغًا يُعرض العرض التجريبي.</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>قناتك على Twitch</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>يُتابَع أيضًا بجانب TikTok عند بدء التطبيق (البث على عدة منصات معًا)؛ فارغ: لا شيء. سجّل الدخول أولًا: البث ▸ تسجيل الدخول إلى Twitch.</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>قناتك على YouTube</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>يُتابَع أيضًا بجانب TikTok عند بدء التطبيق؛ @اسمك أو معرّف القناة أو معرّف الفيديو المباشر؛ فارغ: لا شيء. سجّل الدخول أولًا (docs/PLATFORMS.md).</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>تسجيل البيانات الخام لبث TikTok (لإعادة التشغيل)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>يحفظ ما أرسلته TikTok، لإعادة تشغيل البث والتحقق منه لاحقًا.</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>مجلد التصدير التلقائي</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>مكان تصدير كل جلسة عند انتهائها؛ فارغ: لا تصدير تلقائي. المجلد النسبي يكون داخل مجلد البيانات.</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>لا تصدير تلقائي</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>تنسيقات التصدير التلقائي.</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>تنسيق غير معروف {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>ثوانٍ لكل عملة</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>الوقت الذي تضيفه كل عملة من هدية محسوبة (Rose تضيفه مرة، وGalaxy ألف مرة).</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>يجب أن تكون الثواني لكل عملة بين 0 و3600</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>ثوانٍ لكل اشتراك</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>الوقت الذي يضيفه كل اشتراك.</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>يجب أن تكون الثواني لكل اشتراك بين 0 و86400</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>ثوانٍ لكل متابعة</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>الوقت الذي تضيفه كل متابعة جديدة (0: لا تضيف المتابعات شيئًا).</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>يجب أن تكون الثواني لكل متابعة بين 0 و3600</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>وقت البداية (دقائق)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>ما يعرضه المؤقت قبل بدئه وبعد إعادة ضبطه.</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>يجب أن يكون وقت البداية بين 0 و100,000 دقيقة</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>الحد الأقصى (دقائق، 0 = بلا حد)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>لا يحمل المؤقت أكثر من هذا أبدًا؛ الوقت الزائد لا يُضاف.</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>يجب أن يكون الحد الأقصى بين 0 و100,000 دقيقة (0: بلا حد)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>إعادة التشغيل تضيف وقتًا أيضًا</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>متوقف: البث المباشر والعرض التجريبي فقط يمددان المؤقت، لا التسجيل المعاد تشغيله.</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>أول هدف للإعجابات</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>الهدف الأول لصفحة الإعجابات (مجموع إعجابات الغرفة).</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>يجب أن يكون هدف الإعجابات عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>ثم كل … إعجاب</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>عند بلوغ هدف، يكون الهدف التالي أبعد بهذا العدد من الإعجابات.</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>يجب أن تكون خطوة هدف الإعجابات عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>التحكم في OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>يتصل بخادم WebSocket في OBS: الإضافة إلى OBS، وإجراءات تبدّل المشاهد أو تُظهر المصادر.</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>جهاز OBS</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>مكان تشغيل OBS: ‏127.0.0.1 إن كان هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>منفذ WebSocket في OBS</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>منفذ الخادم في OBS من الأدوات &gt; إعدادات خادم WebSocket ‏(4455 ما لم يُغيَّر).</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value} ليس منفذًا بين 1 و65535</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>ملف عميل OAuth لـ YouTube</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>ملف JSON لعميل Google OAuth الخاص بك (من نوع تطبيق سطح المكتب) لتسجيل الدخول إلى YouTube (يشرح docs/PLATFORMS.md كيفية إنشائه).</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>وحدات YouTube API في اليوم</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>حصة YouTube Data API اليومية لمشروعك في Google Cloud ‏(10,000 ما لم ترفعها Google).</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>بين 100 و100,000,000 وحدة يوميًا</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>ساعات البث المباشر على YouTube يوميًا</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>يُقرأ الدردشة بوتيرة تجعل حصة اليوم تكفي هذا العدد من ساعات البث.</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>بين 0.5 و24 ساعة</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>سلسلة الهدايا التي لا جديد فيها طوال هذه المدة تُغلق وتُحسب.</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>يجب أن تكون مهلة خمول السلسلة بين 1 و600 ثانية</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>المنفذ المحلي لمصادر المتصفح في OBS.</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value} ليس منفذًا بين 1024 و65535</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>فقط لـ OBS على كمبيوتر آخر: تصبح الواجهة متاحة خارج هذا الجهاز.</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>الجزء السري من عناوين الواجهات (غيّره بـ «overlay rotate-token»).</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>تُحذف أقدم التسجيلات عند تجاوز هذا الحجم.</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>احتفظ بـ 10 ميغابايت من التسجيلات على الأقل</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>النسخ الاحتياطية لقاعدة البيانات المحفوظة في مجلد البيانات.</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>احتفظ بين 1 و1000 نسخة احتياطية</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>الحد العام لقواعد actions.json، بزمن البث (0: بلا حد).</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>يجب أن تكون الإجراءات في الثانية بين 0 و1000</translation>
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
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>يجب أن يكون {name} رقمًا، لا {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>يجب أن يكون {name} رقمًا منتهيًا، لا {value}</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>يجب أن يكون {name} أكبر من صفر، لا {value}</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>لا يمكن أن يكون {name} سالبًا، لا {value}</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>يجب أن يكون {name} رمزًا من ثلاثة أحرف مثل USD أو EUR، لا {value}</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>اكتب كل سعر صرف بالشكل CODE=rate، مثل EUR=1.08، لا {value}</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>عملة سعر الصرف</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>سعر صرف {code} مذكور مرتين</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>يجب ألا تتجاوز الماسات لكل عملة 1 (لا يحصل صانع المحتوى أبدًا على أكثر من العملات)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} حصة: 1 على الأكثر (0.5 تعني 50 %)، لا {value}</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>يجب ألا يتجاوز {name} القيمة {most}، لا {value}</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>يجب ألا يتجاوز سعر صرف {code} القيمة 1,000,000,000، لا {value}</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>الماسات المعلنة</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>يحتاج الحد إلى اسم (نص)</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>يجب أن تكون منصة {threshold} إحدى هذه: {known}، لا {value}</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} حد على {platform}: وحدته المال (العملات والماسات خاصة بـ TikTok)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>يجب أن تكون الوحدة إحدى هذه: {known}، لا {value}</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>يجب أن تكون عملة {threshold} رمزًا من ثلاثة أحرف مثل USD، لا {value}</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} بعملة {currency}؛ لا يمكن تحويل سوى {base} وعملة العرض {display}</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>المتوقع true أو false، وليس {value}</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>المتوقع عدد صحيح، وليس {value}</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>المتوقع رقم، وليس {value}</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>المتوقع نص، وليس {value}</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>المتوقع قائمة نصوص</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>المتوقع كائن</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>المتوقع قائمة</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>يجب أن يحتوي ملف الإعدادات على كائن JSON</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} ليس JSON صالحًا (السطر {line}): أصلحه أو احذفه</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} ليس رقمًا</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} ملف وليس مجلدًا: اختر مجلدًا</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>سعر صرف {code}</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>مبلغ {threshold}</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} ليس @اسم مستخدم في TikTok ‏(2-24 حرفًا أو رقمًا أو &apos;_&apos; أو &apos;.&apos;)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>حدّان لهما الاسم نفسه</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value} ليس لونًا مثل ⁦#00b140⁩</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>يجب أن يحمل الرمز 128 بت على الأقل (22 حرفًا)</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>اكتب الكمبيوتر الذي يعمل عليه OBS: ‏127.0.0.1 إن كان هذا الجهاز</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} ليس اسم مضيف ولا عنوان IP (اكتبه دون ws:// ودون منفذ)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} ليس ملفًا: اختر ملف JSON الذي نزّلته لعميل OAuth الخاص بك</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>حدد تنسيقًا واحدًا على الأقل، أو أفرغ المجلد لإيقاف التصدير التلقائي.</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>حدّد إعدادًا، مثل «streamer-app settings get alerts.volume»</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>لا يوجد إعداد {key} لتغييره هنا: يعرضها «streamer-app settings show»</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>اذكر القيمة الجديدة، مثل «streamer-app settings set {key} VALUE»</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (حُفظ)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>مال</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>ماسات</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>عملات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>الحد في السطر {row}: {problem}</translation>
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
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>اختياري: مفتاح API يتجنب حدود معدل خادم التوقيع. يُحفظ في سلسلة مفاتيح النظام، ولا يظهر أبدًا في السجلات أو التسجيلات أو التصديرات.</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>اختياري: مفتاح API يتجنب حدود معدل خادم التوقيع. يُحفظ في ملف لا يقرؤه غيرك، ولا يظهر أبدًا في السجلات أو التسجيلات أو التصديرات.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>لاستخدام مجلد آخر، ابدأ بـ --data-dir DIR أو اضبط STREAMER_APP_HOME.</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>محفوظ (اكتب للاستبدال)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>كلمة مرور WebSocket في OBS</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>كلمة المرور التي يعرضها OBS</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>تعذّرت قراءة الجلسات: {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} عملة</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>الماسات التي أعلنتها TikTok لذلك البث</translation>
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
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>حقق ذلك البث {rate} ماسة لكل عملة ({coins} عملة).</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>ضُبطت الماسات لكل عملة على {rate}؛ احفظ لإبقائها افتراضية.</translation>
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
        <source>amount withdrawn</source>
        <translation>المبلغ المسحوب</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>تسجيل سحب</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>يُحسب الرصيد والحدود من آخر سحب.</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>يجب أن يكون السحب أكبر من صفر</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>لا يوجد سجل بعد: ابدأ بثًا (أو شغّل العرض التجريبي) أولًا</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>تعذّر حفظ الإعدادات: {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>مصدر غير معروف {kind}: اختر {kinds}</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>اكتب اسم المستخدم @ في TikTok أولًا (2-24 حرفًا أو رقمًا أو &apos;_&apos; أو &apos;.&apos;).</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} ليس اسم مستخدم @ في TikTok (2-24 حرفًا أو رقمًا أو &apos;_&apos; أو &apos;.&apos;)</translation>
    </message>
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
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name} ({kind}) متصل بالفعل الليلة</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>لا يمكن قراءة {path} كتسجيل ({error})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} ليس تسجيلًا خامًا من streamer-app (سطره الأول ليس ترويسة {fmt})</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path}: ترويسة التسجيل لا تحتوي {key}</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path}: قيمة started_at في ترويسة التسجيل ليست تاريخ ISO</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} ليس تسجيلًا خامًا من streamer-app (سطره الأول ليس ترويسة من {formats})</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>لم يُعطَ اسم مستخدم @ في TikTok</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>توقف قبل الاتصال بـ {handle}</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>تم بلوغ حد الاتصالات لخادم التوقيع</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>تم بلوغ حد الاتصالات لخادم التوقيع (مفتاح API من Euler Stream يرفعه)</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} ليس في بث مباشر الآن؛ سيتم الاتصال فور بدء البث</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>البث المباشر لـ {handle} مقيّد بالعمر: أضف معرّف جلسة TikTok في الإعدادات لمشاهدته</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>رفض TikTok الاتصال (محظور)؛ حاول لاحقًا أو أضف معرّف جلسة</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>يقول خادم التوقيع إن هذا يحتاج خطة Euler Stream مدفوعة</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>يرفض خادم التوقيع استخدام معرّف الجلسة؛ احذفه من الإعدادات</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>كان الاتصال السابق لا يزال مفتوحًا؛ جارٍ إعادة الاتصال</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>لا يوجد في TikTok حساب بث مباشر باسم {handle}: تحقق من كتابة اسم المستخدم</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>لا شبكة: لا يمكن الوصول إلى TikTok</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>لم يمنح TikTok اتصالًا (ربما يتحقق من الروبوتات)</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>فشل الاتصال ({error})</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>لا شبكة: لا يمكن الوصول إلى خادم التوقيع</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>رفض خادم التوقيع مفتاح API من Euler Stream: تحقق منه في الإعدادات</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>يطلب خادم التوقيع مفتاح API من Euler Stream: أضف واحدًا في الإعدادات</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>لم يُجب خادم التوقيع كما هو متوقع ({reason})</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>لا توجد قناة Twitch باسم {login}.</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>اكتب اسم دخول قناة Twitch (3-25 حرفًا أو رقمًا أو &apos;_&apos;).</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path}: ترويسة تسجيل Twitch لا تحتوي channel_id</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>سجّل الدخول إلى YouTube أولًا: اضبط &apos;YouTube OAuth client file&apos; في الإعدادات (أو شغّل &apos;streamer-app youtube sign-in&apos;)، أو احفظ مفتاح API (&apos;streamer-app secrets set youtube-api-key&apos;) لقراءة دردشة عامة</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>توقف قبل أن يبدأ بث YouTube</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>لا يمكن بدء مصدر YouTube: مكتبة عميل Google غير مكتملة في هذا التثبيت ({error})؛ ثبّت streamer-app بـ pip لمتابعة YouTube</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} ليس قناة YouTube (اسم مستخدم @ أو معرّف UC...) ولا معرّف فيديو أو رابطه</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>اضبط &apos;YouTube OAuth client file&apos; في الإعدادات أولًا (ملف JSON لعميل OAuth من نوع سطح المكتب من Google Cloud console؛ يشرح docs/PLATFORMS.md الطريقة)</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>ملف عميل OAuth لـ YouTube {path} غير موجود</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path} ليس ملف عميل OAuth من Google من نوع تطبيق سطح المكتب ({error})</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>لم يكتمل تسجيل الدخول إلى YouTube ({error})</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>لمتابعة بثك الخاص، سجّل الدخول إلى YouTube (مفتاح API يقرأ الدردشات العامة فقط: اكتب معرّف الفيديو أو القناة بدلًا من ذلك)</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>لا يوجد في YouTube فيديو {video_id} (أو أنه خاص)</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>انتهى البث المباشر للفيديو {video_id}؛ لم تعد دردشته قابلة للقراءة</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>الفيديو {video_id} ليس بثًا مباشرًا</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>لا توجد في YouTube قناة {channel}</translation>
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
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>لا توجد بعد قاعدة بيانات في {data_dir} لنسخها احتياطيًا</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>لا يمكن إنشاء مجلد النسخ الاحتياطي {folder}: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>لا يمكن الكتابة في {folder}: المجلد أو قرصه للقراءة فقط (لم يتغير شيء)</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>فشلت قاعدة البيانات في الفحص ({problem})؛ لم تُنشأ نسخة احتياطية، لذا بقيت النسخ الأقدم كما هي</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>القرص الذي يحوي {folder} ممتلئ: حرّر مساحة وحاول مجددًا (لم تُنشأ نسخة احتياطية؛ النسخ الأقدم باقية كما هي)</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>فشل النسخ الاحتياطي: {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>حرّر مساحة وحاول مجددًا</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>لم تُنشأ نسخة احتياطية</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>فشل النسخ الاحتياطي ({error}): {advice}؛ النسخ الأقدم باقية كما هي</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} غير موجود أو ليس ملفًا</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} ليس قاعدة بيانات streamer-app (ليس ملف SQLite)؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>لا يمكن فتح {path} ({error})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} تالف ({problem})؛ اختر نسخة احتياطية أخرى. لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} ملف SQLite لكنه ليس قاعدة بيانات streamer-app؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} كُتب بإصدار أحدث من streamer-app؛ حدّث التطبيق أولًا. لم يتغير شيء</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} ليس قاعدة بيانات streamer-app قابلة للقراءة ({error})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>هذا الملف هو قاعدة البيانات الحالية نفسها؛ اختر ملف نسخة احتياطية</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>القرص الذي يحوي {folder} ممتلئ، لذا تعذّر نقل قاعدة البيانات الحالية جانبًا: حرّر مساحة وحاول مجددًا؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>تعذّر نقل قاعدة البيانات الحالية جانبًا ({error}): أغلق أي برنامج يستخدمها وحاول مجددًا؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>افحص المجلد</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>تعذّر نقل قاعدة البيانات الحالية جانبًا ({error}): {advice}؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>قاعدة بياناتك السابقة في {path}</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>لم تكن هناك قاعدة بيانات سابقة</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>لم تجتز قاعدة البيانات المستعادة الفحص؛ {previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>القرص ممتلئ، لذا تعذّرت استعادة النسخة الاحتياطية: حرّر مساحة وحاول مجددًا؛ {previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>قاعدة البيانات قيد الاستخدام ({error}): أغلق streamer-app وحاول مجددًا</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>في ملف -wal الخاص بـ {path} هدايا حديثة لا يقرؤها SQLite إلا من مجلد قابل للكتابة: انسخ المجلد {folder} كاملًا إلى مكان قابل للكتابة واستخدم --data-dir هناك (لم يتغير شيء)</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} ليس قاعدة بيانات streamer-app قابلة للقراءة (ربما تالفة). استعد نسخة احتياطية بـ &apos;streamer-app restore FILE&apos; أو انقل الملف للبدء من جديد.</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} للقراءة فقط: تحقق من أذونات الملف ومن أن قرصه غير مركّب للقراءة فقط، أو اختر --data-dir آخر.</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>لا يمكن فتح {path}: تحقق من وجود المجلد وقابليته للكتابة، أو اختر --data-dir آخر.</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>القرص الذي يحوي {path} ممتلئ: حرّر مساحة وحاول مجددًا (لم يضع شيء محفوظ).</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>لا يمكن الكتابة في {path} (خطأ إدخال/إخراج في القرص): قد يكون القرص ممتلئًا أو تجاوز حصته أو أُزيل أو معطوبًا؛ حرّر مساحة أو افحص القرص (لم يضع شيء محفوظ).</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>مشكلة في قاعدة البيانات {path}: {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>لا يمكن إنشاء مجلد البيانات {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>فشل {path} في فحص السلامة ({problem}). لم يتغير شيء؛ استعد نسخة احتياطية بـ &apos;streamer-app restore FILE&apos; أو شغّل &apos;streamer-app doctor&apos;.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} كُتب بإصدار أحدث من streamer-app (خطوات المخطط {steps}). حدّث التطبيق؛ لم يتغير الملف.</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>لم تجتز النسخة الاحتياطية {target} الفحص؛ الأصل لم يُمس</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>تعذّر تحديث قاعدة البيانات: {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>هناك استعادة جارية في {folder}: شغّل streamer-app مجددًا عند انتهائها</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>لا يمكن الكتابة في {folder} ({error})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>streamer-app يعمل على مجلد البيانات هذا: استخدم لوحة المؤقت في نافذته (أو أوقفه أولًا)</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>تعذّر حفظ المؤقت: {problem}</translation>
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
        <translation>١ عملة = {seconds} ث</translation>
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
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>هدايا أرسلها مشاهدوك إلى ضيوفك (بث مباشر بعدة ضيوف أو مع مضيف مشارك).</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>إنها دخل الضيوف: لا تُحتسب في عملاتك أو ماساتك أو أرباحك أو حدود سحب الأرباح.</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name}: {coins} عملات، هدية واحدة</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name}: {coins} عملات، {gifts} هدايا</translation>
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
