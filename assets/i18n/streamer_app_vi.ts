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
</TS>
