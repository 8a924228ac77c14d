<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Aún no hay sesiones. Prueba: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>INICIO (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CREADOR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>MONEDAS</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>REGALOS</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>DONANTES</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>EST.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>en vivo/abierta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
</context>
</TS>
