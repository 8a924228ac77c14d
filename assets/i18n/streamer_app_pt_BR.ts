<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} deve ser pelo menos {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} deve ser no máximo {high}</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>{field} tem uma chave não fechada: escreva {example} para um valor, {braces} para a própria chave</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>{field} cita {name}, que não é conhecido: use {known}</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>{field} não pode ser preenchido: use só {plain} ou {commas}</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>{field} deve ser um nome de arquivo dentro da pasta media/ (como roar.mp3), não um caminho</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>{field} deve ser um nome de arquivo dentro da pasta media/ (como roar.mp3), sem ..</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>{field} deve começar com http(s)</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>{field} deve ser um destes: {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} deve ser um número inteiro</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} deve ser um número</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>{field} deve ser um objeto JSON, como {example}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>{field} não pode ficar vazio</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} deve ser true ou false</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} está faltando</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} não é um campo desta ação (os campos dela: {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} não é um campo deste evento (os campos dele: {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>{field} deve ser um objeto como {example}</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>{field} deve ser uma lista com pelo menos uma ação, como {example}</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>{field} deve ser um objeto com um type</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>{field} deve ser um objeto com name, when e do</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} não é um campo de uma regra (os campos dela: {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>As ações não estão rodando (inicie antes uma live, a demo ou um replay com ações).</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>&quot;{rule}&quot; não foi executada: a fila de ações está cheia</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>&quot;{rule}&quot; disparou: veja o registro de ações</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>Só eventos desta plataforma (vazio: qualquer uma)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>Pelo menos (moedas)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>As moedas do presente contado: unidades × preço, como na linha dele no registro</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>ID do presente</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>Só este presente (vazio: qualquer um)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host: só presentes para você, não para convidados na tela</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Um presente</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>Uma vez por presente contado (uma linha do registro): uma sequência dispara uma vez, no fim</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>Um novo seguidor</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>Um compartilhamento</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>Uma assinatura</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>A cada N curtidas</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>A cada (curtidas)</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>Dispara toda vez que o total de curtidas da sala passa de um múltiplo deste número</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>O primeiro presente de um espectador</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>O primeiro presente de um espectador para você</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>Uma meta de saque atingida</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>Nome da meta</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>Só esta meta (vazio: qualquer uma)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>Uma vez por meta e sessão</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>O timer do subathon acabou</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Tocar um som</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>Arquivo de som</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>Um arquivo da pasta media/ da pasta de dados</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>Tocado pela página de mídia do overlay (e pela janela): uma vez por presente contado, nunca por toque</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>Falar um texto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>ex.: &quot;Valeu {user} pelo {gift}!&quot;</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>Um nome de voz que o sistema conhece (vazio: a padrão)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>Mostrar uma imagem, GIF ou vídeo</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Arquivo de mídia</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>Exibido por (s)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>Uma requisição ao OBS</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>Um tipo de requisição do obs-websocket 5, ex.: SetCurrentProgramScene</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>Dados da requisição</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>ex.: {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Chamar um webhook</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</source>
        <translation>json: {&quot;rule&quot;: name, &quot;event&quot;: {...}}; discord: {&quot;content&quot;: text}</translation>
    </message>
    <message>
        <source>Discord text</source>
        <translation>Texto do Discord</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Tempo limite (s)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>Adicionar tempo ao timer</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>Mostrar um alerta próprio</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} está vazio: digite o nome da cena como o OBS mostra</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} está vazio: digite o nome da fonte como o OBS mostra</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} também é o nome da regra {number}: dê um nome próprio a cada regra</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)</source>
        <translation>Sons (*.mp3 *.wav *.ogg *.m4a *.opus)</translation>
    </message>
    <message>
        <source>Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</source>
        <translation>Imagens, GIFs e vídeos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>um arquivo da pasta de mídia</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>Não foi possível copiar o arquivo para {folder}: {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>Qualquer presente</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} moedas (ID {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>Escolha um presente ou digite o ID dele</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(qualquer)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>Você pode usar {names} e mais.</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>qualquer um (você e convidados)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>só você (o host)</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>Ações — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>Verificar todas as regras e gravar actions.json (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>Uma nova regra</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>Uma cópia da regra selecionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>Remover a regra selecionada (vale ao salvar)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Subir a regra</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Descer a regra</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Testar esta regra</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>Executar as ações agora com um evento de exemplo (sem filtros nem espera)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} Corrija o arquivo à mão ({path}) e reabra esta janela, ou crie regras aqui: ao salvar, você é consultado antes de substituir o arquivo.</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>As regras de actions.json não podem ser lidas até o arquivo ser corrigido (veja acima).</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>Regras em {file} com problemas, desligadas até a correção: {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>Nada foi salvo: {rule} tem problemas (marcados em vermelho).</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>Nada foi salvo: o arquivo com defeito foi mantido.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Nada foi salvo: {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>{count} salvas em {path}. Valem a partir do próximo evento.</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>Salvar as ações?</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>Suas alterações nas ações ainda não foram salvas.</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>Substituir actions.json?</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

Substituir pelas {count} mostradas aqui? Uma cópia do arquivo com defeito fica ao lado.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>Esta regra tem problemas: selecione-a para vê-los.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (cópia)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrija primeiro os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>O teste falhou: {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>Registro ({count} falharam)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>Não foi possível ler {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} não é um JSON válido: linha {line}, coluna {column}: {reason}. Nenhuma ação roda até isso ser corrigido.</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} linha 1: deve ser um objeto {example}. Nenhuma ação roda até isso ser corrigido.</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>Envia o texto do Discord abaixo, como um webhook do Discord espera; senão, o evento em JSON</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>Formato do Discord</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>Ação desconhecida &quot;{type}&quot;</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… ou seu próprio endereço https://</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>Fazer isto antes</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>Fazer isto depois</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Remover esta ação</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>Presente: escolha um da lista ou digite o ID dele (um número inteiro)</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>ex.: Lion: rugido e a cena Lion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligada</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>Desmarque para manter a regra sem executá-la</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>Pelo menos estes segundos entre duas execuções desta regra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>Espera (s)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Fazer</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Adicionar uma ação</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>Adicione pelo menos uma ação: o que deve acontecer quando este evento chegar?</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>presente {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>Primeiro {gift}</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Um presente</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>Um primeiro presente</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(sem evento)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>A cada {count} curtidas</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{what} de {coins}+ moedas</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>{what} para você</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{what} no {platform}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>cena do OBS {name}</translation>
    </message>
    <message>
        <source>OBS show {name}</source>
        <translation>OBS mostrar {name}</translation>
    </message>
    <message>
        <source>OBS hide {name}</source>
        <translation>OBS ocultar {name}</translation>
    </message>
    <message>
        <source>OBS restart {name}</source>
        <translation>OBS reiniciar {name}</translation>
    </message>
    <message>
        <source>OBS text {name}</source>
        <translation>texto do OBS {name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>som {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>mostrar {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>falar &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>alerta &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>timer {seconds} s</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nada ainda)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 regra</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} regras</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>Nenhuma regra ainda. Clique em Adicionar para criar uma: por exemplo, quando chegar um Lion, tocar roar.mp3 e mudar o OBS para a cena Lion.</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>regra {number} &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>regra {number}</translation>
    </message>
</context>
<context>
    <name>ActionsLogView</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>Só falhas</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>Ocultar o que deu certo: o que falhou e por quê, e o que foi descartado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>1 linha, {failed} falharam.</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} linhas, {failed} falharam.</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>As ações rodam enquanto roda uma live, a demo ou um replay com ações.</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>Descartadas (a fila estava cheia): {count}.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nada ainda.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>PRIMEIRO PRESENTE!</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} presentes para convidados</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} presentes, {coins} moedas</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>enviou {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>para {guest}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} moedas</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>alertas do streamer-app</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>um convidado</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} enviou {count} {gift}</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>backup salvo: {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>o backup automático falhou: {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>não é possível criar a pasta de exportação automática {folder} ({error}): escolha outra pasta nas configurações</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>a exportação automática não conseguiu ler o banco de dados: {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>exportado: {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>a exportação automática {format} falhou: {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>nada para exportar automaticamente: {error}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>viewer {id}</source>
        <translation>espectador {id}</translation>
    </message>
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
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money} estimados · {figures}</translation>
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
        <source>subs &amp; members</source>
        <translation>subs e membros</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>apoiadores</translation>
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
        <source>TOP SUPPORTERS</source>
        <translation>TOP APOIADORES</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} subs</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>obrigado</translation>
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
        <source>{name} cleared</source>
        <translation>{name} apagado</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>nenhum {name} informado; nada foi alterado</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>isso não parece um {name} (curto demais ou com espaços); nada foi alterado</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>{name} salvo em {where}: {mask}</translation>
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
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>diga quantos segundos adicionar, ex.: &apos;streamer-app timer add 300&apos; (negativo tira tempo)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>running</source>
        <translation>rodando</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} moeda</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} moedas</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} subs</translation>
    </message>
    <message>
        <source>{count} follow</source>
        <translation>{count} seguidor</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} seguidores</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left (ends {time})</source>
        <translation>Timer de subathon: {status}, faltam {left} (termina {time})</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>Timer de subathon: {status}, faltam {left}</translation>
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
        <translation>{time} adicionado (ganhos: {income})</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>{time} adicionado</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>{time} retirado (ganhos: {income})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>{time} retirado</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>Regras: 1 moeda = {coin} s, 1 sub = {sub} s, 1 seguidor = {follow} s, limite {cap}.</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>Regras: 1 moeda = {coin} s, 1 sub = {sub} s, 1 seguidor = {follow} s.</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>não existe página de overlay chamada {page}: escolha entre {pages}</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>Conectando ao OBS em {host}:{port}…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>Observação: o OBS roda em outro computador, mas os links do overlay apontam para 127.0.0.1 (este computador, para o OBS): ative overlay_lan e edite o endereço em cada fonte (docs/OBS.md).</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>Novo token de overlay salvo: os links antigos param de funcionar quando o streamer-app reiniciar (ou na hora, na janela). As fontes criadas por &quot;Adicionar ao OBS&quot; recebem os novos links na próxima vez que a janela se conectar ao OBS (ou rode &apos;streamer-app overlay add-to-obs&apos;); atualize qualquer outra fonte de navegador do OBS com:</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>O acesso pela LAN está ativado: em outros dispositivos, use o endereço IP deste computador em vez de 127.0.0.1.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path} (só você pode ler)</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>guardado em: {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>o client id do seu próprio app da Twitch (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, redirecionamento OAuth http://localhost; docs/PLATFORMS.md)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>client id</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>saiu da Twitch (o client id foi mantido)</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>Client id da Twitch ({help}): </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>informe {help} com --client-id; nada foi alterado</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>Abra {url} e digite o código {code} para o streamer-app ler os Bits, subs, seguidores e o chat do seu canal. Aguardando...</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>conectado à Twitch como {login}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>chave de API</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>arquivo de cliente OAuth</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>saiu do YouTube (a configuração do arquivo de cliente OAuth foi mantida)</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>conectado ao YouTube; o login fica guardado em {where}</translation>
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
        <translation>AGUARDANDO</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>LIMITE DE PEDIDOS</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSADO</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>ENCERRADO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>DESCONECTADO</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>HISTÓRICO</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ Adicionar fonte</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} espectadores</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>Escolha uma fonte e conecte</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>Conectar à fonte escolhida (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>Rodar também a fonte escolhida junto às conectadas (várias plataformas ao mesmo tempo)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — nova tentativa em {wait}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>nova tentativa em {wait}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The browser overlay is not available in this build.</source>
        <translation>O overlay de navegador não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>Não foi possível iniciar o servidor de overlays: {error}</translation>
    </message>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>Overlay para o OBS: {url}  (Alertas ▸ Overlays para o OBS… para todos os links)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ acesso pela rede local ligado</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>Ganhos estimados</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top doadores</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Top apoiadores</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Presentes por tipo</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Carregando o gráfico…</translation>
    </message>
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ O registro tem um problema: {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ A conexão teve 1 interrupção ({time} no total): presentes enviados durante uma interrupção podem faltar nestes totais.</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ A conexão teve {count} interrupções ({time} no total): presentes enviados durante uma interrupção podem faltar nestes totais.</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Sessão nº {id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor: verificando {path}</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>não verificado: as configurações não podem ser lidas</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>o controle do OBS está desligado (Configurações ▸ OBS); &quot;Adicionar ao OBS&quot; só conecta quando pedido</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>cole a senha de &quot;Mostrar informações de conexão&quot; do OBS em Configurações ▸ OBS</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>sem resposta em {host}:{port}</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} responde em {host}:{port} e aceitou a senha</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>libere espaço em disco (o disco ou sua cota está cheio) ou escolha outra pasta com --data-dir</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>o disco está somente leitura: monte-o com escrita ou use outro disco, ou escolha outra pasta com --data-dir</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>corrija as permissões da pasta (você precisa poder escrever nela) ou escolha outra pasta com --data-dir</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>o sistema disse: {error}; verifique o disco ou escolha outra pasta com --data-dir</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>mova esse arquivo ou escolha outra pasta com --data-dir</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} não existe e não pode ser criado</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>escolha uma pasta onde você possa escrever com --data-dir ou STREAMER_APP_HOME</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>{path} será criado na primeira live</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>não é possível escrever em {path} ({error})</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path}: só {mb} MB livres</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>libere espaço em disco: o registro e as gravações precisam de espaço para crescer</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} permite escrita ({gb} GB livres)</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>corrija o valor em {path} ou apague o arquivo para começar com os padrões</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>as configurações são válidas</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>restaure o backup mais recente: streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>não há backup: mova o arquivo para começar um banco de dados novo (guarde-o; talvez dê para recuperar)</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>ainda não há banco de dados: a primeira live cria</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>não é possível ler {path} ({error})</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>corrija as permissões do arquivo</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} não é um banco SQLite (danificado ou sobrescrito)</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>não é possível abrir {path} ({error})</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>{path} falhou na verificação de integridade ({problem})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} não é um banco de dados do streamer-app</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>mova-o (o streamer-app criará um novo) ou restaure um backup</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} foi gravado por um streamer-app mais novo</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>atualize o app</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>{path} não pode ser lido ({error})</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>{name} passou na verificação: {sessions} sessão(ões), {rows} linhas no registro ({mb} MB)</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>ainda não há backup</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>faça um agora: streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>{count} backup(s), o mais novo {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>a porta {port} em {host} já está em uso</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>se o streamer-app já estiver rodando, isso é esperado; senão feche o programa que a usa ou escolha outra porta: --overlay-port {port} (ou overlay_port nas configurações)</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>a porta {port} está livre para o servidor de overlays</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>Qt incluído (verificado quando a janela abre)</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 carrega e inicia (offscreen)</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 não inicia: {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>reinstale o app (pip install --force-reinstall streamer-app) e instale as bibliotecas do sistema listadas abaixo, se houver</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>PySide6 não iniciou dentro do tempo limite</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>rode &apos;streamer-app -v&apos; para ver onde ele trava</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>não foi possível verificar (falta o ldd ou o plugin xcb)</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>se a janela não abrir, instale libxcb-cursor0 e libxkbcommon-x11-0</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>faltando: {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>instale-as, no Debian/Ubuntu: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>todas as bibliotecas de que o plugin de janela X11 (xcb) precisa estão presentes</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>sem DISPLAY nem WAYLAND_DISPLAY: não há área de trabalho para abrir uma janela</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>use --headless aqui ou rode a partir de uma sessão de área de trabalho</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>guardado no chaveiro do sistema</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>guardado em {path}, só você pode ler (nenhum chaveiro do sistema disponível)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>pasta de dados</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>configurações</translation>
    </message>
    <message>
        <source>database</source>
        <translation>banco de dados</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>porta do overlay</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>bibliotecas de janela do Qt</translation>
    </message>
    <message>
        <source>display</source>
        <translation>tela</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>segredos</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see the advice after each one.</source>
        <translation>{problems} problema(s) e {warnings} aviso(s): veja a dica depois de cada um.</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>Nenhum problema; {warnings} aviso(s).</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>Tudo certo.</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>Esta sessão</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>Saldo desde o último saque</translation>
    </message>
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>Saldo desde o último saque {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ alcançado: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Primeiro saque</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Mínimo para saque</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Minha meta</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Mínimo de pagamento da Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Limite de pagamento do YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{name} {amount}</source>
        <translation>{name} {amount}</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamantes</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} moedas</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ alcançado</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · sem ganhos recentes para projetar</translation>
    </message>
</context>
<context>
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>parada antes de a fonte começar</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>a fonte terminou</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>A transmissão de demonstração terminou</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>A transmissão de demonstração da Twitch terminou</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>A transmissão de demonstração do YouTube terminou</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>fim da gravação</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>O criador encerrou a LIVE</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>O acesso à Twitch terminou</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>o chat ao vivo do YouTube terminou</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Algo deu errado: {error}.</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>uma thread em segundo plano</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>Algo deu errado em {thread}: {error}.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Os detalhes estão no log: {path}</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>primeiro presente!</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>um convidado</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>para {guest}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} seguiu você</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} compartilhou a live</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} se inscreveu</translation>
    </message>
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name} fez uma raid com {count} espectadores</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>Relatório HTML</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>Resumo JSON</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>Registro de presentes CSV</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Resumo Markdown</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>Cartão PNG para compartilhar</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>registro de presentes</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>Ainda não há nada para exportar: primeiro inicie a demo ou conecte-se a uma live.</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exportar a sessão</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>Já há uma exportação em andamento: espere terminar.</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>Exportando a sessão nº {id} como {format}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting the {part}: {done} of {total}</source>
        <translation>Exportando {part}: {done} de {total}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>A exportação falhou: {error}</translation>
    </message>
    <message>
        <source>Exported: {files}</source>
        <translation>Exportado: {files}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>Boas-vindas ao streamer-app</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>Alertas de presentes ao vivo, um registro exato de moedas e diamantes e seus ganhos comparados às metas de saque — bem ao lado da sua live.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  Testar a live de demonstração</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>ou entre em LIVE com sua conta do TikTok:</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Isso não é um @usuário do TikTok (2-24 letras, números, &apos;_&apos; ou &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>ledger: {problem}</source>
        <translation>registro: {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>o timer de subathon chegou a zero</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>falha na conexão: {length} podem estar faltando</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>{length} de live | {paid} | {earnings} estimados</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>ainda sem mensagens pagas</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>{length} de live | {gifts} presentes | {coins} moedas | {earnings} estimados | {gifters} doadores</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>timer {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>registro atrasado em {count} linhas</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrado</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>pausado {left}</translation>
    </message>
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
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | ganhos estimados {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>nenhuma mensagem paga</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>top doadores: {names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>{count} linha(s) do registro recusada(s) por inconsistência e separada(s) em {path}; todo o resto está salvo</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>presentes para convidados (a renda deles, fora dos seus totais): {coins} moedas, {guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>{count} primeiros presentes: espectadores que te presentearam pela primeira vez</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>{count} mensagens de presente reenviadas ignoradas</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>{count} sequências fechadas sem a mensagem final</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>{count} falhas na conexão: podem faltar nos totais presentes enviados nesse tempo</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>timer de subathon {state} ({time} adicionado por {coins} moedas, {subs} subs, {follows} seguidores)</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>não foi possível gravar o registro</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>NÃO SALVO: {why}; o arquivo do registro não pôde ser lido para dizer quanto desta sessão ele contém</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>NÃO SALVO: {why}. O registro contém {saved_gifts} destes {gifts} presentes ({saved_coins} de {coins} moedas); o resto se perde quando esta execução terminar (uma gravação, se houver, pode ser reproduzida quando o problema for resolvido)</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>noite: {earnings} estimados ({platforms}) | {gifts} presentes | {coins} moedas</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform}: não rodou: {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>Total da noite: {earnings} de ganhos estimados em {count} sessões: {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>fora do total: {platform} {amount} {currency} (moeda diferente da primeira sessão)</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>NEM tudo foi salvo: veja cada sessão acima</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>média da sessão</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
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
        <source>Est. earnings</source>
        <translation>Ganhos est.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Exportar ▾</translation>
    </message>
    <message>
        <source>Export the selected session ({formats})</source>
        <translation>Exportar a sessão selecionada ({formats})</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Carregando sessões…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>Não foi possível ler as sessões: {error}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>Sessões: {count}. Clique duas vezes em uma para abri-la (somente leitura).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>Nenhuma sessão ainda: inicie a demo ou conecte-se a uma live.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS: os links de {count} fonte(s) do streamer-app estavam desatualizados e agora usam o token e a porta atuais.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Pasta de dados: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>&amp;Exportar esta sessão</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir a pasta de &amp;logs</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Live</translation>
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
        <translation>Iniciar a &amp;demo</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>Entrar na &amp;Twitch…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>Mostrar a janela de &amp;alertas</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>Alerta de &amp;teste</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>&amp;Overlays para o OBS…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>A&amp;ções…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Silenciar &amp;sons</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fundo</translation>
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
        <translation>Sempre no topo</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>Sons de alerta silenciados</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>Sons de alerta ligados</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Não foi possível salvar as configurações: {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>O servidor de overlays está iniciando…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>Ações salvas: {count} regra(s).</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>Novo token de overlay: cole os novos links no OBS.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>Essa fonte já está conectada.</translation>
    </message>
    <message>
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>{source} adicionado: sessão própria, no total desta noite.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Conectado à Twitch como {login}</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Encerrado: {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>Encerrado: {reason} — o registro não conseguiu gravar tudo</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>Sessão salva — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>A live parou: {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>Histórico — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>Salvando o registro…</translation>
    </message>
</context>
<context>
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>Mudar para uma cena</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>Mostrar uma fonte</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>Ocultar uma fonte</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>Reiniciar uma fonte de mídia</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>Definir o texto de uma fonte de texto</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>Outra solicitação (avançado)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Dados (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>Informe o nome da cena (como o OBS mostra).</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>Informe o nome da fonte (como o OBS mostra).</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>Digite o texto a mostrar.</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>Informe uma solicitação do obs-websocket 5.</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>ex.: Leão</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>ex.: Vídeo do leão</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>ex.: Valeu, {user}!</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>O OBS deve</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>Do OBS ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>Escolha a cena entre as do OBS (o OBS precisa estar aberto)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>Escolha a fonte entre as do OBS (o OBS precisa estar aberto)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>Consultando o OBS…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>Não foi possível consultar o OBS: {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>O OBS não tem cenas</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>O OBS não tem fontes</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS: desligado</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS: desconectado</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: conectando…</translation>
    </message>
    <message>
        <source>OBS: connected</source>
        <translation>OBS: conectado</translation>
    </message>
    <message>
        <source>OBS: wrong password</source>
        <translation>OBS: senha incorreta</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>O controle do OBS está desligado (Configurações ▸ OBS); Adicionar ao OBS continua funcionando.</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>Sem conexão com o OBS: tentando de novo em segundo plano.</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>Conectando ao OBS…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>Conectado ao OBS.</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>O OBS recusou a senha: confira em Configurações ▸ OBS.</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page}: “{source}” criada</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page}: “{source}” atualizada</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page}: não há “{source}” no OBS (nada a atualizar)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page}: falhou ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} criadas</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} atualizadas</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} com falha</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>Adicionar ao OBS: nada a fazer.</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>Adicionar ao OBS: {results}.</translation>
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
        <translation>Clique para ver os overlays e Adicionar ao OBS.</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Belo presente!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Grande presente!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Presente lendário!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Presentes para convidados</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>E os presentes continuam chegando</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 presente para convidados</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} presentes para convidados</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 presente, 1 moeda</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 presente, {coins} moedas</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} presentes, 1 moeda</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} presentes, {coins} moedas</translation>
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
        <translation>de 1 espectador — obrigado a todos!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>de {count} espectadores — obrigado a todos!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerta de teste</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Presente para um convidado</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>enviou {gift} para {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>enviou {gift}</translation>
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
        <translation>Vitória!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Placar final</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>enviou {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>para {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>primeiro presente!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>seguiu</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>compartilhou a LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>chegou com {count} espectadores</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>assinou ({count} meses)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>assinou</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} moedas</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamantes</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Primeiro saque</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Saque mínimo</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Minha meta</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top doadores</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Seja o primeiro a enviar um presente!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Meta de curtidas</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>um convidado</translation>
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
        <translation>Novo sub (Nível {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Novo sub</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Resub (Nível {tier})</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Resub</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 sub de presente (Nível {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 sub de presente</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} subs de presente (Nível {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} subs de presente</translation>
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
        <translation>Novo membro</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 assinatura de presente</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} assinaturas de presente</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Diamantes (est.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Ganhos (est.)</translation>
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
        <source>Likes</source>
        <translation>Curtidas</translation>
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
        <translation>começa em breve</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>acabou o tempo!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ao vivo</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 moeda = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>assinatura = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>seguidor = {time}</translation>
    </message>
</context>
<context>
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>Alertas de presentes</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>Barra de meta</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>Placar da sessão</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top doadores</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recentes</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>Timer de subathon</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Meta de curtidas</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>Mídia das ações (sons, imagens, vídeos)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>Um token novo faz todos os links de overlay que você deu ao OBS pararem de funcionar na hora: será preciso colar os links novos em cada fonte de navegador.</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>Overlays para o OBS — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>Adicionar ao OBS cria uma fonte de navegador para cada página marcada na cena atual do OBS; ou cole você mesmo um link numa fonte de navegador (1920×1080). Cada link leva um token secreto: trate-o como uma senha e nunca mostre na live.</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>As páginas marcadas ganham uma fonte de navegador no OBS ao clicar em Adicionar ao OBS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>Copia o link completo, com o token, para o OBS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>Abre a página no seu navegador</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Enviar um alerta de teste</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>Um presente fictício de 1.000 moedas nas páginas de alerta e na janela de alertas (não conta)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>Gerar novo token…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>Adicionar ao OBS</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>Cria uma fonte de navegador para cada página marcada na cena atual do OBS (ou atualiza a que criou antes), com link, token e tamanho</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(o servidor de overlays não está rodando)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ O acesso pela rede local está ligado: qualquer aparelho da sua rede com um link pode abrir estes overlays. Desligue nas configurações (overlay_lan), a menos que o OBS rode em outro computador.</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>Link de “{page}” copiado (com o token): cole numa fonte de navegador do OBS.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>Nenhum navegador pôde ser aberto: copie o link e cole no seu navegador.</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>Alerta de teste enviado às páginas de overlay e à janela de alertas.</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>Gerar um novo token dos overlays?</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>Gerar agora?</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>Não foi possível trocar o token: {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>Token novo salvo; passando o servidor de overlays para ele…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>O token novo foi salvo, mas o servidor não o aceitou ({error}): reinicie o app.</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>Token novo em uso. As fontes criadas por Adicionar ao OBS estão sendo atualizadas; cole os links novos à mão em qualquer outra fonte de navegador.</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>Atualizando as fontes de navegador criadas por Adicionar ao OBS…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>Token novo em uso. Os links antigos não funcionam mais: copie cada link de novo e cole na fonte de navegador do OBS.</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>Adicionando 1 página ao OBS…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>Adicionando {count} páginas ao OBS…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>Adicionar ao OBS falhou: {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>As fontes de navegador do OBS não foram atualizadas: {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>a porta {port} já está em uso (outro streamer-app ou programa?): escolha outra com --overlay-port P ou a configuração overlay_port</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>não é possível abrir o servidor de overlays na porta {port}: {error}; escolha outra com --overlay-port P</translation>
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
        <translation>Novo sub (Nível {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Resub (Nível {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Novo sub</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Resub</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 sub de presente (Nível {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 sub de presente</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} subs de presente (Nível {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} subs de presente</translation>
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
        <translation>Novo membro</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 assinatura de presente</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} assinaturas de presente</translation>
    </message>
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform}: {creator} · sessão nº {id} · {state}</translation>
    </message>
</context>
<context>
    <name>PlatformStrip</name>
    <message>
        <source>{bits} Bits · {subs} subs</source>
        <translation>{bits} Bits · {subs} subs</translation>
    </message>
    <message>
        <source>{count} paid messages</source>
        <translation>{count} mensagens pagas</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} moedas</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} seguidores</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>Ganhos estimados de todas as fontes nesta noite, na sua moeda de exibição</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} não convertidos</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits e sua parte dos subs</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>em cheers</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>novos, resubs e de presente</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>contados para quem presenteou</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} novos seguidores</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>canais que fizeram raid</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>sua parte após a do YouTube</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>Super Chats e Stickers</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>o que os espectadores pagaram</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>O que os espectadores pagaram, antes da parte do YouTube: {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>novas e de presente</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count} presentes</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Doador</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Presentes para convidados</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Presentes</translation>
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
        <translation>Renda</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Est.</translation>
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
        <source>Top gifters</source>
        <translation>Top doadores</translation>
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
        <source>Started (UTC)</source>
        <translation>Início (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Doadores</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Cada sessão é estimada com as taxas com que foi gravada.</translation>
    </message>
    <message>
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · {balance} estimados até agora</translation>
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
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD por Bit</translation>
    </message>
    <message>
        <source>Twitch: subs (USD)</source>
        <translation>Twitch: subs (USD)</translation>
    </message>
    <message>
        <source>your share {percent}</source>
        <translation>sua parte {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube: sua parte</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>{supers} dos Supers · {memberships} das assinaturas de canal</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taxas de câmbio</translation>
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
    <message>
        <source>First cash-out</source>
        <translation>Primeiro saque</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Saque mínimo</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Minha meta</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Mínimo de pagamento da Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Limite de pagamento do YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} moedas</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamantes</translation>
    </message>
    <message>
        <source>Night of {date} · {platforms}</source>
        <translation>Noite de {date} · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} moeda</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} sub</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} subs</translation>
    </message>
    <message>
        <source>{subs} ({count} gifted)</source>
        <translation>{subs} ({count} de presente)</translation>
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
        <translation>{count} Super Chat e Sticker</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>{count} Super Chats e Stickers</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>nenhuma mensagem paga</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>{count} assinatura de canal</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} assinaturas de canal</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>Sem taxa de câmbio para {currency} de {codes}: {amounts} (sua parte) fica guardado e listado como não convertido, fora dos ganhos estimados. Adicione {rates} às suas taxas de câmbio em Configurações &gt; Twitch e YouTube.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · LIVE {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(nenhuma live rodando: um executor foi iniciado só para este teste)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>ainda rodando: veja a aba Registro</translation>
    </message>
</context>
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>o backup/exportação automático falhou: {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Sessão #{id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>a sessão {id} não está no banco de dados</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>Não foi possível abrir a sessão: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamantes por moeda</translation>
    </message>
    <message>
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>O que um criador recebe por moeda que um espectador envia (o TikTok não divulga; cerca de 0,5).</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD por diamante</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>O que o TikTok paga por diamante (cerca de US$ 0,01).</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moeda exibida</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>O código de três letras da moeda em que os ganhos são mostrados.</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 USD nessa moeda</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>Sua própria taxa de câmbio: nada é consultado online.</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>Quanto os espectadores pagam por moeda (USD)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>O que os espectadores gastam por moeda no app (cerca de US$ 0,0143), para &quot;espectadores gastaram&quot;.</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD por Bit</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>O que você ganha por Bit: US$ 0,01 (a Twitch paga um centavo por Bit a Afiliados e Parceiros).</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: preço do sub Nível 1 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>O que um espectador paga por uma assinatura Nível 1 (US$ 4,99 nos EUA; a Twitch cobra menos em alguns países).</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: preço do sub Nível 2 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>O que um espectador paga por uma assinatura Nível 2 (US$ 9,99).</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: preço do sub Nível 3 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>O que um espectador paga por uma assinatura Nível 3 (US$ 24,99).</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: sua parte dos subs (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>A divisão padrão é 50 % (inclusive assinaturas presenteadas); Partner Plus e alguns contratos pagam mais.</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: sua parte de Super Chats e Stickers</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>70 % do que os espectadores pagam, depois da parte do YouTube (https://support.google.com/youtube/answer/7288782).</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: sua parte das assinaturas de canal</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>70 % do preço de uma assinatura de canal depois da parte do YouTube, como nos Super Chats.</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: preço da assinatura de canal (USD)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>Usado quando uma mensagem de assinatura de canal não diz o preço (US$ 4,99, o primeiro nível comum).</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Câmbio para a moeda exibida</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>Uma unidade de cada moeda em que os espectadores pagam, na sua moeda exibida, como EUR=1.08, JPY=0.0064. Nada é consultado online; um valor numa moeda sem taxa é mantido e listado como não convertido.</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Metas de saque</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>Metas e mínimos de saque, em dinheiro, diamantes ou moedas, cada um com sua plataforma. A Twitch paga a partir de US$ 50 (US$ 100 por transferência; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), o YouTube pelo AdSense a partir de US$ 100 ou o equivalente local (https://support.google.com/adsense/answer/1709871).</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Mínimo de moedas para um alerta</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>Presentes menores contam, mas não mostram alerta.</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>o mínimo de moedas não pode ser negativo</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Volume (0-100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>O volume do som do alerta, em porcentagem.</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>o volume é uma porcentagem de 0 a 100</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Silenciar sons</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>Alertas sem som.</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Ler presentes em voz alta (texto para fala)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>Lê em voz alta o nome do doador e o presente, com a voz do sistema.</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Mínimo de moedas para ler em voz alta</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>Presentes menores não são lidos em voz alta.</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>o mínimo de moedas para ler em voz alta não pode ser negativo</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Nunca ler em voz alta</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>Um nome ou presente com uma destas palavras não é lido em voz alta.</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>palavras nunca lidas em voz alta, separadas por vírgula</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>O fundo da janela de alertas, para a captura no OBS.</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Cor de chroma key</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>escolha &quot;chroma&quot; ou &quot;transparent&quot;</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Cor do chroma</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>A cor que o OBS recorta, como #00b140.</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Sempre no topo</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>Mantém a janela de alertas acima das outras janelas.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Tamanho da janela</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>O tamanho da janela de alertas em pixels.</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>escolha um destes: {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Alertas em espera antes de um resumo</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>Acima deste número de alertas em espera, o resto vira um cartão de resumo.</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>entre 1 e 100 alertas em espera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>O idioma da janela, dos relatórios e, se não for escolhido abaixo, dos overlays.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Idioma dos overlays</translation>
    </message>
    <message>
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>O idioma que seu público lê nos overlays (pode ser diferente do seu).</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>O mesmo da janela</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>Seu @usuário do TikTok</translation>
    </message>
    <message>
        <source>The account to follow; empty offers the demo.</source>
        <translation>A conta a acompanhar; vazio oferece a demo.</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Seu canal da Twitch</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>Também acompanhado junto com o TikTok quando o app inicia (live em várias plataformas ao mesmo tempo); vazio: nenhum. Entre antes: Stream ▸ Entrar na Twitch.</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>Seu canal do YouTube</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>Também acompanhado junto com o TikTok quando o app inicia; seu @usuário, ID do canal ou ID do vídeo ao vivo; vazio: nenhum. Entre antes (docs/PLATFORMS.md).</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>Gravar os dados brutos das lives do TikTok (para replay)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>Guarda o que o TikTok enviou, para que uma live possa ser reproduzida e conferida depois.</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Pasta de exportação automática</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>Para onde cada sessão é exportada quando termina; vazio: sem exportação automática. Uma pasta relativa fica dentro da pasta de dados.</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>sem exportação automática</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>Os formatos da exportação automática.</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>formato desconhecido {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Segundos por moeda</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>Tempo que cada moeda de um presente contado adiciona (uma Rose adiciona isto uma vez, uma Galaxy 1.000 vezes).</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>os segundos por moeda devem estar entre 0 e 3600</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Segundos por inscrição</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>Tempo que cada assinatura adiciona.</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>os segundos por assinatura devem estar entre 0 e 86400</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Segundos por seguidor</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>Tempo que cada novo seguidor adiciona (0: seguidores não adicionam nada).</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>os segundos por seguidor devem estar entre 0 e 3600</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Tempo inicial (minutos)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>O que o timer mostra antes de começar e depois de zerar.</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>o tempo inicial deve estar entre 0 e 100.000 minutos</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Limite (minutos, 0 = nenhum)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>O timer nunca guarda mais que isto; o tempo além disso não é adicionado.</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>o limite deve estar entre 0 e 100.000 minutos (0: sem limite)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Replays também somam tempo</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>Desligado: só lives e a demo aumentam o timer, não uma gravação reproduzida.</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>Primeira meta de curtidas</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>A primeira meta da página de curtidas (o total de curtidas da sala).</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>a meta de curtidas deve ser um número inteiro de pelo menos 1</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Depois a cada … curtidas</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>Quando uma meta é atingida, a próxima fica esta quantidade de curtidas adiante.</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>o passo da meta de curtidas deve ser um número inteiro de pelo menos 1</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>Controlar o OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>Conecta ao servidor WebSocket do OBS: Adicionar ao OBS e ações que trocam cenas ou mostram fontes.</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>Computador do OBS</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>Onde o OBS roda: 127.0.0.1 se for este computador.</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>Porta WebSocket do OBS</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>A porta do servidor em Ferramentas &gt; Configurações do servidor WebSocket do OBS (4455 se não foi mudada).</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value} não é uma porta entre 1 e 65535</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>Arquivo do cliente OAuth do YouTube</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>O arquivo JSON do seu próprio cliente OAuth do Google (tipo App para computador) para entrar no YouTube (docs/PLATFORMS.md explica como criar um).</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>Unidades da API do YouTube por dia</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>A cota diária da YouTube Data API do seu projeto no Google Cloud (10.000, a menos que o Google tenha aumentado).</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>entre 100 e 100.000.000 unidades por dia</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>Horas de LIVE no YouTube por dia</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>O chat é lido num ritmo que faz a cota do dia durar estas horas de live.</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>entre 0,5 e 24 horas</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>Uma sequência de presentes sem novidades por este tempo é fechada e contada.</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>o tempo ocioso da sequência deve estar entre 1 e 600 segundos</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>A porta local das fontes de navegador do OBS.</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value} não é uma porta entre 1024 e 65535</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>Só para OBS em outro computador: o overlay passa a escutar além deste.</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>A parte secreta dos endereços do overlay (troque com &quot;overlay rotate-token&quot;).</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>As gravações mais antigas são apagadas acima deste tamanho.</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>guarde pelo menos 10 MB de gravações</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>Backups do banco de dados guardados na pasta de dados.</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>guarde entre 1 e 1000 backups</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>O limite global das regras do actions.json, em tempo de live (0: sem limite).</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>as ações por segundo devem estar entre 0 e 1000</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganhos</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch e YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
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
        <translation>Não há conversão oficial publicada: são estimativas. Padrão: 0.5 diamante por moeda, USD 0.01 por diamante (uma moeda rende cerca de USD 0.005).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>Cada sessão mantém as taxas com que começou. A Twitch paga USD 0.01 por Bit e divide os subs 50/50 por padrão; o YouTube fica com 30 % de Super Chats, Super Stickers e assinaturas de canal.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>As metas valem para o saldo desde o último saque registrado, somando as sessões. O TikTok limita saques a USD 1,000 por dia e paga em até 15 dias.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>Os ganhos somam tempo enquanto o timer do subathon roda ou está pausado. O timer segue o relógio: continua contando com o app fechado e retoma no segundo certo. A meta de curtidas é a da página de curtidas do overlay.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>No OBS: Ferramentas ▸ Configurações do servidor WebSocket, marque &apos;Ativar servidor WebSocket&apos; e depois Mostrar informações de conexão para a porta e a senha. Adicionar ao OBS (Alertas ▸ Overlays para o OBS…) cria então as fontes de navegador.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>Quando uma sessão termina, é feito backup do banco de dados e, se houver uma pasta definida, a sessão é exportada nela nos formatos marcados.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} deve ser um número, não {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} deve ser um número finito, não {value}</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>{name} deve ser maior que zero, não {value}</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>{name} não pode ser negativo, não {value}</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>{name} deve ser um código de três letras como USD ou EUR, não {value}</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>escreva cada taxa de câmbio como CÓDIGO=taxa, como EUR=1.08, não {value}</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>a moeda de uma taxa de câmbio</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>a taxa de câmbio de {code} aparece duas vezes</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>diamantes por moeda devem ser no máximo 1 (um criador nunca recebe mais que as moedas)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} é uma parte: no máximo 1 (0,5 é 50 %), não {value}</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>{name} deve ser no máximo {most}, não {value}</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>a taxa de câmbio de {code} deve ser no máximo 1.000.000.000, não {value}</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>diamantes informados</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>uma meta precisa de um nome (texto)</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>a plataforma de {threshold} deve ser uma destas: {known}, não {value}</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} é uma meta do {platform}: a unidade é dinheiro (moedas e diamantes são do TikTok)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>a unidade deve ser uma destas: {known}, não {value}</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>a moeda de {threshold} deve ser um código de três letras como USD, não {value}</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} está em {currency}; só {base} e a moeda exibida {display} podem ser convertidas</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>esperado true ou false, não {value}</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>esperado um número inteiro, não {value}</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>esperado um número, não {value}</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>esperado texto, não {value}</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>esperada uma lista de textos</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperado um objeto</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>esperada uma lista</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>o arquivo de configurações deve conter um objeto JSON</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} não é um JSON válido (linha {line}): corrija ou apague o arquivo</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>não foi possível ler {path}: {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} não é um número inteiro</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} não é um número</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} é um arquivo, não uma pasta: escolha uma pasta</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>a taxa de câmbio de {code}</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>o valor de {threshold}</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} não é um @usuário do TikTok (2-24 letras, dígitos, &apos;_&apos; ou &apos;.&apos;)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>duas metas têm o mesmo nome</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value} não é uma cor como #00b140</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>um token precisa ter pelo menos 128 bits (22 caracteres)</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>digite o computador onde o OBS roda: 127.0.0.1 se for este</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} não é um nome de host nem um endereço IP (digite sem ws:// nem porta)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} não é um arquivo: escolha o JSON que você baixou para o seu cliente OAuth</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>Marque pelo menos um formato ou esvazie a pasta para desligar a exportação automática.</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>diga uma configuração, ex.: &quot;streamer-app settings get alerts.volume&quot;</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>não há configuração {key} para mudar aqui: &quot;streamer-app settings show&quot; lista todas</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>diga o novo valor, ex.: &quot;streamer-app settings set {key} VALOR&quot;</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (salvo)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinheiro</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>diamantes</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>moedas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>Meta da linha {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Saques</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Chave de API do Euler Stream</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>ID de sessão do TikTok</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>Opcional: a chave de API evita os limites do servidor de assinatura. Guardada no chaveiro do sistema, nunca em registros, gravações ou exportações.</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>Opcional: a chave de API evita os limites do servidor de assinatura. Guardada num arquivo que só você pode ler, nunca em registros, gravações ou exportações.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>Para usar outra pasta, inicie com --data-dir PASTA ou defina STREAMER_APP_HOME.</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>guardada (digite para substituir)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>Senha WebSocket do OBS</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>a senha que o OBS mostra</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>Não foi possível ler as sessões: {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} moedas</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>diamantes que o TikTok informou para essa live</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>Digite os diamantes informados pelo TikTok para ver a taxa real.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>Usar esta taxa</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>Diamantes informados</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>Nenhuma sessão com presentes ainda: calibre após sua primeira live.</translation>
    </message>
    <message>
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>Essa live rendeu {rate} diamantes por moeda ({coins} moedas).</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>Diamantes por moeda definidos em {rate}; salve para manter como padrão.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>amount withdrawn</source>
        <translation>valor sacado</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrar saque</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>O saldo e as metas contam a partir do último saque.</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>um saque deve ser maior que zero</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>ainda não há registro: faça uma live (ou rode a demo) primeiro</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Não foi possível salvar as configurações: {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>fonte desconhecida {kind}: escolha {kinds}</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Digite primeiro seu @usuário do TikTok (2 a 24 letras, números, &apos;_&apos; ou &apos;.&apos;).</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} não é um @usuário do TikTok (2 a 24 letras, números, &apos;_&apos; ou &apos;.&apos;)</translation>
    </message>
    <message>
        <source>TikTok @handle</source>
        <translation>@usuário do TikTok</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>Live de demonstração</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>Demo da Twitch</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>Demo do YouTube</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>Canal da Twitch</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>Chat ao vivo do YouTube</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>Reproduzir gravação…</translation>
    </message>
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name} ({kind}) já está conectado hoje</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} não existe</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>{path} não pode ser lido como gravação ({error})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} não é uma gravação bruta do streamer-app (a primeira linha não é um cabeçalho {fmt})</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path}: o cabeçalho da gravação não tem {key}</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path}: o started_at do cabeçalho não é uma data ISO</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} não é uma gravação bruta do streamer-app (a primeira linha não é um cabeçalho de {formats})</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>nenhum @usuário do TikTok informado</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>parado antes de conectar a {handle}</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>O limite de conexões do servidor de assinatura foi atingido</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>O limite de conexões do servidor de assinatura foi atingido (uma chave de API da Euler Stream aumenta o limite)</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} não está em LIVE agora; conectando assim que a LIVE começar</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>A LIVE de {handle} tem restrição de idade: adicione um session id do TikTok nas Configurações para assistir</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>O TikTok recusou a conexão (bloqueada); tente de novo mais tarde ou adicione um session id</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>O servidor de assinatura diz que isso exige um plano pago da Euler Stream</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>O servidor de assinatura se recusa a usar o session id; remova-o nas Configurações</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>A conexão anterior ainda estava aberta; reconectando</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>O TikTok não tem conta LIVE {handle}: confira a grafia do @usuário</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>Sem rede: o TikTok não pode ser alcançado</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>O TikTok não liberou uma conexão (talvez esteja checando robôs)</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>A conexão falhou ({error})</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>Sem rede: o servidor de assinatura não pode ser alcançado</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>O servidor de assinatura recusou a chave de API da Euler Stream: confira nas Configurações</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>O servidor de assinatura pede uma chave de API da Euler Stream: adicione uma nas Configurações</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>O servidor de assinatura não respondeu como esperado ({reason})</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>Não existe canal da Twitch chamado {login}.</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>Digite o nome de login do canal da Twitch (3 a 25 letras, números ou &apos;_&apos;).</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path}: o cabeçalho da gravação da Twitch não tem channel_id</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>entre no YouTube primeiro: defina &apos;YouTube OAuth client file&apos; nas configurações (ou rode &apos;streamer-app youtube sign-in&apos;), ou guarde uma chave de API (&apos;streamer-app secrets set youtube-api-key&apos;) para ler um chat público</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>parado antes de a transmissão do YouTube começar</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>a fonte do YouTube não pode iniciar: a biblioteca cliente do Google está incompleta nesta instalação ({error}); instale o streamer-app com pip para acompanhar o YouTube</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} não é um canal do YouTube (@usuário ou id UC...) nem um id ou link de vídeo</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>defina primeiro &apos;YouTube OAuth client file&apos; nas configurações (o JSON de um cliente OAuth de Desktop do Google Cloud console; docs/PLATFORMS.md explica como)</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>o arquivo de cliente OAuth do YouTube {path} não existe</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path} não é um arquivo de cliente OAuth do Google do tipo app para computador ({error})</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>o login no YouTube não terminou ({error})</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>para acompanhar a sua própria transmissão, entre no YouTube (uma chave de API só lê chats públicos: digite o id do vídeo ou o canal)</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>O YouTube não tem o vídeo {video_id} (ou ele é privado)</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>a transmissão ao vivo do vídeo {video_id} terminou; o chat dela não pode mais ser lido</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>o vídeo {video_id} não é uma transmissão ao vivo</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>O YouTube não tem o canal {channel}</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>Este sistema não tem nenhuma voz de leitura em voz alta instalada.</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>O mecanismo de leitura em voz alta deste sistema não tem voz utilizável.</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>A leitura em voz alta não está disponível aqui ({error}).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>ainda não há banco de dados em {data_dir} para fazer backup</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>não é possível criar a pasta de backup {folder}: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>não é possível escrever em {folder}: a pasta ou o disco dela está somente leitura (nada foi alterado)</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>o banco de dados falhou na verificação ({problem}); nenhum backup foi feito, então os anteriores continuam como estão</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>o disco de {folder} está cheio: libere espaço e tente de novo (nenhum backup foi feito; os anteriores continuam como estão)</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>o backup falhou: {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>libere espaço e tente de novo</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>nenhum backup foi feito</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>o backup falhou ({error}): {advice}; os backups anteriores continuam como estão</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} não existe ou não é um arquivo</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} não é um banco de dados do streamer-app (não é um arquivo SQLite); nada foi alterado</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>{path} não pode ser aberto ({error}); nada foi alterado</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} está danificado ({problem}); escolha outro backup. Nada foi alterado</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} é um arquivo SQLite, mas não um banco de dados do streamer-app; nada foi alterado</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} foi gravado por uma versão mais nova do streamer-app; atualize o app primeiro. Nada foi alterado</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} não é um banco de dados do streamer-app legível ({error}); nada foi alterado</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>esse arquivo é o próprio banco de dados atual; escolha um arquivo de backup</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>o disco de {folder} está cheio, então o banco de dados atual não pôde ser guardado à parte: libere espaço e tente de novo; nada foi alterado</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>o banco de dados atual não pôde ser guardado à parte ({error}): feche qualquer programa que o use e tente de novo; nada foi alterado</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>verifique a pasta</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>o banco de dados atual não pôde ser guardado à parte ({error}): {advice}; nada foi alterado</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>seu banco de dados anterior está em {path}</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>não havia banco de dados anterior</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>o banco de dados restaurado não passou na verificação; {previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>o disco está cheio, então o backup não pôde ser restaurado: libere espaço e tente de novo; {previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>o banco de dados está em uso ({error}): feche o streamer-app e tente de novo</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>{path} tem presentes recentes no arquivo -wal que o SQLite só consegue ler de uma pasta com escrita: copie a pasta inteira {folder} para um lugar com escrita e use --data-dir lá (nada foi alterado)</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} não é um banco de dados do streamer-app legível (pode estar danificado). Restaure um backup com &apos;streamer-app restore FILE&apos; ou mova o arquivo para começar do zero.</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} está somente leitura: verifique as permissões do arquivo e se o disco não está montado como somente leitura, ou escolha outro --data-dir.</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>não é possível abrir {path}: verifique se a pasta existe e permite escrita, ou escolha outro --data-dir.</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>o disco de {path} está cheio: libere espaço e tente de novo (nada que foi salvo se perdeu).</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>não é possível gravar {path} (erro de E/S no disco): o disco pode estar cheio, acima da cota, removido ou com defeito; libere espaço ou verifique a unidade (nada que foi salvo se perdeu).</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>problema no banco de dados {path}: {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>não é possível criar a pasta de dados {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>{path} falhou na verificação de integridade ({problem}). Nada foi alterado; restaure um backup com &apos;streamer-app restore FILE&apos; ou rode &apos;streamer-app doctor&apos;.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} foi gravado por uma versão mais nova do streamer-app (etapas de esquema {steps}). Atualize o app; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>o backup {target} não passou na verificação; o original está intacto</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>o banco de dados não pôde ser atualizado: {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>há uma restauração em andamento em {folder}: abra o streamer-app de novo quando ela terminar</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>não é possível escrever em {folder} ({error}); nada foi alterado</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>o streamer-app está rodando nesta pasta de dados: use o painel do timer na janela dele (ou feche-o antes)</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>o timer não pôde ser salvo: {problem}</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>Ganhos est.</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamantes</translation>
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
        <source>Gifts / min</source>
        <translation>Presentes / min</translation>
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
        <translation>Subs presenteados</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Apoiadores</translation>
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
        <translation>Pago</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>Assinaturas presenteadas</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>a {rate} diamantes/moeda</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>espectadores gastaram ≈ {money}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} sequências fechadas sem fim</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} novos seguidores</translation>
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
        <translation>PRONTO</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>RODANDO</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSADO</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>ACABOU O TEMPO</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>TIMER DO SUBATHON</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>Inicie uma live (ou a demo) para rodar o timer.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>Tirar {time}</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>Adicionar {time}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zerar</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>Voltar ao tempo inicial, parado (pergunta antes)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>{time} added</source>
        <translation>{time} adicionados</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>{time} retirados</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} moedas</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} subs</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} seguidores</translation>
    </message>
    <message>
        <source>from {income}</source>
        <translation>de {income}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cap {time}</source>
        <translation>limite {time}</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 moeda = {seconds} s</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>Zerar o timer do subathon?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>O timer volta ao tempo inicial e para. O tempo adicionado até agora é perdido (os presentes continuam no registro).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ao vivo</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inacabada</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>você venceu</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>você perdeu</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} mais</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} moedas</translation>
    </message>
    <message>
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>Presentes que seus espectadores enviaram aos seus convidados (LIVEs com vários convidados e coapresentação).</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>São ganhos dos convidados: não entram nas suas moedas, diamantes, ganhos nem nos limites de saque.</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name}: {coins} moedas, 1 presente</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name}: {coins} moedas, {gifts} presentes</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Curtidas</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>Primeiros presentes</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>Convidados</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>Total de curtidas da sala (contagem do TikTok)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>Espectadores que enviaram o primeiro presente para você hoje</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>Pontos do LIVE Match: um placar, não moedas nem dinheiro</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>Doador</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Apoiador</translation>
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
        <translation>Pago</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
</context>
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>O streamer-app lê os Bits, subs, seguidores e o chat do seu canal com o seu próprio app da Twitch. Registre um em {console} (Client Type: {public}, OAuth redirect {redirect}) e cole aqui o Client ID dele.</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>Entrar na Twitch — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>Abrir twitch.tv/activate</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>Cole o Client ID do seu app em dev.twitch.tv/console (cerca de 30 letras e números).</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>Pedindo um código à Twitch…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>Abra twitch.tv/activate, confira se mostra este código e escolha Authorize. Aguardando…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>Falha ao entrar na Twitch: {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>Conectado à Twitch como {login}.</translation>
    </message>
</context>
</TS>
