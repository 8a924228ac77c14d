<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>Card</name>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · LIVE {hours} j {minutes} m</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · LIVE {minutes} mnt</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>RANGKUMAN LIVE</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>RANGKUMAN {count} LIVE</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Siaranmu</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>koin</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} perkiraan · ~{diamonds} berlian</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>hadiah</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>pemberi hadiah</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>pengikut baru</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>PEMBERI HADIAH TERATAS</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Belum ada hadiah kali ini — terima kasih sudah menonton!</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>KOIN DARI WAKTU KE WAKTU</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Berikutnya: {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Semua target penarikan tercapai</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Perkiraan dari buku catatanku sendiri; angka TikTok bisa berbeda.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Perkiraan dari buku catatanku sendiri; angka platform bisa berbeda.</translation>
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
    <message>
        <source>wrote {path}</source>
        <translation>ditulis: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>cadangan disimpan: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>cadangan disimpan: {path} ({keep} terbaru disimpan)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file} dipulihkan: sesi {sessions}, hadiah terhitung {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>database sebelumnya disimpan sebagai {path}</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Sesi {id} (dilanjutkan) berakhir: {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Sesi {id} (baru) berakhir: {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>koin {coins} | berlian ~{diamonds} | perkiraan penghasilan {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>hadiah {gifts} dari {gifters} pemberi hadiah | pengikut {follows} | bagikan {shares} | komentar {comments} | suka {likes}</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>pemberi hadiah teratas: {names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>still open</source>
        <translation>masih berjalan</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} sesi</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sesi</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>hadiah</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>pemberi hadiah</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>berlian (perk.)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>belanja penonton (perk.)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>langganan</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>keanggotaan</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>pengikut baru</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>puncak penonton</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>dan {count} pemberi hadiah lainnya</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>Hadiah yang dikirim penonton ke tamumu: penghasilan mereka, tidak masuk total mana pun di atas. Dicatat terpisah di buku catatanmu.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Setiap platform dalam satuannya sendiri, dan berapa penghasilanmu darinya (perkiraan, dengan tarif tiap sesi).</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Mulai (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Koin</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Pemberi hadiah</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Perk.</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Pemberi hadiah</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>saldo sejak penarikan terakhir (perk.)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>koin per hari, 14 hari terakhir</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>hari untuk menariknya dengan batas harian</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Ambang berlaku untuk saldo sejak penarikan terakhir yang tercatat, dari semua sesi.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>Tanggal perkiraan menganggap rata-rata koin per hari dalam 14 hari terakhir berlanjut.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Perencana penarikan</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Koneksi terputus</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>Tidak ada hadiah yang terhitung.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Semua tamu</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>koin</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>perkiraan penghasilan</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>tercapai</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Berlian per koin</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD per berlian</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Hadiah per jenis</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Koin per hadiah.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>ringkasan</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>tidak ada penghasilan terbaru untuk perkiraan</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Tarif yang dipakai</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Mata uang tampilan</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Perkiraan penghasilan</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>Penonton membayar per koin</translation>
    </message>
    <message>
        <source>{count} gifts</source>
        <translation>{count} hadiah</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Setiap sesi diperkirakan dengan tarif saat direkam.</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Setiap platform membayar saat saldonya sendiri mencapai minimum (perkiraan sejak penarikan terakhir yang tercatat).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>koin · ~{diamonds} berlian</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>sekitar {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} koin</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>TikTok mengizinkan penarikan paling banyak {cap} USD per hari dan membayar dalam {days} hari setelah penarikan.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>Per {date}. Perkiraan, bukan angka TikTok.</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Tidak terputus: koneksi bertahan sepanjang waktu, jadi totalnya lengkap.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Selama koneksi terputus, hadiah mungkin tidak tercatat di total ini ({length} seluruhnya; waktu dalam UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} hadiah beruntun tidak pernah mengirim pesan akhirnya; dihitung sampai jumlah tertingginya.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTok tidak memublikasikan konversi; ini pengaturan yang dipakai untuk menghitung perkiraan.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Hadiah per menit</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>Hadiah per 5 menit</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>Hadiah per 15 menit</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Hadiah per jam</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Hadiah per hari</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Hadiah per minggu</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Hadiah yang dihitung di tiap kolom, diarsir saat koneksi terputus.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Hadiah yang dihitung di tiap kolom.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>Ringkasan sesi LIVE</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Ringkasan sesi</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>perkiraan saldo sejak penarikan terakhir</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>ambang belum tercapai</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>ambang tercapai</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>koneksi terputus</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>Saldo sejak penarikan terakhirmu, dibandingkan ambang penarikanmu.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Dibuat dengan streamer-app {version} dari buku catatan lokalmu sendiri · dibuat {when} UTC · angka perkiraan, bukan dari TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Hadiah untuk tamu</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>Hadiah yang dikirim penonton ke tamumu: penghasilan mereka, tidak masuk total mana pun di atas.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} koin, {gifts} hadiah</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**Per platform:**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(perk. {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} koin** · ~{diamonds} berlian · perk. **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} hadiah dari {gifters} pemberi hadiah · {follows} pengikut · {shares} bagikan · {likes} suka</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>perk. **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} pengikut · {subs} langganan dan keanggotaan · {comments} komentar</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Pemberi hadiah teratas</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**Hadiah teratas:**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Penarikan di Twitch dan YouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(perk. {money} sejak penarikan terakhir)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Saldo sejak penarikan terakhir:** {money} ({coins} koin)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Berikutnya: {threshold} — {percent}, dengan laju terbaru sekitar {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Berikutnya: {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Semua ambang penarikan sudah tercapai ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} koneksi terputus ({length}): hadiah yang dikirim saat itu mungkin tidak tercatat.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} koneksi terputus ({length}): hadiah yang dikirim saat itu mungkin tidak tercatat.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Perkiraan: {diamonds} berlian per koin, {currency} {money} per berlian; angka TikTok bisa berbeda.</translation>
    </message>
</context>
</TS>
