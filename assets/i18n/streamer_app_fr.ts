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
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Joli cadeau !</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Gros cadeau !</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Cadeau légendaire !</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Cadeaux aux invités</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Et les cadeaux continuent</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 cadeau de plus aux invités</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} cadeaux de plus aux invités</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 cadeau de plus, 1 pièce</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 cadeau de plus, {coins} pièces</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} cadeaux de plus, 1 pièce</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} cadeaux de plus, {coins} pièces</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>de 1 spectateur</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>de {count} spectateurs</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>de 1 spectateur — merci à tous !</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>de {count} spectateurs — merci à tous !</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerte de test</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Cadeau à un invité</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>a envoyé {gift} à {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>a envoyé {gift}</translation>
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
        <translation>Victoire !</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Score final</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>a envoyé {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>à {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>premier cadeau !</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>suit le LIVE</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>a partagé le LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>arrive avec {count} spectateurs</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>s’est abonné ({count} mois)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>s’est abonné</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} pièces</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamants</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donateurs</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Sois le premier à envoyer un cadeau !</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Objectif de j’aime</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invité</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Diamants (est.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Gains (est.)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>contre {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>Subathon</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>bientôt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>temps écoulé !</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 pièce = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>abonnement = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>abonné = {time}</translation>
    </message>
</context>
</TS>
