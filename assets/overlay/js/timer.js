/* /overlay/timer: the subathon timer, counting down live; gifts, subs and follows add time.
 * ?title=Subathon ?rules=0 (hide the "1 coin = 1 s" line)
 * The engine sends the time left as of its own clock (timer.wall_time); the page counts down
 * from there with its own clock, so a page that loads late or reconnects shows the same second.
 * Added time pops up as "+1:23" and the digits flash. Paused, idle and ended read as such. */
"use strict";

(function () {
  var root = document.getElementById("root");
  var card = SA.el("section", "timer card");
  card.setAttribute("data-testid", "timer");
  var head = SA.el("div", "timer-head");
  var title = SA.el("div", "timer-title", SA.param("title", qsTranslate("Overlay", "Subathon")));
  var chip = SA.el("div", "timer-chip", "");
  var pops = SA.el("div", "timer-pops");
  head.appendChild(title); head.appendChild(pops); head.appendChild(chip);
  var digits = SA.el("div", "timer-digits", SA.countdown(0));
  digits.setAttribute("data-testid", "timer-digits");
  var rules = SA.el("div", "timer-rules", "");
  card.appendChild(head); card.appendChild(digits); card.appendChild(rules);
  root.appendChild(card);
  var showRules = SA.flag("rules", true);
  var t = null, offset = 0; // offset: engine clock minus ours, in seconds

  var CHIPS = { idle: qsTranslate("Overlay", "starts soon"), paused: qsTranslate("Overlay", "paused"), ended: qsTranslate("Overlay", "time's up!"), running: qsTranslate("Overlay", "live") };
  function left() {
    if (!t) return 0;
    if (t.status !== "running" || t.ends_at === null || t.ends_at === undefined) return Number(t.remaining_s) || 0;
    return Math.max(0, Number(t.ends_at) - (Date.now() / 1000 + offset));
  }
  function seconds(s) { return s >= 60 ? SA.countdown(s) : SA.fmt(qsTranslate("Overlay", "{count} s"), { count: SA.count(Math.round(s)) }); }
  function ruleLine() {
    if (!t || !showRules) return "";
    var parts = [];
    if (t.seconds_per_coin > 0) parts.push(SA.fmt(qsTranslate("Overlay", "1 coin = {time}"), { time: seconds(t.seconds_per_coin) }));
    if (t.seconds_per_sub > 0) parts.push(SA.fmt(qsTranslate("Overlay", "sub = {time}"), { time: seconds(t.seconds_per_sub) }));
    if (t.seconds_per_follow > 0) parts.push(SA.fmt(qsTranslate("Overlay", "follow = {time}"), { time: seconds(t.seconds_per_follow) }));
    return parts.join("  \u00b7  ");
  }
  function draw() {
    if (!t) { // no engine yet: nothing to count down (not a misleading 0:00)
      digits.textContent = "\u2013:\u2013\u2013";
      chip.textContent = "";
      card.dataset.status = "none";
      return;
    }
    var s = left(), status = t.status;
    if (status === "running" && s <= 0) status = "ended"; // the engine's own end follows within a second
    var text = SA.countdown(s);
    if (digits.textContent !== text) digits.textContent = text;
    digits.classList.toggle("long", text.length > 7);
    card.dataset.status = status;
    card.dataset.remaining = String(Math.ceil(s));
    chip.textContent = CHIPS[status] || "";
    card.classList.toggle("low", status === "running" && s < 60);
    var r = ruleLine();
    if (rules.textContent !== r) rules.textContent = r;
  }
  // A burst of gifts is one pop that grows ("+0:12", "+0:40", ...), not a pile of them.
  var current = null, total = 0, lastAt = 0;
  function pop(change) {
    if (!change) return;
    var at = Date.now();
    if (current && at - lastAt < 1500 && (change > 0) === (total > 0)) {
      total += change;
      current.remove();
    } else {
      total = change;
    }
    lastAt = at;
    var p = SA.el("div", "timer-pop" + (total < 0 ? " minus" : ""),
      (total < 0 ? "\u2212" : "+") + SA.countdown(Math.abs(total)));
    pops.appendChild(p);
    current = p;
    setTimeout(function () { p.remove(); if (current === p) current = null; }, 2600);
    card.classList.remove("flash");
    void card.offsetWidth; // restart the animation
    card.classList.add("flash");
  }
  card.addEventListener("animationend", function (e) { if (e.target === card) card.classList.remove("flash"); });
  function take(timer) {
    t = timer || null;
    if (t && isFinite(Number(t.wall_time))) offset = Number(t.wall_time) - Date.now() / 1000;
    draw();
  }
  setInterval(draw, 200);
  SA.connect({
    snapshot: function (data) { take(data.timer); },
    update: function (u) {
      if (u.type === "reset") take(u.snapshot.timer);
      else if (u.type === "timer") { take(u); if (Math.abs(u.change_s) >= 0.5) pop(u.change_s); }
      else if (u.type === "timer_end") card.classList.add("flash");
    },
  });
})();
