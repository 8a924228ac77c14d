<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Nenhuma sessão ainda. Experimente: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>INÍCIO (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CRIADOR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>MOEDAS</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>PRESENTES</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>DOADORES</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>EST.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>ao vivo/aberta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrada</translation>
    </message>
</context>
</TS>
