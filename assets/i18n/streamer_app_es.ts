<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>¡PRIMER REGALO!</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} regalos más a invitados</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} regalos más, {coins} monedas</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>envió {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>para {guest}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} monedas</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>alertas de streamer-app</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · {hours} h {minutes} min en LIVE</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · {minutes} min en LIVE</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>RESUMEN DEL LIVE</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>RESUMEN DE {count} LIVES</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Tu directo</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>monedas</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} estimado · ~{diamonds} diamantes</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>regalos</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>donantes</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>nuevos seguidores</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>TOP DONANTES</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Sin regalos esta vez: ¡gracias por ver!</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>MONEDAS EN EL TIEMPO</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Siguiente: {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Todas las metas de retiro alcanzadas</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Estimado con mi propio registro; las cifras de TikTok pueden diferir.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Estimado con mi propio registro; las cifras de las plataformas pueden diferir.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Aún no hay sesiones. Prueba: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>INICIO (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CREADOR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>MONEDAS</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>REGALOS</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>DONANTES</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>EST.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>en vivo/abierta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>escrito: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>copia guardada: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>copia guardada: {path} (se conservan las {keep} más recientes)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file} restaurado: sesiones {sessions}, regalos contados {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>la base de datos anterior se conservó como {path}</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>CONECTANDO</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>RECONECTANDO</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>ESPERANDO</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>LÍMITE DE PETICIONES</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>FINALIZADO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>SIN CONEXIÓN</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>HISTORIAL</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ Añadir fuente</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} espectadores</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>Elige una fuente y conéctate</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>Conectar a la fuente elegida (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>Añadir también la fuente elegida a las conectadas (varias plataformas a la vez)</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — reintento en {wait}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>reintento en {wait}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>Overlay para OBS: {url}  (Alertas ▸ Overlays para OBS… para todos los enlaces)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ acceso LAN activado</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>Ganancias estimadas</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donantes</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Top seguidores</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Regalos por tipo</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Cargando el gráfico…</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>Saldo desde el último retiro</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>¡primer regalo!</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invitado</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>para {guest}</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} te sigue</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} compartió el stream</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} se suscribió</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>Te damos la bienvenida a streamer-app</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>Alertas de regalos en vivo, un registro exacto de monedas y diamantes, y tus ganancias frente a tus metas de retiro, justo al lado de tu stream.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  Probar el stream de demostración</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>o sal en LIVE con tu cuenta de TikTok:</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Eso no es un @usuario de TikTok (2-24 letras, dígitos, &apos;_&apos; o &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Sesión {id} (reanudada) terminada: {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Sesión {id} (nueva) terminada: {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>monedas {coins} | diamantes ~{diamonds} | ganancias estimadas {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>regalos {gifts} de {gifters} donantes | seguidores {follows} | compartidos {shares} | comentarios {comments} | me gusta {likes}</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>top donantes: {names}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Est. earnings</source>
        <translation>Ganancias est.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Exportar ▾</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Cargando sesiones…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>No se pudieron leer las sesiones: {error}</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>Sesiones: {count}. Haz doble clic en una para abrirla (solo lectura).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>Aún no hay sesiones: inicia la demo o conéctate a un stream.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS: los enlaces de {count} fuente(s) de streamer-app estaban desactualizados y ahora usan el token y el puerto actuales.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>&amp;Exportar esta sesión</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Stream</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>Iniciar la &amp;demo</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>Iniciar sesión en &amp;Twitch…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>Mostrar la ventana de &amp;alertas</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>Alerta de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>&amp;Overlays para OBS…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>A&amp;cciones…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Si&amp;lenciar sonidos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>Chroma key (verde)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>Sonidos de alerta silenciados</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>Sonidos de alerta activados</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>El servidor de overlays se está iniciando…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>Acciones guardadas: {count} regla(s).</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>Nuevo token de overlay: pega los nuevos enlaces en OBS.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>Esa fuente ya está conectada.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Sesión iniciada en Twitch como {login}</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Finalizado: {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>Finalizado: {reason} — el registro no pudo guardarlo todo</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>Sesión guardada — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>El stream se detuvo: {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>Historial — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>Guardando el registro…</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>¡Buen regalo!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>¡Gran regalo!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>¡Regalo legendario!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Regalos a invitados</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Y siguen llegando regalos</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 regalo más a invitados</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} regalos más a invitados</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 regalo más, 1 moneda</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 regalo más, {coins} monedas</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} regalos más, 1 moneda</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} regalos más, {coins} monedas</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>de 1 espectador</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>de {count} espectadores</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>de 1 espectador: ¡gracias a todos!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>de {count} espectadores: ¡gracias a todos!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerta de prueba</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Regalo a un invitado</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>envió {gift} a {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>envió {gift}</translation>
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
        <translation>¡Victoria!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Resultado final</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>envió {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>a {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>¡primer regalo!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>te sigue</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>compartió el LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>llegó con {count} espectadores</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>se suscribió ({count} meses)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>se suscribió</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} monedas</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamantes</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Primer retiro</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Mínimo de retiro</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mi meta</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donantes</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>¡Sé el primero en enviar un regalo!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Meta de me gusta</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invitado</translation>
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
        <translation>Nueva sub (Nivel {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Nueva sub</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Resub (Nivel {tier})</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Resub</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 sub regalada (Nivel {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 sub regalada</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} subs regaladas (Nivel {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} subs regaladas</translation>
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
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 membresía regalada</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} membresías regaladas</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Diamantes (est.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Ganancias (est.)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
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
        <translation>empieza pronto</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>¡se acabó el tiempo!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 moneda = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>suscripción = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>seguidor = {time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count} regalos</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Regalos a invitados</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Por plataforma</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Est.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>saldo desde el último retiro (est.)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>monedas por día, últimos 14 días</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>día(s) para retirarlo con el límite diario</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Los umbrales se aplican al saldo desde tu último retiro registrado, sumando todas las sesiones.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>Las fechas previstas suponen que sigue el promedio de monedas por día de los últimos 14 días.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Planificador de retiros</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Cortes de conexión</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>No se contaron regalos.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Todos los invitados</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>monedas</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>ganancias estimadas</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamantes por moneda</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD por diamante</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donantes</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Regalos por tipo</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Monedas por regalo.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>sin ingresos recientes para proyectar</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Tarifas usadas</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moneda mostrada</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Ganancias estimadas</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>Los espectadores pagan por moneda</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>aún abierta</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} sesión</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sesiones</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>regalos</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>donantes</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>diamantes (est.)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>gasto de los espectadores (est.)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>suscripciones</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>membresías</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>nuevos seguidores</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>pico de espectadores</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>y {count} donantes más</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>Regalos que los espectadores enviaron a tus invitados: son ingresos de ellos, no están en ninguno de tus totales de arriba. Se guardan aparte en tu registro.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Cada plataforma en sus propias unidades y lo que te genera (estimado, con las tarifas de cada sesión).</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Cada sesión se estima con las tarifas con las que se grabó.</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Cada plataforma paga cuando su propio saldo llega a su mínimo (estimado desde tu último retiro registrado).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>monedas · ~{diamonds} diamantes</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>hacia el {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} monedas</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>TikTok te deja retirar como máximo {cap} USD por día y paga dentro de los {days} días siguientes a un retiro.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>Al {date}. Estimaciones, no las cifras de TikTok.</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Sin cortes: la conexión se mantuvo todo el tiempo, así que los totales están completos.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Mientras la conexión estuvo caída, pueden faltar regalos en estos totales ({length} en total; horas en UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} racha(s) de regalos nunca enviaron su mensaje final; se contaron hasta su número más alto.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTok no publica ninguna conversión; estos son los ajustes con los que se calcularon las estimaciones.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Regalos por minuto</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>Regalos cada 5 minutos</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>Regalos cada 15 minutos</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Regalos por hora</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Regalos por día</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Regalos por semana</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Regalos contados en cada columna, sombreados donde la conexión estuvo caída.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Regalos contados en cada columna.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>Resumen de la sesión LIVE</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Resumen de sesiones</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>saldo estimado desde el último retiro</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>umbral pendiente</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>umbral alcanzado</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>corte de conexión</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>El saldo desde tu último retiro, frente a tus umbrales de retiro.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Hecho con streamer-app {version} a partir de tu propio registro local · generado el {when} UTC · cifras estimadas, no las de TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>Regalos que los espectadores enviaron a tus invitados: son ingresos de ellos, no están en ninguno de tus totales de arriba.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} monedas, {gifts} regalos</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**Por plataforma:**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(est. {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} monedas** · ~{diamonds} diamantes · est. **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} regalos de {gifters} donantes · {follows} seguidores · {shares} compartidos · {likes} me gusta</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>est. **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} seguidores · {subs} suscripciones y membresías · {comments} comentarios</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**Top regalos:**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Retiros en Twitch y YouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(est. {money} desde el último retiro)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Saldo desde el último retiro:** {money} ({coins} monedas)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Siguiente: {threshold} — {percent}, al ritmo reciente hacia el {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Siguiente: {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Todos los umbrales de retiro están alcanzados ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} corte de conexión ({length}): pueden faltar regalos enviados entonces.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} cortes de conexión ({length}): pueden faltar regalos enviados entonces.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Estimaciones: {diamonds} diamantes por moneda, {currency} {money} por diamante; las cifras de TikTok pueden diferir.</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Sesión #{id} — streamer-app</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamantes por moneda</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD por diamante</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moneda mostrada</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 USD en esa moneda</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>Lo que pagan los espectadores por moneda (USD)</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD por Bit</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: precio de sub Nivel 1 (USD)</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: precio de sub Nivel 2 (USD)</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: precio de sub Nivel 3 (USD)</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: tu parte de las subs (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: tu parte de Super Chats y Stickers</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: tu parte de las membresías</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: precio de la membresía (USD)</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Tipos de cambio a la moneda mostrada</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Metas de retiro</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Monedas mínimas para una alerta</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Volumen (0-100)</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Silenciar sonidos</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Leer los regalos en voz alta (texto a voz)</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Monedas mínimas para leer en voz alta</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Nunca leer en voz alta</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Color de chroma key</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Color chroma</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Tamaño de la ventana</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Alertas en espera antes de un resumen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Idioma de los overlays</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>El mismo que la ventana</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>Tu @usuario de TikTok</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Tu canal de Twitch</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>Tu canal de YouTube</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>Grabar los datos en bruto de los streams de TikTok (para repetirlos)</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Carpeta de exportación automática</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Segundos por moneda</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Segundos por suscripción</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Segundos por seguidor</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Tiempo inicial (minutos)</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Máximo (minutos, 0 = sin límite)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Las repeticiones también suman tiempo</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>Primera meta de likes</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Luego cada … likes</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>Controlar OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>Equipo de OBS</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>Puerto WebSocket de OBS</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>Archivo de cliente OAuth de YouTube</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>Unidades de la API de YouTube al día</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>Horas en LIVE de YouTube al día</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch y YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
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
        <translation>No hay una conversión oficial publicada: son estimaciones. Por defecto: 0.5 diamantes por moneda, USD 0.01 por diamante (una moneda da unos USD 0.005).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>Cada sesión conserva las tasas con las que empezó. Twitch paga USD 0.01 por Bit y reparte las subs 50/50 por defecto; YouTube se queda el 30 % de Super Chats, Super Stickers y membresías.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>Las metas se aplican al saldo desde el último retiro registrado, en todas las sesiones. TikTok limita los retiros a USD 1,000 al día y paga en 15 días.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>Los ingresos suman tiempo mientras el temporizador de subathon corre o está en pausa. El temporizador sigue el reloj: sigue descontando con la app cerrada y se reanuda al segundo. La meta de likes es la de la página de likes del overlay.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>En OBS: Herramientas ▸ Ajustes del servidor WebSocket, marca &apos;Habilitar servidor WebSocket&apos; y luego Mostrar información de conexión para el puerto y la contraseña. Añadir a OBS (Alertas ▸ Overlays para OBS…) crea entonces las fuentes de navegador.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>Al terminar una sesión se hace una copia de la base de datos y, si hay una carpeta, la sesión se exporta allí en los formatos marcados.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Retiros</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Clave API de Euler Stream</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>ID de sesión de TikTok</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>Contraseña WebSocket de OBS</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>Escribe los diamantes que indicó TikTok para ver la tasa real.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>Usar esta tasa</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>Diamantes indicados</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>Aún no hay sesiones con regalos: calibra después de tu primer stream.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrar retiro</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>El saldo y las metas cuentan desde el último retiro.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>TikTok @handle</source>
        <translation>@usuario de TikTok</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>Stream de demostración</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>Demo de Twitch</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>Demo de YouTube</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>Canal de Twitch</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>Chat en vivo de YouTube</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>Repetir grabación…</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>Ganancias est.</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Gifts / min</source>
        <translation>Regalos / min</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Subs</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Subs regaladas</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Raids</source>
        <translation>Raids</translation>
    </message>
    <message>
        <source>Super Chats</source>
        <translation>Super Chats</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>Membresías regaladas</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>a {rate} diamantes/moneda</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>los espectadores gastaron ≈ {money}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} rachas cerradas sin final</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} nuevos seguidores</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>últimos 5 minutos</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>LISTO</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>EN MARCHA</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>¡TIEMPO!</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>TEMPORIZADOR SUBATHON</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>Inicia un stream (o la demo) para usar el temporizador.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>Restar {time}</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>Sumar {time}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>Volver al tiempo inicial, detenido (pregunta antes)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 moneda = {seconds} s</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>¿Reiniciar el temporizador de subathon?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>El temporizador vuelve a su tiempo inicial y se detiene. El tiempo añadido se pierde (los regalos siguen en el registro).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>ganaste</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>perdiste</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} más</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} monedas</translation>
    </message>
    <message>
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>Regalos que tus espectadores enviaron a tus invitados (LIVE con varios invitados y co-anfitriones).</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>Son ingresos de los invitados: no cuentan en tus monedas, diamantes, ganancias ni umbrales de retiro.</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name}: {coins} monedas, 1 regalo</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name}: {coins} monedas, {gifts} regalos</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>Primeros regalos</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>A invitados</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>El total de likes de la sala (cuenta de TikTok)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>Espectadores que te enviaron su primer regalo esta noche</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>Puntos de LIVE Match: un marcador, no monedas ni dinero</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Seguidor</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Subs</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
</TS>
