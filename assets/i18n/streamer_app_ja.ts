<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} は {low} 以上にしてください</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} は {high} 以下にしてください</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>{field} に閉じていない波かっこがあります: 値には {example}、波かっこそのものには {braces} と書いてください</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>{field} の {name} は使えない名前です: {known} を使ってください</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>{field} を埋められません: {plain} か {commas} の形にしてください</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>{field} は media/ フォルダー内のファイル名 (roar.mp3 など) にしてください。パスは使えません</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>{field} は media/ フォルダー内のファイル名 (roar.mp3 など) にしてください。.. は使えません</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>{field} は http(s) で始めてください</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>{field} は次のいずれかにしてください: {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} は整数にしてください</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} は数値にしてください</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>{field} は {example} のような JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>{field} を空にはできません</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} は true か false にしてください</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} がありません</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} はこのアクションの項目ではありません (項目: {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} はこのイベントの項目ではありません (項目: {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>{field} は {example} のようなオブジェクトにしてください</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>{field} は {example} のような、アクションを 1 つ以上含むリストにしてください</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>{field} は type を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>{field} は name、when、do を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} はルールの項目ではありません (項目: {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>アクションは動いていません (先に配信、デモ、またはアクション付きのリプレイを始めてください)。</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>「{rule}」は実行されませんでした: アクションの待ち行列がいっぱいです</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>「{rule}」を実行しました: アクションのログを見てください</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>このプラットフォームのイベントだけ (空欄: すべて)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>最低 (コイン)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>カウントしたギフトのコイン: 個数 × 価格 (台帳の行と同じ)</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>ギフト ID</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>このギフトだけ (空欄: すべて)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受け取る人</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host: あなたへのギフトだけ (画面上のゲストへのギフトは除く)</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>カウントしたギフト 1 件 (台帳の 1 行) につき 1 回: 連続ギフトは終わったときに 1 回</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>フォロー</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>シェア</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>サブスク</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>N いいねごと</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>いいねの間隔</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>ルームのいいね合計がこの数の倍数を超えるたびに実行</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>視聴者の初ギフト</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>視聴者からあなたへの初ギフト</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>出金目標に到達</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>目標の名前</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>この目標だけ (空欄: すべて)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>セッションごとに目標 1 つにつき 1 回</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>サブアソンタイマーが終了</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>サウンドを再生</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>サウンドファイル</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>データフォルダーの media/ フォルダー内のファイル</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>オーバーレイのメディアページ (とウィンドウ) で再生: カウントしたギフトごとに 1 回、タップごとではありません</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>テキストを読み上げ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>例: 「{user} さん、{gift} ありがとう!」</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>システムにある音声の名前 (空欄: 既定の音声)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>画像・GIF・動画を表示</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>メディアファイル</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>表示時間 (秒)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>OBS へのリクエスト</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>obs-websocket 5 のリクエスト種別 (例: SetCurrentProgramScene)</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>リクエストデータ</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>例: {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Webhook を呼び出す</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</source>
        <translation>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</translation>
    </message>
    <message>
        <source>Discord text</source>
        <translation>Discord のテキスト</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>タイムアウト (秒)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>タイマーに時間を追加</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>カスタムアラートを表示</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} が空です: OBS に表示されているシーン名を入力してください</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} が空です: OBS に表示されているソース名を入力してください</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} はルール {number} の名前と同じです: ルールごとに別の名前を付けてください</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)</source>
        <translation>サウンド (*.mp3 *.wav *.ogg *.m4a *.opus)</translation>
    </message>
    <message>
        <source>Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</source>
        <translation>画像・GIF・動画 (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>メディアフォルダー内のファイル</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>ファイルを {folder} にコピーできませんでした: {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>すべてのギフト</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} コイン (ID {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>ギフトを選ぶか ID を入力</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(すべて)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>{names} などを使えます。</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>全員 (あなたとゲスト)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>あなた (ホスト) だけ</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>アクション — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>すべてのルールを確認して actions.json に書き込む (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>選択したルールのコピー</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>選択したルールを削除 (保存時に反映)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>ルールを上へ</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>ルールを下へ</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>このルールをテスト</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>サンプルのイベントでアクションを今すぐ実行 (フィルターと待ち時間は無視)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} ファイルを手で直して ({path}) このウィンドウを開き直すか、ここでルールを作ってください。ファイルを置き換える前に保存時に確認します。</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>ファイルが直るまで actions.json のルールは読めません (上を参照)。</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>{file} で問題のあるルール (直すまでオフ): {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>保存していません: {rule} に問題があります (赤で表示)。</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>保存していません: 壊れたファイルはそのままです。</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>保存していません: {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>{count} を {path} に保存しました。次のイベントから有効です。</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>アクションを保存しますか?</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>アクションの変更はまだ保存されていません。</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>actions.json を置き換えますか?</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

ここに表示されている {count} で置き換えますか? 壊れたファイルのコピーを隣に残します。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>このルールには問題があります: 選択すると確認できます。</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (コピー)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>先に赤で示された項目を直してください。</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>テストに失敗しました: {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>ログ ({count} 件失敗)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>{file} を読めませんでした: {error}。</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} は正しい JSON ではありません: {line} 行 {column} 列: {reason}。直すまでアクションは動きません。</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} 1 行目: {example} というオブジェクトにしてください。直すまでアクションは動きません。</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>下の Discord テキストを Discord の Webhook が求める形で送ります。オフならイベントを JSON で送ります</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>Discord 形式</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>不明なアクション「{type}」</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… または自分の https:// アドレス</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>先に実行</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>後で実行</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>このアクションを削除</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>ギフト: 一覧から選ぶか ID (整数) を入力してください</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>例: Lion: 吠える音と Lion シーン</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>チェックを外すと、実行せずにルールを残せます</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>このルールを続けて実行する最短の間隔 (秒)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>待ち時間 (秒)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>いつ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>アクションを追加</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>アクションを 1 つ以上追加してください: このイベントが来たら何をしますか?</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>ギフト {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>最初の {gift}</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>ギフト</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>最初のギフト</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(イベントなし)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>{count} いいねごと</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{coins} コイン以上の{what}</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>あなたへの{what}</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{platform} の{what}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>OBS シーン {name}</translation>
    </message>
    <message>
        <source>OBS show {name}</source>
        <translation>OBS 表示 {name}</translation>
    </message>
    <message>
        <source>OBS hide {name}</source>
        <translation>OBS 非表示 {name}</translation>
    </message>
    <message>
        <source>OBS restart {name}</source>
        <translation>OBS 再スタート {name}</translation>
    </message>
    <message>
        <source>OBS text {name}</source>
        <translation>OBS テキスト {name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>サウンド {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>表示 {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>読み上げ「{text}」</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>アラート「{text}」</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>タイマー {seconds} 秒</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(まだ何もありません)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>ルール 1 件</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>ルール {count} 件</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>まだルールがありません。「追加」で作成できます。例: Lion が届いたら roar.mp3 を再生し、OBS を Lion シーンに切り替える。</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>ルール {number}「{name}」</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>ルール {number}</translation>
    </message>
</context>
<context>
    <name>ActionsLogView</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>失敗だけ</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>成功したものを隠す: 失敗とその理由、破棄したものだけを表示</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>1 行、失敗 {failed} 件。</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} 行、失敗 {failed} 件。</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>アクションは配信、デモ、またはアクション付きのリプレイの間に動きます。</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>破棄 (待ち行列がいっぱい): {count}。</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>まだありません。</translation>
    </message>
</context>
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
        <source>viewer {id}</source>
        <translation>視聴者 {id}</translation>
    </message>
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
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money}（推定）· {figures}</translation>
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
        <source>subs &amp; members</source>
        <translation>サブスク＆メンバー</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>サポーター</translation>
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
        <source>TOP SUPPORTERS</source>
        <translation>トップサポーター</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} サブスク</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>ありがとう</translation>
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
        <source>{name} cleared</source>
        <translation>{name} を削除しました</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>{name} が入力されていません。何も変更していません</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>{name} には見えません（短すぎるか空白を含みます）。何も変更していません</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>{name} を {where} に保存しました: {mask}</translation>
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
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>追加する秒数を指定してください。例: &apos;streamer-app timer add 300&apos;（負の値で減らします）</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>作動中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} コイン</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} コイン</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} サブスク</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} サブスク</translation>
    </message>
    <message>
        <source>{count} follow</source>
        <translation>{count} フォロー</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} フォロー</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left (ends {time})</source>
        <translation>サブアソンタイマー: {status}、残り {left}（{time} に終了）</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>サブアソンタイマー: {status}、残り {left}</translation>
    </message>
    <message>
        <source>{timer}; {change}.</source>
        <translation>{timer}、{change}。</translation>
    </message>
    <message>
        <source>{timer}.</source>
        <translation>{timer}。</translation>
    </message>
    <message>
        <source>added {time} (income: {income})</source>
        <translation>{time} 追加（収入: {income}）</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>{time} 追加</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>{time} 減算（収入: {income}）</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>{time} 減算</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>ルール: 1 コイン = {coin} 秒、1 サブスク = {sub} 秒、1 フォロー = {follow} 秒、上限 {cap}。</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>ルール: 1 コイン = {coin} 秒、1 サブスク = {sub} 秒、1 フォロー = {follow} 秒。</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>{page} というオーバーレイページはありません: {pages} から選んでください</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>{host}:{port} の OBS に接続しています…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>注意: OBS は別のパソコンで動いていますが、オーバーレイのリンクは 127.0.0.1（OBS から見たそのパソコン）を指しています。overlay_lan をオンにして、各ソースのアドレスを書き換えてください（docs/OBS.md）。</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>新しいオーバーレイトークンを保存しました。古いリンクは streamer-app の再起動後（ウィンドウではすぐに）使えなくなります。「OBS に追加」で作ったソースは、次にウィンドウが OBS に接続したときに新しいリンクになります（または &apos;streamer-app overlay add-to-obs&apos; を実行）。その他の OBS ブラウザソースは次のリンクで更新してください:</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>LAN アクセスがオンです。他の端末では 127.0.0.1 の代わりにこのパソコンの IP アドレスを使ってください。</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>システムのキーリング</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path}（あなただけが読めます）</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>保存先: {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>自分の Twitch アプリのクライアント ID（dev.twitch.tv/console: Register Your Application、Client Type &apos;Public&apos;、OAuth リダイレクト http://localhost。docs/PLATFORMS.md）</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>Twitch からサインアウトしました（クライアント ID は残しています）</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>Twitch クライアント ID（{help}）: </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>--client-id で {help} を指定してください。何も変更していません</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>{url} を開いてコード {code} を入力すると、streamer-app がチャンネルの Bits、サブスク、フォロワー、チャットを読めるようになります。待機中...</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>{login} として Twitch にサインインしました</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>OAuth クライアントファイル</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>YouTube からサインアウトしました（OAuth クライアントファイルの設定は残しています）</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>YouTube にサインインしました。サインイン情報は {where} に保存されています</translation>
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
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor: {path} を確認しています</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>未確認: 設定を読み込めません</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>OBS 連携はオフです（設定 ▸ OBS）。「OBS に追加」は求められたときだけ接続します</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>OBS の「接続情報を表示」のパスワードを 設定 ▸ OBS に貼り付けてください</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>{host}:{port} に接続できません</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} が {host}:{port} で応答し、パスワードを受け付けました</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>ディスクの空きを作るか（ディスクまたは割り当てがいっぱいです）、--data-dir で別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>ディスクが読み取り専用です。書き込み可能でマウントし直すか別のディスクを使うか、--data-dir で別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>フォルダーの権限を直すか（あなたが書き込める必要があります）、--data-dir で別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>システムのメッセージ: {error}。ディスクを確認するか、--data-dir で別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} はフォルダーではなくファイルです</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>そのファイルを移動するか、--data-dir で別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} は存在せず、作成もできません</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>--data-dir または STREAMER_APP_HOME で書き込めるフォルダーを選んでください</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>{path} は最初の配信で作成されます</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>{path} に書き込めません（{error}）</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path}: 空きは {mb} MB だけです</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>ディスクの空きを作ってください。台帳と録画には増えていく余地が必要です</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} は書き込み可能です（空き {gb} GB）</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>{path} の値を直すか、ファイルを削除して既定値から始めてください</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>設定は有効です</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>最新のバックアップを復元: streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>バックアップがありません。新しいデータベースで始めるにはファイルを移動してください（復旧できるかもしれないので残しておきます）</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>まだデータベースはありません。最初の配信で作成されます</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>{path} を読めません（{error}）</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>ファイルの権限を直してください</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} は SQLite データベースではありません（破損または上書き）</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>{path} を開けません（{error}）</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>{path} は整合性チェックに失敗しました（{problem}）</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} は streamer-app のデータベースではありません</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>移動するか（streamer-app が新しく作成します）、バックアップを復元してください</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} は新しいバージョンの streamer-app で書かれています</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>アプリを更新してください</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>{path} を読み込めません（{error}）</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>{name} はチェックに合格: {sessions} セッション、台帳 {rows} 行（{mb} MB）</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>まだバックアップがありません</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>今すぐ作成: streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>バックアップ {count} 件、最新は {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>{host} のポート {port} は使用中です</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>streamer-app がすでに動いているなら問題ありません。そうでなければ使っているプログラムを閉じるか、別のポートを選んでください: --overlay-port {port}（または設定の overlay_port）</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>ポート {port} はオーバーレイサーバーに使えます</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>同梱の Qt（ウィンドウを開くときに確認します）</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 は読み込まれ、起動します（offscreen）</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 が起動しません: {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>アプリを再インストールし（pip install --force-reinstall streamer-app）、下に挙げたシステムライブラリがあればインストールしてください</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>PySide6 が制限時間内に起動しませんでした</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>&apos;streamer-app -v&apos; を実行して、どこで止まるか確認してください</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>確認できません（ldd または xcb プラグインがありません）</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>ウィンドウが開かない場合は libxcb-cursor0 と libxkbcommon-x11-0 をインストールしてください</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>不足: {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>インストールしてください。Debian/Ubuntu では: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>X11（xcb）ウィンドウプラグインに必要なライブラリはすべてあります</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>DISPLAY も WAYLAND_DISPLAY もありません。ウィンドウを開くデスクトップがありません</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>ここでは --headless を使うか、デスクトップセッションから起動してください</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>システムのキーリングに保存</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>{path} に保存、あなただけが読めます（システムのキーリングはありません）</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>オーバーレイポート</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>Qt ウィンドウライブラリ</translation>
    </message>
    <message>
        <source>display</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see the advice after each one.</source>
        <translation>問題 {problems} 件、警告 {warnings} 件: それぞれの後のアドバイスを見てください。</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>問題なし。警告 {warnings} 件。</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>すべて正常です。</translation>
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
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>ソース開始前に停止</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>ソース終了</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>デモ配信が終了しました</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>Twitchのデモ配信が終了しました</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>YouTubeのデモ配信が終了しました</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>録画の終わり</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>クリエイターがLIVEを終了しました</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>Twitchへのアクセスが終了しました</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>YouTubeのライブチャットが終了しました</translation>
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
        <source>ledger: {problem}</source>
        <translation>台帳: {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>サブアソンタイマーがゼロになりました</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>接続の途切れ: {length} 分が欠けている可能性があります</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>配信時間 {length} | {paid} | 推定 {earnings}</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>まだ有料メッセージはありません</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>配信時間 {length} | ギフト {gifts} | {coins} コイン | 推定 {earnings} | ギフター {gifters}</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>タイマー {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>台帳が {count} 行遅れています</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>一時停止 {left}</translation>
    </message>
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
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | 推定収益 {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>有料メッセージなし</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>トップギフター：{names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>台帳の {count} 行を矛盾のため拒否し、{path} に退避しました。それ以外はすべて保存済みです</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>ゲストへのギフト（ゲストの収入で、あなたの合計には含みません）: {coins} コイン、{guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>初ギフト {count} 件: 初めてあなたにギフトを贈った視聴者</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>再送されたギフトメッセージ {count} 件を無視しました</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>終了メッセージのない連続 {count} 件を閉じました</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>接続の途切れ {count} 回: その間に贈られたギフトが合計から漏れている可能性があります</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>サブアソンタイマー {state}（{coins} コイン、{subs} サブスク、{follows} フォローで {time} 追加）</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>台帳を書き込めませんでした</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>未保存: {why}。台帳ファイルを読めず、このセッションがどこまで保存されたか分かりません</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>未保存: {why}。台帳にはこの {gifts} 件のギフトのうち {saved_gifts} 件（{coins} コインのうち {saved_coins}）があります。残りはこの実行の終了とともに失われます（録画があれば、問題が解決した後に再生できます）</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>今夜: 推定 {earnings}（{platforms}）| ギフト {gifts} | {coins} コイン</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform}: 実行されませんでした: {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>今夜の合計: {count} セッションで推定収益 {earnings}: {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>合計外: {platform} {amount} {currency}（最初のセッションと異なる通貨）</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>すべては保存されていません: 上の各セッションを確認してください</translation>
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
        <translation>LIVEマッチ</translation>
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
        <source>First cash-out</source>
        <translation>初回出金</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>最低出金額</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>マイ目標</translation>
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
        <source>New sub</source>
        <translation>新規サブスク</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>継続サブスク (Tier {tier})</translation>
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
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · これまでの推定 {balance}</translation>
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
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: 1 Bit あたりの USD</translation>
    </message>
    <message>
        <source>Twitch: subs (USD)</source>
        <translation>Twitch: サブスク（USD）</translation>
    </message>
    <message>
        <source>your share {percent}</source>
        <translation>あなたの取り分 {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube: あなたの取り分</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>Supers の {supers} · メンバーシップの {memberships}</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>為替レート</translation>
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
        <translation>YouTube（AdSense）の支払いしきい値</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} コイン</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} ダイヤモンド</translation>
    </message>
    <message>
        <source>Night of {date} · {platforms}</source>
        <translation>{date} の夜 · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} コイン</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} サブスク</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} サブスク</translation>
    </message>
    <message>
        <source>{subs} ({count} gifted)</source>
        <translation>{subs}（{count} 件はギフト）</translation>
    </message>
    <message>
        <source>{count} Bit</source>
        <translation>{count} Bit</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} Super Chat and Stickers</source>
        <translation>Super Chat・Sticker {count} 件</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>Super Chat・Sticker {count} 件</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>有料メッセージなし</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>メンバーシップ {count} 件</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>メンバーシップ {count} 件</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>{codes} から {currency} への為替レートがありません: {amounts}（あなたの取り分）は未換算として記録し、推定収益には含めていません。設定 &gt; Twitch と YouTube の為替レートに {rates} を追加してください。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · LIVE {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>すべてのセッション</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(配信していないため、このテスト専用の実行役を起動しました)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>まだ実行中: ログのタブを見てください</translation>
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
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>視聴者が送ったコイン 1 枚あたりにクリエイターが受け取る量 (TikTok は公表していません。約 0.5)。</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>1 ダイヤモンドあたりの USD</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>TikTok がダイヤモンド 1 個あたりに支払う額 (約 0.01 USD)。</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>収益を表示する通貨の 3 文字コード。</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>その通貨での 1 USD</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>自分で決める為替レート: オンラインでは何も調べません。</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>視聴者が払う 1 コインの価格 (USD)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>視聴者がアプリでコイン 1 枚に払う額 (約 0.0143 USD)。「視聴者の支出」に使います。</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: 1 Bit あたりの USD</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>Bit 1 つあたりの収益: 0.01 USD (Twitch はアフィリエイトとパートナーに 1 Bit あたり 1 セント支払います)。</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: Tier 1 サブスク価格 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>ティア 1 サブスクの視聴者の支払額 (米国で 4.99 USD。国によってはもっと安い)。</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: Tier 2 サブスク価格 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>ティア 2 サブスクの視聴者の支払額 (9.99 USD)。</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: Tier 3 サブスク価格 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>ティア 3 サブスクの視聴者の支払額 (24.99 USD)。</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: サブスクの取り分 (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>標準の分配は 50 % (ギフトサブも同じ)。Partner Plus や一部の契約ではもっと多くなります。</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: スーパーチャットとステッカーの取り分</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>視聴者の支払額から YouTube の取り分を引いた 70 % (https://support.google.com/youtube/answer/7288782)。</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: メンバーシップの取り分</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>メンバーシップ価格から YouTube の取り分を引いた 70 % (Super Chat と同じ)。</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: メンバーシップ価格 (USD)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>メンバーシップのメッセージに価格がないときに使います (4.99 USD、よくある最初のレベル)。</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>表示通貨への為替レート</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>視聴者が支払う各通貨の 1 単位を表示通貨で表した値 (例: EUR=1.08, JPY=0.0064)。オンラインでは何も調べません。レートのない通貨の金額は残し、未換算として表示します。</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>出金目標</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>お金、ダイヤモンド、コインでの目標と出金の最低額 (それぞれプラットフォームを指定)。Twitch は 50 USD から支払い (銀行振込は 100 USD; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers)、YouTube は AdSense 経由で 100 USD または現地通貨の相当額から (https://support.google.com/adsense/answer/1709871)。</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>アラートの最小コイン</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>これより小さいギフトはカウントしますが、アラートは出しません。</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>最小コインは負の数にできません</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>音量 (0-100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>アラート音の音量 (パーセント)。</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>音量は 0〜100 のパーセントです</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>サウンドをミュート</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>音なしのアラート。</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>ギフトを読み上げる (音声合成)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>ギフターの名前とギフトをシステムの音声で読み上げます。</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>読み上げの最小コイン</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>これより小さいギフトは読み上げません。</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>読み上げの最小コインは負の数にできません</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>読み上げない語</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>これらの言葉を含む名前やギフトは読み上げません。</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>読み上げない言葉 (カンマ区切り)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>OBS で取り込むための、アラートウィンドウの背景。</translation>
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
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>「chroma」か「transparent」を選んでください</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>クロマの色</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>OBS が抜き取る色 (例: #00b140)。</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>常に手前に表示</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>アラートウィンドウを他のウィンドウより前に表示します。</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>ウィンドウサイズ</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>アラートウィンドウのサイズ (ピクセル)。</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>次のいずれかを選んでください: {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>まとめ表示までの待機アラート数</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>待機中のアラートがこの数を超えると、残りを 1 枚のまとめカードにします。</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>待機中のアラートは 1〜100 件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>ウィンドウ、レポート、そして (下で別に選ばなければ) オーバーレイの言語。</translation>
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
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>視聴者がオーバーレイで読む言語 (あなたの言語と違っても構いません)。</translation>
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
        <source>The account to follow; empty offers the demo.</source>
        <translation>追いかけるアカウント。空欄ならデモを案内します。</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Twitch チャンネル</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>アプリ起動時に TikTok と並べて追いかけます (複数プラットフォームで同時配信)。空欄: なし。先にログイン: 配信 ▸ Twitch にログイン。</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>YouTube チャンネル</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>アプリ起動時に TikTok と並べて追いかけます。@ハンドル、チャンネル ID、ライブ動画 ID のいずれか。空欄: なし。先にログイン (docs/PLATFORMS.md)。</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>TikTok 配信の生データを記録 (再生用)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>TikTok から届いたデータを保存し、あとで配信を再生して確認できるようにします。</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>自動エクスポート先フォルダー</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>セッション終了時のエクスポート先。空欄: 自動エクスポートなし。相対パスのフォルダーはデータフォルダー内になります。</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>自動エクスポートなし</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>自動エクスポートの形式。</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>不明な形式 {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>1 コインあたりの秒数</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>カウントしたギフトのコイン 1 枚ごとに追加する時間 (Rose なら 1 回分、Galaxy なら 1,000 回分)。</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>コインあたりの秒数は 0〜3600 にしてください</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>1 サブスクあたりの秒数</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>サブスク 1 件ごとに追加する時間。</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>サブスクあたりの秒数は 0〜86400 にしてください</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>1 フォローあたりの秒数</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>新しいフォロー 1 件ごとに追加する時間 (0: フォローでは追加しない)。</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>フォローあたりの秒数は 0〜3600 にしてください</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>開始時間 (分)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>開始前とリセット後にタイマーに表示する時間。</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>開始時間は 0〜100,000 分にしてください</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>上限 (分、0 = なし)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>タイマーはこれ以上の時間を持ちません。超えた分は追加されません。</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>上限は 0〜100,000 分にしてください (0: 上限なし)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>再生でも時間を追加</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>オフ: タイマーを延ばすのはライブ配信とデモだけで、録画のリプレイは延ばしません。</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>最初のいいね目標</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>いいねページの最初の目標 (ルームのいいね合計)。</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>いいね目標は 1 以上の整数にしてください</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>以降 … いいねごと</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>目標に届いたら、次の目標はこのいいね数だけ先になります。</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>いいね目標の間隔は 1 以上の整数にしてください</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>OBS を操作 (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>OBS の WebSocket サーバーに接続します: 「OBS に追加」や、シーン切り替え・ソース表示のアクションに使います。</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>OBS のコンピューター</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>OBS が動いている場所: このコンピューターなら 127.0.0.1。</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>OBS WebSocket ポート</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>OBS の ツール &gt; WebSocket サーバー設定 にあるサーバーポート (変更していなければ 4455)。</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value} は 1〜65535 のポートではありません</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>YouTube OAuth クライアントファイル</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>YouTube へのログインに使う、自分の Google OAuth クライアント (種類: デスクトップアプリ) の JSON ファイル (作り方は docs/PLATFORMS.md)。</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>1 日の YouTube API ユニット</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>Google Cloud プロジェクトの YouTube Data API の 1 日の割り当て (Google が増やしていなければ 10,000)。</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>1 日 100〜100,000,000 ユニット</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>1 日の YouTube LIVE 時間</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>1 日の割り当てがこの時間の配信分もつペースでチャットを読みます。</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>0.5〜24 時間</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>この時間、何も届かない連続ギフトは締めてカウントします。</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>連続ギフトの待ち時間は 1〜600 秒にしてください</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>OBS ブラウザソースのローカルポート。</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value} は 1024〜65535 のポートではありません</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>別のコンピューターの OBS 用: オーバーレイがこのコンピューターの外からも接続できるようになります。</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>オーバーレイのアドレスの秘密部分 (「overlay rotate-token」で変更)。</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>このサイズを超えると古い録画から削除します。</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>録画は 10 MB 以上残してください</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>データフォルダーに残すデータベースのバックアップ数。</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>バックアップは 1〜1000 個にしてください</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>actions.json のルール全体の実行回数の上限 (配信時間基準。0: 上限なし)。</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>1 秒あたりのアクション数は 0〜1000 にしてください</translation>
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
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} は数値にしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} は有限の数値にしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>{name} は 0 より大きくしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>{name} は負の数にできません ({value} ではなく)</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>{name} は USD や EUR のような 3 文字のコードにしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>為替レートは CODE=rate の形で書いてください (例: EUR=1.08。{value} ではなく)</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>為替レートの通貨</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>{code} の為替レートが 2 回書かれています</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>コインあたりのダイヤモンドは 1 以下です (クリエイターがコイン以上を受け取ることはありません)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} は割合です: 1 以下 (0.5 は 50 %)、{value} ではなく</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>{name} は {most} 以下にしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>{code} の為替レートは 1,000,000,000 以下にしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>報告されたダイヤモンド</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>目標には名前 (テキスト) が必要です</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>{threshold} のプラットフォームは {known} のいずれかにしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} は {platform} の目標です: 単位はお金です (コインとダイヤモンドは TikTok のもの)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>単位は {known} のいずれかにしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>{threshold} の通貨は USD のような 3 文字のコードにしてください ({value} ではなく)</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} は {currency} 建てです: 換算できるのは {base} と表示通貨 {display} だけです</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>true か false が必要です ({value} ではなく)</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>整数が必要です ({value} ではなく)</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>数値が必要です ({value} ではなく)</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>テキストが必要です ({value} ではなく)</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>テキストのリストが必要です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>設定ファイルには JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} は正しい JSON ではありません ({line} 行目): 直すか削除してください</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} を読めません: {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} は整数ではありません</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} は数値ではありません</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} はファイルです。フォルダーを選んでください</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>{code} の為替レート</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>{threshold} の金額</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} は TikTok の @ハンドルではありません (2〜24 文字の英数字、&apos;_&apos; または &apos;.&apos;)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>2 つの目標が同じ名前です</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value} は #00b140 のような色ではありません</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>トークンは 128 ビット (22 文字) 以上にしてください</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>OBS が動いているコンピューターを入力してください: このコンピューターなら 127.0.0.1</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} はホスト名でも IP アドレスでもありません (ws:// とポートを付けずに入力)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} はファイルではありません: OAuth クライアント用にダウンロードした JSON を選んでください</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>形式を 1 つ以上選ぶか、フォルダーを空にして自動エクスポートをオフにしてください。</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>設定名を指定してください (例: 「streamer-app settings get alerts.volume」)</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>ここで変更できる設定 {key} はありません: 一覧は「streamer-app settings show」</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>新しい値を指定してください (例: 「streamer-app settings set {key} VALUE」)</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (保存しました)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>お金</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>ダイヤモンド</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>コイン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>{row} 行目の目標: {problem}</translation>
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
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>任意: API キーがあると署名サーバーの回数制限を避けられます。システムのキーリングに保存し、ログ・録画・エクスポートには一切残しません。</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>任意: API キーがあると署名サーバーの回数制限を避けられます。あなただけが読めるファイルに保存し、ログ・録画・エクスポートには一切残しません。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>別のフォルダーを使うには --data-dir DIR を付けて起動するか STREAMER_APP_HOME を設定してください。</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>保存済み (入力すると置き換え)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>OBS WebSocket パスワード</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>OBS に表示されるパスワード</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>セッションを読めませんでした: {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} コイン</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>その配信で TikTok が報告したダイヤモンド</translation>
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
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>その配信はコイン 1 枚あたり {rate} ダイヤモンドでした ({coins} コイン)。</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>コインあたりのダイヤモンドを {rate} にしました。既定にするには保存してください。</translation>
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
        <source>amount withdrawn</source>
        <translation>出金額</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>出金を記録</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>残高と目標は前回の出金から数えます。</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>出金額は 0 より大きくしてください</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>台帳がまだありません: 先に配信 (またはデモ) をしてください</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>設定を保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>不明なソース {kind}: {kinds} から選んでください</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>先に TikTok の @ハンドルを入力してください（2〜24 文字の英字、数字、&apos;_&apos; または &apos;.&apos;）。</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} は TikTok の @ハンドルではありません（2〜24 文字の英字、数字、&apos;_&apos; または &apos;.&apos;）</translation>
    </message>
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
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name}（{kind}）は今夜すでに接続しています</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} は存在しません</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>{path} を録画として読めません（{error}）</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} は streamer-app の生録画ではありません（1 行目が {fmt} ヘッダーではありません）</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path}: 録画ヘッダーに {key} がありません</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path}: 録画ヘッダーの started_at が ISO 日付ではありません</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} は streamer-app の生録画ではありません（1 行目が {formats} のヘッダーではありません）</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>TikTok の @ハンドルが指定されていません</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>{handle} に接続する前に停止しました</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>署名サーバーの接続上限に達しました</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>署名サーバーの接続上限に達しました（Euler Stream の API キーで上限が上がります）</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} は今 LIVE 中ではありません。LIVE が始まりしだい接続します</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>{handle} の LIVE は年齢制限付きです。視聴するには設定で TikTok のセッション ID を追加してください</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>TikTok が接続を拒否しました（ブロック）。後でやり直すか、セッション ID を追加してください</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>署名サーバーによると、これには有料の Euler Stream プランが必要です</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>署名サーバーがセッション ID の使用を拒否しています。設定から削除してください</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>前の接続がまだ開いていました。再接続しています</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>TikTok に LIVE アカウント {handle} はありません。@ハンドルのつづりを確認してください</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>ネットワークなし: TikTok に接続できません</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>TikTok が接続を渡しませんでした（ボット確認中かもしれません）</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>接続に失敗しました（{error}）</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>ネットワークなし: 署名サーバーに接続できません</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>署名サーバーが Euler Stream の API キーを拒否しました。設定で確認してください</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>署名サーバーが Euler Stream の API キーを求めています。設定で追加してください</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>署名サーバーの応答が想定と違いました（{reason}）</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>{login} という Twitch チャンネルはありません。</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>Twitch チャンネルのログイン名を入力してください（3〜25 文字の英字、数字または &apos;_&apos;）。</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path}: Twitch 録画ヘッダーに channel_id がありません</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>先に YouTube にサインインしてください: 設定で &apos;YouTube OAuth client file&apos; を指定するか（または &apos;streamer-app youtube sign-in&apos; を実行）、公開チャットを読むために API キーを保存してください（&apos;streamer-app secrets set youtube-api-key&apos;）</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>YouTube の配信が始まる前に停止しました</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>YouTube ソースを開始できません: このインストールでは Google のクライアントライブラリが不完全です（{error}）。YouTube を追うには pip で streamer-app をインストールしてください</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} は YouTube チャンネル（@ハンドルまたは UC... ID）でも動画 ID やリンクでもありません</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>先に設定で &apos;YouTube OAuth client file&apos; を指定してください（Google Cloud コンソールのデスクトップ OAuth クライアントの JSON。手順は docs/PLATFORMS.md）</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>YouTube OAuth クライアントファイル {path} は存在しません</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path} はデスクトップアプリ型の Google OAuth クライアントファイルではありません（{error}）</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>YouTube のサインインが完了しませんでした（{error}）</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>自分の配信を追うには YouTube にサインインしてください（API キーでは公開チャットしか読めません。代わりに動画 ID かチャンネルを入力してください）</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>YouTube に動画 {video_id} はありません（または非公開です）</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>動画 {video_id} のライブ配信は終了しました。チャットはもう読めません</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>動画 {video_id} はライブ配信ではありません</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>YouTube にチャンネル {channel} はありません</translation>
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
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>{data_dir} にはまだバックアップするデータベースがありません</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>バックアップフォルダー {folder} を作成できません: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>{folder} に書き込めません: フォルダーまたはそのディスクが読み取り専用です（何も変更していません）</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>データベースがチェックに失敗しました（{problem}）。バックアップは作成していないため、以前のバックアップはそのままです</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>{folder} のディスクがいっぱいです。空きを作ってからやり直してください（バックアップは作成していません。以前のバックアップはそのままです）</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>バックアップに失敗しました: {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>空きを作ってからやり直してください</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>バックアップは作成していません</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>バックアップに失敗しました（{error}）: {advice}。以前のバックアップはそのままです</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} は存在しないか、ファイルではありません</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} は streamer-app のデータベースではありません（SQLite ファイルではありません）。何も変更していません</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>{path} を開けません（{error}）。何も変更していません</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} は破損しています（{problem}）。別のバックアップを選んでください。何も変更していません</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} は SQLite ファイルですが streamer-app のデータベースではありません。何も変更していません</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} は新しいバージョンの streamer-app で書かれています。先にアプリを更新してください。何も変更していません</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} は読み込める streamer-app のデータベースではありません（{error}）。何も変更していません</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>そのファイルは現在のデータベースそのものです。バックアップファイルを選んでください</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>{folder} のディスクがいっぱいのため、現在のデータベースを退避できませんでした。空きを作ってからやり直してください。何も変更していません</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>現在のデータベースを退避できませんでした（{error}）: 使用中のプログラムを閉じてからやり直してください。何も変更していません</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>フォルダーを確認してください</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>現在のデータベースを退避できませんでした（{error}）: {advice}。何も変更していません</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>以前のデータベースは {path} にあります</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>以前のデータベースはありませんでした</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>復元したデータベースがチェックに合格しませんでした。{previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>ディスクがいっぱいのため、バックアップを復元できませんでした。空きを作ってからやり直してください。{previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>データベースが使用中です（{error}）: streamer-app を閉じてからやり直してください</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>{path} の -wal ファイルには、SQLite が書き込み可能なフォルダーからしか読めない最近のギフトがあります。フォルダー {folder} を丸ごと書き込める場所にコピーし、そこで --data-dir を使ってください（何も変更していません）</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} は読み込める streamer-app のデータベースではありません（破損している可能性があります）。&apos;streamer-app restore FILE&apos; でバックアップを復元するか、ファイルを移動して最初から始めてください。</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} は読み取り専用です。ファイルの権限と、ディスクが読み取り専用でマウントされていないことを確認するか、別の --data-dir を選んでください。</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>{path} を開けません。フォルダーが存在し書き込めることを確認するか、別の --data-dir を選んでください。</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>{path} のディスクがいっぱいです。空きを作ってからやり直してください（保存済みのものは失われていません）。</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>{path} に書き込めません（ディスク I/O エラー）: ディスクがいっぱい、割り当て超過、取り外し、または故障の可能性があります。空きを作るかドライブを確認してください（保存済みのものは失われていません）。</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>{path} のデータベースの問題: {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>データフォルダー {folder} を作成できません: {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>{path} は整合性チェックに失敗しました（{problem}）。何も変更していません。&apos;streamer-app restore FILE&apos; でバックアップを復元するか、&apos;streamer-app doctor&apos; を実行してください。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} は新しいバージョンの streamer-app で書かれています（スキーマの手順 {steps}）。アプリを更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>バックアップ {target} はチェックに合格しませんでした。元のファイルはそのままです</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>データベースを更新できませんでした: {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>{folder} で復元を実行中です。終わったら streamer-app をもう一度起動してください</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>{folder} に書き込めません（{error}）。何も変更していません</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>streamer-app がこのデータフォルダーで動いています。そのウィンドウのタイマーパネルを使ってください（または先に終了してください）</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>タイマーを保存できませんでした: {problem}</translation>
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
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>視聴者がゲストに贈ったギフト(マルチゲストLIVE・コラボLIVE)。</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>これはゲストの収益です。あなたのコイン、ダイヤモンド、収益、出金ラインには含まれません。</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name}: {coins}コイン、ギフト1個</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name}: {coins}コイン、ギフト{gifts}個</translation>
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
