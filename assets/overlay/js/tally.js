/* /overlay/tally: session coins, diamonds and estimated earnings, counting up live.
 * ?show=coins,diamonds,earnings,gifts,gifters (any order) ?layout=row|column */
"use strict";

(function () {
  var root = document.getElementById("root");
  var show = SA.param("show", "coins,diamonds,earnings").split(",");
  root.classList.add("layout-" + (SA.param("layout", "row") === "column" ? "column" : "row"));
  var LABELS = { coins: "Coins", diamonds: "Diamonds (est.)", earnings: "Earnings (est.)", gifts: "Gifts", gifters: "Gifters" };
  var tiles = {}, state = null;
  show.forEach(function (key) {
    key = key.trim();
    if (!LABELS[key] || tiles[key]) return;
    var t = SA.el("section", "tile card tile-" + key);
    t.setAttribute("data-testid", "tally-" + key);
    var icon = SA.el("div", "tile-icon");
    if (key === "coins") icon.appendChild(SA.el("span", "coin"));
    else icon.textContent = { diamonds: "\u25c6", earnings: "$", gifts: "\u2726", gifters: "\u2665" }[key];
    var v = SA.el("div", "tile-value", "0");
    t.appendChild(icon);
    var text = SA.el("div", "tile-text");
    text.appendChild(v);
    text.appendChild(SA.el("div", "tile-label", LABELS[key]));
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

  function long(key, text) { if (tiles[key]) tiles[key].classList.toggle("long", text.length >= 8); }
  function draw() {
    var t = (state && state.totals) || {};
    var cur = t.currency || "USD";
    long("coins", SA.count(t.coins)); long("diamonds", SA.count(t.diamonds));
    long("earnings", SA.money(parseFloat(t.earnings) || 0, cur));
    long("gifts", SA.count(t.gifts)); long("gifters", SA.count(t.unique_gifters));
    if (tiles.coins) SA.tween(tiles.coins, t.coins, SA.count);
    if (tiles.diamonds) SA.tween(tiles.diamonds, t.diamonds, SA.count);
    if (tiles.earnings) SA.tween(tiles.earnings, parseFloat(t.earnings) || 0, function (x) { return SA.money(x, cur); });
    if (tiles.gifts) SA.tween(tiles.gifts, t.gifts, SA.count);
    if (tiles.gifters) SA.tween(tiles.gifters, t.unique_gifters, SA.count);
  }
  SA.connect({
    snapshot: function (data) { state = data; draw(); },
    update: function (u) {
      if (u.type === "reset") { state = u.snapshot; draw(); }
      else if (u.type === "totals" && state) { state.totals = u.totals; draw(); }
    },
  });
})();
