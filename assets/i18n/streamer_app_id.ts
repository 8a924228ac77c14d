<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Belum ada sesi. Coba: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>MULAI (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SUMBER</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>KREATOR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>KOIN</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>HADIAH</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>PEMBERI</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>PERK.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>live/terbuka</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>selesai</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch &amp; YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>TikTok @handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamonds</source>
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
        <source>Gifts / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
