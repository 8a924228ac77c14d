<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>Card</name>
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
        <source>TOP GIFTERS</source>
        <translation>NGƯỜI TẶNG HÀNG ĐẦU</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Lần này chưa có quà — cảm ơn đã xem!</translation>
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
</context>
<context>
    <name>Headless</name>
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
        <source>top gifters: {names}</source>
        <translation>người tặng hàng đầu: {names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
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
        <source>Platform</source>
        <translation>Nền tảng</translation>
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
        <source>Est.</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Người tặng</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Theo nền tảng</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Thu nhập</translation>
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
        <source>{count} gifts</source>
        <translation>{count} quà tặng</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Mỗi phiên được ước tính theo tỷ giá lúc ghi lại.</translation>
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
        <source>Gifts to guests</source>
        <translation>Quà cho khách mời</translation>
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
        <source>Top gifters</source>
        <translation>Người tặng hàng đầu</translation>
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
</context>
</TS>
