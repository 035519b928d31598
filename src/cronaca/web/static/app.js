// cronaca web: the document page's interactions (no inline scripts: the CSP forbids them).
// Highlights carry data-ref (a1, q2, e3); the side list's records carry the same data-ref.
"use strict";
(function () {
  const text = document.getElementById("doctext");
  const records = document.getElementById("records");
  if (!text || !records) return;

  const cssRef = (ref) => (window.CSS && CSS.escape ? CSS.escape(ref) : ref.replace(/"/g, '\\"'));
  const marksOf = (ref) => text.querySelectorAll('.hl[data-ref="' + cssRef(ref) + '"]');
  const recOf = (ref) => records.querySelector('.rec[data-ref="' + cssRef(ref) + '"]');

  function flash(els) {
    els.forEach((el) => {
      el.classList.remove("flash");
      void el.offsetWidth; // restart the animation
      el.classList.add("flash");
    });
  }

  function show(ref, scrollText) {
    const marks = marksOf(ref);
    records.querySelectorAll(".rec.current").forEach((r) => r.classList.remove("current"));
    const rec = recOf(ref);
    if (rec) rec.classList.add("current");
    if (!marks.length) return false;
    if (scrollText) marks[0].scrollIntoView({ behavior: "smooth", block: "center" });
    flash(Array.from(marks));
    return true;
  }

  // a record in the side list: scroll to its evidence and flash it
  records.addEventListener("click", (ev) => {
    const rec = ev.target.closest(".rec");
    if (!rec) return;
    ev.preventDefault();
    const ref = rec.dataset.ref;
    show(ref, true);
    history.replaceState(null, "", "#" + ref);
  });

  // a highlight in the text: show its record in the side list
  text.addEventListener("click", (ev) => {
    const hl = ev.target.closest(".hl");
    if (!hl) return;
    const rec = recOf(hl.dataset.ref);
    show(hl.dataset.ref, false);
    if (rec) {
      rec.scrollIntoView({ behavior: "smooth", block: "nearest" });
      flash([rec]);
    }
  });

  // hovering a highlight or a record lights up all the pieces of the same record
  function hover(ref, on) {
    marksOf(ref).forEach((m) => m.classList.toggle("hover", on));
    const rec = recOf(ref);
    if (rec) rec.classList.toggle("hover", on);
  }
  for (const root of [text, records]) {
    root.addEventListener("mouseover", (ev) => {
      const el = ev.target.closest("[data-ref]");
      if (el) hover(el.dataset.ref, true);
    });
    root.addEventListener("mouseout", (ev) => {
      const el = ev.target.closest("[data-ref]");
      if (el) hover(el.dataset.ref, false);
    });
  }

  // the legend switches a layer's colours off and on
  const legend = document.getElementById("legend");
  if (legend) {
    legend.addEventListener("click", (ev) => {
      const b = ev.target.closest("button[data-layer]");
      if (!b) return;
      const on = !b.classList.contains("on");
      b.classList.toggle("on", on);
      b.setAttribute("aria-pressed", String(on));
      text.classList.toggle("off-" + b.dataset.layer, !on);
    });
  }

  // links like /documents/ID#e3 (from the events and quotes tables) open on that evidence
  const initial = decodeURIComponent(location.hash.slice(1));
  if (initial) window.addEventListener("load", () => show(initial, true));
})();
