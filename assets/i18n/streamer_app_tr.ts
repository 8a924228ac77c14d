<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_US">
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
</TS>
