<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Chưa có phiên nào. Hãy thử: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>BẮT ĐẦU (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>NGUỒN</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>NHÀ SÁNG TẠO</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>XU</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>QUÀ</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>NGƯỜI TẶNG</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>ƯỚC TÍNH</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>TRẠNG THÁI</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>đang live/mở</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
