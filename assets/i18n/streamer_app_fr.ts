<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Card</name>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · {hours} h {minutes} min en LIVE</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · {minutes} min en LIVE</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>RÉCAP DU LIVE</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>RÉCAP DE {count} LIVES</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Ton live</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} estimés · ~{diamonds} diamants</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>cadeaux</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>donateurs</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>nouveaux abonnés</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>MEILLEURS DONATEURS</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Pas de cadeaux cette fois — merci d&apos;avoir regardé !</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>PIÈCES AU FIL DU TEMPS</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Prochain : {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Tous les objectifs de paiement atteints</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Estimé depuis mon propre registre ; les chiffres de TikTok peuvent différer.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Estimé depuis mon propre registre ; les chiffres des plateformes peuvent différer.</translation>
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
    <message>
        <source>wrote {path}</source>
        <translation>écrit : {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>sauvegarde enregistrée : {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>sauvegarde enregistrée : {path} (les {keep} plus récentes sont gardées)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file} restauré : sessions {sessions}, cadeaux comptés {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>l&apos;ancienne base de données a été gardée sous {path}</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Session {id} (reprise) terminée : {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Session {id} (nouvelle) terminée : {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>pièces {coins} | diamants ~{diamonds} | gains estimés {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>cadeaux {gifts} de {gifters} donateurs | abonnés {follows} | partages {shares} | commentaires {comments} | j&apos;aime {likes}</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>meilleurs donateurs : {names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>still open</source>
        <translation>encore ouverte</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} session</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sessions</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>cadeaux</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>donateurs</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>diamants (est.)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>dépenses des spectateurs (est.)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>abonnements</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>adhésions</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>nouveaux abonnés</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>pic de spectateurs</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>et {count} autres donateurs</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>Cadeaux envoyés par les spectateurs à tes invités : leurs revenus, dans aucun de tes totaux ci-dessus. Ils sont tenus à part dans ton registre.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Chaque plateforme dans ses propres unités, et ce qu&apos;elle te rapporte (estimé, aux taux de chaque session).</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
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
        <source>Est.</source>
        <translation>Est.</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>solde depuis le dernier paiement (est.)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>pièces par jour, 14 derniers jours</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>jour(s) pour le retirer au plafond quotidien</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Les seuils s&apos;appliquent au solde depuis ton dernier paiement enregistré, toutes sessions confondues.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>Les dates prévues supposent que la moyenne de pièces par jour des 14 derniers jours se maintient.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Planificateur de paiements</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Coupures de connexion</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>Aucun cadeau compté.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Tous les invités</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>gains estimés</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamants par pièce</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD par diamant</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Cadeaux par type</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Pièces par cadeau.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>aucun revenu récent pour une projection</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Taux utilisés</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Devise affichée</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Gains estimés</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>Les spectateurs paient par pièce</translation>
    </message>
    <message>
        <source>{count} gifts</source>
        <translation>{count} cadeaux</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Chaque session est estimée aux taux avec lesquels elle a été enregistrée.</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Chaque plateforme paie dès que son propre solde atteint son minimum (estimé depuis ton dernier paiement enregistré).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>pièces · ~{diamonds} diamants</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>vers le {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} pièces</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>TikTok te permet de retirer au plus {cap} USD par jour et paie dans les {days} jours suivant un retrait.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>Au {date}. Estimations, pas les chiffres de TikTok.</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Aucune coupure : la connexion a tenu tout le temps, les totaux sont donc complets.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Pendant la coupure de connexion, des cadeaux peuvent manquer dans ces totaux ({length} en tout ; heures en UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} série(s) de cadeaux n&apos;ont jamais envoyé leur message de fin ; elles ont été comptées jusqu&apos;à leur plus haut nombre.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTok ne publie aucune conversion ; voici les réglages avec lesquels les estimations ont été calculées.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Cadeaux par minute</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>Cadeaux par 5 minutes</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>Cadeaux par 15 minutes</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Cadeaux par heure</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Cadeaux par jour</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Cadeaux par semaine</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Cadeaux comptés dans chaque colonne, grisés là où la connexion était coupée.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Cadeaux comptés dans chaque colonne.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>Résumé de la session LIVE</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Résumé des sessions</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>solde estimé depuis le dernier paiement</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>seuil à venir</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>seuil atteint</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>coupure de connexion</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>Le solde depuis ton dernier paiement, face à tes seuils de paiement.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Fait avec streamer-app {version} depuis ton propre registre local · généré le {when} UTC · chiffres estimés, pas ceux de TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Cadeaux aux invités</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>Cadeaux envoyés par les spectateurs à tes invités : leurs revenus, dans aucun de tes totaux ci-dessus.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} pièces, {gifts} cadeaux</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**Par plateforme :**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(est. {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} pièces** · ~{diamonds} diamants · est. **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} cadeaux de {gifters} donateurs · {follows} abonnés · {shares} partages · {likes} j&apos;aime</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>est. **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} abonnés · {subs} abonnements et adhésions · {comments} commentaires</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Meilleurs donateurs</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**Meilleurs cadeaux :**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Paiements sur Twitch et YouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(est. {money} depuis le dernier paiement)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Solde depuis le dernier paiement :** {money} ({coins} pièces)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Prochain : {threshold} — {percent}, au rythme récent vers le {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Prochain : {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Tous les seuils de paiement sont atteints ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} coupure de connexion ({length}) : des cadeaux envoyés alors peuvent manquer.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} coupures de connexion ({length}) : des cadeaux envoyés alors peuvent manquer.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Estimations : {diamonds} diamants par pièce, {currency} {money} par diamant ; les chiffres de TikTok peuvent différer.</translation>
    </message>
</context>
</TS>
