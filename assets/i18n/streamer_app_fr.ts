<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>PREMIER CADEAU !</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} cadeaux de plus aux invités</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} cadeaux de plus, {coins} pièces</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>a envoyé {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>à {guest}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} pièces</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>alertes streamer-app</translation>
    </message>
</context>
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
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>RECONNEXION</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>LIMITE ATTEINTE</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NON CONNECTÉ</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>HISTORIQUE</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ Autre source</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} spectateurs</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>Choisissez une source et connectez-vous</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>Se connecter à la source choisie (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>Lancer aussi la source choisie, à côté des sources connectées (plusieurs plateformes à la fois)</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — nouvel essai dans {wait}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>nouvel essai dans {wait}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>Overlay pour OBS : {url}  (Alertes ▸ Overlays pour OBS… pour tous les liens)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ accès réseau local activé</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>Revenus estimés</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Fil en direct</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donateurs</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Top soutiens</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Cadeaux par type</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Chargement du graphique…</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>Solde depuis le dernier retrait</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>premier cadeau !</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invité</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>à {guest}</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} vous suit</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} a partagé le stream</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} s&apos;est abonné</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>Bienvenue dans streamer-app</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>Alertes de cadeaux en direct, un registre exact des pièces et diamants, et vos revenus face à vos seuils de paiement — juste à côté de votre stream.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  Essayer le stream de démo</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>ou passez en LIVE avec votre compte TikTok :</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Ce n&apos;est pas un @identifiant TikTok (2 à 24 lettres, chiffres, &apos;_&apos; ou &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
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
        <source>Est. earnings</source>
        <translation>Revenus est.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Exporter ▾</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Chargement des sessions…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>Impossible de lire les sessions : {error}</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>Sessions : {count}. Double-cliquez pour en ouvrir une (lecture seule).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>Aucune session : lancez la démo ou connectez-vous à un stream.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS : les liens de {count} source(s) streamer-app étaient périmés et utilisent maintenant le jeton et le port actuels.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Dossier de données : {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>&amp;Exporter cette session</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Stream</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>Lancer la dé&amp;mo</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>Se connecter à &amp;Twitch…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>Afficher la fenêtre d&apos;&amp;alertes</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>Alerte de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>&amp;Overlays pour OBS…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>A&amp;ctions…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Couper les &amp;sons</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>Incrustation (vert)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Toujours au premier plan</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>Sons des alertes coupés</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>Sons des alertes activés</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer les paramètres : {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>Le serveur d&apos;overlays démarre…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>Actions enregistrées : {count} règle(s).</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>Nouveau jeton d&apos;overlay : collez les nouveaux liens dans OBS.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>Cette source est déjà connectée.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Connecté à Twitch en tant que {login}</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Terminé : {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>Terminé : {reason} — le registre n&apos;a pas pu tout écrire</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>Session enregistrée — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>Le stream s&apos;est arrêté : {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>Historique — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>Enregistrement du registre…</translation>
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
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Session n° {id} — streamer-app</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamants par pièce</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD par diamant</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Devise affichée</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 USD dans cette devise</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>Prix d&apos;une pièce pour les spectateurs (USD)</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch : USD par Bit</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch : prix d&apos;un abonnement niveau 1 (USD)</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch : prix d&apos;un abonnement niveau 2 (USD)</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch : prix d&apos;un abonnement niveau 3 (USD)</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch : votre part des abonnements (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube : votre part des Super Chats et Stickers</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube : votre part des abonnements de chaîne</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube : prix de l&apos;abonnement de chaîne (USD)</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Taux de change vers la devise affichée</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Seuils de paiement</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Pièces minimum pour une alerte</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Volume (0-100)</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Couper les sons</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Lire les cadeaux à voix haute (synthèse vocale)</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Pièces minimum pour la lecture</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Ne jamais lire</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Couleur d&apos;incrustation</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Couleur chroma</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Toujours au premier plan</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Taille de la fenêtre</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Alertes en attente avant un résumé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Langue des overlays</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Comme la fenêtre</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>Votre @identifiant TikTok</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Votre chaîne Twitch</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>Votre chaîne YouTube</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>Enregistrer les données brutes des streams TikTok (pour les rejouer)</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Dossier d&apos;export automatique</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Secondes par pièce</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Secondes par abonnement</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Secondes par follow</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Temps de départ (minutes)</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Plafond (minutes, 0 = aucun)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Les rediffusions ajoutent aussi du temps</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>Premier objectif de likes</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Puis tous les … likes</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>Piloter OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>Ordinateur d&apos;OBS</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>Port WebSocket d&apos;OBS</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>Fichier client OAuth YouTube</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>Unités d&apos;API YouTube par jour</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>Heures de LIVE YouTube par jour</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch et YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>No official conversion is published: these are estimates. Defaults: 0.5 diamonds per coin, USD 0.01 per diamond (a coin earns about USD 0.005).</source>
        <translation>Aucune conversion officielle n&apos;est publiée : ce sont des estimations. Par défaut : 0.5 diamant par pièce, USD 0.01 par diamant (une pièce rapporte environ USD 0.005).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>Chaque session garde les taux de son début. Twitch paie USD 0.01 par Bit et partage les abonnements à 50/50 par défaut ; YouTube garde 30 % des Super Chats, Super Stickers et abonnements de chaîne.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>Les seuils portent sur le solde depuis le dernier retrait noté, toutes sessions confondues. TikTok plafonne les retraits à USD 1,000 par jour et paie sous 15 jours.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>Les revenus ajoutent du temps tant que le minuteur de subathon tourne ou est en pause. Le minuteur suit l&apos;horloge : il continue de décompter app fermée et reprend à la seconde près. L&apos;objectif de likes est celui de la page d&apos;overlay des likes.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>Dans OBS : Outils ▸ Paramètres du serveur WebSocket, cochez « Activer le serveur WebSocket », puis Afficher les informations de connexion pour le port et le mot de passe. Ajouter à OBS (Alertes ▸ Overlays pour OBS…) crée ensuite les sources navigateur.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>À la fin d&apos;une session, la base de données est sauvegardée et, si un dossier est choisi, la session y est exportée dans les formats cochés.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Clé d&apos;API Euler Stream</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>ID de session TikTok</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>Mot de passe WebSocket d&apos;OBS</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>Saisissez les diamants annoncés par TikTok pour voir le taux réel.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>Utiliser ce taux</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>Diamants annoncés</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>Aucune session avec des cadeaux : étalonnez après votre premier stream.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Noter un retrait</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>Le solde et les seuils comptent depuis le dernier retrait.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>TikTok @handle</source>
        <translation>@identifiant TikTok</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>Stream de démo</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>Démo Twitch</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>Démo YouTube</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>Chaîne Twitch</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>Chat en direct YouTube</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>Rejouer un fichier…</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>Revenus est.</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamants</translation>
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
        <source>Gifts / min</source>
        <translation>Cadeaux / min</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Abos offerts</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Raids</source>
        <translation>Raids</translation>
    </message>
    <message>
        <source>Super Chats</source>
        <translation>Super Chats</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>Abos de chaîne offerts</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>à {rate} diamants/pièce</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>dépensé par les spectateurs ≈ {money}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} séries closes sans fin</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} nouveaux follows</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>TEMPS ÉCOULÉ</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>MINUTEUR SUBATHON</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>Lancez un stream (ou la démo) pour faire tourner le minuteur.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>Retirer {time}</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>Ajouter {time}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>Retour au temps de départ, à l&apos;arrêt (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 pièce = {seconds} s</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>Réinitialiser le minuteur de subathon ?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>Le minuteur revient à son temps de départ et s&apos;arrête. Le temps ajouté est oublié (les cadeaux restent dans le registre).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>gagné</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} de plus</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} pièces</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>Premiers cadeaux</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>Aux invités</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>Total des likes du LIVE (compté par TikTok)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>Spectateurs qui vous ont fait leur premier cadeau ce soir</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>Points du LIVE Match : un score, ni pièces ni argent</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
</TS>
