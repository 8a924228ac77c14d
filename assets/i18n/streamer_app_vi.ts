<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} phải ít nhất là {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} tối đa là {high}</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>{field} có dấu ngoặc nhọn chưa đóng: viết {example} cho một giá trị, {braces} cho chính dấu ngoặc</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>{field} nhắc đến {name}, không có trong danh sách: hãy dùng {known}</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>{field} không điền được: chỉ dùng {plain} hoặc {commas}</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>{field} phải là tên tệp trong thư mục media/ (như roar.mp3), không phải đường dẫn</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>{field} phải là tên tệp trong thư mục media/ (như roar.mp3), không có ..</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>{field} phải bắt đầu bằng http(s)</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>{field} phải là một trong: {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} phải là số nguyên</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} phải là một số</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>{field} phải là đối tượng JSON, như {example}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>{field} không được để trống</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} phải là true hoặc false</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>Thiếu {field}</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} không phải trường của hành động này (các trường: {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} không phải trường của sự kiện này (các trường: {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>{field} phải là đối tượng như {example}</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>{field} phải là danh sách có ít nhất một hành động, như {example}</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>{field} phải là đối tượng có type</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>{field} phải là đối tượng có name, when và do</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} không phải trường của quy tắc (các trường: {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>Hành động chưa chạy (hãy bắt đầu buổi phát, bản demo hoặc phát lại có hành động trước).</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>&quot;{rule}&quot; không chạy: hàng đợi hành động đã đầy</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>&quot;{rule}&quot; đã kích hoạt: xem nhật ký hành động</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>Chỉ sự kiện từ nền tảng này (để trống: mọi nền tảng)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>Ít nhất (xu)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>Số xu của quà tặng đã đếm: số lượng × giá, như trong dòng sổ của nó</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>ID quà tặng</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>Chỉ quà tặng này (để trống: mọi quà)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host: chỉ quà tặng cho bạn, không phải cho khách trên màn hình</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Một quà tặng</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>Một lần cho mỗi quà tặng đã đếm (một dòng sổ): một chuỗi kích hoạt một lần, khi kết thúc</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>Một lượt follow</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>Một lượt chia sẻ</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>Một lượt đăng ký</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>Mỗi N lượt thích</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>Mỗi (lượt thích)</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>Kích hoạt mỗi khi tổng lượt thích của phòng vượt qua bội số của số này</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>Quà tặng đầu tiên của một người xem</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>Quà tặng đầu tiên của một người xem dành cho bạn</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>Đạt một mốc rút tiền</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>Tên mốc</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>Chỉ mốc này (để trống: mọi mốc)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>Một lần cho mỗi mốc mỗi phiên</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>Hẹn giờ subathon đã hết</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Phát âm thanh</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>Tệp âm thanh</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>Một tệp trong thư mục media/ của thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>Được phát bởi trang media của overlay (và cửa sổ): một lần cho mỗi quà tặng đã đếm, không phải mỗi lần chạm</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>Đọc một đoạn văn bản</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>vd. &quot;Cảm ơn {user} đã tặng {gift}!&quot;</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Giọng đọc</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>Tên giọng đọc mà hệ thống biết (để trống: giọng mặc định)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>Hiện ảnh, GIF hoặc video</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Tệp media</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>Hiện trong (giây)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>Một yêu cầu OBS</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>Loại yêu cầu obs-websocket 5, vd. SetCurrentProgramScene</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>Dữ liệu yêu cầu</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>vd. {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Gọi webhook</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</source>
        <translation>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</translation>
    </message>
    <message>
        <source>Discord text</source>
        <translation>Văn bản Discord</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Thời gian chờ (giây)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>Thêm thời gian cho hẹn giờ</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Giây</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>Hiện thông báo tùy chỉnh</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} đang trống: nhập tên cảnh như OBS hiển thị</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} đang trống: nhập tên nguồn như OBS hiển thị</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} cũng là tên của quy tắc {number}: đặt cho mỗi quy tắc một tên riêng</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)</source>
        <translation>Âm thanh (*.mp3 *.wav *.ogg *.m4a *.opus)</translation>
    </message>
    <message>
        <source>Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</source>
        <translation>Ảnh, GIF và video (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>một tệp trong thư mục media</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>Không sao chép được tệp vào {folder}: {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>Quà tặng bất kỳ</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} xu (ID {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>Chọn một quà tặng, hoặc nhập ID của nó</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(bất kỳ)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>Bạn có thể dùng {names} và hơn nữa.</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>bất kỳ ai (bạn và khách)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>chỉ bạn (host)</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>Hành động — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>Kiểm tra mọi quy tắc và ghi actions.json (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>Một quy tắc mới</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>Bản sao của quy tắc đã chọn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>Bỏ quy tắc đã chọn (áp dụng khi lưu)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Đưa quy tắc lên</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Đưa quy tắc xuống</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Thử quy tắc này</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>Chạy các hành động ngay với một sự kiện mẫu (bỏ qua bộ lọc và thời gian chờ)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} Hãy sửa tệp bằng tay ({path}) rồi mở lại cửa sổ này, hoặc tạo quy tắc ở đây: khi lưu sẽ hỏi trước khi thay tệp.</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>Chưa đọc được các quy tắc trong actions.json cho đến khi tệp được sửa (xem ở trên).</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>Quy tắc trong {file} có lỗi, tắt cho đến khi sửa: {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>Chưa lưu gì: {rule} có lỗi (đánh dấu đỏ).</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>Chưa lưu gì: đã giữ lại tệp bị hỏng.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Chưa lưu gì: {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>Đã lưu {count} vào {path}. Áp dụng từ sự kiện tiếp theo.</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>Lưu các hành động?</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>Thay đổi hành động của bạn chưa được lưu.</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>Thay actions.json?</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

Thay bằng {count} hiển thị ở đây? Một bản sao của tệp hỏng được giữ bên cạnh.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>Quy tắc này có lỗi: chọn nó để xem.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (bản sao)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Hãy sửa các trường đánh dấu đỏ trước.</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>Thử không thành công: {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>Nhật ký ({count} lỗi)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>Không đọc được {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} không phải JSON hợp lệ: dòng {line}, cột {column}: {reason}. Không hành động nào chạy cho đến khi sửa xong.</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} dòng 1: phải là đối tượng {example}. Không hành động nào chạy cho đến khi sửa xong.</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>Gửi văn bản Discord bên dưới, theo đúng cách webhook Discord yêu cầu; nếu không, gửi sự kiện dạng JSON</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>Định dạng Discord</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>Hành động không xác định &quot;{type}&quot;</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… hoặc địa chỉ https:// của bạn</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>Làm sớm hơn</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>Làm muộn hơn</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Bỏ hành động này</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>Quà tặng: chọn từ danh sách, hoặc nhập ID (số nguyên)</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>vd. Lion: tiếng gầm và cảnh Lion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>Bỏ chọn để giữ quy tắc mà không chạy</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>Ít nhất bấy nhiêu giây giữa hai lần chạy quy tắc này</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>Thời gian chờ (giây)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Thì</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Thêm hành động</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Thời gian chờ</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>Thêm ít nhất một hành động: điều gì sẽ xảy ra khi có sự kiện này?</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>quà tặng {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>{gift} đầu tiên</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Một quà tặng</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>Một quà tặng đầu tiên</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(không có sự kiện)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>Mỗi {count} lượt thích</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{what} từ {coins} xu</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>{what} cho bạn</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{what} trên {platform}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>cảnh OBS {name}</translation>
    </message>
    <message>
        <source>OBS show {name}</source>
        <translation>OBS hiện {name}</translation>
    </message>
    <message>
        <source>OBS hide {name}</source>
        <translation>OBS ẩn {name}</translation>
    </message>
    <message>
        <source>OBS restart {name}</source>
        <translation>OBS phát lại {name}</translation>
    </message>
    <message>
        <source>OBS text {name}</source>
        <translation>văn bản OBS {name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>âm thanh {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>hiện {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>đọc &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>thông báo &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>hẹn giờ {seconds} giây</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(chưa có gì)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 quy tắc</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} quy tắc</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>Chưa có quy tắc nào. Bấm Thêm để tạo: ví dụ, khi có Lion, phát roar.mp3 và chuyển OBS sang cảnh Lion.</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>quy tắc {number} &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>quy tắc {number}</translation>
    </message>
</context>
<context>
    <name>ActionsLogView</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Điều đã xảy ra</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>Chỉ lỗi</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>Ẩn những gì đã thành công: điều gì lỗi và vì sao, và điều gì bị bỏ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>1 dòng, {failed} lỗi.</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} dòng, {failed} lỗi.</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>Hành động chạy khi có buổi phát, bản demo hoặc phát lại có hành động.</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>Bị bỏ (hàng đợi đầy): {count}.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Chưa có gì.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>QUÀ ĐẦU TIÊN!</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} quà tặng nữa cho khách</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} quà tặng nữa, {coins} xu</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>đã tặng {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>cho {guest}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} xu</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>thông báo streamer-app</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>một khách mời</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} đã tặng {count} {gift}</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>đã lưu bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>sao lưu tự động thất bại: {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>không tạo được thư mục xuất tự động {folder} ({error}): hãy chọn thư mục khác trong cài đặt</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>xuất tự động không đọc được cơ sở dữ liệu: {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>đã xuất: {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>xuất {format} tự động thất bại: {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>không có gì để xuất tự động: {error}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>viewer {id}</source>
        <translation>người xem {id}</translation>
    </message>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · LIVE {hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · LIVE {minutes} phút</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>TÓM TẮT LIVE</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>TÓM TẮT {count} BUỔI LIVE</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Buổi phát của bạn</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>xu</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} ước tính · ~{diamonds} kim cương</translation>
    </message>
    <message>
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money} ước tính · {figures}</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>quà tặng</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>người tặng</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>người theo dõi mới</translation>
    </message>
    <message>
        <source>subs &amp; members</source>
        <translation>sub &amp; hội viên</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>người ủng hộ</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>NGƯỜI TẶNG HÀNG ĐẦU</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Lần này chưa có quà — cảm ơn đã xem!</translation>
    </message>
    <message>
        <source>TOP SUPPORTERS</source>
        <translation>NGƯỜI ỦNG HỘ HÀNG ĐẦU</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>cảm ơn</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>XU THEO THỜI GIAN</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Tiếp theo: {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Đã đạt mọi mục tiêu rút tiền</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Ước tính từ sổ ghi của tôi; số liệu của TikTok có thể khác.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Ước tính từ sổ ghi của tôi; số liệu của các nền tảng có thể khác.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Chưa có phiên nào. Hãy thử: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>BẮT ĐẦU (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>NGUỒN</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>NHÀ SÁNG TẠO</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>XU</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>QUÀ</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>NGƯỜI TẶNG</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>ƯỚC TÍNH</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>TRẠNG THÁI</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>đang live/mở</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>{name} cleared</source>
        <translation>đã xóa {name}</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>chưa nhập {name}; không có gì thay đổi</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>trông không giống {name} (quá ngắn hoặc có khoảng trắng); không có gì thay đổi</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>đã lưu {name} vào {where}: {mask}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>đã ghi: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>đã lưu bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>đã lưu bản sao lưu: {path} (giữ {keep} bản mới nhất)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>đã khôi phục {file}: phiên {sessions}, quà đã đếm {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>cơ sở dữ liệu trước được giữ tại {path}</translation>
    </message>
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>hãy cho biết thêm bao nhiêu giây, ví dụ &apos;streamer-app timer add 300&apos; (số âm để bớt)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>chờ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} xu</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} xu</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>{count} follow</source>
        <translation>{count} lượt theo dõi</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} lượt theo dõi</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left (ends {time})</source>
        <translation>Bộ đếm subathon: {status}, còn {left} (kết thúc {time})</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>Bộ đếm subathon: {status}, còn {left}</translation>
    </message>
    <message>
        <source>{timer}; {change}.</source>
        <translation>{timer}; {change}.</translation>
    </message>
    <message>
        <source>{timer}.</source>
        <translation>{timer}.</translation>
    </message>
    <message>
        <source>added {time} (income: {income})</source>
        <translation>đã thêm {time} (thu nhập: {income})</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>đã thêm {time}</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>đã bớt {time} (thu nhập: {income})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>đã bớt {time}</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>Quy tắc: 1 xu = {coin} giây, 1 sub = {sub} giây, 1 lượt theo dõi = {follow} giây, tối đa {cap}.</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>Quy tắc: 1 xu = {coin} giây, 1 sub = {sub} giây, 1 lượt theo dõi = {follow} giây.</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>không có trang overlay nào tên {page}: hãy chọn trong {pages}</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>Đang kết nối tới OBS tại {host}:{port}…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>Lưu ý: OBS chạy trên máy khác, nhưng các liên kết overlay trỏ tới 127.0.0.1 (máy này đối với OBS): bật overlay_lan và sửa địa chỉ trong từng nguồn (docs/OBS.md).</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>Đã lưu token overlay mới: các liên kết overlay cũ ngừng hoạt động khi streamer-app khởi động lại (hoặc ngay lập tức trong cửa sổ). Các nguồn do &apos;Thêm vào OBS&apos; tạo sẽ nhận liên kết mới khi cửa sổ kết nối OBS lần tới (hoặc chạy &apos;streamer-app overlay add-to-obs&apos;); cập nhật mọi nguồn trình duyệt OBS khác bằng:</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>Truy cập LAN đang bật: trên thiết bị khác hãy dùng địa chỉ IP của máy này thay cho 127.0.0.1.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>đã đặt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>chuỗi khóa của hệ thống</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path} (chỉ bạn đọc được)</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>lưu tại: {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>client id của ứng dụng Twitch của riêng bạn (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, chuyển hướng OAuth http://localhost; docs/PLATFORMS.md)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>client id</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>đã đăng nhập</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>đã đăng xuất khỏi Twitch (client id vẫn được giữ)</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>Client id Twitch ({help}): </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>hãy cung cấp {help} bằng --client-id; không có gì thay đổi</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>Mở {url} và nhập mã {code} để streamer-app được đọc Bits, sub, người theo dõi và chat của kênh bạn. Đang chờ...</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>đã đăng nhập Twitch với tên {login}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>khóa API</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>tệp OAuth client</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>đã đăng xuất khỏi YouTube (cài đặt tệp OAuth client vẫn được giữ)</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>đã đăng nhập YouTube; thông tin đăng nhập được lưu tại {where}</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>ĐANG KẾT NỐI</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>ĐANG KẾT NỐI LẠI</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>ĐANG CHỜ</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>BỊ GIỚI HẠN</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>TẠM DỪNG</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>ĐÃ KẾT THÚC</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>CHƯA KẾT NỐI</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>LỊCH SỬ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ Thêm nguồn</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} người xem</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>Chọn nguồn rồi kết nối</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>Kết nối tới nguồn đã chọn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>Chạy thêm nguồn đã chọn bên cạnh các nguồn đang kết nối (nhiều nền tảng cùng lúc)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} giây</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — thử lại sau {wait}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>thử lại sau {wait}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The browser overlay is not available in this build.</source>
        <translation>Lớp phủ trình duyệt không có trong bản này.</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>Không khởi động được máy chủ lớp phủ: {error}</translation>
    </message>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>Overlay cho OBS: {url}  (Thông báo ▸ Overlay cho OBS… để xem mọi liên kết)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ đang bật truy cập LAN</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>Thu nhập ước tính</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Diễn biến trực tiếp</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Người tặng hàng đầu</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Người ủng hộ hàng đầu</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Quà tặng theo loại</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Đang tải biểu đồ…</translation>
    </message>
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ Sổ ghi có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ Kết nối bị gián đoạn 1 lần (tổng {time}): quà tặng gửi trong lúc gián đoạn có thể thiếu trong các tổng này.</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ Kết nối bị gián đoạn {count} lần (tổng {time}): quà tặng gửi trong lúc gián đoạn có thể thiếu trong các tổng này.</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Phiên #{id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>chỉ xem</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor: đang kiểm tra {path}</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>chưa kiểm tra: không đọc được cài đặt</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>điều khiển OBS đang tắt (Cài đặt ▸ OBS); &apos;Thêm vào OBS&apos; chỉ kết nối khi được yêu cầu</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>dán mật khẩu từ &apos;Show Connect Info&apos; của OBS vào Cài đặt ▸ OBS</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>không kết nối được tới {host}:{port}</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} trả lời tại {host}:{port} và đã nhận mật khẩu</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>giải phóng dung lượng đĩa (đĩa hoặc hạn mức của bạn đã đầy), hoặc chọn thư mục khác bằng --data-dir</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>đĩa ở chế độ chỉ đọc: gắn lại cho phép ghi hoặc dùng đĩa khác, hoặc chọn thư mục khác bằng --data-dir</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>sửa quyền của thư mục (bạn phải ghi được vào đó), hoặc chọn thư mục khác bằng --data-dir</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>hệ thống báo: {error}; kiểm tra đĩa, hoặc chọn thư mục khác bằng --data-dir</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} là tệp, không phải thư mục</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>di chuyển tệp đó đi, hoặc chọn thư mục khác bằng --data-dir</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} không tồn tại và không tạo được</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>chọn thư mục bạn ghi được bằng --data-dir hoặc STREAMER_APP_HOME</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>{path} sẽ được tạo ở buổi live đầu tiên</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>không ghi được vào {path} ({error})</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path}: chỉ còn {mb} MB trống</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>giải phóng dung lượng đĩa: sổ cái và bản ghi cần chỗ để tăng thêm</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} ghi được ({gb} GB trống)</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>sửa giá trị trong {path}, hoặc xóa tệp để bắt đầu với mặc định</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>cài đặt hợp lệ</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>khôi phục bản sao lưu mới nhất: streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>không có bản sao lưu: di chuyển tệp đi để bắt đầu cơ sở dữ liệu mới (hãy giữ lại; có thể khôi phục được)</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>chưa có cơ sở dữ liệu: buổi live đầu tiên sẽ tạo</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>không đọc được {path} ({error})</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>sửa quyền của tệp</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} không phải cơ sở dữ liệu SQLite (hỏng hoặc bị ghi đè)</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>không mở được {path} ({error})</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>{path} không qua được kiểm tra toàn vẹn ({problem})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} không phải cơ sở dữ liệu của streamer-app</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>di chuyển nó đi (streamer-app sẽ tạo cái mới), hoặc khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} được ghi bởi streamer-app mới hơn</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>cập nhật ứng dụng</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>không đọc được {path} ({error})</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>{name} đã qua kiểm tra: {sessions} phiên, {rows} dòng sổ cái ({mb} MB)</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>chưa có bản sao lưu</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>tạo ngay: streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>{count} bản sao lưu, mới nhất {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>cổng {port} trên {host} đang được dùng</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>nếu streamer-app đang chạy thì điều này là bình thường; nếu không, hãy đóng chương trình đang dùng nó, hoặc chọn cổng khác: --overlay-port {port} (hoặc overlay_port trong cài đặt)</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>cổng {port} trống cho máy chủ overlay</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>Qt đi kèm (kiểm tra khi mở cửa sổ)</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 tải và khởi động được (offscreen)</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 không khởi động: {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>cài lại ứng dụng (pip install --force-reinstall streamer-app), và cài các thư viện hệ thống liệt kê bên dưới nếu có</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>PySide6 không khởi động trong thời gian cho phép</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>chạy &apos;streamer-app -v&apos; để xem nó bị treo ở đâu</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>không kiểm tra được (thiếu ldd hoặc plugin xcb)</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>nếu cửa sổ không mở, hãy cài libxcb-cursor0 và libxkbcommon-x11-0</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>thiếu: {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>hãy cài chúng, trên Debian/Ubuntu: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>có đủ mọi thư viện mà plugin cửa sổ X11 (xcb) cần</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>không có DISPLAY hay WAYLAND_DISPLAY: không có màn hình desktop để mở cửa sổ</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>dùng --headless ở đây, hoặc chạy từ một phiên desktop</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>lưu trong chuỗi khóa của hệ thống</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>lưu tại {path}, chỉ bạn đọc được (không có chuỗi khóa hệ thống)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>thư mục dữ liệu</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>cài đặt</translation>
    </message>
    <message>
        <source>database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>bản sao lưu</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>cổng overlay</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>thư viện cửa sổ Qt</translation>
    </message>
    <message>
        <source>display</source>
        <translation>màn hình</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>bí mật</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see the advice after each one.</source>
        <translation>{problems} lỗi và {warnings} cảnh báo: xem lời khuyên sau từng mục.</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>Không có lỗi; {warnings} cảnh báo.</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>Mọi thứ đều ổn.</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>Phiên này</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>Số dư từ lần rút tiền gần nhất</translation>
    </message>
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>Số dư từ lần rút tiền gần nhất {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ đã đạt: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Lần rút tiền đầu tiên</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Mức rút tiền tối thiểu</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Mức thanh toán tối thiểu của Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Ngưỡng thanh toán YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{name} {amount}</source>
        <translation>{name} {amount}</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} kim cương</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} xu</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ đã đạt</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · chưa có thu nhập gần đây để dự tính</translation>
    </message>
</context>
<context>
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>đã dừng trước khi nguồn bắt đầu</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>nguồn đã kết thúc</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>Buổi phát thử đã kết thúc</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>Buổi phát thử Twitch đã kết thúc</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>Buổi phát thử YouTube đã kết thúc</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>hết bản ghi</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>Nhà sáng tạo đã kết thúc LIVE</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>Quyền truy cập Twitch đã hết</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>trò chuyện trực tiếp YouTube đã kết thúc</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Đã xảy ra lỗi: {error}.</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>một luồng chạy nền</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>Đã xảy ra lỗi trong {thread}: {error}.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Chi tiết có trong nhật ký: {path}</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>quà đầu tiên!</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>một khách</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>cho {guest}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ai đó</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} đã theo dõi</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} đã chia sẻ buổi phát</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} đã đăng ký</translation>
    </message>
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name} đã raid cùng {count} người xem</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>Báo cáo HTML</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>Tóm tắt JSON</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>Sổ quà tặng CSV</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Tóm tắt Markdown</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>Thẻ PNG để chia sẻ</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>sổ quà tặng</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>Chưa có gì để xuất: hãy bắt đầu bản demo hoặc kết nối tới một buổi phát trước.</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Xuất phiên</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>Đang có một lần xuất chạy: hãy chờ nó xong.</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>Đang xuất phiên #{id} dạng {format}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Exporting the {part}: {done} of {total}</source>
        <translation>Đang xuất {part}: {done}/{total}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất thất bại</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Xuất thất bại: {error}</translation>
    </message>
    <message>
        <source>Exported: {files}</source>
        <translation>Đã xuất: {files}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>Chào mừng đến với streamer-app</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>Thông báo quà tặng trực tiếp, sổ ghi chính xác xu và kim cương, cùng thu nhập so với mốc rút tiền — ngay cạnh buổi phát của bạn.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  Thử buổi phát demo</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>hoặc LIVE bằng tài khoản TikTok của bạn:</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Đó không phải @tên TikTok (2-24 chữ cái, chữ số, &apos;_&apos; hoặc &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Xu</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>ledger: {problem}</source>
        <translation>sổ cái: {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>bộ đếm subathon đã về 0</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>mất kết nối: có thể thiếu {length}</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>{length} thời gian live | {paid} | ước tính {earnings}</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>chưa có tin nhắn trả phí</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>{length} thời gian live | {gifts} quà tặng | {coins} xu | ước tính {earnings} | {gifters} người tặng</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>bộ đếm {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>sổ cái chậm {count} dòng</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>tạm dừng {left}</translation>
    </message>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Phiên {id} (tiếp tục) đã kết thúc: {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Phiên {id} (mới) đã kết thúc: {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>xu {coins} | kim cương ~{diamonds} | thu nhập ước tính {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>quà {gifts} từ {gifters} người tặng | theo dõi {follows} | chia sẻ {shares} | bình luận {comments} | lượt thích {likes}</translation>
    </message>
    <message>
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | thu nhập ước tính {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>không có tin nhắn trả phí</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>người tặng hàng đầu: {names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>{count} dòng sổ cái bị từ chối vì không nhất quán và được để riêng trong {path}; mọi thứ khác đã lưu</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>quà tặng cho khách mời (thu nhập của họ, không tính vào tổng của bạn): {coins} xu, {guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>{count} quà tặng đầu tiên: người xem tặng quà cho bạn lần đầu</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>đã bỏ qua {count} tin nhắn quà tặng gửi lại</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>{count} chuỗi đã đóng mà không có tin nhắn kết thúc</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>{count} lần mất kết nối: tổng có thể thiếu quà tặng gửi lúc đó</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>bộ đếm subathon {state} (đã thêm {time} từ {coins} xu, {subs} sub, {follows} lượt theo dõi)</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>không ghi được sổ cái</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>CHƯA LƯU: {why}; không đọc được tệp sổ cái để biết nó chứa bao nhiêu phần của phiên này</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>CHƯA LƯU: {why}. Sổ cái chứa {saved_gifts} trong {gifts} quà tặng này ({saved_coins} trên {coins} xu); phần còn lại sẽ mất khi lần chạy này kết thúc (bản ghi, nếu có, có thể phát lại sau khi khắc phục sự cố)</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>đêm nay: ước tính {earnings} ({platforms}) | {gifts} quà tặng | {coins} xu</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform}: không chạy: {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>Tổng đêm nay: thu nhập ước tính {earnings} qua {count} phiên: {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>không tính vào tổng: {platform} {amount} {currency} (khác đơn vị tiền của phiên đầu tiên)</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>KHÔNG phải mọi thứ đều đã lưu: xem từng phiên ở trên</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>trung bình của phiên</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Nhà sáng tạo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Xu</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Người tặng</translation>
    </message>
    <message>
        <source>Est. earnings</source>
        <translation>Thu nhập ước tính</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Xuất ▾</translation>
    </message>
    <message>
        <source>Export the selected session ({formats})</source>
        <translation>Xuất phiên đã chọn ({formats})</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Đang tải các phiên…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>Không đọc được các phiên: {error}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>Số phiên: {count}. Nhấp đúp để mở (chỉ đọc).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>Chưa có phiên nào: hãy chạy demo hoặc kết nối tới một buổi phát.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS: liên kết của {count} nguồn streamer-app đã cũ và nay dùng token và cổng hiện tại.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Thư mục dữ liệu: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>&amp;Xuất phiên này</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Phát</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Ngắt kết nối</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>Bắt đầu &amp;demo</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>Đăng nhập &amp;Twitch…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>Thông &amp;báo</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>Hiện cửa sổ thông &amp;báo</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>&amp;Thử thông báo</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>&amp;Overlay cho OBS…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>&amp;Hành động…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Tắt âm thanh</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Nền</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>Chroma key (xanh lá)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Trong suốt</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Luôn ở trên cùng</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>Đã tắt âm thanh thông báo</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>Đã bật âm thanh thông báo</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Không lưu được cài đặt: {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>Máy chủ overlay đang khởi động…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>Đã lưu hành động: {count} quy tắc.</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>Token overlay mới: hãy dán các liên kết mới vào OBS.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>Nguồn đó đã được kết nối.</translation>
    </message>
    <message>
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>Đã thêm {source}: phiên riêng, tính vào tổng tối nay.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Đã đăng nhập Twitch với tên {login}</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Đang ngắt kết nối…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Đã kết thúc: {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>Đã kết thúc: {reason} — sổ ghi không ghi được hết</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>Đã lưu phiên — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>Buổi phát đã dừng: {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>Lịch sử — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>Đang lưu sổ ghi…</translation>
    </message>
</context>
<context>
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>Chuyển sang một cảnh</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>Hiện một nguồn</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>Ẩn một nguồn</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>Phát lại một nguồn phương tiện</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>Đặt chữ cho một nguồn văn bản</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>Yêu cầu khác (nâng cao)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Cảnh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Dữ liệu (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>Nhập tên cảnh (như OBS hiển thị).</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>Nhập tên nguồn (như OBS hiển thị).</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>Nhập chữ cần hiển thị.</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>Nhập một yêu cầu obs-websocket 5.</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>vd: Sư tử</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>vd: Video sư tử</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>vd: Cảm ơn {user}!</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>OBS sẽ</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>Từ OBS ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>Chọn cảnh trong số cảnh OBS có (OBS phải đang chạy)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>Chọn nguồn trong số nguồn OBS có (OBS phải đang chạy)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>Đang hỏi OBS…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>Không hỏi được OBS: {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>OBS không có cảnh nào</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>OBS không có nguồn nào</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS: tắt</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS: chưa kết nối</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: đang kết nối…</translation>
    </message>
    <message>
        <source>OBS: connected</source>
        <translation>OBS: đã kết nối</translation>
    </message>
    <message>
        <source>OBS: wrong password</source>
        <translation>OBS: sai mật khẩu</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>Điều khiển OBS đang tắt (Cài đặt ▸ OBS); Thêm vào OBS vẫn dùng được.</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>Chưa kết nối OBS: đang thử lại ngầm.</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>Đang kết nối OBS…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>Đã kết nối OBS.</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>OBS từ chối mật khẩu: hãy kiểm tra trong Cài đặt ▸ OBS.</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page}: đã tạo “{source}”</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page}: đã cập nhật “{source}”</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page}: không có “{source}” trong OBS (không có gì để cập nhật)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page}: thất bại ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} đã tạo</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} đã cập nhật</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} thất bại</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>Thêm vào OBS: không có gì để làm.</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>Thêm vào OBS: {results}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ObsStatusLabel</name>
    <message>
        <source>Click for the overlays and Add to OBS.</source>
        <translation>Nhấp để xem lớp phủ và Thêm vào OBS.</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Quà đẹp!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Quà lớn!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Quà huyền thoại!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ủng hộ</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Quà cho khách mời</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Quà vẫn tiếp tục đến</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 quà nữa cho khách mời</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} quà nữa cho khách mời</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 quà nữa, 1 xu</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 quà nữa, {coins} xu</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} quà nữa, 1 xu</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} quà nữa, {coins} xu</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>từ 1 người xem</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>từ {count} người xem</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>từ 1 người xem — cảm ơn mọi người!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>từ {count} người xem — cảm ơn mọi người!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Thông báo thử</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Quà cho khách mời</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>đã tặng {gift} cho {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>đã tặng {gift}</translation>
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
        <translation>Chiến thắng!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Tỉ số cuối</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Hòa</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>đã tặng {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>cho {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>quà đầu tiên!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>đã follow</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>đã chia sẻ LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>đến cùng {count} người xem</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>đã đăng ký ({count} tháng)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} xu</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} kim cương</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Lần rút tiền đầu</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Mức rút tối thiểu</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top người tặng</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Hãy là người đầu tiên tặng quà!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ai đó</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Mục tiêu lượt thích</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>một khách mời</translation>
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
        <translation>Sub mới (Cấp {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Sub mới</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Gia hạn sub (Cấp {tier})</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Gia hạn sub</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 sub được tặng (Cấp {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 sub được tặng</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} sub được tặng (Cấp {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} sub được tặng</translation>
    </message>
    <message>
        <source>Super Chat {amount}</source>
        <translation>Super Chat {amount}</translation>
    </message>
    <message>
        <source>Super Chat</source>
        <translation>Super Chat</translation>
    </message>
    <message>
        <source>Super Sticker {amount}</source>
        <translation>Super Sticker {amount}</translation>
    </message>
    <message>
        <source>Super Sticker</source>
        <translation>Super Sticker</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Hội viên mới</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 gói hội viên được tặng</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} gói hội viên được tặng</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Xu</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Kim cương (ước)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Thu nhập (ước)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Người tặng</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>vs {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>Subathon</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>sắp bắt đầu</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>hết giờ!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>trực tiếp</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} giây</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 xu = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>đăng ký = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>follow = {time}</translation>
    </message>
</context>
<context>
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>Thông báo quà tặng</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>Thanh mục tiêu</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>Tổng kết phiên</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Người tặng hàng đầu</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Sự kiện gần đây</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>Đồng hồ subathon</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Mục tiêu lượt thích</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>Phương tiện của hành động (âm thanh, hình ảnh, video)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>Token mới khiến mọi liên kết lớp phủ bạn đã đưa cho OBS ngừng hoạt động ngay: bạn sẽ phải dán liên kết mới vào từng nguồn trình duyệt.</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>Lớp phủ cho OBS — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>Thêm vào OBS tạo một Nguồn trình duyệt cho mỗi trang được đánh dấu trong cảnh hiện tại của OBS; hoặc tự dán liên kết vào Nguồn trình duyệt (1920×1080). Mỗi liên kết chứa một token bí mật: hãy giữ như mật khẩu và đừng bao giờ để lộ trên sóng.</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>Các trang được đánh dấu sẽ có nguồn trình duyệt trong OBS khi bạn nhấn Thêm vào OBS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>Sao chép toàn bộ liên kết, kèm token, cho OBS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>Mở trang trong trình duyệt</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Gửi thông báo thử</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>Một món quà giả 1.000 xu trên các trang thông báo và cửa sổ thông báo (không được tính)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>Tạo lại token…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>Thêm vào OBS</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>Tạo một nguồn trình duyệt cho mỗi trang được đánh dấu trong cảnh hiện tại của OBS (hoặc cập nhật nguồn đã tạo trước đó), kèm liên kết, token và kích thước</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(máy chủ lớp phủ chưa chạy)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ Truy cập LAN đang bật: mọi thiết bị trong mạng của bạn có liên kết đều mở được các lớp phủ này. Hãy tắt trong cài đặt (overlay_lan) trừ khi OBS chạy trên máy khác.</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>Đã sao chép liên kết của “{page}” (kèm token): hãy dán vào một Nguồn trình duyệt của OBS.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>Không mở được trình duyệt nào: hãy sao chép liên kết và dán vào trình duyệt.</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>Đã gửi thông báo thử tới các trang lớp phủ và cửa sổ thông báo.</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>Tạo lại token lớp phủ?</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>Tạo lại ngay?</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>Không thay được token: {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>Đã lưu token mới; đang chuyển máy chủ lớp phủ sang token này…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>Đã lưu token mới nhưng máy chủ không nhận ({error}): hãy khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>Đang dùng token mới. Các nguồn do Thêm vào OBS tạo đang được cập nhật; hãy tự dán liên kết mới vào các nguồn trình duyệt khác.</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>Đang cập nhật các nguồn trình duyệt do Thêm vào OBS tạo…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>Đang dùng token mới. Liên kết cũ không còn dùng được: hãy sao chép lại từng liên kết và dán vào Nguồn trình duyệt tương ứng trong OBS.</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>Đang thêm 1 trang vào OBS…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>Đang thêm {count} trang vào OBS…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>Thêm vào OBS thất bại: {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>Các nguồn trình duyệt OBS chưa được cập nhật: {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>cổng {port} đang được dùng (một streamer-app hay chương trình khác?): hãy chọn cổng khác bằng --overlay-port P hoặc cài đặt overlay_port</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>không mở được máy chủ lớp phủ ở cổng {port}: {error}; hãy chọn cổng khác bằng --overlay-port P</translation>
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
        <translation>Sub mới (Cấp {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Gia hạn sub (Cấp {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Sub mới</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Gia hạn sub</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 sub được tặng (Cấp {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 sub được tặng</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} sub được tặng (Cấp {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} sub được tặng</translation>
    </message>
    <message>
        <source>Super Chat {amount}</source>
        <translation>Super Chat {amount}</translation>
    </message>
    <message>
        <source>Super Chat</source>
        <translation>Super Chat</translation>
    </message>
    <message>
        <source>Super Sticker {amount}</source>
        <translation>Super Sticker {amount}</translation>
    </message>
    <message>
        <source>Super Sticker</source>
        <translation>Super Sticker</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Hội viên mới</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 gói hội viên được tặng</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} gói hội viên được tặng</translation>
    </message>
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform}: {creator} · phiên #{id} · {state}</translation>
    </message>
</context>
<context>
    <name>PlatformStrip</name>
    <message>
        <source>{bits} Bits · {subs} subs</source>
        <translation>{bits} Bits · {subs} sub</translation>
    </message>
    <message>
        <source>{count} paid messages</source>
        <translation>{count} tin nhắn trả phí</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} xu</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} lượt theo dõi</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Mọi nền tảng</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>Thu nhập ước tính của mọi nguồn tối nay, theo đơn vị tiền hiển thị của bạn</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} chưa quy đổi</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits và phần của bạn từ sub</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>từ cheer</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>mới, gia hạn và được tặng</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>tính cho người tặng</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} lượt theo dõi mới</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>kênh đã raid vào</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>phần của bạn sau phần của YouTube</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>Super Chat và Sticker</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>số người xem đã trả</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>Số người xem đã trả, trước phần của YouTube: {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>mới và được tặng</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count} quà tặng</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Người tặng</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Xu</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Quà cho khách mời</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Theo nền tảng</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Thu nhập</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>số dư từ lần rút tiền gần nhất (ước tính)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>xu mỗi ngày, 14 ngày qua</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>ngày để rút hết với hạn mức mỗi ngày</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Các ngưỡng áp dụng cho số dư từ lần rút tiền gần nhất đã ghi, cộng dồn các phiên.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>Ngày dự kiến giả định mức xu trung bình mỗi ngày của 14 ngày qua tiếp tục.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Kế hoạch rút tiền</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>Chưa đếm được quà nào.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Tất cả khách mời</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>xu</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>thu nhập ước tính</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>đã đạt</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đầy đủ</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Kim cương mỗi xu</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD mỗi kim cương</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Người tặng hàng đầu</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Quà theo loại</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Xu mỗi quà.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>tóm tắt</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>không có thu nhập gần đây để dự đoán</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Tỷ giá đã dùng</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Tiền tệ hiển thị</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Thu nhập ước tính</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>Người xem trả mỗi xu</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>vẫn đang mở</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} phiên</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} phiên</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>quà tặng</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>người tặng</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>kim cương (ước tính)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>người xem đã chi (ước tính)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>lượt đăng ký</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>hội viên</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>người theo dõi mới</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>người xem cao nhất</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>và {count} người tặng khác</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>Quà người xem gửi cho khách mời của bạn: là thu nhập của họ, không nằm trong tổng nào của bạn ở trên. Chúng được ghi riêng trong sổ của bạn.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Mỗi nền tảng theo đơn vị riêng, và số tiền bạn kiếm được (ước tính, theo tỷ giá của từng phiên).</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Bắt đầu (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Nhà sáng tạo</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Người tặng</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Mỗi phiên được ước tính theo tỷ giá lúc ghi lại.</translation>
    </message>
    <message>
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · ước tính {balance} đến nay</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Mỗi nền tảng chi trả khi số dư riêng đạt mức tối thiểu (ước tính từ lần rút tiền gần nhất đã ghi).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>xu · ~{diamonds} kim cương</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>khoảng {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} xu</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>TikTok cho rút tối đa {cap} USD mỗi ngày và chi trả trong vòng {days} ngày sau khi rút.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>Tính đến {date}. Số liệu ước tính, không phải của TikTok.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD mỗi Bit</translation>
    </message>
    <message>
        <source>Twitch: subs (USD)</source>
        <translation>Twitch: sub (USD)</translation>
    </message>
    <message>
        <source>your share {percent}</source>
        <translation>phần của bạn {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube: phần của bạn</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>{supers} từ Supers · {memberships} từ hội viên</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tỷ giá</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Không mất kết nối: kết nối ổn định suốt thời gian, nên các tổng đều đầy đủ.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Khi mất kết nối, có thể thiếu quà trong các tổng này ({length} tổng cộng; giờ UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} chuỗi quà không gửi tin nhắn kết thúc; đã được đếm đến số cao nhất.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTok không công bố tỷ lệ quy đổi; đây là các cài đặt dùng để tính ước tính.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Quà mỗi phút</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>Quà mỗi 5 phút</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>Quà mỗi 15 phút</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Quà mỗi giờ</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Quà mỗi ngày</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Quà mỗi tuần</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Số quà đếm được ở mỗi cột, tô bóng khi mất kết nối.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Số quà đếm được ở mỗi cột.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>Tóm tắt phiên LIVE</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Tóm tắt các phiên</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>số dư ước tính từ lần rút tiền gần nhất</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>ngưỡng chưa đạt</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>ngưỡng đã đạt</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>Số dư từ lần rút tiền gần nhất, so với các ngưỡng rút tiền của bạn.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Tạo bằng streamer-app {version} từ sổ ghi cục bộ của bạn · tạo lúc {when} UTC · số liệu ước tính, không phải của TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>Quà người xem gửi cho khách mời của bạn: là thu nhập của họ, không nằm trong tổng nào của bạn ở trên.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} xu, {gifts} quà tặng</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**Theo nền tảng:**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(ước tính {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} xu** · ~{diamonds} kim cương · ước tính **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} quà từ {gifters} người tặng · {follows} theo dõi · {shares} chia sẻ · {likes} lượt thích</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>ước tính **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} theo dõi · {subs} đăng ký và hội viên · {comments} bình luận</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**Quà hàng đầu:**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Rút tiền trên Twitch và YouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(ước tính {money} từ lần rút tiền gần nhất)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Số dư từ lần rút tiền gần nhất:** {money} ({coins} xu)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Tiếp theo: {threshold} — {percent}, theo tốc độ gần đây khoảng {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Tiếp theo: {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Đã đạt mọi ngưỡng rút tiền ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} lần mất kết nối ({length}): quà gửi lúc đó có thể bị thiếu.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} lần mất kết nối ({length}): quà gửi lúc đó có thể bị thiếu.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Ước tính: {diamonds} kim cương mỗi xu, {currency} {money} mỗi kim cương; số liệu của TikTok có thể khác.</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Lần rút tiền đầu tiên</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Mức rút tối thiểu</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Mức thanh toán tối thiểu của Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Ngưỡng thanh toán YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} xu</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} kim cương</translation>
    </message>
    <message>
        <source>Night of {date} · {platforms}</source>
        <translation>Đêm {date} · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} xu</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>{subs} ({count} gifted)</source>
        <translation>{subs} ({count} được tặng)</translation>
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
        <translation>{count} Super Chat và Sticker</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>{count} Super Chat và Sticker</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>không có tin nhắn trả phí</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>{count} hội viên</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} hội viên</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>Không có tỷ giá sang {currency} cho {codes}: {amounts} (phần của bạn) được giữ và ghi là chưa quy đổi, không tính vào thu nhập ước tính. Thêm {rates} vào tỷ giá trong Cài đặt &gt; Twitch và YouTube.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · LIVE {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Tất cả các phiên</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(không có buổi phát nào: đã khởi động một trình chạy riêng cho lần thử này)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>vẫn đang chạy: xem thẻ Nhật ký</translation>
    </message>
</context>
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>sao lưu/xuất tự động thất bại: {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Phiên #{id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>phiên {id} không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>Không mở được phiên: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Kim cương mỗi xu</translation>
    </message>
    <message>
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>Số nhà sáng tạo nhận được cho mỗi xu người xem gửi (TikTok không công bố; khoảng 0,5).</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD mỗi kim cương</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>Số TikTok trả cho mỗi kim cương (khoảng 0,01 USD).</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Tiền tệ hiển thị</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>Mã ba chữ cái của tiền tệ dùng để hiển thị thu nhập.</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 USD theo tiền tệ đó</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>Tỷ giá của riêng bạn: không tra cứu gì trên mạng.</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>Người xem trả mỗi xu (USD)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>Số người xem chi cho mỗi xu trong ứng dụng (khoảng 0,0143 USD), cho mục &quot;người xem đã chi&quot;.</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD mỗi Bit</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>Số bạn kiếm được cho mỗi Bit: 0,01 USD (Twitch trả Affiliate và Partner một xu Mỹ mỗi Bit).</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: giá sub Bậc 1 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>Số người xem trả cho gói đăng ký Tier 1 (4,99 USD ở Mỹ; Twitch bán rẻ hơn ở một số nước).</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: giá sub Bậc 2 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>Số người xem trả cho gói đăng ký Tier 2 (9,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: giá sub Bậc 3 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>Số người xem trả cho gói đăng ký Tier 3 (24,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: phần của bạn từ sub (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>Tỷ lệ chia chuẩn là 50 % (cả đăng ký được tặng); Partner Plus và một số hợp đồng trả nhiều hơn.</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: phần của bạn từ Super Chat và Sticker</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>70 % số người xem trả, sau phần của YouTube (https://support.google.com/youtube/answer/7288782).</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: phần của bạn từ hội viên</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>70 % giá hội viên sau phần của YouTube, như với Super Chat.</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: giá hội viên (USD)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>Dùng khi tin nhắn hội viên không ghi giá (4,99 USD, cấp đầu tiên thông thường).</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Tỷ giá sang tiền tệ hiển thị</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>Một đơn vị của mỗi loại tiền người xem trả, tính bằng tiền tệ hiển thị của bạn, như EUR=1.08, JPY=0.0064. Không tra cứu gì trên mạng; số tiền bằng loại tiền chưa có tỷ giá vẫn được giữ và ghi là chưa quy đổi.</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Mốc rút tiền</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>Mục tiêu và mức rút tối thiểu, bằng tiền, kim cương hoặc xu, mỗi mục ghi nền tảng của nó. Twitch trả từ 50 USD (100 USD qua chuyển khoản; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube qua AdSense từ 100 USD hoặc tương đương tại địa phương (https://support.google.com/adsense/answer/1709871).</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Số xu tối thiểu để thông báo</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>Quà nhỏ hơn vẫn được đếm nhưng không hiện thông báo.</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>số xu tối thiểu không được âm</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Âm lượng (0-100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>Âm lượng âm thanh thông báo, theo phần trăm.</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>âm lượng là phần trăm từ 0 đến 100</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Tắt âm thanh</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>Thông báo không có âm thanh.</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Đọc to quà tặng (chuyển văn bản thành giọng nói)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>Đọc to tên người tặng và quà tặng bằng giọng của hệ thống.</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Số xu tối thiểu để đọc to</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>Quà nhỏ hơn không được đọc to.</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>số xu tối thiểu để đọc to không được âm</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Không bao giờ đọc to</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>Tên hoặc quà có chứa một trong các từ này sẽ không được đọc to.</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>các từ không bao giờ đọc to, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Nền</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>Nền của cửa sổ thông báo, để ghi hình trong OBS.</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Màu chroma key</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Trong suốt</translation>
    </message>
    <message>
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>chọn &quot;chroma&quot; hoặc &quot;transparent&quot;</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Màu chroma</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>Màu mà OBS loại bỏ, như #00b140.</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Luôn ở trên cùng</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>Giữ cửa sổ thông báo nằm trên các cửa sổ khác.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Kích thước cửa sổ</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>Kích thước cửa sổ thông báo tính bằng pixel.</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>chọn một trong: {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Thông báo chờ trước khi gộp</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>Quá số thông báo đang chờ này, phần còn lại được gộp vào một thẻ tóm tắt.</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>từ 1 đến 100 thông báo đang chờ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>Ngôn ngữ của cửa sổ, báo cáo và overlay (trừ khi chọn riêng bên dưới).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Ngôn ngữ overlay</translation>
    </message>
    <message>
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>Ngôn ngữ khán giả của bạn đọc trên overlay (có thể khác ngôn ngữ của bạn).</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Giống cửa sổ</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>@tên TikTok của bạn</translation>
    </message>
    <message>
        <source>The account to follow; empty offers the demo.</source>
        <translation>Tài khoản để theo dõi; để trống sẽ gợi ý bản demo.</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Kênh Twitch của bạn</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>Cũng được theo dõi cùng TikTok khi ứng dụng khởi động (phát trên nhiều nền tảng cùng lúc); để trống: không có. Hãy đăng nhập trước: Stream ▸ Đăng nhập Twitch.</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>Kênh YouTube của bạn</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>Cũng được theo dõi cùng TikTok khi ứng dụng khởi động; @handle, ID kênh hoặc ID video trực tiếp của bạn; để trống: không có. Hãy đăng nhập trước (docs/PLATFORMS.md).</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>Ghi dữ liệu gốc của buổi phát TikTok (để phát lại)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>Giữ những gì TikTok đã gửi, để có thể phát lại và kiểm tra buổi phát sau này.</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Thư mục xuất tự động</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>Nơi mỗi phiên được xuất khi kết thúc; để trống: không xuất tự động. Thư mục tương đối nằm trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>không xuất tự động</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>Các định dạng của lần xuất tự động.</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>định dạng không xác định {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Giây mỗi xu</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>Thời gian mỗi xu của quà tặng đã đếm thêm vào (một Rose thêm một lần, một Galaxy 1.000 lần).</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>số giây mỗi xu phải từ 0 đến 3600</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Giây mỗi lượt đăng ký</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>Thời gian mỗi lượt đăng ký thêm vào.</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>số giây mỗi lượt đăng ký phải từ 0 đến 86400</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Giây mỗi lượt theo dõi</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>Thời gian mỗi lượt follow mới thêm vào (0: follow không thêm gì).</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>số giây mỗi lượt follow phải từ 0 đến 3600</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Thời gian ban đầu (phút)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>Những gì hẹn giờ hiện trước khi bắt đầu và sau khi đặt lại.</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>thời gian bắt đầu phải từ 0 đến 100.000 phút</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Giới hạn (phút, 0 = không)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>Hẹn giờ không bao giờ giữ quá mức này; thời gian vượt quá không được thêm.</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>mức trần phải từ 0 đến 100.000 phút (0: không giới hạn)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Phát lại cũng cộng thời gian</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>Tắt: chỉ buổi phát trực tiếp và bản demo kéo dài hẹn giờ, không phải bản ghi phát lại.</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>Mục tiêu lượt thích đầu tiên</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>Mục tiêu đầu tiên của trang lượt thích (tổng lượt thích của phòng).</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>mục tiêu lượt thích phải là số nguyên ít nhất là 1</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Sau đó mỗi … lượt thích</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>Khi đạt một mục tiêu, mục tiêu tiếp theo cách thêm bấy nhiêu lượt thích.</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>bước mục tiêu lượt thích phải là số nguyên ít nhất là 1</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>Điều khiển OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>Kết nối tới máy chủ WebSocket của OBS: Thêm vào OBS, và các hành động đổi cảnh hoặc hiện nguồn.</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>Máy chạy OBS</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>Nơi OBS chạy: 127.0.0.1 nếu là máy tính này.</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>Cổng WebSocket OBS</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>Cổng máy chủ trong Tools &gt; WebSocket Server Settings của OBS (4455 nếu chưa đổi).</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value} không phải cổng từ 1 đến 65535</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>Tệp client OAuth YouTube</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>Tệp JSON của OAuth client Google của riêng bạn (loại ứng dụng Desktop) để đăng nhập YouTube (docs/PLATFORMS.md hướng dẫn cách tạo).</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>Đơn vị API YouTube mỗi ngày</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>Hạn mức YouTube Data API hằng ngày của dự án Google Cloud của bạn (10.000 trừ khi Google đã tăng).</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>từ 100 đến 100.000.000 đơn vị mỗi ngày</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>Số giờ LIVE YouTube mỗi ngày</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>Chat được đọc với tốc độ giúp hạn mức trong ngày đủ cho bấy nhiêu giờ phát.</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>từ 0,5 đến 24 giờ</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>Một chuỗi quà không có gì mới trong khoảng thời gian này sẽ được đóng và đếm.</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>thời gian chờ của chuỗi phải từ 1 đến 600 giây</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>Cổng cục bộ của các browser source trong OBS.</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value} không phải cổng từ 1024 đến 65535</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>Chỉ dành cho OBS trên máy khác: overlay khi đó có thể truy cập từ ngoài máy này.</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>Phần bí mật trong địa chỉ overlay (đổi bằng &quot;overlay rotate-token&quot;).</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>Bản ghi cũ nhất bị xóa khi vượt quá dung lượng này.</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>giữ ít nhất 10 MB bản ghi</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>Các bản sao lưu cơ sở dữ liệu giữ trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>giữ từ 1 đến 1000 bản sao lưu</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>Giới hạn chung cho các quy tắc của actions.json, theo thời gian phát (0: không giới hạn).</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>số hành động mỗi giây phải từ 0 đến 1000</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Thu nhập</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch và YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hẹn giờ</translation>
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
        <translation>Không có tỷ lệ quy đổi chính thức: đây là ước tính. Mặc định: 0.5 kim cương mỗi xu, USD 0.01 mỗi kim cương (một xu mang lại khoảng USD 0.005).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>Mỗi phiên giữ tỷ lệ lúc bắt đầu. Twitch trả USD 0.01 mỗi Bit và chia sub 50/50 theo mặc định; YouTube giữ 30 % Super Chat, Super Sticker và hội viên.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>Các mốc áp dụng cho số dư kể từ lần rút tiền được ghi gần nhất, qua mọi phiên. TikTok giới hạn rút USD 1,000 mỗi ngày và thanh toán trong 15 ngày.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>Thu nhập cộng thêm thời gian khi bộ hẹn giờ subathon đang chạy hoặc tạm dừng. Bộ hẹn giờ theo đồng hồ thật: vẫn đếm ngược khi ứng dụng đóng và tiếp tục chính xác đến từng giây. Mục tiêu lượt thích là của trang overlay lượt thích.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>Trong OBS: Tools ▸ WebSocket Server Settings, đánh dấu &apos;Enable WebSocket server&apos;, rồi Show Connect Info để xem cổng và mật khẩu. Thêm vào OBS (Thông báo ▸ Overlay cho OBS…) sẽ tạo các nguồn trình duyệt.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>Khi một phiên kết thúc, cơ sở dữ liệu được sao lưu, và nếu đã đặt thư mục thì phiên được xuất vào đó theo các định dạng đã chọn.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} phải là một số, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} phải là số hữu hạn, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>{name} phải lớn hơn 0, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>{name} không được âm, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>{name} phải là mã ba chữ cái như USD hoặc EUR, không phải {value}</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>hãy viết mỗi tỷ giá dạng MÃ=tỷ giá, như EUR=1.08, không phải {value}</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>tiền tệ của một tỷ giá</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>tỷ giá của {code} bị ghi hai lần</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>kim cương mỗi xu tối đa là 1 (nhà sáng tạo không bao giờ nhận nhiều hơn số xu)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} là một tỷ lệ: tối đa 1 (0,5 là 50 %), không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>{name} tối đa là {most}, không phải {value}</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>tỷ giá của {code} tối đa là 1.000.000.000, không phải {value}</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>số kim cương đã báo</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>mốc cần có tên (văn bản)</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>nền tảng của {threshold} phải là một trong: {known}, không phải {value}</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} là mốc của {platform}: đơn vị là tiền (xu và kim cương là của TikTok)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>đơn vị phải là một trong: {known}, không phải {value}</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>tiền tệ của {threshold} phải là mã ba chữ cái như USD, không phải {value}</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} tính bằng {currency}; chỉ quy đổi được {base} và tiền tệ hiển thị {display}</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>cần true hoặc false, không phải {value}</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>cần số nguyên, không phải {value}</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>cần một số, không phải {value}</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>cần văn bản, không phải {value}</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>cần một danh sách văn bản</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>cần một đối tượng</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>cần một danh sách</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>tệp cài đặt phải chứa một đối tượng JSON</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} không phải JSON hợp lệ (dòng {line}): hãy sửa hoặc xóa tệp</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} không phải số nguyên</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} không phải là số</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} là tệp, không phải thư mục: hãy chọn thư mục</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>tỷ giá của {code}</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>số tiền của {threshold}</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} không phải @handle TikTok (2-24 chữ cái, chữ số, &apos;_&apos; hoặc &apos;.&apos;)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>hai mốc có cùng tên</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value} không phải màu như #00b140</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>token phải có ít nhất 128 bit (22 ký tự)</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>nhập máy tính chạy OBS: 127.0.0.1 nếu là máy này</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} không phải tên máy chủ hay địa chỉ IP (nhập không có ws:// hoặc cổng)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} không phải là tệp: hãy chọn JSON bạn đã tải về cho OAuth client của mình</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>Chọn ít nhất một định dạng, hoặc xóa thư mục để tắt xuất tự động.</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>hãy nêu một cài đặt, vd. &quot;streamer-app settings get alerts.volume&quot;</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>không có cài đặt {key} để đổi ở đây: &quot;streamer-app settings show&quot; liệt kê chúng</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>hãy nêu giá trị mới, vd. &quot;streamer-app settings set {key} GIÁ_TRỊ&quot;</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (đã lưu)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Tệp JSON (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>tiền</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>kim cương</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>xu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>Mốc ở dòng {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Hiệu chỉnh</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Rút tiền</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Khóa API Euler Stream</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>ID phiên TikTok</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>Tùy chọn: API key giúp tránh giới hạn tần suất của máy chủ ký. Lưu trong keyring của hệ thống, không bao giờ trong nhật ký, bản ghi hay tệp xuất.</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>Tùy chọn: API key giúp tránh giới hạn tần suất của máy chủ ký. Lưu trong một tệp chỉ bạn đọc được, không bao giờ trong nhật ký, bản ghi hay tệp xuất.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>Để dùng thư mục khác, khởi động với --data-dir THƯ_MỤC hoặc đặt STREAMER_APP_HOME.</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>đã lưu (nhập để thay)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>Mật khẩu WebSocket OBS</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>mật khẩu OBS hiển thị</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>Không đọc được các phiên: {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} xu</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>số kim cương TikTok báo cho buổi phát đó</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>Nhập số kim cương TikTok báo để xem tỷ lệ thực.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>Dùng tỷ lệ này</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>Kim cương được báo</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>Chưa có phiên nào có quà tặng: hãy hiệu chỉnh sau buổi phát đầu tiên.</translation>
    </message>
    <message>
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>Buổi phát đó được {rate} kim cương mỗi xu ({coins} xu).</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>Đã đặt kim cương mỗi xu là {rate}; hãy lưu để giữ làm mặc định.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>amount withdrawn</source>
        <translation>số tiền đã rút</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Ghi lần rút tiền</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>Số dư và các mốc tính từ lần rút tiền gần nhất.</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>số tiền rút phải lớn hơn 0</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>chưa có sổ: hãy phát trực tiếp (hoặc chạy demo) trước</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Không lưu được cài đặt: {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>nguồn không xác định {kind}: hãy chọn {kinds}</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Hãy nhập @handle TikTok của bạn trước (2-24 chữ cái, chữ số, &apos;_&apos; hoặc &apos;.&apos;).</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} không phải @handle TikTok (2-24 chữ cái, chữ số, &apos;_&apos; hoặc &apos;.&apos;)</translation>
    </message>
    <message>
        <source>TikTok @handle</source>
        <translation>@tên TikTok</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>Buổi phát demo</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>Demo Twitch</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>Demo YouTube</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>Kênh Twitch</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>Trò chuyện trực tiếp YouTube</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>Phát lại tệp…</translation>
    </message>
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name} ({kind}) đã được kết nối tối nay</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} không tồn tại</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>không đọc được {path} như một bản ghi ({error})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} không phải bản ghi thô của streamer-app (dòng đầu không phải tiêu đề {fmt})</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path}: tiêu đề bản ghi thiếu {key}</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path}: started_at trong tiêu đề bản ghi không phải ngày ISO</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} không phải bản ghi thô của streamer-app (dòng đầu không phải tiêu đề của {formats})</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>chưa nhập @handle TikTok</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>đã dừng trước khi kết nối tới {handle}</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>Đã đạt giới hạn kết nối của máy chủ ký</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>Đã đạt giới hạn kết nối của máy chủ ký (khóa API Euler Stream sẽ nâng giới hạn)</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} hiện không LIVE; sẽ kết nối ngay khi LIVE bắt đầu</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>LIVE của {handle} bị giới hạn độ tuổi: thêm session id TikTok trong Cài đặt để xem</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>TikTok đã từ chối kết nối (bị chặn); thử lại sau hoặc thêm session id</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>Máy chủ ký cho biết cần gói Euler Stream trả phí</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>Máy chủ ký từ chối dùng session id; hãy xóa nó trong Cài đặt</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>Kết nối trước vẫn đang mở; đang kết nối lại</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>TikTok không có tài khoản LIVE {handle}: kiểm tra lại chính tả @handle</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>Không có mạng: không kết nối được tới TikTok</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>TikTok không cấp kết nối (có thể đang kiểm tra bot)</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>Kết nối thất bại ({error})</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>Không có mạng: không kết nối được tới máy chủ ký</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>Máy chủ ký từ chối khóa API Euler Stream: kiểm tra lại trong Cài đặt</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>Máy chủ ký yêu cầu khóa API Euler Stream: thêm một khóa trong Cài đặt</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>Máy chủ ký không trả lời như mong đợi ({reason})</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>Không có kênh Twitch nào tên {login}.</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>Nhập tên đăng nhập của kênh Twitch (3-25 chữ cái, chữ số hoặc &apos;_&apos;).</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path}: tiêu đề bản ghi Twitch thiếu channel_id</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>hãy đăng nhập YouTube trước: đặt &apos;YouTube OAuth client file&apos; trong cài đặt (hoặc chạy &apos;streamer-app youtube sign-in&apos;), hoặc lưu một khóa API (&apos;streamer-app secrets set youtube-api-key&apos;) để đọc chat công khai</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>đã dừng trước khi buổi phát YouTube bắt đầu</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>không khởi động được nguồn YouTube: thư viện client của Google trong bản cài này không đầy đủ ({error}); hãy cài streamer-app bằng pip để theo dõi YouTube</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} không phải kênh YouTube (@handle hoặc id UC...) hay id hoặc liên kết video</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>hãy đặt &apos;YouTube OAuth client file&apos; trong cài đặt trước (JSON của một OAuth client Desktop từ Google Cloud console; docs/PLATFORMS.md hướng dẫn cách làm)</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>tệp OAuth client YouTube {path} không tồn tại</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path} không phải tệp OAuth client của Google loại ứng dụng Desktop ({error})</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>đăng nhập YouTube chưa hoàn tất ({error})</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>để theo dõi buổi phát của chính bạn, hãy đăng nhập YouTube (khóa API chỉ đọc được chat công khai: hãy nhập id video hoặc kênh thay vào đó)</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>YouTube không có video {video_id} (hoặc video ở chế độ riêng tư)</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>buổi phát trực tiếp của video {video_id} đã kết thúc; không thể đọc chat của nó nữa</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>video {video_id} không phải buổi phát trực tiếp</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>YouTube không có kênh {channel}</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>Hệ thống này chưa cài giọng đọc văn bản nào.</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>Bộ đọc văn bản của hệ thống này không có giọng nào dùng được.</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>Không dùng được tính năng đọc văn bản ở đây ({error}).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>chưa có cơ sở dữ liệu trong {data_dir} để sao lưu</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>không tạo được thư mục sao lưu {folder}: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>không ghi được vào {folder}: thư mục hoặc đĩa của nó chỉ đọc (không có gì thay đổi)</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>cơ sở dữ liệu không qua kiểm tra ({problem}); không tạo bản sao lưu, nên các bản cũ vẫn giữ nguyên</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>đĩa chứa {folder} đã đầy: giải phóng dung lượng rồi thử lại (không tạo bản sao lưu; các bản cũ vẫn giữ nguyên)</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>sao lưu thất bại: {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>giải phóng dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>không tạo bản sao lưu</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>sao lưu thất bại ({error}): {advice}; các bản sao lưu cũ vẫn giữ nguyên</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} không tồn tại hoặc không phải là tệp</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} không phải cơ sở dữ liệu của streamer-app (không phải tệp SQLite); không có gì thay đổi</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>không mở được {path} ({error}); không có gì thay đổi</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} bị hỏng ({problem}); hãy chọn bản sao lưu khác. Không có gì thay đổi</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} là tệp SQLite nhưng không phải cơ sở dữ liệu của streamer-app; không có gì thay đổi</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} được ghi bởi phiên bản streamer-app mới hơn; hãy cập nhật ứng dụng trước. Không có gì thay đổi</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} không phải cơ sở dữ liệu streamer-app đọc được ({error}); không có gì thay đổi</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>tệp đó chính là cơ sở dữ liệu hiện tại; hãy chọn một tệp sao lưu</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>đĩa chứa {folder} đã đầy nên không thể để riêng cơ sở dữ liệu hiện tại: giải phóng dung lượng rồi thử lại; không có gì thay đổi</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>không thể để riêng cơ sở dữ liệu hiện tại ({error}): đóng mọi chương trình đang dùng nó rồi thử lại; không có gì thay đổi</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>kiểm tra thư mục</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>không thể để riêng cơ sở dữ liệu hiện tại ({error}): {advice}; không có gì thay đổi</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>cơ sở dữ liệu trước của bạn nằm ở {path}</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>không có cơ sở dữ liệu trước đó</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>cơ sở dữ liệu đã khôi phục không qua kiểm tra; {previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>đĩa đã đầy nên không khôi phục được bản sao lưu: giải phóng dung lượng rồi thử lại; {previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>cơ sở dữ liệu đang được dùng ({error}): đóng streamer-app rồi thử lại</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>{path} có quà tặng mới trong tệp -wal mà SQLite chỉ đọc được từ thư mục ghi được: hãy sao chép cả thư mục {folder} tới nơi ghi được và dùng --data-dir ở đó (không có gì thay đổi)</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} không phải cơ sở dữ liệu streamer-app đọc được (có thể đã hỏng). Khôi phục bản sao lưu bằng &apos;streamer-app restore FILE&apos; hoặc di chuyển tệp đi để bắt đầu lại.</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} chỉ đọc: kiểm tra quyền của tệp và đĩa không bị gắn ở chế độ chỉ đọc, hoặc chọn --data-dir khác.</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>không mở được {path}: kiểm tra thư mục tồn tại và ghi được, hoặc chọn --data-dir khác.</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>đĩa chứa {path} đã đầy: giải phóng dung lượng rồi thử lại (không mất dữ liệu đã lưu).</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>không ghi được {path} (lỗi I/O đĩa): đĩa có thể đầy, vượt hạn mức, bị rút ra hoặc hỏng; giải phóng dung lượng hoặc kiểm tra ổ đĩa (không mất dữ liệu đã lưu).</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>sự cố cơ sở dữ liệu với {path}: {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>không tạo được thư mục dữ liệu {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>{path} không qua được kiểm tra toàn vẹn ({problem}). Không có gì thay đổi; khôi phục bản sao lưu bằng &apos;streamer-app restore FILE&apos; hoặc chạy &apos;streamer-app doctor&apos;.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} được ghi bởi phiên bản streamer-app mới hơn (các bước lược đồ {steps}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>bản sao lưu {target} không qua kiểm tra; bản gốc vẫn nguyên vẹn</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>không cập nhật được cơ sở dữ liệu: {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>đang khôi phục trong {folder}: hãy mở lại streamer-app khi xong</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>không ghi được vào {folder} ({error}); không có gì thay đổi</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>streamer-app đang chạy trên thư mục dữ liệu này: hãy dùng bảng bộ đếm trong cửa sổ của nó (hoặc dừng nó trước)</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>không lưu được bộ đếm: {problem}</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>Thu nhập ước tính</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Xu</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Kim cương</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Người tặng</translation>
    </message>
    <message>
        <source>Gifts / min</source>
        <translation>Quà / phút</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Sub được tặng</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Người ủng hộ</translation>
    </message>
    <message>
        <source>Raids</source>
        <translation>Raid</translation>
    </message>
    <message>
        <source>Super Chats</source>
        <translation>Super Chat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>Hội viên được tặng</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>theo {rate} kim cương/xu</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>người xem đã chi ≈ {money}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} chuỗi đóng không có kết thúc</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} lượt theo dõi mới</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>5 phút gần nhất</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>SẴN SÀNG</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>ĐANG CHẠY</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>TẠM DỪNG</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>HẾT GIỜ</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>HẸN GIỜ SUBATHON</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>Bắt đầu buổi phát (hoặc demo) để chạy bộ hẹn giờ.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>Bớt {time}</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>Thêm {time}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>Về thời gian ban đầu và dừng (hỏi trước)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>{time} added</source>
        <translation>đã thêm {time}</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>đã bớt {time}</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} xu</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} lượt theo dõi</translation>
    </message>
    <message>
        <source>from {income}</source>
        <translation>từ {income}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cap {time}</source>
        <translation>tối đa {time}</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 xu = {seconds} giây</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>Đặt lại bộ hẹn giờ subathon?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>Bộ hẹn giờ về thời gian ban đầu và dừng lại. Thời gian đã cộng sẽ mất (quà tặng vẫn còn trong sổ ghi).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>live</source>
        <translation>đang diễn ra</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>chưa xong</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>bạn thắng</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>hòa</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>bạn thua</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} nữa</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} xu</translation>
    </message>
    <message>
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>Quà người xem của bạn tặng khách mời (LIVE nhiều khách mời và đồng tổ chức).</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>Đây là thu nhập của khách mời: không tính vào xu, kim cương, thu nhập hay ngưỡng rút tiền của bạn.</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name}: {coins} xu, 1 quà tặng</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name}: {coins} xu, {gifts} quà tặng</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>Quà đầu tiên</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>Cho khách</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>Tổng lượt thích của phòng (TikTok đếm)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>Người xem tặng quà đầu tiên cho bạn tối nay</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>Điểm LIVE Match: là điểm số, không phải xu hay tiền</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>Người tặng</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Xu</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Người ủng hộ</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Hội viên</translation>
    </message>
</context>
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>streamer-app đọc Bits, sub, người theo dõi và chat của kênh bạn bằng ứng dụng Twitch của chính bạn. Hãy đăng ký một ứng dụng tại {console} (Client Type: {public}, OAuth redirect {redirect}) rồi dán Client ID của nó vào đây.</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>Đăng nhập Twitch — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>Mở twitch.tv/activate</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>Dán Client ID của ứng dụng từ dev.twitch.tv/console (khoảng 30 chữ và số).</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Đang chờ…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>Đang xin mã từ Twitch…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>Mở twitch.tv/activate, kiểm tra mã này hiện ra rồi chọn Authorize. Đang chờ…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>Đăng nhập Twitch thất bại: {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>Đã đăng nhập Twitch với tên {login}.</translation>
    </message>
</context>
</TS>
