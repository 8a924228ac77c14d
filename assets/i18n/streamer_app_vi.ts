<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
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
</TS>
