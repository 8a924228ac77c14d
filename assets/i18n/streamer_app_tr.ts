<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} en az {low} olmalı</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} en fazla {high} olmalı</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>{field} içinde kapanmamış bir süslü parantez var: bir değer için {example}, parantezin kendisi için {braces} yazın</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>{field}, bilinmeyen {name} adını kullanıyor: {known} kullanın</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>{field} doldurulamıyor: {plain} veya {commas} biçiminde kalın</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>{field}, media/ klasöründe bir dosya adı olmalı (roar.mp3 gibi), yol değil</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>{field}, media/ klasöründe bir dosya adı olmalı (roar.mp3 gibi), .. olmadan</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>{field} http(s) ile başlamalı</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>{field} şunlardan biri olmalı: {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} tam sayı olmalı</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} sayı olmalı</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>{field} bir JSON nesnesi olmalı, örneğin {example}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>{field} boş olamaz</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} true veya false olmalı</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} eksik</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} bu eylemin bir alanı değil (alanları: {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} bu olayın bir alanı değil (alanları: {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>{field} şöyle bir nesne olmalı: {example}</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>{field} en az bir eylem içeren bir liste olmalı, örneğin {example}</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>{field} type içeren bir nesne olmalı</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>{field} name, when ve do içeren bir nesne olmalı</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} bir kuralın alanı değil (alanları: {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>Eylemler çalışmıyor (önce bir yayın, demo ya da eylemli bir tekrar başlatın).</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>&quot;{rule}&quot; çalıştırılmadı: eylem kuyruğu dolu</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>&quot;{rule}&quot; tetiklendi: eylem günlüğüne bakın</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>Yalnızca bu platformdan olaylar (boş: hepsi)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>En az (jeton)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>Sayılan hediyenin jetonları: adet × fiyat, kayıt satırındaki gibi</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>Hediye kimliği</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>Yalnızca bu hediye (boş: hepsi)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host: yalnızca size gelen hediyeler, ekrandaki konuklara değil</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Bir hediye</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>Sayılan her hediye için bir kez (bir kayıt satırı): bir seri sonunda bir kez tetiklenir</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>Bir takip</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>Bir paylaşım</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>Bir abonelik</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>Her N beğenide</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>Her (beğeni)</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>Odanın toplam beğenisi bu sayının her katını geçtiğinde tetiklenir</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>Bir izleyicinin ilk hediyesi</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>Bir izleyicinin size ilk hediyesi</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>Bir ödeme eşiğine ulaşıldı</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>Eşik adı</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>Yalnızca bu eşik (boş: hepsi)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>Her oturumda eşik başına bir kez</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>Subathon zamanlayıcısı bitti</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Ses çal</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>Ses dosyası</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>Veri klasöründeki media/ klasöründe bir dosya</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Ses düzeyi</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>Overlay&apos;in medya sayfası (ve pencere) çalar: sayılan her hediye için bir kez, her dokunuşta değil</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>Bir metni seslendir</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>örn. &quot;{gift} için teşekkürler {user}!&quot;</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>Sistemin tanıdığı bir ses adı (boş: varsayılan)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>Resim, GIF veya video göster</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Medya dosyası</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>Gösterim süresi (sn)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>Bir OBS isteği</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>İstek</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>Bir obs-websocket 5 istek türü, örn. SetCurrentProgramScene</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>İstek verisi</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>örn. {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Webhook çağır</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</source>
        <translation>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</translation>
    </message>
    <message>
        <source>Discord text</source>
        <translation>Discord metni</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zaman aşımı (sn)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>Zamanlayıcıya süre ekle</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Saniye</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>Özel uyarı göster</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} boş: sahnenin adını OBS&apos;te göründüğü gibi yazın</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} boş: kaynağın adını OBS&apos;te göründüğü gibi yazın</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} aynı zamanda {number}. kuralın adı: her kurala kendi adını verin</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)</source>
        <translation>Sesler (*.mp3 *.wav *.ogg *.m4a *.opus)</translation>
    </message>
    <message>
        <source>Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</source>
        <translation>Resimler, GIF&apos;ler ve videolar (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>medya klasöründe bir dosya</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Bir dosya seç</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>Dosya {folder} içine kopyalanamadı: {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>Herhangi bir hediye</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} jeton (kimlik {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>Bir hediye seçin ya da kimliğini yazın</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(hepsi)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>{names} ve daha fazlasını kullanabilirsiniz.</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>herkes (siz ve konuklar)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>yalnızca siz (host)</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>Eylemler — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Kurallar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>Her kuralı denetle ve actions.json dosyasını yaz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>Yeni bir kural</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Çoğalt</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>Seçili kuralın bir kopyası</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>Seçili kuralı kaldır (kaydedince geçerli olur)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Kuralı yukarı taşı</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Kuralı aşağı taşı</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Bu kuralı dene</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>Eylemlerini şimdi örnek bir olayla çalıştır (filtreler ve bekleme atlanır)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} Dosyayı elle düzeltin ({path}) ve bu pencereyi yeniden açın ya da kuralları burada oluşturun: kaydetmeden önce dosyanın değiştirilmesi sorulur.</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>actions.json içindeki kurallar dosya düzeltilene kadar okunamaz (yukarıya bakın).</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>{file} içinde sorunlu kurallar, düzeltilene kadar kapalı: {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>Hiçbir şey kaydedilmedi: {rule} sorunlu (kırmızıyla işaretli).</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>Hiçbir şey kaydedilmedi: bozuk dosya korundu.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Hiçbir şey kaydedilmedi: {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>{count} {path} konumuna kaydedildi. Bir sonraki olaydan itibaren çalışırlar.</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>Eylemler kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>Eylemlerdeki değişiklikleriniz henüz kaydedilmedi.</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>actions.json değiştirilsin mi?</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

Burada gösterilen {count} ile değiştirilsin mi? Bozuk dosyanın bir kopyası yanında tutulur.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>Bu kuralda sorun var: görmek için seçin.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopya)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Önce kırmızıyla işaretli alanları düzeltin.</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>Deneme başarısız: {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>Günlük ({count} başarısız)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>{file} okunamadı: {error}.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} geçerli bir JSON değil: satır {line}, sütun {column}: {reason}. Düzeltilene kadar hiçbir eylem çalışmaz.</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} satır 1: {example} biçiminde bir nesne olmalı. Düzeltilene kadar hiçbir eylem çalışmaz.</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>Aşağıdaki Discord metnini, bir Discord webhook&apos;unun beklediği gibi gönderir; değilse olayı JSON olarak</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>Discord biçimi</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>Bilinmeyen eylem &quot;{type}&quot;</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… ya da kendi https:// adresiniz</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>Bunu daha önce yap</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>Bunu daha sonra yap</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Bu eylemi kaldır</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Hediye</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>Hediye: listeden birini seçin ya da kimliğini yazın (tam sayı)</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>örn. Lion: kükreme ve Lion sahnesi</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>Kuralı çalıştırmadan saklamak için işareti kaldırın</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>Bu kuralın iki çalışması arasında en az bu kadar saniye</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>Bekleme (sn)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Olunca</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Yap</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Eylem ekle</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Bekleme</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>En az bir eylem ekleyin: bu olay gelince ne olmalı?</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>hediye {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>İlk {gift}</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Bir hediye</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>Bir ilk hediye</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(olay yok)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>Her {count} beğenide</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{coins}+ jetonluk {what}</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>size {what}</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{platform} üzerinde {what}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>OBS sahnesi {name}</translation>
    </message>
    <message>
        <source>OBS show {name}</source>
        <translation>OBS göster {name}</translation>
    </message>
    <message>
        <source>OBS hide {name}</source>
        <translation>OBS gizle {name}</translation>
    </message>
    <message>
        <source>OBS restart {name}</source>
        <translation>OBS yeniden başlat {name}</translation>
    </message>
    <message>
        <source>OBS text {name}</source>
        <translation>OBS metni {name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>ses {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>göster {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>söyle &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>uyarı &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>zamanlayıcı {seconds} sn</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(henüz bir şey yok)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 kural</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} kural</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>Henüz kural yok. Bir tane yapmak için Ekle&apos;ye tıklayın: örneğin bir Lion gelince roar.mp3 çal ve OBS&apos;i Lion sahnesine geçir.</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>{number}. kural &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>{number}. kural</translation>
    </message>
</context>
<context>
    <name>ActionsLogView</name>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>Yalnızca hatalar</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>Başarılı olanları gizle: neyin neden başarısız olduğu ve neyin atıldığı kalsın</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>1 satır, {failed} başarısız.</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} satır, {failed} başarısız.</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>Eylemler bir yayın, demo ya da eylemli bir tekrar çalışırken çalışır.</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>Atılan (kuyruk doluydu): {count}.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Henüz bir şey yok.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>İLK HEDİYE!</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>Konuklara +{count} hediye daha</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} hediye daha, {coins} jeton</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>{gift} gönderdi</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>{guest} için</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} jeton</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>streamer-app uyarıları</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>bir konuk</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} {count} {gift} gönderdi</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>yedek kaydedildi: {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>otomatik yedekleme başarısız: {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>otomatik dışa aktarma klasörü {folder} oluşturulamıyor ({error}): ayarlardan başka bir klasör seçin</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>otomatik dışa aktarma veritabanını okuyamadı: {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>dışa aktarıldı: {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>otomatik {format} dışa aktarma başarısız: {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>otomatik dışa aktarılacak bir şey yok: {error}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>viewer {id}</source>
        <translation>izleyici {id}</translation>
    </message>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · {hours} sa {minutes} dk CANLI</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · {minutes} dk CANLI</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>CANLI ÖZETİ</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>{count} CANLI YAYIN ÖZETİ</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Yayının</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} tahmini · ~{diamonds} elmas</translation>
    </message>
    <message>
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money} tahmini · {figures}</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>hediye</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>hediye gönderen</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>yeni takipçi</translation>
    </message>
    <message>
        <source>subs &amp; members</source>
        <translation>abone &amp; üyeler</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>destekçiler</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>EN ÇOK HEDİYE GÖNDERENLER</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Bu sefer hediye yok — izlediğin için teşekkürler!</translation>
    </message>
    <message>
        <source>TOP SUPPORTERS</source>
        <translation>EN İYİ DESTEKÇİLER</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} abone</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>teşekkürler</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>ZAMANLA JETONLAR</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Sıradaki: {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Tüm ödeme hedeflerine ulaşıldı</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Kendi kayıt defterimden tahmin; TikTok&apos;un rakamları farklı olabilir.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Kendi kayıt defterimden tahmin; platformların rakamları farklı olabilir.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Henüz oturum yok. Deneyin: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>BAŞLANGIÇ (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>KAYNAK</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>YAYINCI</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>JETON</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>HEDİYE</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>GÖNDEREN</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>TAHMİNİ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>DURUM</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>canlı/açık</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>bitti</translation>
    </message>
    <message>
        <source>{name} cleared</source>
        <translation>{name} silindi</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>{name} verilmedi; hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>bu bir {name} gibi görünmüyor (çok kısa ya da boşluk içeriyor); hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>{name} şuraya kaydedildi: {where}: {mask}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>yazıldı: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>yedek kaydedildi: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>yedek kaydedildi: {path} (en yeni {keep} yedek tutulur)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file} geri yüklendi: oturum {sessions}, sayılan hediye {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>önceki veritabanı {path} olarak saklandı</translation>
    </message>
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>kaç saniye ekleneceğini söyle, ör. &apos;streamer-app timer add 300&apos; (negatif değer düşer)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>beklemede</translation>
    </message>
    <message>
        <source>running</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} abone</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} abone</translation>
    </message>
    <message>
        <source>{count} follow</source>
        <translation>{count} takip</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} takip</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left (ends {time})</source>
        <translation>Subathon sayacı: {status}, kalan {left} (bitiş {time})</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>Subathon sayacı: {status}, kalan {left}</translation>
    </message>
    <message>
        <source>{timer}; {change}.</source>
        <translation>{timer}; {change}.</translation>
    </message>
    <message>
        <source>{timer}.</source>
        <translation>{timer}.</translation>
    </message>
    <message>
        <source>added {time} (income: {income})</source>
        <translation>{time} eklendi (gelir: {income})</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>{time} eklendi</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>{time} düşüldü (gelir: {income})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>{time} düşüldü</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>Kurallar: 1 jeton = {coin} sn, 1 abone = {sub} sn, 1 takip = {follow} sn, üst sınır {cap}.</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>Kurallar: 1 jeton = {coin} sn, 1 abone = {sub} sn, 1 takip = {follow} sn.</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>{page} adında bir overlay sayfası yok: şunlardan seç: {pages}</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>{host}:{port} adresindeki OBS&apos;e bağlanılıyor…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>Not: OBS başka bir bilgisayarda çalışıyor ama overlay bağlantıları 127.0.0.1&apos;i (OBS için o bilgisayar) gösteriyor: overlay_lan&apos;ı aç ve her kaynaktaki adresi düzenle (docs/OBS.md).</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>Yeni overlay anahtarı kaydedildi: eski overlay bağlantıları streamer-app yeniden başlayınca (pencerede hemen) çalışmaz. &apos;OBS&apos;e ekle&apos; ile yapılan kaynaklar, pencere OBS&apos;e bir sonraki bağlanışında yeni bağlantıları alır (ya da &apos;streamer-app overlay add-to-obs&apos; çalıştır); diğer OBS tarayıcı kaynaklarını şununla güncelle:</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>LAN erişimi açık: diğer cihazlarda 127.0.0.1 yerine bu bilgisayarın IP adresini kullan.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ayarlı</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ayarlı değil</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>sistem anahtarlığı</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path} (yalnızca sen okuyabilirsin)</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>saklandığı yer: {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>kendi Twitch uygulamanın client id&apos;si (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth yönlendirmesi http://localhost; docs/PLATFORMS.md)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>client id</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>oturum açık</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>Twitch oturumu kapatıldı (client id saklanıyor)</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>Twitch client id ({help}): </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>--client-id ile {help} ver; hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>{url} adresini aç ve {code} kodunu gir; böylece streamer-app kanalının Bits, abone, takipçi ve sohbetini okuyabilir. Bekleniyor...</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>Twitch&apos;e {login} olarak giriş yapıldı</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>OAuth istemci dosyası</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>YouTube oturumu kapatıldı (OAuth istemci dosyası ayarı saklanıyor)</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>YouTube&apos;a giriş yapıldı; giriş bilgisi şurada saklanıyor: {where}</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>BAĞLANIYOR</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>CANLI</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>YENİDEN BAĞLANIYOR</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>BEKLİYOR</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>SINIRLANDI</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>DURAKLATILDI</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>BİTTİ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>HATA</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>BAĞLI DEĞİL</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>GEÇMİŞ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Bağlan</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ Kaynak ekle</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} izleyici</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>Bir kaynak seçip bağlan</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Bağlantıyı kes</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>Seçilen kaynağa bağlan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>Seçilen kaynağı bağlı olanların yanında da çalıştır (aynı anda birkaç platform)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} sn</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — {wait} sonra yeniden denenecek</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>{wait} sonra yeniden denenecek</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The browser overlay is not available in this build.</source>
        <translation>Tarayıcı yer paylaşımı bu sürümde yok.</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>Yer paylaşımı sunucusu başlatılamadı: {error}</translation>
    </message>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>OBS için overlay: {url}  (Uyarılar ▸ OBS için overlay&apos;ler… tüm bağlantılar için)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ Yerel ağ erişimi açık</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>Tahmini kazanç</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Canlı akış</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>En çok hediye gönderenler</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>En çok destekleyenler</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Türe göre hediyeler</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Grafik yükleniyor…</translation>
    </message>
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ Kayıt defterinde bir sorun var: {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ Bağlantıda 1 kesinti oldu (toplam {time}): kesinti sırasında gönderilen hediyeler bu toplamlarda eksik olabilir.</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ Bağlantıda {count} kesinti oldu (toplam {time}): kesinti sırasında gönderilen hediyeler bu toplamlarda eksik olabilir.</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Oturum #{id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>salt okunur</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor: {path} denetleniyor</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>denetlenmedi: ayarlar okunamıyor</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>OBS kontrolü kapalı (Ayarlar ▸ OBS); &apos;OBS&apos;e ekle&apos; yalnızca istendiğinde bağlanır</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>OBS&apos;in &apos;Bağlantı Bilgilerini Göster&apos; ekranındaki şifreyi Ayarlar ▸ OBS&apos;e yapıştır</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>{host}:{port} adresine ulaşılamıyor</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} {host}:{port} adresinde yanıt veriyor ve şifreyi kabul etti</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>disk alanı aç (disk ya da kotan dolu) veya --data-dir ile başka bir klasör seç</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>disk salt okunur: yazılabilir olarak yeniden bağla ya da başka bir disk kullan veya --data-dir ile başka bir klasör seç</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>klasörün izinlerini düzelt (içine yazabilmelisin) veya --data-dir ile başka bir klasör seç</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>sistemin mesajı: {error}; diski kontrol et veya --data-dir ile başka bir klasör seç</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} bir dosya, klasör değil</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>o dosyayı taşı veya --data-dir ile başka bir klasör seç</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} yok ve oluşturulamıyor</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>--data-dir veya STREAMER_APP_HOME ile yazabildiğin bir klasör seç</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>{path} ilk yayında oluşturulacak</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>{path} içine yazılamıyor ({error})</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path}: yalnızca {mb} MB boş</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>disk alanı aç: kayıt defteri ve kayıtların büyümek için yere ihtiyacı var</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} yazılabilir ({gb} GB boş)</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>{path} içindeki değeri düzelt ya da varsayılanlarla başlamak için dosyayı sil</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>ayarlar geçerli</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>en yeni yedeği geri yükle: streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>yedek yok: yeni bir veritabanıyla başlamak için dosyayı taşı (sakla; kurtarılabilir olabilir)</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>henüz veritabanı yok: ilk yayın oluşturur</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>{path} okunamıyor ({error})</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>dosyanın izinlerini düzelt</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} bir SQLite veritabanı değil (bozuk ya da üzerine yazılmış)</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>{path} açılamıyor ({error})</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>{path} bütünlük denetiminden geçemedi ({problem})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} bir streamer-app veritabanı değil</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>taşı (streamer-app yenisini oluşturur) ya da bir yedeği geri yükle</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} daha yeni bir streamer-app tarafından yazılmış</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>uygulamayı güncelle</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>{path} okunamıyor ({error})</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>{name} denetimden geçti: {sessions} oturum, {rows} kayıt satırı ({mb} MB)</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>henüz yedek yok</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>şimdi bir tane al: streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>{count} yedek, en yenisi {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>{host} üzerindeki {port} portu zaten kullanımda</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>streamer-app zaten çalışıyorsa bu normal; değilse onu kullanan programı kapat ya da başka bir port seç: --overlay-port {port} (veya ayarlarda overlay_port)</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>{port} portu overlay sunucusu için boş</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>paketle gelen Qt (pencere açılırken denetlenir)</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 yükleniyor ve başlıyor (offscreen)</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 başlamıyor: {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>uygulamayı yeniden kur (pip install --force-reinstall streamer-app) ve varsa aşağıda listelenen sistem kitaplıklarını kur</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>PySide6 süre sınırı içinde başlamadı</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>nerede takıldığını görmek için &apos;streamer-app -v&apos; çalıştır</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>denetlenemedi (ldd ya da xcb eklentisi yok)</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>pencere açılmazsa libxcb-cursor0 ve libxkbcommon-x11-0 kur</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>eksik: {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>bunları kur, Debian/Ubuntu&apos;da: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>X11 (xcb) pencere eklentisinin ihtiyaç duyduğu tüm kitaplıklar mevcut</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>DISPLAY veya WAYLAND_DISPLAY yok: pencere açılacak bir masaüstü yok</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>burada --headless kullan ya da bir masaüstü oturumundan çalıştır</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>sistem anahtarlığında saklanıyor</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>{path} içinde saklanıyor, yalnızca sen okuyabilirsin (sistem anahtarlığı yok)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>veri klasörü</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ayarlar</translation>
    </message>
    <message>
        <source>database</source>
        <translation>veritabanı</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>yedekler</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>overlay portu</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>Qt pencere kitaplıkları</translation>
    </message>
    <message>
        <source>display</source>
        <translation>ekran</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>gizli bilgiler</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>tamam</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>uyarı</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>SORUN</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see the advice after each one.</source>
        <translation>{problems} sorun ve {warnings} uyarı: her birinin ardındaki öneriye bak.</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>Sorun yok; {warnings} uyarı.</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>Her şey yolunda görünüyor.</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>Bu oturum</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>Son ödemeden beri bakiye</translation>
    </message>
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>Son ödemeden beri bakiye {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ ulaşıldı: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>İlk ödeme</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Asgari ödeme</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Hedefim</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Twitch asgari ödemesi</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>YouTube (AdSense) ödeme eşiği</translation>
    </message>
    <message>
        <source>{name} {amount}</source>
        <translation>{name} {amount}</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} elmas</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>%{percent}</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ ulaşıldı</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · tahmin için yakın zamanda gelir yok</translation>
    </message>
</context>
<context>
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>durduruldu</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>kaynak başlamadan durduruldu</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>kaynak sona erdi</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>Demo yayın sona erdi</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>Demo Twitch yayını sona erdi</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>Demo YouTube yayını sona erdi</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>kaydın sonu</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>Yayıncı LIVE&apos;ı bitirdi</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>Twitch erişimi sona erdi</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>YouTube canlı sohbeti sona erdi</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Bir sorun oluştu: {error}.</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>bir arka plan iş parçacığı</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>{thread} içinde bir sorun oluştu: {error}.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Ayrıntılar günlükte: {path}</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>ilk hediye!</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>bir konuk</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>{guest} için</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Biri</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} takip etti</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} yayını paylaştı</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} abone oldu</translation>
    </message>
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name}, {count} izleyiciyle baskın yaptı</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>HTML raporu</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>JSON özeti</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>CSV hediye kaydı</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Markdown özeti</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>Paylaşım için PNG kartı</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>hediye kaydı</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>Henüz dışa aktarılacak bir şey yok: önce demoyu başlatın ya da bir yayına bağlanın.</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Oturumu dışa aktar</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>Zaten bir dışa aktarma sürüyor: bitmesini bekleyin.</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>Oturum #{id} {format} olarak dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Exporting the {part}: {done} of {total}</source>
        <translation>{part} dışa aktarılıyor: {done}/{total}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Dışa aktarma başarısız: {error}</translation>
    </message>
    <message>
        <source>Exported: {files}</source>
        <translation>Dışa aktarıldı: {files}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>streamer-app&apos;e hoş geldin</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>Canlı hediye uyarıları, jeton ve elmasların kesin kaydı ve ödeme eşiklerine göre kazancın — yayınının hemen yanında.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  Demo yayını dene</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Bağlan</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>ya da TikTok hesabınla CANLI yayına geç:</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Bu bir TikTok @kullanıcı adı değil (2-24 harf, rakam, &apos;_&apos; veya &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>Hediye</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Jeton</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>ledger: {problem}</source>
        <translation>kayıt defteri: {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>subathon sayacı sıfıra ulaştı</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>bağlantıda kesinti: {length} eksik olabilir</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>{length} yayın süresi | {paid} | tahmini {earnings}</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>henüz ücretli mesaj yok</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>{length} yayın süresi | {gifts} hediye | {coins} jeton | tahmini {earnings} | {gifters} hediye gönderen</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>sayaç {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>kayıt defteri {count} satır geride</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>bitti</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>duraklatıldı {left}</translation>
    </message>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Oturum {id} (sürdürülen) bitti: {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Oturum {id} (yeni) bitti: {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>jeton {coins} | elmas ~{diamonds} | tahmini kazanç {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>hediye {gifts}, {gifters} hediye gönderenden | takip {follows} | paylaşım {shares} | yorum {comments} | beğeni {likes}</translation>
    </message>
    <message>
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | tahmini kazanç {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>ücretli mesaj yok</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>en çok hediye gönderenler: {names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>{count} kayıt satırı tutarsız olduğu için reddedildi ve {path} içine ayrıldı; geri kalan her şey kaydedildi</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>konuklara hediyeler (onların geliri, senin toplamlarında yok): {coins} jeton, {guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>{count} ilk hediye: sana ilk kez hediye gönderen izleyiciler</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>{count} yeniden gönderilen hediye mesajı yok sayıldı</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>{count} seri bitiş mesajı olmadan kapandı</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>bağlantıda {count} kesinti: toplamlarda o sırada gönderilen hediyeler eksik olabilir</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>subathon sayacı {state} ({coins} jeton, {subs} abone, {follows} takipten {time} eklendi)</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>kayıt defteri yazılamadı</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>KAYDEDİLMEDİ: {why}; bu oturumun ne kadarının kayıtlı olduğunu söylemek için kayıt dosyası okunamadı</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>KAYDEDİLMEDİ: {why}. Kayıt defterinde bu {gifts} hediyenin {saved_gifts} tanesi var ({coins} jetonun {saved_coins} tanesi); geri kalanı bu çalışma bitince kaybolur (bir kayıt yapıldıysa sorun çözüldükten sonra yeniden oynatılabilir)</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>gece: tahmini {earnings} ({platforms}) | {gifts} hediye | {coins} jeton</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform}: çalışmadı: {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>Gecenin toplamı: {count} oturumda tahmini {earnings} kazanç: {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>toplamda yok: {platform} {amount} {currency} (ilk oturumunkinden farklı bir para birimi)</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>HER ŞEY kaydedilmedi: yukarıdaki her oturuma bak</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>oturum ortalaması</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Yayıncı</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hediyeler</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Gönderenler</translation>
    </message>
    <message>
        <source>Est. earnings</source>
        <translation>Tahmini kazanç</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Dışa aktar ▾</translation>
    </message>
    <message>
        <source>Export the selected session ({formats})</source>
        <translation>Seçili oturumu dışa aktar ({formats})</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Oturumlar yükleniyor…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>Oturumlar okunamadı: {error}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>bitti</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>Oturumlar: {count}. Açmak için çift tıkla (salt okunur).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>Henüz oturum yok: demoyu başlat ya da bir yayına bağlan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS: {count} streamer-app kaynağının bağlantıları eskiydi, artık güncel token ve portu kullanıyor.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Veri klasörü: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geçmiş…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>Bu oturumu &amp;dışa aktar</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Günlük klasörünü aç</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Yayın</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Bağlan</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Bağlantıyı &amp;kes</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>&amp;Demoyu başlat</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>&amp;Twitch&apos;e giriş yap…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Uyarılar</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>&amp;Uyarı penceresini göster</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>&amp;Test uyarısı</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>OBS için &amp;overlay&apos;ler…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>&amp;Eylemler…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Sesleri kapat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arka plan</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>Chroma key (yeşil)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Saydam</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Her zaman üstte</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>Uyarı sesleri kapalı</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>Uyarı sesleri açık</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Ayarlar kaydedilemedi: {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>Overlay sunucusu başlıyor…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>Eylemler kaydedildi: {count} kural.</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>Yeni overlay token&apos;ı: yeni bağlantıları OBS&apos;e yapıştır.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>Bu kaynak zaten bağlı.</translation>
    </message>
    <message>
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>{source} eklendi: kendi oturumu, bu gecenin toplamında.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Twitch&apos;e {login} olarak giriş yapıldı</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Bağlantı kesiliyor…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Bitti: {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>Bitti: {reason} — kayıt defteri her şeyi yazamadı</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>Oturum kaydedildi — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>Yayın durdu: {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>Geçmiş — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>Kayıt defteri kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>Bir sahneye geç</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>Bir kaynağı göster</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>Bir kaynağı gizle</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>Bir medya kaynağını yeniden başlat</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>Bir metin kaynağının metnini ayarla</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>Başka bir istek (gelişmiş)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Sahne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>İstek</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Veri (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>Sahnenin adını yazın (OBS&apos;de göründüğü gibi).</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>Kaynağın adını yazın (OBS&apos;de göründüğü gibi).</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>Gösterilecek metni yazın.</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>Bir obs-websocket 5 isteği yazın.</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>örn. Aslan</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>örn. Aslan videosu</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>örn. Teşekkürler {user}!</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>OBS şunu yapsın</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>OBS&apos;den ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>Sahneyi OBS&apos;dekiler arasından seçin (OBS açık olmalı)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>Kaynağı OBS&apos;dekiler arasından seçin (OBS açık olmalı)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>OBS&apos;ye soruluyor…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>OBS&apos;ye sorulamadı: {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>OBS&apos;de sahne yok</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>OBS&apos;de kaynak yok</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS: kapalı</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS: bağlı değil</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: bağlanıyor…</translation>
    </message>
    <message>
        <source>OBS: connected</source>
        <translation>OBS: bağlı</translation>
    </message>
    <message>
        <source>OBS: wrong password</source>
        <translation>OBS: yanlış şifre</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>OBS denetimi kapalı (Ayarlar ▸ OBS); OBS&apos;ye ekle yine çalışır.</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>OBS&apos;ye bağlı değil: sessizce yeniden deneniyor.</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>OBS&apos;ye bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>OBS&apos;ye bağlandı.</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>OBS şifreyi reddetti: Ayarlar ▸ OBS&apos;den kontrol edin.</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page}: “{source}” oluşturuldu</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page}: “{source}” güncellendi</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page}: OBS&apos;de “{source}” yok (güncellenecek bir şey yok)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page}: başarısız ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} oluşturuldu</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} güncellendi</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} başarısız</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>OBS&apos;ye ekle: yapılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>OBS&apos;ye ekle: {results}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ObsStatusLabel</name>
    <message>
        <source>Click for the overlays and Add to OBS.</source>
        <translation>Yer paylaşımları ve OBS&apos;ye ekle için tıklayın.</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Hediye</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Güzel hediye!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Büyük hediye!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Efsane hediye!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Destek</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Konuklara hediyeler</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Hediyeler gelmeye devam ediyor</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 hediye daha konuklara</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} hediye daha konuklara</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 hediye daha, 1 jeton</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 hediye daha, {coins} jeton</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} hediye daha, 1 jeton</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} hediye daha, {coins} jeton</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>1 izleyiciden</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>{count} izleyiciden</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>1 izleyiciden — hepinize teşekkürler!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>{count} izleyiciden — hepinize teşekkürler!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Test uyarısı</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Konuğa hediye</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>{guest} adlı konuğa {gift} gönderdi</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>{gift} gönderdi</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>CANLI Eşleşme</translation>
    </message>
    <message>
        <source>Victory!</source>
        <translation>Zafer!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Son skor</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Berabere</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>{count} × {gift} gönderdi</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>{guest} için</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>ilk hediye!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>takip etti</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>CANLI yayını paylaştı</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>{count} izleyiciyle geldi</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>abone oldu ({count} ay)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>abone oldu</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} elmas</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>İlk para çekme</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Asgari para çekme</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Hedefim</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>En çok hediye gönderenler</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>İlk hediyeyi sen gönder!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Biri</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Beğeni hedefi</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>bir konuk</translation>
    </message>
    <message>
        <source>1 Bit</source>
        <translation>1 Bit</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>New sub (Tier {tier})</source>
        <translation>Yeni abone (Seviye {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Yeni abone</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Yeniden abone (Seviye {tier})</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Yeniden abone</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 hediye abonelik (Seviye {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 hediye abonelik</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} hediye abonelik (Seviye {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} hediye abonelik</translation>
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
        <translation>Yeni üye</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 hediye üyelik</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} hediye üyelik</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Elmas (tahmini)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Kazanç (tahmini)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hediyeler</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Hediye gönderenler</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Beğeniler</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>{name} karşısında</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>Subathon</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>birazdan başlıyor</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>süre doldu!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>canlı</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} sn</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 jeton = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>abonelik = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>takip = {time}</translation>
    </message>
</context>
<context>
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>Hediye uyarıları</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>Hedef çubuğu</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>Oturum özeti</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>En çok hediye gönderenler</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Son olaylar</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>Subathon sayacı</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Beğeni hedefi</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>CANLI Eşleşme</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>Eylem medyası (sesler, görseller, videolar)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>Yeni bir token, OBS&apos;ye verdiğiniz tüm yer paylaşımı bağlantılarını anında geçersiz kılar: yeni bağlantıları her tarayıcı kaynağına yapıştırmanız gerekir.</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>OBS için yer paylaşımları — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>OBS&apos;ye ekle, işaretli her sayfa için OBS&apos;nin geçerli sahnesinde bir Tarayıcı Kaynağı oluşturur; ya da bağlantıyı kendiniz bir Tarayıcı Kaynağına yapıştırın (1920×1080). Her bağlantı gizli bir token taşır: onu şifre gibi saklayın ve yayında asla göstermeyin.</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>İşaretli sayfalar, OBS&apos;ye ekle&apos;ye bastığınızda OBS&apos;de bir tarayıcı kaynağı alır</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>Tam bağlantıyı token dahil OBS için kopyalar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>Sayfayı tarayıcınızda açar</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Test uyarısı gönder</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>Uyarı sayfalarında ve uyarı penceresinde sahte bir 1.000 jetonluk hediye (sayılmaz)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>Token&apos;ı yenile…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>OBS&apos;ye ekle</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>İşaretli her sayfa için OBS&apos;nin geçerli sahnesinde bağlantısı, token&apos;ı ve boyutuyla bir tarayıcı kaynağı oluşturur (ya da önceden oluşturduğunu günceller)</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(yer paylaşımı sunucusu çalışmıyor)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ LAN erişimi açık: ağınızda bağlantıya sahip her cihaz bu yer paylaşımlarını açabilir. OBS başka bir bilgisayarda çalışmıyorsa ayarlardan kapatın (overlay_lan).</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>“{page}” bağlantısı kopyalandı (token&apos;ıyla): bir OBS Tarayıcı Kaynağına yapıştırın.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>Hiçbir tarayıcı açılamadı: bağlantıyı kopyalayıp tarayıcınıza yapıştırın.</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>Test uyarısı yer paylaşımı sayfalarına ve uyarı penceresine gönderildi.</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>Yer paylaşımı token&apos;ı yenilensin mi?</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>Şimdi yenilensin mi?</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>Token değiştirilemedi: {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>Yeni token kaydedildi; yer paylaşımı sunucusu ona geçiriliyor…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>Yeni token kaydedildi ama sunucu onu almadı ({error}): uygulamayı yeniden başlatın.</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>Yeni token kullanımda. OBS&apos;ye ekle&apos;nin oluşturduğu kaynaklar güncelleniyor; yeni bağlantıları diğer tarayıcı kaynaklarına elle yapıştırın.</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>OBS&apos;ye ekle&apos;nin oluşturduğu tarayıcı kaynakları güncelleniyor…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>Yeni token kullanımda. Eski bağlantılar artık çalışmıyor: her bağlantıyı yeniden kopyalayıp kendi OBS Tarayıcı Kaynağına yapıştırın.</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>1 sayfa OBS&apos;ye ekleniyor…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>{count} sayfa OBS&apos;ye ekleniyor…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>OBS&apos;ye ekleme başarısız: {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>OBS tarayıcı kaynakları güncellenmedi: {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>{port} numaralı port zaten kullanımda (başka bir streamer-app ya da program mı?): --overlay-port P veya overlay_port ayarıyla başka bir port seçin</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>yer paylaşımı sunucusu {port} numaralı portta açılamıyor: {error}; --overlay-port P ile başka bir port seçin</translation>
    </message>
</context>
<context>
    <name>PaidWords</name>
    <message>
        <source>1 Bit</source>
        <translation>1 Bit</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>New sub (Tier {tier})</source>
        <translation>Yeni abone (Seviye {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Yeniden abone (Seviye {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Yeni abone</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Yeniden abone</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 hediye abonelik (Seviye {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 hediye abonelik</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} hediye abonelik (Seviye {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} hediye abonelik</translation>
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
        <translation>Yeni üye</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 hediye üyelik</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} hediye üyelik</translation>
    </message>
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform}: {creator} · oturum #{id} · {state}</translation>
    </message>
</context>
<context>
    <name>PlatformStrip</name>
    <message>
        <source>{bits} Bits · {subs} subs</source>
        <translation>{bits} Bits · {subs} abone</translation>
    </message>
    <message>
        <source>{count} paid messages</source>
        <translation>{count} ücretli mesaj</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} takip</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Tüm platformlar</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>Bu geceki tüm kaynakların tahmini kazancı, görüntüleme para biriminizde</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} çevrilmedi</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits ve aboneliklerden payınız</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>cheer ile</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>yeni, yenilenen ve hediye</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>hediye gönderenlere sayılır</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} yeni takip</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>baskın yapan kanallar</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>YouTube payından sonra sizin payınız</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>Super Chat ve Sticker&apos;lar</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>izleyicilerin ödediği</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>İzleyicilerin ödediği, YouTube payından önce: {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>yeni ve hediye</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count} hediye</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Hediye gönderen</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Konuklara hediyeler</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Konuk</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hediye</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Platforma göre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Gelir</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Tahmini</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>son ödemeden beri bakiye (tahmini)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>günlük jeton, son 14 gün</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>günlük limitle çekmek için gün</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Eşikler, kayıtlı son ödemenden beri tüm oturumlardaki bakiyeye uygulanır.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>Tahmini tarihler, son 14 günün günlük ortalama jetonunun süreceğini varsayar.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Ödeme planlayıcı</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Bağlantı kesintileri</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>Sayılan hediye yok.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Tüm konuklar</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>tahmini kazanç</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>ulaşıldı</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>tam</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Jeton başına elmas</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>Elmas başına USD</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>En çok hediye gönderenler</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Türe göre hediyeler</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Hediye başına jeton.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>özet</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>tahmin için yakın tarihli gelir yok</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Kullanılan oranlar</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Görüntülenen para birimi</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Tahmini kazanç</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>İzleyicilerin jeton başına ödediği</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>hâlâ açık</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} oturum</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} oturum</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>hediye</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>hediye gönderen</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>elmas (tahmini)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>izleyici harcaması (tahmini)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>abonelik</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>üyelik</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>yeni takipçi</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>en yüksek izleyici</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>ve {count} hediye gönderen daha</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>İzleyicilerin konuklarına gönderdiği hediyeler: onların geliri, yukarıdaki toplamlarının hiçbirinde yok. Kayıt defterinde ayrı tutulur.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Her platform kendi biriminde ve sana ne kazandırdığı (tahmini, her oturumun kendi oranlarıyla).</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Başlangıç (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Yayıncı</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Hediye gönderenler</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Her oturum, kaydedildiği oranlarla tahmin edilir.</translation>
    </message>
    <message>
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · şu ana kadar tahmini {balance}</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Her platform, kendi bakiyesi alt sınırına ulaşınca ödeme yapar (kayıtlı son ödemenden beri tahmini).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>jeton · ~{diamonds} elmas</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>yaklaşık {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} jeton</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>TikTok günde en fazla {cap} USD çekmene izin verir ve ödemeyi çekimden sonraki {days} gün içinde yapar.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>{date} itibarıyla. Tahminlerdir, TikTok&apos;un rakamları değildir.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: Bit başına USD</translation>
    </message>
    <message>
        <source>Twitch: subs (USD)</source>
        <translation>Twitch: abonelikler (USD)</translation>
    </message>
    <message>
        <source>your share {percent}</source>
        <translation>senin payın {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube: senin payın</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>Supers&apos;ın {supers} kadarı · üyeliklerin {memberships} kadarı</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Döviz kurları</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Kesinti yok: bağlantı tüm süre boyunca sürdü, yani toplamlar eksiksiz.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Bağlantı kesikken bu toplamlarda hediyeler eksik olabilir (toplam {length}; saatler UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} hediye serisi bitiş mesajını hiç göndermedi; en yüksek sayılarına kadar sayıldı.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTok bir dönüşüm oranı yayımlamaz; tahminler bu ayarlarla hesaplandı.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Dakika başına hediye</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>5 dakikada hediye</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>15 dakikada hediye</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Saat başına hediye</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Gün başına hediye</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Hafta başına hediye</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Her sütunda sayılan hediyeler, bağlantının kesik olduğu yerler gölgeli.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Her sütunda sayılan hediyeler.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>CANLI oturum özeti</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Oturumların özeti</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>son ödemeden beri tahmini bakiye</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>bekleyen eşik</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>ulaşılan eşik</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>bağlantı kesintisi</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>Son ödemenden beri bakiyen, ödeme eşiklerine göre.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Kendi yerel kayıt defterinden streamer-app {version} ile yapıldı · {when} UTC&apos;de oluşturuldu · tahmini rakamlar, TikTok&apos;un değil.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>İzleyicilerin konuklarına gönderdiği hediyeler: onların geliri, yukarıdaki toplamlarının hiçbirinde yok.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} jeton, {gifts} hediye</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**Platforma göre:**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(tahmini {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} jeton** · ~{diamonds} elmas · tahmini **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifters} hediye gönderenden {gifts} hediye · {follows} takip · {shares} paylaşım · {likes} beğeni</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>tahmini **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} takip · {subs} abonelik ve üyelik · {comments} yorum</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**En çok gönderilen hediyeler:**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Twitch ve YouTube ödemeleri</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(son ödemeden beri tahmini {money})</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Son ödemeden beri bakiye:** {money} ({coins} jeton)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Sıradaki: {threshold} — {percent}, son hızla yaklaşık {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Sıradaki: {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Tüm ödeme eşiklerine ulaşıldı ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} bağlantı kesintisi ({length}): o sırada gönderilen hediyeler eksik olabilir.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} bağlantı kesintisi ({length}): o sırada gönderilen hediyeler eksik olabilir.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Tahminler: jeton başına {diamonds} elmas, elmas başına {currency} {money}; TikTok&apos;un rakamları farklı olabilir.</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>İlk ödeme</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Asgari çekim</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Hedefim</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Twitch asgari ödemesi</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>YouTube ödeme eşiği (AdSense)</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} elmas</translation>
    </message>
    <message>
        <source>Night of {date} · {platforms}</source>
        <translation>{date} gecesi · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} abone</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} abone</translation>
    </message>
    <message>
        <source>{subs} ({count} gifted)</source>
        <translation>{subs} ({count} hediye)</translation>
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
        <translation>{count} Super Chat ve Sticker</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>{count} Super Chat ve Sticker</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>ücretli mesaj yok</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>{count} üyelik</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} üyelik</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>{codes} için {currency} kuru yok: {amounts} (senin payın) saklanır ve dönüştürülmemiş olarak listelenir, tahmini kazanca katılmaz. Ayarlar &gt; Twitch ve YouTube&apos;daki döviz kurlarına {rates} ekle.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · CANLI {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Tüm oturumlar</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(çalışan yayın yok: bu deneme için ayrı bir çalıştırıcı başlatıldı)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>hâlâ çalışıyor: Günlük sekmesine bakın</translation>
    </message>
</context>
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>otomatik yedekleme/dışa aktarma başarısız: {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Oturum #{id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>{id} numaralı oturum veritabanında yok</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>Oturum açılamadı: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Jeton başına elmas</translation>
    </message>
    <message>
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>İzleyicinin gönderdiği her jeton için içerik üreticinin aldığı (TikTok yayımlamıyor; yaklaşık 0,5).</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>Elmas başına USD</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>TikTok&apos;un elmas başına ödediği (yaklaşık 0,01 USD).</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Gösterilen para birimi</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>Kazançların gösterildiği para biriminin üç harfli kodu.</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>O para biriminde 1 USD</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>Kendi döviz kurunuz: çevrim içi hiçbir şeye bakılmaz.</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>İzleyicilerin jeton başına ödediği (USD)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>İzleyicilerin uygulamada jeton başına harcadığı (yaklaşık 0,0143 USD), &quot;izleyicilerin harcadığı&quot; için.</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: Bit başına USD</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>Her Bit için kazancınız: 0,01 USD (Twitch, Affiliate ve Partner&apos;lara Bit başına bir sent öder).</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: Seviye 1 abonelik fiyatı (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>İzleyicinin Tier 1 abonelik için ödediği (ABD&apos;de 4,99 USD; Twitch bazı ülkelerde daha ucuz).</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: Seviye 2 abonelik fiyatı (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>İzleyicinin Tier 2 abonelik için ödediği (9,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: Seviye 3 abonelik fiyatı (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>İzleyicinin Tier 3 abonelik için ödediği (24,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: aboneliklerden payın (0.5 = %50)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>Standart paylaşım %50&apos;dir (hediye abonelikler dahil); Partner Plus ve bazı sözleşmeler daha fazla öder.</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: Super Chat ve Çıkartmalardan payın</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>İzleyicilerin ödediğinin %70&apos;i, YouTube&apos;un payından sonra (https://support.google.com/youtube/answer/7288782).</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: kanal üyeliklerinden payın</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>Bir kanal üyeliği fiyatının %70&apos;i, YouTube&apos;un payından sonra, Super Chat&apos;lerdeki gibi.</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: kanal üyeliği fiyatı (USD)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>Bir üyelik mesajı fiyatını söylemediğinde kullanılır (4,99 USD, olağan ilk seviye).</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Gösterilen para birimine döviz kurları</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>İzleyicilerin ödediği her para biriminin bir birimi, gösterilen para biriminizle, örneğin EUR=1.08, JPY=0.0064. Çevrim içi hiçbir şeye bakılmaz; kuru olmayan bir para birimindeki tutar korunur ve çevrilmemiş olarak listelenir.</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Ödeme eşikleri</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>Hedefler ve en düşük ödeme tutarları; para, elmas ya da jeton olarak, her biri kendi platformuyla. Twitch 50 USD&apos;den itibaren öder (havaleyle 100 USD; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube AdSense üzerinden 100 USD veya yerel karşılığından itibaren (https://support.google.com/adsense/answer/1709871).</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Uyarı için en az jeton</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>Daha küçük hediyeler sayılır ama uyarı göstermez.</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>en az jeton negatif olamaz</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Ses düzeyi (0-100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>Uyarı sesinin düzeyi, yüzde olarak.</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>ses düzeyi 0 ile 100 arasında bir yüzdedir</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Sesleri kapat</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>Sessiz uyarılar.</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Hediyeleri sesli oku (metin okuma)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>Hediye gönderenin adını ve hediyeyi sistemin sesiyle okur.</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Sesli okuma için en az jeton</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>Daha küçük hediyeler sesli okunmaz.</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>sesli okuma için en az jeton negatif olamaz</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Asla sesli okuma</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>Bu kelimelerden birini içeren bir ad ya da hediye sesli okunmaz.</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>asla sesli okunmayacak kelimeler, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arka plan</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>OBS&apos;te yakalama için uyarı penceresinin arka planı.</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Chroma key rengi</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Saydam</translation>
    </message>
    <message>
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>&quot;chroma&quot; ya da &quot;transparent&quot; seçin</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Chroma rengi</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>OBS&apos;in sildiği renk, örneğin #00b140.</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Her zaman üstte</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>Uyarı penceresini diğer pencerelerin üstünde tutar.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Pencere boyutu</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>Uyarı penceresinin piksel cinsinden boyutu.</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>şunlardan birini seçin: {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Özetten önce bekleyen uyarı</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>Bu sayıdan fazla bekleyen uyarı olunca geri kalanı tek bir özet kartında toplanır.</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>1 ile 100 arasında bekleyen uyarı</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>Pencerenin, raporların ve aşağıda ayrıca seçilmediyse overlay&apos;lerin dili.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Overlay dili</translation>
    </message>
    <message>
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>İzleyicilerinizin overlay&apos;lerde okuduğu dil (sizinkinden farklı olabilir).</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Pencereyle aynı</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>TikTok @kullanıcı adın</translation>
    </message>
    <message>
        <source>The account to follow; empty offers the demo.</source>
        <translation>Takip edilecek hesap; boşsa demo önerilir.</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Twitch kanalın</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>Uygulama açılınca TikTok&apos;un yanında bu da takip edilir (aynı anda birden çok platformda yayın); boş: yok. Önce giriş yapın: Yayın ▸ Twitch&apos;e giriş yap.</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>YouTube kanalın</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>Uygulama açılınca TikTok&apos;un yanında bu da takip edilir; @kullanıcı adınız, kanal kimliğiniz veya canlı video kimliğiniz; boş: yok. Önce giriş yapın (docs/PLATFORMS.md).</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>TikTok yayınlarının ham verisini kaydet (tekrar oynatmak için)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>TikTok&apos;un gönderdiklerini saklar; böylece bir yayın sonra tekrar oynatılıp kontrol edilebilir.</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Otomatik dışa aktarma klasörü</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>Her oturumun bitince dışa aktarılacağı yer; boş: otomatik dışa aktarma yok. Göreli bir klasör veri klasörünün içindedir.</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>otomatik dışa aktarma yok</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Biçimler</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>Otomatik dışa aktarmanın biçimleri.</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>bilinmeyen biçim {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Jeton başına saniye</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>Sayılan bir hediyenin her jetonunun eklediği süre (bir Rose bunu bir kez, bir Galaxy 1.000 kez ekler).</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>jeton başına saniye 0 ile 3600 arasında olmalı</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Abonelik başına saniye</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>Her aboneliğin eklediği süre.</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>abonelik başına saniye 0 ile 86400 arasında olmalı</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Takip başına saniye</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>Her yeni takibin eklediği süre (0: takipler bir şey eklemez).</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>takip başına saniye 0 ile 3600 arasında olmalı</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Başlangıç süresi (dakika)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>Zamanlayıcının başlamadan önce ve sıfırlandıktan sonra gösterdiği.</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>başlangıç süresi 0 ile 100.000 dakika arasında olmalı</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Üst sınır (dakika, 0 = yok)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>Zamanlayıcı asla bundan fazlasını tutmaz; fazlası eklenmez.</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>üst sınır 0 ile 100.000 dakika arasında olmalı (0: sınır yok)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Tekrar oynatmalar da süre ekler</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>Kapalı: zamanlayıcıyı yalnızca canlı yayınlar ve demo uzatır, tekrar oynatılan kayıt uzatmaz.</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>İlk beğeni hedefi</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>Beğeni sayfasının ilk hedefi (odanın toplam beğenisi).</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>beğeni hedefi en az 1 olan bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Sonra her … beğenide</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>Bir hedefe ulaşılınca sonraki hedef bu kadar beğeni ileridedir.</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>beğeni hedefi adımı en az 1 olan bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>OBS&apos;i yönet (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>OBS&apos;in WebSocket sunucusuna bağlanır: OBS&apos;e ekle ve sahne değiştiren ya da kaynak gösteren eylemler.</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>OBS bilgisayarı</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>OBS&apos;in çalıştığı yer: bu bilgisayarsa 127.0.0.1.</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>OBS WebSocket portu</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>OBS&apos;te Araçlar &gt; WebSocket Sunucu Ayarları&apos;ndaki sunucu portu (değiştirilmediyse 4455).</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value}, 1 ile 65535 arasında bir port değil</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>YouTube OAuth istemci dosyası</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>YouTube&apos;a giriş için kendi Google OAuth istemcinizin JSON dosyası (Masaüstü uygulaması türü) (docs/PLATFORMS.md nasıl oluşturulacağını anlatır).</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>Günlük YouTube API birimi</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>Google Cloud projenizin günlük YouTube Data API kotası (Google artırmadıysa 10.000).</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>günde 100 ile 100.000.000 birim arasında</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>Günlük YouTube CANLI saati</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>Sohbet, günün kotasının bu kadar saat yayına yetmesini sağlayan bir hızda okunur.</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>0,5 ile 24 saat arasında</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>Bu kadar süre haber gelmeyen bir hediye serisi kapatılır ve sayılır.</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>seri bekleme süresi 1 ile 600 saniye arasında olmalı</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>OBS tarayıcı kaynaklarının yerel portu.</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value}, 1024 ile 65535 arasında bir port değil</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>Yalnızca başka bir bilgisayardaki OBS için: overlay o zaman bu bilgisayarın dışından da erişilebilir.</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>Overlay adreslerinin gizli kısmı (&quot;overlay rotate-token&quot; ile yenileyin).</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>En eski kayıtlar bu boyutun ötesinde silinir.</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>en az 10 MB kayıt saklayın</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>Veri klasöründe tutulan veritabanı yedekleri.</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>1 ile 1000 arasında yedek saklayın</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>actions.json kurallarının genel hız sınırı, yayın süresiyle (0: sınır yok).</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>saniye başına eylem 0 ile 1000 arasında olmalı</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Kazanç</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch ve YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Uyarılar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Zamanlayıcı</translation>
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
        <translation>Resmî bir dönüşüm oranı yayımlanmıyor: bunlar tahmindir. Varsayılan: jeton başına 0.5 elmas, elmas başına USD 0.01 (bir jeton yaklaşık USD 0.005 kazandırır).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>Her oturum başladığı oranları korur. Twitch Bit başına USD 0.01 öder ve abonelikleri standart olarak 50/50 paylaşır; YouTube Super Chat, Super Sticker ve üyeliklerin %30&apos;unu alır.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>Eşikler, oturumlar boyunca son kaydedilen ödemeden bu yana olan bakiyeye uygulanır. TikTok günlük ödemeyi USD 1,000 ile sınırlar ve 15 gün içinde öder.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>Subathon zamanlayıcısı çalışırken ya da duraklatılmışken gelirler süre ekler. Zamanlayıcı gerçek saate göre işler: uygulama kapalıyken de geri saymaya devam eder ve saniyesi saniyesine sürer. Beğeni hedefi, beğeni overlay sayfasınındır.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>OBS&apos;te: Araçlar ▸ WebSocket Sunucu Ayarları, &apos;WebSocket sunucusunu etkinleştir&apos;i işaretle, ardından port ve parola için Bağlantı Bilgilerini Göster. OBS&apos;e ekle (Uyarılar ▸ OBS için overlay&apos;ler…) tarayıcı kaynaklarını oluşturur.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>Bir oturum bittiğinde veritabanı yedeklenir; bir klasör ayarlıysa oturum oraya işaretli biçimlerde dışa aktarılır.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} bir sayı olmalı, {value} değil</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} sonlu bir sayı olmalı, {value} değil</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>{name} sıfırdan büyük olmalı, {value} değil</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>{name} negatif olamaz, {value} değil</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>{name}, USD veya EUR gibi üç harfli bir kod olmalı, {value} değil</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>her döviz kurunu KOD=kur biçiminde yazın, örneğin EUR=1.08; {value} değil</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>bir döviz kurunun para birimi</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>{code} döviz kuru iki kez verilmiş</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>jeton başına elmas en fazla 1 olabilir (içerik üretici asla jetonlardan fazlasını almaz)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} bir paydır: en fazla 1 (0,5 = %50), {value} değil</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>{name} en fazla {most} olabilir, {value} değil</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>{code} döviz kuru en fazla 1.000.000.000 olabilir, {value} değil</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>bildirilen elmaslar</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>bir eşiğin adı olmalı (metin)</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>{threshold} platformu şunlardan biri olmalı: {known}; {value} değil</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} bir {platform} eşiği: birimi paradır (jeton ve elmas TikTok&apos;a özgüdür)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>birim şunlardan biri olmalı: {known}; {value} değil</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>{threshold} para birimi USD gibi üç harfli bir kod olmalı, {value} değil</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} {currency} cinsinden; yalnızca {base} ve gösterilen para birimi {display} çevrilebilir</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>true veya false bekleniyordu, {value} değil</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>tam sayı bekleniyordu, {value} değil</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>sayı bekleniyordu, {value} değil</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>metin bekleniyordu, {value} değil</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>metinlerden oluşan bir liste bekleniyordu</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>bir nesne bekleniyordu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>bir liste bekleniyordu</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>ayarlar dosyası bir JSON nesnesi içermeli</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} geçerli bir JSON değil (satır {line}): düzeltin ya da silin</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} tam sayı değil</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} sayı değil</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} bir dosya, klasör değil: bir klasör seçin</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>{code} döviz kuru</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>{threshold} tutarı</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} bir TikTok @kullanıcı adı değil (2-24 harf, rakam, &apos;_&apos; veya &apos;.&apos;)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>iki eşik aynı ada sahip</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value}, #00b140 gibi bir renk değil</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>bir token en az 128 bit (22 karakter) taşımalı</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>OBS&apos;in çalıştığı bilgisayarı yazın: bu bilgisayarsa 127.0.0.1</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} bir ana makine adı veya IP adresi değil (ws:// ve port olmadan yazın)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} bir dosya değil: OAuth istemciniz için indirdiğiniz JSON&apos;u seçin</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>En az bir biçim işaretleyin ya da otomatik dışa aktarmayı kapatmak için klasörü boşaltın.</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>bir ayar belirtin, örn. &quot;streamer-app settings get alerts.volume&quot;</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>burada değiştirilecek {key} diye bir ayar yok: &quot;streamer-app settings show&quot; hepsini listeler</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>yeni değeri belirtin, örn. &quot;streamer-app settings set {key} DEĞER&quot;</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (kaydedildi)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON dosyaları (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>para</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>elmas</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>{row}. satırdaki eşik: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrasyon</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Ödemeler</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Euler Stream API anahtarı</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>TikTok oturum kimliği</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>İsteğe bağlı: API anahtarı imza sunucusunun hız sınırlarından kaçınır. Sistem anahtar zincirinde saklanır, asla günlüklerde, kayıtlarda veya dışa aktarımlarda değil.</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>İsteğe bağlı: API anahtarı imza sunucusunun hız sınırlarından kaçınır. Yalnızca sizin okuyabildiğiniz bir dosyada saklanır, asla günlüklerde, kayıtlarda veya dışa aktarımlarda değil.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Veri klasörü</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>Başka bir klasör için --data-dir KLASÖR ile başlatın ya da STREAMER_APP_HOME ayarlayın.</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>kayıtlı (değiştirmek için yazın)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>OBS WebSocket parolası</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>OBS&apos;in gösterdiği parola</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>Oturumlar okunamadı: {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} jeton</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>TikTok&apos;un o yayın için bildirdiği elmaslar</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>Gerçek oranı görmek için TikTok&apos;un bildirdiği elmasları yaz.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>Bu oranı kullan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>Bildirilen elmas</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>Henüz hediyeli oturum yok: ilk yayınından sonra kalibre et.</translation>
    </message>
    <message>
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>O yayın jeton başına {rate} elmas kazandırdı ({coins} jeton).</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>Jeton başına elmas {rate} olarak ayarlandı; varsayılan olarak tutmak için kaydedin.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>amount withdrawn</source>
        <translation>çekilen tutar</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Ödemeyi kaydet</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>Bakiye ve eşikler son ödemeden itibaren sayılır.</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>bir para çekme sıfırdan büyük olmalı</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>henüz kayıt yok: önce yayın yapın (ya da demoyu çalıştırın)</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Ayarlar kaydedilemedi: {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>bilinmeyen kaynak {kind}: şunlardan seç: {kinds}</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Önce TikTok @kullanıcı adını yaz (2-24 harf, rakam, &apos;_&apos; veya &apos;.&apos;).</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} bir TikTok @kullanıcı adı değil (2-24 harf, rakam, &apos;_&apos; veya &apos;.&apos;)</translation>
    </message>
    <message>
        <source>TikTok @handle</source>
        <translation>TikTok @kullanıcı adı</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>Demo yayın</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>Twitch demo yayını</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>YouTube demo yayını</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>Twitch kanalı</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>YouTube canlı sohbet</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>Kayıt oynat…</translation>
    </message>
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name} ({kind}) bu gece zaten bağlı</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} yok</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>{path} bir kayıt olarak okunamıyor ({error})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} bir streamer-app ham kaydı değil (ilk satırı bir {fmt} başlığı değil)</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path}: kaydın başlığında {key} yok</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path}: kayıt başlığındaki started_at bir ISO tarihi değil</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} bir streamer-app ham kaydı değil (ilk satırı {formats} başlıklarından biri değil)</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>TikTok @kullanıcı adı verilmedi</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>{handle} ile bağlantı kurulmadan durduruldu</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>İmza sunucusunun bağlantı sınırına ulaşıldı</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>İmza sunucusunun bağlantı sınırına ulaşıldı (bir Euler Stream API anahtarı sınırı yükseltir)</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} şu an CANLI değil; CANLI yayın başlar başlamaz bağlanılacak</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>{handle} kullanıcısının CANLI yayını yaş sınırlı: izlemek için Ayarlar&apos;a bir TikTok oturum kimliği ekle</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>TikTok bağlantıyı reddetti (engellendi); sonra yeniden dene ya da bir oturum kimliği ekle</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>İmza sunucusu bunun için ücretli bir Euler Stream planı gerektiğini söylüyor</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>İmza sunucusu oturum kimliğini kullanmayı reddediyor; Ayarlar&apos;dan kaldır</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>Önceki bağlantı hâlâ açıktı; yeniden bağlanılıyor</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>TikTok&apos;ta {handle} adlı bir CANLI hesap yok: @kullanıcı adının yazımını kontrol et</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>Ağ yok: TikTok&apos;a ulaşılamıyor</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>TikTok bir bağlantı vermedi (bot denetimi yapıyor olabilir)</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>Bağlantı başarısız ({error})</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>Ağ yok: imza sunucusuna ulaşılamıyor</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>İmza sunucusu Euler Stream API anahtarını reddetti: Ayarlar&apos;dan kontrol et</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>İmza sunucusu bir Euler Stream API anahtarı istiyor: Ayarlar&apos;dan bir tane ekle</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>İmza sunucusu beklendiği gibi yanıt vermedi ({reason})</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>{login} adında bir Twitch kanalı yok.</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>Twitch kanalının giriş adını yaz (3-25 harf, rakam veya &apos;_&apos;).</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path}: Twitch kaydının başlığında channel_id yok</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>önce YouTube&apos;a giriş yap: ayarlarda &apos;YouTube OAuth client file&apos; ayarla (ya da &apos;streamer-app youtube sign-in&apos; çalıştır) veya herkese açık bir sohbeti okumak için bir API anahtarı kaydet (&apos;streamer-app secrets set youtube-api-key&apos;)</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>YouTube yayını başlamadan durduruldu</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>YouTube kaynağı başlayamıyor: Google&apos;ın istemci kitaplığı bu kurulumda eksik ({error}); YouTube&apos;u takip etmek için streamer-app&apos;i pip ile kur</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} bir YouTube kanalı (@kullanıcı adı veya UC... kimliği) ya da video kimliği veya bağlantısı değil</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>önce ayarlarda &apos;YouTube OAuth client file&apos; ayarla (Google Cloud console&apos;dan bir Masaüstü OAuth istemcisinin JSON&apos;u; docs/PLATFORMS.md nasıl yapılacağını anlatır)</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>YouTube OAuth istemci dosyası {path} yok</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path}, Masaüstü uygulaması türünde bir Google OAuth istemci dosyası değil ({error})</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>YouTube girişi tamamlanmadı ({error})</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>kendi yayınını takip etmek için YouTube&apos;a giriş yap (API anahtarı yalnızca herkese açık sohbeti okuyabilir: bunun yerine video kimliğini veya kanalı yaz)</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>YouTube&apos;da {video_id} videosu yok (ya da gizli)</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>{video_id} videosunun canlı yayını bitti; sohbeti artık okunamıyor</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>{video_id} videosu bir canlı yayın değil</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>YouTube&apos;da {channel} kanalı yok</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>Bu sistemde yüklü bir metin okuma sesi yok.</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>Bu sistemin metin okuma motorunda kullanılabilir ses yok.</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>Metin okuma burada kullanılamıyor ({error}).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>{data_dir} içinde henüz yedeklenecek bir veritabanı yok</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>yedek klasörü {folder} oluşturulamıyor: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>{folder} içine yazılamıyor: klasör ya da diski salt okunur (hiçbir şey değişmedi)</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>veritabanı denetiminden geçemedi ({problem}); yedek alınmadı, bu yüzden eski yedekler olduğu gibi duruyor</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>{folder} klasörünün bulunduğu disk dolu: yer aç ve yeniden dene (yedek alınmadı; eski yedekler olduğu gibi duruyor)</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>yedekleme başarısız: {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>yer aç ve yeniden dene</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>yedek alınmadı</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>yedekleme başarısız ({error}): {advice}; eski yedekler olduğu gibi duruyor</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} yok ya da bir dosya değil</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} bir streamer-app veritabanı değil (SQLite dosyası değil); hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>{path} açılamıyor ({error}); hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} bozuk ({problem}); başka bir yedek seç. Hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} bir SQLite dosyası ama streamer-app veritabanı değil; hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} daha yeni bir streamer-app sürümüyle yazılmış; önce uygulamayı güncelle. Hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} okunabilir bir streamer-app veritabanı değil ({error}); hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>o dosya mevcut veritabanının kendisi; bir yedek dosyası seç</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>{folder} klasörünün bulunduğu disk dolu, bu yüzden mevcut veritabanı kenara alınamadı: yer aç ve yeniden dene; hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>mevcut veritabanı kenara alınamadı ({error}): onu kullanan programları kapat ve yeniden dene; hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>klasörü kontrol et</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>mevcut veritabanı kenara alınamadı ({error}): {advice}; hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>önceki veritabanın şurada: {path}</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>önceki bir veritabanı yoktu</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>geri yüklenen veritabanı denetiminden geçemedi; {previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>disk dolu, bu yüzden yedek geri yüklenemedi: yer aç ve yeniden dene; {previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>veritabanı kullanımda ({error}): streamer-app&apos;i kapat ve yeniden dene</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>{path} dosyasının -wal dosyasında SQLite&apos;ın yalnızca yazılabilir bir klasörden okuyabildiği yeni hediyeler var: {folder} klasörünün tamamını yazılabilir bir yere kopyala ve orada --data-dir kullan (hiçbir şey değişmedi)</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} okunabilir bir streamer-app veritabanı değil (bozulmuş olabilir). &apos;streamer-app restore FILE&apos; ile bir yedeği geri yükle ya da baştan başlamak için dosyayı taşı.</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} salt okunur: dosyanın izinlerini ve diskinin salt okunur bağlanmadığını kontrol et ya da başka bir --data-dir seç.</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>{path} açılamıyor: klasörün var olduğunu ve yazılabilir olduğunu kontrol et ya da başka bir --data-dir seç.</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>{path} dosyasının bulunduğu disk dolu: yer aç ve yeniden dene (kaydedilmiş hiçbir şey kaybolmadı).</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>{path} yazılamıyor (disk G/Ç hatası): disk dolu, kota aşılmış, çıkarılmış ya da arızalı olabilir; yer aç ya da sürücüyü kontrol et (kaydedilmiş hiçbir şey kaybolmadı).</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>{path} ile ilgili veritabanı sorunu: {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>veri klasörü {folder} oluşturulamıyor: {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>{path} bütünlük denetiminden geçemedi ({problem}). Hiçbir şey değişmedi; &apos;streamer-app restore FILE&apos; ile bir yedeği geri yükle ya da &apos;streamer-app doctor&apos; çalıştır.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} daha yeni bir streamer-app sürümüyle yazılmış (şema adımları {steps}). Uygulamayı güncelle; dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>{target} yedeği denetiminden geçemedi; asıl dosyaya dokunulmadı</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>veritabanı güncellenemedi: {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>{folder} içinde bir geri yükleme sürüyor: bittiğinde streamer-app&apos;i yeniden başlat</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>{folder} içine yazılamıyor ({error}); hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>streamer-app bu veri klasöründe çalışıyor: penceresindeki sayaç panelini kullan (ya da önce onu kapat)</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>sayaç kaydedilemedi: {problem}</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>Tahmini kazanç</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Elmas</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hediyeler</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Gönderenler</translation>
    </message>
    <message>
        <source>Gifts / min</source>
        <translation>Hediye / dk</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Abonelikler</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Hediye abonelikler</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Destekçiler</translation>
    </message>
    <message>
        <source>Raids</source>
        <translation>Baskınlar</translation>
    </message>
    <message>
        <source>Super Chats</source>
        <translation>Super Chat&apos;ler</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödenen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>Hediye üyelikler</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>{rate} elmas/jeton oranıyla</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>izleyiciler ≈ {money} harcadı</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>tahmini</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} seri bitişsiz kapandı</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} yeni takip</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>son 5 dakika</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>HAZIR</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>ÇALIŞIYOR</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>DURAKLATILDI</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>SÜRE DOLDU</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>SUBATHON ZAMANLAYICISI</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>Zamanlayıcı için bir yayın (ya da demo) başlat.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>{time} çıkar</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>{time} ekle</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>Başlangıç süresine dön, durdurulmuş (önce sorar)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>{time} added</source>
        <translation>{time} eklendi</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>{time} çıkarıldı</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} jeton</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} abone</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} takip</translation>
    </message>
    <message>
        <source>from {income}</source>
        <translation>{income} ile</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cap {time}</source>
        <translation>üst sınır {time}</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 jeton = {seconds} sn</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>Subathon zamanlayıcısı sıfırlansın mı?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>Zamanlayıcı başlangıç süresine döner ve durur. Şimdiye kadar eklenen süre silinir (hediyeler kayıt defterinde kalır).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>sürüyor</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>bitmedi</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>bitti</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>kazandın</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>berabere</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>kaybettin</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} daha</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} jeton</translation>
    </message>
    <message>
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>İzleyicilerinin konuklarına gönderdiği hediyeler (çok konuklu ve ortak sunuculu CANLI yayınlar).</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>Bunlar konukların geliridir: jetonlarına, elmaslarına, kazancına ve ödeme eşiklerine dahil değildir.</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name}: {coins} jeton, 1 hediye</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name}: {coins} jeton, {gifts} hediye</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Beğeniler</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>İlk hediyeler</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>Konuklara</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>Odanın toplam beğenisi (TikTok&apos;un sayımı)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>Sana ilk hediyesini bu gece gönderen izleyiciler</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>LIVE Match puanı: bir skor, jeton ya da para değil</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>Hediye gönderen</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Destekçi</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Abonelikler</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödenen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
</context>
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>streamer-app, kanalınızın Bits&apos;lerini, aboneliklerini, takipçilerini ve sohbetini kendi Twitch uygulamanızla okur. {console} adresinde bir uygulama kaydedin (Client Type: {public}, OAuth redirect {redirect}) ve Client ID&apos;sini buraya yapıştırın.</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>Twitch&apos;e giriş yap — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>twitch.tv/activate&apos;i aç</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>Uygulamanızın Client ID&apos;sini dev.twitch.tv/console&apos;dan yapıştırın (yaklaşık 30 harf ve rakam).</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Bekleniyor…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>Twitch&apos;ten kod isteniyor…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>twitch.tv/activate&apos;i açın, bu kodu gösterdiğini kontrol edin ve Authorize&apos;ı seçin. Bekleniyor…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>Twitch girişi başarısız: {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>Twitch&apos;e {login} olarak giriş yapıldı.</translation>
    </message>
</context>
</TS>
