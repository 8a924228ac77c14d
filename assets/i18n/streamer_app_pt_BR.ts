<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
<context>
    <name>Card</name>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · {hours} h {minutes} min de LIVE</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · {minutes} min de LIVE</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>RESUMO DA LIVE</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>RESUMO DE {count} LIVES</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Sua live</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>moedas</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} estimado · ~{diamonds} diamantes</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>presentes</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>doadores</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>novos seguidores</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>TOP DOADORES</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Sem presentes desta vez — obrigado por assistir!</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>MOEDAS AO LONGO DO TEMPO</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Próximo: {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Todas as metas de saque atingidas</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Estimado pelo meu próprio registro; os números do TikTok podem ser diferentes.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Estimado pelo meu próprio registro; os números das plataformas podem ser diferentes.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Nenhuma sessão ainda. Experimente: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>INÍCIO (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CRIADOR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>MOEDAS</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>PRESENTES</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>DOADORES</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>EST.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>ao vivo/aberta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>gravado: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>backup salvo: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>backup salvo: {path} (os {keep} mais recentes são mantidos)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file} restaurado: sessões {sessions}, presentes contados {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>o banco de dados anterior foi mantido como {path}</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Sessão {id} (retomada) encerrada: {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Sessão {id} (nova) encerrada: {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>moedas {coins} | diamantes ~{diamonds} | ganhos estimados {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>presentes {gifts} de {gifters} doadores | seguidores {follows} | compartilhamentos {shares} | comentários {comments} | curtidas {likes}</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>top doadores: {names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>still open</source>
        <translation>ainda aberta</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} sessão</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sessões</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>presentes</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>doadores</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>diamantes (est.)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>gasto dos espectadores (est.)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>inscrições</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>assinaturas</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>novos seguidores</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>pico de espectadores</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>e mais {count} doadores</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>Presentes que os espectadores enviaram aos seus convidados: renda deles, fora de todos os seus totais acima. Eles ficam separados no seu registro.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Cada plataforma em suas próprias unidades e quanto ela rende para você (estimado, com as taxas de cada sessão).</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Início (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Doadores</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Est.</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Doador</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Por plataforma</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Renda</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>saldo desde o último saque (est.)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>moedas por dia, últimos 14 dias</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>dia(s) para sacar no limite diário</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Os limites valem para o saldo desde o seu último saque registrado, somando as sessões.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>As datas previstas supõem que a média de moedas por dia dos últimos 14 dias continue.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Planejador de saques</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Quedas de conexão</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>Nenhum presente contado.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Todos os convidados</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>moedas</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>ganhos estimados</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atingido</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamantes por moeda</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD por diamante</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Presentes por tipo</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Moedas por presente.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumo</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>sem renda recente para projetar</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Taxas usadas</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moeda exibida</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Ganhos estimados</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>Espectadores pagam por moeda</translation>
    </message>
    <message>
        <source>{count} gifts</source>
        <translation>{count} presentes</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Cada sessão é estimada com as taxas com que foi gravada.</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Cada plataforma paga quando o próprio saldo atinge o mínimo (estimado desde o seu último saque registrado).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>moedas · ~{diamonds} diamantes</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>por volta de {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} moedas</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>O TikTok permite sacar no máximo {cap} USD por dia e paga em até {days} dias após um saque.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>Em {date}. Estimativas, não os números do TikTok.</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Sem quedas: a conexão se manteve o tempo todo, então os totais estão completos.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Enquanto a conexão caiu, podem faltar presentes nestes totais ({length} no total; horários em UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} sequência(s) de presentes nunca enviaram a mensagem final; foram contadas até o maior número.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>O TikTok não publica conversão; estas são as configurações usadas nas estimativas.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Presentes por minuto</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>Presentes a cada 5 minutos</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>Presentes a cada 15 minutos</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Presentes por hora</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Presentes por dia</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Presentes por semana</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Presentes contados em cada coluna, sombreados onde a conexão caiu.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Presentes contados em cada coluna.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>Resumo da sessão LIVE</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Resumo das sessões</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>saldo estimado desde o último saque</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>limite pendente</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>limite atingido</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>queda de conexão</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>O saldo desde o seu último saque, comparado aos seus limites de saque.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Feito com streamer-app {version} a partir do seu próprio registro local · gerado em {when} UTC · números estimados, não os do TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Presentes para convidados</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>Presentes que os espectadores enviaram aos seus convidados: renda deles, fora de todos os seus totais acima.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} moedas, {gifts} presentes</translation>
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
        <translation>**{coins} moedas** · ~{diamonds} diamantes · est. **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} presentes de {gifters} doadores · {follows} seguidores · {shares} compartilhamentos · {likes} curtidas</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>est. **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} seguidores · {subs} inscrições e assinaturas · {comments} comentários</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top doadores</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**Top presentes:**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Saques na Twitch e no YouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(est. {money} desde o último saque)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Saldo desde o último saque:** {money} ({coins} moedas)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Próximo: {threshold} — {percent}, no ritmo recente por volta de {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Próximo: {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Todos os limites de saque foram atingidos ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} queda de conexão ({length}): presentes enviados nesse período podem faltar.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} quedas de conexão ({length}): presentes enviados nesse período podem faltar.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Estimativas: {diamonds} diamantes por moeda, {currency} {money} por diamante; os números do TikTok podem ser diferentes.</translation>
    </message>
</context>
</TS>
