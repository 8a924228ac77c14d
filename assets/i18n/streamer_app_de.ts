<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} muss mindestens {low} sein</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} darf höchstens {high} sein</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>{field} hat eine Klammer, die nicht geschlossen ist: schreibe {example} für einen Wert, {braces} für eine Klammer selbst</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>{field} nennt {name}, das ist unbekannt: verwende {known}</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>{field} lässt sich nicht ausfüllen: bleib bei {plain} oder {commas}</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>{field} muss ein Dateiname im Ordner media/ sein (wie roar.mp3), kein Pfad</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>{field} muss ein Dateiname im Ordner media/ sein (wie roar.mp3), ohne ..</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>{field} muss mit http(s) beginnen</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>{field} muss eines davon sein: {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} muss eine Zahl sein</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>{field} muss ein JSON-Objekt sein, etwa {example}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>{field} darf nicht leer sein</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} muss true oder false sein</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} fehlt</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} ist kein Feld dieser Aktion (ihre Felder: {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} ist kein Feld dieses Ereignisses (seine Felder: {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>{field} muss ein Objekt sein, etwa {example}</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>{field} muss eine Liste mit mindestens einer Aktion sein, etwa {example}</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>{field} muss ein Objekt mit einem type sein</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>{field} muss ein Objekt mit name, when und do sein</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} ist kein Feld einer Regel (ihre Felder: {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>Aktionen laufen gerade nicht (starte zuerst einen Stream, die Demo oder ein Replay mit Aktionen).</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>„{rule}“ wurde nicht ausgeführt: die Warteschlange der Aktionen ist voll</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>„{rule}“ ausgelöst: siehe das Aktionsprotokoll</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>Nur Ereignisse dieser Plattform (leer: jede)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>Mindestens (Münzen)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>Die Münzen des gezählten Geschenks: Anzahl × Preis, wie in seiner Ledger-Zeile</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>Geschenk-ID</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>Nur dieses Geschenk (leer: jedes)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host: nur Geschenke an dich, nicht an Gäste im Bild</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Ein Geschenk</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>Einmal pro gezähltem Geschenk (eine Ledger-Zeile): eine Serie löst einmal aus, an ihrem Ende</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>Ein Follow</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>Ein Teilen</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>Ein Abo</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>Alle N Likes</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>Alle (Likes)</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>Löst jedes Mal aus, wenn die Like-Summe des Raums ein Vielfaches davon überschreitet</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>Das erste Geschenk eines Zuschauers</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>Das erste Geschenk eines Zuschauers an dich</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>Ein Auszahlungsziel erreicht</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>Nur dieses Ziel (leer: jedes)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>Einmal pro Ziel und Session</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>Der Subathon-Timer ist abgelaufen</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Einen Ton abspielen</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>Tondatei</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>Eine Datei im Ordner media/ des Datenordners</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>Abgespielt von der Medien-Overlay-Seite (und im Fenster): einmal pro gezähltem Geschenk, nie pro Tipp</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>Einen Text sprechen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>z. B. „Danke {user} für {gift}!“</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>Ein Stimmenname, den das System kennt (leer: die Standardstimme)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>Ein Bild, GIF oder Video zeigen</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>Angezeigt für (s)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>Eine OBS-Anfrage</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>Ein obs-websocket-5-Anfragetyp, z. B. SetCurrentProgramScene</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>Anfragedaten</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>z. B. {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Einen Webhook aufrufen</translation>
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
        <translation>Discord-Text</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>Zeit zum Timer hinzufügen</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>Einen eigenen Alert zeigen</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} ist leer: gib den Namen der Szene so ein, wie OBS ihn zeigt</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} ist leer: gib den Namen der Quelle so ein, wie OBS ihn zeigt</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} ist auch der Name von Regel {number}: gib jeder Regel einen eigenen Namen</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Sounds (*.mp3 *.wav *.ogg *.m4a *.opus)</source>
        <translation>Töne (*.mp3 *.wav *.ogg *.m4a *.opus)</translation>
    </message>
    <message>
        <source>Images, GIFs and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</source>
        <translation>Bilder, GIFs und Videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>eine Datei im Medienordner</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>Die Datei konnte nicht nach {folder} kopiert werden: {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>Jedes Geschenk</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} Münzen (ID {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>Wähle ein Geschenk oder gib seine ID ein</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>Du kannst {names} und mehr verwenden.</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>alle (du und Gäste)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>nur du (der Host)</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>Aktionen — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>Jede Regel prüfen und actions.json schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>Eine neue Regel</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>Eine Kopie der gewählten Regel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>Die gewählte Regel entfernen (gilt beim Speichern)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Regel nach oben</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Regel nach unten</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Diese Regel testen</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>Ihre Aktionen jetzt mit einem Beispielereignis ausführen (ohne Filter und Abklingzeit)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} Korrigiere die Datei von Hand ({path}) und öffne dieses Fenster neu, oder lege hier Regeln an: vor dem Ersetzen der Datei wird nachgefragt.</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>Die Regeln in actions.json können erst gelesen werden, wenn die Datei korrigiert ist (siehe oben).</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>Regeln in {file} mit Problemen, aus bis zur Korrektur: {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>Nichts gespeichert: {rule} hat Probleme (rot markiert).</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>Nichts gespeichert: die defekte Datei wurde behalten.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Nichts gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>{count} nach {path} gespeichert. Sie gelten ab dem nächsten Ereignis.</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>Aktionen speichern?</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>Deine Änderungen an den Aktionen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>actions.json ersetzen?</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

Durch die {count} hier ersetzen? Eine Kopie der defekten Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>Diese Regel hat Probleme: wähle sie aus, um sie zu sehen.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Korrigiere zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>Der Test ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>Protokoll ({count} fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>{file} konnte nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} ist kein gültiges JSON: Zeile {line}, Spalte {column}: {reason}. Keine Aktion läuft, bis das behoben ist.</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} Zeile 1: muss ein Objekt {example} sein. Keine Aktion läuft, bis das behoben ist.</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>Sendet den Discord-Text unten, wie ein Discord-Webhook ihn erwartet; sonst das Ereignis als JSON</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>Discord-Format</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>Unbekannte Aktion „{type}“</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… oder deine eigene https://-Adresse</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>Früher ausführen</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>Später ausführen</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Diese Aktion entfernen</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>Geschenk: wähle eines aus der Liste oder gib seine ID ein (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>z. B. Lion: Brüllen und die Lion-Szene</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>Haken entfernen, um die Regel zu behalten, ohne sie auszuführen</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>Mindestens so viele Sekunden zwischen zwei Ausführungen dieser Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>Abklingzeit (s)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Abklingzeit</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>Füge mindestens eine Aktion hinzu: was soll bei diesem Ereignis passieren?</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>Geschenk {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>Erstes {gift}</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Ein Geschenk</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>Ein erstes Geschenk</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(kein Ereignis)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>Alle {count} Likes</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{what} ab {coins} Münzen</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>{what} an dich</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{what} auf {platform}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>OBS-Szene {name}</translation>
    </message>
    <message>
        <source>OBS show {name}</source>
        <translation>OBS zeigen {name}</translation>
    </message>
    <message>
        <source>OBS hide {name}</source>
        <translation>OBS verbergen {name}</translation>
    </message>
    <message>
        <source>OBS restart {name}</source>
        <translation>OBS neu starten {name}</translation>
    </message>
    <message>
        <source>OBS text {name}</source>
        <translation>OBS-Text {name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>Ton {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>zeigen {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>sagen „{text}“</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>Alert „{text}“</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>Timer {seconds} s</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(noch nichts)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 Regel</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} Regeln</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>Noch keine Regeln. Klicke auf Hinzufügen, um eine anzulegen: zum Beispiel bei einem Lion roar.mp3 abspielen und OBS auf die Lion-Szene schalten.</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>Regel {number} „{name}“</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>Regel {number}</translation>
    </message>
</context>
<context>
    <name>ActionsLogView</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>Ausblenden, was geklappt hat: was fehlschlug und warum, und was verworfen wurde</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>1 Zeile, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} Zeilen, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>Aktionen laufen, während ein Stream, die Demo oder ein Replay mit Aktionen läuft.</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>Verworfen (Warteschlange voll): {count}.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>ERSTES GESCHENK!</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} weitere Geschenke an Gäste</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} weitere Geschenke, {coins} Münzen</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>sendet {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>an {guest}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} Münzen</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>streamer-app Alerts</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>einen Gast</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} hat {count} {gift} geschickt</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>Sicherung gespeichert: {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>die automatische Sicherung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>der Ordner für den automatischen Export {folder} lässt sich nicht anlegen ({error}): wähle in den Einstellungen einen anderen</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>der automatische Export konnte die Datenbank nicht lesen: {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>exportiert: {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>der automatische {format}-Export ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>nichts automatisch zu exportieren: {error}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>viewer {id}</source>
        <translation>Zuschauer {id}</translation>
    </message>
    <message>
        <source>{day} · {hours}h {minutes}m live</source>
        <translation>{day} · {hours} Std. {minutes} Min. live</translation>
    </message>
    <message>
        <source>{day} · {minutes} min live</source>
        <translation>{day} · {minutes} Min. live</translation>
    </message>
    <message>
        <source>LIVE RECAP</source>
        <translation>LIVE-RÜCKBLICK</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>RÜCKBLICK AUF {count} LIVES</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Dein Stream</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} geschätzt · ~{diamonds} Diamanten</translation>
    </message>
    <message>
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money} geschätzt · {figures}</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>neue Follower</translation>
    </message>
    <message>
        <source>subs &amp; members</source>
        <translation>Abos &amp; Mitglieder</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>TOP-SCHENKENDE</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Diesmal keine Geschenke – danke fürs Zuschauen!</translation>
    </message>
    <message>
        <source>TOP SUPPORTERS</source>
        <translation>TOP-UNTERSTÜTZER</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} Abos</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>danke</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>MÜNZEN IM VERLAUF</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Nächstes: {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Alle Auszahlungsziele erreicht</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Geschätzt aus meinem eigenen Journal; die Zahlen von TikTok können abweichen.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Geschätzt aus meinem eigenen Journal; die Zahlen der Plattformen können abweichen.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Noch keine Sessions. Probiere: streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>BEGINN (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CREATOR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>MÜNZEN</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>GESCHENKE</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>SCHENKENDE</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>GESCH.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>live/offen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>{name} cleared</source>
        <translation>{name} gelöscht</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>kein {name} angegeben; nichts wurde geändert</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>das sieht nicht wie ein {name} aus (zu kurz oder mit Leerzeichen); nichts wurde geändert</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>{name} gespeichert in {where}: {mask}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>geschrieben: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>Sicherung gespeichert: {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>Sicherung gespeichert: {path} (die neuesten {keep} werden behalten)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file} wiederhergestellt: Sitzungen {sessions}, gezählte Geschenke {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>die bisherige Datenbank wurde als {path} behalten</translation>
    </message>
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>Gib an, wie viele Sekunden hinzukommen, z. B. &apos;streamer-app timer add 300&apos; (negativ zieht ab)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} Münze</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} Münzen</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} Abo</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} Abos</translation>
    </message>
    <message>
        <source>{count} follow</source>
        <translation>{count} Follow</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} Follows</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left (ends {time})</source>
        <translation>Subathon-Timer: {status}, noch {left} (endet {time})</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>Subathon-Timer: {status}, noch {left}</translation>
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
        <translation>{time} hinzugefügt (Einnahmen: {income})</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>{time} hinzugefügt</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>{time} abgezogen (Einnahmen: {income})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>{time} abgezogen</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>Regeln: 1 Münze = {coin} s, 1 Abo = {sub} s, 1 Follow = {follow} s, Obergrenze {cap}.</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>Regeln: 1 Münze = {coin} s, 1 Abo = {sub} s, 1 Follow = {follow} s.</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>Es gibt keine Overlay-Seite namens {page}: wähle aus {pages}</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>Verbinde mit OBS unter {host}:{port}…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>Hinweis: OBS läuft auf einem anderen Computer, aber die Overlay-Links zeigen auf 127.0.0.1 (für OBS dieser Computer): schalte overlay_lan ein und ändere die Adresse in jeder Quelle (docs/OBS.md).</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>Neuer Overlay-Token gespeichert: alte Overlay-Links funktionieren nicht mehr, sobald streamer-app neu startet (im Fenster sofort). Die von „Zu OBS hinzufügen“ angelegten Quellen bekommen die neuen Links, wenn das Fenster sich das nächste Mal mit OBS verbindet (oder führe &apos;streamer-app overlay add-to-obs&apos; aus); aktualisiere jede andere OBS-Browserquelle mit:</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>LAN-Zugriff ist an: nutze auf anderen Geräten die IP-Adresse dieses Computers statt 127.0.0.1.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path} (nur für dich lesbar)</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>gespeichert in: {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>die Client-ID deiner eigenen Twitch-App (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth-Redirect http://localhost; docs/PLATFORMS.md)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>von Twitch abgemeldet (die Client-ID bleibt gespeichert)</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>Twitch-Client-ID ({help}): </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>gib {help} mit --client-id an; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>Öffne {url} und gib den Code {code} ein, damit streamer-app die Bits, Abos, Follower und den Chat deines Kanals lesen darf. Warte…</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>bei Twitch angemeldet als {login}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>OAuth-Client-Datei</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>von YouTube abgemeldet (die Einstellung OAuth-Client-Datei bleibt)</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>bei YouTube angemeldet; die Anmeldung liegt in {where}</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>VERBINDET</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>NEU VERBINDEN</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>WARTET</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>GEDROSSELT</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NICHT VERBUNDEN</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>VERLAUF</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ Quelle hinzufügen</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} Zuschauer</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>Quelle wählen und verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>Mit der gewählten Quelle verbinden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>Die gewählte Quelle zusätzlich starten (mehrere Plattformen gleichzeitig)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — neuer Versuch in {wait}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>neuer Versuch in {wait}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The browser overlay is not available in this build.</source>
        <translation>Das Browser-Overlay ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>Der Overlay-Server konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>Overlay für OBS: {url}  (Alerts ▸ Overlays für OBS… für alle Links)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ LAN-Zugriff ist an</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>Geschätzte Einnahmen</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Live-Feed</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top-Schenkende</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Top-Unterstützer</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Geschenke nach Art</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Diagramm wird geladen…</translation>
    </message>
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ Das Journal hat ein Problem: {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ Die Verbindung hatte 1 Lücke ({time} insgesamt): Geschenke aus einer Lücke können in diesen Summen fehlen.</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ Die Verbindung hatte {count} Lücken ({time} insgesamt): Geschenke aus einer Lücke können in diesen Summen fehlen.</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Sitzung #{id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor: prüfe {path}</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>nicht geprüft: die Einstellungen sind nicht lesbar</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>OBS-Steuerung ist aus (Einstellungen ▸ OBS); „Zu OBS hinzufügen“ verbindet nur auf Wunsch</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>füge das Passwort aus „Verbindungsinformationen anzeigen“ in OBS unter Einstellungen ▸ OBS ein</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>nicht erreichbar unter {host}:{port}</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} antwortet unter {host}:{port} und hat das Passwort angenommen</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>mach Speicherplatz frei (die Festplatte oder dein Kontingent ist voll) oder wähle mit --data-dir einen anderen Ordner</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>die Festplatte ist schreibgeschützt: hänge sie beschreibbar ein oder nutze eine andere Festplatte, oder wähle mit --data-dir einen anderen Ordner</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>korrigiere die Berechtigungen des Ordners (du musst darin schreiben dürfen) oder wähle mit --data-dir einen anderen Ordner</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>das System meldet: {error}; prüfe die Festplatte oder wähle mit --data-dir einen anderen Ordner</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>verschiebe diese Datei oder wähle mit --data-dir einen anderen Ordner</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} existiert nicht und kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>wähle mit --data-dir oder STREAMER_APP_HOME einen Ordner, in den du schreiben darfst</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>{path} wird beim ersten Stream angelegt</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>kann nicht in {path} schreiben ({error})</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path}: nur {mb} MB frei</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>mach Speicherplatz frei: das Journal und die Aufnahmen brauchen Platz zum Wachsen</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} ist beschreibbar ({gb} GB frei)</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>korrigiere den Wert in {path} oder lösche die Datei, um mit den Standardwerten zu beginnen</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>die Einstellungen sind gültig</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>stelle die neueste Sicherung wieder her: streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>es gibt keine Sicherung: verschiebe die Datei, um mit einer neuen Datenbank zu beginnen (behalte sie; vielleicht ist sie zu retten)</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>noch keine Datenbank: der erste Stream legt sie an</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>kann {path} nicht lesen ({error})</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>korrigiere die Berechtigungen der Datei</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} ist keine SQLite-Datenbank (beschädigt oder überschrieben)</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>kann {path} nicht öffnen ({error})</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>{path} hat die Integritätsprüfung nicht bestanden ({problem})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} ist keine streamer-app-Datenbank</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>verschiebe sie (streamer-app legt eine neue an) oder stelle eine Sicherung wieder her</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} wurde von einer neueren streamer-app geschrieben</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>aktualisiere die App</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>{path} kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>{name} hat die Prüfung bestanden: {sessions} Sitzung(en), {rows} Journalzeilen ({mb} MB)</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>noch keine Sicherung</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>leg jetzt eine an: streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>{count} Sicherung(en), neueste {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>Port {port} auf {host} ist schon belegt</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>wenn streamer-app schon läuft, ist das normal; sonst schließe das Programm, das ihn nutzt, oder wähle einen anderen Port: --overlay-port {port} (oder overlay_port in den Einstellungen)</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>Port {port} ist frei für den Overlay-Server</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>mitgeliefertes Qt (wird beim Öffnen des Fensters geprüft)</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 lädt und startet (offscreen)</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 startet nicht: {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>installiere die App neu (pip install --force-reinstall streamer-app) und installiere die unten genannten Systembibliotheken, falls vorhanden</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>PySide6 ist nicht in der Zeitgrenze gestartet</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>führe &apos;streamer-app -v&apos; aus, um zu sehen, wo es hängt</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>konnte nicht prüfen (ldd oder das xcb-Plugin fehlt)</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>wenn sich das Fenster nicht öffnet, installiere libxcb-cursor0 und libxkbcommon-x11-0</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>fehlt: {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>installiere sie, unter Debian/Ubuntu: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>jede Bibliothek, die das X11-Fensterplugin (xcb) braucht, ist vorhanden</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>kein DISPLAY oder WAYLAND_DISPLAY: kein Desktop, auf dem sich ein Fenster öffnen kann</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>nutze hier --headless oder starte aus einer Desktop-Sitzung</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>in {path} gespeichert, nur für dich lesbar (kein Schlüsselbund des Systems verfügbar)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>Overlay-Port</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>Qt-Fensterbibliotheken</translation>
    </message>
    <message>
        <source>display</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see the advice after each one.</source>
        <translation>{problems} Problem(e) und {warnings} Warnung(en): siehe den Rat nach jedem Punkt.</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>Keine Probleme; {warnings} Warnung(en).</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>Alles sieht gut aus.</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>Guthaben seit der letzten Auszahlung</translation>
    </message>
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>Guthaben seit der letzten Auszahlung {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ erreicht: {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Erste Auszahlung</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Auszahlungsminimum</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mein Ziel</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Twitch-Auszahlungsminimum</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>YouTube-Auszahlungsschwelle (AdSense)</translation>
    </message>
    <message>
        <source>{name} {amount}</source>
        <translation>{name} {amount}</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} Diamanten</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} Münzen</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ erreicht</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · keine neuen Einnahmen für eine Prognose</translation>
    </message>
</context>
<context>
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>gestoppt, bevor die Quelle startete</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>Quelle beendet</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>Der Demo-Stream ist beendet</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>Der Twitch-Demo-Stream ist beendet</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>Der YouTube-Demo-Stream ist beendet</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>Ende der Aufnahme</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>Der Creator hat das LIVE beendet</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>Twitch-Zugang beendet</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>der YouTube-Livechat ist beendet</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Etwas ist schiefgelaufen: {error}.</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>einem Hintergrund-Thread</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>In {thread} ist etwas schiefgelaufen: {error}.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Die Einzelheiten stehen im Protokoll: {path}</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>erstes Geschenk!</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ein Gast</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>an {guest}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} folgt dir</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} hat den Stream geteilt</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} hat abonniert</translation>
    </message>
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name} hat mit {count} Zuschauern geraidet</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>JSON-Zusammenfassung</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>CSV-Geschenkjournal</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Markdown-Zusammenfassung</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>PNG-Karte zum Teilen</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>Geschenkjournal</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>Noch nichts zu exportieren: starte zuerst die Demo oder verbinde dich mit einem Stream.</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>Ein Export läuft bereits: warte, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>Sitzung #{id} wird als {format} exportiert…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting the {part}: {done} of {total}</source>
        <translation>{part} wird exportiert: {done} von {total}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Exported: {files}</source>
        <translation>Exportiert: {files}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>Willkommen bei streamer-app</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>Live-Geschenk-Alerts, ein genaues Kassenbuch der Münzen und Diamanten und deine Einnahmen im Vergleich zu deinen Auszahlungszielen — direkt neben deinem Stream.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  Demo-Stream ausprobieren</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>oder geh mit deinem TikTok-Konto LIVE:</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Das ist kein TikTok-@Name (2–24 Buchstaben, Ziffern, &apos;_&apos; oder &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>ledger: {problem}</source>
        <translation>Journal: {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>der Subathon-Timer ist bei null angekommen</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>Lücke in der Verbindung: {length} können fehlen</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>{length} Streamzeit | {paid} | {earnings} geschätzt</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>noch keine bezahlten Nachrichten</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>{length} Streamzeit | {gifts} Geschenke | {coins} Münzen | {earnings} geschätzt | {gifters} Schenkende</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>Timer {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>Journal hängt {count} Zeilen hinterher</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>pausiert {left}</translation>
    </message>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Sitzung {id} (fortgesetzt) beendet: {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Sitzung {id} (neu) beendet: {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>Münzen {coins} | Diamanten ~{diamonds} | geschätzte Einnahmen {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>Geschenke {gifts} von {gifters} Schenkenden | Follows {follows} | Shares {shares} | Kommentare {comments} | Likes {likes}</translation>
    </message>
    <message>
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | geschätzte Einnahmen {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>keine bezahlten Nachrichten</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>Top-Schenkende: {names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>{count} Journalzeile(n) als widersprüchlich abgelehnt und in {path} beiseitegelegt; alles andere ist gespeichert</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>Geschenke an Gäste (ihr Einkommen, nicht in deinen Summen): {coins} Münzen, {guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>{count} erste Geschenke: Zuschauer, die dir zum ersten Mal etwas geschenkt haben</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>{count} erneut gesendete Geschenknachrichten ignoriert</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>{count} Serien ohne Abschlussnachricht geschlossen</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>{count} Lücken in der Verbindung: in den Summen können Geschenke aus dieser Zeit fehlen</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>Subathon-Timer {state} ({time} hinzugefügt durch {coins} Münzen, {subs} Abos, {follows} Follows)</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>das Journal konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>NICHT GESPEICHERT: {why}; die Journaldatei konnte nicht gelesen werden, um zu sagen, wie viel dieser Sitzung sie enthält</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>NICHT GESPEICHERT: {why}. Das Journal enthält {saved_gifts} dieser {gifts} Geschenke ({saved_coins} von {coins} Münzen); der Rest geht verloren, wenn dieser Lauf endet (eine Aufnahme, falls es eine gibt, lässt sich abspielen, sobald das Problem gelöst ist)</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>Nacht: {earnings} geschätzt ({platforms}) | {gifts} Geschenke | {coins} Münzen</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform}: lief nicht: {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>Summe der Nacht: {earnings} geschätzte Einnahmen aus {count} Sitzungen: {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>nicht in der Summe: {platform} {amount} {currency} (eine andere Währung als die der ersten Sitzung)</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>NICHT alles wurde gespeichert: siehe jede Sitzung oben</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>Sitzungsschnitt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>Est. earnings</source>
        <translation>Gesch. Einnahmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Exportieren ▾</translation>
    </message>
    <message>
        <source>Export the selected session ({formats})</source>
        <translation>Die gewählte Sitzung exportieren ({formats})</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Sitzungen werden geladen…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>Die Sitzungen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>Sitzungen: {count}. Doppelklick öffnet eine (nur lesen).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>Noch keine Sitzungen: Starte die Demo oder verbinde dich mit einem Stream.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS: Die Links von {count} streamer-app-Quelle(n) waren veraltet und nutzen jetzt Token und Port von heute.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>Diese Sitzung e&amp;xportieren</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Log-Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Stream</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>Bei &amp;Twitch anmelden…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>&amp;Alert-Fenster zeigen</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>&amp;Test-Alert</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>&amp;Overlays für OBS…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>A&amp;ktionen…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Töne stumm</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>Chroma Key (grün)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Immer im Vordergrund</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>Alert-Töne stumm</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>Alert-Töne an</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>Der Overlay-Server startet…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>Aktionen gespeichert: {count} Regel(n).</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>Neuer Overlay-Token: Füge die neuen Links in OBS ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>Diese Quelle ist schon verbunden.</translation>
    </message>
    <message>
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>{source} hinzugefügt: eine eigene Sitzung, in der Summe des Abends.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Bei Twitch angemeldet als {login}</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Trenne…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Beendet: {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>Beendet: {reason} — das Kassenbuch konnte nicht alles schreiben</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>Sitzung gespeichert — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>Der Stream wurde beendet: {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>Verlauf — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>Kassenbuch wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>Zu einer Szene wechseln</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>Eine Quelle einblenden</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>Eine Quelle ausblenden</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>Eine Medienquelle neu starten</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>Den Text einer Textquelle setzen</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>Eine andere Anfrage (für Fortgeschrittene)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szene</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Daten (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>Nenne die Szene (so, wie OBS sie zeigt).</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>Nenne die Quelle (so, wie OBS sie zeigt).</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>Gib den Text ein, der erscheinen soll.</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>Nenne eine obs-websocket-5-Anfrage.</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>z. B. Löwe</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>z. B. Löwen-Video</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>z. B. Danke, {user}!</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>OBS soll</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>Aus OBS ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>Wähle die Szene aus denen von OBS (OBS muss laufen)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>Wähle die Quelle aus denen von OBS (OBS muss laufen)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>OBS wird gefragt…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>OBS konnte nicht gefragt werden: {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>OBS hat keine Szenen</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>OBS hat keine Quellen</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS: aus</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS: nicht verbunden</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS: verbindet…</translation>
    </message>
    <message>
        <source>OBS: connected</source>
        <translation>OBS: verbunden</translation>
    </message>
    <message>
        <source>OBS: wrong password</source>
        <translation>OBS: falsches Passwort</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>Die OBS-Steuerung ist aus (Einstellungen ▸ OBS); „Zu OBS hinzufügen“ funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>Nicht mit OBS verbunden: neuer Versuch im Hintergrund.</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>Verbinde mit OBS…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>Mit OBS verbunden.</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>OBS hat das Passwort abgelehnt: prüfe es unter Einstellungen ▸ OBS.</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page}: „{source}“ angelegt</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page}: „{source}“ aktualisiert</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page}: kein „{source}“ in OBS (nichts zu aktualisieren)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page}: fehlgeschlagen ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} angelegt</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} aktualisiert</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>Zu OBS hinzufügen: nichts zu tun.</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>Zu OBS hinzufügen: {results}.</translation>
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
        <translation>Klicken für die Overlays und „Zu OBS hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Schönes Geschenk!</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Großes Geschenk!</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Legendäres Geschenk!</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Geschenke an Gäste</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Und die Geschenke kommen weiter</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 weiteres Geschenk an Gäste</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} weitere Geschenke an Gäste</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 weiteres Geschenk, 1 Münze</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 weiteres Geschenk, {coins} Münzen</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} weitere Geschenke, 1 Münze</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} weitere Geschenke, {coins} Münzen</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>von 1 Zuschauer</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>von {count} Zuschauern</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>von 1 Zuschauer – danke euch allen!</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>von {count} Zuschauern – danke euch allen!</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Testhinweis</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Geschenk an einen Gast</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>schickte {gift} an {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>schickte {gift}</translation>
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
        <translation>Sieg!</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Endstand</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>schickte {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>an {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>1. Geschenk!</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>folgt jetzt</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>hat das LIVE geteilt</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>kam mit {count} Zuschauern</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>hat abonniert ({count} Monate)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>hat abonniert</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} Münzen</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} Diamanten</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Erste Auszahlung</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Mindestauszahlung</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mein Ziel</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top-Schenkende</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Schick als Erste(r) ein Geschenk!</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Like-Ziel</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>ein Gast</translation>
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
        <translation>Neues Abo (Stufe {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Neues Abo</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Abo verlängert (Stufe {tier})</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Abo verlängert</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 verschenktes Abo (Stufe {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 verschenktes Abo</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} verschenkte Abos (Stufe {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} verschenkte Abos</translation>
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
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 verschenkte Mitgliedschaft</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} verschenkte Mitgliedschaften</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Diamanten (ca.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Einnahmen (ca.)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>gegen {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>Subathon</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>startet gleich</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>Zeit ist um!</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 Münze = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>Abo = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>Follow = {time}</translation>
    </message>
</context>
<context>
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>Geschenk-Hinweise</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>Zielbalken</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>Sitzungsbilanz</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top-Schenkende</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>Subathon-Timer</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Like-Ziel</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>Aktionsmedien (Töne, Bilder, Videos)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>Ein neuer Token lässt jeden Overlay-Link, den OBS hat, sofort nicht mehr funktionieren: Du musst die neuen Links in jede Browserquelle einfügen.</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>Overlays für OBS — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>„Zu OBS hinzufügen“ legt für jede angehakte Seite eine Browserquelle in der aktuellen OBS-Szene an; oder füge einen Link selbst in eine Browserquelle ein (1920×1080). Jeder Link enthält einen geheimen Token: behandle ihn wie ein Passwort und zeige ihn nie im Stream.</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>Angehakte Seiten bekommen eine Browserquelle in OBS, wenn du „Zu OBS hinzufügen“ drückst</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>Den ganzen Link samt Token für OBS kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>Die Seite im Browser öffnen</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Testhinweis senden</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>Ein gespieltes 1.000-Münzen-Geschenk auf den Hinweis-Seiten und im Hinweisfenster (wird nicht gezählt)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>Token neu erzeugen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>Zu OBS hinzufügen</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>Legt für jede angehakte Seite eine Browserquelle in der aktuellen OBS-Szene an (oder aktualisiert die früher angelegte), mit Link, Token und Größe</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(der Overlay-Server läuft nicht)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ LAN-Zugriff ist an: Jedes Gerät in deinem Netz mit einem Link kann diese Overlays öffnen. Schalte ihn in den Einstellungen aus (overlay_lan), außer OBS läuft auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>Link von „{page}“ kopiert (mit Token): füge ihn in eine OBS-Browserquelle ein.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>Es ließ sich kein Browser öffnen: kopiere den Link und füge ihn in deinen Browser ein.</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>Testhinweis an die Overlay-Seiten und das Hinweisfenster gesendet.</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>Overlay-Token neu erzeugen?</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>Jetzt neu erzeugen?</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>Der Token konnte nicht ersetzt werden: {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>Neuer Token gespeichert; der Overlay-Server wird umgestellt…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>Der neue Token wurde gespeichert, aber der Server hat ihn nicht übernommen ({error}): starte die App neu.</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>Neuer Token aktiv. Die von „Zu OBS hinzufügen“ angelegten Quellen werden aktualisiert; füge die neuen Links in alle anderen Browserquellen von Hand ein.</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>Die von „Zu OBS hinzufügen“ angelegten Browserquellen werden aktualisiert…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>Neuer Token aktiv. Die alten Links funktionieren nicht mehr: kopiere jeden Link erneut und füge ihn in seine OBS-Browserquelle ein.</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>1 Seite wird zu OBS hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>{count} Seiten werden zu OBS hinzugefügt…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>„Zu OBS hinzufügen“ fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>Die OBS-Browserquellen wurden nicht aktualisiert: {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>Port {port} ist schon belegt (ein anderes streamer-app oder Programm?): wähle einen anderen mit --overlay-port P oder der Einstellung overlay_port</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>der Overlay-Server lässt sich auf Port {port} nicht öffnen: {error}; wähle einen anderen mit --overlay-port P</translation>
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
        <translation>Neues Abo (Stufe {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Abo verlängert (Stufe {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Neues Abo</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Abo verlängert</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 verschenktes Abo (Stufe {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 verschenktes Abo</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} verschenkte Abos (Stufe {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} verschenkte Abos</translation>
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
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 verschenkte Mitgliedschaft</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} verschenkte Mitgliedschaften</translation>
    </message>
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform}: {creator} · Sitzung #{id} · {state}</translation>
    </message>
</context>
<context>
    <name>PlatformStrip</name>
    <message>
        <source>{bits} Bits · {subs} subs</source>
        <translation>{bits} Bits · {subs} Abos</translation>
    </message>
    <message>
        <source>{count} paid messages</source>
        <translation>{count} bezahlte Nachrichten</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} Münzen</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} Follows</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>Geschätzte Einnahmen aller Quellen heute Abend, in deiner Anzeigewährung</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} nicht umgerechnet</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits und dein Anteil an Abos</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>gecheert</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>neu, verlängert und verschenkt</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>den Schenkenden angerechnet</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} neue Follows</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>Kanäle, die geraidet haben</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>dein Anteil nach dem von YouTube</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>Super Chats und Sticker</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>was die Zuschauer bezahlt haben</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>Was die Zuschauer bezahlt haben, vor dem Anteil von YouTube: {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>neu und verschenkt</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count} Geschenke</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Schenkende(r)</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Geschenke an Gäste</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Nach Plattform</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>Guthaben seit der letzten Auszahlung (geschätzt)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>Münzen pro Tag, letzte 14 Tage</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>Tag(e), um es beim Tageslimit auszuzahlen</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Schwellen gelten für das Guthaben seit deiner letzten erfassten Auszahlung, über alle Sitzungen.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>Voraussichtliche Daten setzen voraus, dass der Schnitt an Münzen pro Tag der letzten 14 Tage anhält.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Auszahlungsplaner</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Verbindungslücken</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>Keine Geschenke gezählt.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Alle Gäste</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>geschätzte Einnahmen</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamanten pro Münze</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD pro Diamant</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top-Schenkende</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Geschenke nach Art</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Münzen pro Geschenk.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>keine aktuellen Einnahmen für eine Prognose</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Verwendete Sätze</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Geschätzte Einnahmen</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>Zuschauer zahlen pro Münze</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} Sitzung</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Sitzungen</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>Diamanten (geschätzt)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>Ausgaben der Zuschauer (geschätzt)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>Abos</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>neue Follower</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>Zuschauer in der Spitze</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>und {count} weitere Schenkende</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>Geschenke, die Zuschauer deinen Gästen geschickt haben: ihr Einkommen, in keiner deiner Summen oben. Sie werden in deinem Journal getrennt geführt.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Jede Plattform in ihren eigenen Einheiten und was sie dir einbringt (geschätzt, zu den Sätzen der jeweiligen Sitzung).</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Jede Sitzung wird zu den Sätzen geschätzt, mit denen sie aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · bisher geschätzt {balance}</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Jede Plattform zahlt aus, sobald ihr eigenes Guthaben das Minimum erreicht (geschätzt seit deiner letzten erfassten Auszahlung).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>Münzen · ~{diamonds} Diamanten</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>etwa {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} Münzen</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>Bei TikTok kannst du höchstens {cap} USD pro Tag auszahlen; die Auszahlung erfolgt innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>Stand {date}. Schätzungen, nicht die Zahlen von TikTok.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD pro Bit</translation>
    </message>
    <message>
        <source>Twitch: subs (USD)</source>
        <translation>Twitch: Abos (USD)</translation>
    </message>
    <message>
        <source>your share {percent}</source>
        <translation>dein Anteil {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube: dein Anteil</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>{supers} der Supers · {memberships} der Mitgliedschaften</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Keine Lücken: Die Verbindung hielt die ganze Zeit, die Summen sind vollständig.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Während die Verbindung unterbrochen war, können Geschenke in diesen Summen fehlen ({length} insgesamt; Zeiten in UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} Geschenkserie(n) ohne Abschlussnachricht; sie wurden bis zu ihrem höchsten Stand gezählt.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTok veröffentlicht keinen Umrechnungskurs; mit diesen Einstellungen wurden die Schätzungen berechnet.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Geschenke pro Minute</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>Geschenke pro 5 Minuten</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>Geschenke pro 15 Minuten</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Geschenke pro Stunde</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Geschenke pro Tag</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Geschenke pro Woche</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Gezählte Geschenke je Spalte, schattiert, wo die Verbindung unterbrochen war.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Gezählte Geschenke je Spalte.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>Zusammenfassung der LIVE-Sitzung</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Zusammenfassung der Sitzungen</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>geschätztes Guthaben seit der letzten Auszahlung</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>Schwelle ausstehend</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>Schwelle erreicht</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>Verbindungslücke</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>Das Guthaben seit deiner letzten Auszahlung im Vergleich zu deinen Auszahlungsschwellen.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Erstellt mit streamer-app {version} aus deinem eigenen lokalen Journal · erzeugt am {when} UTC · geschätzte Zahlen, nicht die von TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>Geschenke, die Zuschauer deinen Gästen geschickt haben: ihr Einkommen, in keiner deiner Summen oben.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} Münzen, {gifts} Geschenke</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**Nach Plattform:**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(geschätzt {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} Münzen** · ~{diamonds} Diamanten · geschätzt **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} Geschenke von {gifters} Schenkenden · {follows} Follows · {shares} Shares · {likes} Likes</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>geschätzt **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} Follows · {subs} Abos und Mitgliedschaften · {comments} Kommentare</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**Top-Geschenke:**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Auszahlungen auf Twitch und YouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(geschätzt {money} seit der letzten Auszahlung)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Guthaben seit der letzten Auszahlung:** {money} ({coins} Münzen)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Nächste: {threshold} — {percent}, beim aktuellen Tempo etwa am {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Nächste: {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Alle Auszahlungsschwellen sind erreicht ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} Verbindungslücke ({length}): Geschenke aus dieser Zeit können fehlen.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} Verbindungslücken ({length}): Geschenke aus dieser Zeit können fehlen.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Schätzungen: {diamonds} Diamanten pro Münze, {currency} {money} pro Diamant; die Zahlen von TikTok können abweichen.</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Erste Auszahlung</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Auszahlungsminimum</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mein Ziel</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Twitch-Auszahlungsminimum</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>YouTube-Zahlungsschwelle (AdSense)</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} Münzen</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} Diamanten</translation>
    </message>
    <message>
        <source>Night of {date} · {platforms}</source>
        <translation>Nacht vom {date} · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} Münze</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} Abo</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} Abos</translation>
    </message>
    <message>
        <source>{subs} ({count} gifted)</source>
        <translation>{subs} ({count} verschenkt)</translation>
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
        <translation>{count} Super Chat und Sticker</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>{count} Super Chats und Sticker</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>keine bezahlten Nachrichten</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>{count} Mitgliedschaft</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} Mitgliedschaften</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>Kein Wechselkurs zu {currency} für {codes}: {amounts} (dein Anteil) bleibt erhalten und wird als nicht umgerechnet geführt, nicht in den geschätzten Einnahmen. Trage {rates} bei deinen Wechselkursen unter Einstellungen &gt; Twitch und YouTube ein.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · LIVE {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(kein Stream läuft: für diesen Test wurde ein eigener Ablauf gestartet)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>läuft noch: siehe den Tab Protokoll</translation>
    </message>
</context>
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>die automatische Sicherung bzw. der Export ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Sitzung #{id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>Sitzung {id} ist nicht in der Datenbank</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>Die Sitzung ließ sich nicht öffnen: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamanten pro Münze</translation>
    </message>
    <message>
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>Was ein Creator pro Münze erhält, die ein Zuschauer sendet (TikTok veröffentlicht es nicht; etwa 0,5).</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD pro Diamant</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>Was TikTok pro Diamant auszahlt (etwa 0,01 USD).</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>Der dreistellige Code der Währung, in der Einnahmen gezeigt werden.</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 USD in dieser Währung</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>Dein eigener Wechselkurs: nichts wird online nachgeschlagen.</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>Was Zuschauer pro Münze zahlen (USD)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>Was Zuschauer in der App pro Münze ausgeben (etwa 0,0143 USD), für „Zuschauer gaben aus“.</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch: USD pro Bit</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>Was du pro gecheertem Bit verdienst: 0,01 USD (Twitch zahlt Affiliates und Partnern einen Cent pro Bit).</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch: Preis Tier-1-Sub (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>Was ein Zuschauer für ein Tier-1-Abo zahlt (4,99 USD in den USA; in manchen Ländern ist Twitch günstiger).</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch: Preis Tier-2-Sub (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>Was ein Zuschauer für ein Tier-2-Abo zahlt (9,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch: Preis Tier-3-Sub (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>Was ein Zuschauer für ein Tier-3-Abo zahlt (24,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch: dein Anteil an Subs (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>Die übliche Teilung ist 50 % (auch bei verschenkten Abos); Partner Plus und manche Verträge zahlen mehr.</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube: dein Anteil an Super Chats und Stickern</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>70 % dessen, was Zuschauer zahlen, nach YouTubes Anteil (https://support.google.com/youtube/answer/7288782).</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube: dein Anteil an Mitgliedschaften</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>70 % des Preises einer Kanalmitgliedschaft nach YouTubes Anteil, wie bei Super Chats.</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube: Preis der Mitgliedschaft (USD)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>Gilt, wenn eine Mitgliedschaftsnachricht ihren Preis nicht nennt (4,99 USD, die übliche erste Stufe).</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Wechselkurse zur Anzeigewährung</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>Eine Einheit jeder Währung, in der Zuschauer zahlen, in deiner Anzeigewährung, etwa EUR=1.08, JPY=0.0064. Nichts wird online nachgeschlagen; ein Betrag in einer Währung ohne Kurs bleibt erhalten und wird als nicht umgerechnet aufgeführt.</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Auszahlungsziele</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>Ziele und Auszahlungsminima in Geld, Diamanten oder Münzen, jeweils mit ihrer Plattform. Twitch zahlt ab 50 USD (100 USD per Überweisung; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube über AdSense ab 100 USD oder dem lokalen Gegenwert (https://support.google.com/adsense/answer/1709871).</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Mindestmünzen für einen Alert</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>Kleinere Geschenke zählen, zeigen aber keinen Alert.</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>die Mindestmünzen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Lautstärke (0–100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>Die Lautstärke des Alert-Tons in Prozent.</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>die Lautstärke ist ein Prozentwert von 0 bis 100</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Töne stumm</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>Alerts ohne Ton.</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Geschenke vorlesen (Sprachausgabe)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>Liest den Namen des Schenkenden und das Geschenk mit der Stimme des Systems vor.</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Mindestmünzen zum Vorlesen</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>Kleinere Geschenke werden nicht vorgelesen.</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>die Mindestmünzen zum Vorlesen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Nie vorlesen</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>Ein Name oder Geschenk mit einem dieser Wörter wird nicht vorgelesen.</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>nie vorzulesende Wörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>Der Hintergrund des Alert-Fensters, für die Aufnahme in OBS.</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Chroma-Key-Farbe</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>wähle „chroma“ oder „transparent“</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Chroma-Farbe</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>Die Farbe, die OBS herausfiltert, etwa #00b140.</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Immer im Vordergrund</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>Hält das Alert-Fenster über anderen Fenstern.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Fenstergröße</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>Die Größe des Alert-Fensters in Pixeln.</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>wähle eines davon: {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Wartende Alerts bis zur Zusammenfassung</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>Ab so vielen wartenden Alerts werden die übrigen in einer Zusammenfassungskarte gebündelt.</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>zwischen 1 und 100 wartende Alerts</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>Die Sprache des Fensters, der Berichte und, sofern unten nicht anders gewählt, der Overlays.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Sprache der Overlays</translation>
    </message>
    <message>
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>Die Sprache, die dein Publikum in den Overlays liest (sie darf von deiner abweichen).</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Wie das Fenster</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>Dein TikTok-@Name</translation>
    </message>
    <message>
        <source>The account to follow; empty offers the demo.</source>
        <translation>Das Konto, dem gefolgt wird; leer bietet die Demo an.</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Dein Twitch-Kanal</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>Wird beim Start neben TikTok mitverfolgt (Streamen auf mehreren Plattformen gleichzeitig); leer: keiner. Zuerst anmelden: Stream ▸ Bei Twitch anmelden.</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>Dein YouTube-Kanal</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>Wird beim Start neben TikTok mitverfolgt; dein @Name, die Kanal-ID oder die ID des Live-Videos; leer: keiner. Zuerst anmelden (docs/PLATFORMS.md).</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>Rohdaten von TikTok-Streams aufzeichnen (zum Abspielen)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>Behält, was TikTok gesendet hat, damit ein Stream später abgespielt und geprüft werden kann.</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Ordner für den automatischen Export</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>Wohin jede Session nach ihrem Ende exportiert wird; leer: kein automatischer Export. Ein relativer Ordner liegt im Datenordner.</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>kein automatischer Export</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>Die Formate des automatischen Exports.</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>unbekanntes Format {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Sekunden pro Münze</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>Zeit, die jede Münze eines gezählten Geschenks hinzufügt (eine Rose einmal, eine Galaxy 1.000-mal).</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>Sekunden pro Münze müssen zwischen 0 und 3600 liegen</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Sekunden pro Abo</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>Zeit, die jedes Abo hinzufügt.</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>Sekunden pro Abo müssen zwischen 0 und 86400 liegen</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Sekunden pro Follow</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>Zeit, die jeder neue Follow hinzufügt (0: Follows fügen nichts hinzu).</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>Sekunden pro Follow müssen zwischen 0 und 3600 liegen</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Startzeit (Minuten)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>Was der Timer vor dem Start und nach einem Zurücksetzen zeigt.</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>die Startzeit muss zwischen 0 und 100.000 Minuten liegen</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Obergrenze (Minuten, 0 = keine)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>Der Timer hält nie mehr als das; Zeit darüber hinaus wird nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>die Obergrenze muss zwischen 0 und 100.000 Minuten liegen (0: keine)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Wiedergaben verlängern auch</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>Aus: nur Livestreams und die Demo verlängern den Timer, kein abgespieltes Replay.</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>Erstes Like-Ziel</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>Das erste Ziel der Likes-Seite (die Like-Summe des Raums).</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>das Like-Ziel muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Dann alle … Likes</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>Ist ein Ziel erreicht, liegt das nächste so viele Likes weiter.</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>der Abstand der Like-Ziele muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>OBS steuern (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>Verbindet sich mit dem WebSocket-Server von OBS: Zu OBS hinzufügen und Aktionen, die Szenen wechseln oder Quellen zeigen.</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>OBS-Rechner</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>Wo OBS läuft: 127.0.0.1, wenn es dieser Computer ist.</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>OBS-WebSocket-Port</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>Der Server-Port unter Werkzeuge &gt; WebSocket-Server-Einstellungen in OBS (4455, sofern nicht geändert).</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value} ist kein Port zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>YouTube-OAuth-Client-Datei</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>Die JSON-Datei deines eigenen Google-OAuth-Clients (Typ Desktop-App) für die Anmeldung bei YouTube (docs/PLATFORMS.md erklärt, wie man einen anlegt).</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>YouTube-API-Einheiten pro Tag</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>Das tägliche YouTube-Data-API-Kontingent deines Google-Cloud-Projekts (10.000, sofern Google es nicht erhöht hat).</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>zwischen 100 und 100.000.000 Einheiten pro Tag</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>YouTube-Stunden LIVE pro Tag</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>Der Chat wird in einem Tempo gelesen, bei dem das Tageskontingent so viele Stunden Stream reicht.</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>zwischen 0,5 und 24 Stunden</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>Eine Geschenkserie ohne Neuigkeiten so lange wird geschlossen und gezählt.</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>die Leerlaufzeit einer Serie muss zwischen 1 und 600 Sekunden liegen</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>Der lokale Port der OBS-Browserquellen.</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value} ist kein Port zwischen 1024 und 65535</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>Nur für OBS auf einem anderen Computer: das Overlay ist dann auch außerhalb dieses Computers erreichbar.</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>Der geheime Teil der Overlay-Adressen (erneuern mit „overlay rotate-token“).</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>Die ältesten Aufzeichnungen werden über dieser Größe gelöscht.</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>behalte mindestens 10 MB Aufzeichnungen</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>Sicherungen der Datenbank, die im Datenordner bleiben.</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>behalte zwischen 1 und 1000 Sicherungen</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>Das globale Limit der Regeln aus actions.json, in Streamzeit (0: kein Limit).</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>Aktionen pro Sekunde müssen zwischen 0 und 1000 liegen</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch und YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
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
        <translation>Es gibt keinen offiziellen Umrechnungskurs: Das sind Schätzungen. Standard: 0.5 Diamanten pro Münze, USD 0.01 pro Diamant (eine Münze bringt etwa USD 0.005).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>Jede Sitzung behält die Kurse, mit denen sie begann. Twitch zahlt USD 0.01 pro Bit und teilt Subs standardmäßig 50/50; YouTube behält 30 % von Super Chats, Super Stickers und Mitgliedschaften.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>Die Ziele gelten für das Guthaben seit der letzten eingetragenen Auszahlung, über alle Sitzungen. TikTok begrenzt Auszahlungen auf USD 1,000 pro Tag und zahlt innerhalb von 15 Tagen.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>Einnahmen verlängern den Subathon-Timer, solange er läuft oder pausiert ist. Der Timer folgt der Uhr: Er zählt weiter, während die App geschlossen ist, und macht sekundengenau weiter. Das Like-Ziel ist das der Likes-Overlay-Seite.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>In OBS: Werkzeuge ▸ WebSocket-Server-Einstellungen, &apos;WebSocket-Server aktivieren&apos; ankreuzen, dann Verbindungsinfo anzeigen für Port und Passwort. Zu OBS hinzufügen (Alerts ▸ Overlays für OBS…) legt dann die Browserquellen an.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>Wenn eine Sitzung endet, wird die Datenbank gesichert und, falls ein Ordner gesetzt ist, die Sitzung dort in den angekreuzten Formaten exportiert.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} muss eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>{name} muss größer als null sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>{name} darf nicht negativ sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>{name} muss ein dreistelliger Code wie USD oder EUR sein, nicht {value}</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>schreibe jeden Wechselkurs als CODE=Kurs, etwa EUR=1.08, nicht {value}</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>die Währung eines Wechselkurses</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>der Wechselkurs von {code} steht doppelt da</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>Diamanten pro Münze dürfen höchstens 1 sein (ein Creator bekommt nie mehr als die Münzen)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} ist ein Anteil: höchstens 1 (0,5 sind 50 %), nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>{name} darf höchstens {most} sein, nicht {value}</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>der Wechselkurs von {code} darf höchstens 1.000.000.000 sein, nicht {value}</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>gemeldete Diamanten</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>ein Ziel braucht einen Namen (Text)</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>die Plattform von {threshold} muss eine davon sein: {known}, nicht {value}</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} ist ein {platform}-Ziel: seine Einheit ist Geld (Münzen und Diamanten gibt es nur bei TikTok)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>die Einheit muss eine davon sein: {known}, nicht {value}</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>die Währung von {threshold} muss ein dreistelliger Code wie USD sein, nicht {value}</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} ist in {currency}; nur {base} und die Anzeigewährung {display} lassen sich umrechnen</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>true oder false erwartet, nicht {value}</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>eine ganze Zahl erwartet, nicht {value}</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>eine Zahl erwartet, nicht {value}</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>Text erwartet, nicht {value}</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>eine Liste von Texten erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>eine Liste erwartet</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>die Einstellungsdatei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} ist kein gültiges JSON (Zeile {line}): korrigiere oder lösche die Datei</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} ist keine Zahl</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} ist eine Datei, kein Ordner: wähle einen Ordner</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>der Wechselkurs von {code}</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>der Betrag von {threshold}</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} ist kein TikTok-@Name (2–24 Buchstaben, Ziffern, „_“ oder „.“)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>zwei Ziele haben denselben Namen</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value} ist keine Farbe wie #00b140</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>ein Token braucht mindestens 128 Bit (22 Zeichen)</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>gib den Computer ein, auf dem OBS läuft: 127.0.0.1, wenn es dieser ist</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} ist kein Hostname und keine IP-Adresse (ohne ws:// und ohne Port eingeben)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} ist keine Datei: wähle das JSON, das du für deinen OAuth-Client heruntergeladen hast</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>Hake mindestens ein Format an oder leere den Ordner, um den automatischen Export auszuschalten.</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>nenne eine Einstellung, z. B. „streamer-app settings get alerts.volume“</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>es gibt hier keine Einstellung {key} zum Ändern: „streamer-app settings show“ listet sie auf</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>nenne den neuen Wert, z. B. „streamer-app settings set {key} WERT“</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (gespeichert)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>Diamanten</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>Ziel in Zeile {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Euler-Stream-API-Schlüssel</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>TikTok-Sitzungs-ID</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>Optional: der API-Schlüssel vermeidet die Ratenlimits des Sign-Servers. Gespeichert im Schlüsselbund des Systems, nie in Protokollen, Aufzeichnungen oder Exporten.</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>Optional: der API-Schlüssel vermeidet die Ratenlimits des Sign-Servers. Gespeichert in einer Datei, die nur du lesen kannst, nie in Protokollen, Aufzeichnungen oder Exporten.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>Für einen anderen Ordner mit --data-dir ORDNER starten oder STREAMER_APP_HOME setzen.</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>gespeichert (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>OBS-WebSocket-Passwort</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>das Passwort, das OBS zeigt</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>Sessions konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} Münzen</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>von TikTok gemeldete Diamanten für diesen Stream</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>Gib die von TikTok gemeldeten Diamanten ein, um den echten Kurs zu sehen.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>Diesen Kurs nutzen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>Gemeldete Diamanten</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>Noch keine Sitzung mit Geschenken: Kalibriere nach deinem ersten Stream.</translation>
    </message>
    <message>
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>Dieser Stream brachte {rate} Diamanten pro Münze ({coins} Münzen).</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>Diamanten pro Münze auf {rate} gesetzt; speichere, um ihn als Standard zu behalten.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>amount withdrawn</source>
        <translation>ausgezahlter Betrag</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Auszahlung eintragen</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>Guthaben und Ziele zählen ab der letzten Auszahlung.</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>eine Auszahlung muss größer als null sein</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>es gibt noch kein Ledger: streame (oder starte die Demo) zuerst</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>unbekannte Quelle {kind}: wähle {kinds}</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Gib zuerst dein TikTok-@handle ein (2–24 Buchstaben, Ziffern, &apos;_&apos; oder &apos;.&apos;).</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} ist kein TikTok-@handle (2–24 Buchstaben, Ziffern, &apos;_&apos; oder &apos;.&apos;)</translation>
    </message>
    <message>
        <source>TikTok @handle</source>
        <translation>TikTok-@Name</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>Demo-Stream</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>Twitch-Demo-Stream</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>YouTube-Demo-Stream</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>Twitch-Kanal</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>YouTube-Livechat</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>Aufzeichnung abspielen…</translation>
    </message>
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name} ({kind}) ist heute Abend schon verbunden</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>{path} kann nicht als Aufnahme gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} ist keine Rohaufnahme von streamer-app (die erste Zeile ist kein {fmt}-Kopf)</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path}: dem Kopf der Aufnahme fehlt {key}</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path}: started_at im Kopf der Aufnahme ist kein ISO-Datum</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} ist keine Rohaufnahme von streamer-app (die erste Zeile ist kein Kopf von {formats})</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>kein TikTok-@handle angegeben</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>angehalten, bevor die Verbindung zu {handle} stand</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>Das Verbindungslimit des Signaturservers ist erreicht</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>Das Verbindungslimit des Signaturservers ist erreicht (ein Euler-Stream-API-Schlüssel erhöht es)</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} ist gerade nicht LIVE; verbinde, sobald LIVE</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>Das LIVE von {handle} ist altersbeschränkt: füge in den Einstellungen eine TikTok-Session-ID hinzu, um es zu sehen</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>TikTok hat die Verbindung abgelehnt (blockiert); versuche es später erneut oder füge eine Session-ID hinzu</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>Der Signaturserver sagt, dafür ist ein bezahlter Euler-Stream-Tarif nötig</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>Der Signaturserver will die Session-ID nicht verwenden; entferne sie in den Einstellungen</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>Die vorige Verbindung war noch offen; verbinde neu</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>TikTok hat kein LIVE-Konto {handle}: prüfe die Schreibweise des @handle</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>Kein Netz: TikTok ist nicht erreichbar</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>TikTok hat keine Verbindung vergeben (vielleicht prüft es auf Bots)</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>Verbinden fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>Kein Netz: der Signaturserver ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>Der Signaturserver hat den Euler-Stream-API-Schlüssel abgelehnt: prüfe ihn in den Einstellungen</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>Der Signaturserver verlangt einen Euler-Stream-API-Schlüssel: füge einen in den Einstellungen hinzu</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>Der Signaturserver hat nicht wie erwartet geantwortet ({reason})</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>Es gibt keinen Twitch-Kanal namens {login}.</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>Gib den Login-Namen des Twitch-Kanals ein (3–25 Buchstaben, Ziffern oder &apos;_&apos;).</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path}: dem Kopf der Twitch-Aufnahme fehlt channel_id</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>melde dich zuerst bei YouTube an: setze &apos;YouTube OAuth client file&apos; in den Einstellungen (oder führe &apos;streamer-app youtube sign-in&apos; aus) oder speichere einen API-Schlüssel (&apos;streamer-app secrets set youtube-api-key&apos;), um einen öffentlichen Chat zu lesen</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>angehalten, bevor die YouTube-Übertragung live ging</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>die YouTube-Quelle kann nicht starten: Googles Client-Bibliothek ist in dieser Installation unvollständig ({error}); installiere streamer-app mit pip, um YouTube zu folgen</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} ist kein YouTube-Kanal (@handle oder UC…-ID) und keine Video-ID oder Video-Link</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>setze zuerst &apos;YouTube OAuth client file&apos; in den Einstellungen (das JSON eines Desktop-OAuth-Clients aus der Google Cloud Console; docs/PLATFORMS.md erklärt es)</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>die YouTube-OAuth-Client-Datei {path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path} ist keine Google-OAuth-Client-Datei vom Typ Desktop-App ({error})</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>die YouTube-Anmeldung wurde nicht abgeschlossen ({error})</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>um deiner eigenen Übertragung zu folgen, melde dich bei YouTube an (ein API-Schlüssel liest nur öffentliche Chats: gib stattdessen die Video-ID oder den Kanal ein)</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>YouTube hat kein Video {video_id} (oder es ist privat)</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>der Livestream von Video {video_id} ist beendet; sein Chat ist nicht mehr lesbar</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>Video {video_id} ist kein Livestream</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>YouTube hat keinen Kanal {channel}</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>Auf diesem System ist keine Sprachausgabe-Stimme installiert.</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>Die Sprachausgabe dieses Systems hat keine nutzbare Stimme.</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>Sprachausgabe ist hier nicht verfügbar ({error}).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>in {data_dir} gibt es noch keine Datenbank zum Sichern</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>kann den Sicherungsordner {folder} nicht anlegen: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>kann nicht in {folder} schreiben: der Ordner oder seine Festplatte ist schreibgeschützt (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>die Datenbank hat ihre Prüfung nicht bestanden ({problem}); es wurde keine Sicherung erstellt, ältere Sicherungen bleiben wie sie sind</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>die Festplatte mit {folder} ist voll: mach Platz frei und versuche es erneut (keine Sicherung erstellt; ältere Sicherungen bleiben wie sie sind)</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>die Sicherung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>mach Platz frei und versuche es erneut</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>es wurde keine Sicherung erstellt</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>die Sicherung ist fehlgeschlagen ({error}): {advice}; ältere Sicherungen bleiben wie sie sind</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} ist keine streamer-app-Datenbank (keine SQLite-Datei); nichts wurde geändert</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>{path} kann nicht geöffnet werden ({error}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} ist beschädigt ({problem}); wähle eine andere Sicherung. Nichts wurde geändert</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} ist eine SQLite-Datei, aber keine streamer-app-Datenbank; nichts wurde geändert</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} wurde von einer neueren Version von streamer-app geschrieben; aktualisiere zuerst die App. Nichts wurde geändert</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} ist keine lesbare streamer-app-Datenbank ({error}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>diese Datei ist die aktuelle Datenbank selbst; wähle eine Sicherungsdatei</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>die Festplatte mit {folder} ist voll, daher konnte die aktuelle Datenbank nicht beiseitegelegt werden: mach Platz frei und versuche es erneut; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>die aktuelle Datenbank konnte nicht beiseitegelegt werden ({error}): schließe jedes Programm, das sie nutzt, und versuche es erneut; nichts wurde geändert</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>prüfe den Ordner</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>die aktuelle Datenbank konnte nicht beiseitegelegt werden ({error}): {advice}; nichts wurde geändert</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>deine vorige Datenbank liegt in {path}</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>es gab keine vorige Datenbank</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>die wiederhergestellte Datenbank hat ihre Prüfung nicht bestanden; {previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>die Festplatte ist voll, daher konnte die Sicherung nicht wiederhergestellt werden: mach Platz frei und versuche es erneut; {previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>die Datenbank wird benutzt ({error}): schließe streamer-app und versuche es erneut</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>{path} hat neue Geschenke in seiner -wal-Datei, die SQLite nur aus einem beschreibbaren Ordner lesen kann: kopiere den ganzen Ordner {folder} an einen beschreibbaren Ort und nutze dort --data-dir (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} ist keine lesbare streamer-app-Datenbank (vielleicht beschädigt). Stelle mit &apos;streamer-app restore FILE&apos; eine Sicherung wieder her oder verschiebe die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} ist schreibgeschützt: prüfe die Berechtigungen der Datei und dass ihre Festplatte nicht schreibgeschützt eingehängt ist, oder wähle ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>kann {path} nicht öffnen: prüfe, ob der Ordner existiert und beschreibbar ist, oder wähle ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>die Festplatte mit {path} ist voll: mach Platz frei und versuche es erneut (nichts Gespeichertes ging verloren).</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>kann {path} nicht schreiben (Ein-/Ausgabefehler): die Festplatte ist vielleicht voll, über einem Kontingent, entfernt oder defekt; mach Platz frei oder prüfe das Laufwerk (nichts Gespeichertes ging verloren).</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>Datenbankproblem mit {path}: {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>kann den Datenordner {folder} nicht anlegen: {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>{path} hat die Integritätsprüfung nicht bestanden ({problem}). Nichts wurde geändert; stelle mit &apos;streamer-app restore FILE&apos; eine Sicherung wieder her oder führe &apos;streamer-app doctor&apos; aus.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} wurde von einer neueren Version von streamer-app geschrieben (Schemaschritte {steps}). Aktualisiere die App; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>die Sicherung {target} hat ihre Prüfung nicht bestanden; das Original ist unberührt</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>die Datenbank konnte nicht aktualisiert werden: {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>in {folder} läuft gerade eine Wiederherstellung: starte streamer-app erneut, wenn sie fertig ist</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>kann nicht in {folder} schreiben ({error}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>streamer-app läuft auf diesem Datenordner: nutze das Timer-Panel in seinem Fenster (oder beende es zuerst)</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>der Timer konnte nicht gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>Gesch. Einnahmen</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamanten</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Schenkende</translation>
    </message>
    <message>
        <source>Gifts / min</source>
        <translation>Geschenke / Min.</translation>
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
        <translation>Geschenkte Subs</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Unterstützer</translation>
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
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>Geschenkte Mitgliedschaften</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>bei {rate} Diamanten/Münze</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>Zuschauer gaben ≈ {money} aus</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} Serien ohne Ende geschlossen</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} neue Follows</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>letzte 5 Minuten</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>ZEIT UM</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>SUBATHON-TIMER</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>Starte einen Stream (oder die Demo), um den Timer laufen zu lassen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>{time} abziehen</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>{time} hinzufügen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>Zurück zur Startzeit, gestoppt (fragt vorher)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>{time} added</source>
        <translation>{time} hinzugefügt</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>{time} abgezogen</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} Münzen</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} Abos</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} Follows</translation>
    </message>
    <message>
        <source>from {income}</source>
        <translation>aus {income}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cap {time}</source>
        <translation>Obergrenze {time}</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 Münze = {seconds} s</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>Subathon-Timer zurücksetzen?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>Der Timer geht auf seine Startzeit zurück und stoppt. Die bisher hinzugefügte Zeit geht verloren (die Geschenke bleiben im Kassenbuch).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>live</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollendet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} weitere</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} Münzen</translation>
    </message>
    <message>
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>Geschenke deiner Zuschauer an deine Gäste (Multi-Gast- und Co-Host-LIVEs).</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>Das sind Einnahmen der Gäste: nicht in deinen Münzen, Diamanten, Einnahmen oder Auszahlungsschwellen.</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name}: {coins} Münzen, 1 Geschenk</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name}: {coins} Münzen, {gifts} Geschenke</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>Erste Geschenke</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>An Gäste</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>Die Likes des Raums (TikToks eigene Zählung)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>Zuschauer, deren erstes Geschenk an dich heute kam</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>LIVE-Match-Punkte: ein Spielstand, keine Münzen und kein Geld</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>Schenkende(r)</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
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
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>streamer-app liest Bits, Abos, Follower und Chat deines Kanals mit deiner eigenen Twitch-App. Registriere eine unter {console} (Client Type: {public}, OAuth redirect {redirect}) und füge hier ihre Client ID ein.</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>Bei Twitch anmelden — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>twitch.tv/activate öffnen</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>Füge die Client ID deiner App aus dev.twitch.tv/console ein (etwa 30 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warte…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>Twitch wird nach einem Code gefragt…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>Öffne twitch.tv/activate, prüfe, dass dort dieser Code steht, und wähle Authorize. Warte…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>Twitch-Anmeldung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>Bei Twitch angemeldet als {login}.</translation>
    </message>
</context>
</TS>
