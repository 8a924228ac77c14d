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
</TS>
