// 政策库: a highlighted sentence opens the panels of the clauses that quote it. Without script every
// panel is shown (and printed); with it, only the chosen ones.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.funded, mark.provision"));
  var panels = Array.prototype.slice.call(document.querySelectorAll(".clause-panel"));

  function open(ids, mark) {
    panels.forEach(function (p) { p.classList.toggle("active", ids.indexOf(p.id) >= 0); });
    marks.forEach(function (m) { m.classList.toggle("active", m === mark); });
    var first = document.getElementById(ids[0]);
    if (first) { first.scrollIntoView({block: "nearest"}); }
  }

  function idsOf(mark) {
    if (mark.dataset.clauses) {
      return mark.dataset.clauses.split(" ").map(function (id) { return "clause-" + id; });
    }
    return mark.dataset.provisions.split(" ").map(function (id) { return "provision-" + id; });
  }

  marks.forEach(function (m) {
    m.addEventListener("click", function () { open(idsOf(m), m); });
    m.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(idsOf(m), m); }
    });
  });

  document.querySelectorAll("[data-open]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var id = a.getAttribute("data-open");
      var mark = marks.filter(function (m) { return idsOf(m).indexOf(id) >= 0; })[0] || null;
      open([id], mark);
      if (mark) { mark.scrollIntoView({block: "center"}); }
      history.replaceState(null, "", "#" + id);
    });
  });

  var hash = location.hash.slice(1);
  if (hash && document.getElementById(hash) && /^(clause|provision)-/.test(hash)) {
    var m = marks.filter(function (x) { return idsOf(x).indexOf(hash) >= 0; })[0] || null;
    open([hash], m);
  }
})();
