<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
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
    <name>Report</name>
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
        <source>Platform</source>
        <translation>Plataforma</translation>
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
        <source>Est.</source>
        <translation>Est.</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Por plataforma</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
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
        <source>{count} gifts</source>
        <translation>{count} regalos</translation>
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
        <source>Gifts to guests</source>
        <translation>Regalos a invitados</translation>
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
        <source>Top gifters</source>
        <translation>Top donantes</translation>
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
</TS>
