<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Aucune session pour l’instant. Essayez : streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>DÉBUT (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CRÉATEUR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>PIÈCES</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>CADEAUX</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>DONATEURS</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>EST.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>en direct/ouverte</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
</context>
</TS>
