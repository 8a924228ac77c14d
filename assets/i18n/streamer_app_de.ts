<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>Card</name>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · {hours} Std. {minutes} Min. live</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · {minutes} Min. live</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>LIVE-RÜCKBLICK</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>RÜCKBLICK AUF {count} LIVES</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Dein Stream</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} geschätzt · ~{diamonds} Diamanten</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>neue Follower</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>TOP-SCHENKENDE</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Diesmal keine Geschenke – danke fürs Zuschauen!</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>MÜNZEN IM VERLAUF</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Nächstes: {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Alle Auszahlungsziele erreicht</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Geschätzt aus meinem eigenen Journal; die Zahlen von TikTok können abweichen.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Geschätzt aus meinem eigenen Journal; die Zahlen der Plattformen können abweichen.</translation>
    </message>
</context>
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
    <message>
        <source>wrote {path}</source>
        <translation>geschrieben: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>Sicherung gespeichert: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>Sicherung gespeichert: {path} (die neuesten {keep} werden behalten)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file} wiederhergestellt: Sitzungen {sessions}, gezählte Geschenke {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>die bisherige Datenbank wurde als {path} behalten</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Sitzung {id} (fortgesetzt) beendet: {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Sitzung {id} (neu) beendet: {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>Münzen {coins} | Diamanten ~{diamonds} | geschätzte Einnahmen {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>Geschenke {gifts} von {gifters} Schenkenden | Follows {follows} | Shares {shares} | Kommentare {comments} | Likes {likes}</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>Top-Schenkende: {names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} Sitzung</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Sitzungen</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>Diamanten (geschätzt)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>Ausgaben der Zuschauer (geschätzt)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>Abos</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>neue Follower</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>Zuschauer in der Spitze</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>und {count} weitere Schenkende</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>Geschenke, die Zuschauer deinen Gästen geschickt haben: ihr Einkommen, in keiner deiner Summen oben. Sie werden in deinem Journal getrennt geführt.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Jede Plattform in ihren eigenen Einheiten und was sie dir einbringt (geschätzt, zu den Sätzen der jeweiligen Sitzung).</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
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
        <source>Est.</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Schenkende(r)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Nach Plattform</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>Guthaben seit der letzten Auszahlung (geschätzt)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>Münzen pro Tag, letzte 14 Tage</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>Tag(e), um es beim Tageslimit auszuzahlen</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Schwellen gelten für das Guthaben seit deiner letzten erfassten Auszahlung, über alle Sitzungen.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>Voraussichtliche Daten setzen voraus, dass der Schnitt an Münzen pro Tag der letzten 14 Tage anhält.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Auszahlungsplaner</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Verbindungslücken</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>Keine Geschenke gezählt.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Alle Gäste</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>geschätzte Einnahmen</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamanten pro Münze</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD pro Diamant</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Geschenke nach Art</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Münzen pro Geschenk.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>keine aktuellen Einnahmen für eine Prognose</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Verwendete Sätze</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Geschätzte Einnahmen</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>Zuschauer zahlen pro Münze</translation>
    </message>
    <message>
        <source>{count} gifts</source>
        <translation>{count} Geschenke</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Jede Sitzung wird zu den Sätzen geschätzt, mit denen sie aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Jede Plattform zahlt aus, sobald ihr eigenes Guthaben das Minimum erreicht (geschätzt seit deiner letzten erfassten Auszahlung).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>Münzen · ~{diamonds} Diamanten</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>etwa {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} Münzen</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>Bei TikTok kannst du höchstens {cap} USD pro Tag auszahlen; die Auszahlung erfolgt innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>Stand {date}. Schätzungen, nicht die Zahlen von TikTok.</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Keine Lücken: Die Verbindung hielt die ganze Zeit, die Summen sind vollständig.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Während die Verbindung unterbrochen war, können Geschenke in diesen Summen fehlen ({length} insgesamt; Zeiten in UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} Geschenkserie(n) ohne Abschlussnachricht; sie wurden bis zu ihrem höchsten Stand gezählt.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTok veröffentlicht keinen Umrechnungskurs; mit diesen Einstellungen wurden die Schätzungen berechnet.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Geschenke pro Minute</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>Geschenke pro 5 Minuten</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>Geschenke pro 15 Minuten</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Geschenke pro Stunde</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Geschenke pro Tag</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Geschenke pro Woche</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Gezählte Geschenke je Spalte, schattiert, wo die Verbindung unterbrochen war.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Gezählte Geschenke je Spalte.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>Zusammenfassung der LIVE-Sitzung</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Zusammenfassung der Sitzungen</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>geschätztes Guthaben seit der letzten Auszahlung</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>Schwelle ausstehend</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>Schwelle erreicht</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>Verbindungslücke</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>Das Guthaben seit deiner letzten Auszahlung im Vergleich zu deinen Auszahlungsschwellen.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Erstellt mit streamer-app {version} aus deinem eigenen lokalen Journal · erzeugt am {when} UTC · geschätzte Zahlen, nicht die von TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Geschenke an Gäste</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>Geschenke, die Zuschauer deinen Gästen geschickt haben: ihr Einkommen, in keiner deiner Summen oben.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} Münzen, {gifts} Geschenke</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**Nach Plattform:**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(geschätzt {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} Münzen** · ~{diamonds} Diamanten · geschätzt **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} Geschenke von {gifters} Schenkenden · {follows} Follows · {shares} Shares · {likes} Likes</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>geschätzt **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} Follows · {subs} Abos und Mitgliedschaften · {comments} Kommentare</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top-Schenkende</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**Top-Geschenke:**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Auszahlungen auf Twitch und YouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(geschätzt {money} seit der letzten Auszahlung)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Guthaben seit der letzten Auszahlung:** {money} ({coins} Münzen)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Nächste: {threshold} — {percent}, beim aktuellen Tempo etwa am {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Nächste: {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Alle Auszahlungsschwellen sind erreicht ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} Verbindungslücke ({length}): Geschenke aus dieser Zeit können fehlen.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} Verbindungslücken ({length}): Geschenke aus dieser Zeit können fehlen.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Schätzungen: {diamonds} Diamanten pro Münze, {currency} {money} pro Diamant; die Zahlen von TikTok können abweichen.</translation>
    </message>
</context>
</TS>
