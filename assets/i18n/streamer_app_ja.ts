<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>まだセッションがありません。試す: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>クリエイター</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>ギフター</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>LIVE中/進行中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
</context>
</TS>
