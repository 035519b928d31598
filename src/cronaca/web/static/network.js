// cronaca web: the actor network on a <canvas>, a small force layout of our own (no library).
// Data: <script type="application/json" id="net-data"> {nodes: [{id, name, events}], edges: [{source, target, events, goldstein, coop, conflict}]}
"use strict";
(function () {
  const canvas = document.getElementById("net");
  const dataEl = document.getElementById("net-data");
  if (!canvas || !dataEl) return;
  const data = JSON.parse(dataEl.textContent);
  const ctx = canvas.getContext("2d");
  const W = canvas.width, H = canvas.height;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = W * dpr; canvas.height = H * dpr; ctx.scale(dpr, dpr);

  const byId = new Map();
  const maxEv = Math.max(1, ...data.nodes.map((n) => n.events));
  data.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, data.nodes.length);
    n.x = W / 2 + Math.cos(a) * W * 0.3 + (i % 7); n.y = H / 2 + Math.sin(a) * H * 0.3 + (i % 5);
    n.vx = 0; n.vy = 0; n.r = 5 + 16 * Math.sqrt(n.events / maxEv);
    byId.set(n.id, n);
  });
  const edges = data.edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  const maxE = Math.max(1, ...edges.map((e) => e.events));

  function step() {
    const nodes = data.nodes;
    for (let i = 0; i < nodes.length; i++) {           // repulsion (n <= 300: O(n^2) is fine)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        const f = 3200 / d2, d = Math.sqrt(d2);
        dx /= d; dy /= d;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const e of edges) {                             // springs
      const a = byId.get(e.source), b = byId.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (d - 140) * 0.006;
      a.vx += (dx / d) * f; a.vy += (dy / d) * f; b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
    }
    for (const n of nodes) {                             // gravity, damping, bounds
      n.vx += (W / 2 - n.x) * 0.002; n.vy += (H / 2 - n.y) * 0.002;
      if (n === drag) { n.vx = n.vy = 0; continue; }
      n.vx *= 0.82; n.vy *= 0.82;
      n.x = Math.min(W - n.r, Math.max(n.r, n.x + n.vx));
      n.y = Math.min(H - n.r, Math.max(n.r, n.y + n.vy));
    }
  }

  function colour(e, alpha) {
    const c = e.coop >= e.conflict ? "21,128,61" : "185,28,28";
    return "rgba(" + c + "," + alpha + ")";
  }

  function draw() {
    ctx.clearRect(0, 0, W, H);
    for (const e of edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      const hot = selected && (selected === a || selected === b);
      ctx.strokeStyle = colour(e, selected ? (hot ? 0.85 : 0.08) : 0.45);
      ctx.lineWidth = 1 + 4 * (e.events / maxE);
      ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
      const ang = Math.atan2(b.y - a.y, b.x - a.x), tx = b.x - Math.cos(ang) * (b.r + 2), ty = b.y - Math.sin(ang) * (b.r + 2);
      ctx.fillStyle = ctx.strokeStyle;
      ctx.beginPath(); ctx.moveTo(tx, ty);
      ctx.lineTo(tx - 8 * Math.cos(ang - 0.35), ty - 8 * Math.sin(ang - 0.35));
      ctx.lineTo(tx - 8 * Math.cos(ang + 0.35), ty - 8 * Math.sin(ang + 0.35));
      ctx.fill();
    }
    ctx.font = "12px system-ui, sans-serif"; ctx.textAlign = "center";
    for (const n of data.nodes) {
      ctx.fillStyle = n === selected ? "#0f766e" : "#1d4ed8";
      ctx.globalAlpha = selected && n !== selected && !neighbours.has(n) ? 0.3 : 1;
      ctx.beginPath(); ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI); ctx.fill();
      ctx.fillStyle = "#1f2430"; ctx.fillText(n.label, n.x, n.y - n.r - 4);
      ctx.globalAlpha = 1;
    }
  }

  let drag = null, selected = null, neighbours = new Set(), ticks = 0, moved = false;
  function loop() {
    if (ticks < 600 || drag) { step(); ticks++; }
    draw();
    requestAnimationFrame(loop);
  }
  function at(ev) {
    const r = canvas.getBoundingClientRect();
    const x = ((ev.clientX - r.left) / r.width) * W, y = ((ev.clientY - r.top) / r.height) * H;
    let best = null;
    for (const n of data.nodes) if ((n.x - x) ** 2 + (n.y - y) ** 2 <= (n.r + 4) ** 2) best = n;
    return { x, y, node: best };
  }
  canvas.addEventListener("mousedown", (ev) => { const p = at(ev); drag = p.node; moved = false; });
  canvas.addEventListener("mousemove", (ev) => {
    const p = at(ev);
    canvas.style.cursor = p.node ? "pointer" : "grab";
    if (drag) { drag.x = p.x; drag.y = p.y; moved = true; ticks = Math.min(ticks, 500); }
  });
  window.addEventListener("mouseup", (ev) => {
    if (drag && !moved) select(drag);
    else if (!drag && ev.target === canvas) select(null);
    drag = null;
  });

  const sel = document.getElementById("netsel"), links = document.getElementById("netlinks");
  function link(href, text) {
    const li = document.createElement("li"), a = document.createElement("a");
    a.href = href; a.textContent = text; li.appendChild(a); return li;
  }
  function select(n) {
    selected = n; neighbours = new Set(); links.textContent = "";
    if (!n) { sel.textContent = "Click an actor."; return; }
    sel.textContent = n.name + " (" + n.id + "): " + n.events + " events";
    links.appendChild(link("/events?actor=" + encodeURIComponent(n.id), "Events with " + n.id + " as source"));
    links.appendChild(link("/events?target=" + encodeURIComponent(n.id), "Events with " + n.id + " as target"));
    for (const e of edges) {
      if (e.source !== n.id && e.target !== n.id) continue;
      const other = e.source === n.id ? e.target : e.source;
      neighbours.add(byId.get(other));
      links.appendChild(link("/dyads/" + encodeURIComponent(e.source) + "/" + encodeURIComponent(e.target),
        e.source + " → " + e.target + ": " + e.events + " events, Goldstein " + e.goldstein));
    }
  }
  loop();
})();
