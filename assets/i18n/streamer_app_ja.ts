<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>Card</name>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · LIVE {hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · LIVE {minutes}分</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>LIVEまとめ</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>{count}回のLIVEまとめ</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>あなたの配信</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money}（推定）· 約{diamonds}ダイヤモンド</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>ギフター</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>新しいフォロー</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>トップギフター</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>今回はギフトなし — ご視聴ありがとうございました！</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>コインの推移</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>次：{goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>すべての出金目標を達成</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>自分の台帳からの推定です。TikTokの数値とは異なる場合があります。</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>自分の台帳からの推定です。各プラットフォームの数値とは異なる場合があります。</translation>
    </message>
</context>
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
    <message>
        <source>wrote {path}</source>
        <translation>書き出しました：{path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>バックアップを保存しました：{path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>バックアップを保存しました：{path}（最新の{keep}件を保持）</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file}を復元しました：セッション {sessions}、カウントしたギフト {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>以前のデータベースは{path}として保存しました</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>セッション{id}（再開）終了：{reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>セッション{id}（新規）終了：{reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>コイン {coins} | ダイヤモンド 約{diamonds} | 推定収益 {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>ギフト {gifts}（ギフター{gifters}人）| フォロー {follows} | シェア {shares} | コメント {comments} | いいね {likes}</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>トップギフター：{names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>still open</source>
        <translation>未終了</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count}セッション</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count}セッション</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>ギフター</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>ダイヤモンド（推定）</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>視聴者の支出（推定）</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>サブスク</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>新しいフォロー</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>最大視聴者数</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>ほか{count}人のギフター</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>視聴者がゲストに贈ったギフトです。ゲストの収入で、上の合計には含まれません。台帳では別に記録されます。</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>各プラットフォームを独自の単位で表示し、その推定収益を示します（各セッションのレートで推定）。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>開始（UTC）</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>クリエイター</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>コイン</translation>
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
        <source>Est.</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>ギフター</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>プラットフォーム別</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>前回の出金以降の残高（推定）</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>1日あたりのコイン（直近14日）</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>1日の上限で出金するのに必要な日数</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>しきい値は、記録された前回の出金以降の全セッションの残高に適用されます。</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>予測日は、直近14日間の1日平均コインが続くと仮定しています。</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>出金プランナー</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>接続の途切れ</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>カウントされたギフトはありません。</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>すべてのゲスト</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>推定収益</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>1コインあたりのダイヤモンド</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>1ダイヤモンドあたりのUSD</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>種類別のギフト</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>ギフトごとのコイン。</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>予測に使える最近の収入がありません</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>使用したレート</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>推定収益</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>視聴者の1コインあたりの支払額</translation>
    </message>
    <message>
        <source>{count} gifts</source>
        <translation>{count}ギフト</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>各セッションは記録時のレートで推定されます。</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>各プラットフォームは、その残高が最低額に達すると支払います（記録された前回の出金以降の推定）。</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>コイン · 約{diamonds}ダイヤモンド</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>{date}ごろ</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins}コイン</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>TikTokでは1日最大{cap} USDまで出金でき、出金から{days}日以内に支払われます。</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>{date}時点。推定値で、TikTokの数値ではありません。</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>途切れなし：接続は最後まで続いたため、合計は完全です。</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>接続が途切れていた間のギフトは合計に含まれていない可能性があります（合計{length}、時刻はUTC）。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count}件の連続ギフトが終了メッセージを送信しませんでした。最大数まで数えています。</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTokは換算レートを公表していません。推定はこれらの設定で計算しました。</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>1分ごとのギフト</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>5分ごとのギフト</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>15分ごとのギフト</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>1時間ごとのギフト</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>1日ごとのギフト</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>1週間ごとのギフト</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>各列でカウントしたギフト数です。接続が途切れた部分は網掛けです。</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>各列でカウントしたギフト数です。</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>LIVEセッションの概要</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>セッションの概要</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>前回の出金以降の推定残高</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>未達成のしきい値</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>達成したしきい値</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>接続の途切れ</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>前回の出金以降の残高と出金しきい値の比較です。</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>streamer-app {version}でローカルの台帳から作成 · {when} UTCに生成 · 推定値で、TikTokの数値ではありません。</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day} {start}–{end} UTC（{length}）</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>ゲストへのギフト</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>視聴者がゲストに贈ったギフトです。ゲストの収入で、上の合計には含まれません。</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins}コイン、{gifts}ギフト</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**プラットフォーム別：**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>（推定 {money}）</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins}コイン** · 約{diamonds}ダイヤモンド · 推定 **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifters}人のギフターから{gifts}ギフト · フォロー{follows} · シェア{shares} · いいね{likes}</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>推定 **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>フォロー{follows} · サブスクとメンバーシップ{subs} · コメント{comments}</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>トップギフター</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**トップギフト：**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>TwitchとYouTubeの出金</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>（前回の出金以降 推定 {money}）</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**前回の出金以降の残高：** {money}（{coins}コイン）</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>次：{threshold} — {percent}、最近のペースで{date}ごろ</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>次：{threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>すべての出金しきい値に達しました ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ 接続の途切れ{count}回（{length}）：その間のギフトが抜けている可能性があります。</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ 接続の途切れ{count}回（{length}）：その間のギフトが抜けている可能性があります。</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>推定：1コインあたり{diamonds}ダイヤモンド、1ダイヤモンドあたり{currency} {money}。TikTokの数値とは異なる場合があります。</translation>
    </message>
</context>
</TS>
