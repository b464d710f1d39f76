// Seaworthy HTML report: filtering, sorting and details of the findings table.
// Reads the page only through the DOM API (dataset, textContent); never writes markup from data.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function init() {
    var table = document.getElementById("findings-table");
    if (!table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody.finding"));
    rows.forEach(function (tb, i) { tb.dataset.order = String(i); });
    var total = rows.length;
    var sev = document.getElementById("f-severity");
    var cat = document.getElementById("f-category");
    var rule = document.getElementById("f-rule");
    var text = document.getElementById("f-text");
    var shown = document.getElementById("f-shown");
    var nomatch = document.getElementById("f-nomatch");
    var searchText = rows.map(function (tb) { return tb.textContent.toLowerCase(); });

    function apply() {
      var s = sev.value, c = cat.value, r = rule.value, t = text.value.trim().toLowerCase();
      var n = 0;
      rows.forEach(function (tb, i) {
        var d = tb.dataset;
        var visible = (s === "" || d.severity === s) && (c === "" || d.category === c) && (r === "" || d.rule === r)
          && (t === "" || searchText[i].indexOf(t) >= 0);
        tb.hidden = !visible;
        if (visible) { n++; }
      });
      shown.textContent = n === total ? total + " findings" : n + " of " + total + " findings";
      if (nomatch) { nomatch.hidden = n !== 0; }
    }
    [sev, cat, rule].forEach(function (el) { el.addEventListener("change", apply); });
    text.addEventListener("input", apply);
    document.getElementById("f-reset").addEventListener("click", function () {
      sev.value = ""; cat.value = ""; rule.value = ""; text.value = "";
      apply();
    });

    function setOpen(tb, open) {
      tb.classList.toggle("open", open);
      var b = tb.querySelector("button.toggle");
      if (b) { b.setAttribute("aria-expanded", open ? "true" : "false"); }
    }
    rows.forEach(function (tb) {
      tb.querySelector("tr.row").addEventListener("click", function (e) {
        if (e.target.closest("a")) { return; }
        setOpen(tb, !tb.classList.contains("open"));
      });
    });
    var expand = document.getElementById("f-expand");
    expand.addEventListener("click", function () {
      var open = expand.getAttribute("aria-pressed") !== "true";
      rows.forEach(function (tb) { if (!tb.hidden) { setOpen(tb, open); } });
      expand.setAttribute("aria-pressed", open ? "true" : "false");
      expand.textContent = open ? "Collapse all" : "Expand all";
    });

    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th[data-key]"));
    function key(tb, k) {
      var d = tb.dataset;
      switch (k) {
        case "severity": return [Number(d.rank)];
        case "location": return [d.file || "", Number(d.line || 0)];
        default: {
          var cell = tb.querySelector("td." + k);
          return [cell ? cell.textContent.trim().toLowerCase() : ""];
        }
      }
    }
    function compare(a, b) {
      for (var i = 0; i < a.length; i++) {
        if (a[i] < b[i]) { return -1; }
        if (a[i] > b[i]) { return 1; }
      }
      return 0;
    }
    headers.forEach(function (th) {
      th.querySelector("button.sort").addEventListener("click", function () {
        var k = th.dataset.key;
        // severity sorts highest first on the first click; everything else A to Z
        var first = k === "severity" ? "descending" : "ascending";
        var current = th.getAttribute("aria-sort");
        var dir = current === first ? (first === "ascending" ? "descending" : "ascending") : first;
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir);
        var sign = dir === "ascending" ? 1 : -1;
        var sorted = rows.slice().sort(function (a, b) {
          return sign * compare(key(a, k), key(b, k)) || Number(a.dataset.order) - Number(b.dataset.order);
        });
        sorted.forEach(function (tb) { table.insertBefore(tb, nomatch); });
      });
    });
    apply();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
