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
  // print every explanation, not only the opened ones
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.setAttribute("data-was-open", d.open ? "1" : ""); d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = d.getAttribute("data-was-open") === "1"; });
  });
})();
