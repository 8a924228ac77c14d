<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} minimal {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} maksimal {high}</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>{field} punya kurung kurawal yang tidak ditutup: tulis {example} untuk nilai, {braces} untuk kurung kurawal itu sendiri</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>{field} menyebut {name}, yang tidak dikenal: gunakan {known}</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>{field} tidak bisa diisi: cukup pakai {plain} atau {commas}</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>{field} harus berupa nama file di dalam folder media/ (seperti roar.mp3), bukan path</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>{field} harus berupa nama file di dalam folder media/ (seperti roar.mp3), tanpa ..</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>{field} harus diawali http(s)</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>{field} harus salah satu dari: {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} harus bilangan bulat</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} harus angka</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>{field} harus objek JSON, seperti {example}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>{field} tidak boleh kosong</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} harus true atau false</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} belum diisi</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} bukan kolom aksi ini (kolomnya: {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} bukan kolom event ini (kolomnya: {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>{field} harus objek seperti {example}</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>{field} harus daftar berisi minimal satu aksi, seperti {example}</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>{field} harus objek dengan type</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>{field} harus objek dengan name, when, dan do</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} bukan kolom aturan (kolomnya: {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>Aksi sedang tidak berjalan (mulai dulu siaran, demo, atau replay dengan aksi).</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>&quot;{rule}&quot; tidak dijalankan: antrean aksi penuh</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>&quot;{rule}&quot; dijalankan: lihat log aksi</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>Hanya event dari platform ini (kosong: semua)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>Minimal (koin)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>Koin hadiah yang dihitung: jumlah × harga, seperti di baris catatannya</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>ID hadiah</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>Hanya hadiah ini (kosong: semua)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host: hanya hadiah untukmu, bukan untuk tamu di layar</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Sebuah hadiah</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>Sekali per hadiah yang dihitung (satu baris catatan): hadiah beruntun terpicu sekali, di akhirnya</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>Pengikut baru</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>Sebuah bagikan</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>Sebuah langganan</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>Setiap N suka</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>Setiap (suka)</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>Terpicu setiap kali total suka ruang melewati kelipatan angka ini</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>Hadiah pertama penonton</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>Hadiah pertama penonton untukmu</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>Target penarikan tercapai</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>Nama target</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>Hanya target ini (kosong: semua)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>Sekali per target per sesi</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>Timer subathon selesai</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Putar suara</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>File suara</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>File di folder media/ dalam folder data</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>Diputar oleh halaman media overlay (dan jendela): sekali per hadiah yang dihitung, tidak per ketukan</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>Ucapkan teks</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>mis. &quot;Makasih {user} untuk {gift}!&quot;</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>Nama suara yang dikenal sistem (kosong: bawaan)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>Tampilkan gambar, GIF, atau video</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>File media</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>Tampil selama (dtk)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>Permintaan OBS</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>Jenis permintaan obs-websocket 5, mis. SetCurrentProgramScene</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>Data permintaan</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>mis. {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Panggil webhook</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</source>
        <translation>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</translation>
    </message>
    <message>
        <source>Discord text</source>
        <translation>Teks Discord</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Batas waktu (dtk)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>Tambah waktu ke timer</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Detik</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>Tampilkan notifikasi sendiri</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} kosong: ketik nama scene seperti yang ditampilkan OBS</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} kosong: ketik nama source seperti yang ditampilkan OBS</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} juga nama aturan {number}: beri tiap aturan nama sendiri</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)</source>
        <translation>Suara (*.mp3 *.wav *.ogg *.m4a *.opus)</translation>
    </message>
    <message>
        <source>Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</source>
        <translation>Gambar, GIF, dan video (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>file di folder media</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pilih file</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>File tidak bisa disalin ke {folder}: {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>Hadiah apa saja</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} koin (ID {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>Pilih hadiah, atau ketik ID-nya</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(semua)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>Kamu bisa memakai {names}, dan lainnya.</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>siapa saja (kamu dan tamu)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>hanya kamu (host)</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>Aksi — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>Periksa semua aturan dan tulis actions.json (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>Aturan baru</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>Salinan aturan yang dipilih</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>Hapus aturan yang dipilih (berlaku saat disimpan)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Naikkan aturan</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Turunkan aturan</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Uji aturan ini</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>Jalankan aksinya sekarang dengan event contoh (tanpa filter dan jeda)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} Perbaiki file secara manual ({path}) lalu buka lagi jendela ini, atau buat aturan di sini: sebelum mengganti file akan ditanyakan dulu.</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>Aturan di actions.json tidak bisa dibaca sampai file diperbaiki (lihat di atas).</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>Aturan di {file} yang bermasalah, nonaktif sampai diperbaiki: {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>Tidak ada yang disimpan: {rule} bermasalah (ditandai merah).</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>Tidak ada yang disimpan: file yang rusak tetap disimpan.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Tidak ada yang disimpan: {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>{count} disimpan ke {path}. Berlaku mulai event berikutnya.</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>Simpan aksi?</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>Perubahan aksimu belum disimpan.</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>Ganti actions.json?</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

Ganti dengan {count} yang tampil di sini? Salinan file yang rusak disimpan di sebelahnya.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>Aturan ini bermasalah: pilih untuk melihatnya.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Perbaiki dulu kolom yang ditandai merah.</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>Uji gagal: {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>Log ({count} gagal)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>{file} tidak bisa dibaca: {error}.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} bukan JSON yang valid: baris {line}, kolom {column}: {reason}. Tidak ada aksi yang berjalan sampai diperbaiki.</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} baris 1: harus objek {example}. Tidak ada aksi yang berjalan sampai diperbaiki.</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>Mengirim teks Discord di bawah, seperti yang diharapkan webhook Discord; jika tidak, event sebagai JSON</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>Format Discord</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>Aksi tidak dikenal &quot;{type}&quot;</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… atau alamat https:// milikmu</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>Lakukan lebih awal</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>Lakukan lebih akhir</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Hapus aksi ini</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>Hadiah: pilih dari daftar, atau ketik ID-nya (bilangan bulat)</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>mis. Lion: auman dan scene Lion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>Hapus centang untuk menyimpan aturan tanpa menjalankannya</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>Minimal sekian detik di antara dua kali aturan ini berjalan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>Jeda (dtk)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Lakukan</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Tambah aksi</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>Tambahkan minimal satu aksi: apa yang harus terjadi saat event ini datang?</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>hadiah {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>{gift} pertama</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Sebuah hadiah</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>Hadiah pertama</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(tanpa event)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>Setiap {count} suka</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{what} {coins}+ koin</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>{what} untukmu</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{what} di {platform}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>scene OBS {name}</translation>
    </message>
    <message>
        <source>OBS show {name}</source>
        <translation>OBS tampilkan {name}</translation>
    </message>
    <message>
        <source>OBS hide {name}</source>
        <translation>OBS sembunyikan {name}</translation>
    </message>
    <message>
        <source>OBS restart {name}</source>
        <translation>OBS mulai ulang {name}</translation>
    </message>
    <message>
        <source>OBS text {name}</source>
        <translation>teks OBS {name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>suara {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>tampilkan {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>ucapkan &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>notifikasi &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>timer {seconds} dtk</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 aturan</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} aturan</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>Belum ada aturan. Klik Tambah untuk membuatnya: misalnya, saat Lion datang, putar roar.mp3 dan pindahkan OBS ke scene Lion.</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>aturan {number} &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>aturan {number}</translation>
    </message>
</context>
<context>
    <name>ActionsLogView</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>Hanya yang gagal</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>Sembunyikan yang berhasil: yang gagal dan alasannya, serta yang dibuang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>1 baris, {failed} gagal.</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} baris, {failed} gagal.</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>Aksi berjalan selama siaran, demo, atau replay dengan aksi berjalan.</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>Dibuang (antrean penuh): {count}.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Belum ada.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>HADIAH PERTAMA!</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} hadiah lagi untuk tamu</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} hadiah lagi, {coins} koin</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>mengirim {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>untuk {guest}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} koin</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>notifikasi streamer-app</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>seorang tamu</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} mengirim {count} {gift}</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>cadangan disimpan: {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>pencadangan otomatis gagal: {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>folder ekspor otomatis {folder} tidak dapat dibuat ({error}): pilih folder lain di pengaturan</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>ekspor otomatis tidak dapat membaca basis data: {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>diekspor: {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>ekspor {format} otomatis gagal: {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>tidak ada yang diekspor otomatis: {error}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>viewer {id}</source>
        <translation>penonton {id}</translation>
    </message>
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
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money} perkiraan · {figures}</translation>
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
        <source>subs &amp; members</source>
        <translation>sub &amp; member</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>pendukung</translation>
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
        <source>TOP SUPPORTERS</source>
        <translation>PENDUKUNG TERATAS</translation>
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
        <translation>terima kasih</translation>
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
        <source>{name} cleared</source>
        <translation>{name} dihapus</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>tidak ada {name} yang diberikan; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>itu tidak tampak seperti {name} (terlalu pendek atau berisi spasi); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>{name} disimpan di {where}: {mask}</translation>
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
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>sebutkan berapa detik yang ditambahkan, mis. &apos;streamer-app timer add 300&apos; (negatif mengurangi)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>siaga</translation>
    </message>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} koin</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} koin</translation>
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
        <translation>{count} follow</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} follow</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left (ends {time})</source>
        <translation>Timer subathon: {status}, sisa {left} (berakhir {time})</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>Timer subathon: {status}, sisa {left}</translation>
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
        <translation>ditambah {time} (pemasukan: {income})</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>ditambah {time}</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>dikurangi {time} (pemasukan: {income})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>dikurangi {time}</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>Aturan: 1 koin = {coin} dtk, 1 sub = {sub} dtk, 1 follow = {follow} dtk, batas {cap}.</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>Aturan: 1 koin = {coin} dtk, 1 sub = {sub} dtk, 1 follow = {follow} dtk.</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>tidak ada halaman overlay bernama {page}: pilih dari {pages}</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>Menghubungkan ke OBS di {host}:{port}…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>Catatan: OBS berjalan di komputer lain, tetapi tautan overlay mengarah ke 127.0.0.1 (komputer ini bagi OBS): nyalakan overlay_lan dan ubah alamat di setiap sumber (docs/OBS.md).</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>Token overlay baru disimpan: tautan overlay lama berhenti berfungsi setelah streamer-app dimulai ulang (atau langsung di jendela). Sumber yang dibuat &apos;Tambahkan ke OBS&apos; mendapat tautan baru saat jendela berikutnya terhubung ke OBS (atau jalankan &apos;streamer-app overlay add-to-obs&apos;); perbarui sumber browser OBS lainnya dengan:</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>Akses LAN aktif: di perangkat lain gunakan alamat IP komputer ini, bukan 127.0.0.1.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>diatur</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>keyring sistem</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path} (hanya bisa dibaca olehmu)</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>disimpan di: {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>client id aplikasi Twitch milikmu (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, redirect OAuth http://localhost; docs/PLATFORMS.md)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>client id</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>keluar dari Twitch (client id tetap disimpan)</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>Client id Twitch ({help}): </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>berikan {help} dengan --client-id; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>Buka {url} dan masukkan kode {code} agar streamer-app bisa membaca Bits, sub, pengikut, dan chat channel-mu. Menunggu...</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>masuk ke Twitch sebagai {login}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>kunci API</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>file klien OAuth</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>keluar dari YouTube (pengaturan file klien OAuth tetap disimpan)</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>masuk ke YouTube; info masuk disimpan di {where}</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>MENYAMBUNG</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>MENYAMBUNG ULANG</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>MENUNGGU</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>DIBATASI</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>DIJEDA</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>SELESAI</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>TIDAK TERSAMBUNG</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>RIWAYAT</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Sambungkan</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ Tambah sumber</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} penonton</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>Pilih sumber lalu sambungkan</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>Sambungkan ke sumber yang dipilih (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>Jalankan juga sumber yang dipilih di samping yang tersambung (beberapa platform sekaligus)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} dtk</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — coba lagi dalam {wait}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>coba lagi dalam {wait}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The browser overlay is not available in this build.</source>
        <translation>Overlay browser tidak tersedia di versi ini.</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>Server overlay tidak dapat dimulai: {error}</translation>
    </message>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>Overlay untuk OBS: {url}  (Notifikasi ▸ Overlay untuk OBS… untuk semua tautan)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ akses LAN aktif</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>Perkiraan pendapatan</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Umpan langsung</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Pemberi hadiah teratas</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Pendukung teratas</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Hadiah per jenis</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Memuat grafik…</translation>
    </message>
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ Buku catatan bermasalah: {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ Koneksi terputus 1 kali ({time} total): hadiah yang dikirim saat terputus mungkin tidak ada di total ini.</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ Koneksi terputus {count} kali ({time} total): hadiah yang dikirim saat terputus mungkin tidak ada di total ini.</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Sesi #{id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>hanya baca</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor: memeriksa {path}</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>tidak diperiksa: pengaturan tidak bisa dibaca</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>kontrol OBS mati (Pengaturan ▸ OBS); &apos;Tambahkan ke OBS&apos; hanya terhubung saat diminta</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>tempel kata sandi dari &apos;Show Connect Info&apos; OBS ke Pengaturan ▸ OBS</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>tidak terjangkau di {host}:{port}</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} menjawab di {host}:{port} dan menerima kata sandinya</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>kosongkan ruang disk (disk atau kuotamu penuh), atau pilih folder lain dengan --data-dir</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>disk hanya-baca: pasang ulang agar bisa ditulis atau pakai disk lain, atau pilih folder lain dengan --data-dir</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>perbaiki izin folder (kamu harus bisa menulis di sana), atau pilih folder lain dengan --data-dir</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>sistem berkata: {error}; periksa disk, atau pilih folder lain dengan --data-dir</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} adalah file, bukan folder</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>pindahkan file itu, atau pilih folder lain dengan --data-dir</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} tidak ada dan tidak bisa dibuat</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>pilih folder yang bisa kamu tulisi dengan --data-dir atau STREAMER_APP_HOME</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>{path} akan dibuat pada siaran pertama</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>tidak bisa menulis di {path} ({error})</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path}: hanya {mb} MB kosong</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>kosongkan ruang disk: buku besar dan rekaman butuh ruang untuk bertambah</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} bisa ditulis ({gb} GB kosong)</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>perbaiki nilai di {path}, atau hapus file itu untuk mulai dari bawaan</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>pengaturan valid</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>pulihkan cadangan terbaru: streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>tidak ada cadangan: pindahkan file itu untuk memulai database baru (simpan; mungkin masih bisa dipulihkan)</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>belum ada database: dibuat oleh siaran pertama</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>tidak bisa membaca {path} ({error})</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>perbaiki izin file</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} bukan database SQLite (rusak atau tertimpa)</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>tidak bisa membuka {path} ({error})</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>{path} gagal dalam pemeriksaan integritas ({problem})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} bukan database streamer-app</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>pindahkan (streamer-app akan membuat yang baru), atau pulihkan cadangan</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} ditulis oleh streamer-app yang lebih baru</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>perbarui aplikasi</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>{path} tidak bisa dibaca ({error})</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>{name} lolos pemeriksaan: {sessions} sesi, {rows} baris buku besar ({mb} MB)</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>belum ada cadangan</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>buat sekarang: streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>{count} cadangan, terbaru {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>port {port} di {host} sudah dipakai</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>jika streamer-app sudah berjalan, itu wajar; jika tidak, tutup program yang memakainya, atau pilih port lain: --overlay-port {port} (atau overlay_port di pengaturan)</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>port {port} bebas untuk server overlay</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>Qt bawaan (diperiksa saat jendela dibuka)</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 termuat dan berjalan (offscreen)</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 tidak berjalan: {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>instal ulang aplikasi (pip install --force-reinstall streamer-app), dan instal pustaka sistem yang tercantum di bawah jika ada</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>PySide6 tidak berjalan dalam batas waktu</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>jalankan &apos;streamer-app -v&apos; untuk melihat di mana ia macet</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>tidak bisa diperiksa (ldd atau plugin xcb tidak ada)</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>jika jendela tidak terbuka, instal libxcb-cursor0 dan libxkbcommon-x11-0</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>tidak ada: {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>instal, di Debian/Ubuntu: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>semua pustaka yang dibutuhkan plugin jendela X11 (xcb) tersedia</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>tidak ada DISPLAY atau WAYLAND_DISPLAY: tidak ada desktop untuk membuka jendela</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>pakai --headless di sini, atau jalankan dari sesi desktop</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>disimpan di keyring sistem</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>disimpan di {path}, hanya bisa dibaca olehmu (tidak ada keyring sistem)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>folder data</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>port overlay</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>pustaka jendela Qt</translation>
    </message>
    <message>
        <source>display</source>
        <translation>layar</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>rahasia</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>MASALAH</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see the advice after each one.</source>
        <translation>{problems} masalah dan {warnings} peringatan: lihat saran setelah masing-masing.</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>Tidak ada masalah; {warnings} peringatan.</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>Semua tampak baik.</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>Sesi ini</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>Saldo sejak penarikan terakhir</translation>
    </message>
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>Saldo sejak penarikan terakhir {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ tercapai: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Penarikan pertama</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Minimum penarikan</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Targetku</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Minimum pembayaran Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Ambang pembayaran YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{name} {amount}</source>
        <translation>{name} {amount}</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} berlian</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} koin</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ tercapai</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · belum ada pendapatan terbaru untuk diproyeksikan</translation>
    </message>
</context>
<context>
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>dihentikan sebelum sumber dimulai</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>sumber berakhir</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>Siaran demo berakhir</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>Siaran demo Twitch berakhir</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>Siaran demo YouTube berakhir</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>akhir rekaman</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>Kreator mengakhiri LIVE</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>Akses Twitch berakhir</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>chat langsung YouTube berakhir</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Terjadi kesalahan: {error}.</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>thread latar belakang</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>Terjadi kesalahan di {thread}: {error}.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Detailnya ada di log: {path}</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>hadiah pertama!</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>seorang tamu</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>untuk {guest}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Seseorang</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} mengikuti</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} membagikan siaran</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} berlangganan</translation>
    </message>
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name} melakukan raid dengan {count} penonton</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>Laporan HTML</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>Ringkasan JSON</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>Catatan hadiah CSV</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Ringkasan Markdown</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>Kartu PNG untuk dibagikan</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>catatan hadiah</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>Belum ada yang bisa diekspor: mulai demo atau sambungkan ke siaran dulu.</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Ekspor sesi</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>Ekspor sedang berjalan: tunggu hingga selesai.</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>Mengekspor sesi #{id} sebagai {format}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Exporting the {part}: {done} of {total}</source>
        <translation>Mengekspor {part}: {done} dari {total}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Ekspor gagal: {error}</translation>
    </message>
    <message>
        <source>Exported: {files}</source>
        <translation>Diekspor: {files}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>Selamat datang di streamer-app</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>Notifikasi hadiah langsung, catatan koin dan berlian yang akurat, serta pendapatanmu dibanding target penarikan — tepat di samping siaranmu.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  Coba siaran demo</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Sambungkan</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>atau LIVE dengan akun TikTok-mu:</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Itu bukan @nama TikTok (2-24 huruf, angka, &apos;_&apos; atau &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Koin</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>ledger: {problem}</source>
        <translation>buku besar: {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>timer subathon mencapai nol</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>koneksi terputus: {length} mungkin hilang</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>{length} waktu siaran | {paid} | perkiraan {earnings}</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>belum ada pesan berbayar</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>{length} waktu siaran | {gifts} hadiah | {coins} koin | perkiraan {earnings} | {gifters} pemberi hadiah</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>timer {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>buku besar tertinggal {count} baris</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>dijeda {left}</translation>
    </message>
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
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | perkiraan penghasilan {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>tidak ada pesan berbayar</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>pemberi hadiah teratas: {names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>{count} baris buku besar ditolak karena tidak konsisten dan disisihkan di {path}; selebihnya tersimpan</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>hadiah untuk tamu (penghasilan mereka, tidak masuk totalmu): {coins} koin, {guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>{count} hadiah pertama: penonton yang memberimu hadiah untuk pertama kali</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>{count} pesan hadiah kiriman ulang diabaikan</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>{count} hadiah beruntun ditutup tanpa pesan akhir</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>{count} putusnya koneksi: total mungkin kehilangan hadiah yang dikirim saat itu</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>timer subathon {state} (ditambah {time} dari {coins} koin, {subs} sub, {follows} follow)</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>buku besar tidak bisa ditulis</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>TIDAK TERSIMPAN: {why}; file buku besar tidak bisa dibaca untuk mengetahui berapa banyak sesi ini yang tersimpan</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>TIDAK TERSIMPAN: {why}. Buku besar berisi {saved_gifts} dari {gifts} hadiah ini ({saved_coins} dari {coins} koin); sisanya hilang saat proses ini berakhir (rekaman, jika ada, bisa diputar ulang setelah masalahnya teratasi)</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>malam ini: perkiraan {earnings} ({platforms}) | {gifts} hadiah | {coins} koin</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform}: tidak berjalan: {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>Total malam ini: perkiraan penghasilan {earnings} dari {count} sesi: {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>tidak termasuk total: {platform} {amount} {currency} (mata uang berbeda dari sesi pertama)</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>TIDAK semuanya tersimpan: lihat setiap sesi di atas</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>rata-rata sesi</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durasi</translation>
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
        <source>Est. earnings</source>
        <translation>Perk. pendapatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Ekspor ▾</translation>
    </message>
    <message>
        <source>Export the selected session ({formats})</source>
        <translation>Ekspor sesi yang dipilih ({formats})</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Memuat sesi…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>Sesi tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>Sesi: {count}. Klik dua kali untuk membuka (hanya baca).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>Belum ada sesi: mulai demo atau sambungkan ke siaran.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS: tautan {count} sumber streamer-app sudah usang dan kini memakai token dan port terbaru.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Riwayat…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>&amp;Ekspor sesi ini</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Siaran</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>S&amp;ambungkan</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Putuskan</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>Mulai &amp;demo</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>Masuk ke &amp;Twitch…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Notifikasi</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>Tampilkan jendela &amp;notifikasi</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>&amp;Tes notifikasi</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>&amp;Overlay untuk OBS…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>A&amp;ksi…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Bisukan suara</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Latar</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>Chroma key (hijau)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparan</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Selalu di atas</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>Suara notifikasi dibisukan</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>Suara notifikasi aktif</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Pengaturan tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>Server overlay sedang dimulai…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>Aksi disimpan: {count} aturan.</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>Token overlay baru: tempel tautan baru ke OBS.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>Sumber itu sudah tersambung.</translation>
    </message>
    <message>
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>{source} ditambahkan: sesinya sendiri, masuk total malam ini.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Masuk ke Twitch sebagai {login}</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Memutuskan…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Selesai: {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>Selesai: {reason} — catatan tidak dapat menulis semuanya</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>Sesi disimpan — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>Siaran berhenti: {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>Riwayat — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>Menyimpan catatan…</translation>
    </message>
</context>
<context>
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>Beralih ke adegan</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>Tampilkan sumber</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>Sembunyikan sumber</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>Mulai ulang sumber media</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>Atur teks sumber teks</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>Permintaan lain (lanjutan)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Adegan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Data (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>Tulis nama adegan (seperti di OBS).</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>Tulis nama sumber (seperti di OBS).</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>Ketik teks yang akan ditampilkan.</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>Tulis permintaan obs-websocket 5.</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>mis. Singa</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>mis. Video singa</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>mis. Terima kasih, {user}!</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>OBS akan</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>Dari OBS ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>Pilih adegan dari yang ada di OBS (OBS harus berjalan)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>Pilih sumber dari yang ada di OBS (OBS harus berjalan)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>Menanyakan OBS…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>OBS tidak dapat ditanya: {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>OBS tidak punya adegan</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>OBS tidak punya sumber</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS: mati</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS: tidak tersambung</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: menyambungkan…</translation>
    </message>
    <message>
        <source>OBS: connected</source>
        <translation>OBS: tersambung</translation>
    </message>
    <message>
        <source>OBS: wrong password</source>
        <translation>OBS: kata sandi salah</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>Kontrol OBS mati (Pengaturan ▸ OBS); Tambahkan ke OBS tetap berfungsi.</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>Tidak tersambung ke OBS: mencoba lagi diam-diam.</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>Menyambungkan ke OBS…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>Tersambung ke OBS.</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>OBS menolak kata sandi: periksa di Pengaturan ▸ OBS.</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page}: “{source}” dibuat</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page}: “{source}” diperbarui</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page}: tidak ada “{source}” di OBS (tidak ada yang diperbarui)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page}: gagal ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} dibuat</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} diperbarui</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} gagal</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>Tambahkan ke OBS: tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>Tambahkan ke OBS: {results}.</translation>
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
        <translation>Klik untuk overlay dan Tambahkan ke OBS.</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Hadiah keren!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Hadiah besar!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Hadiah legendaris!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Hadiah untuk tamu</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Hadiah terus berdatangan</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 hadiah lagi untuk tamu</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} hadiah lagi untuk tamu</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 hadiah lagi, 1 koin</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 hadiah lagi, {coins} koin</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} hadiah lagi, 1 koin</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} hadiah lagi, {coins} koin</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>dari 1 penonton</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>dari {count} penonton</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>dari 1 penonton — terima kasih semua!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>dari {count} penonton — terima kasih semua!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Notifikasi uji</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Hadiah untuk tamu</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>mengirim {gift} ke {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>mengirim {gift}</translation>
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
        <translation>Menang!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Skor akhir</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>mengirim {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>ke {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>hadiah pertama!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>mengikuti</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>membagikan LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>datang dengan {count} penonton</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>berlangganan ({count} bulan)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>berlangganan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} koin</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} berlian</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Penarikan pertama</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Minimum penarikan</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Target saya</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Pemberi hadiah teratas</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Jadilah yang pertama mengirim hadiah!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Seseorang</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Target suka</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>seorang tamu</translation>
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
        <translation>Sub baru (Tier {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Sub baru</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Sub ulang (Tier {tier})</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Sub ulang</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 sub hadiah (Tier {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 sub hadiah</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} sub hadiah (Tier {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} sub hadiah</translation>
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
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 keanggotaan hadiah</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} keanggotaan hadiah</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Koin</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Berlian (perk.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Pendapatan (perk.)</translation>
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
        <source>Likes</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Akhir</translation>
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
        <translation>segera dimulai</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>waktu habis!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} dtk</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 koin = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>langganan = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>ikuti = {time}</translation>
    </message>
</context>
<context>
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>Notifikasi hadiah</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>Bilah target</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>Rekap sesi</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Pemberi hadiah teratas</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Peristiwa terbaru</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>Timer subathon</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Target suka</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>Media aksi (suara, gambar, video)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>Token baru membuat semua tautan overlay yang kamu berikan ke OBS langsung berhenti berfungsi: kamu harus menempelkan tautan baru ke setiap sumber browser.</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>Overlay untuk OBS — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>Tambahkan ke OBS membuat Sumber Browser untuk tiap halaman yang dicentang di adegan OBS saat ini; atau tempel sendiri tautan ke Sumber Browser (1920×1080). Setiap tautan membawa token rahasia: perlakukan seperti kata sandi dan jangan pernah tampilkan saat siaran.</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>Halaman yang dicentang mendapat sumber browser di OBS saat kamu menekan Tambahkan ke OBS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>Salin tautan lengkap, termasuk token, untuk OBS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>Buka halaman di browser</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Kirim notifikasi uji</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>Hadiah pura-pura 1.000 koin di halaman notifikasi dan jendela notifikasi (tidak dihitung)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>Buat ulang token…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>Tambahkan ke OBS</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>Membuat sumber browser untuk tiap halaman yang dicentang di adegan OBS saat ini (atau memperbarui yang dibuat sebelumnya), dengan tautan, token, dan ukurannya</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(server overlay tidak berjalan)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ Akses LAN aktif: perangkat apa pun di jaringanmu yang punya tautan bisa membuka overlay ini. Matikan di pengaturan (overlay_lan) kecuali OBS berjalan di komputer lain.</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>Tautan “{page}” disalin (dengan tokennya): tempel ke Sumber Browser OBS.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>Tidak ada browser yang bisa dibuka: salin tautan dan tempel ke browser.</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>Notifikasi uji dikirim ke halaman overlay dan jendela notifikasi.</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>Buat ulang token overlay?</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>Buat ulang sekarang?</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>Token tidak dapat diganti: {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>Token baru disimpan; mengalihkan server overlay ke token itu…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>Token baru tersimpan tetapi server tidak menerimanya ({error}): mulai ulang aplikasi.</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>Token baru dipakai. Sumber yang dibuat Tambahkan ke OBS sedang diperbarui; tempel tautan baru secara manual ke sumber browser lain.</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>Memperbarui sumber browser yang dibuat Tambahkan ke OBS…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>Token baru dipakai. Tautan lama tidak berfungsi lagi: salin lagi setiap tautan dan tempel ke Sumber Browser OBS-nya.</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>Menambahkan 1 halaman ke OBS…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>Menambahkan {count} halaman ke OBS…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>Tambahkan ke OBS gagal: {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>Sumber browser OBS tidak diperbarui: {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>port {port} sudah dipakai (streamer-app lain atau program lain?): pilih yang lain dengan --overlay-port P atau pengaturan overlay_port</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>server overlay tidak dapat dibuka di port {port}: {error}; pilih yang lain dengan --overlay-port P</translation>
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
        <translation>Sub baru (Tier {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Sub ulang (Tier {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Sub baru</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Sub ulang</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 sub hadiah (Tier {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 sub hadiah</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} sub hadiah (Tier {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} sub hadiah</translation>
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
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 keanggotaan hadiah</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} keanggotaan hadiah</translation>
    </message>
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform}: {creator} · sesi #{id} · {state}</translation>
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
        <translation>{count} pesan berbayar</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} koin</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} pengikut</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>Perkiraan pendapatan semua sumber malam ini, dalam mata uang tampilanmu</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} belum dikonversi</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits dan bagianmu dari sub</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>dari cheer</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>baru, ulang, dan hadiah</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>dihitung untuk pemberi hadiah</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} pengikut baru</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>channel yang melakukan raid</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>bagianmu setelah bagian YouTube</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>Super Chat dan Sticker</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>yang dibayar penonton</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>Yang dibayar penonton, sebelum bagian YouTube: {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>baru dan hadiah</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count} hadiah</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Pemberi hadiah</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Koin</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Hadiah untuk tamu</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Perk.</translation>
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
        <source>Top gifters</source>
        <translation>Pemberi hadiah teratas</translation>
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
        <source>Started (UTC)</source>
        <translation>Mulai (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Pemberi hadiah</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Setiap sesi diperkirakan dengan tarif saat direkam.</translation>
    </message>
    <message>
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · perkiraan {balance} sejauh ini</translation>
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
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD per Bit</translation>
    </message>
    <message>
        <source>Twitch: subs (USD)</source>
        <translation>Twitch: sub (USD)</translation>
    </message>
    <message>
        <source>your share {percent}</source>
        <translation>bagianmu {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube: bagianmu</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>{supers} dari Supers · {memberships} dari keanggotaan</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Kurs</translation>
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
    <message>
        <source>First cash-out</source>
        <translation>Penarikan pertama</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Penarikan minimum</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Targetku</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Minimum pembayaran Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Batas pembayaran YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} koin</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} berlian</translation>
    </message>
    <message>
        <source>Night of {date} · {platforms}</source>
        <translation>Malam {date} · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} koin</translation>
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
        <translation>{subs} ({count} hadiah)</translation>
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
        <translation>{count} Super Chat dan Sticker</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>{count} Super Chat dan Sticker</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>tidak ada pesan berbayar</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>{count} keanggotaan</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} keanggotaan</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>Tidak ada kurs ke {currency} untuk {codes}: {amounts} (bagianmu) disimpan dan dicatat sebagai belum dikonversi, tidak masuk perkiraan penghasilan. Tambahkan {rates} ke kurs di Pengaturan &gt; Twitch dan YouTube.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · LIVE {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Semua sesi</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(tidak ada siaran berjalan: sebuah runner dimulai khusus untuk uji ini)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>masih berjalan: lihat tab Log</translation>
    </message>
</context>
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>cadangan/ekspor otomatis gagal: {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Sesi #{id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>sesi {id} tidak ada di basis data</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>Sesi tidak dapat dibuka: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Berlian per koin</translation>
    </message>
    <message>
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>Yang diterima kreator per koin yang dikirim penonton (TikTok tidak memublikasikannya; sekitar 0,5).</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD per berlian</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>Yang dibayarkan TikTok per berlian (sekitar USD 0,01).</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Mata uang tampilan</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>Kode tiga huruf mata uang tempat penghasilan ditampilkan.</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 USD dalam mata uang itu</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>Kurs milikmu sendiri: tidak ada yang dicari online.</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>Harga per koin bagi penonton (USD)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>Yang dibelanjakan penonton per koin di aplikasi (sekitar USD 0,0143), untuk &quot;penonton membelanjakan&quot;.</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD per Bit</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>Yang kamu dapat per Bit: USD 0,01 (Twitch membayar Affiliate dan Partner satu sen per Bit).</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: harga sub Tier 1 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>Yang dibayar penonton untuk langganan Tier 1 (USD 4,99 di AS; Twitch memasang harga lebih rendah di beberapa negara).</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: harga sub Tier 2 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>Yang dibayar penonton untuk langganan Tier 2 (USD 9,99).</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: harga sub Tier 3 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>Yang dibayar penonton untuk langganan Tier 3 (USD 24,99).</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: bagianmu dari sub (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>Pembagian standar 50 % (termasuk langganan hadiah); Partner Plus dan beberapa kontrak membayar lebih.</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: bagianmu dari Super Chat dan Stiker</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>70 % dari yang dibayar penonton, setelah bagian YouTube (https://support.google.com/youtube/answer/7288782).</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: bagianmu dari keanggotaan</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>70 % dari harga keanggotaan setelah bagian YouTube, sama seperti Super Chat.</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: harga keanggotaan (USD)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>Dipakai saat pesan keanggotaan tidak menyebut harganya (USD 4,99, level pertama yang umum).</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Kurs ke mata uang tampilan</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>Satu unit tiap mata uang yang dipakai penonton, dalam mata uang tampilanmu, seperti EUR=1.08, JPY=0.0064. Tidak ada yang dicari online; jumlah dalam mata uang tanpa kurs tetap disimpan dan dicantumkan sebagai belum dikonversi.</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Target penarikan</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>Target dan minimum penarikan, dalam uang, berlian, atau koin, masing-masing dengan platformnya. Twitch membayar mulai USD 50 (USD 100 lewat transfer; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube lewat AdSense mulai USD 100 atau setara lokalnya (https://support.google.com/adsense/answer/1709871).</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Koin minimum untuk notifikasi</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>Hadiah yang lebih kecil tetap dihitung, tapi tanpa notifikasi.</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>koin minimum tidak boleh negatif</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Volume (0-100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>Volume suara notifikasi, dalam persen.</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>volume adalah persentase dari 0 sampai 100</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Bisukan suara</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>Notifikasi tanpa suara.</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Bacakan hadiah (teks ke suara)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>Membacakan nama pemberi hadiah dan hadiahnya dengan suara sistem.</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Koin minimum untuk dibacakan</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>Hadiah yang lebih kecil tidak dibacakan.</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>koin minimum untuk dibacakan tidak boleh negatif</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Jangan pernah dibacakan</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>Nama atau hadiah yang mengandung salah satu kata ini tidak dibacakan.</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>kata yang tidak pernah dibacakan, pisahkan dengan koma</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Latar</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>Latar jendela notifikasi, untuk ditangkap di OBS.</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Warna chroma key</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparan</translation>
    </message>
    <message>
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>pilih &quot;chroma&quot; atau &quot;transparent&quot;</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Warna chroma</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>Warna yang dihapus OBS, seperti #00b140.</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Selalu di atas</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>Menjaga jendela notifikasi di atas jendela lain.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Ukuran jendela</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>Ukuran jendela notifikasi dalam piksel.</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>pilih salah satu dari: {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Notifikasi antre sebelum ringkasan</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>Lebih dari sekian notifikasi yang menunggu, sisanya digabung menjadi satu kartu ringkasan.</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>antara 1 dan 100 notifikasi yang menunggu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>Bahasa jendela, laporan, dan overlay (kecuali diatur di bawah).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Bahasa overlay</translation>
    </message>
    <message>
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>Bahasa yang dibaca penontonmu di overlay (boleh berbeda dari bahasamu).</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Sama dengan jendela</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>@nama TikTok-mu</translation>
    </message>
    <message>
        <source>The account to follow; empty offers the demo.</source>
        <translation>Akun yang diikuti; kosong menawarkan demo.</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Kanal Twitch-mu</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>Ikut dipantau di samping TikTok saat aplikasi dimulai (siaran di beberapa platform sekaligus); kosong: tidak ada. Masuk dulu: Stream ▸ Masuk ke Twitch.</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>Kanal YouTube-mu</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>Ikut dipantau di samping TikTok saat aplikasi dimulai; @handle, ID channel, atau ID video live-mu; kosong: tidak ada. Masuk dulu (docs/PLATFORMS.md).</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>Rekam data mentah siaran TikTok (untuk diputar ulang)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>Menyimpan yang dikirim TikTok, agar siaran bisa diputar ulang dan diperiksa nanti.</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Folder ekspor otomatis</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>Tempat tiap sesi diekspor saat selesai; kosong: tanpa ekspor otomatis. Folder relatif berada di dalam folder data.</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>tanpa ekspor otomatis</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>Format ekspor otomatis.</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>format tidak dikenal {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Detik per koin</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>Waktu yang ditambahkan tiap koin dari hadiah yang dihitung (Rose menambah sekali, Galaxy 1.000 kali).</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>detik per koin harus antara 0 dan 3600</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Detik per langganan</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>Waktu yang ditambahkan tiap langganan.</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>detik per langganan harus antara 0 dan 86400</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Detik per pengikut</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>Waktu yang ditambahkan tiap pengikut baru (0: tidak menambah apa pun).</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>detik per pengikut harus antara 0 dan 3600</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Waktu awal (menit)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>Yang ditampilkan timer sebelum dimulai dan setelah direset.</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>waktu awal harus antara 0 dan 100.000 menit</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Batas (menit, 0 = tanpa batas)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>Timer tidak pernah menyimpan lebih dari ini; waktu di atasnya tidak ditambahkan.</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>batas harus antara 0 dan 100.000 menit (0: tanpa batas)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Putar ulang juga menambah waktu</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>Mati: hanya siaran live dan demo yang menambah timer, bukan rekaman yang diputar ulang.</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>Target suka pertama</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>Target pertama halaman suka (total suka ruang).</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>target suka harus bilangan bulat minimal 1</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Lalu setiap … suka</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>Setelah target tercapai, target berikutnya sekian suka lebih jauh.</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>jarak target suka harus bilangan bulat minimal 1</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>Kendalikan OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>Terhubung ke server WebSocket OBS: Tambahkan ke OBS, dan aksi yang mengganti scene atau menampilkan source.</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>Komputer OBS</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>Tempat OBS berjalan: 127.0.0.1 jika komputer ini.</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>Port WebSocket OBS</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>Server Port di Tools &gt; WebSocket Server Settings pada OBS (4455 jika tidak diubah).</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value} bukan port antara 1 dan 65535</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>File klien OAuth YouTube</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>File JSON klien OAuth Google milikmu (jenis aplikasi Desktop) untuk masuk ke YouTube (docs/PLATFORMS.md menjelaskan cara membuatnya).</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>Unit API YouTube per hari</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>Kuota harian YouTube Data API proyek Google Cloud-mu (10.000 kecuali Google menaikkannya).</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>antara 100 dan 100.000.000 unit per hari</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>Jam LIVE YouTube per hari</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>Chat dibaca dengan laju yang membuat kuota harian cukup untuk sekian jam siaran.</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>antara 0,5 dan 24 jam</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>Hadiah beruntun tanpa kabar selama ini ditutup dan dihitung.</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>waktu diam hadiah beruntun harus antara 1 dan 600 detik</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>Port lokal untuk browser source OBS.</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value} bukan port antara 1024 dan 65535</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>Hanya untuk OBS di komputer lain: overlay lalu bisa dijangkau dari luar komputer ini.</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>Bagian rahasia dari alamat overlay (ganti dengan &quot;overlay rotate-token&quot;).</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>Rekaman paling lama dihapus jika melebihi ukuran ini.</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>simpan minimal 10 MB rekaman</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>Cadangan database yang disimpan di folder data.</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>simpan antara 1 dan 1000 cadangan</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>Batas global aturan actions.json, dalam waktu siaran (0: tanpa batas).</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>aksi per detik harus antara 0 dan 1000</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch dan YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
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
        <translation>Tidak ada konversi resmi yang diterbitkan: ini perkiraan. Bawaan: 0.5 berlian per koin, USD 0.01 per berlian (satu koin menghasilkan sekitar USD 0.005).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>Setiap sesi memakai kurs saat sesi dimulai. Twitch membayar USD 0.01 per Bit dan membagi sub 50/50 secara standar; YouTube mengambil 30 % dari Super Chat, Super Sticker, dan keanggotaan.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>Target berlaku untuk saldo sejak penarikan terakhir yang dicatat, lintas sesi. TikTok membatasi penarikan USD 1,000 per hari dan membayar dalam 15 hari.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>Pendapatan menambah waktu selama timer subathon berjalan atau dijeda. Timer mengikuti jam: tetap menghitung mundur saat aplikasi ditutup dan lanjut tepat ke detiknya. Target suka adalah milik halaman overlay suka.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>Di OBS: Tools ▸ WebSocket Server Settings, centang &apos;Enable WebSocket server&apos;, lalu Show Connect Info untuk port dan kata sandi. Tambahkan ke OBS (Notifikasi ▸ Overlay untuk OBS…) lalu membuat sumber browser.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>Saat sesi berakhir, database dicadangkan, dan jika folder diatur, sesi diekspor ke sana dalam format yang dicentang.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} harus angka, bukan {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} harus angka terhingga, bukan {value}</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>{name} harus lebih dari nol, bukan {value}</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>{name} tidak boleh negatif, bukan {value}</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>{name} harus kode tiga huruf seperti USD atau EUR, bukan {value}</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>tulis tiap kurs sebagai KODE=kurs, seperti EUR=1.08, bukan {value}</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>mata uang sebuah kurs</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>kurs {code} ditulis dua kali</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>berlian per koin maksimal 1 (kreator tidak pernah mendapat lebih dari koinnya)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} adalah bagian: maksimal 1 (0,5 berarti 50 %), bukan {value}</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>{name} maksimal {most}, bukan {value}</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>kurs {code} maksimal 1.000.000.000, bukan {value}</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>berlian yang dilaporkan</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>target perlu nama (teks)</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>platform {threshold} harus salah satu dari: {known}, bukan {value}</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} adalah target {platform}: satuannya uang (koin dan berlian milik TikTok)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>satuan harus salah satu dari: {known}, bukan {value}</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>mata uang {threshold} harus kode tiga huruf seperti USD, bukan {value}</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} dalam {currency}; hanya {base} dan mata uang tampilan {display} yang bisa dikonversi</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>seharusnya true atau false, bukan {value}</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>seharusnya bilangan bulat, bukan {value}</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>seharusnya angka, bukan {value}</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>seharusnya teks, bukan {value}</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>seharusnya daftar teks</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>seharusnya objek</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>seharusnya daftar</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>file pengaturan harus berisi objek JSON</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} bukan JSON yang valid (baris {line}): perbaiki atau hapus</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>tidak bisa membaca {path}: {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} bukan bilangan bulat</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} bukan angka</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} adalah file, bukan folder: pilih folder</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>kurs {code}</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>jumlah {threshold}</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} bukan @handle TikTok (2-24 huruf, angka, &apos;_&apos; atau &apos;.&apos;)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>dua target punya nama yang sama</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value} bukan warna seperti #00b140</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>token harus berisi minimal 128 bit (22 karakter)</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>ketik komputer tempat OBS berjalan: 127.0.0.1 jika komputer ini</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} bukan nama host atau alamat IP (ketik tanpa ws:// atau port)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} bukan file: pilih JSON yang kamu unduh untuk klien OAuth-mu</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>Centang minimal satu format, atau kosongkan folder untuk mematikan ekspor otomatis.</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>sebutkan pengaturan, mis. &quot;streamer-app settings get alerts.volume&quot;</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>tidak ada pengaturan {key} yang bisa diubah di sini: &quot;streamer-app settings show&quot; menampilkan daftarnya</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>sebutkan nilai baru, mis. &quot;streamer-app settings set {key} NILAI&quot;</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (disimpan)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>File JSON (*.json);;Semua file (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>uang</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>berlian</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>koin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>Target baris {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Penarikan</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Kunci API Euler Stream</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>ID sesi TikTok</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>Opsional: API key menghindari batas laju server tanda tangan. Disimpan di keyring sistem, tidak pernah di log, rekaman, atau ekspor.</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>Opsional: API key menghindari batas laju server tanda tangan. Disimpan di file yang hanya bisa kamu baca, tidak pernah di log, rekaman, atau ekspor.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>Untuk memakai folder lain, mulai dengan --data-dir FOLDER atau atur STREAMER_APP_HOME.</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>tersimpan (ketik untuk mengganti)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>Kata sandi WebSocket OBS</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>kata sandi yang ditampilkan OBS</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>Sesi tidak bisa dibaca: {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} koin</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>berlian yang dilaporkan TikTok untuk siaran itu</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>Ketik berlian yang dilaporkan TikTok untuk melihat kurs sebenarnya.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>Pakai kurs ini</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>Berlian yang dilaporkan</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>Belum ada sesi dengan hadiah: kalibrasi setelah siaran pertamamu.</translation>
    </message>
    <message>
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>Siaran itu menghasilkan {rate} berlian per koin ({coins} koin).</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>Berlian per koin diatur ke {rate}; simpan agar menjadi bawaan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>amount withdrawn</source>
        <translation>jumlah yang ditarik</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Catat penarikan</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>Saldo dan target dihitung sejak penarikan terakhir.</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>penarikan harus lebih dari nol</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>belum ada catatan: siaran (atau jalankan demo) dulu</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Pengaturan tidak bisa disimpan: {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>sumber tidak dikenal {kind}: pilih {kinds}</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Ketik dulu @handle TikTok-mu (2-24 huruf, angka, &apos;_&apos; atau &apos;.&apos;).</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} bukan @handle TikTok (2-24 huruf, angka, &apos;_&apos; atau &apos;.&apos;)</translation>
    </message>
    <message>
        <source>TikTok @handle</source>
        <translation>@nama TikTok</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>Siaran demo</translation>
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
        <translation>Kanal Twitch</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>Chat langsung YouTube</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>Putar ulang file…</translation>
    </message>
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name} ({kind}) sudah terhubung malam ini</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} tidak ada</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>{path} tidak bisa dibaca sebagai rekaman ({error})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} bukan rekaman mentah streamer-app (baris pertamanya bukan header {fmt})</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path}: header rekaman tidak punya {key}</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path}: started_at di header rekaman bukan tanggal ISO</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} bukan rekaman mentah streamer-app (baris pertamanya bukan header {formats})</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>tidak ada @handle TikTok</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>dihentikan sebelum terhubung ke {handle}</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>Batas koneksi server tanda tangan tercapai</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>Batas koneksi server tanda tangan tercapai (kunci API Euler Stream menaikkannya)</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} sedang tidak LIVE; akan terhubung begitu LIVE dimulai</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>LIVE {handle} dibatasi usia: tambahkan session id TikTok di Pengaturan untuk menontonnya</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>TikTok menolak koneksi (diblokir); coba lagi nanti atau tambahkan session id</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>Server tanda tangan menyatakan ini butuh paket berbayar Euler Stream</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>Server tanda tangan menolak memakai session id; hapus di Pengaturan</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>Koneksi sebelumnya masih terbuka; menghubungkan ulang</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>TikTok tidak punya akun LIVE {handle}: periksa ejaan @handle</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>Tidak ada jaringan: TikTok tidak bisa dijangkau</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>TikTok tidak memberikan koneksi (mungkin sedang memeriksa bot)</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>Gagal terhubung ({error})</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>Tidak ada jaringan: server tanda tangan tidak bisa dijangkau</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>Server tanda tangan menolak kunci API Euler Stream: periksa di Pengaturan</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>Server tanda tangan meminta kunci API Euler Stream: tambahkan di Pengaturan</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>Server tanda tangan tidak menjawab seperti yang diharapkan ({reason})</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>Tidak ada channel Twitch bernama {login}.</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>Ketik nama login channel Twitch (3-25 huruf, angka, atau &apos;_&apos;).</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path}: header rekaman Twitch tidak punya channel_id</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>masuk ke YouTube dulu: atur &apos;YouTube OAuth client file&apos; di pengaturan (atau jalankan &apos;streamer-app youtube sign-in&apos;), atau simpan kunci API (&apos;streamer-app secrets set youtube-api-key&apos;) untuk membaca chat publik</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>dihentikan sebelum siaran YouTube dimulai</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>sumber YouTube tidak bisa dimulai: pustaka klien Google tidak lengkap di instalasi ini ({error}); instal streamer-app dengan pip untuk mengikuti YouTube</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} bukan channel YouTube (@handle atau id UC...) maupun id atau tautan video</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>atur dulu &apos;YouTube OAuth client file&apos; di pengaturan (JSON klien OAuth Desktop dari Google Cloud console; docs/PLATFORMS.md menjelaskan caranya)</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>file klien OAuth YouTube {path} tidak ada</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path} bukan file klien OAuth Google bertipe aplikasi Desktop ({error})</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>proses masuk YouTube tidak selesai ({error})</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>untuk mengikuti siaranmu sendiri, masuk ke YouTube (kunci API hanya bisa membaca chat publik: ketik id video atau channel-nya)</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>YouTube tidak punya video {video_id} (atau video itu privat)</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>siaran langsung video {video_id} sudah berakhir; chat-nya tidak bisa dibaca lagi</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>video {video_id} bukan siaran langsung</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>YouTube tidak punya channel {channel}</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>Sistem ini tidak punya suara teks-ke-ucapan yang terpasang.</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>Mesin teks-ke-ucapan sistem ini tidak punya suara yang bisa dipakai.</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>Teks-ke-ucapan tidak tersedia di sini ({error}).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>belum ada database di {data_dir} untuk dicadangkan</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>tidak bisa membuat folder cadangan {folder}: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>tidak bisa menulis di {folder}: folder atau disknya hanya-baca (tidak ada yang diubah)</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>database gagal dalam pemeriksaan ({problem}); tidak ada cadangan yang dibuat, jadi cadangan lama tetap seperti semula</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>disk tempat {folder} penuh: kosongkan ruang lalu coba lagi (tidak ada cadangan dibuat; cadangan lama tetap seperti semula)</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>pencadangan gagal: {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>kosongkan ruang lalu coba lagi</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>tidak ada cadangan yang dibuat</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>pencadangan gagal ({error}): {advice}; cadangan lama tetap seperti semula</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} tidak ada atau bukan file</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} bukan database streamer-app (bukan file SQLite); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>{path} tidak bisa dibuka ({error}); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} rusak ({problem}); pilih cadangan lain. Tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} adalah file SQLite tetapi bukan database streamer-app; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} ditulis oleh versi streamer-app yang lebih baru; perbarui aplikasi dulu. Tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} bukan database streamer-app yang bisa dibaca ({error}); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>file itu adalah database saat ini; pilih file cadangan</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>disk tempat {folder} penuh, jadi database saat ini tidak bisa disisihkan: kosongkan ruang lalu coba lagi; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>database saat ini tidak bisa disisihkan ({error}): tutup program yang memakainya lalu coba lagi; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>periksa foldernya</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>database saat ini tidak bisa disisihkan ({error}): {advice}; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>database sebelumnya ada di {path}</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>tidak ada database sebelumnya</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>database yang dipulihkan tidak lolos pemeriksaan; {previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>disk penuh, jadi cadangan tidak bisa dipulihkan: kosongkan ruang lalu coba lagi; {previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>database sedang dipakai ({error}): tutup streamer-app lalu coba lagi</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>{path} punya hadiah terbaru di file -wal yang hanya bisa dibaca SQLite dari folder yang bisa ditulisi: salin seluruh folder {folder} ke tempat yang bisa ditulisi dan gunakan --data-dir di sana (tidak ada yang diubah)</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} bukan database streamer-app yang bisa dibaca (mungkin rusak). Pulihkan cadangan dengan &apos;streamer-app restore FILE&apos; atau pindahkan file untuk mulai dari awal.</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} hanya-baca: periksa izin file dan pastikan disknya tidak dipasang hanya-baca, atau pilih --data-dir lain.</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>tidak bisa membuka {path}: pastikan foldernya ada dan bisa ditulisi, atau pilih --data-dir lain.</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>disk tempat {path} penuh: kosongkan ruang lalu coba lagi (tidak ada data tersimpan yang hilang).</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>tidak bisa menulis {path} (galat I/O disk): disk mungkin penuh, melebihi kuota, dilepas, atau rusak; kosongkan ruang atau periksa drive (tidak ada data tersimpan yang hilang).</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>masalah database pada {path}: {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>tidak bisa membuat folder data {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>{path} gagal dalam pemeriksaan integritas ({problem}). Tidak ada yang diubah; pulihkan cadangan dengan &apos;streamer-app restore FILE&apos; atau jalankan &apos;streamer-app doctor&apos;.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} ditulis oleh versi streamer-app yang lebih baru (langkah skema {steps}). Perbarui aplikasi; file tidak diubah.</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>cadangan {target} tidak lolos pemeriksaan; aslinya tidak tersentuh</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>database tidak bisa diperbarui: {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>pemulihan sedang berlangsung di {folder}: jalankan streamer-app lagi setelah selesai</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>tidak bisa menulis di {folder} ({error}); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>streamer-app sedang berjalan di folder data ini: gunakan panel timer di jendelanya (atau hentikan dulu)</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>timer tidak bisa disimpan: {problem}</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>Perk. pendapatan</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Koin</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Berlian</translation>
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
        <source>Gifts / min</source>
        <translation>Hadiah / mnt</translation>
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
        <translation>Sub hadiah</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Pendukung</translation>
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
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>Keanggotaan hadiah</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>pada {rate} berlian/koin</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>penonton membelanjakan ≈ {money}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>perkiraan</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} beruntun ditutup tanpa akhir</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} pengikut baru</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>5 menit terakhir</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>SIAP</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>BERJALAN</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>DIJEDA</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>WAKTU HABIS</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>TIMER SUBATHON</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>Mulai siaran (atau demo) untuk menjalankan timer.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>Kurangi {time}</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>Tambah {time}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>Kembali ke waktu awal, berhenti (bertanya dulu)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>{time} added</source>
        <translation>{time} ditambahkan</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>{time} dikurangi</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} koin</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} pengikut</translation>
    </message>
    <message>
        <source>from {income}</source>
        <translation>dari {income}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cap {time}</source>
        <translation>batas {time}</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 koin = {seconds} d</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>Atur ulang timer subathon?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>Timer kembali ke waktu awal dan berhenti. Waktu yang sudah ditambahkan hilang (hadiah tetap di catatan).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>Kamu</translation>
    </message>
    <message>
        <source>live</source>
        <translation>berlangsung</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>kamu menang</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>seri</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>kamu kalah</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} lagi</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} koin</translation>
    </message>
    <message>
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>Hadiah yang dikirim penontonmu untuk tamumu (LIVE multi-tamu dan co-host).</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>Ini pendapatan tamu: tidak masuk ke koin, berlian, pendapatan, atau batas penarikanmu.</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name}: {coins} koin, 1 hadiah</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name}: {coins} koin, {gifts} hadiah</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>Hadiah pertama</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>Untuk tamu</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>Total suka di room (hitungan TikTok)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>Penonton yang memberi hadiah pertamanya untukmu malam ini</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>Poin LIVE Match: skor, bukan koin atau uang</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>Pemberi hadiah</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Koin</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Pendukung</translation>
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
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>streamer-app membaca Bits, sub, pengikut, dan chat channel-mu dengan aplikasi Twitch milikmu sendiri. Daftarkan satu di {console} (Client Type: {public}, OAuth redirect {redirect}) lalu tempel Client ID-nya di sini.</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>Masuk ke Twitch — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>Buka twitch.tv/activate</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>Tempel Client ID aplikasimu dari dev.twitch.tv/console (sekitar 30 huruf dan angka).</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Menunggu…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>Meminta kode ke Twitch…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>Buka twitch.tv/activate, pastikan kode ini yang tampil, lalu pilih Authorize. Menunggu…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>Gagal masuk ke Twitch: {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>Masuk ke Twitch sebagai {login}.</translation>
    </message>
</context>
</TS>
