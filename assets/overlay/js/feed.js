/* /overlay/feed: recent events, newest at the bottom.
 * ?max=6 (1..20) ?comments=1 (include chat) ?min=<coins for gifts>
 * A gift to a guest of a multi-guest LIVE is a quieter line with a "to Guest Mia" chip and no
 * coins (they would read as the creator's); a viewer's first gift to the creator gets a
 * "first gift!" chip. */
"use strict";

(function () {
  var root = document.getElementById("root");
  var max = Math.round(SA.num("max", 6, 1, 20));
  var comments = SA.flag("comments", false);
  var minCoins = SA.num("min", 0, 0, 1e9);
  var list = SA.el("ol", "feed-list");
  root.appendChild(list);
  // The design box (overlay.css) is 800x500, the size docs/OBS.md suggests: six lines. More
  // lines make it taller (and so, in a source of the suggested size, everything smaller).
  if (max > 6) document.documentElement.style.setProperty("--design-h", String(500 + (max - 6) * 78));

  function item(u) {
    var kind = u.type, li = SA.el("li", "feed-item card feed-" + kind);
    li.setAttribute("data-testid", "feed-item");
    var mark = SA.platformMark(u.platform);
    if (mark) li.appendChild(mark);
    var icon = SA.el("span", "feed-icon");
    var text = SA.el("span", "feed-text");
    var who = SA.el("strong", "feed-name", SA.userName(u.user));
    if (kind === "gift" && u.top_gifter && !u.to) { // the stream's top gifter wears the crown
      li.dataset.crown = "1";
      who.insertBefore(SA.el("span", "crown", ""), who.firstChild);
    }
    text.appendChild(who);
    if (kind === "gift") {
      var src = SA.giftImage(u.gift);
      if (src) { var img = SA.el("img", "gift-art"); img.alt = ""; img.src = src; icon.appendChild(img); }
      else icon.appendChild(SA.el("span", "coin"));
      text.appendChild(SA.el("span", "feed-what", "\u00a0" + (u.units > 1 ? SA.fmt(qsTranslate("Overlay", "sent {count} \u00d7 {gift}"), { count: SA.count(u.units), gift: u.gift.name })
        : SA.fmt(qsTranslate("Overlay", "sent {gift}"), { gift: u.gift.name }))));
      li.appendChild(icon); li.appendChild(text);
      var guest = SA.guestName(u);
      if (guest) {
        li.classList.add("feed-guest");
        li.dataset.to = guest;
        li.appendChild(SA.el("span", "feed-chip feed-to", SA.fmt(qsTranslate("Overlay", "to {guest}"), { guest: guest })));
        return li;
      }
      if (u.first_gift) {
        li.dataset.first = "1";
        li.appendChild(SA.el("span", "feed-chip feed-first", qsTranslate("Overlay", "first gift!")));
      }
      var c = SA.el("span", "feed-coins");
      c.appendChild(SA.el("span", "coin"));
      c.appendChild(document.createTextNode(SA.count(u.coins)));
      li.appendChild(c);
      return li;
    }
    icon.textContent = { follow: "+", share: "\u21aa", subscribe: "\u2605", comment: "\u201d", paid: "\u2726",
      raid: "\u21f6" }[kind] || "\u2022";
    text.appendChild(SA.el("span", "feed-what",
      kind === "follow" ? "\u00a0" + qsTranslate("Overlay", "followed") :
      kind === "share" ? "\u00a0" + qsTranslate("Overlay", "shared the stream") :
      kind === "paid" ? "\u00a0\u00b7 " + SA.paidWords(u) :
      kind === "raid" ? "\u00a0" + SA.fmt(qsTranslate("Overlay", "raided with {count} viewers"), { count: SA.count(u.viewers) }) :
      kind === "subscribe" ? "\u00a0" + (u.months > 1
        ? SA.fmt(qsTranslate("Overlay", "subscribed ({count} months)"), { count: SA.count(u.months) })
        : qsTranslate("Overlay", "subscribed")) : ": " + u.text));
    li.appendChild(icon); li.appendChild(text);
    if (kind === "paid" && u.earnings) { // the creator's share, in the display currency
      li.appendChild(SA.el("span", "feed-coins", SA.money(parseFloat(u.earnings) || 0, u.earnings_currency)));
    }
    return li;
  }
  function wanted(u) {
    if (u.type === "gift") return u.coins >= minCoins;
    if (u.type === "comment") return comments;
    return u.type === "follow" || u.type === "share" || u.type === "subscribe" || u.type === "paid" || u.type === "raid";
  }
  function add(u, animate) {
    if (!wanted(u)) return;
    var li = item(u);
    if (animate) li.classList.add("entering");
    list.appendChild(li);
    while (list.children.length > max) list.removeChild(list.firstChild);
  }
  SA.connect({
    snapshot: function (data, msg) {
      list.textContent = "";
      (msg.recent || []).forEach(function (u) { add(u, false); });
    },
    update: function (u) { add(u, true); },
  });
})();
