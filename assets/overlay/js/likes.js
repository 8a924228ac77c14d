/* /overlay/likes: the room's like total and a like goal.
 * ?goal=5000 &step=5000 (else the settings' likes.goal and likes.step) ?title=Like%20goal
 * The total is TikTok's room total (LikeEvent.room_total; per-viewer counts are unreliable).
 * When a goal is reached the bar celebrates and moves on to the next step. */
"use strict";

(function () {
  var root = document.getElementById("root");
  var card = SA.el("section", "likes card");
  card.setAttribute("data-testid", "likes");
  var icon = SA.el("div", "likes-icon", "\u2764");
  var body = SA.el("div", "likes-body");
  var head = SA.el("div", "goal-head");
  var title = SA.el("div", "goal-title", SA.param("title", qsTranslate("Overlay", "Like goal")));
  var figures = SA.el("div", "goal-figures");
  var now = SA.el("span", "goal-now", SA.count(0));
  var of = SA.el("span", "goal-of", "");
  figures.appendChild(now); figures.appendChild(of);
  head.appendChild(title); head.appendChild(figures);
  var bar = SA.el("div", "goal-bar"), fill = SA.el("div", "goal-fill likes-fill"), pct = SA.el("div", "goal-pct", SA.percent(0));
  var pctOn = SA.el("div", "goal-pct goal-pct-on", SA.percent(0));
  pctOn.setAttribute("aria-hidden", "true");
  fill.appendChild(SA.el("div", "goal-shine"));
  bar.appendChild(fill); bar.appendChild(pct); bar.appendChild(pctOn);
  body.appendChild(head); body.appendChild(bar);
  card.appendChild(icon); card.appendChild(body);
  root.appendChild(card);
  var likes = 0, cfg = { goal: 1000, step: 1000 }, shownGoal = null;

  function goalFor(total) {
    var first = SA.num("goal", Number(cfg.goal) || 1000, 1, 1e12);
    var step = SA.num("step", Number(cfg.step) || first, 1, 1e12);
    if (total < first) return first;
    return first + (Math.floor((total - first) / step) + 1) * step; // the next step not reached yet
  }
  function draw() {
    var g = goalFor(likes), f = Math.min(1, likes / g);
    SA.tween(now, likes, SA.count);
    of.textContent = " / " + SA.count(g);
    bar.style.setProperty("--fill", (f * 100).toFixed(2) + "%");
    pct.textContent = pctOn.textContent = SA.percent(Math.floor(f * 100));
    card.dataset.likes = String(likes);
    card.dataset.goal = String(g);
    if (shownGoal !== null && g > shownGoal) celebrate();
    shownGoal = g;
  }
  function celebrate() {
    card.classList.remove("celebrate");
    void card.offsetWidth;
    card.classList.add("celebrate");
  }
  card.addEventListener("animationend", function (e) { if (e.target === card) card.classList.remove("celebrate"); });
  function total(n) {
    n = Number(n) || 0;
    if (n > likes || shownGoal === null) { likes = Math.max(likes, n); draw(); }
  }
  SA.connect({
    snapshot: function (data, msg) {
      cfg = (msg.config && msg.config.likes) || cfg;
      likes = 0; shownGoal = null;
      total(data.totals && data.totals.likes);
    },
    update: function (u) {
      if (u.type === "reset") { likes = 0; shownGoal = null; total(u.snapshot.totals && u.snapshot.totals.likes); }
      else if (u.type === "like") total(u.room_total);
      else if (u.type === "totals") total(u.totals && u.totals.likes);
    },
  });
})();
