/* /overlay/alerts: animated gift alerts with sound.
 * The queue follows the same rules as the desktop alert window (streamer_app/core/alert_queue.py):
 * tiers by coin value, a streak is one alert whose counter grows live and settles, repeats of a
 * waiting gift merge, a minimum-coins filter, and a cap that folds the smallest waiting alerts
 * into one summary card ("+37 more gifts, 1,204 coins"). Top-tier gifts are never folded.
 * A gift to a guest of a multi-guest LIVE is the guest's income, not the creator's: as in the
 * desktop alert window (ui/alerts.py) it waits in a queue of its own (three cards, more fold into
 * "+N more gifts to guests"), shown only when none of the creator's alerts waits, on a small muted
 * card ("to Guest Mia", no coins, no sound or confetti) that gives way to the creator's next alert
 * after the minimum hold; so it never delays the creator's cards or adds to their summary's coins.
 * A viewer's first gift to the creator says so ("first gift!").
 * Options: ?min=<coins> ?max=<waiting alerts> ?pos=top|center|bottom ?sound=0 ?volume=0..100
 * ?safe=1 (no gift images) ?theme=glass|light|neon|minimal ?scale=<x> */
"use strict";

(function () {
  var rules = { tier_coins: [0, 100, 1000, 10000], hold_s: [2.5, 4.0, 6.0, 9.0], min_hold_s: 1.2,
    min_coins: 1, max_queue: 8, volume: 70 };
  var minOverride = SA.param("min", SA.param("min_coins", null));
  var maxOverride = SA.param("max", null);
  var pos = /^(top|center|bottom)$/.test(SA.param("pos", "top")) ? SA.param("pos", "top") : "top";
  var stage = document.getElementById("stage");
  stage.classList.add("pos-" + pos);

  var TIER_NAMES = [QT_TRANSLATE_NOOP("Overlay", "Gift"), QT_TRANSLATE_NOOP("Overlay", "Nice gift!"), QT_TRANSLATE_NOOP("Overlay", "Big gift!"), QT_TRANSLATE_NOOP("Overlay", "Legendary gift!")];
  var LEAVE_MS = 300; // alerts.css .alert.leaving: the card is gone before the next one enters
  var GUEST_MAX_QUEUE = 3; // guests' cards waiting; more fold into "+N more gifts to guests" (ui/alerts.py)
  // Two queues, as in the desktop alert window: the creator's, and the guests' (shown only when none
  // of the creator's waits, so they never delay, or fold into and inflate, the creator's cards).
  var mine = { waiting: [], summary: null, max: function () { return maxQueue(); } };
  var guests = { waiting: [], summary: null, max: function () { return GUEST_MAX_QUEUE; } };
  var current = null, streaks = {}, belowMin = {}, seqNo = 0;
  var holdTimer = null, currentView = null, lastChange = 0, switching = false, shownAt = 0, yielding = false;

  function minCoins() { return minOverride !== null ? Math.max(0, parseInt(minOverride, 10) || 0) : rules.min_coins; }
  function maxQueue() { return maxOverride !== null ? Math.max(1, parseInt(maxOverride, 10) || 8) : rules.max_queue; }
  function tierOf(coins) {
    var t = 0;
    for (var i = 0; i < rules.tier_coins.length; i++) if (coins >= rules.tier_coins[i]) t = i;
    return t;
  }
  function coinsOf(a) { return a.kind === "gift" ? a.units * a.coinsEach : a.coins; }
  function isGuest(a) { return !!a && (a.kind === "summary" ? a.guest : !!a.to); }
  // A guest's gift is never a celebration of the creator's: the smallest tier whatever it is worth.
  function tier(a) { return a.kind === "gift" && !a.to ? tierOf(coinsOf(a)) : 0; }
  function queueOf(a) { return isGuest(a) ? guests : mine; }
  // The sender as the queue sees them: one viewer's Roses to the creator and to Mia are two cards.
  function senderKey(u) { return u.user.id + (u.to ? ">" + u.to.id : ""); }

  function newAlert(key, u, units) {
    return { kind: "gift", seq: ++seqNo, key: key, userId: String(u.user.id || ""), name: SA.userName(u.user),
      gift: u.gift, giftId: u.gift.id, giftName: u.gift.name || qsTranslate("Overlay", "Gift"), coinsEach: Number(u.gift.coins) || 0,
      units: units, live: false, test: !!u.test, to: SA.guestName(u), first: !!u.first_gift && !u.to,
      crown: !!u.top_gifter && !u.to, platform: u.platform || "" };
  }

  /* Twitch and YouTube income (a `paid` update: Bits, subs, Super Chats, memberships) is a card
   * of the creator's with its platform's mark, what was sent ("500 Bits") and the creator's share
   * in the display currency. Its tier follows that share as coins would (a coin earns about
   * 0.005 of the currency at the default rates), so a big Super Chat is celebrated like a Galaxy. */
  var MONEY_PER_COIN = 0.005;
  function onPaid(u) {
    var value = parseFloat(u.earnings) || 0;
    enqueue({ kind: "gift", seq: ++seqNo, key: "paid|" + seqNo, userId: String(u.user.id || ""),
      name: SA.userName(u.user), gift: null, giftId: "paid", giftName: (u.kind ? SA.paidWords(u) : u.label) || qsTranslate("Overlay", "Support"),
      coinsEach: Math.round(value / MONEY_PER_COIN), units: 1, live: false, test: false, to: null, first: false,
      platform: u.platform || "", paid: true,
      money: u.earnings ? SA.money(value, u.earnings_currency) : (u.amount ? u.amount + " " + u.currency : "") });
  }

  // -- the queues (same rules as core/alert_queue.py and ui/alerts.py) ----------------------
  function onStreak(u) {
    var key = senderKey(u) + "|" + u.gift.id + "|" + (u.group_id || 0);
    var count = Number(u.count) || 0, a = streaks[key];
    if (a) {
      if (count > a.units) { a.units = count; changed(a, true); }
      a.live = !u.ended;
      return;
    }
    if (count * (Number(u.gift.coins) || 0) < minCoins()) { belowMin[key] = count; return; }
    delete belowMin[key];
    a = newAlert(key, u, count);
    a.live = !u.ended;
    streaks[key] = a;
    enqueue(a);
  }
  function onGift(u) {
    var units = Number(u.units) || 0, prefix = senderKey(u) + "|" + u.gift.id + "|";
    // The streak it settles: the viewer's streak of this gift with its group (two can run at once).
    var exact = u.group_id !== undefined ? prefix + (u.group_id || 0) : null;
    if (u.streak) {
      for (var k in streaks) {
        if (exact ? k === exact : k.indexOf(prefix) === 0) {
          var s = streaks[k];
          s.live = false;
          if (s.units < units) s.units = units;
          if (u.first_gift && !s.to) s.first = true; // known only once the streak is counted
          if (u.top_gifter && !s.to) s.crown = true;
          delete streaks[k];
          changed(s, false);
          return;
        }
      }
      for (var b in belowMin) if (b.indexOf(prefix) === 0) delete belowMin[b];
    }
    if (!u.test && units * (Number(u.gift.coins) || 0) < minCoins()) return;
    var key = prefix + "msg", q = u.to ? guests : mine;
    for (var i = 0; i < q.waiting.length; i++) {
      if (q.waiting[i].key === key) { // same viewer, same gift, same recipient: one card
        q.waiting[i].units += units;
        if (u.first_gift && !u.to) q.waiting[i].first = true;
        if (u.top_gifter && !u.to) q.waiting[i].crown = true;
        return;
      }
    }
    enqueue(newAlert(key, u, units));
  }
  function enqueue(a) {
    var q = queueOf(a);
    q.waiting.push(a);
    while (q.waiting.length > q.max()) {
      var victim = null;
      for (var i = 0; i < q.waiting.length; i++) {
        var w = q.waiting[i];
        if (w.kind === "custom" || tier(w) >= rules.tier_coins.length - 1) continue; // actions' alerts never fold
        if (!victim || coinsOf(w) < coinsOf(victim) || (coinsOf(w) === coinsOf(victim) && w.seq < victim.seq)) victim = w;
      }
      if (!victim) break;
      q.waiting.splice(q.waiting.indexOf(victim), 1);
      fold(q, victim);
    }
    if (!isGuest(a)) giveWay();
    if (!current && !switching) showNext();
  }
  function fold(q, a) {
    if (!q.summary) q.summary = { kind: "summary", guest: q === guests, seq: ++seqNo, units: 0, coins: 0, senders: {}, folded: 0 };
    q.summary.units += a.units;
    q.summary.coins += coinsOf(a);
    q.summary.senders[a.userId] = 1;
    q.summary.folded += 1;
    for (var k in streaks) if (streaks[k] === a) delete streaks[k];
  }
  function nextAlert() {
    var order = [mine, guests];
    for (var i = 0; i < order.length; i++) {
      var q = order[i];
      if (q.waiting.length) return q.waiting.shift();
      if (q.summary) { var s = q.summary; q.summary = null; return s; }
    }
    return null;
  }
  function holdSeconds(a) {
    if (a.kind === "custom") return a.seconds; // the rule's own time (actions.json)
    var q = queueOf(a), base = a.kind === "gift" ? rules.hold_s[tier(a)] : rules.hold_s[isGuest(a) ? 0 : 1];
    var backlog = q.waiting.length + (q.summary ? 1 : 0);
    if (tier(a) >= 2) return base; // big gifts always get their moment
    return Math.max(rules.min_hold_s, base / (1 + backlog / 2));
  }
  /* A guest's card on screen gives way to the creator's as soon as it was up for the minimum hold. */
  function giveWay() {
    if (!isGuest(current) || !currentView || yielding) return;
    yielding = true;
    var left = rules.min_hold_s - (performance.now() - shownAt) / 1000, a = current;
    clearTimeout(holdTimer);
    holdTimer = setTimeout(function () { if (a === current) finish(); }, Math.max(0, left) * 1000);
  }

  // -- the view ----------------------------------------------------------------------------
  function changed(a, growing) {
    if (a !== current || !currentView) return;
    lastChange = performance.now();
    renderCount(currentView, a);
    markFirst(currentView, a);
    markCrown(currentView, a);
    var t = tier(a);
    if (!currentView.classList.contains("tier-" + t)) {
      currentView.className = currentView.className.replace(/tier-\d/, "tier-" + t);
      currentView.querySelector(".alert-kicker").textContent = TIER_NAMES[t];
      if (t >= 2) { SASound.play(t); confetti(currentView, t); }
    }
    var c = currentView.querySelector(".alert-count");
    c.classList.remove("bump", "settle");
    void c.offsetWidth; // restart the animation
    c.classList.add(growing ? "bump" : "settle");
    if (growing && !isGuest(a)) SASound.tick();
    currentView.classList.toggle("live", a.live);
    if (!a.live && !yielding) scheduleEnd(Math.min(holdSeconds(a), 2.2));
  }
  function renderCount(view, a) {
    view.dataset.units = String(a.units);
    if (a.paid) { // what was sent is the line itself; the side shows the creator's share, not coins
      view.querySelector(".alert-count").textContent = "";
      var share = view.querySelector(".alert-coins-n");
      if (share) share.textContent = a.money;
      return;
    }
    view.querySelector(".alert-count").textContent = "\u00d7" + SA.count(a.units);
    var coins = view.querySelector(".alert-coins-n");
    if (coins) coins.textContent = SA.count(coinsOf(a)); // a guest's card has none: not the creator's coins
  }
  function markFirst(view, a) {
    if (!a.first || view.dataset.first) return;
    view.dataset.first = "1";
    view.querySelector(".alert-top").appendChild(SA.el("span", "alert-first", qsTranslate("Overlay", "first gift!")));
  }
  /* The top gifter of the stream wears a crown on their name (the leaderboard's, too). */
  function markCrown(view, a) {
    if (!a.crown || view.dataset.crown) return;
    view.dataset.crown = "1";
    var name = view.querySelector(".alert-name");
    if (name) name.insertBefore(SA.el("span", "crown", ""), name.firstChild);
  }
  function buildSummary(a, card) {
    card.className = "alert card summary" + (a.guest ? " to-guest" : "");
    var n = Object.keys(a.senders).length;
    card.appendChild(SA.el("div", "summary-plus", "+" + SA.count(a.units)));
    var body = SA.el("div", "alert-body");
    body.appendChild(SA.el("div", "alert-kicker", a.guest ? qsTranslate("Overlay", "Gifts to guests") : qsTranslate("Overlay", "And the gifts keep coming")));
    // Guests' gifts are theirs: their card says how many, never coins that would read as the creator's.
    // Whole sentences, one of each for 1 and for more (placeholders: {count}, {coins}).
    var one = a.units === 1, oneCoin = a.coins === 1, name;
    if (a.guest) name = one ? qsTranslate("Overlay", "+1 more gift to guests") : qsTranslate("Overlay", "+{count} more gifts to guests");
    else if (one) name = oneCoin ? qsTranslate("Overlay", "+1 more gift, 1 coin") : qsTranslate("Overlay", "+1 more gift, {coins} coins");
    else name = oneCoin ? qsTranslate("Overlay", "+{count} more gifts, 1 coin") : qsTranslate("Overlay", "+{count} more gifts, {coins} coins");
    var from = a.guest ? (n === 1 ? qsTranslate("Overlay", "from 1 viewer") : qsTranslate("Overlay", "from {count} viewers"))
      : (n === 1 ? qsTranslate("Overlay", "from 1 viewer \u2014 thank you all!") : qsTranslate("Overlay", "from {count} viewers \u2014 thank you all!"));
    body.appendChild(SA.el("div", "alert-name", SA.fmt(name, { count: SA.count(a.units), coins: SA.count(a.coins) })));
    body.appendChild(SA.el("div", "alert-line muted-line", SA.fmt(from, { count: SA.count(n) })));
    card.appendChild(body);
    card.dataset.units = String(a.units);
    if (a.guest) card.dataset.to = "guests";
    return card;
  }
  /* An actions.json "alert": the rule's text on a card of its own (never folded, its own hold time). */
  function onCustom(u) {
    if (!u.text) return;
    enqueue({ kind: "custom", seq: ++seqNo, key: "custom" + seqNo, userId: "", units: 0, coins: 0, live: false,
      text: String(u.text), rule: String(u.rule || ""), seconds: Math.max(0.5, Math.min(60, Number(u.seconds) || 5)) });
  }
  function buildCustom(a, card) {
    card.className = "alert card tier-1 custom";
    card.dataset.rule = a.rule;
    var body = SA.el("div", "alert-body");
    body.appendChild(SA.el("div", "alert-kicker", a.rule || qsTranslate("Overlay", "Alert")));
    body.appendChild(SA.el("div", "alert-name alert-text", a.text));
    card.appendChild(body);
    return card;
  }
  function build(a) {
    var t = tier(a), card = SA.el("article", "alert card tier-" + t);
    card.setAttribute("data-testid", "alert");
    card.dataset.kind = a.kind;
    card.appendChild(SA.el("div", "alert-glow"));
    if (a.kind === "summary") return buildSummary(a, card);
    if (a.kind === "custom") return buildCustom(a, card);
    card.dataset.gift = a.giftName;
    card.dataset.user = a.name;
    if (a.test) card.dataset.test = "1";
    if (a.to) { card.classList.add("to-guest"); card.dataset.to = a.to; }
    var src = SA.giftImage(a.gift);
    if (src) {
      var art = SA.el("div", "gift-art"), img = SA.el("img");
      img.alt = "";
      img.src = src;
      img.onerror = function () { img.onerror = null; img.src = "gifts/generic.svg"; };
      if (t >= 2) art.appendChild(SA.el("div", "rays"));
      art.appendChild(img);
      card.appendChild(art);
    }
    var b = SA.el("div", "alert-body"), top = SA.el("div", "alert-top");
    var mark = SA.platformMark(a.platform); // several sources at once: which platform it came from
    if (mark) { top.appendChild(mark); card.dataset.platform = a.platform; }
    top.appendChild(SA.el("div", "alert-kicker", a.test ? qsTranslate("Overlay", "Test alert") : a.to ? qsTranslate("Overlay", "Gift to a guest") : qsTranslate("Overlay", TIER_NAMES[t])));
    b.appendChild(top);
    b.appendChild(SA.el("div", "alert-name", a.name));
    var line = SA.el("div", "alert-line");
    // "sent {gift} to {guest}": the sentence is translated whole, the names are strong.
    var sentence = a.paid ? "{gift}" : a.to ? qsTranslate("Overlay", "sent {gift} to {guest}") : qsTranslate("Overlay", "sent {gift}");
    sentence.split(/(\{gift\}|\{guest\})/).forEach(function (part) {
      if (part === "{gift}") line.appendChild(SA.el("strong", "", a.giftName));
      else if (part === "{guest}") line.appendChild(SA.el("strong", "alert-to", a.to));
      else if (part) line.appendChild(document.createTextNode(part));
    });
    b.appendChild(line);
    card.appendChild(b);
    var side = SA.el("div", "alert-side");
    side.appendChild(SA.el("div", "alert-count"));
    if (!a.to) {
      var coins = SA.el("div", "alert-coins");
      if (!a.paid) coins.appendChild(SA.el("span", "coin"));
      coins.appendChild(SA.el("span", "alert-coins-n"));
      side.appendChild(coins);
    }
    card.appendChild(side);
    renderCount(card, a);
    markFirst(card, a);
    markCrown(card, a);
    card.classList.toggle("live", a.live);
    return card;
  }
  function confetti(card, t) {
    var layer = SA.el("div", "confetti");
    var colors = ["#ff3d7f", "#ffc23d", "#00e5ff", "#7c4dff", "#69f0ae", "#ffffff"];
    var n = t >= 3 ? 90 : 45;
    for (var i = 0; i < n; i++) {
      var p = SA.el("i");
      p.style.setProperty("--x", (Math.random() * 2 - 1).toFixed(3));
      p.style.setProperty("--y", (Math.random() * 0.8 + 0.2).toFixed(3));
      p.style.setProperty("--r", Math.round(Math.random() * 720 - 360) + "deg");
      p.style.setProperty("--d", (Math.random() * 0.5).toFixed(2) + "s");
      p.style.setProperty("--c", colors[i % colors.length]);
      layer.appendChild(p);
    }
    card.appendChild(layer);
  }
  function showNext() {
    var a = nextAlert();
    current = a;
    if (!a) return;
    var view = build(a);
    currentView = view;
    stage.appendChild(view);
    lastChange = shownAt = performance.now();
    yielding = false;
    var t = tier(a);
    if (!isGuest(a)) SASound.play(a.kind === "summary" ? 1 : t); // a guest's card: no sound, not the creator's moment
    if (t >= 2) confetti(view, t);
    if (!a.live) scheduleEnd(holdSeconds(a));
    else watchLive(a);
  }
  function watchLive(a) {
    // A live streak stays up while it grows; if its end never comes, it leaves after a quiet spell.
    clearTimeout(holdTimer);
    holdTimer = setTimeout(function () {
      if (a !== current) return;
      if (!a.live) return;
      if (performance.now() - lastChange > 6000) { a.live = false; finish(); } else watchLive(a);
    }, 1000);
  }
  function scheduleEnd(seconds) {
    clearTimeout(holdTimer);
    holdTimer = setTimeout(finish, Math.max(0.6, seconds) * 1000);
  }
  function finish() {
    var view = currentView, a = current;
    currentView = null;
    if (a && a.kind === "gift") for (var k in streaks) if (streaks[k] === a && !a.live) delete streaks[k];
    current = null;
    switching = true; // the next alert enters once this one has left: never two cards at once
    if (view) view.classList.add("leaving");
    setTimeout(function () {
      if (view) view.remove();
      switching = false;
      showNext();
    }, view ? LEAVE_MS : 0);
  }

  SA.connect({
    snapshot: function (data, msg) { applyConfig(msg.config); },
    resume: function (msg) { applyConfig(msg.config); },
    update: function (u) {
      if (u.type === "streak") onStreak(u);
      else if (u.type === "gift") onGift(u);
      else if (u.type === "alert") onCustom(u);
      else if (u.type === "paid") onPaid(u);
    },
  }, { persist: true });

  function applyConfig(cfg) {
    if (cfg && cfg.alerts) {
      for (var k in cfg.alerts) rules[k] = cfg.alerts[k];
      if (SA.param("volume", null) === null) SASound.setVolume(rules.volume);
    }
  }
})();
