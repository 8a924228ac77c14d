<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>まだセッションがありません。試す: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>クリエイター</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>ギフター</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>LIVE中/進行中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>ナイスギフト！</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>ビッグギフト！</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>レジェンドギフト！</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>ゲストへのギフト</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>ギフトが続々届いています</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>ゲストへさらに1個</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>ゲストへさらに{count}個</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>さらに1個、1コイン</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>さらに1個、{coins}コイン</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>さらに{count}個、1コイン</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>さらに{count}個、{coins}コイン</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>1人の視聴者から</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>{count}人の視聴者から</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>1人の視聴者から — ありがとうございます！</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>{count}人の視聴者から — ありがとうございます！</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>テストアラート</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>ゲストへのギフト</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>{guest}さんに{gift}を贈りました</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>{gift}を贈りました</translation>
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
        <translation>勝利！</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>最終スコア</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>{gift}×{count}を贈りました</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>{guest}さんへ</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>初ギフト！</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>フォローしました</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>LIVEをシェアしました</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>{count}人の視聴者と来ました</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>サブスク登録（{count}か月）</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>サブスク登録しました</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count}コイン</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count}ダイヤモンド</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>トップギフター</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>最初のギフトを贈りましょう！</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>だれか</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>いいね目標</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>ダイヤモンド（推定）</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>収益（推定）</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>ギフター</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>vs {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>サバソン</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>まもなく開始</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>タイムアップ！</translation>
    </message>
    <message>
        <source>live</source>
        <translation>LIVE中</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count}秒</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1コイン = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>サブスク = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>フォロー = {time}</translation>
    </message>
</context>
</TS>
