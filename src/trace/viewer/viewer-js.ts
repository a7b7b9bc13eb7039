// The viewer's script (plain browser JavaScript, inlined into the HTML file).
// It reads the embedded trace (the JSON lines records: delta-encoded states),
// rebuilds any state from the nearest checkpoint, and draws the heap as a
// graph in SVG: by default only what the code and the stack reach within a
// few hops, base-library closures collapsed into one node per module, each
// node kept where it was on the previous step.
export const VIEWER_JS = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("trace-data").textContent);
  var header = data.header, steps = data.steps, end = data.end;
  var explain = data.explain, names = {}, spans = {};
  var library = new Set(data.libraryModules || []);
  var CHECK = 50, checkpoints = [], threadsAt = [];
  // Rebuild states in order once, keeping a full copy every CHECK states.
  (function () {
    var stack = [], heap = new Map(), threads = [];
    for (var i = 0; i < steps.length; i++) {
      apply(steps[i], stack, heap);
      // A line carries the suspended threads only when they changed.
      if (steps[i].threads) threads = steps[i].threads;
      threadsAt.push(threads);
      if (steps[i].names) Object.assign(names, steps[i].names);
      if (steps[i].spans) Object.assign(spans, steps[i].spans);
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
  function label(id) { var h = hs(id); return h ? id + " (" + h + (spans[id] ? ", " + spans[id] : "") + ")" : id; }
  function shown(id) { return hs(id) || id; }
  // An allocation site (owner/binder, owner/PAP of f, owner/primop#) with Haskell names.
  function siteName(site) {
    var k = site.indexOf("/");
    return k < 0 ? shown(site) : shown(site.slice(0, k)) + hsText(site.slice(k));
  }
  function moduleOf(name) {
    var m = /^((?:[A-Z][\w']*\.)+)([\s\S]+)$/.exec(name);
    return m ? m[1].slice(0, -1) : undefined;
  }
  function isLibrary(mod) { return mod !== undefined && (library.has(mod) || mod.indexOf("GHC.") === 0); }
  // The base-library module an object belongs to (by its name, or for an
  // allocated object by the function that allocated it), or undefined.
  function groupOf(o) {
    var owner = o.id;
    if (o.id.charAt(0) === "$") {
      if (o.site) owner = o.site.slice(0, o.site.indexOf("/") < 0 ? undefined : o.site.indexOf("/"));
      else if (o.head) owner = o.head;
      else return undefined;
    }
    var h = hs(owner);
    if (!h) return undefined;
    var mod = moduleOf(h);
    return isLibrary(mod) ? mod : undefined;
  }
  var $ = function (id) { return document.getElementById(id); };
  var cur = 0, selected = null, pinned = new Set(), expanded = new Set();
  var slots = new Map(), slotHops = null;

  function el(tag, attrs, text) {
    var html = tag === "div" || tag === "pre" || tag === "li" || tag === "span" || tag === "a" || tag === "code" || tag === "details" || tag === "summary";
    var e = document.createElementNS(html ? "http://www.w3.org/1999/xhtml" : "http://www.w3.org/2000/svg", tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // Text with encoded globals replaced by their Haskell names: pieces with
  // enc set where a name was replaced.
  function pieces(text) {
    var re = /[A-Za-z_][A-Za-z0-9_']*/g, last = 0, m, out = [];
    while ((m = re.exec(text)) !== null) {
      var tok = m[0], h = names[tok], len = tok.length, a;
      if (m.index > 0 && /[$#\w]/.test(text.charAt(m.index - 1))) continue;
      // A call shows the arity after the name: f_? or f_2.
      if (!h && tok.charAt(tok.length - 1) === "_" && text.charAt(m.index + len) === "?") { h = names[tok.slice(0, -1)]; len++; }
      if (!h && (a = /^(.+)_\d+$/.exec(tok))) h = names[a[1]];
      if (!h) continue;
      if (m.index > last) out.push({ text: text.slice(last, m.index) });
      out.push({ text: h, enc: text.slice(m.index, m.index + len) });
      last = m.index + len;
      re.lastIndex = last;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    return out;
  }
  function hsText(text) { return pieces(text).map(function (p) { return p.text; }).join(""); }
  // The same as DOM: each Haskell name shows its encoded name (and where
  // the sources define it) on hover.
  function named(parent, text) {
    pieces(text).forEach(function (p) {
      if (p.enc === undefined) { parent.appendChild(document.createTextNode(p.text)); return; }
      var base = p.enc.replace(/_(\?|\d+)$/, ""), at = spans[base] || spans[p.enc];
      parent.appendChild(el("span", { "class": "hsname", title: p.enc + (at ? " \u2014 defined at " + at : "") }, p.text));
    });
    return parent;
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
    var story = $("story"); story.textContent = "";
    (rec.story || []).forEach(function (line) { story.appendChild(named(el("li", {}), line)); });
    (rec.output || []).forEach(function (o) {
      story.appendChild(el("li", { "class": "output" }, "wrote to " + o.stream + ": " + JSON.stringify(o.text)));
    });
    showOutput(i);
    var code = $("code"); code.textContent = "";
    named(code, rec.code);
    // Translated programs: the Haskell names of the globals the code uses.
    var used = (rec.codeRefs || []).filter(function (r, k, a) { return hs(r) && a.indexOf(r) === k && rec.code.indexOf(r) >= 0; });
    $("code-names").textContent = used.map(function (r) { return r + " = " + hs(r); }).join("\n");
    var sd = $("stack"); sd.textContent = "";
    st.stack.forEach(function (f) {
      var d = el("div", { "class": "frame " + f.kind });
      d.appendChild(named(el("pre", {}), f.text));
      sd.appendChild(d);
    });
    $("stack-count").textContent = st.stack.length + (st.stack.length === 1 ? " frame" : " frames") + (rec.thread !== undefined ? " (thread " + rec.thread + ")" : "");
    showThreads(rec, threadsAt[i]);
    if (rec.callStack) {
      $("callstack-section").hidden = false;
      var cs = $("callstack"); cs.textContent = "";
      named(cs, rec.callStack.length ? rec.callStack.join("\n") : "(empty)");
    }
    $("prev").disabled = i === 0;
    $("next").disabled = i === steps.length - 1;
    drawHeap(st);
    runSearch();
  }

  // Which thread runs, and each suspended thread's code and stack
  // (collapsed; those the user opened stay open from step to step).
  var openThreads = new Set();
  function showThreads(rec, threads) {
    $("threads-section").hidden = rec.thread === undefined;
    if (rec.thread === undefined) return;
    $("thread-running").textContent = "thread " + rec.thread + " runs" + (threads.length ? "; " + threads.length + " suspended" : "");
    var box = $("threads"); box.textContent = "";
    threads.forEach(function (t) {
      var d = el("details", { "class": "thread", "data-thread": String(t.id) });
      if (openThreads.has(t.id)) d.setAttribute("open", "");
      d.addEventListener("toggle", function () { if (d.open) openThreads.add(t.id); else openThreads.delete(t.id); });
      d.appendChild(el("summary", {}, "thread " + t.id + ": " + t.status + " (" + t.stack.length + (t.stack.length === 1 ? " frame)" : " frames)")));
      if (t.code) d.appendChild(named(el("pre", { "class": "thread-code" }), t.code));
      t.stack.forEach(function (f) {
        var fd = el("div", { "class": "frame " + f.kind });
        fd.appendChild(named(el("pre", {}), f.text));
        d.appendChild(fd);
      });
      box.appendChild(d);
    });
  }

  // Everything the program wrote up to this step; this step's part marked.
  function showOutput(i) {
    var out = $("output"); out.textContent = "";
    var any = false;
    for (var j = 0; j <= i; j++) (steps[j].output || []).forEach(function (o) {
      any = true;
      out.appendChild(el("span", { "class": o.stream + (j === i ? " now" : "") }, o.text));
    });
    $("output-section").hidden = !any && !steps.some(function (s) { return s.output; });
    if (!any) out.textContent = "(nothing yet)";
  }

  function hopsSetting() { var v = $("focus").value; return v === "all" ? Infinity : Number(v); }

  function drawHeap(st) {
    var objs = Array.from(st.heap.values());
    var byId = new Map(objs.map(function (o) { return [o.id, o]; }));
    var roots = (st.rec.codeRefs || []).slice();
    st.stack.forEach(function (f) { f.refs.forEach(function (r) { roots.push(r); }); });
    var rootSet = new Set(roots);
    var touched = st.rec.touched || {};
    var mark = new Map();
    (touched.allocated || []).forEach(function (id) { mark.set(id, "alloc"); });
    (touched.updated || []).forEach(function (id) { mark.set(id, "updated"); });
    (touched.blackholed || []).forEach(function (id) { mark.set(id, "blackholed"); });
    if (touched.entered) mark.set(touched.entered, (mark.get(touched.entered) || "") + " entered");
    // Pointer distance from the roots (code and stack).
    var depth = new Map(), queue = [];
    roots.forEach(function (r) { if (byId.has(r) && !depth.has(r)) { depth.set(r, 0); queue.push(r); } });
    for (var q = 0; q < queue.length; q++) {
      var id = queue[q], o = byId.get(id);
      o.refs.forEach(function (r) { if (byId.has(r) && !depth.has(r)) { depth.set(r, depth.get(id) + 1); queue.push(r); } });
    }
    var hops = hopsSetting();
    if (slotHops !== hops) { slots = new Map(); slotHops = hops; }
    // What is shown: within the focus, plus what this step touched and what
    // the user picked (selected or searched).
    var visible = objs.filter(function (o) {
      var d = depth.get(o.id);
      return (d !== undefined && d <= hops) || hops === Infinity || mark.has(o.id) || pinned.has(o.id) || o.id === selected;
    });
    // Base-library closures collapse into one node per module unless expanded.
    var keyOf = new Map(), groups = new Map();
    visible.forEach(function (o) {
      var g = groupOf(o);
      if (g !== undefined && !expanded.has(g) && o.id !== selected) {
        keyOf.set(o.id, "group:" + g);
        var e = groups.get(g);
        if (!e) groups.set(g, e = { module: g, members: [], depth: Infinity, marks: new Set(), root: false });
        e.members.push(o);
        var d = depth.has(o.id) ? depth.get(o.id) : Infinity;
        if (d < e.depth) e.depth = d;
        if (mark.has(o.id)) e.marks.add(mark.get(o.id));
        if (rootSet.has(o.id)) e.root = true;
      } else keyOf.set(o.id, o.id);
    });
    // Stable positions: a node keeps the slot it got when it appeared; a new
    // node takes the first free row of the column of its distance.
    var MAXCOL = hops === Infinity ? 7 : Math.min(hops + 1, 7);
    var W = 165, H = 36, GX = 40, GY = 12;
    var keys = [];
    visible.forEach(function (o) { if (keyOf.get(o.id) === o.id) keys.push({ key: o.id, depth: depth.has(o.id) ? depth.get(o.id) : Infinity }); });
    groups.forEach(function (g) { keys.push({ key: "group:" + g.module, depth: g.depth }); });
    var live = new Set(keys.map(function (k) { return k.key; }));
    slots.forEach(function (_, k) { if (!live.has(k)) slots.delete(k); });
    var used = new Map();
    slots.forEach(function (s) { (used.get(s.col) || used.set(s.col, new Set()).get(s.col)).add(s.row); });
    keys.forEach(function (k) {
      if (slots.has(k.key)) return;
      var col = Math.min(k.depth, MAXCOL);
      var taken = used.get(col) || used.set(col, new Set()).get(col);
      var row = 0; while (taken.has(row)) row++;
      taken.add(row);
      slots.set(k.key, { col: col, row: row });
    });
    var pos = new Map(), width = 200, height = 60;
    slots.forEach(function (s, k) {
      var p = { x: 10 + s.col * (W + GX), y: 10 + s.row * (H + GY) };
      pos.set(k, p);
      width = Math.max(width, p.x + W + 10); height = Math.max(height, p.y + H + 10);
    });
    var svg = $("graph");
    svg.textContent = "";
    var defs = el("defs");
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" });
    marker.appendChild(el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#888" }));
    defs.appendChild(marker); svg.appendChild(defs);
    var edges = 0, groupEdges = new Set();
    visible.forEach(function (o) {
      var ka = keyOf.get(o.id), a = pos.get(ka);
      o.refs.forEach(function (r) {
        var kb = keyOf.get(r); if (kb === undefined || r === o.id || kb === ka) return;
        if (ka !== o.id || kb !== r) { if (groupEdges.has(ka + ">" + kb)) return; groupEdges.add(ka + ">" + kb); }
        var b = pos.get(kb);
        edges++;
        var x1 = a.x + W, y1 = a.y + H / 2, x2 = b.x, y2 = b.y + H / 2, d;
        if (b.x <= a.x) {
          // Backwards or within a column: around the right side.
          x2 = b.x + W;
          d = "M" + x1 + " " + y1 + " C " + (x1 + 40) + " " + y1 + ", " + (x2 + 40) + " " + y2 + ", " + x2 + " " + y2;
        } else d = "M" + x1 + " " + y1 + " C " + (x1 + GX / 2) + " " + y1 + ", " + (x2 - GX / 2) + " " + y2 + ", " + x2 + " " + y2;
        svg.appendChild(el("path", { "class": "edge", "data-from": ka, "data-to": kb, d: d }));
      });
    });
    visible.forEach(function (o) {
      if (keyOf.get(o.id) !== o.id) return;
      var p = pos.get(o.id);
      var cls = "node kind-" + o.kind + (o.id === selected ? " selected" : "") + (rootSet.has(o.id) ? " root" : "") + (mark.has(o.id) ? " " + mark.get(o.id) : "");
      var g = el("g", { "class": cls, "data-id": o.id, transform: "translate(" + p.x + "," + p.y + ")" });
      g.appendChild(el("title", {}, label(o.id) + (o.site ? "\nallocated by " + siteName(o.site) + " (" + o.site + ")" : "") + "\n" + hsText(o.text)));
      g.appendChild(el("rect", { width: W, height: H }));
      g.appendChild(el("text", { x: 5, y: 14 }, short(o.kind + " " + shown(o.id))));
      var second = o.id.charAt(0) === "$" && o.site ? siteName(o.site) : o.head ? shown(o.head) : hsText(o.text).replace(/\s+/g, " ");
      g.appendChild(el("text", { x: 5, y: 29, "class": "sub" }, short(second)));
      g.addEventListener("click", function () { select(o.id); });
      svg.appendChild(g);
    });
    groups.forEach(function (gr) {
      var k = "group:" + gr.module, p = pos.get(k);
      var cls = "node group" + (gr.root ? " root" : "") + Array.from(gr.marks).map(function (m) { return " has-" + m.trim().split(" ")[0]; }).join("");
      var g = el("g", { "class": cls, "data-group": gr.module, "data-count": String(gr.members.length), transform: "translate(" + p.x + "," + p.y + ")" });
      g.appendChild(el("title", {}, gr.module + ": " + gr.members.length + " base-library closures (click to expand)\n" + gr.members.slice(0, 30).map(function (o) { return shown(o.id); }).join("\n")));
      g.appendChild(el("rect", { width: W, height: H }));
      g.appendChild(el("text", { x: 5, y: 14 }, short("\u25b8 " + gr.module)));
      g.appendChild(el("text", { x: 5, y: 29, "class": "sub" }, gr.members.length + (gr.members.length === 1 ? " closure" : " closures")));
      g.addEventListener("click", function () { expanded.add(gr.module); show(cur); });
      svg.appendChild(g);
    });
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    var shownCount = visible.length;
    $("heap-count").textContent = objs.length + (objs.length === 1 ? " object" : " objects") + " live; showing " + shownCount +
      (hops === Infinity ? "" : " within " + hops + " hop" + (hops === 1 ? "" : "s") + " of the code and stack") +
      (groups.size ? ", " + Array.from(groups.values()).reduce(function (n, g) { return n + g.members.length; }, 0) + " of them in " + groups.size + " library group" + (groups.size === 1 ? "" : "s") : "") +
      "; " + edges + " pointers drawn";
    $("collapse").hidden = expanded.size === 0;
    showDetail(st);
  }
  function short(s) { return s.length > 25 ? s.slice(0, 24) + "\u2026" : s; }

  function select(id) {
    selected = id;
    pinned.add(id);
    show(cur);
    var n = document.querySelector('#graph .node[data-id="' + CSS.escape(id) + '"]');
    if (n && n.scrollIntoView) n.scrollIntoView({ block: "center", inline: "center" });
  }
  function showDetail(st) {
    var d = $("detail");
    var o = selected !== null ? st.heap.get(selected) : undefined;
    if (!o) { d.textContent = selected !== null ? selected + " is not in the heap at this step" : "Click a node to see the object."; return; }
    d.textContent = "";
    var h = el("div", {});
    h.appendChild(el("b", {}, o.id));
    if (hs(o.id)) h.appendChild(el("span", { "class": "hsname", title: o.id }, " " + hs(o.id)));
    h.appendChild(document.createTextNode(" \u2014 " + o.kind));
    d.appendChild(h);
    if (spans[o.id]) d.appendChild(el("div", { "class": "site" }, "defined at " + spans[o.id]));
    if (o.site) {
      var owner = o.site.split("/")[0];
      d.appendChild(el("div", { "class": "site", title: o.site }, "allocated by " + siteName(o.site) + (spans[owner] ? " (" + spans[owner] + ")" : "")));
    } else if (o.id.charAt(0) === "$")
      d.appendChild(el("div", { "class": "site" }, "built by the machine, not by a let: " + (o.kind === "PAP" ? "a partial application (rule PAP1/PAP2)" : "a primop's result")));
    d.appendChild(named(el("pre", {}), o.text));
  }

  // Search: closures whose id, Haskell name, allocation site, constructor or
  // text contains the query, ignoring case.
  function runSearch() {
    var q = $("search").value.trim().toLowerCase(), ul = $("search-results");
    ul.textContent = "";
    $("search-count").textContent = "";
    if (q === "") return;
    var st = stateAt(cur), hits = 0;
    // Exact names first, then names containing the query, then object texts.
    var found = [];
    st.heap.forEach(function (o) {
      var nm = [o.id.toLowerCase(), (hs(o.id) || "").toLowerCase()];
      var rest = [o.head || "", o.head ? hs(o.head) || "" : "", o.site ? siteName(o.site) : "", o.text].join(" ").toLowerCase();
      var rank = nm.indexOf(q) >= 0 ? 0 : nm.join(" ").indexOf(q) >= 0 ? 1 : rest.indexOf(q) >= 0 ? 2 : -1;
      if (rank >= 0) found.push({ o: o, rank: rank });
    });
    found.sort(function (a, b) { return a.rank - b.rank; });
    found.forEach(function (f) {
      var o = f.o;
      hits++;
      var li = el("li", { "data-id": o.id }, label(o.id) + ": " + o.kind + " " + short(hsText(o.text).replace(/\s+/g, " ")));
      li.addEventListener("click", function () { select(o.id); });
      ul.appendChild(li);
    });
    if (hits === 0) {
      // Not here: where does it next appear?
      for (var i = 0; i < steps.length; i++) {
        var s = steps[(cur + i) % steps.length];
        var f = s.heap.set.find(function (o) { return o.id.toLowerCase() === q || (hs(o.id) || "").toLowerCase() === q; });
        if (f) {
          var li2 = el("li", { "data-step": s.step }, $("search").value.trim() + " is not in this heap; it appears at step " + s.step);
          li2.addEventListener("click", (function (k, id) { return function () { selected = id; pinned.add(id); show(k); }; })((cur + i) % steps.length, f.id));
          ul.appendChild(li2);
          return;
        }
      }
      ul.appendChild(el("li", {}, "no closure matches " + $("search").value.trim()));
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
  $("search").addEventListener("keydown", function (e) {
    // Enter: select the first hit (showing it even outside the focus).
    if (e.key === "Enter") { var li = document.querySelector("#search-results li[data-id]"); if (li) select(li.getAttribute("data-id")); }
  });
  $("focus").addEventListener("change", function () { show(cur); });
  $("collapse").addEventListener("click", function () { expanded.clear(); show(cur); });
  document.addEventListener("keydown", function (e) {
    if (e.target && (e.target.tagName === "INPUT" || e.target.tagName === "SELECT")) return;
    if (e.key === "ArrowRight") show(cur + 1);
    if (e.key === "ArrowLeft") show(cur - 1);
    if (e.key === "Home") { e.preventDefault(); show(0); }
    if (e.key === "End") { e.preventDefault(); show(steps.length - 1); }
  });
  $("title").textContent = header.program + " \u2014 " + (header.style === "PE" ? "push/enter" : "eval/apply");
  $("outcome").textContent = "Outcome of the run: " + data.outcomeText + (end.traced.bounded ? " \u2014 run of " + end.steps + " steps, trace holds steps " + end.traced.first + "\u2013" + end.traced.last : "");
  window.traceViewer = { show: show, count: steps.length, current: function () { return cur; } };
  show(0);
})();
`;
