/* /overlay/battle: a LIVE Match as it runs: both sides' names and battle points (a score,
 * never money), the creator's side first (the sources put it there). Hidden without a match;
 * a finished match shows its final score for ?linger=30 seconds, then hides; so does a match
 * whose end never came once the stream is over. */
"use strict";

(function () {
  var root = document.getElementById("root");
  var linger = SA.num("linger", 30, 0, 3600) * 1000;
  var card = SA.el("section", "battle card");
  card.setAttribute("data-testid", "battle");
  var sides = [side("host"), side("rival")];
  var vs = SA.el("div", "battle-vs", qsTranslate("Overlay", "VS"));
  card.appendChild(sides[0].box); card.appendChild(vs); card.appendChild(sides[1].box);
  var track = SA.el("div", "battle-track");
  var split = SA.el("div", "battle-split");
  track.appendChild(split);
  card.appendChild(track);
  var status = SA.el("div", "battle-status", qsTranslate("Overlay", "LIVE Match"));
  card.appendChild(status);
  root.appendChild(card);
  var hideTimer = null;

  function side(cls) {
    var box = SA.el("div", "battle-side battle-" + cls);
    var name = SA.el("div", "battle-name", "");
    var pts = SA.el("div", "battle-points", SA.count(0));
    box.appendChild(name); box.appendChild(pts);
    return { box: box, name: name, pts: pts };
  }
  function points(p) { return p > 999999 ? SA.compact(p) : SA.count(p); }
  function draw(b) {
    var scores = (b && b.scores) || [];
    if (hideTimer) { clearTimeout(hideTimer); hideTimer = null; }
    if (!scores.length) { card.classList.remove("shown"); card.dataset.state = "none"; return; }
    var host = scores[0], rival = null;
    for (var i = 1; i < scores.length; i++) if (!rival || scores[i].points > rival.points) rival = scores[i];
    var hp = Number(host.points) || 0, rp = rival ? Number(rival.points) || 0 : 0;
    sides[0].name.textContent = SA.userName(host.user);
    sides[1].name.textContent = rival ? SA.userName(rival.user) : "\u2026";
    SA.tween(sides[0].pts, hp, points, 600);
    SA.tween(sides[1].pts, rp, points, 600);
    var share = hp + rp > 0 ? hp / (hp + rp) : 0.5;
    card.style.setProperty("--share", (share * 100).toFixed(1) + "%");
    card.classList.toggle("ahead", hp > rp);
    card.classList.toggle("behind", hp < rp);
    card.classList.toggle("ended", !!b.ended);
    status.textContent = b.ended ? (hp > rp ? qsTranslate("Overlay", "Victory!") : hp < rp ? qsTranslate("Overlay", "Final score") : qsTranslate("Overlay", "Draw")) : qsTranslate("Overlay", "LIVE Match");
    card.dataset.state = b.ended ? "ended" : "live";
    card.dataset.host = String(hp);
    card.dataset.rival = String(rp);
    card.classList.add("shown");
    if (b.ended) hideTimer = setTimeout(function () { card.classList.remove("shown"); card.dataset.state = "none"; }, linger);
  }
  var OVER = { ended: 1, failed: 1, idle: 1 }; // connection states in which no match goes on
  function over(state) { return !!(state && OVER[state.state]); }
  SA.connect({
    snapshot: function (data) { draw(over(data.state) ? null : data.battle); },
    update: function (u) {
      if (u.type === "reset") draw(over(u.snapshot.state) ? null : u.snapshot.battle);
      else if (u.type === "battle") draw(u);
      else if ((u.type === "totals" && over(u.state)) || u.type === "end") draw(null);
    },
  });
})();
