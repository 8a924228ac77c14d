<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>初ギフト!</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>ゲストへのギフト +{count}</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>ギフト +{count}、{coins} コイン</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>{gift}を贈りました</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>{guest}へ</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} コイン</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>streamer-app アラート</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} さんが {gift} を {count} 個贈りました</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>バックアップを保存しました: {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>自動バックアップに失敗しました: {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>自動書き出しのフォルダー {folder} を作れません ({error})。設定で別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>自動書き出しでデータベースを読めませんでした: {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>書き出し完了: {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>自動 {format} 書き出しに失敗しました: {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>自動で書き出すものはありません: {error}</translation>
    </message>
</context>
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
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>制限中</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ ソースを追加</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>視聴者 {count}人</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>ソースを選んで接続してください</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>選んだソースに接続します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>選んだソースも接続中のソースと一緒に使います (複数のプラットフォームを同時に)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — {wait}後に再試行</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>{wait}後に再試行</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The browser overlay is not available in this build.</source>
        <translation>このビルドではブラウザオーバーレイを使えません。</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>オーバーレイサーバーを起動できませんでした: {error}</translation>
    </message>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>OBS 用オーバーレイ: {url}  (アラート ▸ OBS 用オーバーレイ… にすべてのリンク)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ LAN アクセスがオンです</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>推定収益</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>ライブフィード</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>トップギフター</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>トップサポーター</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>ギフトの種類別</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>グラフを読み込み中…</translation>
    </message>
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ 台帳に問題があります: {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ 接続が1回途切れました(合計 {time}):途切れている間のギフトはこの合計にない場合があります。</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ 接続が{count}回途切れました(合計 {time}):途切れている間のギフトはこの合計にない場合があります。</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>セッション #{id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>閲覧のみ</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>このセッション</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>前回の出金からの残高</translation>
    </message>
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>前回の出金からの残高 {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ 達成: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>初回出金</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>最低出金額</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>自分の目標</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Twitch の最低支払額</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>YouTube(AdSense)の支払い基準額</translation>
    </message>
    <message>
        <source>{name} {amount}</source>
        <translation>{name} {amount}</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} ダイヤモンド</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} コイン</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ 達成</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · 予測に使える最近の収入なし</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>問題が発生しました: {error}。</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>バックグラウンドのスレッド</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>{thread} で問題が発生しました: {error}。</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>詳細はログにあります: {path}</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>初ギフト!</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>{guest}へ</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>だれか</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name}さんがフォローしました</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name}さんが配信をシェアしました</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name}さんがサブスクしました</translation>
    </message>
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name} が {count} 人の視聴者とレイドしました</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>HTML レポート</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>JSON サマリー</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>CSV ギフト台帳</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Markdown サマリー</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>共有用 PNG カード</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>ギフト台帳</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>まだ書き出すものがありません。まずデモを始めるか配信に接続してください。</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>セッションを書き出す</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>書き出し中です。終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>セッション #{id} を {format} で書き出し中…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Exporting the {part}: {done} of {total}</source>
        <translation>{part}を書き出し中: {done} / {total}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>書き出しに失敗しました: {error}</translation>
    </message>
    <message>
        <source>Exported: {files}</source>
        <translation>書き出し完了: {files}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>streamer-app へようこそ</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>ギフトのライブアラート、コインとダイヤモンドの正確な記録、出金目標に対する収益を、配信のすぐ横に表示します。</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  デモ配信を試す</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>または TikTok アカウントで LIVE:</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>TikTok の @ユーザー名ではありません (英数字、&apos;_&apos;、&apos;.&apos; で 2〜24 文字)。</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>コイン</translation>
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
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>セッション平均</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>クリエイター</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
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
        <source>Est. earnings</source>
        <translation>推定収益</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>エクスポート ▾</translation>
    </message>
    <message>
        <source>Export the selected session ({formats})</source>
        <translation>選んだセッションを書き出す ({formats})</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>セッションを読み込み中…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>セッションを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>セッション: {count} 件。ダブルクリックで開きます (読み取り専用)。</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>セッションはまだありません。デモを開始するか配信に接続してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS: streamer-app のソース {count} 件のリンクが古かったため、現在のトークンとポートに更新しました。</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>データフォルダー: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>このセッションをエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>配信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>デモを開始(&amp;D)</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>Twitch にサインイン(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>アラート(&amp;A)</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>アラートウィンドウを表示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>テストアラート(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>OBS 用オーバーレイ(&amp;O)…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>アクション(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>サウンドをミュート(&amp;M)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>クロマキー (緑)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>常に手前に表示</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>アラート音をミュートしました</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>アラート音をオンにしました</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>設定を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>オーバーレイサーバーを起動中…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>アクションを保存しました: ルール {count} 件。</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>新しいオーバーレイトークンです。新しいリンクを OBS に貼り付けてください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>そのソースはすでに接続されています。</translation>
    </message>
    <message>
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>{source} を追加しました: 独自のセッションで、今夜の合計に含まれます。</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Twitch に {login} としてサインインしました</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>切断中…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>終了: {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>終了: {reason} — 記録をすべて書き込めませんでした</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>セッションを保存しました — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>配信が停止しました: {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>履歴 — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>記録を保存中…</translation>
    </message>
</context>
<context>
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>シーンを切り替える</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>ソースを表示する</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>ソースを隠す</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>メディアソースを最初から再生する</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>テキストソースの文字を設定する</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>ほかのリクエスト(上級)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>データ (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>シーン名を入力してください(OBS の表示どおり)。</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>ソース名を入力してください(OBS の表示どおり)。</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>表示する文字を入力してください。</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>obs-websocket 5 のリクエスト名を入力してください。</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>例: ライオン</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>例: ライオンの動画</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>例: {user} さん、ありがとう!</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>OBS の動作</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>OBS から ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>OBS にあるシーンから選ぶ(OBS の起動が必要)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>OBS にあるソースから選ぶ(OBS の起動が必要)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>OBS に問い合わせ中…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>OBS に問い合わせできませんでした: {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>OBS にシーンがありません</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>OBS にソースがありません</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS: オフ</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS: 未接続</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: 接続中…</translation>
    </message>
    <message>
        <source>OBS: connected</source>
        <translation>OBS: 接続済み</translation>
    </message>
    <message>
        <source>OBS: wrong password</source>
        <translation>OBS: パスワードが違います</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>OBS の操作はオフです(設定 ▸ OBS)。「OBS に追加」は使えます。</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>OBS に未接続: 裏で再試行しています。</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>OBS に接続中…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>OBS に接続しました。</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>OBS がパスワードを拒否しました。設定 ▸ OBS で確認してください。</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page}: 「{source}」を作成しました</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page}: 「{source}」を更新しました</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page}: OBS に「{source}」がありません(更新なし)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page}: 失敗 ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} 件作成</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} 件更新</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} 件失敗</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>OBS に追加: することはありません。</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>OBS に追加: {results}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ObsStatusLabel</name>
    <message>
        <source>Click for the overlays and Add to OBS.</source>
        <translation>クリックでオーバーレイと「OBS に追加」を開きます。</translation>
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
<context>
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>ギフトアラート</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>目標バー</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>セッション集計</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>トップギフター</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>最近のイベント</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>サブアソンタイマー</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>いいね目標</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>アクションのメディア(音・画像・動画)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>新しいトークンにすると、OBS に渡したオーバーレイのリンクはすべてすぐに使えなくなります。各ブラウザソースに新しいリンクを貼り直す必要があります。</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>OBS 用オーバーレイ — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>「OBS に追加」は、チェックした各ページのブラウザソースを OBS の現在のシーンに作ります。自分でリンクをブラウザソースに貼っても構いません(1920×1080)。各リンクには秘密のトークンが含まれます。パスワードと同じように扱い、配信に映さないでください。</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>チェックしたページは「OBS に追加」で OBS にブラウザソースが作られます</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>トークンを含む完全なリンクを OBS 用にコピー</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>ブラウザでページを開く</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>テストアラートを送る</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>アラートページとアラートウィンドウに 1,000 コインの仮ギフト(集計されません)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>トークンを再生成…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>OBS に追加</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>チェックした各ページのブラウザソースを OBS の現在のシーンに、リンク・トークン・サイズ付きで作ります(前に作ったものは更新します)</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(オーバーレイサーバーは動いていません)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ LAN アクセスがオンです。ネットワーク内でリンクを持つどの機器でもこれらのオーバーレイを開けます。OBS が別のパソコンで動いているのでなければ、設定でオフにしてください (overlay_lan)。</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>「{page}」のリンクをコピーしました(トークン付き)。OBS のブラウザソースに貼ってください。</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>ブラウザを開けませんでした。リンクをコピーしてブラウザに貼ってください。</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>テストアラートをオーバーレイページとアラートウィンドウに送りました。</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>オーバーレイのトークンを再生成しますか?</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>今すぐ再生成しますか?</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>トークンを置き換えられませんでした: {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>新しいトークンを保存しました。オーバーレイサーバーを切り替え中…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>新しいトークンは保存されましたが、サーバーが受け付けませんでした ({error})。アプリを再起動してください。</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>新しいトークンを使用中です。「OBS に追加」で作ったソースを更新しています。ほかのブラウザソースには新しいリンクを手で貼ってください。</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>「OBS に追加」で作ったブラウザソースを更新中…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>新しいトークンを使用中です。古いリンクはもう使えません。各リンクをもう一度コピーして、OBS のブラウザソースに貼ってください。</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>1 ページを OBS に追加中…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>{count} ページを OBS に追加中…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>OBS への追加に失敗しました: {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>OBS のブラウザソースは更新されませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>ポート {port} は使用中です(別の streamer-app かプログラム?)。--overlay-port P か overlay_port の設定で別のポートを選んでください</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>ポート {port} でオーバーレイサーバーを開けません: {error}。--overlay-port P で別のポートを選んでください</translation>
    </message>
</context>
<context>
    <name>PaidWords</name>
    <message>
        <source>1 Bit</source>
        <translation>1 Bit</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>New sub (Tier {tier})</source>
        <translation>新規サブスク (Tier {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>継続サブスク (Tier {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>新規サブスク</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>継続サブスク</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>ギフトサブスク 1 件 (Tier {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>ギフトサブスク 1 件</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>ギフトサブスク {count} 件 (Tier {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>ギフトサブスク {count} 件</translation>
    </message>
    <message>
        <source>Super Chat {amount}</source>
        <translation>スーパーチャット {amount}</translation>
    </message>
    <message>
        <source>Super Chat</source>
        <translation>スーパーチャット</translation>
    </message>
    <message>
        <source>Super Sticker {amount}</source>
        <translation>スーパーステッカー {amount}</translation>
    </message>
    <message>
        <source>Super Sticker</source>
        <translation>スーパーステッカー</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新規メンバー</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>ギフトメンバーシップ 1 件</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>ギフトメンバーシップ {count} 件</translation>
    </message>
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform}: {creator} · セッション #{id} · {state}</translation>
    </message>
</context>
<context>
    <name>PlatformStrip</name>
    <message>
        <source>{bits} Bits · {subs} subs</source>
        <translation>{bits} Bits · サブスク {subs}</translation>
    </message>
    <message>
        <source>{count} paid messages</source>
        <translation>有料メッセージ {count} 件</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} コイン</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>フォロー {count}</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全プラットフォーム</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>今夜のすべてのソースの推定収益(表示通貨)</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} 未換算</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits とサブスクの取り分</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>応援 (Cheer)</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>新規・継続・ギフト</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>ギフターに計上</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>新規フォロー {count}</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>レイドしてきたチャンネル</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>YouTube の取り分を除いた取り分</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>スーパーチャットとステッカー</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>視聴者の支払額</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>YouTube の取り分を引く前の視聴者の支払額: {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>新規とギフト</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count}ギフト</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>ギフター</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>ゲストへのギフト</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>プラットフォーム別</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>推定</translation>
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
        <source>Top gifters</source>
        <translation>トップギフター</translation>
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
        <source>Started (UTC)</source>
        <translation>開始（UTC）</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>クリエイター</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>ギフター</translation>
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
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>自動バックアップ/書き出しに失敗しました: {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>セッション #{id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>セッション {id} はデータベースにありません</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>セッションを開けませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>1 コインあたりのダイヤモンド</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>1 ダイヤモンドあたりの USD</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>その通貨での 1 USD</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>視聴者が払う 1 コインの価格 (USD)</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: 1 Bit あたりの USD</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: Tier 1 サブスク価格 (USD)</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: Tier 2 サブスク価格 (USD)</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: Tier 3 サブスク価格 (USD)</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: サブスクの取り分 (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: スーパーチャットとステッカーの取り分</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: メンバーシップの取り分</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: メンバーシップ価格 (USD)</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>表示通貨への為替レート</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>出金目標</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>アラートの最小コイン</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>音量 (0-100)</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>サウンドをミュート</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>ギフトを読み上げる (音声合成)</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>読み上げの最小コイン</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>読み上げない語</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>クロマキーの色</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>クロマの色</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>常に手前に表示</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>ウィンドウサイズ</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>まとめ表示までの待機アラート数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>オーバーレイの言語</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>ウィンドウと同じ</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>TikTok の @ユーザー名</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Twitch チャンネル</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>YouTube チャンネル</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>TikTok 配信の生データを記録 (再生用)</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>自動エクスポート先フォルダー</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>1 コインあたりの秒数</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>1 サブスクあたりの秒数</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>1 フォローあたりの秒数</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>開始時間 (分)</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>上限 (分、0 = なし)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>再生でも時間を追加</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>最初のいいね目標</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>以降 … いいねごと</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>OBS を操作 (obs-websocket)</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>OBS のコンピューター</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>OBS WebSocket ポート</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>YouTube OAuth クライアントファイル</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>1 日の YouTube API ユニット</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>1 日の YouTube LIVE 時間</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>収益</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch と YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>タイマー</translation>
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
        <translation>公式の換算レートは公開されていないため、これは推定です。既定値: 1 コインあたり 0.5 ダイヤモンド、1 ダイヤモンドあたり USD 0.01 (1 コインで約 USD 0.005)。</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>各セッションは開始時のレートを保持します。Twitch は 1 Bit あたり USD 0.01 を支払い、サブスクは標準で 50/50 です。YouTube はスーパーチャット、スーパーステッカー、メンバーシップの 30 % を受け取ります。</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>目標は、記録した前回の出金からの残高にセッションをまたいで適用されます。TikTok の出金は 1 日 USD 1,000 までで、15 日以内に支払われます。</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>サブアソンタイマーの動作中または一時停止中は、収益で時間が追加されます。タイマーは実時間で進み、アプリを閉じている間もカウントダウンし、秒単位で再開します。いいね目標はいいねオーバーレイページのものです。</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>OBS で: ツール ▸ WebSocket サーバー設定で「WebSocket サーバーを有効にする」にチェックし、接続情報を表示でポートとパスワードを確認します。その後 OBS に追加 (アラート ▸ OBS 用オーバーレイ…) でブラウザソースが作られます。</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>セッションが終わるとデータベースをバックアップし、フォルダーが設定されていればチェックした形式でそこにエクスポートします。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>補正</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Euler Stream API キー</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>TikTok セッション ID</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>OBS WebSocket パスワード</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>TikTok が示したダイヤモンド数を入力すると実際のレートがわかります。</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>このレートを使う</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>報告されたダイヤモンド</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>ギフトのあるセッションがまだありません。最初の配信の後に補正してください。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>出金を記録</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>残高と目標は前回の出金から数えます。</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>TikTok @handle</source>
        <translation>TikTok @ユーザー名</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>デモ配信</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>Twitch デモ配信</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>YouTube デモ配信</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>Twitch チャンネル</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>YouTube ライブチャット</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>記録ファイルを再生…</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>このシステムには読み上げ音声がインストールされていません。</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>このシステムの読み上げエンジンには使える音声がありません。</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>ここでは読み上げを使えません ({error})。</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>推定収益</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>ダイヤモンド</translation>
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
        <source>Gifts / min</source>
        <translation>ギフト / 分</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>サブスク</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>ギフトサブスク</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>サポーター</translation>
    </message>
    <message>
        <source>Raids</source>
        <translation>レイド</translation>
    </message>
    <message>
        <source>Super Chats</source>
        <translation>スーパーチャット</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>ギフトメンバーシップ</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>{rate} ダイヤモンド/コイン</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>視聴者の支出 ≈ {money}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>終了なしで閉じた連続 {count} 件</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>新規フォロー {count}</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>直近 5 分</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>カウント中</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>時間切れ</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>サブアソンタイマー</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>タイマーを動かすには配信 (またはデモ) を開始してください。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>{time} 減らす</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>{time} 追加</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>開始時間に戻して停止します (確認あり)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>{time} added</source>
        <translation>{time} 追加</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>{time} 減算</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} コイン</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>サブスク {count}</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>フォロー {count}</translation>
    </message>
    <message>
        <source>from {income}</source>
        <translation>{income} から</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>cap {time}</source>
        <translation>上限 {time}</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 コイン = {seconds} 秒</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>サブアソンタイマーをリセットしますか?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>タイマーは開始時間に戻って停止します。追加した時間は消えます (ギフトは記録に残ります)。</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>live</source>
        <translation>対戦中</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>勝ち</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>負け</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>他 {count}</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} コイン</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>初ギフト</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>ゲストへ</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>ルームのいいね合計 (TikTok の集計)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>今夜はじめてギフトを贈ってくれた視聴者</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>LIVE Match のポイント: スコアであり、コインやお金ではありません</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>ギフター</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>サポーター</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>サブスク</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>streamer-app は、あなた自身の Twitch アプリでチャンネルの Bits・サブスク・フォロワー・チャットを読み取ります。{console} でアプリを登録し(Client Type: {public}、OAuth redirect {redirect})、その Client ID をここに貼ってください。</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>Twitch にサインイン — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>twitch.tv/activate を開く</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>dev.twitch.tv/console からアプリの Client ID を貼ってください(英数字 30 文字ほど)。</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>Twitch にコードを要求中…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>twitch.tv/activate を開き、このコードが表示されていることを確かめて Authorize を選んでください。待機中…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>Twitch へのサインインに失敗しました: {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>{login} として Twitch にサインインしました。</translation>
    </message>
</context>
</TS>
