<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} debe ser al menos {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} debe ser como máximo {high}</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>{field} tiene una llave sin cerrar: escribe {example} para un valor, {braces} para una llave</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>{field} nombra {name}, que no se conoce: usa {known}</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>{field} no se puede completar: usa solo {plain} o {commas}</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>{field} debe ser un nombre de archivo dentro de la carpeta media/ (como roar.mp3), no una ruta</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>{field} debe ser un nombre de archivo dentro de la carpeta media/ (como roar.mp3), sin ..</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>{field} debe empezar por http(s)</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>{field} debe ser uno de estos: {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} debe ser un número entero</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} debe ser un número</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>{field} debe ser un objeto JSON, como {example}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>{field} no puede estar vacío</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} debe ser true o false</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>falta {field}</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} no es un campo de esta acción (sus campos: {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} no es un campo de este evento (sus campos: {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>{field} debe ser un objeto como {example}</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>{field} debe ser una lista con al menos una acción, como {example}</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>{field} debe ser un objeto con un type</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>{field} debe ser un objeto con name, when y do</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} no es un campo de una regla (sus campos: {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>Las acciones no están activas (inicia primero un stream, la demo o una repetición con acciones).</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>«{rule}» no se ejecutó: la cola de acciones está llena</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>«{rule}» se activó: mira el registro de acciones</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>Solo eventos de esta plataforma (vacío: cualquiera)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>Al menos (monedas)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>Las monedas del regalo contado: unidades × precio, como en su fila del registro</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>ID del regalo</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>Solo este regalo (vacío: cualquiera)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host: solo regalos para ti, no para invitados en pantalla</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Un regalo</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>Una vez por regalo contado (una fila del registro): una racha se activa una vez, al terminar</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>Un seguidor nuevo</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>Un compartido</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>Una suscripción</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>Cada N me gusta</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>Cada (me gusta)</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>Se activa cada vez que el total de me gusta de la sala pasa un múltiplo de este número</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>El primer regalo de un espectador</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>El primer regalo de un espectador para ti</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>Una meta de retiro alcanzada</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>Nombre de la meta</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>Solo esta meta (vacío: cualquiera)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>Una vez por meta y sesión</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>El temporizador del subathon terminó</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Reproducir un sonido</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>Archivo de sonido</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>Un archivo de la carpeta media/ de la carpeta de datos</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>Lo reproduce la página de medios del overlay (y la ventana): una vez por regalo contado, nunca por toque</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>Decir un texto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>p. ej. &quot;¡Gracias {user} por {gift}!&quot;</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>Un nombre de voz que el sistema conoce (vacío: la predeterminada)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>Mostrar una imagen, GIF o video</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Archivo multimedia</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>Se muestra durante (s)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>Una solicitud a OBS</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>Un tipo de solicitud de obs-websocket 5, p. ej. SetCurrentProgramScene</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>Datos de la solicitud</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>p. ej. {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Llamar a un webhook</translation>
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
        <translation>Texto de Discord</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Tiempo de espera (s)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>Añadir tiempo al temporizador</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>Mostrar una alerta propia</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} está vacío: escribe el nombre de la escena como lo muestra OBS</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} está vacío: escribe el nombre de la fuente como lo muestra OBS</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} también es el nombre de la regla {number}: dale a cada regla su propio nombre</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)</source>
        <translation>Sonidos (*.mp3 *.wav *.ogg *.m4a *.opus)</translation>
    </message>
    <message>
        <source>Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</source>
        <translation>Imágenes, GIF y videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>un archivo de la carpeta de medios</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>No se pudo copiar el archivo en {folder}: {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>Cualquier regalo</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} monedas (ID {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>Elige un regalo o escribe su ID</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>Puedes usar {names} y más.</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>cualquiera (tú e invitados)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>solo tú (el host)</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>Acciones — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>Revisar cada regla y escribir actions.json (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>Una regla nueva</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>Una copia de la regla seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>Quitar la regla seleccionada (se aplica al guardar)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Subir la regla</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Bajar la regla</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Probar esta regla</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>Ejecutar sus acciones ahora con un evento de ejemplo (sin filtros ni tiempo de espera)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} Corrige el archivo a mano ({path}) y vuelve a abrir esta ventana, o crea reglas aquí: al guardar se pregunta antes de reemplazar el archivo.</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>Las reglas de actions.json no se pueden leer hasta que se corrija el archivo (ver arriba).</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>Reglas de {file} con problemas, desactivadas hasta corregirlas: {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>No se guardó nada: {rule} tiene problemas (marcados en rojo).</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>No se guardó nada: se conservó el archivo dañado.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>No se guardó nada: {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>Se guardaron {count} en {path}. Se aplican desde el próximo evento.</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>¿Guardar las acciones?</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>Tus cambios en las acciones aún no están guardados.</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>¿Reemplazar actions.json?</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

¿Reemplazarlo por las {count} que se ven aquí? Se guarda una copia del archivo dañado a su lado.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>Esta regla tiene problemas: selecciónala para verlos.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Primero corrige los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>La prueba falló: {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>Registro ({count} fallidas)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>No se pudo leer {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} no es un JSON válido: línea {line}, columna {column}: {reason}. Ninguna acción se ejecuta hasta que se corrija.</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} línea 1: debe ser un objeto {example}. Ninguna acción se ejecuta hasta que se corrija.</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>Envía el texto de Discord de abajo, como lo espera un webhook de Discord; si no, el evento como JSON</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>Formato de Discord</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>Acción desconocida «{type}»</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… o tu propia dirección https://</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>Hacer esto antes</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>Hacer esto después</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Quitar esta acción</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>Regalo: elige uno de la lista o escribe su ID (un número entero)</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>p. ej. Lion: rugido y la escena Lion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>Desmarca para conservar la regla sin ejecutarla</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>Al menos estos segundos entre dos ejecuciones de esta regla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>Espera (s)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuando</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Hacer</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>Añade al menos una acción: ¿qué debe pasar cuando llegue este evento?</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>regalo {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>Primer {gift}</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Un regalo</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>Un primer regalo</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(sin evento)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>Cada {count} me gusta</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{what} de {coins}+ monedas</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>{what} para ti</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{what} en {platform}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>escena de OBS {name}</translation>
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
        <translation>texto de OBS {name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>sonido {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>mostrar {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>decir «{text}»</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>alerta «{text}»</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>temporizador {seconds} s</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nada aún)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 regla</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} reglas</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>Aún no hay reglas. Haz clic en Añadir para crear una: por ejemplo, cuando llegue un Lion, reproducir roar.mp3 y cambiar OBS a la escena Lion.</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>regla {number} «{name}»</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>regla {number}</translation>
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
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>Solo fallos</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>Ocultar lo que funcionó: qué falló y por qué, y qué se descartó</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>1 línea, {failed} fallidas.</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} líneas, {failed} fallidas.</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>Las acciones se ejecutan mientras corre un stream, la demo o una repetición con acciones.</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>Descartadas (la cola estaba llena): {count}.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nada aún.</translation>
    </message>
</context>
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
        <source>Alert</source>
        <translation>Alerta</translation>
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
    <message>
        <source>a guest</source>
        <translation>un invitado</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} envió {count} {gift}</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>copia de seguridad guardada: {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>la copia de seguridad automática falló: {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>no se puede crear la carpeta de exportación automática {folder} ({error}): elige otra carpeta en los ajustes</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>la exportación automática no pudo leer la base de datos: {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>exportado: {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>la exportación automática {format} falló: {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>nada que exportar automáticamente: {error}</translation>
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
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money} estimado · {figures}</translation>
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
        <source>subs &amp; members</source>
        <translation>subs y miembros</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>seguidores que apoyan</translation>
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
        <source>TOP SUPPORTERS</source>
        <translation>TOP DE APOYOS</translation>
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
        <translation>gracias</translation>
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
        <source>{name} cleared</source>
        <translation>{name} borrado</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>no se dio ningún {name}; no se cambió nada</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>eso no parece un {name} (demasiado corto o con espacios); no se cambió nada</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>{name} guardado en {where}: {mask}</translation>
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
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>indica cuántos segundos añadir, p. ej. &apos;streamer-app timer add 300&apos; (un número negativo resta)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} moneda</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} monedas</translation>
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
        <translation>Temporizador de subathon: {status}, quedan {left} (termina {time})</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>Temporizador de subathon: {status}, quedan {left}</translation>
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
        <translation>{time} añadido (ingresos: {income})</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>{time} añadido</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>{time} restado (ingresos: {income})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>{time} restado</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>Reglas: 1 moneda = {coin} s, 1 sub = {sub} s, 1 seguidor = {follow} s, tope {cap}.</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>Reglas: 1 moneda = {coin} s, 1 sub = {sub} s, 1 seguidor = {follow} s.</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>no hay ninguna página de overlay llamada {page}: elige entre {pages}</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>Conectando con OBS en {host}:{port}…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>Nota: OBS se ejecuta en otro ordenador, pero los enlaces del overlay apuntan a 127.0.0.1 (este ordenador para OBS): activa overlay_lan y edita la dirección en cada fuente (docs/OBS.md).</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>Nuevo token de overlay guardado: los enlaces antiguos dejan de funcionar cuando streamer-app se reinicia (o al instante en la ventana). Las fuentes creadas con «Añadir a OBS» reciben los enlaces nuevos la próxima vez que la ventana se conecte a OBS (o ejecuta &apos;streamer-app overlay add-to-obs&apos;); actualiza cualquier otra fuente de navegador de OBS con:</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>El acceso LAN está activado: en otros dispositivos usa la dirección IP de este ordenador en lugar de 127.0.0.1.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>configurado</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path} (solo tú puedes leerlo)</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>guardado en: {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>el ID de cliente de tu propia app de Twitch (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, redirección OAuth http://localhost; docs/PLATFORMS.md)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>sesión de Twitch cerrada (el ID de cliente se conserva)</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>ID de cliente de Twitch ({help}): </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>indica {help} con --client-id; no se cambió nada</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>Abre {url} e introduce el código {code} para que streamer-app pueda leer los Bits, subs, seguidores y el chat de tu canal. Esperando…</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>sesión iniciada en Twitch como {login}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>archivo de cliente OAuth</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>sesión de YouTube cerrada (el ajuste del archivo de cliente OAuth se conserva)</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>sesión iniciada en YouTube; el inicio de sesión se guarda en {where}</translation>
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
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
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
        <source>The browser overlay is not available in this build.</source>
        <translation>El overlay de navegador no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>No se pudo iniciar el servidor de overlays: {error}</translation>
    </message>
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
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ El registro tiene un problema: {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ La conexión tuvo 1 corte ({time} en total): pueden faltar en estos totales regalos enviados durante un corte.</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ La conexión tuvo {count} cortes ({time} en total): pueden faltar en estos totales regalos enviados durante un corte.</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Sesión n.º {id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor: revisando {path}</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>no revisado: no se pueden leer los ajustes</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>el control de OBS está desactivado (Ajustes ▸ OBS); «Añadir a OBS» solo se conecta cuando se pide</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>pega la contraseña de «Mostrar información de conexión» de OBS en Ajustes ▸ OBS</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>no se puede acceder a {host}:{port}</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} responde en {host}:{port} y aceptó la contraseña</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>libera espacio en disco (el disco o tu cuota está lleno), o elige otra carpeta con --data-dir</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>el disco es de solo lectura: móntalo con escritura o usa otro disco, o elige otra carpeta con --data-dir</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>corrige los permisos de la carpeta (debes poder escribir en ella), o elige otra carpeta con --data-dir</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>el sistema dice: {error}; revisa el disco, o elige otra carpeta con --data-dir</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>mueve ese archivo, o elige otra carpeta con --data-dir</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} no existe y no se puede crear</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>elige una carpeta en la que puedas escribir con --data-dir o STREAMER_APP_HOME</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>{path} se creará en el primer directo</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>no se puede escribir en {path} ({error})</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path}: solo {mb} MB libres</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>libera espacio en disco: el registro y las grabaciones necesitan espacio para crecer</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} tiene permiso de escritura ({gb} GB libres)</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>corrige el valor en {path}, o borra el archivo para empezar con los valores predeterminados</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>los ajustes son válidos</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>restaura la copia de seguridad más reciente: streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>no hay ninguna copia de seguridad: mueve el archivo para empezar con una base de datos nueva (guárdalo; quizá se pueda recuperar)</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>todavía no hay base de datos: la crea el primer directo</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>no se puede leer {path} ({error})</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>corrige los permisos del archivo</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} no es una base de datos SQLite (dañada o sobrescrita)</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>no se puede abrir {path} ({error})</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>{path} no pasó su comprobación de integridad ({problem})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} no es una base de datos de streamer-app</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>muévela (streamer-app creará una nueva), o restaura una copia de seguridad</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} fue escrita por una versión más reciente de streamer-app</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>actualiza la app</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>no se puede leer {path} ({error})</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>{name} pasó su comprobación: {sessions} sesión(es), {rows} filas del registro ({mb} MB)</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>todavía no hay copia de seguridad</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>haz una ahora: streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>{count} copia(s) de seguridad, la más reciente {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>el puerto {port} en {host} ya está en uso</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>si streamer-app ya se está ejecutando es lo esperado; si no, cierra el programa que lo usa, o elige otro puerto: --overlay-port {port} (u overlay_port en los ajustes)</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>el puerto {port} está libre para el servidor de overlays</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>Qt incluido (se comprueba al abrir la ventana)</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 se carga y arranca (offscreen)</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 no arranca: {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>reinstala la app (pip install --force-reinstall streamer-app), e instala las bibliotecas del sistema indicadas abajo, si las hay</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>PySide6 no arrancó dentro del tiempo límite</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>ejecuta &apos;streamer-app -v&apos; para ver dónde se bloquea</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>no se pudo comprobar (falta ldd o el plugin xcb)</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>si la ventana no se abre, instala libxcb-cursor0 y libxkbcommon-x11-0</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>faltan: {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>instálalas, en Debian/Ubuntu: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>están todas las bibliotecas que necesita el plugin de ventanas X11 (xcb)</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>no hay DISPLAY ni WAYLAND_DISPLAY: no hay escritorio donde abrir una ventana</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>usa --headless aquí, o ejecútalo desde una sesión de escritorio</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>guardado en {path}, solo tú puedes leerlo (no hay llavero del sistema disponible)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>copias de seguridad</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>puerto de overlays</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>bibliotecas de ventana de Qt</translation>
    </message>
    <message>
        <source>display</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secretos</translation>
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
        <translation>{problems} problema(s) y {warnings} aviso(s): mira el consejo tras cada uno.</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>Sin problemas; {warnings} aviso(s).</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>Todo está en orden.</translation>
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
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>Saldo desde el último retiro {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ alcanzado: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
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
        <source>Twitch payout minimum</source>
        <translation>Mínimo de pago de Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Umbral de pago de YouTube (AdSense)</translation>
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
        <translation>{count} monedas</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ alcanzado</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · sin ingresos recientes para proyectar</translation>
    </message>
</context>
<context>
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>detenida antes de que empezara la fuente</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>la fuente terminó</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>La transmisión de demostración terminó</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>La transmisión de demostración de Twitch terminó</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>La transmisión de demostración de YouTube terminó</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>fin de la grabación</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>El creador terminó el LIVE</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>El acceso a Twitch terminó</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>el chat en vivo de YouTube terminó</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Algo salió mal: {error}.</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>un hilo en segundo plano</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>Algo salió mal en {thread}: {error}.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Los detalles están en el registro: {path}</translation>
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
        <source>Someone</source>
        <translation>Alguien</translation>
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
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name} hizo un raid con {count} espectadores</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>Resumen JSON</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>Registro de regalos CSV</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Resumen Markdown</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>Tarjeta PNG para compartir</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>registro de regalos</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>Aún no hay nada que exportar: primero inicia la demo o conéctate a un directo.</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exportar la sesión</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>Ya hay una exportación en curso: espera a que termine.</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>Exportando la sesión n.º {id} como {format}…</translation>
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
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>La exportación falló: {error}</translation>
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
        <source>ledger: {problem}</source>
        <translation>registro: {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>el temporizador de subathon llegó a cero</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>corte en la conexión: pueden faltar {length}</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>{length} de directo | {paid} | {earnings} estimado</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>aún no hay mensajes pagados</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>{length} de directo | {gifts} regalos | {coins} monedas | {earnings} estimado | {gifters} donantes</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>temporizador {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>el registro va {count} filas por detrás</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>en pausa {left}</translation>
    </message>
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
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | ganancias estimadas {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>ningún mensaje pagado</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>top donantes: {names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>{count} fila(s) del registro rechazada(s) por incoherente(s) y apartada(s) en {path}; todo lo demás está guardado</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>regalos a invitados (sus ingresos, no en tus totales): {coins} monedas, {guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>{count} primeros regalos: espectadores que te regalaron por primera vez</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>{count} mensajes de regalo reenviados ignorados</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>{count} rachas cerradas sin su mensaje final</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>{count} cortes en la conexión: a los totales pueden faltarles regalos enviados entonces</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>temporizador de subathon {state} ({time} añadido por {coins} monedas, {subs} subs, {follows} seguidores)</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>no se pudo escribir el registro</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>NO GUARDADO: {why}; no se pudo leer el archivo del registro para saber cuánto de esta sesión contiene</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>NO GUARDADO: {why}. El registro contiene {saved_gifts} de estos {gifts} regalos ({saved_coins} de {coins} monedas); el resto se pierde al terminar esta ejecución (una grabación, si se hizo, puede reproducirse cuando se resuelva el problema)</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>noche: {earnings} estimado ({platforms}) | {gifts} regalos | {coins} monedas</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform}: no se ejecutó: {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>Total de la noche: {earnings} de ganancias estimadas en {count} sesiones: {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>fuera del total: {platform} {amount} {currency} (otra moneda distinta de la de la primera sesión)</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>NO se guardó todo: mira cada sesión arriba</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>promedio de la sesión</translation>
    </message>
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
        <source>Export the selected session ({formats})</source>
        <translation>Exportar la sesión elegida ({formats})</translation>
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
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
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
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>Se añadió {source}: su propia sesión, en el total de esta noche.</translation>
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
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>Cambiar a una escena</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>Mostrar una fuente</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>Ocultar una fuente</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>Reiniciar una fuente multimedia</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>Cambiar el texto de una fuente de texto</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>Otra solicitud (avanzado)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Datos (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>Escribe el nombre de la escena (como lo muestra OBS).</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>Escribe el nombre de la fuente (como lo muestra OBS).</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>Escribe el texto que se mostrará.</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>Escribe una solicitud de obs-websocket 5.</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>p. ej., León</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>p. ej., Video del león</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>p. ej., ¡Gracias, {user}!</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>OBS debe</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>Desde OBS ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>Elige la escena entre las de OBS (OBS debe estar abierto)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>Elige la fuente entre las de OBS (OBS debe estar abierto)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>Preguntando a OBS…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>No se pudo consultar a OBS: {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>OBS no tiene escenas</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>OBS no tiene fuentes</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS: apagado</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS: sin conexión</translation>
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
        <translation>OBS: contraseña incorrecta</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>El control de OBS está apagado (Ajustes ▸ OBS); Añadir a OBS sigue funcionando.</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>Sin conexión con OBS: se reintenta en segundo plano.</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>Conectando con OBS…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>Conectado a OBS.</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>OBS rechazó la contraseña: revísala en Ajustes ▸ OBS.</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page}: se creó «{source}»</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page}: se actualizó «{source}»</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page}: no hay «{source}» en OBS (nada que actualizar)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page}: falló ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} creadas</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} actualizadas</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fallidas</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>Añadir a OBS: nada que hacer.</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>Añadir a OBS: {results}.</translation>
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
        <translation>Haz clic para ver los overlays y Añadir a OBS.</translation>
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
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>Alertas de regalos</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>Barra de meta</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donantes</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>Temporizador de subathon</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Meta de me gusta</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>Multimedia de acciones (sonidos, imágenes, videos)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>Un token nuevo hace que todos los enlaces de overlay que diste a OBS dejen de funcionar al instante: tendrás que pegar los enlaces nuevos en cada fuente de navegador.</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>Overlays para OBS — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>Añadir a OBS crea una fuente de navegador para cada página marcada en la escena actual de OBS; o pega tú mismo un enlace en una fuente de navegador (1920×1080). Cada enlace lleva un token secreto: trátalo como una contraseña y nunca lo muestres en directo.</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>Las páginas marcadas reciben una fuente de navegador en OBS al pulsar Añadir a OBS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>Copia el enlace completo, con el token, para OBS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>Abre la página en tu navegador</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Enviar una alerta de prueba</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>Un regalo ficticio de 1.000 monedas en las páginas de alertas y la ventana de alertas (no se cuenta)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>Regenerar token…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>Añadir a OBS</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>Crea una fuente de navegador para cada página marcada en la escena actual de OBS (o actualiza la que creó antes), con su enlace, token y tamaño</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(el servidor de overlays no está en marcha)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ El acceso LAN está activado: cualquier dispositivo de tu red con un enlace puede abrir estos overlays. Desactívalo en los ajustes (overlay_lan) salvo que OBS funcione en otro ordenador.</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>Se copió el enlace de «{page}» (con su token): pégalo en una fuente de navegador de OBS.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>No se pudo abrir ningún navegador: copia el enlace y pégalo en tu navegador.</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>Alerta de prueba enviada a las páginas de overlay y a la ventana de alertas.</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>¿Regenerar el token de los overlays?</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>¿Regenerarlo ahora?</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>No se pudo reemplazar el token: {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>Token nuevo guardado; cambiando el servidor de overlays a él…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>El token nuevo se guardó, pero el servidor no lo aceptó ({error}): reinicia la app.</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>Token nuevo en uso. Se están actualizando las fuentes que creó Añadir a OBS; pega los enlaces nuevos a mano en cualquier otra fuente de navegador.</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>Actualizando las fuentes de navegador que creó Añadir a OBS…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>Token nuevo en uso. Los enlaces antiguos ya no funcionan: copia cada enlace otra vez y pégalo en su fuente de navegador de OBS.</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>Añadiendo 1 página a OBS…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>Añadiendo {count} páginas a OBS…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>Añadir a OBS falló: {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>Las fuentes de navegador de OBS no se actualizaron: {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>el puerto {port} ya está en uso (¿otro streamer-app u otro programa?): elige otro con --overlay-port P o el ajuste overlay_port</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>no se puede abrir el servidor de overlays en el puerto {port}: {error}; elige otro con --overlay-port P</translation>
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
        <translation>Nueva sub (Nivel {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Resub (Nivel {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Nueva sub</translation>
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
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform}: {creator} · sesión n.º {id} · {state}</translation>
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
        <translation>{count} mensajes pagados</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} monedas</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} seguidores</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>Ganancias estimadas de todas las fuentes esta noche, en tu moneda de visualización</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} sin convertir</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits y tu parte de las subs</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>en cheers</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>nuevas, resubs y regaladas</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>contadas para quienes regalan</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} nuevos seguidores</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>canales que hicieron raid</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>tu parte tras la de YouTube</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>Super Chats y Stickers</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>lo que pagaron los espectadores</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>Lo que pagaron los espectadores, antes de la parte de YouTube: {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>nuevas y regaladas</translation>
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
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · {balance} estimado hasta ahora</translation>
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
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>tu parte {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube: tu parte</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>{supers} de los Supers · {memberships} de las membresías</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
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
    <message>
        <source>First cash-out</source>
        <translation>Primer retiro</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Retiro mínimo</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mi meta</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Mínimo de pago de Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Umbral de pago de YouTube (AdSense)</translation>
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
        <source>Night of {date} · {platforms}</source>
        <translation>Noche del {date} · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} moneda</translation>
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
        <translation>{subs} ({count} regaladas)</translation>
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
        <translation>{count} Super Chat y Sticker</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>{count} Super Chats y Stickers</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>ningún mensaje pagado</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>{count} membresía</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} membresías</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>No hay tipo de cambio a {currency} para {codes}: {amounts} (tu parte) se conserva y figura como no convertido, fuera de las ganancias estimadas. Añade {rates} a tus tipos de cambio en Ajustes &gt; Twitch y YouTube.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · LIVE {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(no hay ningún stream: se inició un ejecutor solo para esta prueba)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>sigue en curso: mira la pestaña Registro</translation>
    </message>
</context>
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>la copia de seguridad o exportación automática falló: {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Sesión #{id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>la sesión {id} no está en la base de datos</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>No se pudo abrir la sesión: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamantes por moneda</translation>
    </message>
    <message>
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>Lo que recibe un creador por cada moneda que envía un espectador (TikTok no lo publica; cerca de 0,5).</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD por diamante</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>Lo que TikTok paga por diamante (cerca de 0,01 USD).</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moneda mostrada</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>El código de tres letras de la moneda en que se muestran las ganancias.</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 USD en esa moneda</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>Tu propio tipo de cambio: no se consulta nada en línea.</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>Lo que pagan los espectadores por moneda (USD)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>Lo que gastan los espectadores por moneda en la app (cerca de 0,0143 USD), para «los espectadores gastaron».</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD por Bit</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>Lo que ganas por cada Bit: 0,01 USD (Twitch paga a Afiliados y Partners un centavo por Bit).</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: precio de sub Nivel 1 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>Lo que paga un espectador por una suscripción de nivel 1 (4,99 USD en EE. UU.; en algunos países Twitch cobra menos).</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: precio de sub Nivel 2 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>Lo que paga un espectador por una suscripción de nivel 2 (9,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: precio de sub Nivel 3 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>Lo que paga un espectador por una suscripción de nivel 3 (24,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: tu parte de las subs (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>El reparto habitual es 50 % (también en suscripciones regaladas); Partner Plus y algunos contratos pagan más.</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: tu parte de Super Chats y Stickers</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>70 % de lo que pagan los espectadores, tras la parte de YouTube (https://support.google.com/youtube/answer/7288782).</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: tu parte de las membresías</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>70 % del precio de una membresía tras la parte de YouTube, como en los Super Chats.</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: precio de la membresía (USD)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>Se usa cuando un mensaje de membresía no indica su precio (4,99 USD, el primer nivel habitual).</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Tipos de cambio a la moneda mostrada</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>Una unidad de cada moneda en que pagan los espectadores, en tu moneda mostrada, como EUR=1.08, JPY=0.0064. No se consulta nada en línea; un importe en una moneda sin tipo de cambio se conserva y se lista como no convertido.</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Metas de retiro</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>Metas y mínimos de retiro, en dinero, diamantes o monedas, cada uno con su plataforma. Twitch paga desde 50 USD (100 USD por transferencia; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube mediante AdSense desde 100 USD o su equivalente local (https://support.google.com/adsense/answer/1709871).</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Monedas mínimas para una alerta</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>Los regalos menores cuentan, pero no muestran alerta.</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>las monedas mínimas no pueden ser negativas</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Volumen (0-100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>El volumen del sonido de alerta, en porcentaje.</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>el volumen es un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Silenciar sonidos</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>Alertas sin sonido.</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Leer los regalos en voz alta (texto a voz)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>Lee en voz alta el nombre del donante y el regalo, con la voz del sistema.</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Monedas mínimas para leer en voz alta</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>Los regalos menores no se leen en voz alta.</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>las monedas mínimas para leer en voz alta no pueden ser negativas</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Nunca leer en voz alta</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>No se lee en voz alta un nombre o regalo que contenga una de estas palabras.</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>palabras que nunca se leen, separadas por comas</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>El fondo de la ventana de alertas, para capturarla en OBS.</translation>
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
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>elige «chroma» o «transparent»</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Color chroma</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>El color que OBS elimina, como #00b140.</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>Mantiene la ventana de alertas sobre las demás ventanas.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Tamaño de la ventana</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>El tamaño de la ventana de alertas en píxeles.</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>elige uno de estos: {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Alertas en espera antes de un resumen</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>Con más alertas en espera que este número, el resto se agrupa en una tarjeta de resumen.</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>entre 1 y 100 alertas en espera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>El idioma de la ventana, los informes y, salvo que se elija abajo, los overlays.</translation>
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
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>El idioma que tu público lee en los overlays (puede ser distinto del tuyo).</translation>
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
        <source>The account to follow; empty offers the demo.</source>
        <translation>La cuenta a seguir; vacío ofrece la demo.</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Tu canal de Twitch</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>También se sigue junto a TikTok al iniciar la app (transmitir en varias plataformas a la vez); vacío: ninguno. Inicia sesión primero: Stream ▸ Iniciar sesión en Twitch.</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>Tu canal de YouTube</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>También se sigue junto a TikTok al iniciar la app; tu @usuario, ID del canal o ID del video en vivo; vacío: ninguno. Inicia sesión primero (docs/PLATFORMS.md).</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>Grabar los datos en bruto de los streams de TikTok (para repetirlos)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>Guarda lo que envió TikTok, para poder repetir y revisar un stream más tarde.</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Carpeta de exportación automática</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>Dónde se exporta cada sesión al terminar; vacío: sin exportación automática. Una carpeta relativa está dentro de la carpeta de datos.</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>sin exportación automática</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>Los formatos de la exportación automática.</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>formato desconocido {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Segundos por moneda</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>Tiempo que añade cada moneda de un regalo contado (una Rose lo añade una vez, una Galaxy 1.000 veces).</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>los segundos por moneda deben estar entre 0 y 3600</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Segundos por suscripción</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>Tiempo que añade cada suscripción.</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>los segundos por suscripción deben estar entre 0 y 86400</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Segundos por seguidor</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>Tiempo que añade cada nuevo seguidor (0: no añaden nada).</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>los segundos por seguidor deben estar entre 0 y 3600</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Tiempo inicial (minutos)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>Lo que muestra el temporizador antes de empezar y tras reiniciarlo.</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>el tiempo inicial debe estar entre 0 y 100.000 minutos</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Máximo (minutos, 0 = sin límite)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>El temporizador nunca guarda más que esto; el tiempo de más no se añade.</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>el tope debe estar entre 0 y 100.000 minutos (0: sin tope)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Las repeticiones también suman tiempo</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>Desactivado: solo los streams en vivo y la demo alargan el temporizador, no una grabación repetida.</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>Primera meta de likes</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>La primera meta de la página de me gusta (el total de me gusta de la sala).</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>la meta de me gusta debe ser un número entero de al menos 1</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Luego cada … likes</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>Al alcanzar una meta, la siguiente está esta cantidad de me gusta más allá.</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>el paso de la meta de me gusta debe ser un número entero de al menos 1</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>Controlar OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>Se conecta al servidor WebSocket de OBS: Añadir a OBS y acciones que cambian escenas o muestran fuentes.</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>Equipo de OBS</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>Dónde corre OBS: 127.0.0.1 si es este equipo.</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>Puerto WebSocket de OBS</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>El puerto del servidor en Herramientas &gt; Ajustes del servidor WebSocket de OBS (4455 salvo que lo cambiaras).</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value} no es un puerto entre 1 y 65535</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>Archivo de cliente OAuth de YouTube</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>El archivo JSON de tu propio cliente OAuth de Google (tipo App de escritorio) para iniciar sesión en YouTube (docs/PLATFORMS.md explica cómo crearlo).</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>Unidades de la API de YouTube al día</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>La cuota diaria de la YouTube Data API de tu proyecto de Google Cloud (10.000 salvo que Google la haya ampliado).</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>entre 100 y 100.000.000 unidades al día</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>Horas en LIVE de YouTube al día</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>El chat se lee a un ritmo que hace que la cuota del día dure estas horas de stream.</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>entre 0,5 y 24 horas</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>Una racha de regalos sin novedades durante este tiempo se cierra y se cuenta.</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>el tiempo de inactividad de una racha debe estar entre 1 y 600 segundos</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>El puerto local de las fuentes de navegador de OBS.</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value} no es un puerto entre 1024 y 65535</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>Solo para OBS en otro equipo: el overlay escucha entonces más allá de este.</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>La parte secreta de las direcciones del overlay (cámbiala con «overlay rotate-token»).</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>Las grabaciones más antiguas se borran al superar este tamaño.</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>conserva al menos 10 MB de grabaciones</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>Copias de seguridad de la base de datos que se guardan en la carpeta de datos.</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>conserva entre 1 y 1000 copias de seguridad</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>El límite global de las reglas de actions.json, en tiempo de stream (0: sin límite).</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>las acciones por segundo deben estar entre 0 y 1000</translation>
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
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} debe ser un número, no {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} debe ser un número finito, no {value}</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>{name} debe ser mayor que cero, no {value}</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>{name} no puede ser negativo, no {value}</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>{name} debe ser un código de tres letras como USD o EUR, no {value}</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>escribe cada tipo de cambio como CÓDIGO=tipo, como EUR=1.08, no {value}</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>la moneda de un tipo de cambio</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>el tipo de cambio de {code} aparece dos veces</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>los diamantes por moneda deben ser como máximo 1 (un creador nunca recibe más que las monedas)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} es una parte: como máximo 1 (0,5 es 50 %), no {value}</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>{name} debe ser como máximo {most}, no {value}</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>el tipo de cambio de {code} debe ser como máximo 1.000.000.000, no {value}</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>diamantes informados</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>una meta necesita un nombre (texto)</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>la plataforma de {threshold} debe ser una de estas: {known}, no {value}</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} es una meta de {platform}: su unidad es dinero (las monedas y los diamantes son de TikTok)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>la unidad debe ser una de estas: {known}, no {value}</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>la moneda de {threshold} debe ser un código de tres letras como USD, no {value}</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} está en {currency}; solo se pueden convertir {base} y la moneda mostrada {display}</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>se esperaba true o false, no {value}</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>se esperaba un número entero, no {value}</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>se esperaba un número, no {value}</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>se esperaba texto, no {value}</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>se esperaba una lista de textos</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>el archivo de ajustes debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} no es un JSON válido (línea {line}): corrígelo o bórralo</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} no es un número entero</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} no es un número</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} es un archivo, no una carpeta: elige una carpeta</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>el tipo de cambio de {code}</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>el importe de {threshold}</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} no es un @usuario de TikTok (2-24 letras, dígitos, &apos;_&apos; o &apos;.&apos;)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>dos metas tienen el mismo nombre</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value} no es un color como #00b140</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>un token debe tener al menos 128 bits (22 caracteres)</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>escribe el equipo donde corre OBS: 127.0.0.1 si es este</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} no es un nombre de host ni una dirección IP (escríbelo sin ws:// ni puerto)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} no es un archivo: elige el JSON que descargaste para tu cliente OAuth</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>Marca al menos un formato o vacía la carpeta para desactivar la exportación automática.</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>nombra un ajuste, p. ej. «streamer-app settings get alerts.volume»</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>no hay ningún ajuste {key} que cambiar aquí: «streamer-app settings show» los lista</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>indica el valor nuevo, p. ej. «streamer-app settings set {key} VALOR»</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (guardado)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>diamantes</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>monedas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>Meta de la fila {row}: {problem}</translation>
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
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>Opcional: la clave API evita los límites del servidor de firma. Se guarda en el llavero del sistema, nunca en registros, grabaciones ni exportaciones.</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>Opcional: la clave API evita los límites del servidor de firma. Se guarda en un archivo que solo tú puedes leer, nunca en registros, grabaciones ni exportaciones.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>Para usar otra carpeta, inicia con --data-dir CARPETA o define STREAMER_APP_HOME.</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>guardada (escribe para reemplazarla)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>Contraseña WebSocket de OBS</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>la contraseña que muestra OBS</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>No se pudieron leer las sesiones: {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} monedas</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>diamantes que TikTok informó para ese stream</translation>
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
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>Ese stream ganó {rate} diamantes por moneda ({coins} monedas).</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>Diamantes por moneda fijados en {rate}; guarda para conservarlo como predeterminado.</translation>
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
        <source>amount withdrawn</source>
        <translation>importe retirado</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrar retiro</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>El saldo y las metas cuentan desde el último retiro.</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>un retiro debe ser mayor que cero</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>aún no hay registro: haz un stream (o inicia la demo) primero</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>fuente desconocida {kind}: elige {kinds}</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Escribe primero tu @usuario de TikTok (2-24 letras, dígitos, &apos;_&apos; o &apos;.&apos;).</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} no es un @usuario de TikTok (2-24 letras, dígitos, &apos;_&apos; o &apos;.&apos;)</translation>
    </message>
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
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name} ({kind}) ya está conectado esta noche</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>{path} no se puede leer como grabación ({error})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} no es una grabación en bruto de streamer-app (su primera línea no es una cabecera {fmt})</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path}: a la cabecera de la grabación le falta {key}</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path}: el started_at de la cabecera no es una fecha ISO</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} no es una grabación en bruto de streamer-app (su primera línea no es una cabecera de {formats})</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>no se dio ningún @usuario de TikTok</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>detenido antes de conectar con {handle}</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>Se alcanzó el límite de conexiones del servidor de firmas</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>Se alcanzó el límite de conexiones del servidor de firmas (una clave de API de Euler Stream lo amplía)</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} no está en LIVE ahora; se conectará en cuanto empiece</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>El LIVE de {handle} tiene restricción de edad: añade un ID de sesión de TikTok en Ajustes para verlo</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>TikTok rechazó la conexión (bloqueada); inténtalo más tarde o añade un ID de sesión</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>El servidor de firmas dice que esto necesita un plan de pago de Euler Stream</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>El servidor de firmas se niega a usar el ID de sesión; quítalo en Ajustes</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>La conexión anterior seguía abierta; reconectando</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>TikTok no tiene ninguna cuenta LIVE {handle}: revisa cómo se escribe el @usuario</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>Sin red: no se puede acceder a TikTok</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>TikTok no entregó una conexión (quizá está comprobando si hay bots)</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>La conexión falló ({error})</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>Sin red: no se puede acceder al servidor de firmas</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>El servidor de firmas rechazó la clave de API de Euler Stream: revísala en Ajustes</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>El servidor de firmas pide una clave de API de Euler Stream: añade una en Ajustes</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>El servidor de firmas no respondió como se esperaba ({reason})</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>No hay ningún canal de Twitch llamado {login}.</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>Escribe el nombre de usuario del canal de Twitch (3-25 letras, dígitos o &apos;_&apos;).</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path}: a la cabecera de la grabación de Twitch le falta channel_id</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>inicia sesión en YouTube primero: configura &apos;YouTube OAuth client file&apos; en los ajustes (o ejecuta &apos;streamer-app youtube sign-in&apos;), o guarda una clave de API (&apos;streamer-app secrets set youtube-api-key&apos;) para leer un chat público</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>detenido antes de que la emisión de YouTube empezara</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>la fuente de YouTube no puede arrancar: la biblioteca cliente de Google está incompleta en esta instalación ({error}); instala streamer-app con pip para seguir YouTube</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} no es un canal de YouTube (@usuario o ID UC…) ni un ID o enlace de vídeo</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>configura primero &apos;YouTube OAuth client file&apos; en los ajustes (el JSON de un cliente OAuth de escritorio de Google Cloud console; docs/PLATFORMS.md explica cómo)</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>el archivo de cliente OAuth de YouTube {path} no existe</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path} no es un archivo de cliente OAuth de Google del tipo aplicación de escritorio ({error})</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>el inicio de sesión en YouTube no terminó ({error})</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>para seguir tu propia emisión, inicia sesión en YouTube (una clave de API solo lee chats públicos: escribe en su lugar el ID del vídeo o el canal)</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>YouTube no tiene ningún vídeo {video_id} (o es privado)</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>el directo del vídeo {video_id} terminó; su chat ya no se puede leer</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>el vídeo {video_id} no es un directo</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>YouTube no tiene ningún canal {channel}</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>Este sistema no tiene ninguna voz de texto a voz instalada.</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>El motor de texto a voz de este sistema no tiene ninguna voz utilizable.</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>El texto a voz no está disponible aquí ({error}).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>todavía no hay base de datos en {data_dir} para copiar</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>no se puede crear la carpeta de copias {folder}: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>no se puede escribir en {folder}: la carpeta o su disco es de solo lectura (no se cambió nada)</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>la base de datos no pasó su comprobación ({problem}); no se hizo ninguna copia, así que las anteriores se conservan tal cual</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>el disco de {folder} está lleno: libera espacio e inténtalo de nuevo (no se hizo ninguna copia; las anteriores se conservan tal cual)</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>la copia de seguridad falló: {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>libera espacio e inténtalo de nuevo</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>no se hizo ninguna copia</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>la copia de seguridad falló ({error}): {advice}; las copias anteriores se conservan tal cual</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} no existe o no es un archivo</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} no es una base de datos de streamer-app (no es un archivo SQLite); no se cambió nada</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>{path} no se puede abrir ({error}); no se cambió nada</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} está dañada ({problem}); elige otra copia. No se cambió nada</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} es un archivo SQLite pero no una base de datos de streamer-app; no se cambió nada</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} fue escrita por una versión más reciente de streamer-app; actualiza primero la app. No se cambió nada</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} no es una base de datos de streamer-app legible ({error}); no se cambió nada</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>ese archivo es la propia base de datos actual; elige un archivo de copia</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>el disco de {folder} está lleno, así que la base de datos actual no se pudo apartar: libera espacio e inténtalo de nuevo; no se cambió nada</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>la base de datos actual no se pudo apartar ({error}): cierra cualquier programa que la use e inténtalo de nuevo; no se cambió nada</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>revisa la carpeta</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>la base de datos actual no se pudo apartar ({error}): {advice}; no se cambió nada</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>tu base de datos anterior está en {path}</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>no había ninguna base de datos anterior</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>la base de datos restaurada no pasó su comprobación; {previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>el disco está lleno, así que la copia no se pudo restaurar: libera espacio e inténtalo de nuevo; {previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>la base de datos está en uso ({error}): cierra streamer-app e inténtalo de nuevo</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>{path} tiene regalos recientes en su archivo -wal que SQLite solo puede leer desde una carpeta con escritura: copia toda la carpeta {folder} a un sitio con escritura y usa --data-dir allí (no se cambió nada)</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} no es una base de datos de streamer-app legible (puede estar dañada). Restaura una copia con &apos;streamer-app restore FILE&apos; o mueve el archivo para empezar de cero.</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} es de solo lectura: revisa los permisos del archivo y que su disco no esté montado como solo lectura, o elige otro --data-dir.</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>no se puede abrir {path}: comprueba que la carpeta existe y tiene permiso de escritura, o elige otro --data-dir.</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>el disco de {path} está lleno: libera espacio e inténtalo de nuevo (no se perdió nada guardado).</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>no se puede escribir {path} (error de E/S de disco): el disco puede estar lleno, por encima de una cuota, extraído o fallando; libera espacio o revisa la unidad (no se perdió nada guardado).</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>problema de base de datos con {path}: {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>no se puede crear la carpeta de datos {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>{path} no pasó su comprobación de integridad ({problem}). No se cambió nada; restaura una copia con &apos;streamer-app restore FILE&apos; o ejecuta &apos;streamer-app doctor&apos;.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} fue escrita por una versión más reciente de streamer-app (pasos de esquema {steps}). Actualiza la app; el archivo no se cambió.</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>la copia {target} no pasó su comprobación; el original está intacto</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>no se pudo actualizar la base de datos: {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>hay una restauración en curso en {folder}: vuelve a abrir streamer-app cuando termine</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>no se puede escribir en {folder} ({error}); no se cambió nada</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>streamer-app se está ejecutando en esta carpeta de datos: usa el panel del temporizador en su ventana (o ciérralo primero)</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>no se pudo guardar el temporizador: {problem}</translation>
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
        <source>{time} added</source>
        <translation>{time} añadidos</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>{time} quitados</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} monedas</translation>
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
        <translation>tope {time}</translation>
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
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>streamer-app lee los Bits, las subs, los seguidores y el chat de tu canal con tu propia app de Twitch. Registra una en {console} (Client Type: {public}, OAuth redirect {redirect}) y pega aquí su Client ID.</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>Iniciar sesión en Twitch — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>Abrir twitch.tv/activate</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>Pega el Client ID de tu app desde dev.twitch.tv/console (unas 30 letras y cifras).</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>Pidiendo un código a Twitch…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>Abre twitch.tv/activate, comprueba que muestre este código y elige Authorize. Esperando…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>Falló el inicio de sesión en Twitch: {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>Sesión iniciada en Twitch como {login}.</translation>
    </message>
</context>
</TS>
