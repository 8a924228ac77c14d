<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_US">
<context>
    <name>Card</name>
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
        <source>TOP GIFTERS</source>
        <translation>EN ÇOK HEDİYE GÖNDERENLER</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Bu sefer hediye yok — izlediğin için teşekkürler!</translation>
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
</context>
<context>
    <name>Headless</name>
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
        <source>top gifters: {names}</source>
        <translation>en çok hediye gönderenler: {names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
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
        <source>Platform</source>
        <translation>Platform</translation>
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
        <source>Coins</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hediye</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Hediye gönderenler</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Tahmini</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Hediye gönderen</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Konuk</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Platforma göre</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Gelir</translation>
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
        <source>{count} gifts</source>
        <translation>{count} hediye</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Her oturum, kaydedildiği oranlarla tahmin edilir.</translation>
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
        <source>Gifts to guests</source>
        <translation>Konuklara hediyeler</translation>
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
        <source>Top gifters</source>
        <translation>En çok hediye gönderenler</translation>
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
</context>
</TS>
