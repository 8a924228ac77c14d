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
    <name>Report</name>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gifters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
