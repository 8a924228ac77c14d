<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Noch keine Sessions. Probiere: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>BEGINN (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CREATOR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>MÜNZEN</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>GESCHENKE</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>SCHENKENDE</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>GESCH.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>live/offen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
</context>
</TS>
