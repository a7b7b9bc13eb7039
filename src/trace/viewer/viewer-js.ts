// The viewer's script (plain browser JavaScript, inlined into the HTML file).
// It reads the embedded trace (the JSON lines records: delta-encoded states),
// rebuilds any state from the nearest checkpoint, and draws the heap as a
// layered graph in SVG.
export const VIEWER_JS = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("trace-data").textContent);
  var header = data.header, steps = data.steps, end = data.end;
  var explain = data.explain, names = {};
  var CHECK = 50, checkpoints = [];
  // Rebuild states in order once, keeping a full copy every CHECK states.
  (function () {
    var stack = [], heap = new Map();
    for (var i = 0; i < steps.length; i++) {
      apply(steps[i], stack, heap);
      if (steps[i].names) Object.assign(names, steps[i].names);
      if (i % CHECK === 0) checkpoints.push({ stack: stack.slice(), heap: new Map(heap) });
    }
  })();
  function apply(s, stack, heap) {
    stack.length = s.stack.keep;
    for (var j = s.stack.push.length - 1; j >= 0; j--) stack.push(s.stack.push[j]);
    for (var k = 0; k < s.heap.del.length; k++) heap.delete(s.heap.del[k]);
    for (var m = 0; m < s.heap.set.length; m++) heap.set(s.heap.set[m].id, s.heap.set[m]);
  }
  function stateAt(i) {
    var c = checkpoints[Math.floor(i / CHECK)];
    var stack = c.stack.slice(), heap = new Map(c.heap);
    for (var j = Math.floor(i / CHECK) * CHECK + 1; j <= i; j++) apply(steps[j], stack, heap);
    return { rec: steps[i], stack: stack.slice().reverse(), heap: heap };
  }
  function hs(id) { return names[id]; }
  function label(id) { var h = hs(id); return h ? id + " (" + h + ")" : id; }
  var $ = function (id) { return document.getElementById(id); };
  var cur = 0, selected = null;

  function el(tag, attrs, text) {
    var e = document.createElementNS(tag === "div" || tag === "pre" || tag === "li" || tag === "span" || tag === "a" ? "http://www.w3.org/1999/xhtml" : "http://www.w3.org/2000/svg", tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function show(i) {
    if (i < 0) i = 0;
    if (i >= steps.length) i = steps.length - 1;
    cur = i;
    var st = stateAt(i), rec = st.rec;
    $("step-label").textContent = "Step " + rec.step + " (" + (i + 1) + " of " + steps.length + " recorded)";
    $("jump").value = rec.step;
    $("rule").textContent = rec.rule === null ? "initial state" : rec.rule;
    $("rule-explain").textContent = rec.rule === null ? "the state before the first step" : explain[rec.rule] || "";
    $("code").textContent = rec.code;
    // Translated programs: the Haskell names of the globals the code uses.
    var used = (rec.codeRefs || []).filter(function (r, k, a) { return hs(r) && a.indexOf(r) === k && rec.code.indexOf(r) >= 0; });
    $("code-names").textContent = used.map(function (r) { return r + " = " + hs(r); }).join("\n");
    var sd = $("stack"); sd.textContent = "";
    st.stack.forEach(function (f) {
      var d = el("div", { "class": "frame " + f.kind });
      d.appendChild(el("pre", {}, f.text));
      sd.appendChild(d);
    });
    $("stack-count").textContent = st.stack.length + (st.stack.length === 1 ? " frame" : " frames");
    if (rec.callStack) {
      $("callstack-section").hidden = false;
      $("callstack").textContent = rec.callStack.length ? rec.callStack.join("\n") : "(empty)";
    }
    $("prev").disabled = i === 0;
    $("next").disabled = i === steps.length - 1;
    drawHeap(st);
    runSearch();
  }

  // Layered layout: roots (what code and stack point to) on the first layer,
  // then breadth-first by pointer distance; objects not reached go last.
  function drawHeap(st) {
    var objs = Array.from(st.heap.values());
    var byId = new Map(objs.map(function (o) { return [o.id, o]; }));
    var codeRefs = (st.rec.codeRefs || []).slice();
    st.stack.forEach(function (f) { f.refs.forEach(function (r) { codeRefs.push(r); }); });
    var ids = objs.map(function (o) { return o.id; });
    var depth = new Map();
    function bfs(start) {
      var queue = [];
      start.forEach(function (r) { if (byId.has(r) && !depth.has(r)) { depth.set(r, 0); queue.push(r); } });
      while (queue.length) {
        var id = queue.shift(), o = byId.get(id);
        o.refs.forEach(function (r) { if (byId.has(r) && !depth.has(r)) { depth.set(r, depth.get(id) + 1); queue.push(r); } });
      }
    }
    // Roots: what the code and the stack use; then objects nothing shown points to.
    bfs(codeRefs);
    var pointed = new Set();
    objs.forEach(function (o) { o.refs.forEach(function (r) { if (r !== o.id) pointed.add(r); }); });
    bfs(ids.filter(function (id) { return !pointed.has(id); }));
    var maxD = 0; depth.forEach(function (d) { if (d > maxD) maxD = d; });
    ids.forEach(function (id) { if (!depth.has(id)) depth.set(id, maxD + 1); });
    var layers = [];
    ids.forEach(function (id) { var d = depth.get(id); (layers[d] = layers[d] || []).push(id); });
    var W = 170, H = 34, GX = 24, GY = 46, pos = new Map(), width = 0, row = 0;
    // A wide layer wraps onto several rows so the graph fits the panel.
    var perRow = Math.max(3, Math.floor(($("graph-wrap").clientWidth - 20) / (W + GX)));
    layers.forEach(function (layer) {
      (layer || []).forEach(function (id, k) {
        pos.set(id, { x: 10 + (k % perRow) * (W + GX), y: 10 + (row + Math.floor(k / perRow)) * (H + GY) });
      });
      if (layer) {
        width = Math.max(width, 10 + Math.min(layer.length, perRow) * (W + GX));
        row += Math.ceil(layer.length / perRow);
      }
    });
    var svg = $("graph");
    svg.textContent = "";
    var defs = el("defs");
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" });
    marker.appendChild(el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#888" }));
    defs.appendChild(marker); svg.appendChild(defs);
    var edges = 0;
    objs.forEach(function (o) {
      var a = pos.get(o.id);
      o.refs.forEach(function (r) {
        var b = pos.get(r); if (!b || r === o.id) return;
        edges++;
        var x1 = a.x + W / 2, y1 = a.y + H, x2 = b.x + W / 2, y2 = b.y;
        var d;
        if (Math.abs(b.y - a.y) < H) {
          // Same layer: a loop below the row.
          d = "M" + x1 + " " + y1 + " C " + x1 + " " + (y1 + 30) + ", " + x2 + " " + (y1 + 30) + ", " + x2 + " " + (b.y + H);
        } else {
          if (b.y < a.y) { y1 = a.y; y2 = b.y + H; }
          d = "M" + x1 + " " + y1 + " C " + x1 + " " + (y1 + y2) / 2 + ", " + x2 + " " + (y1 + y2) / 2 + ", " + x2 + " " + y2;
        }
        svg.appendChild(el("path", { "class": "edge", "data-from": o.id, "data-to": r, d: d }));
      });
    });
    var rootSet = new Set(codeRefs);
    objs.forEach(function (o) {
      var p = pos.get(o.id);
      var g = el("g", { "class": "node kind-" + o.kind + (o.id === selected ? " selected" : "") + (rootSet.has(o.id) ? " root" : ""), "data-id": o.id, transform: "translate(" + p.x + "," + p.y + ")" });
      var t = el("title", {}, label(o.id) + "\n" + o.text);
      g.appendChild(t);
      g.appendChild(el("rect", { width: W, height: H }));
      g.appendChild(el("text", { x: 5, y: 13 }, short(o.kind + " " + (hs(o.id) || o.id))));
      g.appendChild(el("text", { x: 5, y: 27 }, short(o.head ? (hs(o.head) || o.head) : o.text.replace(/\s+/g, " "))));
      g.addEventListener("click", function () { select(o.id); });
      svg.appendChild(g);
    });
    svg.setAttribute("width", Math.max(width, 200));
    svg.setAttribute("height", 20 + row * (H + GY));
    $("heap-count").textContent = objs.length + (objs.length === 1 ? " object" : " objects") + ", " + edges + " pointers";
    showDetail(st);
  }
  function short(s) { return s.length > 25 ? s.slice(0, 24) + "\u2026" : s; }

  function select(id) { selected = id; show(cur); }
  function showDetail(st) {
    var d = $("detail");
    var o = selected !== null ? st.heap.get(selected) : undefined;
    if (!o) { d.textContent = selected !== null ? selected + " is not in the heap at this step" : "Click a node to see the object."; return; }
    d.textContent = "";
    d.appendChild(el("div", {}, label(o.id) + " \u2014 " + o.kind));
    d.appendChild(el("pre", {}, o.text));
  }

  // Search: closures whose id, Haskell name, constructor or text contains the query.
  function runSearch() {
    var q = $("search").value.trim(), ul = $("search-results");
    ul.textContent = "";
    $("search-count").textContent = "";
    if (q === "") return;
    var st = stateAt(cur), hits = 0;
    // Exact names first, then names containing the query, then object texts.
    var found = [];
    st.heap.forEach(function (o) {
      var nm = [o.id, hs(o.id) || ""];
      var rank = nm.indexOf(q) >= 0 ? 0 : nm.join(" ").indexOf(q) >= 0 ? 1 :
        [o.head || "", o.head ? hs(o.head) || "" : "", o.text].join(" ").indexOf(q) >= 0 ? 2 : -1;
      if (rank >= 0) found.push({ o: o, rank: rank });
    });
    found.sort(function (a, b) { return a.rank - b.rank; });
    found.forEach(function (f) {
      var o = f.o;
      hits++;
      var li = el("li", { "data-id": o.id }, label(o.id) + ": " + o.kind + " " + short(o.text.replace(/\s+/g, " ")));
      li.addEventListener("click", function () { select(o.id); });
      ul.appendChild(li);
    });
    if (hits === 0) {
      // Not here: where does it next appear?
      for (var i = 0; i < steps.length; i++) {
        var s = steps[(cur + i) % steps.length];
        var f = s.heap.set.find(function (o) { return o.id === q || hs(o.id) === q; });
        if (f) {
          var li2 = el("li", { "data-step": s.step }, q + " is not in this heap; it appears at step " + s.step);
          li2.addEventListener("click", (function (k) { return function () { selected = f.id; show(k); }; })((cur + i) % steps.length));
          ul.appendChild(li2);
          return;
        }
      }
      ul.appendChild(el("li", {}, "no closure matches " + q));
    }
    $("search-count").textContent = hits + (hits === 1 ? " match" : " matches");
  }

  function jump() {
    var want = Number($("jump").value);
    var best = 0;
    for (var i = 0; i < steps.length; i++) if (steps[i].step <= want) best = i;
    show(best);
  }

  $("prev").addEventListener("click", function () { show(cur - 1); });
  $("next").addEventListener("click", function () { show(cur + 1); });
  $("first").addEventListener("click", function () { show(0); });
  $("last").addEventListener("click", function () { show(steps.length - 1); });
  $("jump-go").addEventListener("click", jump);
  $("jump").addEventListener("keydown", function (e) { if (e.key === "Enter") jump(); });
  $("search").addEventListener("input", runSearch);
  document.addEventListener("keydown", function (e) {
    if (e.target && e.target.tagName === "INPUT") return;
    if (e.key === "ArrowRight") show(cur + 1);
    if (e.key === "ArrowLeft") show(cur - 1);
  });
  $("title").textContent = header.program + " \u2014 " + (header.style === "PE" ? "push/enter" : "eval/apply");
  $("outcome").textContent = "Outcome of the run: " + data.outcomeText + (end.traced.bounded ? " \u2014 run of " + end.steps + " steps, trace holds steps " + end.traced.first + "\u2013" + end.traced.last : "");
  window.traceViewer = { show: show, count: steps.length };
  show(0);
})();
`;
