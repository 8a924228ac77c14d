/* /overlay/goal: a progress bar toward a goal.
 * ?label=Road%20to%20Galaxy &target=5000 &unit=coins|diamonds|earnings &scope=session|balance
 * Without a target: the payout thresholds from the settings, on the balance since the last
 * withdrawal (what thresholds measure): the first one not reached yet, in the settings' order;
 * once every one is reached, the biggest. Each threshold comes in its own unit
 * (config.thresholds[].unit and .amount: money in the display currency) and in coins; the bar
 * shows the balance in that unit, its earlier sessions at their own rates (balance.base_*). */
"use strict";

(function () {
  var root = document.getElementById("root");
  var unit = /^(coins|diamonds|earnings)$/.test(SA.param("unit", "coins")) ? SA.param("unit", "coins") : "coins";
  var target = SA.num("target", 0, 0, 1e12);
  var label = SA.param("label", "");
  var scope = SA.param("scope", target ? "session" : "balance");
  var state = null, cfg = {}, reached = false, shownGoal = null;

  var card = SA.el("section", "goal card");
  var head = SA.el("div", "goal-head");
  var title = SA.el("div", "goal-title", label || qsTranslate("Overlay", "Goal"));
  var figures = SA.el("div", "goal-figures");
  var now = SA.el("span", "goal-now", SA.count(0));
  var of = SA.el("span", "goal-of", "");
  figures.appendChild(now); figures.appendChild(of);
  head.appendChild(title); head.appendChild(figures);
  var bar = SA.el("div", "goal-bar"), fill = SA.el("div", "goal-fill"), pct = SA.el("div", "goal-pct", SA.percent(0));
  var pctOn = SA.el("div", "goal-pct goal-pct-on", SA.percent(0)); // the same text in white, over the fill
  pctOn.setAttribute("aria-hidden", "true");
  fill.appendChild(SA.el("div", "goal-shine"));
  bar.appendChild(fill); bar.appendChild(pct); bar.appendChild(pctOn);
  card.appendChild(head); card.appendChild(bar);
  root.appendChild(card);

  function rate(name, fallback) {
    var r = state && state.rates && parseFloat(state.rates[name]);
    return isFinite(r) ? r : fallback;
  }
  function coinsNow() {
    if (!state) return 0;
    if (scope === "balance" && state.balance && state.balance.coins !== undefined) return Number(state.balance.coins) || 0;
    return Number(state.totals && state.totals.coins) || 0;
  }
  function valueIn(u) {
    var c = coinsNow();
    if (u === "coins") return c;
    // The balance's earlier sessions come valued at their own rates (balance.base_*); the
    // coins of this session at today's.
    var b = scope === "balance" && state && state.balance ? state.balance : null;
    var base = b ? Number(b.base_coins) || 0 : 0;
    var d = (c - base) * rate("diamonds_per_coin", 0.5) + (b ? parseFloat(b.base_diamonds) || 0 : 0);
    if (u === "diamonds") return d;
    var usd = (c - base) * rate("diamonds_per_coin", 0.5) * rate("usd_per_diamond", 0.01)
      + (b ? parseFloat(b.base_usd) || 0 : 0);
    return usd * rate("usd_to_currency", 1);
  }
  function fmt(v) {
    if (unit === "earnings") return SA.money(v, (state && state.totals && state.totals.currency) || "USD");
    return SA.fmt(unit === "coins" ? qsTranslate("Overlay", "{count} coins") : qsTranslate("Overlay", "{count} diamonds"),
      { count: SA.count(v) });
  }
  // The default thresholds' names (core/economics.DEFAULT_THRESHOLDS) in the page's language;
  // a name the creator typed is shown as typed.
  var DEFAULT_NAMES = {
    "First cash-out": qsTranslate("Overlay", "First cash-out"),
    "Withdrawal minimum": qsTranslate("Overlay", "Withdrawal minimum"),
    "My goal": qsTranslate("Overlay", "My goal"),
  };
  function nameOf(t) { return Object.prototype.hasOwnProperty.call(DEFAULT_NAMES, t.name) ? DEFAULT_NAMES[t.name] : t.name; }
  // A threshold in its own unit when the app sent it (money as earnings), else in coins.
  var UNITS = { coins: "coins", diamonds: "diamonds", money: "earnings" };
  function unitOf(t) { return UNITS[t.unit] && isFinite(Number(t.amount)) ? UNITS[t.unit] : "coins"; }
  function amountOf(t) { return UNITS[t.unit] && isFinite(Number(t.amount)) ? Number(t.amount) : Number(t.coins); }
  function threshold() {
    var list = (cfg.thresholds || []).filter(function (t) { return t && isFinite(Number(t.coins)); });
    if (!list.length) return null;
    var last = null;
    for (var i = 0; i < list.length; i++) {
      if (valueIn(unitOf(list[i])) < amountOf(list[i])) return list[i]; // the next one not reached yet
      if (!last || Number(list[i].coins) >= Number(last.coins)) last = list[i];
    }
    return last; // all reached: the biggest, reached last
  }
  function goal() {
    if (target) return target;
    var t = threshold();
    if (!t) return 1000;
    if (!label) title.textContent = nameOf(t);
    unit = unitOf(t);
    return amountOf(t);
  }
  var partsRow = null; // several sources at once: each platform's share under the bar (?platforms=0: none)
  function drawParts() {
    var row = SA.flag("platforms", true) ? SA.platformBreakdown(state && state.platforms, "goal-parts") : null;
    if (partsRow) partsRow.remove();
    partsRow = row;
    if (row) card.appendChild(row);
  }
  function draw() {
    drawParts();
    var g = goal(), v = valueIn(unit), f = g > 0 ? Math.min(1, v / g) : 0;
    var key = target ? "target" : title.textContent + "|" + unit + "|" + g;
    if (key !== shownGoal) now.dataset.value = String(v); // another goal: no count from the last one's figure
    SA.tween(now, v, function (x) { return unit === "earnings" ? SA.money(x, (state.totals || {}).currency) : SA.count(x); });
    of.textContent = " / " + fmt(g);
    bar.style.setProperty("--fill", (f * 100).toFixed(2) + "%");
    pct.textContent = pctOn.textContent = SA.percent(Math.floor(f * 100));
    card.dataset.value = String(v);
    card.dataset.goal = String(g);
    card.dataset.unit = unit;
    card.dataset.coins = String(coinsNow());
    var done = v >= g && g > 0;
    // Celebrate a goal reached live, or a threshold passed (the bar moves on to the next one).
    var passed = shownGoal !== null && key !== shownGoal && reached; // not when a withdrawal moves it back
    if ((done && !reached && shownGoal !== null) || passed) celebrate();
    reached = done;
    shownGoal = key;
    card.classList.toggle("reached", done);
  }
  function celebrate() {
    card.classList.remove("celebrate");
    void card.offsetWidth; // restart the animation
    card.classList.add("celebrate");
  }
  card.addEventListener("animationend", function (e) {
    if (e.target === card) card.classList.remove("celebrate");
  });
  SA.connect({
    snapshot: function (data, msg) { state = data; cfg = msg.config || {}; draw(); },
    update: function (u) {
      if (!state) return;
      if (u.type === "reset") { state = u.snapshot; draw(); }
      else if (u.type === "totals") { state.totals = u.totals; state.balance = u.balance; state.platforms = u.platforms; draw(); }
    },
  });
})();
