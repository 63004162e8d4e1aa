// 政策计算器: small helpers only (the pages work without this file).
(function () {
  document.querySelectorAll(".js-only").forEach(function (el) { el.style.display = "inline-block"; });
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var url = new URL(button.getAttribute("data-copy"), window.location.href).href;
      if (navigator.clipboard) { navigator.clipboard.writeText(url); }
      button.textContent = "已复制";
    });
  });
  // a list fact (就餐记录 …): add a blank item row, remove a row; names carry the row's index
  // (f.meals.3.price), which the server renumbers in order, so a gap left by a removed row is harmless
  function isUnit(select) { return /(^|:)u\./.test(select.getAttribute("name")); }  // a unit keeps its choice
  function renumber(list) {
    list.querySelectorAll(".list-row").forEach(function (row, n) {
      row.querySelector(".list-no").textContent = String(n + 1);
    });
  }
  document.querySelectorAll(".list-add").forEach(function (button) {
    button.addEventListener("click", function () {
      var list = document.querySelector('.list-rows[data-list="' + button.getAttribute("data-for") + '"]');
      var rows = list.querySelectorAll(".list-row");
      var last = rows[rows.length - 1];
      var next = 0;
      rows.forEach(function (row) { next = Math.max(next, Number(row.getAttribute("data-index")) + 1); });
      var copy = last.cloneNode(true);
      copy.setAttribute("data-index", String(next));
      copy.querySelectorAll("[name]").forEach(function (input) {
        input.setAttribute("name", input.getAttribute("name").replace(/\.[0-9]+\.([a-z][a-z0-9_]*)$/, "." + next + ".$1"));
        if (input.tagName !== "SELECT") { input.value = ""; } else if (!isUnit(input)) { input.selectedIndex = 0; }
      });
      wireRemove(copy.querySelector(".list-remove"));
      list.appendChild(copy);
      renumber(list);
      var first = copy.querySelector("input, select");
      if (first) { first.focus(); }
    });
  });
  function wireRemove(button) {
    button.addEventListener("click", function () {
      var row = button.closest(".list-row");
      var list = row.parentNode;
      if (list.querySelectorAll(".list-row").length > 1) { row.remove(); } else {
        row.querySelectorAll("input").forEach(function (input) { input.value = ""; });
        row.querySelectorAll("select").forEach(function (s) { if (!isUnit(s)) { s.selectedIndex = 0; } });
      }
      renumber(list);
    });
  }
  document.querySelectorAll(".list-remove").forEach(wireRemove);
  // print every explanation, not only the opened ones
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.setAttribute("data-was-open", d.open ? "1" : ""); d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = d.getAttribute("data-was-open") === "1"; });
  });
})();
