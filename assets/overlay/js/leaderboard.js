/* /overlay/leaderboard: top gifters of the session. ?top=5 (1..10) ?title=Top%20gifters */
"use strict";

(function () {
  var root = document.getElementById("root");
  var top = Math.round(SA.num("top", 5, 1, 10));
  // The rows share the design box (widgets.css): five slots, or as many as ?top= asks above five.
  document.documentElement.style.setProperty("--rows", String(Math.max(5, top)));
  var card = SA.el("section", "board card");
  card.appendChild(SA.el("div", "board-title", SA.param("title", qsTranslate("Overlay", "Top gifters"))));
  var list = SA.el("ol", "board-list");
  card.appendChild(list);
  var empty = SA.el("div", "board-empty muted-line", qsTranslate("Overlay", "Be the first to send a gift!"));
  card.appendChild(empty);
  root.appendChild(card);
  var rows = {};

  function draw(board) {
    board = (board || []).slice(0, top);
    empty.style.setProperty("display", board.length ? "none" : "block");
    var max = board.length ? Math.max(1, board[0].coins) : 1, seen = {}, names = {};
    board.forEach(function (g) { if (g.nickname) names[g.nickname] = (names[g.nickname] || 0) + 1; });
    board.forEach(function (g, i) {
      var id = String(g.user_id), row = rows[id];
      if (!row) {
        row = SA.el("li", "board-row entering");
        var rank = SA.el("span", "board-rank");
        rank.appendChild(SA.el("span", "board-rank-n"));
        rank.appendChild(SA.el("span", "crown")); // shown on the top gifter's row only (widgets.css)
        row.appendChild(rank);
        row.appendChild(SA.el("span", "board-name"));
        var coins = SA.el("span", "board-coins");
        coins.appendChild(SA.el("span", "coin"));
        coins.appendChild(SA.el("span", "board-coins-n", SA.count(0)));
        row.appendChild(coins);
        var barEl = SA.el("span", "board-bar");
        row.appendChild(barEl);
        rows[id] = row;
        setTimeout(function () { row.classList.remove("entering"); }, 600);
      }
      seen[id] = 1;
      row.className = row.className.replace(/ rank-\d+/g, "") + " rank-" + (i + 1);
      row.querySelector(".board-rank-n").textContent = SA.count(i + 1);
      row.dataset.crown = i === 0 ? "1" : "";
      var name = g.nickname || (g.handle ? "@" + g.handle : qsTranslate("Overlay", "Someone"));
      if (g.nickname && g.handle && names[g.nickname] > 1) name += " @" + g.handle; // two viewers, one name
      var nameEl = row.querySelector(".board-name");
      nameEl.textContent = name;
      var mark = SA.platformMark(g.platform);  // several sources at once: whose viewer this is
      if (mark) nameEl.insertBefore(mark, nameEl.firstChild);
      SA.tween(row.querySelector(".board-coins-n"), g.coins, SA.count, 700);
      row.querySelector(".board-bar").style.setProperty("width", (100 * g.coins / max).toFixed(1) + "%");
      if (list.children[i] !== row) list.insertBefore(row, list.children[i] || null);
    });
    Object.keys(rows).forEach(function (id) {
      if (!seen[id]) { rows[id].remove(); delete rows[id]; }
    });
  }
  SA.connect({
    snapshot: function (data) { draw(data.top_gifters); },
    update: function (u) {
      if (u.type === "reset") draw(u.snapshot.top_gifters);
      else if (u.type === "leaderboard") draw(u.top_gifters);
    },
  });
})();
