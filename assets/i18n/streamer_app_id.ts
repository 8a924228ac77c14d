<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Belum ada sesi. Coba: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>MULAI (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SUMBER</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>KREATOR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>KOIN</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>HADIAH</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>PEMBERI</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>PERK.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>live/terbuka</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>selesai</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Hadiah keren!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Hadiah besar!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Hadiah legendaris!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Hadiah untuk tamu</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Hadiah terus berdatangan</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 hadiah lagi untuk tamu</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} hadiah lagi untuk tamu</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 hadiah lagi, 1 koin</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 hadiah lagi, {coins} koin</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} hadiah lagi, 1 koin</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} hadiah lagi, {coins} koin</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>dari 1 penonton</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>dari {count} penonton</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>dari 1 penonton — terima kasih semua!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>dari {count} penonton — terima kasih semua!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Notifikasi uji</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Hadiah untuk tamu</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>mengirim {gift} ke {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>mengirim {gift}</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>Victory!</source>
        <translation>Menang!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Skor akhir</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>mengirim {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>ke {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>hadiah pertama!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>mengikuti</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>membagikan LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>datang dengan {count} penonton</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>berlangganan ({count} bulan)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>berlangganan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} koin</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} berlian</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Pemberi hadiah teratas</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Jadilah yang pertama mengirim hadiah!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Seseorang</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Target suka</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>seorang tamu</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Koin</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Berlian (perk.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Pendapatan (perk.)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Pemberi hadiah</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>vs {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>Subathon</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>segera dimulai</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>waktu habis!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} dtk</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 koin = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>langganan = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>ikuti = {time}</translation>
    </message>
</context>
</TS>
