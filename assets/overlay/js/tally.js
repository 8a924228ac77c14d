/* /overlay/tally: session coins, diamonds and estimated earnings, counting up live.
 * ?show=coins,diamonds,earnings,gifts,gifters,likes,match (any order) ?layout=row|column
 * Every figure is the creator's own: gifts to guests of a multi-guest LIVE are not in them.
 * likes: the room's like total. match: the latest LIVE Match score, the creator's points
 * against the leading rival's (battle points, never money). */
"use strict";

(function () {
  var root = document.getElementById("root");
  var show = SA.param("show", "coins,diamonds,earnings").split(",");
  root.classList.add("layout-" + (SA.param("layout", "row") === "column" ? "column" : "row"));
  var LABELS = { coins: qsTranslate("Overlay", "Coins"), diamonds: qsTranslate("Overlay", "Diamonds (est.)"), earnings: qsTranslate("Overlay", "Earnings (est.)"),
    gifts: qsTranslate("Overlay", "Gifts"), gifters: qsTranslate("Overlay", "Gifters"), likes: qsTranslate("Overlay", "Likes"), match: qsTranslate("Overlay", "LIVE Match") };
  var ICONS = { diamonds: "\u25c6", earnings: "$", gifts: "\u2726", gifters: "\u2665", likes: "\u2764", match: "\u2694" };
  var tiles = {}, labels = {}, state = null;
  show.forEach(function (key) {
    key = key.trim();
    if (!LABELS[key] || tiles[key]) return;
    var t = SA.el("section", "tile card tile-" + key);
    t.setAttribute("data-testid", "tally-" + key);
    var icon = SA.el("div", "tile-icon");
    if (key === "coins") icon.appendChild(SA.el("span", "coin"));
    else icon.textContent = ICONS[key];
    var v = SA.el("div", "tile-value", key === "match" ? "\u2013" : SA.count(0));
    t.appendChild(icon);
    var text = SA.el("div", "tile-text");
    text.appendChild(v);
    labels[key] = SA.el("div", "tile-label", LABELS[key]);
    text.appendChild(labels[key]);
    t.appendChild(text);
    root.appendChild(t);
    tiles[key] = v;
  });
  // The design box (overlay.css): a row of up to three tiles is 1200x200, the size docs/OBS.md
  // suggests; more tiles make it wider, a column of tiles is 440 wide and as tall as its tiles.
  var n = Math.max(1, Object.keys(tiles).length), column = root.classList.contains("layout-column");
  var box = column ? [440, 48 + n * 122 + (n - 1) * 19] : [n > 3 ? n * 440 : 1200, 200];
  document.documentElement.style.setProperty("--design-w", String(box[0]));
  document.documentElement.style.setProperty("--design-h", String(box[1]));

  // Several sources at once: each platform's share under the tiles (?platforms=0 hides it).
  var showParts = SA.flag("platforms", true), partsRow = null;
  function drawParts() {
    var row = showParts ? SA.platformBreakdown(state && state.platforms, "tally-parts") : null;
    if (partsRow) partsRow.remove();
    partsRow = row;
    if (row) root.appendChild(row);
    root.classList.toggle("with-parts", !!row);
    // The box grows by the row's height while it shows (OBS: size the source 70 px taller).
    document.documentElement.style.setProperty("--design-h", String(box[1] + (row ? 70 : 0)));
  }
  function long(key, text) { if (tiles[key]) tiles[key].classList.toggle("long", text.length >= 8); }
  function draw() {
    var t = (state && state.totals) || {};
    var cur = t.currency || "USD";
    long("coins", SA.count(t.coins)); long("diamonds", SA.count(t.diamonds));
    long("earnings", SA.money(parseFloat(t.earnings) || 0, cur));
    long("gifts", SA.count(t.gifts)); long("gifters", SA.count(t.unique_gifters)); long("likes", SA.count(t.likes));
    if (tiles.coins) SA.tween(tiles.coins, t.coins, SA.count);
    if (tiles.diamonds) SA.tween(tiles.diamonds, t.diamonds, SA.count);
    if (tiles.earnings) SA.tween(tiles.earnings, parseFloat(t.earnings) || 0, function (x) { return SA.money(x, cur); });
    if (tiles.gifts) SA.tween(tiles.gifts, t.gifts, SA.count);
    if (tiles.gifters) SA.tween(tiles.gifters, t.unique_gifters, SA.count);
    if (tiles.likes) SA.tween(tiles.likes, t.likes, SA.count);
    if (tiles.match) drawMatch(state && state.battle);
    drawParts();
  }
  function points(p) { return p > 99999 ? SA.compact(p) : SA.count(p); }
  /* The host's side comes first (the sources put it there); in a team match the rival shown
   * is the side with the most points. */
  function drawMatch(b) {
    var v = tiles.match, tile = v.parentNode.parentNode, scores = (b && b.scores) || [];
    if (!scores.length) {
      v.textContent = "\u2013";
      labels.match.textContent = LABELS.match;
      tile.dataset.host = tile.dataset.rival = "";
      return;
    }
    var host = scores[0], rival = null;
    for (var i = 1; i < scores.length; i++) if (!rival || scores[i].points > rival.points) rival = scores[i];
    var hp = Number(host.points) || 0, rp = rival ? Number(rival.points) || 0 : 0;
    v.textContent = points(hp) + " : " + points(rp);
    v.classList.toggle("long", v.textContent.length >= 10);
    labels.match.textContent = (b.ended ? qsTranslate("Overlay", "Final") : LABELS.match) + (rival ? " \u00b7 " + SA.fmt(qsTranslate("Overlay", "vs {name}"), { name: SA.userName(rival.user) }) : "");
    tile.dataset.host = String(hp);
    tile.dataset.rival = String(rp);
    tile.classList.toggle("ahead", hp > rp);
    tile.classList.toggle("behind", hp < rp);
    tile.classList.toggle("ended", !!b.ended);
  }
  SA.connect({
    snapshot: function (data) { state = data; draw(); },
    update: function (u) {
      if (u.type === "reset") { state = u.snapshot; draw(); }
      else if (u.type === "totals" && state) { state.totals = u.totals; state.platforms = u.platforms; draw(); }
      else if (u.type === "battle" && state) { state.battle = u; if (tiles.match) drawMatch(u); }
    },
  });
})();
