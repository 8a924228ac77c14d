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
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Schönes Geschenk!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Großes Geschenk!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Legendäres Geschenk!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Geschenke an Gäste</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Und die Geschenke kommen weiter</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 weiteres Geschenk an Gäste</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} weitere Geschenke an Gäste</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 weiteres Geschenk, 1 Münze</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 weiteres Geschenk, {coins} Münzen</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} weitere Geschenke, 1 Münze</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} weitere Geschenke, {coins} Münzen</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>von 1 Zuschauer</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>von {count} Zuschauern</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>von 1 Zuschauer – danke euch allen!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>von {count} Zuschauern – danke euch allen!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Testhinweis</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Geschenk an einen Gast</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>schickte {gift} an {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>schickte {gift}</translation>
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
        <translation>Sieg!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Endstand</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>schickte {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>an {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>erstes Geschenk!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>folgt jetzt</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>hat das LIVE geteilt</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>kam mit {count} Zuschauern</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>hat abonniert ({count} Monate)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>hat abonniert</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} Münzen</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} Diamanten</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top-Schenkende</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Schick als Erste(r) ein Geschenk!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Like-Ziel</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ein Gast</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Diamanten (ca.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Einnahmen (ca.)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>gegen {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>Subathon</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>startet gleich</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>Zeit ist um!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 Münze = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>Abo = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>Follow = {time}</translation>
    </message>
</context>
</TS>
