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
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>¡Buen regalo!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>¡Gran regalo!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>¡Regalo legendario!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Regalos a invitados</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Y siguen llegando regalos</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 regalo más a invitados</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} regalos más a invitados</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 regalo más, 1 moneda</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 regalo más, {coins} monedas</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} regalos más, 1 moneda</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} regalos más, {coins} monedas</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>de 1 espectador</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>de {count} espectadores</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>de 1 espectador: ¡gracias a todos!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>de {count} espectadores: ¡gracias a todos!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerta de prueba</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Regalo a un invitado</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>envió {gift} a {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>envió {gift}</translation>
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
        <translation>¡Victoria!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Resultado final</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>envió {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>a {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>¡primer regalo!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>te sigue</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>compartió el LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>llegó con {count} espectadores</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>se suscribió ({count} meses)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>se suscribió</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} monedas</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamantes</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donantes</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>¡Sé el primero en enviar un regalo!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Meta de me gusta</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invitado</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Diamantes (est.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Ganancias (est.)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>vs {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>Subathon</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>empieza pronto</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>¡se acabó el tiempo!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 moneda = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>suscripción = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>seguidor = {time}</translation>
    </message>
</context>
</TS>
