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
</TS>
