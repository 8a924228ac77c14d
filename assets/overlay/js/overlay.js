/* streamer-app overlays: shared code (options, formatting, gift art, the live feed).
 * Plain script, no build step, nothing from the internet. Protocol: docs/PROTOCOL.md. */
"use strict";

/* The page's language (DESIGN.md section 4): the server writes <html lang dir> and the page's
 * strings from the catalogs (assets/i18n/*.ts, context "Overlay") into #sa-i18n. Text is marked
 * with plain qsTranslate("Overlay", "...") calls so pyside6-lupdate finds it (docs/TRANSLATING.md);
 * placeholders are {name}, filled by SA.fmt. */
var SA_I18N = (function () {
  var data = { lang: "en", locale: "en-US", dir: "ltr", numbers: "latn", strings: {} };
  try {
    var node = document.getElementById("sa-i18n");
    if (node) {
      var got = JSON.parse(node.textContent || "{}");
      for (var k in got) if (Object.prototype.hasOwnProperty.call(got, k)) data[k] = got[k];
    }
  } catch (e) { /* no strings: English */ }
  return data;
})();
function qsTranslate(context, text) {
  var s = SA_I18N.strings;
  return (context === "Overlay" && s && Object.prototype.hasOwnProperty.call(s, text)) ? s[text] : text;
}
function QT_TRANSLATE_NOOP(context, text) { return text; }

var SA = (function () {
  var q = new URLSearchParams(location.search);
  var OUR_GIFTS = ["rose", "tiktok", "finger-heart", "perfume", "doughnut", "applause", "hand-hearts",
    "dynamic-duo", "corgi", "money-gun", "directors-chair", "galaxy", "lion-dance", "lion", "universe"];
  var NAME_TO_SLUG = { "tiktok universe": "universe", "director's chair": "directors-chair" };

  function param(name, fallback) {
    var v = q.get(name);
    return v === null || v === "" ? fallback : v;
  }
  function num(name, fallback, lo, hi) {
    var v = parseFloat(param(name, ""));
    if (!isFinite(v)) return fallback;
    return Math.min(hi, Math.max(lo, v));
  }
  function flag(name, fallback) {
    var v = param(name, null);
    if (v === null) return fallback;
    return !/^(0|false|no|off)$/i.test(v);
  }

  var opts = {
    token: param("token", ""),
    theme: /^(glass|light|neon|minimal)$/.test(param("theme", "glass")) ? param("theme", "glass") : "glass",
    scale: num("scale", 1, 0.25, 4),
    safe: flag("safe", false) || flag("tiktok_safe", false),
    sound: flag("sound", true),
  };

  // Look: theme and scale as classes and a CSS variable (CSSOM is allowed by our CSP).
  var root = document.documentElement;
  root.classList.add("theme-" + opts.theme);
  if (opts.safe) root.classList.add("safe");
  root.style.setProperty("--scale", String(opts.scale));

  /* Display rules: one home in Python (core/formatting.py, User.label); these repeat them
   * exactly, and tests/scenarios/display_rules.json is run against both. */
  var LOCALE = SA_I18N.locale || "en-US", ENGLISH = SA_I18N.lang === "en";
  var NUMOPT = SA_I18N.numbers && SA_I18N.numbers !== "latn" ? { numberingSystem: SA_I18N.numbers } : {};
  function numberFormat(extra) {
    var o = {}, k;
    for (k in NUMOPT) o[k] = NUMOPT[k];
    for (k in extra || {}) o[k] = extra[k];
    try { return new Intl.NumberFormat(LOCALE, o); } catch (e) { return new Intl.NumberFormat("en-US", extra); }
  }
  var nf = numberFormat();
  var nf1 = numberFormat({ minimumFractionDigits: 0, maximumFractionDigits: 1 });
  // Half up (away from zero) on the number as written, like Python's Decimal(str(x)) with
  // ROUND_HALF_UP: 1.45 -> 1.5 (toFixed gives 1.4, from the binary 1.4499...), -2.5 -> -3.
  function halfUp(n, places) {
    n = Number(n) || 0;
    var a = Math.abs(n);
    if (a >= 1e15 || !isFinite(a)) return n;
    var r = Number(Math.round(Number(a + "e" + places)) + "e-" + places);
    return (n < 0 ? -r : r) || 0; // never -0
  }
  function count(n) { return nf.format(halfUp(n, 0)); }
  /* i18n/numbers.compact: the locale's short form ("2,3 Mio.", "145万"), half up; the whole figure
   * where the locale has none for the size (German thousands). */
  var cf = ENGLISH ? null : numberFormat({ notation: "compact", maximumFractionDigits: 1 });
  function compact(n) {
    n = Number(n) || 0;
    if (cf) {
      var text = cf.format(n);
      return /\p{L}/u.test(text) ? text : count(n);
    }
    var units = [[1e9, "B"], [1e6, "M"], [1e3, "K"]];
    for (var i = 0; i < units.length; i++) {
      if (Math.abs(n) >= units[i][0]) {
        var v = halfUp(n / units[i][0], 1);
        return (ENGLISH ? v.toFixed(1).replace(/\.0$/, "") : nf1.format(v)) + units[i][1];
      }
    }
    return count(n);
  }
  /* The page's own digits for text built from Western ones (i18n/numbers._digits): "١:٠٢:٠٣" in
   * Arabic. Each digit is written by Intl in the page's numbering system, so no table is kept. */
  var DIGITS = (function () {
    if (ENGLISH || !NUMOPT.numberingSystem) return null;
    var f = numberFormat({ useGrouping: false }), d = [];
    for (var i = 0; i < 10; i++) d.push(f.format(i));
    return d.join("") === "0123456789" ? null : d;
  })();
  function digits(text) {
    return DIGITS ? String(text).replace(/[0-9]/g, function (c) { return DIGITS[+c]; }) : String(text);
  }
  /* core/formatting.countdown: whole seconds rounded up (0:01 until it is over), H:MM:SS from an
   * hour, in the page's digits (i18n/numbers.countdown). */
  function countdown(seconds) {
    var v = Number(seconds);
    var s = isFinite(v) ? Math.max(0, Math.ceil(Math.round(v * 1000) / 1000)) : 0;
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    var mm = h ? (m < 10 ? "0" + m : String(m)) : String(m);
    return digits((h ? h + ":" : "") + mm + ":" + (r < 10 ? "0" + r : String(r)));
  }
  /* A whole percentage (a bar's fill, floored by the page): "42%", "42 %" (de, fr), "%42" (tr),
   * "٤٢٪" (ar), as i18n/numbers.percent writes it. */
  var pf = numberFormat({ style: "percent", maximumFractionDigits: 0 });
  function percent(whole) {
    var n = Math.round(Number(whole) || 0);
    return ENGLISH ? n + "%" : pf.format(n / 100);
  }
  var SYMBOLS = { USD: "$", EUR: "\u20ac", GBP: "\u00a3", JPY: "\u00a5", BRL: "R$", INR: "\u20b9", AUD: "A$", CAD: "C$" };
  /* In a right-to-left page a symbol with letters ("US$") is followed by a left-to-right mark, or
   * its "$" takes the line's direction and reads "$US" (i18n/numbers.money does the same). */
  function localMoney(v, currency) {
    var parts = numberFormat({ style: "currency", currency: currency }).formatToParts(v), out = "";
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i].value;
      out += SA_I18N.dir === "rtl" && parts[i].type === "currency" && /[A-Za-z]/.test(p) ? p + "\u200e" : p;
    }
    return out;
  }
  function money(amount, currency) {
    var v = halfUp(amount, 2), sign = v < 0 ? "-" : "";
    if (!ENGLISH) { // the locale's own way (Intl/ICU): "1.234,56 €", "R$ 1.234,56", "١٢٣٫٤٥ US$"
      try { return localMoney(v, currency || "USD"); } catch (e) { /* below */ }
    }
    var text = Math.abs(v).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var sym = SYMBOLS[currency || "USD"];
    return sym ? sign + sym + text : sign + text + " " + currency;
  }

  /* Our own art only: a demo gift names "gifts/<slug>.svg"; a real TikTok gift carries an
   * https URL that we never load (nothing from the internet), so it gets our art by name
   * when we drew that gift, else the generic box. TikTok-safe mode shows no gift images. */
  function slugOf(name) {
    var n = String(name || "").toLowerCase();
    if (NAME_TO_SLUG[n]) return NAME_TO_SLUG[n];
    return n.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }
  function giftImage(gift) {
    if (opts.safe || !gift) return null;
    var img = String(gift.image || "");
    var m = /^gifts\/([a-z0-9-]+)\.svg$/.exec(img);
    if (m) return "gifts/" + m[1] + ".svg";
    var slug = slugOf(gift.name);
    if (OUR_GIFTS.indexOf(slug) >= 0) return "gifts/" + slug + ".svg";
    return "gifts/generic.svg";
  }

  /* "{count} coins" with its placeholders filled: SA.fmt(qsTranslate("Overlay", "..."), {count: ...}). */
  function fmt(text, values) {
    return String(text).replace(/\{([a-z_]+)\}/g, function (m, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : m;
    });
  }
  root.setAttribute("lang", SA_I18N.locale || "en-US");
  root.setAttribute("dir", SA_I18N.dir === "rtl" ? "rtl" : "ltr");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function userName(u) { // User.label: nickname, else @handle, else the id
    var someone = qsTranslate("Overlay", "Someone");
    if (!u) return someone;
    return u.name || u.nickname || (u.handle ? "@" + u.handle : String(u.id || "") || someone);
  }
  /* Who received a gift or streak update: null for the creator (the host), else the guest's
   * name. A guest's gift is their income, never the creator's: pages show it as theirs. */
  function guestName(u) {
    var to = u && u.to;
    if (!to) return null;
    return to.name || to.nickname || (to.handle ? "@" + to.handle : qsTranslate("Overlay", "a guest"));
  }

  /* The live feed: a snapshot first, then numbered deltas; reconnects by itself and
   * resumes from the last sequence number, so a blip loses and repeats nothing. */
  function connect(handlers, options) {
    options = options || {};
    var storeKey = options.persist ? "sa-feed-" + location.pathname : null;
    var epoch = null, seq = 0, haveState = false, ws = null, delay = 500, ackedSeq = 0;
    if (storeKey) {
      try {
        var saved = JSON.parse(sessionStorage.getItem(storeKey) || "null");
        if (saved && saved.epoch) { epoch = saved.epoch; seq = saved.seq; haveState = true; }
      } catch (e) { /* storage unavailable: start fresh */ }
    }
    function save() {
      if (!storeKey) return;
      try { sessionStorage.setItem(storeKey, JSON.stringify({ epoch: epoch, seq: seq })); } catch (e) { /* ignore */ }
    }
    function url() {
      var u = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/overlay/ws?token=" +
        encodeURIComponent(opts.token);
      if (epoch && haveState) u += "&epoch=" + encodeURIComponent(epoch) + "&since=" + seq;
      return u;
    }
    function open() {
      try { ws = new WebSocket(url()); } catch (e) { retry(); return; }
      ws.onopen = function () { delay = 500; root.classList.remove("offline"); };
      ws.onmessage = function (ev) {
        var msg;
        try { msg = JSON.parse(ev.data); } catch (e) { return; }
        if (msg.v !== 1) return;
        if (msg.type === "snapshot") {
          epoch = msg.epoch; seq = msg.seq; haveState = true; save();
          if (handlers.snapshot) handlers.snapshot(msg.data, msg);
        } else if (msg.type === "resume") {
          if (handlers.resume) handlers.resume(msg);
        } else if (msg.type === "deltas") {
          for (var i = 0; i < msg.deltas.length; i++) {
            var d = msg.deltas[i];
            if (d.seq <= seq) continue; // already seen (never apply twice)
            if (d.seq !== seq + 1) { haveState = false; ws.close(); return; } // a hole: start over
            seq = d.seq;
            try { if (handlers.update) handlers.update(d.update, d.seq); } catch (e) { console.error(e); }
          }
          save();
        }
      };
      ws.onclose = function (ev) {
        if (ev && ev.code === 4002) { location.reload(); return; } // the overlay language changed
        root.classList.add("offline"); retry();
      };
      ws.onerror = function () { /* onclose follows */ };
    }
    function retry() {
      ws = null;
      var wait = delay * (0.8 + Math.random() * 0.4);
      delay = Math.min(delay * 2, 5000);
      setTimeout(open, wait);
    }
    // Tell the server how far we got now and then (the only message a page sends).
    setInterval(function () {
      if (ws && ws.readyState === 1 && seq !== ackedSeq) {
        ackedSeq = seq;
        ws.send(JSON.stringify({ type: "ack", seq: seq }));
      }
    }, 10000);
    open();
    return { get seq() { return seq; }, get epoch() { return epoch; } };
  }

  /* Numbers that count up smoothly instead of jumping. */
  function tween(node, to, format, ms) {
    var from = Number(node.dataset.value || 0);
    to = Number(to) || 0;
    node.dataset.value = String(to);
    if (node._raf) cancelAnimationFrame(node._raf);
    if (from === to || document.hidden) { node.textContent = format(to); return; }
    var t0 = performance.now(), dur = ms || 900;
    function step(now) {
      var k = Math.min(1, (now - t0) / dur);
      var e = 1 - Math.pow(1 - k, 3);
      node.textContent = format(from + (to - from) * e);
      if (k < 1) node._raf = requestAnimationFrame(step);
    }
    node._raf = requestAnimationFrame(step);
  }

  /* Several sources at once (multistreaming): each update and each breakdown row names its
   * platform, drawn as its mark (our own art in platforms/, not the platforms' logos). A
   * single source's updates name none: no mark, as before. */
  var PLATFORMS = { tiktok: "TikTok", twitch: "Twitch", youtube: "YouTube" };
  function platformMark(platform) {
    if (!PLATFORMS[platform]) return null;
    var img = el("img", "platform-mark platform-" + platform);
    img.alt = PLATFORMS[platform];
    img.title = PLATFORMS[platform];
    img.src = "platforms/" + platform + ".svg";
    img.setAttribute("data-platform", platform);
    return img;
  }
  /* "All platforms $312.40 · [mark] $256.61 · [mark] $40.10 · ..." as one element, or null
   * when only one source runs. */
  function platformBreakdown(parts, cls) {
    if (!parts || parts.length < 2) return null;
    var row = el("div", "platform-breakdown " + (cls || ""));
    row.setAttribute("data-testid", "platform-breakdown");
    parts.forEach(function (p) {
      var part = el("span", "platform-part");
      part.setAttribute("data-platform", p.platform);
      var mark = platformMark(p.platform);
      if (mark) part.appendChild(mark);
      part.appendChild(el("span", "platform-money", money(parseFloat(p.earnings) || 0, p.currency)));
      row.appendChild(part);
    });
    return row;
  }

  /* A Twitch or YouTube paid message in a few words of the page's language ("500 Bits", "5 gifted
   * subs (Tier 1)", "Super Chat 5,00 €"), from the update's own fields as the window says it
   * (ui/paid_words.py); the engine's English label for a kind we do not know. */
  function paidWords(u) {
    var kind = u.kind || "", units = Number(u.units) || 0, t = String(u.tier || "").charAt(0);
    var tier = /^[123]$/.test(t) ? count(Number(t)) : "", n = count(units);
    var paid = u.amount && u.currency && isFinite(parseFloat(u.amount)) ? money(parseFloat(u.amount), String(u.currency).toUpperCase()) : "";
    if (kind === "bits") return units === 1 ? qsTranslate("Overlay", "1 Bit") : fmt(qsTranslate("Overlay", "{count} Bits"), { count: n });
    if (kind === "sub") return tier ? fmt(qsTranslate("Overlay", "New sub (Tier {tier})"), { tier: tier }) : qsTranslate("Overlay", "New sub");
    if (kind === "resub") return tier ? fmt(qsTranslate("Overlay", "Resub (Tier {tier})"), { tier: tier }) : qsTranslate("Overlay", "Resub");
    if (kind === "gift_subs" && units === 1) {
      return tier ? fmt(qsTranslate("Overlay", "1 gifted sub (Tier {tier})"), { tier: tier }) : qsTranslate("Overlay", "1 gifted sub");
    }
    if (kind === "gift_subs") {
      return tier ? fmt(qsTranslate("Overlay", "{count} gifted subs (Tier {tier})"), { count: n, tier: tier })
        : fmt(qsTranslate("Overlay", "{count} gifted subs"), { count: n });
    }
    if (kind === "super_chat") return paid ? fmt(qsTranslate("Overlay", "Super Chat {amount}"), { amount: paid }) : qsTranslate("Overlay", "Super Chat");
    if (kind === "super_sticker") {
      return paid ? fmt(qsTranslate("Overlay", "Super Sticker {amount}"), { amount: paid }) : qsTranslate("Overlay", "Super Sticker");
    }
    if (kind === "membership") return qsTranslate("Overlay", "New member");
    if (kind === "gift_memberships") {
      return units === 1 ? qsTranslate("Overlay", "1 gifted membership") : fmt(qsTranslate("Overlay", "{count} gifted memberships"), { count: n });
    }
    return String(u.label || kind);
  }

  return { opts: opts, paidWords: paidWords, param: param, num: num, flag: flag, count: count, compact: compact, money: money, fmt: fmt,
    lang: SA_I18N.lang, rtl: SA_I18N.dir === "rtl",
    countdown: countdown, percent: percent, digits: digits,
    giftImage: giftImage, el: el, userName: userName, guestName: guestName, connect: connect, tween: tween,
    platformMark: platformMark, platformBreakdown: platformBreakdown, PLATFORMS: PLATFORMS };
})();
