/* /overlay/media: what actions.json's rules show and play (docs/ACTIONS.md).
 * Images, GIFs and videos ("overlay_media") appear one at a time, centred, for their seconds
 * (a video until it ends, at most its seconds); sounds ("sound") play at once, each exactly
 * once (a rule fires once per counted gift, never per tap). Files come only from the data
 * folder's media/ through this server, with the page's token.
 * ?tts=1 also speaks the actions' texts with the browser's voice (OBS then carries it);
 * ?volume=0..100 scales every sound; ?pos=center|top|bottom places the pictures. */
"use strict";

(function () {
  var root = document.getElementById("root");
  var speak = SA.flag("tts", false);
  var master = SA.num("volume", 100, 0, 100) / 100;
  var pos = /^(center|top|bottom)$/.test(SA.param("pos", "center")) ? SA.param("pos", "center") : "center";
  root.classList.add("pos-" + pos);
  var queue = [], showing = null;
  // What happened, for tests and for anyone looking at the page in a browser's console.
  var seen = window.SAMedia = { shown: [], played: [], spoken: [], failed: [] };

  function fileUrl(name) {
    return "media/" + String(name).split("/").map(encodeURIComponent).join("/") +
      "?token=" + encodeURIComponent(SA.opts.token);
  }
  function volumeOf(u) {
    var v = Number(u.volume);
    return Math.max(0, Math.min(1, (isFinite(v) ? v : 1) * master));
  }
  function playSound(u) {
    if (!SA.opts.sound) return;
    var a = new Audio(fileUrl(u.file));
    a.volume = volumeOf(u);
    seen.played.push(u.file);
    var p = a.play();
    if (p && p.catch) p.catch(function () { seen.failed.push(u.file); });
  }
  function say(u) {
    if (!speak || !window.speechSynthesis || !u.text) return;
    var s = new SpeechSynthesisUtterance(u.text);
    if (u.voice) {
      var v = speechSynthesis.getVoices().filter(function (x) { return x.name === u.voice; })[0];
      if (v) s.voice = v;
    }
    s.volume = master;
    seen.spoken.push(u.text);
    speechSynthesis.speak(s);
  }
  function showNext() {
    if (showing || !queue.length) return;
    var u = queue.shift();
    var box = SA.el("figure", "media-item entering");
    box.setAttribute("data-testid", "media");
    box.dataset.kind = u.kind;
    box.dataset.file = u.file;
    var node, seconds = Math.max(0.5, Math.min(600, Number(u.seconds) || 5));
    if (u.kind === "video") {
      node = SA.el("video", "media-visual");
      node.autoplay = true;
      node.playsInline = true;
      node.volume = volumeOf(u);
      node.muted = !SA.opts.sound || node.volume === 0;
      node.onended = function () { done(); };
      node.src = fileUrl(u.file);
      var p = node.play && node.play();
      if (p && p.catch) p.catch(function () { node.muted = true; node.play().catch(function () {}); });
    } else {
      node = SA.el("img", "media-visual");
      node.alt = "";
      node.src = fileUrl(u.file);
    }
    node.onerror = function () { seen.failed.push(u.file); done(); };
    box.appendChild(node);
    root.appendChild(box);
    showing = box;
    seen.shown.push(u.file);
    var timer = setTimeout(done, seconds * 1000);
    function done() {
      if (showing !== box) return;
      clearTimeout(timer);
      showing = null;
      box.classList.add("leaving");
      setTimeout(function () { box.remove(); showNext(); }, 450);
    }
  }
  function onMedia(u) {
    if (u.kind === "sound") playSound(u);
    else if (u.kind === "tts") say(u);
    else if (u.kind === "image" || u.kind === "video") {
      if (queue.length >= 20) queue.shift(); // a flood: keep the newest, never a backlog of minutes
      queue.push(u);
      showNext();
    }
  }
  SA.connect({
    update: function (u) { if (u.type === "media") onMedia(u); },
  });
})();
