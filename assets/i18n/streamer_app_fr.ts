<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} doit valoir au moins {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} doit valoir au plus {high}</translation>
    </message>
    <message>
        <source>{field} has a brace that is not closed: write {example} for a value, {braces} for a brace itself</source>
        <translation>{field} contient une accolade non fermée : écrivez {example} pour une valeur, {braces} pour une accolade elle-même</translation>
    </message>
    <message>
        <source>{field} names {name}, which is not known: use {known}</source>
        <translation>{field} cite {name}, qui est inconnu : utilisez {known}</translation>
    </message>
    <message>
        <source>{field} cannot be filled in: keep to {plain} or {commas}</source>
        <translation>{field} ne peut pas être rempli : tenez-vous-en à {plain} ou {commas}</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), not a path</source>
        <translation>{field} doit être un nom de fichier dans le dossier media/ (comme roar.mp3), pas un chemin</translation>
    </message>
    <message>
        <source>{field} must be a file name inside the media/ folder (like roar.mp3), without ..</source>
        <translation>{field} doit être un nom de fichier dans le dossier media/ (comme roar.mp3), sans ..</translation>
    </message>
    <message>
        <source>{field} must be http(s)</source>
        <translation>{field} doit commencer par http(s)</translation>
    </message>
    <message>
        <source>{field} must be one of {known}</source>
        <translation>{field} doit être l’un de ceux-ci : {known}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} doit être un nombre entier</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} doit être un nombre</translation>
    </message>
    <message>
        <source>{field} must be a JSON object, like {example}</source>
        <translation>{field} doit être un objet JSON, comme {example}</translation>
    </message>
    <message>
        <source>{field} must be a non-empty text</source>
        <translation>{field} ne doit pas être vide</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field} doit être true ou false</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} manque</translation>
    </message>
    <message>
        <source>{field} is not a field of this action (its fields: {known})</source>
        <translation>{field} n’est pas un champ de cette action (ses champs : {known})</translation>
    </message>
    <message>
        <source>{field} is not a field of this event (its fields: {known})</source>
        <translation>{field} n’est pas un champ de cet événement (ses champs : {known})</translation>
    </message>
    <message>
        <source>{field} must be an object like {example}</source>
        <translation>{field} doit être un objet comme {example}</translation>
    </message>
    <message>
        <source>{field} must be a list of at least one action, like {example}</source>
        <translation>{field} doit être une liste d’au moins une action, comme {example}</translation>
    </message>
    <message>
        <source>{field} must be an object with a type</source>
        <translation>{field} doit être un objet avec un type</translation>
    </message>
    <message>
        <source>{field} must be an object with name, when and do</source>
        <translation>{field} doit être un objet avec name, when et do</translation>
    </message>
    <message>
        <source>{field} is not a field of a rule (its fields: {known})</source>
        <translation>{field} n’est pas un champ d’une règle (ses champs : {known})</translation>
    </message>
    <message>
        <source>Actions are not running (start a stream, the demo or a replay with actions first).</source>
        <translation>Les actions ne tournent pas (lancez d’abord un stream, la démo ou une rediffusion avec actions).</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; was not run: the actions queue is full</source>
        <translation>« {rule} » n’a pas été lancée : la file des actions est pleine</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; fired: see the actions log</source>
        <translation>« {rule} » déclenchée : voir le journal des actions</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Only events from this platform (any when left out)</source>
        <translation>Seulement les événements de cette plateforme (vide : toutes)</translation>
    </message>
    <message>
        <source>At least (coins)</source>
        <translation>Au moins (pièces)</translation>
    </message>
    <message>
        <source>The counted gift&apos;s coins: units x price, as in its ledger row</source>
        <translation>Les pièces du cadeau compté : unités × prix, comme dans sa ligne du registre</translation>
    </message>
    <message>
        <source>Gift id</source>
        <translation>ID du cadeau</translation>
    </message>
    <message>
        <source>Only this gift (any when left out)</source>
        <translation>Seulement ce cadeau (vide : tous)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>host: only gifts to you, not to guests on screen</source>
        <translation>host : seulement les cadeaux pour vous, pas pour les invités à l’écran</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Un cadeau</translation>
    </message>
    <message>
        <source>Once per counted gift (a ledger row): a streak fires once, at its end</source>
        <translation>Une fois par cadeau compté (une ligne du registre) : une série se déclenche une fois, à sa fin</translation>
    </message>
    <message>
        <source>A follow</source>
        <translation>Un nouvel abonné</translation>
    </message>
    <message>
        <source>A share</source>
        <translation>Un partage</translation>
    </message>
    <message>
        <source>A subscription</source>
        <translation>Un abonnement</translation>
    </message>
    <message>
        <source>Every N likes</source>
        <translation>Tous les N likes</translation>
    </message>
    <message>
        <source>Every (likes)</source>
        <translation>Tous les (likes)</translation>
    </message>
    <message>
        <source>Fires each time the room&apos;s like total passes a multiple of this</source>
        <translation>Se déclenche chaque fois que le total de likes du live passe un multiple de ce nombre</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift</source>
        <translation>Le premier cadeau d’un spectateur</translation>
    </message>
    <message>
        <source>A viewer&apos;s first gift to you</source>
        <translation>Le premier cadeau d’un spectateur pour vous</translation>
    </message>
    <message>
        <source>A payout threshold reached</source>
        <translation>Un seuil de paiement atteint</translation>
    </message>
    <message>
        <source>Threshold name</source>
        <translation>Nom du seuil</translation>
    </message>
    <message>
        <source>Only this threshold (any when left out)</source>
        <translation>Seulement ce seuil (vide : tous)</translation>
    </message>
    <message>
        <source>Once per threshold per session</source>
        <translation>Une fois par seuil et par session</translation>
    </message>
    <message>
        <source>The subathon timer ended</source>
        <translation>Le minuteur du subathon est terminé</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Jouer un son</translation>
    </message>
    <message>
        <source>Sound file</source>
        <translation>Fichier son</translation>
    </message>
    <message>
        <source>A file in the data folder&apos;s media/ folder</source>
        <translation>Un fichier du dossier media/ du dossier de données</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Played by the media overlay page (and the window): once per counted gift, never per tap</source>
        <translation>Joué par la page média de l’overlay (et la fenêtre) : une fois par cadeau compté, jamais à chaque tap</translation>
    </message>
    <message>
        <source>Speak a text</source>
        <translation>Dire un texte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>e.g. &quot;Thanks {user} for {gift}!&quot;</source>
        <translation>p. ex. « Merci {user} pour {gift} ! »</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>A voice name the system knows (the default when left out)</source>
        <translation>Un nom de voix que le système connaît (vide : celle par défaut)</translation>
    </message>
    <message>
        <source>Show an image, GIF or video</source>
        <translation>Afficher une image, un GIF ou une vidéo</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Fichier média</translation>
    </message>
    <message>
        <source>Shown for (s)</source>
        <translation>Affiché pendant (s)</translation>
    </message>
    <message>
        <source>An OBS request</source>
        <translation>Une requête OBS</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>An obs-websocket 5 request type, e.g. SetCurrentProgramScene</source>
        <translation>Un type de requête obs-websocket 5, p. ex. SetCurrentProgramScene</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>Données de la requête</translation>
    </message>
    <message>
        <source>e.g. {&quot;sceneName&quot;: &quot;Lion&quot;}</source>
        <translation>p. ex. {&quot;sceneName&quot;: &quot;Lion&quot;}</translation>
    </message>
    <message>
        <source>Call a webhook</source>
        <translation>Appeler un webhook</translation>
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
        <translation>json : {&quot;rule&quot;: name, &quot;event&quot;: {...}} ; discord : {&quot;content&quot;: text}</translation>
    </message>
    <message>
        <source>Discord text</source>
        <translation>Texte Discord</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <source>Add time to the timer</source>
        <translation>Ajouter du temps au minuteur</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Show a custom alert</source>
        <translation>Afficher une alerte perso</translation>
    </message>
    <message>
        <source>{field} is empty: type the scene&apos;s name as OBS shows it</source>
        <translation>{field} est vide : tapez le nom de la scène tel qu’OBS l’affiche</translation>
    </message>
    <message>
        <source>{field} is empty: type the source&apos;s name as OBS shows it</source>
        <translation>{field} est vide : tapez le nom de la source tel qu’OBS l’affiche</translation>
    </message>
    <message>
        <source>{field} is the name of rule {number} too: give each rule its own name</source>
        <translation>{field} est aussi le nom de la règle {number} : donnez à chaque règle son propre nom</translation>
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
        <translation>Images, GIF et vidéos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.webm *.mov)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>a file in the media folder</source>
        <translation>un fichier du dossier média</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>The file could not be copied into {folder}: {error}</source>
        <translation>Le fichier n’a pas pu être copié dans {folder} : {error}</translation>
    </message>
    <message>
        <source>Any gift</source>
        <translation>N’importe quel cadeau</translation>
    </message>
    <message>
        <source>{gift} — {coins} coins (id {id})</source>
        <translation>{gift} — {coins} pièces (ID {id})</translation>
    </message>
    <message>
        <source>Pick a gift, or type its id</source>
        <translation>Choisissez un cadeau ou tapez son ID</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>You can use {names} and more.</source>
        <translation>Vous pouvez utiliser {names} et d’autres.</translation>
    </message>
    <message>
        <source>anyone (you and guests)</source>
        <translation>tout le monde (vous et les invités)</translation>
    </message>
    <message>
        <source>you (the host) only</source>
        <translation>vous seul (l’hôte)</translation>
    </message>
    <message>
        <source>Actions — streamer-app</source>
        <translation>Actions — streamer-app</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Check every rule and write actions.json (Ctrl+S)</source>
        <translation>Vérifier chaque règle et écrire actions.json (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>A new rule</source>
        <translation>Une nouvelle règle</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>A copy of the selected rule</source>
        <translation>Une copie de la règle choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected rule (saved when you save)</source>
        <translation>Retirer la règle choisie (appliqué à l’enregistrement)</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Monter la règle</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Descendre la règle</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Tester cette règle</translation>
    </message>
    <message>
        <source>Run its actions now with a sample event (filters and cooldown skipped)</source>
        <translation>Lancer ses actions maintenant avec un événement d’exemple (sans filtres ni délai)</translation>
    </message>
    <message>
        <source>{problem} Fix the file by hand ({path}) and reopen this window, or make rules here: saving asks before it replaces the file.</source>
        <translation>{problem} Corrigez le fichier à la main ({path}) et rouvrez cette fenêtre, ou créez des règles ici : l’enregistrement demande avant de remplacer le fichier.</translation>
    </message>
    <message>
        <source>The rules in actions.json cannot be read until the file is fixed (see above).</source>
        <translation>Les règles d’actions.json ne peuvent pas être lues tant que le fichier n’est pas corrigé (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Rules in {file} with problems, off until fixed: {rules}</source>
        <translation>Règles de {file} avec des problèmes, désactivées jusqu’à correction : {rules}</translation>
    </message>
    <message>
        <source>Nothing was saved: {rule} has problems (marked in red).</source>
        <translation>Rien n’a été enregistré : {rule} a des problèmes (en rouge).</translation>
    </message>
    <message>
        <source>Nothing was saved: the broken file was kept.</source>
        <translation>Rien n’a été enregistré : le fichier abîmé a été gardé.</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Rien n’a été enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved {count} to {path}. They run from the next event on.</source>
        <translation>{count} enregistrées dans {path}. Elles s’appliquent dès le prochain événement.</translation>
    </message>
    <message>
        <source>Save the actions?</source>
        <translation>Enregistrer les actions ?</translation>
    </message>
    <message>
        <source>Your changes to the actions are not saved yet.</source>
        <translation>Vos modifications des actions ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Replace actions.json?</source>
        <translation>Remplacer actions.json ?</translation>
    </message>
    <message>
        <source>{problem}

Replace it with the {count} shown here? A copy of the broken file is kept beside it.</source>
        <translation>{problem}

Le remplacer par les {count} affichées ici ? Une copie du fichier abîmé est gardée à côté.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>This rule has problems: select it to see them.</source>
        <translation>Cette règle a des problèmes : sélectionnez-la pour les voir.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrigez d’abord les champs en rouge.</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>Le test a échoué : {error}</translation>
    </message>
    <message>
        <source>Log ({count} failed)</source>
        <translation>Journal ({count} échecs)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>{file} n’a pas pu être lu : {error}.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until it is fixed.</source>
        <translation>{file} n’est pas un JSON valide : ligne {line}, colonne {column} : {reason}. Aucune action ne tourne avant la correction.</translation>
    </message>
    <message>
        <source>{file} line 1: must be an object {example}. No actions run until it is fixed.</source>
        <translation>{file} ligne 1 : doit être un objet {example}. Aucune action ne tourne avant la correction.</translation>
    </message>
    <message>
        <source>Posts the Discord text below, as a Discord webhook expects; else the event as JSON</source>
        <translation>Envoie le texte Discord ci-dessous, comme l’attend un webhook Discord ; sinon l’événement en JSON</translation>
    </message>
    <message>
        <source>Discord format</source>
        <translation>Format Discord</translation>
    </message>
    <message>
        <source>Unknown action “{type}”</source>
        <translation>Action inconnue « {type} »</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… or your own https:// address</source>
        <translation>https://discord.com/api/webhooks/… ou votre propre adresse https://</translation>
    </message>
    <message>
        <source>Do this earlier</source>
        <translation>Faire ceci plus tôt</translation>
    </message>
    <message>
        <source>Do this later</source>
        <translation>Faire ceci plus tard</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Retirer cette action</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Gift: pick one from the list, or type its id (a whole number)</source>
        <translation>Cadeau : choisissez-en un dans la liste ou tapez son ID (un nombre entier)</translation>
    </message>
    <message>
        <source>e.g. Lion: roar and the Lion scene</source>
        <translation>p. ex. Lion : rugissement et la scène Lion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Untick to keep the rule without running it</source>
        <translation>Décochez pour garder la règle sans la lancer</translation>
    </message>
    <message>
        <source>At least this many seconds between two runs of this rule</source>
        <translation>Au moins ce nombre de secondes entre deux lancements de cette règle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Add at least one action: what should happen when this event comes?</source>
        <translation>Ajoutez au moins une action : que doit-il se passer quand cet événement arrive ?</translation>
    </message>
    <message>
        <source>gift {id}</source>
        <translation>cadeau {id}</translation>
    </message>
    <message>
        <source>First {gift}</source>
        <translation>Premier {gift}</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>Un cadeau</translation>
    </message>
    <message>
        <source>A first gift</source>
        <translation>Un premier cadeau</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(aucun événement)</translation>
    </message>
    <message>
        <source>Every {count} likes</source>
        <translation>Tous les {count} likes</translation>
    </message>
    <message>
        <source>{what} of {coins}+ coins</source>
        <translation>{what} de {coins}+ pièces</translation>
    </message>
    <message>
        <source>{what} to you</source>
        <translation>{what} pour vous</translation>
    </message>
    <message>
        <source>{what} on {platform}</source>
        <translation>{what} sur {platform}</translation>
    </message>
    <message>
        <source>{what} ({threshold})</source>
        <translation>{what} ({threshold})</translation>
    </message>
    <message>
        <source>OBS scene {name}</source>
        <translation>scène OBS {name}</translation>
    </message>
    <message>
        <source>OBS show {name}</source>
        <translation>OBS afficher {name}</translation>
    </message>
    <message>
        <source>OBS hide {name}</source>
        <translation>OBS masquer {name}</translation>
    </message>
    <message>
        <source>OBS restart {name}</source>
        <translation>OBS relancer {name}</translation>
    </message>
    <message>
        <source>OBS text {name}</source>
        <translation>texte OBS {name}</translation>
    </message>
    <message>
        <source>sound {file}</source>
        <translation>son {file}</translation>
    </message>
    <message>
        <source>show {file}</source>
        <translation>afficher {file}</translation>
    </message>
    <message>
        <source>say “{text}”</source>
        <translation>dire « {text} »</translation>
    </message>
    <message>
        <source>alert “{text}”</source>
        <translation>alerte « {text} »</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>timer {seconds} s</source>
        <translation>minuteur {seconds} s</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(rien pour l’instant)</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 règle</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} règles</translation>
    </message>
    <message>
        <source>No rules yet. Click Add to make one: for example, when a Lion arrives, play roar.mp3 and switch OBS to the Lion scene.</source>
        <translation>Pas encore de règle. Cliquez sur Ajouter pour en créer une : par exemple, quand un Lion arrive, jouer roar.mp3 et passer OBS sur la scène Lion.</translation>
    </message>
    <message>
        <source>rule {number} &apos;{name}&apos;</source>
        <translation>règle {number} « {name} »</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <translation>règle {number}</translation>
    </message>
</context>
<context>
    <name>ActionsLogView</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>Échecs seulement</translation>
    </message>
    <message>
        <source>Hide what worked: what failed and why, and what was dropped</source>
        <translation>Masquer ce qui a marché : ce qui a échoué et pourquoi, et ce qui a été abandonné</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>1 line, {failed} failed.</source>
        <translation>1 ligne, {failed} échecs.</translation>
    </message>
    <message>
        <source>{count} lines, {failed} failed.</source>
        <translation>{count} lignes, {failed} échecs.</translation>
    </message>
    <message>
        <source>Actions run while a stream, the demo or a replay with actions runs.</source>
        <translation>Les actions tournent pendant un stream, la démo ou une rediffusion avec actions.</translation>
    </message>
    <message>
        <source>Dropped (the queue was full): {count}.</source>
        <translation>Abandonnées (file pleine) : {count}.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>FIRST GIFT!</source>
        <translation>PREMIER CADEAU !</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} cadeaux de plus aux invités</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} cadeaux de plus, {coins} pièces</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>a envoyé {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>à {guest}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} pièces</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>streamer-app alerts</source>
        <translation>alertes streamer-app</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invité</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name} : {what}</translation>
    </message>
    <message>
        <source>{name} sent {count} {gift}</source>
        <translation>{name} a envoyé {count} {gift}</translation>
    </message>
</context>
<context>
    <name>AutoExport</name>
    <message>
        <source>backup saved: {path}</source>
        <translation>sauvegarde enregistrée : {path}</translation>
    </message>
    <message>
        <source>the automatic backup failed: {error}</source>
        <translation>la sauvegarde automatique a échoué : {error}</translation>
    </message>
    <message>
        <source>the automatic export folder {folder} cannot be created ({error}): choose another folder in the settings</source>
        <translation>le dossier d’exportation automatique {folder} ne peut pas être créé ({error}) : choisissez-en un autre dans les paramètres</translation>
    </message>
    <message>
        <source>the automatic export could not read the database: {error}</source>
        <translation>l’exportation automatique n’a pas pu lire la base de données : {error}</translation>
    </message>
    <message>
        <source>exported: {files}</source>
        <translation>exporté : {files}</translation>
    </message>
    <message>
        <source>the automatic {format} export failed: {error}</source>
        <translation>l’exportation automatique {format} a échoué : {error}</translation>
    </message>
    <message>
        <source>nothing to export automatically: {error}</source>
        <translation>rien à exporter automatiquement : {error}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>viewer {id}</source>
        <translation>spectateur {id}</translation>
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
        <translation>RÉCAP DU LIVE</translation>
    </message>
    <message>
        <source>{count} LIVES RECAP</source>
        <translation>RÉCAP DE {count} LIVES</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>Ton live</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>≈ {money} estimated · ~{diamonds} diamonds</source>
        <translation>≈ {money} estimés · ~{diamonds} diamants</translation>
    </message>
    <message>
        <source>≈ {money} estimated · {figures}</source>
        <translation>≈ {money} estimés · {figures}</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>cadeaux</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>donateurs</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>nouveaux abonnés</translation>
    </message>
    <message>
        <source>subs &amp; members</source>
        <translation>abonnés &amp; membres</translation>
    </message>
    <message>
        <source>supporters</source>
        <translation>soutiens</translation>
    </message>
    <message>
        <source>TOP GIFTERS</source>
        <translation>MEILLEURS DONATEURS</translation>
    </message>
    <message>
        <source>No gifts this time — thank you for watching!</source>
        <translation>Pas de cadeaux cette fois — merci d&apos;avoir regardé !</translation>
    </message>
    <message>
        <source>TOP SUPPORTERS</source>
        <translation>TOP SOUTIENS</translation>
    </message>
    <message>
        <source>{count} Bits</source>
        <translation>{count} Bits</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} abonnements</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>merci</translation>
    </message>
    <message>
        <source>COINS OVER TIME</source>
        <translation>PIÈCES AU FIL DU TEMPS</translation>
    </message>
    <message>
        <source>Next: {goal} · {percent}</source>
        <translation>Prochain : {goal} · {percent}</translation>
    </message>
    <message>
        <source>Every payout goal reached</source>
        <translation>Tous les objectifs de paiement atteints</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; TikTok&apos;s figures may differ.</source>
        <translation>Estimé depuis mon propre registre ; les chiffres de TikTok peuvent différer.</translation>
    </message>
    <message>
        <source>Estimated from my own ledger; the platforms&apos; figures may differ.</source>
        <translation>Estimé depuis mon propre registre ; les chiffres des plateformes peuvent différer.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No sessions yet. Try: streamer-app --demo</source>
        <translation>Aucune session pour l’instant. Essayez : streamer-app --demo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>DÉBUT (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation>CRÉATEUR</translation>
    </message>
    <message>
        <source>COINS</source>
        <translation>PIÈCES</translation>
    </message>
    <message>
        <source>GIFTS</source>
        <translation>CADEAUX</translation>
    </message>
    <message>
        <source>GIFTERS</source>
        <translation>DONATEURS</translation>
    </message>
    <message>
        <source>EST.</source>
        <translation>EST.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>live/open</source>
        <translation>en direct/ouverte</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>{name} cleared</source>
        <translation>{name} effacé</translation>
    </message>
    <message>
        <source>no {name} given; nothing was changed</source>
        <translation>aucun {name} donné ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>that does not look like a {name} (too short or contains spaces); nothing was changed</source>
        <translation>cela ne ressemble pas à un {name} (trop court ou avec des espaces) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name} stored in {where}: {mask}</source>
        <translation>{name} enregistré dans {where} : {mask}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>écrit : {path}</translation>
    </message>
    <message>
        <source>backup saved: {path}</source>
        <translation>sauvegarde enregistrée : {path}</translation>
    </message>
    <message>
        <source>backup saved: {path} (the newest {keep} are kept)</source>
        <translation>sauvegarde enregistrée : {path} (les {keep} plus récentes sont gardées)</translation>
    </message>
    <message>
        <source>restored {file}: sessions {sessions}, counted gifts {gifts}</source>
        <translation>{file} restauré : sessions {sessions}, cadeaux comptés {gifts}</translation>
    </message>
    <message>
        <source>the previous database was kept as {path}</source>
        <translation>l&apos;ancienne base de données a été gardée sous {path}</translation>
    </message>
    <message>
        <source>say how many seconds to add, e.g. &apos;streamer-app timer add 300&apos; (negative takes away)</source>
        <translation>indique combien de secondes ajouter, p. ex. &apos;streamer-app timer add 300&apos; (un nombre négatif en retire)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} pièce</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} pièces</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} abonnement</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} abonnements</translation>
    </message>
    <message>
        <source>{count} follow</source>
        <translation>{count} abonné</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} abonnés</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left (ends {time})</source>
        <translation>Minuteur subathon : {status}, {left} restant (fin {time})</translation>
    </message>
    <message>
        <source>Subathon timer: {status}, {left} left</source>
        <translation>Minuteur subathon : {status}, {left} restant</translation>
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
        <translation>{time} ajouté (revenus : {income})</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>{time} ajouté</translation>
    </message>
    <message>
        <source>taken {time} (income: {income})</source>
        <translation>{time} retiré (revenus : {income})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>{time} retiré</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s, cap {cap}.</source>
        <translation>Règles : 1 pièce = {coin} s, 1 abonnement = {sub} s, 1 abonné = {follow} s, plafond {cap}.</translation>
    </message>
    <message>
        <source>Rules: 1 coin = {coin} s, 1 sub = {sub} s, 1 follow = {follow} s.</source>
        <translation>Règles : 1 pièce = {coin} s, 1 abonnement = {sub} s, 1 abonné = {follow} s.</translation>
    </message>
    <message>
        <source>there is no overlay page called {page}: choose from {pages}</source>
        <translation>il n&apos;y a pas de page d&apos;overlay nommée {page} : choisis parmi {pages}</translation>
    </message>
    <message>
        <source>Connecting to OBS at {host}:{port}…</source>
        <translation>Connexion à OBS sur {host}:{port}…</translation>
    </message>
    <message>
        <source>Note: OBS runs on another computer, but the overlay links point at 127.0.0.1 (this computer for OBS): turn on overlay_lan and edit the address in each source (docs/OBS.md).</source>
        <translation>Remarque : OBS tourne sur un autre ordinateur, mais les liens d&apos;overlay pointent vers 127.0.0.1 (cet ordinateur pour OBS) : active overlay_lan et modifie l&apos;adresse dans chaque source (docs/OBS.md).</translation>
    </message>
    <message>
        <source>New overlay token saved: old overlay links stop working once streamer-app restarts (or at once in the window). The sources &apos;Add to OBS&apos; made get the new links when the window next connects to OBS (or run &apos;streamer-app overlay add-to-obs&apos;); update any other OBS browser source with:</source>
        <translation>Nouveau jeton d&apos;overlay enregistré : les anciens liens cessent de fonctionner au redémarrage de streamer-app (ou tout de suite dans la fenêtre). Les sources créées par « Ajouter à OBS » reçoivent les nouveaux liens à la prochaine connexion de la fenêtre à OBS (ou lance &apos;streamer-app overlay add-to-obs&apos;) ; mets à jour toute autre source navigateur d&apos;OBS avec :</translation>
    </message>
    <message>
        <source>LAN access is on: on other devices use this computer&apos;s IP address instead of 127.0.0.1.</source>
        <translation>L&apos;accès LAN est activé : sur les autres appareils, utilise l&apos;adresse IP de cet ordinateur au lieu de 127.0.0.1.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>{path} (readable only by you)</source>
        <translation>{path} (lisible par toi seul)</translation>
    </message>
    <message>
        <source>kept in: {where}</source>
        <translation>conservé dans : {where}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>the client id of your own Twitch app (dev.twitch.tv/console: Register Your Application, Client Type &apos;Public&apos;, OAuth redirect http://localhost; docs/PLATFORMS.md)</source>
        <translation>l&apos;identifiant client de ta propre application Twitch (dev.twitch.tv/console : Register Your Application, Client Type &apos;Public&apos;, redirection OAuth http://localhost ; docs/PLATFORMS.md)</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>identifiant client</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>signed out of Twitch (the client id is kept)</source>
        <translation>déconnecté de Twitch (l&apos;identifiant client est conservé)</translation>
    </message>
    <message>
        <source>Twitch client id ({help}): </source>
        <translation>Identifiant client Twitch ({help}) : </translation>
    </message>
    <message>
        <source>give {help} with --client-id; nothing was changed</source>
        <translation>donne {help} avec --client-id ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Open {url} and enter the code {code} to let streamer-app read your channel&apos;s Bits, subs, followers and chat. Waiting...</source>
        <translation>Ouvre {url} et saisis le code {code} pour permettre à streamer-app de lire les Bits, abonnements, followers et le chat de ta chaîne. En attente…</translation>
    </message>
    <message>
        <source>signed in to Twitch as {login}</source>
        <translation>connecté à Twitch en tant que {login}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé API</translation>
    </message>
    <message>
        <source>OAuth client file</source>
        <translation>fichier client OAuth</translation>
    </message>
    <message>
        <source>signed out of YouTube (the OAuth client file setting is kept)</source>
        <translation>déconnecté de YouTube (le réglage du fichier client OAuth est conservé)</translation>
    </message>
    <message>
        <source>signed in to YouTube; the sign-in is kept in {where}</source>
        <translation>connecté à YouTube ; la connexion est conservée dans {where}</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>CONNECTING</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>RECONNEXION</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>LIMITE ATTEINTE</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NON CONNECTÉ</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>HISTORIQUE</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>+ Add source</source>
        <translation>+ Autre source</translation>
    </message>
    <message>
        <source>{count} viewers</source>
        <translation>{count} spectateurs</translation>
    </message>
    <message>
        <source>Choose a source and connect</source>
        <translation>Choisissez une source et connectez-vous</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Connect to the chosen source (Ctrl+Enter)</source>
        <translation>Se connecter à la source choisie (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Run the chosen source too, beside those connected (several platforms at once)</source>
        <translation>Lancer aussi la source choisie, à côté des sources connectées (plusieurs plateformes à la fois)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{message} — retrying in {wait}</source>
        <translation>{message} — nouvel essai dans {wait}</translation>
    </message>
    <message>
        <source>retrying in {wait}</source>
        <translation>nouvel essai dans {wait}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The browser overlay is not available in this build.</source>
        <translation>L’overlay navigateur n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>The overlay server could not start: {error}</source>
        <translation>Le serveur d’overlays n’a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>Overlay for OBS: {url}  (Alerts ▸ Overlays for OBS… for every link)</source>
        <translation>Overlay pour OBS : {url}  (Alertes ▸ Overlays pour OBS… pour tous les liens)</translation>
    </message>
    <message>
        <source> · ⚠ LAN access is on</source>
        <translation> · ⚠ accès réseau local activé</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Estimated earnings</source>
        <translation>Revenus estimés</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Fil en direct</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donateurs</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Top soutiens</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Cadeaux par type</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Chargement du graphique…</translation>
    </message>
    <message>
        <source>⚠ The ledger has a problem: {problem}</source>
        <translation>⚠ Le registre a un problème : {problem}</translation>
    </message>
    <message>
        <source>⚠ The connection had 1 gap ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ La connexion a eu 1 coupure ({time} au total) : des cadeaux envoyés pendant une coupure peuvent manquer dans ces totaux.</translation>
    </message>
    <message>
        <source>⚠ The connection had {count} gaps ({time} in all): gifts sent during a gap may be missing from these totals.</source>
        <translation>⚠ La connexion a eu {count} coupures ({time} au total) : des cadeaux envoyés pendant une coupure peuvent manquer dans ces totaux.</translation>
    </message>
    <message>
        <source>Session #{id}</source>
        <translation>Session n° {id}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>streamer-app doctor: checking {path}</source>
        <translation>streamer-app doctor : vérification de {path}</translation>
    </message>
    <message>
        <source>not checked: the settings cannot be read</source>
        <translation>non vérifié : les réglages sont illisibles</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS connects only when asked</source>
        <translation>le contrôle d&apos;OBS est désactivé (Réglages ▸ OBS) ; « Ajouter à OBS » ne se connecte que sur demande</translation>
    </message>
    <message>
        <source>paste the password from OBS&apos;s Show Connect Info into Settings ▸ OBS</source>
        <translation>colle le mot de passe de « Afficher les informations de connexion » d&apos;OBS dans Réglages ▸ OBS</translation>
    </message>
    <message>
        <source>not reachable at {host}:{port}</source>
        <translation>injoignable sur {host}:{port}</translation>
    </message>
    <message>
        <source>OBS {version} answers at {host}:{port} and took the password</source>
        <translation>OBS {version} répond sur {host}:{port} et a accepté le mot de passe</translation>
    </message>
    <message>
        <source>free some disk space (the disk or your quota is full), or choose another folder with --data-dir</source>
        <translation>libère de l&apos;espace disque (le disque ou ton quota est plein), ou choisis un autre dossier avec --data-dir</translation>
    </message>
    <message>
        <source>the disk is read-only: remount it writable or use another disk, or choose another folder with --data-dir</source>
        <translation>le disque est en lecture seule : remonte-le en écriture ou utilise un autre disque, ou choisis un autre dossier avec --data-dir</translation>
    </message>
    <message>
        <source>fix the folder&apos;s permissions (it must be writable by you), or choose another folder with --data-dir</source>
        <translation>corrige les permissions du dossier (tu dois pouvoir y écrire), ou choisis un autre dossier avec --data-dir</translation>
    </message>
    <message>
        <source>the system said: {error}; check the disk, or choose another folder with --data-dir</source>
        <translation>le système indique : {error} ; vérifie le disque, ou choisis un autre dossier avec --data-dir</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>move that file away, or choose another folder with --data-dir</source>
        <translation>déplace ce fichier, ou choisis un autre dossier avec --data-dir</translation>
    </message>
    <message>
        <source>{path} does not exist and cannot be created</source>
        <translation>{path} n&apos;existe pas et ne peut pas être créé</translation>
    </message>
    <message>
        <source>choose a folder you can write to with --data-dir or STREAMER_APP_HOME</source>
        <translation>choisis un dossier où tu peux écrire avec --data-dir ou STREAMER_APP_HOME</translation>
    </message>
    <message>
        <source>{path} will be created on the first stream</source>
        <translation>{path} sera créé au premier stream</translation>
    </message>
    <message>
        <source>cannot write in {path} ({error})</source>
        <translation>impossible d&apos;écrire dans {path} ({error})</translation>
    </message>
    <message>
        <source>{path}: only {mb} MB free</source>
        <translation>{path} : seulement {mb} Mo libres</translation>
    </message>
    <message>
        <source>free some disk space: the ledger and recordings need room to grow</source>
        <translation>libère de l&apos;espace disque : le registre et les enregistrements ont besoin de place</translation>
    </message>
    <message>
        <source>{path} is writable ({gb} GB free)</source>
        <translation>{path} est accessible en écriture ({gb} Go libres)</translation>
    </message>
    <message>
        <source>fix the value in {path}, or delete the file to start from the defaults</source>
        <translation>corrige la valeur dans {path}, ou supprime le fichier pour repartir des valeurs par défaut</translation>
    </message>
    <message>
        <source>settings are valid</source>
        <translation>les réglages sont valides</translation>
    </message>
    <message>
        <source>restore the newest backup: streamer-app restore &quot;{path}&quot;</source>
        <translation>restaure la sauvegarde la plus récente : streamer-app restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>no backup exists: move the file away to start a fresh database (keep it; it may be recoverable)</source>
        <translation>aucune sauvegarde : déplace le fichier pour repartir d&apos;une base neuve (garde-le ; il est peut-être récupérable)</translation>
    </message>
    <message>
        <source>no database yet: it is created by the first stream</source>
        <translation>pas encore de base de données : le premier stream la crée</translation>
    </message>
    <message>
        <source>cannot read {path} ({error})</source>
        <translation>impossible de lire {path} ({error})</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions</source>
        <translation>corrige les permissions du fichier</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database (damaged or overwritten)</source>
        <translation>{path} n&apos;est pas une base SQLite (endommagée ou écrasée)</translation>
    </message>
    <message>
        <source>cannot open {path} ({error})</source>
        <translation>impossible d&apos;ouvrir {path} ({error})</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem})</source>
        <translation>{path} a échoué à sa vérification d&apos;intégrité ({problem})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database</source>
        <translation>{path} n&apos;est pas une base de données streamer-app</translation>
    </message>
    <message>
        <source>move it away (streamer-app will create a new one), or restore a backup</source>
        <translation>déplace-la (streamer-app en créera une nouvelle), ou restaure une sauvegarde</translation>
    </message>
    <message>
        <source>{path} was written by a newer streamer-app</source>
        <translation>{path} a été écrit par une version plus récente de streamer-app</translation>
    </message>
    <message>
        <source>update the app</source>
        <translation>mets l&apos;application à jour</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error})</source>
        <translation>{path} est illisible ({error})</translation>
    </message>
    <message>
        <source>{name} passed its check: {sessions} session(s), {rows} ledger rows ({mb} MB)</source>
        <translation>{name} a passé sa vérification : {sessions} session(s), {rows} lignes du registre ({mb} Mo)</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>pas encore de sauvegarde</translation>
    </message>
    <message>
        <source>make one now: streamer-app backup</source>
        <translation>fais-en une maintenant : streamer-app backup</translation>
    </message>
    <message>
        <source>{count} backup(s), newest {name}</source>
        <translation>{count} sauvegarde(s), la plus récente {name}</translation>
    </message>
    <message>
        <source>port {port} on {host} is already in use</source>
        <translation>le port {port} sur {host} est déjà utilisé</translation>
    </message>
    <message>
        <source>if streamer-app is already running that is expected; otherwise close the program using it, or pick another port: --overlay-port {port} (or overlay_port in the settings)</source>
        <translation>si streamer-app tourne déjà, c&apos;est normal ; sinon ferme le programme qui l&apos;utilise, ou choisis un autre port : --overlay-port {port} (ou overlay_port dans les réglages)</translation>
    </message>
    <message>
        <source>port {port} is free for the overlay server</source>
        <translation>le port {port} est libre pour le serveur d&apos;overlay</translation>
    </message>
    <message>
        <source>bundled Qt (checked when the window opens)</source>
        <translation>Qt intégré (vérifié à l&apos;ouverture de la fenêtre)</translation>
    </message>
    <message>
        <source>PySide6 loads and starts (offscreen)</source>
        <translation>PySide6 se charge et démarre (offscreen)</translation>
    </message>
    <message>
        <source>PySide6 does not start: {error}</source>
        <translation>PySide6 ne démarre pas : {error}</translation>
    </message>
    <message>
        <source>reinstall the app (pip install --force-reinstall streamer-app), and install the system libraries listed below if any</source>
        <translation>réinstalle l&apos;application (pip install --force-reinstall streamer-app), et installe les bibliothèques système listées ci-dessous s&apos;il y en a</translation>
    </message>
    <message>
        <source>PySide6 did not start within the time limit</source>
        <translation>PySide6 n&apos;a pas démarré dans le délai imparti</translation>
    </message>
    <message>
        <source>run &apos;streamer-app -v&apos; to see where it hangs</source>
        <translation>lance &apos;streamer-app -v&apos; pour voir où il bloque</translation>
    </message>
    <message>
        <source>could not check (ldd or the xcb plugin is missing)</source>
        <translation>vérification impossible (ldd ou le plugin xcb manque)</translation>
    </message>
    <message>
        <source>if the window does not open, install libxcb-cursor0 and libxkbcommon-x11-0</source>
        <translation>si la fenêtre ne s&apos;ouvre pas, installe libxcb-cursor0 et libxkbcommon-x11-0</translation>
    </message>
    <message>
        <source>missing: {libraries}</source>
        <translation>manquant : {libraries}</translation>
    </message>
    <message>
        <source>install them, on Debian/Ubuntu: sudo apt-get install {packages}</source>
        <translation>installe-les, sous Debian/Ubuntu : sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>every library the X11 (xcb) window plugin needs is present</source>
        <translation>toutes les bibliothèques dont le plugin de fenêtre X11 (xcb) a besoin sont présentes</translation>
    </message>
    <message>
        <source>no DISPLAY or WAYLAND_DISPLAY: no desktop to open a window on</source>
        <translation>pas de DISPLAY ni de WAYLAND_DISPLAY : aucun bureau où ouvrir une fenêtre</translation>
    </message>
    <message>
        <source>use --headless here, or run from a desktop session</source>
        <translation>utilise --headless ici, ou lance depuis une session de bureau</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>kept in {path}, readable only by you (no system keyring is available)</source>
        <translation>conservé dans {path}, lisible par toi seul (aucun trousseau système disponible)</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>réglages</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message>
        <source>overlay port</source>
        <translation>port d&apos;overlay</translation>
    </message>
    <message>
        <source>Qt window libraries</source>
        <translation>bibliothèques de fenêtre Qt</translation>
    </message>
    <message>
        <source>display</source>
        <translation>affichage</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secrets</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <source>{problems} problem(s) and {warnings} warning(s): see the advice after each one.</source>
        <translation>{problems} problème(s) et {warnings} avertissement(s) : vois le conseil après chacun.</translation>
    </message>
    <message>
        <source>No problems; {warnings} warning(s).</source>
        <translation>Aucun problème ; {warnings} avertissement(s).</translation>
    </message>
    <message>
        <source>Everything looks good.</source>
        <translation>Tout semble en ordre.</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <source>Balance since last withdrawal</source>
        <translation>Solde depuis le dernier retrait</translation>
    </message>
    <message>
        <source>Balance since last withdrawal {amount} ↑</source>
        <translation>Solde depuis le dernier retrait {amount} ↑</translation>
    </message>
    <message>
        <source>✓ reached: {names}</source>
        <translation>✓ atteint : {names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Premier paiement</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Minimum de retrait</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mon objectif</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Minimum de paiement Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Seuil de paiement YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{name} {amount}</source>
        <translation>{name} {amount}</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamants</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} pièces</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{name}  ✓ reached</source>
        <translation>{name}  ✓ atteint</translation>
    </message>
    <message>
        <source>{name} · {percent} · ≈ {date}</source>
        <translation>{name} · {percent} · ≈ {date}</translation>
    </message>
    <message>
        <source>{name} · {percent} · no recent income to project from</source>
        <translation>{name} · {percent} · pas de revenus récents pour une projection</translation>
    </message>
</context>
<context>
    <name>EndReasons</name>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>stopped before the source started</source>
        <translation>arrêtée avant le démarrage de la source</translation>
    </message>
    <message>
        <source>source ended</source>
        <translation>la source s&apos;est terminée</translation>
    </message>
    <message>
        <source>The demo stream ended</source>
        <translation>Le live de démonstration est terminé</translation>
    </message>
    <message>
        <source>The demo Twitch stream ended</source>
        <translation>Le live de démonstration Twitch est terminé</translation>
    </message>
    <message>
        <source>The demo YouTube stream ended</source>
        <translation>Le live de démonstration YouTube est terminé</translation>
    </message>
    <message>
        <source>end of the recording</source>
        <translation>fin de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The creator ended the LIVE</source>
        <translation>Le créateur a terminé le LIVE</translation>
    </message>
    <message>
        <source>Twitch access ended</source>
        <translation>L&apos;accès à Twitch a pris fin</translation>
    </message>
    <message>
        <source>the YouTube live chat ended</source>
        <translation>le chat en direct YouTube est terminé</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Un problème est survenu : {error}.</translation>
    </message>
    <message>
        <source>a background thread</source>
        <translation>un fil d’arrière-plan</translation>
    </message>
    <message>
        <source>Something went wrong in {thread}: {error}.</source>
        <translation>Un problème est survenu dans {thread} : {error}.</translation>
    </message>
    <message>
        <source>The details are in the log: {path}</source>
        <translation>Les détails sont dans le journal : {path}</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>first gift!</source>
        <translation>premier cadeau !</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invité</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>à {guest}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>{name} followed</source>
        <translation>{name} vous suit</translation>
    </message>
    <message>
        <source>{name} shared the stream</source>
        <translation>{name} a partagé le stream</translation>
    </message>
    <message>
        <source>{name} subscribed</source>
        <translation>{name} s&apos;est abonné</translation>
    </message>
    <message>
        <source>{name} raided with {count} viewers</source>
        <translation>{name} a fait un raid avec {count} spectateurs</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>JSON summary</source>
        <translation>Résumé JSON</translation>
    </message>
    <message>
        <source>CSV gift ledger</source>
        <translation>Registre des cadeaux CSV</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Résumé Markdown</translation>
    </message>
    <message>
        <source>PNG share card</source>
        <translation>Carte PNG à partager</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>gift ledger</source>
        <translation>registre des cadeaux</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the demo or connect to a stream first.</source>
        <translation>Rien à exporter pour l’instant : lancez d’abord la démo ou connectez-vous à un live.</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>An export is already running: wait for it to finish.</source>
        <translation>Une exportation est déjà en cours : attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>Exporting session #{id} as {format}…</source>
        <translation>Exportation de la session n° {id} en {format}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting the {part}: {done} of {total}</source>
        <translation>Exportation du {part} : {done} sur {total}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L’exportation a échoué : {error}</translation>
    </message>
    <message>
        <source>Exported: {files}</source>
        <translation>Exporté : {files}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to streamer-app</source>
        <translation>Bienvenue dans streamer-app</translation>
    </message>
    <message>
        <source>Live gift alerts, an exact ledger of coins and diamonds, and your earnings against payout thresholds — right beside your stream.</source>
        <translation>Alertes de cadeaux en direct, un registre exact des pièces et diamants, et vos revenus face à vos seuils de paiement — juste à côté de votre stream.</translation>
    </message>
    <message>
        <source>▶  Try the demo stream</source>
        <translation>▶  Essayer le stream de démo</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>or go live with your TikTok account:</source>
        <translation>ou passez en LIVE avec votre compte TikTok :</translation>
    </message>
    <message>
        <source>That is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Ce n&apos;est pas un @identifiant TikTok (2 à 24 lettres, chiffres, &apos;_&apos; ou &apos;.&apos;).</translation>
    </message>
</context>
<context>
    <name>GiftTypes</name>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>ledger: {problem}</source>
        <translation>registre : {problem}</translation>
    </message>
    <message>
        <source>the subathon timer reached zero</source>
        <translation>le minuteur subathon est arrivé à zéro</translation>
    </message>
    <message>
        <source>gap in the connection: {length} may be missing</source>
        <translation>coupure de connexion : {length} peuvent manquer</translation>
    </message>
    <message>
        <source>{length} stream time | {paid} | {earnings} est.</source>
        <translation>{length} de stream | {paid} | {earnings} estimés</translation>
    </message>
    <message>
        <source>no paid messages yet</source>
        <translation>pas encore de messages payants</translation>
    </message>
    <message>
        <source>{length} stream time | {gifts} gifts | {coins} coins | {earnings} est. | {gifters} gifters</source>
        <translation>{length} de stream | {gifts} cadeaux | {coins} pièces | {earnings} estimés | {gifters} donateurs</translation>
    </message>
    <message>
        <source>timer {state}</source>
        <translation>minuteur {state}</translation>
    </message>
    <message>
        <source>ledger behind by {count} rows</source>
        <translation>registre en retard de {count} lignes</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>paused {left}</source>
        <translation>en pause {left}</translation>
    </message>
    <message>
        <source>Session {id} (resumed) ended: {reason}</source>
        <translation>Session {id} (reprise) terminée : {reason}</translation>
    </message>
    <message>
        <source>Session {id} (new) ended: {reason}</source>
        <translation>Session {id} (nouvelle) terminée : {reason}</translation>
    </message>
    <message>
        <source>coins {coins} | diamonds ~{diamonds} | estimated earnings {earnings}</source>
        <translation>pièces {coins} | diamants ~{diamonds} | gains estimés {earnings}</translation>
    </message>
    <message>
        <source>gifts {gifts} from {gifters} gifters | follows {follows} | shares {shares} | comments {comments} | likes {likes}</source>
        <translation>cadeaux {gifts} de {gifters} donateurs | abonnés {follows} | partages {shares} | commentaires {comments} | j&apos;aime {likes}</translation>
    </message>
    <message>
        <source>{paid} | estimated earnings {earnings}</source>
        <translation>{paid} | revenus estimés {earnings}</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>aucun message payant</translation>
    </message>
    <message>
        <source>top gifters: {names}</source>
        <translation>meilleurs donateurs : {names}</translation>
    </message>
    <message>
        <source>{count} ledger row(s) refused as inconsistent and set aside in {path}; everything else is saved</source>
        <translation>{count} ligne(s) du registre refusée(s) car incohérente(s) et mise(s) de côté dans {path} ; tout le reste est enregistré</translation>
    </message>
    <message>
        <source>gifts to guests (their income, not in your totals): {coins} coins, {guests}</source>
        <translation>cadeaux aux invités (leurs revenus, pas dans tes totaux) : {coins} pièces, {guests}</translation>
    </message>
    <message>
        <source>{count} first gifts: viewers who gifted you for the first time</source>
        <translation>{count} premiers cadeaux : des spectateurs qui t&apos;ont offert un cadeau pour la première fois</translation>
    </message>
    <message>
        <source>{count} resent gift messages ignored</source>
        <translation>{count} messages de cadeau renvoyés ignorés</translation>
    </message>
    <message>
        <source>{count} streaks closed without their end message</source>
        <translation>{count} séries fermées sans leur message de fin</translation>
    </message>
    <message>
        <source>{count} gaps in the connection: totals may miss gifts sent then</source>
        <translation>{count} coupures de connexion : les totaux peuvent manquer des cadeaux envoyés à ce moment</translation>
    </message>
    <message>
        <source>subathon timer {state} (added {time} from {coins} coins, {subs} subs, {follows} follows)</source>
        <translation>minuteur subathon {state} ({time} ajouté par {coins} pièces, {subs} abonnements, {follows} abonnés)</translation>
    </message>
    <message>
        <source>the ledger could not be written</source>
        <translation>le registre n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}; the ledger file could not be read to tell how much of this session it holds</source>
        <translation>NON ENREGISTRÉ : {why} ; le fichier du registre n&apos;a pas pu être lu pour dire quelle part de cette session il contient</translation>
    </message>
    <message>
        <source>NOT SAVED: {why}. The ledger holds {saved_gifts} of these {gifts} gifts ({saved_coins} of {coins} coins); the rest is lost when this run ends (a recording, if one was made, can be replayed once the problem is solved)</source>
        <translation>NON ENREGISTRÉ : {why}. Le registre contient {saved_gifts} de ces {gifts} cadeaux ({saved_coins} sur {coins} pièces) ; le reste est perdu à la fin de cette exécution (un enregistrement, s&apos;il y en a un, peut être rejoué une fois le problème résolu)</translation>
    </message>
    <message>
        <source>night: {earnings} est. ({platforms}) | {gifts} gifts | {coins} coins</source>
        <translation>soirée : {earnings} estimés ({platforms}) | {gifts} cadeaux | {coins} pièces</translation>
    </message>
    <message>
        <source>{platform}: did not run: {error}</source>
        <translation>{platform} : n&apos;a pas tourné : {error}</translation>
    </message>
    <message>
        <source>Night total: {earnings} estimated earnings over {count} sessions: {platforms}</source>
        <translation>Total de la soirée : {earnings} de revenus estimés sur {count} sessions : {platforms}</translation>
    </message>
    <message>
        <source>not in the total: {platform} {amount} {currency} (another currency than the first session&apos;s)</source>
        <translation>hors du total : {platform} {amount} {currency} (une autre devise que celle de la première session)</translation>
    </message>
    <message>
        <source>NOT everything was saved: see each session above</source>
        <translation>Tout n&apos;a PAS été enregistré : vois chaque session ci-dessus</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>session average</source>
        <translation>moyenne de la session</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <source>Est. earnings</source>
        <translation>Revenus est.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Exporter ▾</translation>
    </message>
    <message>
        <source>Export the selected session ({formats})</source>
        <translation>Exporter la session choisie ({formats})</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Chargement des sessions…</translation>
    </message>
    <message>
        <source>Could not read the sessions: {error}</source>
        <translation>Impossible de lire les sessions : {error}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Sessions: {count}. Double-click one to open it (read-only).</source>
        <translation>Sessions : {count}. Double-cliquez pour en ouvrir une (lecture seule).</translation>
    </message>
    <message>
        <source>No sessions yet: start the demo or connect to a stream.</source>
        <translation>Aucune session : lancez la démo ou connectez-vous à un stream.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OBS: the links of {count} streamer-app source(s) were out of date and now use the current token and port.</source>
        <translation>OBS : les liens de {count} source(s) streamer-app étaient périmés et utilisent maintenant le jeton et le port actuels.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Dossier de données : {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Export this session</source>
        <translation>&amp;Exporter cette session</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Stream</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>Lancer la dé&amp;mo</translation>
    </message>
    <message>
        <source>Sign in to &amp;Twitch…</source>
        <translation>Se connecter à &amp;Twitch…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Show the &amp;alert window</source>
        <translation>Afficher la fenêtre d&apos;&amp;alertes</translation>
    </message>
    <message>
        <source>&amp;Test alert</source>
        <translation>Alerte de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Overlays for OBS…</source>
        <translation>&amp;Overlays pour OBS…</translation>
    </message>
    <message>
        <source>A&amp;ctions…</source>
        <translation>A&amp;ctions…</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Couper les &amp;sons</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Chroma key (green)</source>
        <translation>Incrustation (vert)</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Toujours au premier plan</translation>
    </message>
    <message>
        <source>Alert sounds muted</source>
        <translation>Sons des alertes coupés</translation>
    </message>
    <message>
        <source>Alert sounds on</source>
        <translation>Sons des alertes activés</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer les paramètres : {error}</translation>
    </message>
    <message>
        <source>The overlay server is starting…</source>
        <translation>Le serveur d&apos;overlays démarre…</translation>
    </message>
    <message>
        <source>Actions saved: {count} rule(s).</source>
        <translation>Actions enregistrées : {count} règle(s).</translation>
    </message>
    <message>
        <source>New overlay token: paste the new links into OBS.</source>
        <translation>Nouveau jeton d&apos;overlay : collez les nouveaux liens dans OBS.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>That source is already connected.</source>
        <translation>Cette source est déjà connectée.</translation>
    </message>
    <message>
        <source>Added {source}: its own session, in tonight&apos;s total.</source>
        <translation>{source} ajouté : sa propre session, dans le total de la soirée.</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}</source>
        <translation>Connecté à Twitch en tant que {login}</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Ended: {reason}</source>
        <translation>Terminé : {reason}</translation>
    </message>
    <message>
        <source>Ended: {reason} — the ledger could not write everything</source>
        <translation>Terminé : {reason} — le registre n&apos;a pas pu tout écrire</translation>
    </message>
    <message>
        <source>Session saved — {details}</source>
        <translation>Session enregistrée — {details}</translation>
    </message>
    <message>
        <source>The stream stopped: {reason}</source>
        <translation>Le stream s&apos;est arrêté : {reason}</translation>
    </message>
    <message>
        <source>History — streamer-app</source>
        <translation>Historique — streamer-app</translation>
    </message>
    <message>
        <source>Saving the ledger…</source>
        <translation>Enregistrement du registre…</translation>
    </message>
</context>
<context>
    <name>ObsForm</name>
    <message>
        <source>Switch to a scene</source>
        <translation>Passer à une scène</translation>
    </message>
    <message>
        <source>Show a source</source>
        <translation>Afficher une source</translation>
    </message>
    <message>
        <source>Hide a source</source>
        <translation>Masquer une source</translation>
    </message>
    <message>
        <source>Restart a media source</source>
        <translation>Relancer une source média</translation>
    </message>
    <message>
        <source>Set a text source&apos;s text</source>
        <translation>Définir le texte d’une source texte</translation>
    </message>
    <message>
        <source>Another request (advanced)</source>
        <translation>Une autre requête (avancé)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Données (JSON)</translation>
    </message>
    <message>
        <source>Name the scene (as OBS shows it).</source>
        <translation>Indiquez le nom de la scène (tel qu’OBS l’affiche).</translation>
    </message>
    <message>
        <source>Name the source (as OBS shows it).</source>
        <translation>Indiquez le nom de la source (tel qu’OBS l’affiche).</translation>
    </message>
    <message>
        <source>Type the text to show.</source>
        <translation>Saisissez le texte à afficher.</translation>
    </message>
    <message>
        <source>Name an obs-websocket 5 request.</source>
        <translation>Indiquez une requête obs-websocket 5.</translation>
    </message>
    <message>
        <source>e.g. Lion</source>
        <translation>ex. : Lion</translation>
    </message>
    <message>
        <source>e.g. Lion video</source>
        <translation>ex. : Vidéo du lion</translation>
    </message>
    <message>
        <source>e.g. Thanks {user}!</source>
        <translation>ex. : Merci {user} !</translation>
    </message>
</context>
<context>
    <name>ObsRequestEditor</name>
    <message>
        <source>OBS should</source>
        <translation>OBS doit</translation>
    </message>
    <message>
        <source>From OBS ▾</source>
        <translation>Depuis OBS ▾</translation>
    </message>
    <message>
        <source>Pick the scene from the ones OBS has (OBS must be running)</source>
        <translation>Choisissez la scène parmi celles d’OBS (OBS doit être ouvert)</translation>
    </message>
    <message>
        <source>Pick the source from the ones OBS has (OBS must be running)</source>
        <translation>Choisissez la source parmi celles d’OBS (OBS doit être ouvert)</translation>
    </message>
    <message>
        <source>Asking OBS…</source>
        <translation>Interrogation d’OBS…</translation>
    </message>
    <message>
        <source>OBS could not be asked: {error}</source>
        <translation>Impossible d’interroger OBS : {error}</translation>
    </message>
    <message>
        <source>OBS has no scenes</source>
        <translation>OBS n’a aucune scène</translation>
    </message>
    <message>
        <source>OBS has no sources</source>
        <translation>OBS n’a aucune source</translation>
    </message>
</context>
<context>
    <name>ObsStatus</name>
    <message>
        <source>OBS: off</source>
        <translation>OBS : désactivé</translation>
    </message>
    <message>
        <source>OBS: not connected</source>
        <translation>OBS : non connecté</translation>
    </message>
    <message>
        <source>OBS: connecting…</source>
        <translation>OBS : connexion…</translation>
    </message>
    <message>
        <source>OBS: connected</source>
        <translation>OBS : connecté</translation>
    </message>
    <message>
        <source>OBS: wrong password</source>
        <translation>OBS : mot de passe erroné</translation>
    </message>
    <message>
        <source>OBS control is off (Settings ▸ OBS); Add to OBS still works.</source>
        <translation>Le contrôle d’OBS est désactivé (Paramètres ▸ OBS) ; Ajouter à OBS fonctionne quand même.</translation>
    </message>
    <message>
        <source>Not connected to OBS: retrying quietly.</source>
        <translation>Non connecté à OBS : nouvelle tentative en arrière-plan.</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>Connexion à OBS…</translation>
    </message>
    <message>
        <source>Connected to OBS.</source>
        <translation>Connecté à OBS.</translation>
    </message>
    <message>
        <source>OBS refused the password: check it in Settings ▸ OBS.</source>
        <translation>OBS a refusé le mot de passe : vérifiez-le dans Paramètres ▸ OBS.</translation>
    </message>
    <message>
        <source>{page}: created “{source}”</source>
        <translation>{page} : « {source} » créée</translation>
    </message>
    <message>
        <source>{page}: “{source}” updated</source>
        <translation>{page} : « {source} » mise à jour</translation>
    </message>
    <message>
        <source>{page}: no “{source}” in OBS (nothing to update)</source>
        <translation>{page} : pas de « {source} » dans OBS (rien à mettre à jour)</translation>
    </message>
    <message>
        <source>{page}: failed ({reason})</source>
        <translation>{page} : échec ({reason})</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} créées</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} mises à jour</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} en échec</translation>
    </message>
    <message>
        <source>Add to OBS: nothing to do.</source>
        <translation>Ajouter à OBS : rien à faire.</translation>
    </message>
    <message>
        <source>Add to OBS: {results}.</source>
        <translation>Ajouter à OBS : {results}.</translation>
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
        <translation>Cliquez pour les overlays et Ajouter à OBS.</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Nice gift!</source>
        <translation>Joli cadeau !</translation>
    </message>
    <message>
        <source>Big gift!</source>
        <translation>Gros cadeau !</translation>
    </message>
    <message>
        <source>Legendary gift!</source>
        <translation>Cadeau légendaire !</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Cadeaux aux invités</translation>
    </message>
    <message>
        <source>And the gifts keep coming</source>
        <translation>Et les cadeaux continuent</translation>
    </message>
    <message>
        <source>+1 more gift to guests</source>
        <translation>+1 cadeau de plus aux invités</translation>
    </message>
    <message>
        <source>+{count} more gifts to guests</source>
        <translation>+{count} cadeaux de plus aux invités</translation>
    </message>
    <message>
        <source>+1 more gift, 1 coin</source>
        <translation>+1 cadeau de plus, 1 pièce</translation>
    </message>
    <message>
        <source>+1 more gift, {coins} coins</source>
        <translation>+1 cadeau de plus, {coins} pièces</translation>
    </message>
    <message>
        <source>+{count} more gifts, 1 coin</source>
        <translation>+{count} cadeaux de plus, 1 pièce</translation>
    </message>
    <message>
        <source>+{count} more gifts, {coins} coins</source>
        <translation>+{count} cadeaux de plus, {coins} pièces</translation>
    </message>
    <message>
        <source>from 1 viewer</source>
        <translation>de 1 spectateur</translation>
    </message>
    <message>
        <source>from {count} viewers</source>
        <translation>de {count} spectateurs</translation>
    </message>
    <message>
        <source>from 1 viewer — thank you all!</source>
        <translation>de 1 spectateur — merci à tous !</translation>
    </message>
    <message>
        <source>from {count} viewers — thank you all!</source>
        <translation>de {count} spectateurs — merci à tous !</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerte de test</translation>
    </message>
    <message>
        <source>Gift to a guest</source>
        <translation>Cadeau à un invité</translation>
    </message>
    <message>
        <source>sent {gift} to {guest}</source>
        <translation>a envoyé {gift} à {guest}</translation>
    </message>
    <message>
        <source>sent {gift}</source>
        <translation>a envoyé {gift}</translation>
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
        <translation>Victoire !</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Score final</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>sent {count} × {gift}</source>
        <translation>a envoyé {count} × {gift}</translation>
    </message>
    <message>
        <source>to {guest}</source>
        <translation>à {guest}</translation>
    </message>
    <message>
        <source>first gift!</source>
        <translation>1er cadeau !</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>suit le LIVE</translation>
    </message>
    <message>
        <source>shared the stream</source>
        <translation>a partagé le LIVE</translation>
    </message>
    <message>
        <source>raided with {count} viewers</source>
        <translation>arrive avec {count} spectateurs</translation>
    </message>
    <message>
        <source>subscribed ({count} months)</source>
        <translation>s’est abonné ({count} mois)</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>s’est abonné</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} pièces</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamants</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Premier retrait</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Retrait minimum</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mon objectif</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donateurs</translation>
    </message>
    <message>
        <source>Be the first to send a gift!</source>
        <translation>Sois le premier à envoyer un cadeau !</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Objectif de j’aime</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>un invité</translation>
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
        <translation>Nouvel abonnement (niveau {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Réabonnement (niveau {tier})</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Réabonnement</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 abonnement offert (niveau {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 abonnement offert</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} abonnements offerts (niveau {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} abonnements offerts</translation>
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
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 abonnement de membre offert</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} abonnements de membre offerts</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Diamonds (est.)</source>
        <translation>Diamants (est.)</translation>
    </message>
    <message>
        <source>Earnings (est.)</source>
        <translation>Gains (est.)</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>vs {name}</source>
        <translation>contre {name}</translation>
    </message>
    <message>
        <source>Subathon</source>
        <translation>Subathon</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>bientôt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>time&apos;s up!</source>
        <translation>temps écoulé !</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>1 coin = {time}</source>
        <translation>1 pièce = {time}</translation>
    </message>
    <message>
        <source>sub = {time}</source>
        <translation>abonnement = {time}</translation>
    </message>
    <message>
        <source>follow = {time}</source>
        <translation>abonné = {time}</translation>
    </message>
</context>
<context>
    <name>OverlayPages</name>
    <message>
        <source>Gift alerts</source>
        <translation>Alertes de cadeaux</translation>
    </message>
    <message>
        <source>Goal bar</source>
        <translation>Barre d’objectif</translation>
    </message>
    <message>
        <source>Session tally</source>
        <translation>Bilan de la session</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Top donateurs</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <source>Subathon timer</source>
        <translation>Minuteur de subathon</translation>
    </message>
    <message>
        <source>Like goal</source>
        <translation>Objectif de j’aime</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>Action media (sounds, images, videos)</source>
        <translation>Médias des actions (sons, images, vidéos)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <source>A new token makes every overlay link you gave OBS stop working at once: you will have to paste the new links into each browser source.</source>
        <translation>Un nouveau jeton rend immédiatement inutilisables tous les liens d’overlay donnés à OBS : il faudra coller les nouveaux liens dans chaque source navigateur.</translation>
    </message>
    <message>
        <source>Overlays for OBS — streamer-app</source>
        <translation>Overlays pour OBS — streamer-app</translation>
    </message>
    <message>
        <source>Add to OBS makes a Browser Source for each ticked page in OBS&apos;s current scene; or paste a link into a Browser Source yourself (1920×1080). Each link carries a secret token: treat it like a password and never show it on stream.</source>
        <translation>Ajouter à OBS crée une source navigateur pour chaque page cochée dans la scène actuelle d’OBS ; ou collez vous-même un lien dans une source navigateur (1920×1080). Chaque lien contient un jeton secret : traitez-le comme un mot de passe et ne le montrez jamais en live.</translation>
    </message>
    <message>
        <source>Ticked pages get a browser source in OBS when you press Add to OBS</source>
        <translation>Les pages cochées reçoivent une source navigateur dans OBS quand vous cliquez sur Ajouter à OBS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the full link, token included, for OBS</source>
        <translation>Copier le lien complet, jeton compris, pour OBS</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the page in your browser</source>
        <translation>Ouvrir la page dans votre navigateur</translation>
    </message>
    <message>
        <source>Send a test alert</source>
        <translation>Envoyer une alerte de test</translation>
    </message>
    <message>
        <source>A pretend 1,000-coin gift on the alert pages and the alert window (not counted)</source>
        <translation>Un faux cadeau de 1 000 pièces sur les pages d’alertes et dans la fenêtre d’alertes (non compté)</translation>
    </message>
    <message>
        <source>Regenerate token…</source>
        <translation>Régénérer le jeton…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add to OBS</source>
        <translation>Ajouter à OBS</translation>
    </message>
    <message>
        <source>Creates a browser source for each ticked page in OBS&apos;s current scene (or updates the one it made before), with its link, token and size</source>
        <translation>Crée une source navigateur pour chaque page cochée dans la scène actuelle d’OBS (ou met à jour celle créée avant), avec son lien, son jeton et sa taille</translation>
    </message>
    <message>
        <source>(the overlay server is not running)</source>
        <translation>(le serveur d’overlays ne tourne pas)</translation>
    </message>
    <message>
        <source>⚠ LAN access is on: any device on your network that has a link can open these overlays. Turn it off in the settings (overlay_lan) unless OBS runs on another computer.</source>
        <translation>⚠ L’accès LAN est activé : tout appareil de votre réseau qui a un lien peut ouvrir ces overlays. Désactivez-le dans les paramètres (overlay_lan), sauf si OBS tourne sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Copied the link of “{page}” (with its token): paste it into an OBS Browser Source.</source>
        <translation>Lien de « {page} » copié (avec son jeton) : collez-le dans une source navigateur OBS.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link and paste it into your browser.</source>
        <translation>Aucun navigateur n’a pu s’ouvrir : copiez le lien et collez-le dans votre navigateur.</translation>
    </message>
    <message>
        <source>Test alert sent to the overlay pages and the alert window.</source>
        <translation>Alerte de test envoyée aux pages d’overlay et à la fenêtre d’alertes.</translation>
    </message>
    <message>
        <source>Regenerate the overlay token?</source>
        <translation>Régénérer le jeton des overlays ?</translation>
    </message>
    <message>
        <source>Regenerate it now?</source>
        <translation>Le régénérer maintenant ?</translation>
    </message>
    <message>
        <source>The token could not be replaced: {error}</source>
        <translation>Le jeton n’a pas pu être remplacé : {error}</translation>
    </message>
    <message>
        <source>New token saved; switching the overlay server to it…</source>
        <translation>Nouveau jeton enregistré ; passage du serveur d’overlays à ce jeton…</translation>
    </message>
    <message>
        <source>The new token was saved but the server did not take it ({error}): restart the app.</source>
        <translation>Le nouveau jeton est enregistré mais le serveur ne l’a pas pris ({error}) : redémarrez l’appli.</translation>
    </message>
    <message>
        <source>New token in use. The sources Add to OBS made are being updated; paste the new links into any other browser source by hand.</source>
        <translation>Nouveau jeton actif. Les sources créées par Ajouter à OBS sont mises à jour ; collez les nouveaux liens à la main dans les autres sources navigateur.</translation>
    </message>
    <message>
        <source>Updating the browser sources Add to OBS made…</source>
        <translation>Mise à jour des sources navigateur créées par Ajouter à OBS…</translation>
    </message>
    <message>
        <source>New token in use. The old links no longer work: copy each link again and paste it into its OBS Browser Source.</source>
        <translation>Nouveau jeton actif. Les anciens liens ne marchent plus : copiez à nouveau chaque lien et collez-le dans sa source navigateur OBS.</translation>
    </message>
    <message>
        <source>Adding 1 page to OBS…</source>
        <translation>Ajout d’1 page à OBS…</translation>
    </message>
    <message>
        <source>Adding {count} pages to OBS…</source>
        <translation>Ajout de {count} pages à OBS…</translation>
    </message>
    <message>
        <source>Add to OBS failed: {error}</source>
        <translation>Échec de l’ajout à OBS : {error}</translation>
    </message>
    <message>
        <source>The OBS browser sources were not updated: {error}</source>
        <translation>Les sources navigateur d’OBS n’ont pas été mises à jour : {error}</translation>
    </message>
</context>
<context>
    <name>OverlayServer</name>
    <message>
        <source>port {port} is already in use (another streamer-app or program?): choose another with --overlay-port P or the overlay_port setting</source>
        <translation>le port {port} est déjà utilisé (un autre streamer-app ou programme ?) : choisissez-en un autre avec --overlay-port P ou le paramètre overlay_port</translation>
    </message>
    <message>
        <source>cannot open the overlay server on port {port}: {error}; choose another with --overlay-port P</source>
        <translation>impossible d’ouvrir le serveur d’overlays sur le port {port} : {error} ; choisissez-en un autre avec --overlay-port P</translation>
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
        <translation>Nouvel abonnement (niveau {tier})</translation>
    </message>
    <message>
        <source>Resub (Tier {tier})</source>
        <translation>Réabonnement (niveau {tier})</translation>
    </message>
    <message>
        <source>New sub</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <source>Resub</source>
        <translation>Réabonnement</translation>
    </message>
    <message>
        <source>1 gifted sub (Tier {tier})</source>
        <translation>1 abonnement offert (niveau {tier})</translation>
    </message>
    <message>
        <source>1 gifted sub</source>
        <translation>1 abonnement offert</translation>
    </message>
    <message>
        <source>{count} gifted subs (Tier {tier})</source>
        <translation>{count} abonnements offerts (niveau {tier})</translation>
    </message>
    <message>
        <source>{count} gifted subs</source>
        <translation>{count} abonnements offerts</translation>
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
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>1 gifted membership</source>
        <translation>1 abonnement de membre offert</translation>
    </message>
    <message>
        <source>{count} gifted memberships</source>
        <translation>{count} abonnements de membre offerts</translation>
    </message>
</context>
<context>
    <name>PlatformChip</name>
    <message>
        <source>{platform}: {creator} · session #{id} · {state}</source>
        <translation>{platform} : {creator} · session n° {id} · {state}</translation>
    </message>
</context>
<context>
    <name>PlatformStrip</name>
    <message>
        <source>{bits} Bits · {subs} subs</source>
        <translation>{bits} Bits · {subs} abonnements</translation>
    </message>
    <message>
        <source>{count} paid messages</source>
        <translation>{count} messages payants</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} pièces</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} follows</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Estimated earnings of every source tonight, in your display currency</source>
        <translation>Revenus estimés de toutes les sources ce soir, dans votre devise d’affichage</translation>
    </message>
</context>
<context>
    <name>PlatformTalliesPanel</name>
    <message>
        <source>+ {amounts} unconverted</source>
        <translation>+ {amounts} non convertis</translation>
    </message>
    <message>
        <source>Bits and your share of subs</source>
        <translation>Bits et votre part des abonnements</translation>
    </message>
    <message>
        <source>cheered</source>
        <translation>en cheers</translation>
    </message>
    <message>
        <source>new, resubs and gifted</source>
        <translation>nouveaux, réabonnements et offerts</translation>
    </message>
    <message>
        <source>counted for the gifters</source>
        <translation>comptés pour les donateurs</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} nouveaux follows</translation>
    </message>
    <message>
        <source>channels raided in</source>
        <translation>chaînes venues en raid</translation>
    </message>
    <message>
        <source>your share after YouTube&apos;s</source>
        <translation>votre part après celle de YouTube</translation>
    </message>
    <message>
        <source>Super Chats and Stickers</source>
        <translation>Super Chats et Stickers</translation>
    </message>
    <message>
        <source>what viewers paid</source>
        <translation>ce que les spectateurs ont payé</translation>
    </message>
    <message>
        <source>What viewers paid, before YouTube&apos;s share: {amounts}</source>
        <translation>Ce que les spectateurs ont payé, avant la part de YouTube : {amounts}</translation>
    </message>
    <message>
        <source>new and gifted</source>
        <translation>nouveaux et offerts</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{count} gifts</source>
        <translation>{count} cadeaux</translation>
    </message>
    <message>
        <source>Gifter</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Gifts to guests</source>
        <translation>Cadeaux aux invités</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Est.</source>
        <translation>Est.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>balance since the last withdrawal (est.)</source>
        <translation>solde depuis le dernier paiement (est.)</translation>
    </message>
    <message>
        <source>coins per day, last 14 days</source>
        <translation>pièces par jour, 14 derniers jours</translation>
    </message>
    <message>
        <source>day(s) to withdraw it at the daily cap</source>
        <translation>jour(s) pour le retirer au plafond quotidien</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since your last recorded withdrawal, across sessions.</source>
        <translation>Les seuils s&apos;appliquent au solde depuis ton dernier paiement enregistré, toutes sessions confondues.</translation>
    </message>
    <message>
        <source>Projected dates assume the average coins per day of the last 14 days continues.</source>
        <translation>Les dates prévues supposent que la moyenne de pièces par jour des 14 derniers jours se maintient.</translation>
    </message>
    <message>
        <source>Payout planner</source>
        <translation>Planificateur de paiements</translation>
    </message>
    <message>
        <source>Connection gaps</source>
        <translation>Coupures de connexion</translation>
    </message>
    <message>
        <source>No gifts counted.</source>
        <translation>Aucun cadeau compté.</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Tous les invités</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>estimated earnings</source>
        <translation>gains estimés</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamants par pièce</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD par diamant</translation>
    </message>
    <message>
        <source>Top gifters</source>
        <translation>Meilleurs donateurs</translation>
    </message>
    <message>
        <source>Gifts by type</source>
        <translation>Cadeaux par type</translation>
    </message>
    <message>
        <source>Coins per gift.</source>
        <translation>Pièces par cadeau.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>no recent income to project from</source>
        <translation>aucun revenu récent pour une projection</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Rates used</source>
        <translation>Taux utilisés</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Devise affichée</translation>
    </message>
    <message>
        <source>Estimated earnings</source>
        <translation>Gains estimés</translation>
    </message>
    <message>
        <source>Viewers pay per coin</source>
        <translation>Les spectateurs paient par pièce</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>encore ouverte</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} session</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sessions</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>cadeaux</translation>
    </message>
    <message>
        <source>gifters</source>
        <translation>donateurs</translation>
    </message>
    <message>
        <source>diamonds (est.)</source>
        <translation>diamants (est.)</translation>
    </message>
    <message>
        <source>viewers spent (est.)</source>
        <translation>dépenses des spectateurs (est.)</translation>
    </message>
    <message>
        <source>subs</source>
        <translation>abonnements</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>adhésions</translation>
    </message>
    <message>
        <source>new follows</source>
        <translation>nouveaux abonnés</translation>
    </message>
    <message>
        <source>peak viewers</source>
        <translation>pic de spectateurs</translation>
    </message>
    <message>
        <source>and {count} more gifters</source>
        <translation>et {count} autres donateurs</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above. They are kept apart in your ledger.</source>
        <translation>Cadeaux envoyés par les spectateurs à tes invités : leurs revenus, dans aucun de tes totaux ci-dessus. Ils sont tenus à part dans ton registre.</translation>
    </message>
    <message>
        <source>Each platform in its own units, and what it earns you (estimated, at each session&apos;s own rates).</source>
        <translation>Chaque plateforme dans ses propres unités, et ce qu&apos;elle te rapporte (estimé, aux taux de chaque session).</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <source>Each session is estimated at the rates it was recorded with.</source>
        <translation>Chaque session est estimée aux taux avec lesquels elle a été enregistrée.</translation>
    </message>
    <message>
        <source>{platform} · {amount} · est. {balance} so far</source>
        <translation>{platform} · {amount} · {balance} estimés jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Each platform pays out once its own balance reaches its minimum (estimated since your last recorded withdrawal).</source>
        <translation>Chaque plateforme paie dès que son propre solde atteint son minimum (estimé depuis ton dernier paiement enregistré).</translation>
    </message>
    <message>
        <source>coins · ~{diamonds} diamonds</source>
        <translation>pièces · ~{diamonds} diamants</translation>
    </message>
    <message>
        <source>about {date}</source>
        <translation>vers le {date}</translation>
    </message>
    <message>
        <source>{coins} coins</source>
        <translation>{coins} pièces</translation>
    </message>
    <message>
        <source>TikTok lets you withdraw at most USD {cap} per day and pays out within {days} days of a withdrawal.</source>
        <translation>TikTok te permet de retirer au plus {cap} USD par jour et paie dans les {days} jours suivant un retrait.</translation>
    </message>
    <message>
        <source>As of {date}. Estimates, not TikTok&apos;s figures.</source>
        <translation>Au {date}. Estimations, pas les chiffres de TikTok.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch : USD par Bit</translation>
    </message>
    <message>
        <source>Twitch: subs (USD)</source>
        <translation>Twitch : abonnements (USD)</translation>
    </message>
    <message>
        <source>your share {percent}</source>
        <translation>ta part {percent}</translation>
    </message>
    <message>
        <source>YouTube: your share</source>
        <translation>YouTube : ta part</translation>
    </message>
    <message>
        <source>{supers} of Supers · {memberships} of memberships</source>
        <translation>{supers} des Supers · {memberships} des abonnements de chaîne</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>No gaps: the connection held for the whole time, so the totals are complete.</source>
        <translation>Aucune coupure : la connexion a tenu tout le temps, les totaux sont donc complets.</translation>
    </message>
    <message>
        <source>While the connection was down, gifts may be missing from these totals ({length} in all; times in UTC).</source>
        <translation>Pendant la coupure de connexion, des cadeaux peuvent manquer dans ces totaux ({length} en tout ; heures en UTC).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>{count} gift streak(s) never sent their end message; they were counted up to their highest count.</source>
        <translation>{count} série(s) de cadeaux n&apos;ont jamais envoyé leur message de fin ; elles ont été comptées jusqu&apos;à leur plus haut nombre.</translation>
    </message>
    <message>
        <source>TikTok publishes no conversion; these are the settings the estimates were computed with.</source>
        <translation>TikTok ne publie aucune conversion ; voici les réglages avec lesquels les estimations ont été calculées.</translation>
    </message>
    <message>
        <source>Gifts per minute</source>
        <translation>Cadeaux par minute</translation>
    </message>
    <message>
        <source>Gifts per 5 minutes</source>
        <translation>Cadeaux par 5 minutes</translation>
    </message>
    <message>
        <source>Gifts per 15 minutes</source>
        <translation>Cadeaux par 15 minutes</translation>
    </message>
    <message>
        <source>Gifts per hour</source>
        <translation>Cadeaux par heure</translation>
    </message>
    <message>
        <source>Gifts per day</source>
        <translation>Cadeaux par jour</translation>
    </message>
    <message>
        <source>Gifts per week</source>
        <translation>Cadeaux par semaine</translation>
    </message>
    <message>
        <source>Gift units counted in each column, shaded where the connection was down.</source>
        <translation>Cadeaux comptés dans chaque colonne, grisés là où la connexion était coupée.</translation>
    </message>
    <message>
        <source>Gift units counted in each column.</source>
        <translation>Cadeaux comptés dans chaque colonne.</translation>
    </message>
    <message>
        <source>LIVE session summary</source>
        <translation>Résumé de la session LIVE</translation>
    </message>
    <message>
        <source>Sessions summary</source>
        <translation>Résumé des sessions</translation>
    </message>
    <message>
        <source>estimated balance since the last withdrawal</source>
        <translation>solde estimé depuis le dernier paiement</translation>
    </message>
    <message>
        <source>threshold ahead</source>
        <translation>seuil à venir</translation>
    </message>
    <message>
        <source>threshold reached</source>
        <translation>seuil atteint</translation>
    </message>
    <message>
        <source>connection gap</source>
        <translation>coupure de connexion</translation>
    </message>
    <message>
        <source>The balance since your last withdrawal, against your payout thresholds.</source>
        <translation>Le solde depuis ton dernier paiement, face à tes seuils de paiement.</translation>
    </message>
    <message>
        <source>Made with streamer-app {version} from your own local ledger · generated {when} UTC · estimated figures, not TikTok&apos;s.</source>
        <translation>Fait avec streamer-app {version} depuis ton propre registre local · généré le {when} UTC · chiffres estimés, pas ceux de TikTok.</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} UTC ({length})</source>
        <translation>{day}, {start}–{end} UTC ({length})</translation>
    </message>
    <message>
        <source>Gifts viewers sent to your guests: their income, not in any of your totals above.</source>
        <translation>Cadeaux envoyés par les spectateurs à tes invités : leurs revenus, dans aucun de tes totaux ci-dessus.</translation>
    </message>
    <message>
        <source>{coins} coins, {gifts} gifts</source>
        <translation>{coins} pièces, {gifts} cadeaux</translation>
    </message>
    <message>
        <source>**By platform:**</source>
        <translation>**Par plateforme :**</translation>
    </message>
    <message>
        <source>(est. {money})</source>
        <translation>(est. {money})</translation>
    </message>
    <message>
        <source>**{coins} coins** · ~{diamonds} diamonds · est. **{earnings}**</source>
        <translation>**{coins} pièces** · ~{diamonds} diamants · est. **{earnings}**</translation>
    </message>
    <message>
        <source>{gifts} gifts from {gifters} gifters · {follows} follows · {shares} shares · {likes} likes</source>
        <translation>{gifts} cadeaux de {gifters} donateurs · {follows} abonnés · {shares} partages · {likes} j&apos;aime</translation>
    </message>
    <message>
        <source>est. **{money}**</source>
        <translation>est. **{money}**</translation>
    </message>
    <message>
        <source>{follows} follows · {subs} subs and memberships · {comments} comments</source>
        <translation>{follows} abonnés · {subs} abonnements et adhésions · {comments} commentaires</translation>
    </message>
    <message>
        <source>**Top gifts:**</source>
        <translation>**Meilleurs cadeaux :**</translation>
    </message>
    <message>
        <source>Payouts on Twitch and YouTube</source>
        <translation>Paiements sur Twitch et YouTube</translation>
    </message>
    <message>
        <source>(est. {money} since the last withdrawal)</source>
        <translation>(est. {money} depuis le dernier paiement)</translation>
    </message>
    <message>
        <source>**Balance since last withdrawal:** {money} ({coins} coins)</source>
        <translation>**Solde depuis le dernier paiement :** {money} ({coins} pièces)</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}, at the recent rate around {date}</source>
        <translation>Prochain : {threshold} — {percent}, au rythme récent vers le {date}</translation>
    </message>
    <message>
        <source>Next: {threshold} — {percent}</source>
        <translation>Prochain : {threshold} — {percent}</translation>
    </message>
    <message>
        <source>Every payout threshold is reached ✅</source>
        <translation>Tous les seuils de paiement sont atteints ✅</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gap ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} coupure de connexion ({length}) : des cadeaux envoyés alors peuvent manquer.</translation>
    </message>
    <message>
        <source>⚠️ {count} connection gaps ({length}): gifts sent then may be missing.</source>
        <translation>⚠️ {count} coupures de connexion ({length}) : des cadeaux envoyés alors peuvent manquer.</translation>
    </message>
    <message>
        <source>Estimates: {diamonds} diamonds per coin, {currency} {money} per diamond; TikTok&apos;s own figures may differ.</source>
        <translation>Estimations : {diamonds} diamants par pièce, {currency} {money} par diamant ; les chiffres de TikTok peuvent différer.</translation>
    </message>
    <message>
        <source>First cash-out</source>
        <translation>Premier retrait</translation>
    </message>
    <message>
        <source>Withdrawal minimum</source>
        <translation>Retrait minimum</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mon objectif</translation>
    </message>
    <message>
        <source>Twitch payout minimum</source>
        <translation>Minimum de paiement Twitch</translation>
    </message>
    <message>
        <source>YouTube (AdSense) payment threshold</source>
        <translation>Seuil de paiement YouTube (AdSense)</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} pièces</translation>
    </message>
    <message>
        <source>{count} diamonds</source>
        <translation>{count} diamants</translation>
    </message>
    <message>
        <source>Night of {date} · {platforms}</source>
        <translation>Soirée du {date} · {platforms}</translation>
    </message>
    <message>
        <source>{count} coin</source>
        <translation>{count} pièce</translation>
    </message>
    <message>
        <source>{count} sub</source>
        <translation>{count} abonnement</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} abonnements</translation>
    </message>
    <message>
        <source>{subs} ({count} gifted)</source>
        <translation>{subs} ({count} offerts)</translation>
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
        <translation>{count} Super Chat et Sticker</translation>
    </message>
    <message>
        <source>{count} Super Chats and Stickers</source>
        <translation>{count} Super Chats et Stickers</translation>
    </message>
    <message>
        <source>no paid messages</source>
        <translation>aucun message payant</translation>
    </message>
    <message>
        <source>{count} membership</source>
        <translation>{count} abonnement de chaîne</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} abonnements de chaîne</translation>
    </message>
    <message>
        <source>No exchange rate to {currency} for {codes}: {amounts} (your share) is kept and listed as unconverted, not in the estimated earnings. Add {rates} to your exchange rates in Settings &gt; Twitch and YouTube.</source>
        <translation>Pas de taux de change vers {currency} pour {codes} : {amounts} (ta part) est conservé et listé comme non converti, hors des revenus estimés. Ajoute {rates} à tes taux de change dans Réglages &gt; Twitch et YouTube.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>{creator} · LIVE {date}</source>
        <translation>{creator} · LIVE {date}</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <source>(no stream is running: a runner was started for this test)</source>
        <translation>(aucun stream en cours : un exécuteur a été lancé pour ce test)</translation>
    </message>
    <message>
        <source>still running: see the Log tab</source>
        <translation>toujours en cours : voir l’onglet Journal</translation>
    </message>
</context>
<context>
    <name>SessionEndHook</name>
    <message>
        <source>the automatic backup/export failed: {error}</source>
        <translation>la sauvegarde/l’exportation automatique a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session #{id} — streamer-app</source>
        <translation>Session n° {id} — streamer-app</translation>
    </message>
    <message>
        <source>session {id} is not in the database</source>
        <translation>la session {id} n’est pas dans la base de données</translation>
    </message>
    <message>
        <source>Could not open the session: {error}</source>
        <translation>Impossible d’ouvrir la session : {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Diamonds per coin</source>
        <translation>Diamants par pièce</translation>
    </message>
    <message>
        <source>What a creator receives per coin a viewer sends (TikTok does not publish it; about 0.5).</source>
        <translation>Ce qu’un créateur reçoit par pièce qu’envoie un spectateur (TikTok ne le publie pas ; environ 0,5).</translation>
    </message>
    <message>
        <source>USD per diamond</source>
        <translation>USD par diamant</translation>
    </message>
    <message>
        <source>What TikTok pays out per diamond (about USD 0.01).</source>
        <translation>Ce que TikTok paie par diamant (environ 0,01 USD).</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Devise affichée</translation>
    </message>
    <message>
        <source>The three-letter code earnings are shown in.</source>
        <translation>Le code à trois lettres de la devise des gains affichés.</translation>
    </message>
    <message>
        <source>1 USD in that currency</source>
        <translation>1 USD dans cette devise</translation>
    </message>
    <message>
        <source>Your own exchange rate: nothing is looked up online.</source>
        <translation>Votre propre taux de change : rien n’est consulté en ligne.</translation>
    </message>
    <message>
        <source>What viewers pay per coin (USD)</source>
        <translation>Prix d&apos;une pièce pour les spectateurs (USD)</translation>
    </message>
    <message>
        <source>What viewers spend per coin in the app (about USD 0.0143), for &apos;viewers spent&apos;.</source>
        <translation>Ce que les spectateurs dépensent par pièce dans l’app (environ 0,0143 USD), pour « dépensé par les spectateurs ».</translation>
    </message>
    <message>
        <source>Twitch: USD per Bit</source>
        <translation>Twitch : USD par Bit</translation>
    </message>
    <message>
        <source>What you earn per Bit cheered: USD 0.01 (Twitch pays Affiliates and Partners a cent a Bit).</source>
        <translation>Ce que vous gagnez par Bit : 0,01 USD (Twitch paie un centime par Bit aux affiliés et partenaires).</translation>
    </message>
    <message>
        <source>Twitch: Tier 1 sub price (USD)</source>
        <translation>Twitch : prix d&apos;un abonnement niveau 1 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 1 sub (USD 4.99 in the US; Twitch prices some countries lower).</source>
        <translation>Ce qu’un spectateur paie pour un abonnement de niveau 1 (4,99 USD aux États-Unis ; moins cher dans certains pays).</translation>
    </message>
    <message>
        <source>Twitch: Tier 2 sub price (USD)</source>
        <translation>Twitch : prix d&apos;un abonnement niveau 2 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 2 sub (USD 9.99).</source>
        <translation>Ce qu’un spectateur paie pour un abonnement de niveau 2 (9,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: Tier 3 sub price (USD)</source>
        <translation>Twitch : prix d&apos;un abonnement niveau 3 (USD)</translation>
    </message>
    <message>
        <source>What a viewer pays for a Tier 3 sub (USD 24.99).</source>
        <translation>Ce qu’un spectateur paie pour un abonnement de niveau 3 (24,99 USD).</translation>
    </message>
    <message>
        <source>Twitch: your share of subs (0.5 = 50 %)</source>
        <translation>Twitch : votre part des abonnements (0.5 = 50 %)</translation>
    </message>
    <message>
        <source>The standard split is 50 % (gifted subs too); Partner Plus and some contracts pay more.</source>
        <translation>Le partage standard est de 50 % (abonnements offerts compris) ; Partner Plus et certains contrats paient plus.</translation>
    </message>
    <message>
        <source>YouTube: your share of Super Chats and Stickers</source>
        <translation>YouTube : votre part des Super Chats et Stickers</translation>
    </message>
    <message>
        <source>70 % of what viewers pay, after YouTube&apos;s share (https://support.google.com/youtube/answer/7288782).</source>
        <translation>70 % de ce que paient les spectateurs, après la part de YouTube (https://support.google.com/youtube/answer/7288782).</translation>
    </message>
    <message>
        <source>YouTube: your share of memberships</source>
        <translation>YouTube : votre part des abonnements de chaîne</translation>
    </message>
    <message>
        <source>70 % of a membership&apos;s price after YouTube&apos;s share, as for Super Chats.</source>
        <translation>70 % du prix d’une souscription après la part de YouTube, comme pour les Super Chats.</translation>
    </message>
    <message>
        <source>YouTube: membership price (USD)</source>
        <translation>YouTube : prix de l&apos;abonnement de chaîne (USD)</translation>
    </message>
    <message>
        <source>Used when a membership message does not say its price (USD 4.99, the usual first level).</source>
        <translation>Utilisé quand un message de souscription ne dit pas son prix (4,99 USD, le premier niveau habituel).</translation>
    </message>
    <message>
        <source>Exchange rates to the display currency</source>
        <translation>Taux de change vers la devise affichée</translation>
    </message>
    <message>
        <source>One unit of each currency viewers pay in, in your display currency, like EUR=1.08, JPY=0.0064. Nothing is looked up online; an amount in a currency without a rate is kept and listed as unconverted.</source>
        <translation>Une unité de chaque devise dans laquelle paient les spectateurs, dans votre devise affichée, comme EUR=1.08, JPY=0.0064. Rien n’est consulté en ligne ; un montant dans une devise sans taux est gardé et listé comme non converti.</translation>
    </message>
    <message>
        <source>Payout thresholds</source>
        <translation>Seuils de paiement</translation>
    </message>
    <message>
        <source>Goals and payout minimums, in money, diamonds or coins, each naming its platform. Twitch pays from USD 50 (USD 100 by wire; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube through AdSense from USD 100 or the local equivalent (https://support.google.com/adsense/answer/1709871).</source>
        <translation>Objectifs et minimums de paiement, en argent, diamants ou pièces, chacun avec sa plateforme. Twitch paie dès 50 USD (100 USD par virement ; https://www.eurogamer.net/twitch-reducing-payout-threshold-for-streamers), YouTube via AdSense dès 100 USD ou l’équivalent local (https://support.google.com/adsense/answer/1709871).</translation>
    </message>
    <message>
        <source>Minimum coins for an alert</source>
        <translation>Pièces minimum pour une alerte</translation>
    </message>
    <message>
        <source>Smaller gifts count but show no alert.</source>
        <translation>Les petits cadeaux comptent mais n’affichent pas d’alerte.</translation>
    </message>
    <message>
        <source>minimum coins cannot be negative</source>
        <translation>le minimum de pièces ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Volume (0-100)</source>
        <translation>Volume (0-100)</translation>
    </message>
    <message>
        <source>The alert sound&apos;s volume, in percent.</source>
        <translation>Le volume du son d’alerte, en pourcentage.</translation>
    </message>
    <message>
        <source>volume is a percentage from 0 to 100</source>
        <translation>le volume est un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>Mute sounds</source>
        <translation>Couper les sons</translation>
    </message>
    <message>
        <source>Alerts without sound.</source>
        <translation>Alertes sans son.</translation>
    </message>
    <message>
        <source>Read gifts aloud (text-to-speech)</source>
        <translation>Lire les cadeaux à voix haute (synthèse vocale)</translation>
    </message>
    <message>
        <source>Reads the gifter&apos;s name and gift aloud, with the system&apos;s voice.</source>
        <translation>Lit à voix haute le nom du donateur et le cadeau, avec la voix du système.</translation>
    </message>
    <message>
        <source>Minimum coins to read aloud</source>
        <translation>Pièces minimum pour la lecture</translation>
    </message>
    <message>
        <source>Smaller gifts are not read aloud.</source>
        <translation>Les petits cadeaux ne sont pas lus à voix haute.</translation>
    </message>
    <message>
        <source>minimum coins to read aloud cannot be negative</source>
        <translation>le minimum de pièces pour la lecture à voix haute ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Never read aloud</source>
        <translation>Ne jamais lire</translation>
    </message>
    <message>
        <source>A name or gift containing one of these words is not read aloud.</source>
        <translation>Un nom ou un cadeau contenant l’un de ces mots n’est pas lu à voix haute.</translation>
    </message>
    <message>
        <source>words never read aloud, comma separated</source>
        <translation>mots jamais lus à voix haute, séparés par des virgules</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>The alert window&apos;s background, for the capture in OBS.</source>
        <translation>Le fond de la fenêtre d’alertes, pour la capture dans OBS.</translation>
    </message>
    <message>
        <source>Chroma key colour</source>
        <translation>Couleur d&apos;incrustation</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>choose &apos;chroma&apos; or &apos;transparent&apos;</source>
        <translation>choisissez « chroma » ou « transparent »</translation>
    </message>
    <message>
        <source>Chroma colour</source>
        <translation>Couleur chroma</translation>
    </message>
    <message>
        <source>The colour OBS keys out, like #00b140.</source>
        <translation>La couleur qu’OBS retire, comme #00b140.</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Toujours au premier plan</translation>
    </message>
    <message>
        <source>Keeps the alert window above other windows.</source>
        <translation>Garde la fenêtre d’alertes au-dessus des autres fenêtres.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Taille de la fenêtre</translation>
    </message>
    <message>
        <source>The alert window&apos;s size in pixels.</source>
        <translation>La taille de la fenêtre d’alertes en pixels.</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>choisissez l’un de ceux-ci : {choices}</translation>
    </message>
    <message>
        <source>Waiting alerts before a summary</source>
        <translation>Alertes en attente avant un résumé</translation>
    </message>
    <message>
        <source>Beyond this many waiting alerts, the rest fold into one summary card.</source>
        <translation>Au-delà de ce nombre d’alertes en attente, les autres sont regroupées dans une carte de résumé.</translation>
    </message>
    <message>
        <source>between 1 and 100 waiting alerts</source>
        <translation>entre 1 et 100 alertes en attente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the window, the reports and, unless set below, the overlays.</source>
        <translation>La langue de la fenêtre, des rapports et, sauf choix ci-dessous, des overlays.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Langue des overlays</translation>
    </message>
    <message>
        <source>The language your audience reads on the overlays (it may differ from yours).</source>
        <translation>La langue que votre public lit sur les overlays (elle peut différer de la vôtre).</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Comme la fenêtre</translation>
    </message>
    <message>
        <source>Your TikTok @handle</source>
        <translation>Votre @identifiant TikTok</translation>
    </message>
    <message>
        <source>The account to follow; empty offers the demo.</source>
        <translation>Le compte à suivre ; vide propose la démo.</translation>
    </message>
    <message>
        <source>Your Twitch channel</source>
        <translation>Votre chaîne Twitch</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts (streaming to several platforms at once); empty: none. Sign in first: Stream ▸ Sign in to Twitch.</source>
        <translation>Suivi aussi à côté de TikTok au démarrage (stream sur plusieurs plateformes à la fois) ; vide : aucun. Connectez-vous d’abord : Stream ▸ Se connecter à Twitch.</translation>
    </message>
    <message>
        <source>Your YouTube channel</source>
        <translation>Votre chaîne YouTube</translation>
    </message>
    <message>
        <source>Also followed beside TikTok when the app starts; your @handle, channel id or live video id; empty: none. Sign in first (docs/PLATFORMS.md).</source>
        <translation>Suivi aussi à côté de TikTok au démarrage ; votre @pseudo, l’ID de la chaîne ou de la vidéo en direct ; vide : aucun. Connectez-vous d’abord (docs/PLATFORMS.md).</translation>
    </message>
    <message>
        <source>Record raw frames of TikTok streams (for replay)</source>
        <translation>Enregistrer les données brutes des streams TikTok (pour les rejouer)</translation>
    </message>
    <message>
        <source>Keeps what TikTok sent, so a stream can be replayed and checked later.</source>
        <translation>Garde ce que TikTok a envoyé, pour pouvoir rejouer et vérifier un stream plus tard.</translation>
    </message>
    <message>
        <source>Automatic export folder</source>
        <translation>Dossier d&apos;export automatique</translation>
    </message>
    <message>
        <source>Where each session is exported when it ends; empty: no automatic export. A relative folder is inside the data folder.</source>
        <translation>Où chaque session est exportée à sa fin ; vide : pas d’export automatique. Un dossier relatif est dans le dossier de données.</translation>
    </message>
    <message>
        <source>no automatic export</source>
        <translation>pas d’export automatique</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>The formats of the automatic export.</source>
        <translation>Les formats de l’export automatique.</translation>
    </message>
    <message>
        <source>unknown format {shown}</source>
        <translation>format inconnu {shown}</translation>
    </message>
    <message>
        <source>Seconds per coin</source>
        <translation>Secondes par pièce</translation>
    </message>
    <message>
        <source>Time each coin of a counted gift adds (a Rose adds this once, a Galaxy 1,000 times).</source>
        <translation>Le temps qu’ajoute chaque pièce d’un cadeau compté (une Rose l’ajoute une fois, une Galaxy 1 000 fois).</translation>
    </message>
    <message>
        <source>seconds per coin must be between 0 and 3600</source>
        <translation>les secondes par pièce doivent être entre 0 et 3600</translation>
    </message>
    <message>
        <source>Seconds per subscription</source>
        <translation>Secondes par abonnement</translation>
    </message>
    <message>
        <source>Time each subscription adds.</source>
        <translation>Le temps qu’ajoute chaque abonnement.</translation>
    </message>
    <message>
        <source>seconds per subscription must be between 0 and 86400</source>
        <translation>les secondes par abonnement doivent être entre 0 et 86400</translation>
    </message>
    <message>
        <source>Seconds per follow</source>
        <translation>Secondes par follow</translation>
    </message>
    <message>
        <source>Time each new follow adds (0: follows add nothing).</source>
        <translation>Le temps qu’ajoute chaque nouvel abonné (0 : rien).</translation>
    </message>
    <message>
        <source>seconds per follow must be between 0 and 3600</source>
        <translation>les secondes par abonné doivent être entre 0 et 3600</translation>
    </message>
    <message>
        <source>Starting time (minutes)</source>
        <translation>Temps de départ (minutes)</translation>
    </message>
    <message>
        <source>What the timer shows before it starts, and after a reset.</source>
        <translation>Ce qu’affiche le minuteur avant de démarrer et après une remise à zéro.</translation>
    </message>
    <message>
        <source>the starting time must be between 0 and 100,000 minutes</source>
        <translation>le temps de départ doit être entre 0 et 100 000 minutes</translation>
    </message>
    <message>
        <source>Cap (minutes, 0 = none)</source>
        <translation>Plafond (minutes, 0 = aucun)</translation>
    </message>
    <message>
        <source>The timer never holds more than this; time beyond it is not added.</source>
        <translation>Le minuteur ne dépasse jamais cette durée ; le temps en trop n’est pas ajouté.</translation>
    </message>
    <message>
        <source>the cap must be between 0 and 100,000 minutes (0: no cap)</source>
        <translation>le plafond doit être entre 0 et 100 000 minutes (0 : aucun)</translation>
    </message>
    <message>
        <source>Replays add time too</source>
        <translation>Les rediffusions ajoutent aussi du temps</translation>
    </message>
    <message>
        <source>Off: only live streams and the demo extend the timer, not a recording replayed.</source>
        <translation>Désactivé : seuls les lives et la démo prolongent le minuteur, pas un enregistrement rejoué.</translation>
    </message>
    <message>
        <source>First like goal</source>
        <translation>Premier objectif de likes</translation>
    </message>
    <message>
        <source>The likes page&apos;s first goal (the room&apos;s like total).</source>
        <translation>Le premier objectif de la page des likes (le total de likes du live).</translation>
    </message>
    <message>
        <source>the like goal must be a whole number of at least 1</source>
        <translation>l’objectif de likes doit être un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>Then every ... likes</source>
        <translation>Puis tous les … likes</translation>
    </message>
    <message>
        <source>Once a goal is reached, the next one is this many likes further.</source>
        <translation>Une fois un objectif atteint, le suivant est ce nombre de likes plus loin.</translation>
    </message>
    <message>
        <source>the like goal step must be a whole number of at least 1</source>
        <translation>le pas de l’objectif de likes doit être un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>Control OBS (obs-websocket)</source>
        <translation>Piloter OBS (obs-websocket)</translation>
    </message>
    <message>
        <source>Connects to OBS&apos;s WebSocket server: Add to OBS, and actions that switch scenes or show sources.</source>
        <translation>Se connecte au serveur WebSocket d’OBS : Ajouter à OBS, et des actions qui changent de scène ou affichent des sources.</translation>
    </message>
    <message>
        <source>OBS computer</source>
        <translation>Ordinateur d&apos;OBS</translation>
    </message>
    <message>
        <source>Where OBS runs: 127.0.0.1 when it is this computer.</source>
        <translation>Où tourne OBS : 127.0.0.1 si c’est cet ordinateur.</translation>
    </message>
    <message>
        <source>OBS WebSocket port</source>
        <translation>Port WebSocket d&apos;OBS</translation>
    </message>
    <message>
        <source>The Server Port in OBS&apos;s Tools &gt; WebSocket Server Settings (4455 unless changed).</source>
        <translation>Le port du serveur dans Outils &gt; Paramètres du serveur WebSocket d’OBS (4455 sauf modification).</translation>
    </message>
    <message>
        <source>{value} is not a port between 1 and 65535</source>
        <translation>{value} n’est pas un port entre 1 et 65535</translation>
    </message>
    <message>
        <source>YouTube OAuth client file</source>
        <translation>Fichier client OAuth YouTube</translation>
    </message>
    <message>
        <source>The JSON file of your own Google OAuth client (type Desktop app) for signing in to YouTube (docs/PLATFORMS.md says how to make one).</source>
        <translation>Le fichier JSON de votre propre client OAuth Google (type Application de bureau) pour vous connecter à YouTube (docs/PLATFORMS.md explique comment en créer un).</translation>
    </message>
    <message>
        <source>YouTube API units a day</source>
        <translation>Unités d&apos;API YouTube par jour</translation>
    </message>
    <message>
        <source>Your Google Cloud project&apos;s daily YouTube Data API quota (10,000 unless Google raised it).</source>
        <translation>Le quota quotidien de l’API YouTube Data de votre projet Google Cloud (10 000 sauf si Google l’a relevé).</translation>
    </message>
    <message>
        <source>between 100 and 100,000,000 units a day</source>
        <translation>entre 100 et 100 000 000 unités par jour</translation>
    </message>
    <message>
        <source>YouTube hours live a day</source>
        <translation>Heures de LIVE YouTube par jour</translation>
    </message>
    <message>
        <source>The chat is read at a pace that makes the day&apos;s quota last this many hours of streaming.</source>
        <translation>Le chat est lu à un rythme qui fait durer le quota du jour ce nombre d’heures de stream.</translation>
    </message>
    <message>
        <source>between 0.5 and 24 hours</source>
        <translation>entre 0,5 et 24 heures</translation>
    </message>
    <message>
        <source>A gift streak with no news for this long is closed and counted.</source>
        <translation>Une série de cadeaux sans nouvelles pendant ce temps est fermée et comptée.</translation>
    </message>
    <message>
        <source>the streak idle time must be between 1 and 600 seconds</source>
        <translation>le délai d’inactivité d’une série doit être entre 1 et 600 secondes</translation>
    </message>
    <message>
        <source>The local port of the OBS browser sources.</source>
        <translation>Le port local des sources navigateur d’OBS.</translation>
    </message>
    <message>
        <source>{value} is not a port between 1024 and 65535</source>
        <translation>{value} n’est pas un port entre 1024 et 65535</translation>
    </message>
    <message>
        <source>Only for OBS on another computer: the overlay then listens beyond this one.</source>
        <translation>Seulement pour OBS sur un autre ordinateur : l’overlay écoute alors au-delà de celui-ci.</translation>
    </message>
    <message>
        <source>The secret part of the overlay addresses (rotate it with &apos;overlay rotate-token&apos;).</source>
        <translation>La partie secrète des adresses de l’overlay (changez-la avec « overlay rotate-token »).</translation>
    </message>
    <message>
        <source>The oldest recordings are deleted beyond this size.</source>
        <translation>Les enregistrements les plus anciens sont supprimés au-delà de cette taille.</translation>
    </message>
    <message>
        <source>keep at least 10 MB of recordings</source>
        <translation>gardez au moins 10 Mo d’enregistrements</translation>
    </message>
    <message>
        <source>Backups of the database kept in the data folder.</source>
        <translation>Les sauvegardes de la base de données gardées dans le dossier de données.</translation>
    </message>
    <message>
        <source>keep between 1 and 1000 backups</source>
        <translation>gardez entre 1 et 1000 sauvegardes</translation>
    </message>
    <message>
        <source>The global rate limit of actions.json&apos;s rules, in stream time (0: no limit).</source>
        <translation>La limite globale des règles d’actions.json, en temps de stream (0 : aucune).</translation>
    </message>
    <message>
        <source>actions per second must be between 0 and 1000</source>
        <translation>les actions par seconde doivent être entre 0 et 1000</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Twitch and YouTube</source>
        <translation>Twitch et YouTube</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
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
        <translation>Aucune conversion officielle n&apos;est publiée : ce sont des estimations. Par défaut : 0.5 diamant par pièce, USD 0.01 par diamant (une pièce rapporte environ USD 0.005).</translation>
    </message>
    <message>
        <source>Each session keeps the rates it started with. Twitch pays USD 0.01 per Bit and shares subs 50/50 as standard; YouTube keeps 30 % of Super Chats, Super Stickers and memberships.</source>
        <translation>Chaque session garde les taux de son début. Twitch paie USD 0.01 par Bit et partage les abonnements à 50/50 par défaut ; YouTube garde 30 % des Super Chats, Super Stickers et abonnements de chaîne.</translation>
    </message>
    <message>
        <source>Thresholds apply to the balance since the last recorded withdrawal, across sessions. TikTok caps withdrawals at USD 1,000 a day and pays within 15 days.</source>
        <translation>Les seuils portent sur le solde depuis le dernier retrait noté, toutes sessions confondues. TikTok plafonne les retraits à USD 1,000 par jour et paie sous 15 jours.</translation>
    </message>
    <message>
        <source>Income adds time while the subathon timer runs or is paused. The timer is wall-clock time: it keeps counting down while the app is closed, and resumes to the second. The like goal is the likes overlay page&apos;s.</source>
        <translation>Les revenus ajoutent du temps tant que le minuteur de subathon tourne ou est en pause. Le minuteur suit l&apos;horloge : il continue de décompter app fermée et reprend à la seconde près. L&apos;objectif de likes est celui de la page d&apos;overlay des likes.</translation>
    </message>
    <message>
        <source>In OBS: Tools ▸ WebSocket Server Settings, tick &apos;Enable WebSocket server&apos;, then Show Connect Info for the port and password. Add to OBS (Alerts ▸ Overlays for OBS…) then makes the browser sources.</source>
        <translation>Dans OBS : Outils ▸ Paramètres du serveur WebSocket, cochez « Activer le serveur WebSocket », puis Afficher les informations de connexion pour le port et le mot de passe. Ajouter à OBS (Alertes ▸ Overlays pour OBS…) crée ensuite les sources navigateur.</translation>
    </message>
    <message>
        <source>When a session ends, the database is backed up, and if a folder is set the session is exported there in the ticked formats.</source>
        <translation>À la fin d&apos;une session, la base de données est sauvegardée et, si un dossier est choisi, la session y est exportée dans les formats cochés.</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} doit être un nombre, pas {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name} doit être un nombre fini, pas {value}</translation>
    </message>
    <message>
        <source>{name} must be greater than zero, not {value}</source>
        <translation>{name} doit être supérieur à zéro, pas {value}</translation>
    </message>
    <message>
        <source>{name} must not be negative, not {value}</source>
        <translation>{name} ne doit pas être négatif, pas {value}</translation>
    </message>
    <message>
        <source>{name} must be a three-letter code such as USD or EUR, not {value}</source>
        <translation>{name} doit être un code à trois lettres comme USD ou EUR, pas {value}</translation>
    </message>
    <message>
        <source>write each exchange rate as CODE=rate, like EUR=1.08, not {value}</source>
        <translation>écrivez chaque taux de change sous la forme CODE=taux, comme EUR=1.08, pas {value}</translation>
    </message>
    <message>
        <source>an exchange rate&apos;s currency</source>
        <translation>la devise d’un taux de change</translation>
    </message>
    <message>
        <source>the exchange rate of {code} is given twice</source>
        <translation>le taux de change de {code} est donné deux fois</translation>
    </message>
    <message>
        <source>diamonds per coin must be at most 1 (a creator never gets more than the coins)</source>
        <translation>les diamants par pièce doivent valoir au plus 1 (un créateur ne reçoit jamais plus que les pièces)</translation>
    </message>
    <message>
        <source>{name} is a share: at most 1 (0.5 is 50 %), not {value}</source>
        <translation>{name} est une part : au plus 1 (0,5 = 50 %), pas {value}</translation>
    </message>
    <message>
        <source>{name} must be at most {most}, not {value}</source>
        <translation>{name} doit valoir au plus {most}, pas {value}</translation>
    </message>
    <message>
        <source>the exchange rate of {code} must be at most 1,000,000,000, not {value}</source>
        <translation>le taux de change de {code} doit valoir au plus 1 000 000 000, pas {value}</translation>
    </message>
    <message>
        <source>reported diamonds</source>
        <translation>diamants annoncés</translation>
    </message>
    <message>
        <source>a threshold needs a name (text)</source>
        <translation>un seuil a besoin d’un nom (texte)</translation>
    </message>
    <message>
        <source>the platform of {threshold} must be one of {known}, not {value}</source>
        <translation>la plateforme de {threshold} doit être l’une de celles-ci : {known}, pas {value}</translation>
    </message>
    <message>
        <source>{threshold} is a {platform} threshold: its unit is money (coins and diamonds are TikTok&apos;s)</source>
        <translation>{threshold} est un seuil {platform} : son unité est l’argent (pièces et diamants sont propres à TikTok)</translation>
    </message>
    <message>
        <source>unit must be one of {known}, not {value}</source>
        <translation>l’unité doit être l’une de celles-ci : {known}, pas {value}</translation>
    </message>
    <message>
        <source>the currency of {threshold} must be a three-letter code such as USD, not {value}</source>
        <translation>la devise de {threshold} doit être un code à trois lettres comme USD, pas {value}</translation>
    </message>
    <message>
        <source>{threshold} is in {currency}; only {base} and the display currency {display} can be converted</source>
        <translation>{threshold} est en {currency} ; seules {base} et la devise affichée {display} peuvent être converties</translation>
    </message>
    <message>
        <source>expected true or false, not {value}</source>
        <translation>true ou false attendu, pas {value}</translation>
    </message>
    <message>
        <source>expected a whole number, not {value}</source>
        <translation>nombre entier attendu, pas {value}</translation>
    </message>
    <message>
        <source>expected a number, not {value}</source>
        <translation>nombre attendu, pas {value}</translation>
    </message>
    <message>
        <source>expected text, not {value}</source>
        <translation>texte attendu, pas {value}</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>liste de textes attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>the settings file must hold a JSON object</source>
        <translation>le fichier des paramètres doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}): fix or delete it</source>
        <translation>{path} n’est pas un JSON valide (ligne {line}) : corrigez-le ou supprimez-le</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>{typed} is not a whole number</source>
        <translation>{typed} n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} n’est pas un nombre</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder</source>
        <translation>{path} est un fichier, pas un dossier : choisissez un dossier</translation>
    </message>
    <message>
        <source>the exchange rate of {code}</source>
        <translation>le taux de change de {code}</translation>
    </message>
    <message>
        <source>the amount of {threshold}</source>
        <translation>le montant de {threshold}</translation>
    </message>
    <message>
        <source>{value} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{value} n’est pas un @pseudo TikTok (2 à 24 lettres, chiffres, « _ » ou « . »)</translation>
    </message>
    <message>
        <source>two thresholds have the same name</source>
        <translation>deux seuils ont le même nom</translation>
    </message>
    <message>
        <source>{value} is not a colour like #00b140</source>
        <translation>{value} n’est pas une couleur comme #00b140</translation>
    </message>
    <message>
        <source>a token must carry at least 128 bits (22 characters)</source>
        <translation>un token doit contenir au moins 128 bits (22 caractères)</translation>
    </message>
    <message>
        <source>type the computer OBS runs on: 127.0.0.1 when it is this one</source>
        <translation>tapez l’ordinateur où tourne OBS : 127.0.0.1 si c’est celui-ci</translation>
    </message>
    <message>
        <source>{value} is not a host name or IP address (type it without ws:// or a port)</source>
        <translation>{value} n’est pas un nom d’hôte ni une adresse IP (tapez-le sans ws:// ni port)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose the JSON you downloaded for your OAuth client</source>
        <translation>{path} n’est pas un fichier : choisissez le JSON téléchargé pour votre client OAuth</translation>
    </message>
    <message>
        <source>Tick at least one format, or clear the folder to turn automatic export off.</source>
        <translation>Cochez au moins un format, ou videz le dossier pour couper l’export automatique.</translation>
    </message>
    <message>
        <source>name a setting, e.g. &apos;streamer-app settings get alerts.volume&apos;</source>
        <translation>nommez un paramètre, p. ex. « streamer-app settings get alerts.volume »</translation>
    </message>
    <message>
        <source>there is no setting {key} to change here: &apos;streamer-app settings show&apos; lists them</source>
        <translation>aucun paramètre {key} à changer ici : « streamer-app settings show » les liste</translation>
    </message>
    <message>
        <source>say the new value, e.g. &apos;streamer-app settings set {key} VALUE&apos;</source>
        <translation>donnez la nouvelle valeur, p. ex. « streamer-app settings set {key} VALEUR »</translation>
    </message>
    <message>
        <source>{key} = {value} (saved)</source>
        <translation>{key} = {value} (enregistré)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>argent</translation>
    </message>
    <message>
        <source>diamonds</source>
        <translation>diamants</translation>
    </message>
    <message>
        <source>coins</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Threshold row {row}: {problem}</source>
        <translation>Seuil de la ligne {row} : {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Euler Stream API key</source>
        <translation>Clé d&apos;API Euler Stream</translation>
    </message>
    <message>
        <source>TikTok session id</source>
        <translation>ID de session TikTok</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in the system keyring, never in logs, recordings or exports.</source>
        <translation>Facultatif : la clé d’API évite les limites du serveur de signature. Gardée dans le trousseau du système, jamais dans les journaux, enregistrements ou exports.</translation>
    </message>
    <message>
        <source>Optional: the API key avoids the sign server&apos;s rate limits. Kept in a file only you can read, never in logs, recordings or exports.</source>
        <translation>Facultatif : la clé d’API évite les limites du serveur de signature. Gardée dans un fichier que vous seul pouvez lire, jamais dans les journaux, enregistrements ou exports.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir DIR or set STREAMER_APP_HOME.</source>
        <translation>Pour un autre dossier, démarrez avec --data-dir DOSSIER ou définissez STREAMER_APP_HOME.</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>enregistrée (tapez pour la remplacer)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>OBS WebSocket password</source>
        <translation>Mot de passe WebSocket d&apos;OBS</translation>
    </message>
    <message>
        <source>the password OBS shows</source>
        <translation>le mot de passe qu’affiche OBS</translation>
    </message>
    <message>
        <source>Sessions could not be read: {error}</source>
        <translation>Les sessions n’ont pas pu être lues : {error}</translation>
    </message>
    <message>
        <source>#{id}  {date}  {creator}  {coins} coins</source>
        <translation>#{id}  {date}  {creator}  {coins} pièces</translation>
    </message>
    <message>
        <source>diamonds TikTok reported for that stream</source>
        <translation>diamants annoncés par TikTok pour ce stream</translation>
    </message>
    <message>
        <source>Type the diamonds TikTok reported to see the real rate.</source>
        <translation>Saisissez les diamants annoncés par TikTok pour voir le taux réel.</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>Utiliser ce taux</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Diamonds reported</source>
        <translation>Diamants annoncés</translation>
    </message>
    <message>
        <source>No session with gifts yet: calibrate after your first stream.</source>
        <translation>Aucune session avec des cadeaux : étalonnez après votre premier stream.</translation>
    </message>
    <message>
        <source>That stream earned {rate} diamonds per coin ({coins} coins).</source>
        <translation>Ce stream a rapporté {rate} diamants par pièce ({coins} pièces).</translation>
    </message>
    <message>
        <source>Diamonds per coin set to {rate}; save to keep it as the default.</source>
        <translation>Diamants par pièce réglés sur {rate} ; enregistrez pour le garder par défaut.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>amount withdrawn</source>
        <translation>montant retiré</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Noter un retrait</translation>
    </message>
    <message>
        <source>The balance and the thresholds count from the last withdrawal.</source>
        <translation>Le solde et les seuils comptent depuis le dernier retrait.</translation>
    </message>
    <message>
        <source>a withdrawal must be more than zero</source>
        <translation>un retrait doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>there is no ledger yet: stream (or run the demo) first</source>
        <translation>pas encore de registre : faites un stream (ou lancez la démo) d’abord</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : {error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>unknown source {kind}: choose {kinds}</source>
        <translation>source inconnue {kind} : choisis {kinds}</translation>
    </message>
    <message>
        <source>Type your TikTok @handle first (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Saisis d&apos;abord ton @pseudo TikTok (2 à 24 lettres, chiffres, &apos;_&apos; ou &apos;.&apos;).</translation>
    </message>
    <message>
        <source>{handle} is not a TikTok @handle (2-24 letters, digits, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>{handle} n&apos;est pas un @pseudo TikTok (2 à 24 lettres, chiffres, &apos;_&apos; ou &apos;.&apos;)</translation>
    </message>
    <message>
        <source>TikTok @handle</source>
        <translation>@identifiant TikTok</translation>
    </message>
    <message>
        <source>Demo stream</source>
        <translation>Stream de démo</translation>
    </message>
    <message>
        <source>Demo Twitch stream</source>
        <translation>Démo Twitch</translation>
    </message>
    <message>
        <source>Demo YouTube stream</source>
        <translation>Démo YouTube</translation>
    </message>
    <message>
        <source>Twitch channel</source>
        <translation>Chaîne Twitch</translation>
    </message>
    <message>
        <source>YouTube live chat</source>
        <translation>Chat en direct YouTube</translation>
    </message>
    <message>
        <source>Replay file…</source>
        <translation>Rejouer un fichier…</translation>
    </message>
    <message>
        <source>{name} ({kind}) is already connected tonight</source>
        <translation>{name} ({kind}) est déjà connecté ce soir</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} cannot be read as a recording ({error})</source>
        <translation>{path} ne peut pas être lu comme un enregistrement ({error})</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a {fmt} header)</source>
        <translation>{path} n&apos;est pas un enregistrement brut de streamer-app (sa première ligne n&apos;est pas un en-tête {fmt})</translation>
    </message>
    <message>
        <source>{path}: the recording header has no {key}</source>
        <translation>{path} : l&apos;en-tête de l&apos;enregistrement n&apos;a pas de {key}</translation>
    </message>
    <message>
        <source>{path}: the recording header&apos;s started_at is not an ISO date</source>
        <translation>{path} : le started_at de l&apos;en-tête n&apos;est pas une date ISO</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app raw recording (its first line is not a header of {formats})</source>
        <translation>{path} n&apos;est pas un enregistrement brut de streamer-app (sa première ligne n&apos;est pas un en-tête de {formats})</translation>
    </message>
    <message>
        <source>no TikTok @handle given</source>
        <translation>aucun @pseudo TikTok donné</translation>
    </message>
    <message>
        <source>stopped before connecting to {handle}</source>
        <translation>arrêté avant la connexion à {handle}</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached</source>
        <translation>La limite de connexions du serveur de signature est atteinte</translation>
    </message>
    <message>
        <source>The sign server&apos;s connection limit is reached (an Euler Stream API key raises it)</source>
        <translation>La limite de connexions du serveur de signature est atteinte (une clé API Euler Stream la relève)</translation>
    </message>
    <message>
        <source>{handle} is not live right now; connecting as soon as they go live</source>
        <translation>{handle} n&apos;est pas en LIVE pour le moment ; connexion dès que le LIVE commence</translation>
    </message>
    <message>
        <source>{handle}&apos;s LIVE is age-restricted: add a TikTok session id in Settings to watch it</source>
        <translation>Le LIVE de {handle} est soumis à une limite d&apos;âge : ajoute un identifiant de session TikTok dans les Réglages pour le regarder</translation>
    </message>
    <message>
        <source>TikTok refused the connection (blocked); try again later or add a session id</source>
        <translation>TikTok a refusé la connexion (bloquée) ; réessaie plus tard ou ajoute un identifiant de session</translation>
    </message>
    <message>
        <source>The sign server says this needs a paid Euler Stream plan</source>
        <translation>Le serveur de signature indique qu&apos;il faut une offre Euler Stream payante</translation>
    </message>
    <message>
        <source>The sign server refuses to use the session id; remove it in Settings</source>
        <translation>Le serveur de signature refuse d&apos;utiliser l&apos;identifiant de session ; retire-le dans les Réglages</translation>
    </message>
    <message>
        <source>The previous connection was still open; reconnecting</source>
        <translation>La connexion précédente était encore ouverte ; reconnexion</translation>
    </message>
    <message>
        <source>TikTok has no LIVE account {handle}: check the spelling of the @handle</source>
        <translation>TikTok n&apos;a pas de compte LIVE {handle} : vérifie l&apos;orthographe du @pseudo</translation>
    </message>
    <message>
        <source>No network: TikTok cannot be reached</source>
        <translation>Pas de réseau : TikTok est injoignable</translation>
    </message>
    <message>
        <source>TikTok did not hand out a connection (it may be checking for bots)</source>
        <translation>TikTok n&apos;a pas fourni de connexion (il vérifie peut-être les robots)</translation>
    </message>
    <message>
        <source>Connecting failed ({error})</source>
        <translation>Échec de la connexion ({error})</translation>
    </message>
    <message>
        <source>No network: the sign server cannot be reached</source>
        <translation>Pas de réseau : le serveur de signature est injoignable</translation>
    </message>
    <message>
        <source>The sign server refused the Euler Stream API key: check it in Settings</source>
        <translation>Le serveur de signature a refusé la clé API Euler Stream : vérifie-la dans les Réglages</translation>
    </message>
    <message>
        <source>The sign server wants an Euler Stream API key: add one in Settings</source>
        <translation>Le serveur de signature demande une clé API Euler Stream : ajoutes-en une dans les Réglages</translation>
    </message>
    <message>
        <source>The sign server did not answer as expected ({reason})</source>
        <translation>Le serveur de signature n&apos;a pas répondu comme prévu ({reason})</translation>
    </message>
    <message>
        <source>There is no Twitch channel named {login}.</source>
        <translation>Il n&apos;y a pas de chaîne Twitch nommée {login}.</translation>
    </message>
    <message>
        <source>Type the Twitch channel&apos;s login name (3-25 letters, digits or &apos;_&apos;).</source>
        <translation>Saisis le nom de connexion de la chaîne Twitch (3 à 25 lettres, chiffres ou &apos;_&apos;).</translation>
    </message>
    <message>
        <source>{path}: the Twitch recording header has no channel_id</source>
        <translation>{path} : l&apos;en-tête de l&apos;enregistrement Twitch n&apos;a pas de channel_id</translation>
    </message>
    <message>
        <source>sign in to YouTube first: set &apos;YouTube OAuth client file&apos; in settings (or run &apos;streamer-app youtube sign-in&apos;), or store an API key (&apos;streamer-app secrets set youtube-api-key&apos;) to read a public chat</source>
        <translation>connecte-toi d&apos;abord à YouTube : règle &apos;YouTube OAuth client file&apos; dans les réglages (ou lance &apos;streamer-app youtube sign-in&apos;), ou enregistre une clé API (&apos;streamer-app secrets set youtube-api-key&apos;) pour lire un chat public</translation>
    </message>
    <message>
        <source>stopped before the YouTube broadcast went live</source>
        <translation>arrêté avant que la diffusion YouTube ne commence</translation>
    </message>
    <message>
        <source>the YouTube source cannot start: Google&apos;s client library is incomplete in this installation ({error}); install streamer-app with pip to follow YouTube</source>
        <translation>la source YouTube ne peut pas démarrer : la bibliothèque client de Google est incomplète dans cette installation ({error}) ; installe streamer-app avec pip pour suivre YouTube</translation>
    </message>
    <message>
        <source>{target} is not a YouTube channel (@handle or UC... id) or a video id or link</source>
        <translation>{target} n&apos;est pas une chaîne YouTube (@pseudo ou identifiant UC…) ni un identifiant ou lien de vidéo</translation>
    </message>
    <message>
        <source>set &apos;YouTube OAuth client file&apos; in settings first (the JSON of a Desktop OAuth client from Google Cloud console; docs/PLATFORMS.md says how)</source>
        <translation>règle d&apos;abord &apos;YouTube OAuth client file&apos; dans les réglages (le JSON d&apos;un client OAuth Desktop de la console Google Cloud ; docs/PLATFORMS.md explique comment)</translation>
    </message>
    <message>
        <source>the YouTube OAuth client file {path} does not exist</source>
        <translation>le fichier client OAuth YouTube {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} is not a Google OAuth client file of type Desktop app ({error})</source>
        <translation>{path} n&apos;est pas un fichier client OAuth Google de type application de bureau ({error})</translation>
    </message>
    <message>
        <source>YouTube sign-in did not finish ({error})</source>
        <translation>la connexion à YouTube n&apos;a pas abouti ({error})</translation>
    </message>
    <message>
        <source>to follow your own broadcast, sign in to YouTube (an API key can only read a public chat: type its video id or channel instead)</source>
        <translation>pour suivre ta propre diffusion, connecte-toi à YouTube (une clé API ne lit que les chats publics : saisis plutôt l&apos;identifiant de la vidéo ou la chaîne)</translation>
    </message>
    <message>
        <source>YouTube has no video {video_id} (or it is private)</source>
        <translation>YouTube n&apos;a pas de vidéo {video_id} (ou elle est privée)</translation>
    </message>
    <message>
        <source>the live stream of video {video_id} has ended; its chat can no longer be read</source>
        <translation>le direct de la vidéo {video_id} est terminé ; son chat n&apos;est plus lisible</translation>
    </message>
    <message>
        <source>video {video_id} is not a live stream</source>
        <translation>la vidéo {video_id} n&apos;est pas un direct</translation>
    </message>
    <message>
        <source>YouTube has no channel {channel}</source>
        <translation>YouTube n&apos;a pas de chaîne {channel}</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>This system has no text-to-speech voice installed.</source>
        <translation>Ce système n’a aucune voix de synthèse vocale installée.</translation>
    </message>
    <message>
        <source>This system&apos;s text-to-speech engine has no usable voice.</source>
        <translation>Le moteur de synthèse vocale de ce système n’a aucune voix utilisable.</translation>
    </message>
    <message>
        <source>Text-to-speech is not available here ({error}).</source>
        <translation>La synthèse vocale n’est pas disponible ici ({error}).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>there is no database in {data_dir} to back up yet</source>
        <translation>il n&apos;y a pas encore de base de données dans {data_dir} à sauvegarder</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {error}</source>
        <translation>impossible de créer le dossier de sauvegarde {folder} : {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: the folder or its disk is read-only (nothing was changed)</source>
        <translation>impossible d&apos;écrire dans {folder} : le dossier ou son disque est en lecture seule (rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>the database failed its check ({problem}); no backup was made, so older backups are kept as they are</source>
        <translation>la base de données a échoué à sa vérification ({problem}) ; aucune sauvegarde n&apos;a été faite, les anciennes sont conservées telles quelles</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: free some space and try again (no backup was made; older backups are kept as they are)</source>
        <translation>le disque contenant {folder} est plein : libère de l&apos;espace et réessaie (aucune sauvegarde faite ; les anciennes sont conservées telles quelles)</translation>
    </message>
    <message>
        <source>the backup failed: {error}</source>
        <translation>la sauvegarde a échoué : {error}</translation>
    </message>
    <message>
        <source>free some space and try again</source>
        <translation>libère de l&apos;espace et réessaie</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>aucune sauvegarde n&apos;a été faite</translation>
    </message>
    <message>
        <source>the backup failed ({error}): {advice}; older backups are kept as they are</source>
        <translation>la sauvegarde a échoué ({error}) : {advice} ; les anciennes sauvegardes sont conservées telles quelles</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>{path} is not a streamer-app database (it is not an SQLite file); nothing was changed</source>
        <translation>{path} n&apos;est pas une base de données streamer-app (ce n&apos;est pas un fichier SQLite) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({error}); nothing was changed</source>
        <translation>{path} ne peut pas être ouvert ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed</source>
        <translation>{path} est endommagé ({problem}) ; choisis une autre sauvegarde. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a streamer-app database; nothing was changed</source>
        <translation>{path} est un fichier SQLite mais pas une base de données streamer-app ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app; update the app first. Nothing was changed</source>
        <translation>{path} a été écrit par une version plus récente de streamer-app ; mets d&apos;abord l&apos;application à jour. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database ({error}); nothing was changed</source>
        <translation>{path} n&apos;est pas une base de données streamer-app lisible ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>that file is the current database itself; choose a backup file</source>
        <translation>ce fichier est la base de données actuelle elle-même ; choisis un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full, so the current database could not be kept aside: free some space and try again; nothing was changed</source>
        <translation>le disque contenant {folder} est plein, la base actuelle n&apos;a donc pas pu être mise de côté : libère de l&apos;espace et réessaie ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): close any program that uses it and try again; nothing was changed</source>
        <translation>la base actuelle n&apos;a pas pu être mise de côté ({error}) : ferme tout programme qui l&apos;utilise et réessaie ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>check the folder</source>
        <translation>vérifie le dossier</translation>
    </message>
    <message>
        <source>the current database could not be kept aside ({error}): {advice}; nothing was changed</source>
        <translation>la base actuelle n&apos;a pas pu être mise de côté ({error}) : {advice} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>your previous database is in {path}</source>
        <translation>ta base précédente est dans {path}</translation>
    </message>
    <message>
        <source>there was no previous database</source>
        <translation>il n&apos;y avait pas de base précédente</translation>
    </message>
    <message>
        <source>the restored database did not pass its check; {previous}</source>
        <translation>la base restaurée n&apos;a pas passé sa vérification ; {previous}</translation>
    </message>
    <message>
        <source>the disk is full, so the backup could not be restored: free some space and try again; {previous}</source>
        <translation>le disque est plein, la sauvegarde n&apos;a donc pas pu être restaurée : libère de l&apos;espace et réessaie ; {previous}</translation>
    </message>
    <message>
        <source>the database is in use ({error}): close streamer-app and try again</source>
        <translation>la base de données est utilisée ({error}) : ferme streamer-app et réessaie</translation>
    </message>
    <message>
        <source>{path} has recent gifts in its -wal file that SQLite can only read from a writable folder: copy the whole folder {folder} somewhere writable and use --data-dir there (nothing was changed)</source>
        <translation>{path} a des cadeaux récents dans son fichier -wal que SQLite ne peut lire que depuis un dossier accessible en écriture : copie tout le dossier {folder} dans un endroit accessible en écriture et utilise --data-dir là-bas (rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>{path} is not a readable streamer-app database (it may be damaged). Restore a backup with &apos;streamer-app restore FILE&apos; or move the file away to start fresh.</source>
        <translation>{path} n&apos;est pas une base de données streamer-app lisible (elle est peut-être endommagée). Restaure une sauvegarde avec &apos;streamer-app restore FILE&apos; ou déplace le fichier pour repartir de zéro.</translation>
    </message>
    <message>
        <source>{path} is read-only: check the file&apos;s permissions and that its disk is not mounted read-only, or choose another --data-dir.</source>
        <translation>{path} est en lecture seule : vérifie les permissions du fichier et que son disque n&apos;est pas monté en lecture seule, ou choisis un autre --data-dir.</translation>
    </message>
    <message>
        <source>cannot open {path}: check that the folder exists and is writable, or choose another --data-dir.</source>
        <translation>impossible d&apos;ouvrir {path} : vérifie que le dossier existe et est accessible en écriture, ou choisis un autre --data-dir.</translation>
    </message>
    <message>
        <source>the disk holding {path} is full: free some space and try again (nothing committed was lost).</source>
        <translation>le disque contenant {path} est plein : libère de l&apos;espace et réessaie (rien de ce qui était enregistré n&apos;est perdu).</translation>
    </message>
    <message>
        <source>cannot write {path} (disk I/O error): the disk may be full, over a quota, removed or failing; free some space or check the drive (nothing committed was lost).</source>
        <translation>impossible d&apos;écrire {path} (erreur d&apos;entrée/sortie) : le disque est peut-être plein, au-delà d&apos;un quota, retiré ou défaillant ; libère de l&apos;espace ou vérifie le disque (rien de ce qui était enregistré n&apos;est perdu).</translation>
    </message>
    <message>
        <source>database problem with {path}: {error}</source>
        <translation>problème de base de données avec {path} : {error}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {error}</source>
        <translation>impossible de créer le dossier de données {folder} : {error}</translation>
    </message>
    <message>
        <source>{path} failed its integrity check ({problem}). Nothing was changed; restore a backup with &apos;streamer-app restore FILE&apos; or run &apos;streamer-app doctor&apos;.</source>
        <translation>{path} a échoué à sa vérification d&apos;intégrité ({problem}). Rien n&apos;a été modifié ; restaure une sauvegarde avec &apos;streamer-app restore FILE&apos; ou lance &apos;streamer-app doctor&apos;.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of streamer-app (schema steps {steps}). Update the app; the file was not changed.</source>
        <translation>{path} a été écrit par une version plus récente de streamer-app (étapes de schéma {steps}). Mets l&apos;application à jour ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>the backup {target} did not pass its check; the original is untouched</source>
        <translation>la sauvegarde {target} n&apos;a pas passé sa vérification ; l&apos;original est intact</translation>
    </message>
    <message>
        <source>the database could not be updated: {problem}</source>
        <translation>la base de données n&apos;a pas pu être mise à jour : {problem}</translation>
    </message>
    <message>
        <source>a restore is under way in {folder}: start streamer-app again once it has finished</source>
        <translation>une restauration est en cours dans {folder} : relance streamer-app une fois terminée</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({error}); nothing was changed</source>
        <translation>impossible d&apos;écrire dans {folder} ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>streamer-app is running on this data folder: use the timer panel in its window (or stop it first)</source>
        <translation>streamer-app tourne sur ce dossier de données : utilise le panneau du minuteur dans sa fenêtre (ou arrête-le d&apos;abord)</translation>
    </message>
    <message>
        <source>the timer could not be saved: {problem}</source>
        <translation>le minuteur n&apos;a pas pu être enregistré : {problem}</translation>
    </message>
</context>
<context>
    <name>TalliesPanel</name>
    <message>
        <source>Est. earnings</source>
        <translation>Revenus est.</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Diamonds</source>
        <translation>Diamants</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>Gifters</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <source>Gifts / min</source>
        <translation>Cadeaux / min</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Gifted subs</source>
        <translation>Abos offerts</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Soutiens</translation>
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
        <translation>Payé</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Gifted members</source>
        <translation>Abos de chaîne offerts</translation>
    </message>
    <message>
        <source>at {rate} diamonds/coin</source>
        <translation>à {rate} diamants/pièce</translation>
    </message>
    <message>
        <source>viewers spent ≈ {money}</source>
        <translation>dépensé par les spectateurs ≈ {money}</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>{count} streaks closed without end</source>
        <translation>{count} séries closes sans fin</translation>
    </message>
    <message>
        <source>{count} new follows</source>
        <translation>{count} nouveaux follows</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>TIME&apos;S UP</source>
        <translation>TEMPS ÉCOULÉ</translation>
    </message>
    <message>
        <source>SUBATHON TIMER</source>
        <translation>MINUTEUR SUBATHON</translation>
    </message>
    <message>
        <source>Start a stream (or the demo) to run the timer.</source>
        <translation>Lancez un stream (ou la démo) pour faire tourner le minuteur.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Take away {time}</source>
        <translation>Retirer {time}</translation>
    </message>
    <message>
        <source>Add {time}</source>
        <translation>Ajouter {time}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the starting time, stopped (asks first)</source>
        <translation>Retour au temps de départ, à l&apos;arrêt (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>{time} added</source>
        <translation>{time} ajoutées</translation>
    </message>
    <message>
        <source>{time} taken</source>
        <translation>{time} retirées</translation>
    </message>
    <message>
        <source>{count} coins</source>
        <translation>{count} pièces</translation>
    </message>
    <message>
        <source>{count} subs</source>
        <translation>{count} abonnements</translation>
    </message>
    <message>
        <source>{count} follows</source>
        <translation>{count} follows</translation>
    </message>
    <message>
        <source>from {income}</source>
        <translation>grâce à {income}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cap {time}</source>
        <translation>plafond {time}</translation>
    </message>
    <message>
        <source>1 coin = {seconds} s</source>
        <translation>1 pièce = {seconds} s</translation>
    </message>
    <message>
        <source>Reset the subathon timer?</source>
        <translation>Réinitialiser le minuteur de subathon ?</translation>
    </message>
    <message>
        <source>The timer goes back to its starting time and stops. Time added so far is forgotten (the gifts stay in the ledger).</source>
        <translation>Le minuteur revient à son temps de départ et s&apos;arrête. Le temps ajouté est oublié (les cadeaux restent dans le registre).</translation>
    </message>
</context>
<context>
    <name>TonightStrip</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>you won</source>
        <translation>gagné</translation>
    </message>
    <message>
        <source>a draw</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>you lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} de plus</translation>
    </message>
    <message>
        <source>{amounts} coins</source>
        <translation>{amounts} pièces</translation>
    </message>
    <message>
        <source>Gifts your viewers sent to your guests (multi-guest and co-host LIVEs).</source>
        <translation>Cadeaux envoyés par tes spectateurs à tes invités (LIVE multi-invités et en co-animation).</translation>
    </message>
    <message>
        <source>They are the guests&apos; income: not in your coins, diamonds, earnings or payout thresholds.</source>
        <translation>Ce sont les revenus des invités : ils ne comptent ni dans tes pièces, ni dans tes diamants, tes gains ou tes seuils de paiement.</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, 1 gift</source>
        <translation>{name} : {coins} pièces, 1 cadeau</translation>
    </message>
    <message>
        <source>{name}: {coins} coins, {gifts} gifts</source>
        <translation>{name} : {coins} pièces, {gifts} cadeaux</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>First gifts</source>
        <translation>Premiers cadeaux</translation>
    </message>
    <message>
        <source>LIVE Match</source>
        <translation>LIVE Match</translation>
    </message>
    <message>
        <source>To guests</source>
        <translation>Aux invités</translation>
    </message>
    <message>
        <source>The room&apos;s like total (TikTok&apos;s own count)</source>
        <translation>Total des likes du LIVE (compté par TikTok)</translation>
    </message>
    <message>
        <source>Viewers whose first gift to you came tonight</source>
        <translation>Spectateurs qui vous ont fait leur premier cadeau ce soir</translation>
    </message>
    <message>
        <source>LIVE Match points: a score, not coins or money</source>
        <translation>Points du LIVE Match : un score, ni pièces ni argent</translation>
    </message>
</context>
<context>
    <name>TopGifters</name>
    <message>
        <source>Gifter</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Subs</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>TwitchSignIn</name>
    <message>
        <source>streamer-app reads your channel&apos;s Bits, subs, followers and chat with your own Twitch app. Register one at {console} (Client Type: {public}, OAuth redirect {redirect}) and paste its Client ID here.</source>
        <translation>streamer-app lit les Bits, abonnements, followers et le chat de votre chaîne avec votre propre appli Twitch. Enregistrez-en une sur {console} (Client Type : {public}, OAuth redirect {redirect}) et collez ici son Client ID.</translation>
    </message>
    <message>
        <source>Sign in to Twitch — streamer-app</source>
        <translation>Se connecter à Twitch — streamer-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate</source>
        <translation>Ouvrir twitch.tv/activate</translation>
    </message>
    <message>
        <source>Paste the Client ID of your app from dev.twitch.tv/console (about 30 letters and digits).</source>
        <translation>Collez le Client ID de votre appli depuis dev.twitch.tv/console (environ 30 lettres et chiffres).</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Asking Twitch for a code…</source>
        <translation>Demande d’un code à Twitch…</translation>
    </message>
    <message>
        <source>Open twitch.tv/activate, check that it shows this code and choose Authorize. Waiting…</source>
        <translation>Ouvrez twitch.tv/activate, vérifiez qu’il affiche ce code et choisissez Authorize. En attente…</translation>
    </message>
    <message>
        <source>Twitch sign-in failed: {error}</source>
        <translation>Échec de la connexion à Twitch : {error}</translation>
    </message>
    <message>
        <source>Signed in to Twitch as {login}.</source>
        <translation>Connecté à Twitch en tant que {login}.</translation>
    </message>
</context>
</TS>
