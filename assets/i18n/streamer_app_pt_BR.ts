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
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Belo presente!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Grande presente!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Presente lendário!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Presentes para convidados</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>E os presentes continuam chegando</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 presente para convidados</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} presentes para convidados</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 presente, 1 moeda</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 presente, {coins} moedas</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} presentes, 1 moeda</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} presentes, {coins} moedas</translation>
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
        <translation>de 1 espectador — obrigado a todos!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>de {count} espectadores — obrigado a todos!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerta de teste</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Presente para um convidado</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>enviou {gift} para {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>enviou {gift}</translation>
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
        <translation>Vitória!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Placar final</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>enviou {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>para {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>primeiro presente!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>seguiu</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>compartilhou a LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>chegou com {count} espectadores</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>assinou ({count} meses)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>assinou</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} moedas</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamantes</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top doadores</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Seja o primeiro a enviar um presente!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Meta de curtidas</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>um convidado</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Diamantes (est.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Ganhos (est.)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Doadores</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Curtidas</translation>
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
        <translation>começa em breve</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>acabou o tempo!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ao vivo</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 moeda = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>assinatura = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>seguidor = {time}</translation>
    </message>
</context>
</TS>
