// gazette report: pan and zoom, selection, filters, search, test hook.
// The SVG is drawn by gazette; this script only reads it and the inline
// JSON (#gazette-data) and toggles classes. No network, no framework.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("gazette-data").textContent);
  var svg = document.getElementById("graph");
  var viewport = document.getElementById("viewport");
  var details = document.getElementById("details");
  var nodeEls = data.nodes.map(function (_, i) {
    return document.getElementById("n" + i);
  });
  var edgeEls = data.edges.map(function (_, i) {
    return document.getElementById("e" + i);
  });
  var incident = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e, i) {
    incident[e.source].push(i);
    incident[e.target].push(i);
  });
  var visibleEdge = data.edges.map(function () { return true; });

  // ---- Pan and zoom: a translate and scale on #viewport. ----
  var view = { x: 0, y: 0, k: 1 };

  function applyView() {
    viewport.setAttribute("transform",
      "translate(" + view.x + " " + view.y + ") scale(" + view.k + ")");
    svg.classList.toggle("zoomed", view.k >= 2.5);
  }

  // Client (screen) coordinates to the SVG's viewBox coordinates.
  function toViewBox(clientX, clientY) {
    var pt = svg.createSVGPoint();
    pt.x = clientX;
    pt.y = clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }

  // Graph (layout) coordinates to client coordinates.
  function toClient(x, y) {
    var pt = svg.createSVGPoint();
    pt.x = x * view.k + view.x;
    pt.y = y * view.k + view.y;
    return pt.matrixTransform(svg.getScreenCTM());
  }

  function zoomAt(p, factor) {
    var k = Math.min(40, Math.max(0.2, view.k * factor));
    view.x = p.x - (p.x - view.x) * k / view.k;
    view.y = p.y - (p.y - view.y) * k / view.k;
    view.k = k;
    applyView();
  }

  function centre() {
    var box = svg.viewBox.baseVal;
    return { x: box.width / 2, y: box.height / 2 };
  }

  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    zoomAt(toViewBox(evt.clientX, evt.clientY), evt.deltaY < 0 ? 1.2 : 1 / 1.2);
  }, { passive: false });
  document.getElementById("zoom-in").onclick = function () { zoomAt(centre(), 1.5); };
  document.getElementById("zoom-out").onclick = function () { zoomAt(centre(), 1 / 1.5); };
  document.getElementById("zoom-reset").onclick = function () {
    view = { x: 0, y: 0, k: 1 };
    applyView();
  };

  var drag = null;
  var dragged = false;
  svg.addEventListener("pointerdown", function (evt) {
    drag = { x: evt.clientX, y: evt.clientY, vx: view.x, vy: view.y };
    dragged = false;
  });
  svg.addEventListener("pointermove", function (evt) {
    if (!drag) return;
    var dx = evt.clientX - drag.x;
    var dy = evt.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) dragged = true;
    if (!dragged) return;
    svg.classList.add("dragging");
    var unit = 1 / svg.getScreenCTM().a; // viewBox units per pixel
    view.x = drag.vx + dx * unit;
    view.y = drag.vy + dy * unit;
    applyView();
  });
  window.addEventListener("pointerup", function () {
    drag = null;
    svg.classList.remove("dragging");
  });

  // ---- Selection. ----
  function clearSelection() {
    svg.classList.remove("focus");
    nodeEls.forEach(function (el) { el.classList.remove("selected", "neighbour"); });
    edgeEls.forEach(function (el) { el.classList.remove("active"); });
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function count(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function dates(e) {
    if (!e.first) return "";
    return e.first === e.last ? e.first : e.first + " to " + e.last;
  }

  function edgeTitle(e) {
    return data.nodes[e.source].label + " \u2013 " + data.nodes[e.target].label;
  }

  function showPanel(children) {
    details.textContent = "";
    children.forEach(function (c) { details.appendChild(c); });
  }

  function selectNode(i) {
    clearSelection();
    var n = data.nodes[i];
    svg.classList.add("focus");
    nodeEls[i].classList.add("selected");
    var list = el("ul", null, "relations");
    incident[i].forEach(function (k) {
      if (!visibleEdge[k]) return;
      var e = data.edges[k];
      var other = e.source === i ? e.target : e.source;
      edgeEls[k].classList.add("active");
      nodeEls[other].classList.add("neighbour");
      var li = el("li");
      var link = el("button", e.kind + " " + data.nodes[other].label, "link");
      link.type = "button";
      link.onclick = function () { selectEdge(k); };
      li.appendChild(link);
      var facts = [e.role ? "role " + e.role : "weight " + e.weight, e.status, dates(e)];
      li.appendChild(el("span", " (" + facts.filter(Boolean).join(", ") + ")"));
      list.appendChild(li);
    });
    var facts = n.kind + (n.country ? ", " + n.country : "") + "; " +
      n.mentions + " mentions; weighted degree " + n.degree;
    showPanel([el("h2", n.label), el("p", n.id + ": " + facts),
      el("p", count(list.children.length, "relation", "relations") + " shown:"), list]);
    details.setAttribute("data-node", n.id);
  }

  function selectEdge(k) {
    clearSelection();
    var e = data.edges[k];
    svg.classList.add("focus");
    edgeEls[k].classList.add("active");
    nodeEls[e.source].classList.add("neighbour");
    nodeEls[e.target].classList.add("neighbour");
    var facts = e.kind === "AFFILIATED_WITH"
      ? (e.role ? "role: " + e.role + "; " : "") + e.weight + " mentions"
      : count(e.weight, "supporting sentence", "supporting sentences") + " (" +
        (e.weight - e.planned) + " reported, " + e.planned + " planned)";
    var children = [el("h2", e.kind), el("p", edgeTitle(e)), el("p", facts)];
    if (e.first) children.push(el("p", "Dates: " + dates(e)));
    if (e.evidence.length) {
      children.push(el("p", e.evidence.length === e.weight ? "Evidence:"
        : "Evidence (the first " + e.evidence.length + " of " + e.weight + "):"));
      var list = el("ul", null, "evidence");
      e.evidence.forEach(function (ev) {
        var li = el("li");
        li.appendChild(el("span", ev.doc + ", sentence " + ev.sentence, "ref"));
        if (ev.text) li.appendChild(el("blockquote", ev.text));
        list.appendChild(li);
      });
      children.push(list);
    }
    showPanel(children);
    details.setAttribute("data-edge", String(k));
  }

  nodeEls.forEach(function (node, i) {
    node.addEventListener("click", function (evt) {
      evt.stopPropagation();
      if (!dragged) selectNode(i);
    });
  });

  // A click off the nodes selects the nearest visible edge within a few
  // pixels, or clears the selection. Each edge (a straight or bent path)
  // is sampled once into a polyline of SAMPLES segments.
  var SAMPLES = 10;
  var polylines = null;

  function samplePaths() {
    return edgeEls.map(function (path) {
      var len = path.getTotalLength();
      var pts = [];
      for (var s = 0; s <= SAMPLES; s++) pts.push(path.getPointAtLength(len * s / SAMPLES));
      return pts;
    });
  }

  function distToSegment(x, y, a, b) {
    var dx = b.x - a.x, dy = b.y - a.y;
    var len2 = dx * dx + dy * dy;
    var t = len2 ? Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / len2)) : 0;
    return Math.hypot(x - a.x - t * dx, y - a.y - t * dy);
  }

  function edgeAt(clientX, clientY) {
    polylines = polylines || samplePaths();
    var p = toViewBox(clientX, clientY);
    var x = (p.x - view.x) / view.k;
    var y = (p.y - view.y) / view.k;
    var best = -1;
    var bestDist = 6 / (svg.getScreenCTM().a * view.k); // 6 pixels
    polylines.forEach(function (pts, k) {
      if (!visibleEdge[k]) return;
      for (var s = 0; s < SAMPLES; s++) {
        var d = distToSegment(x, y, pts[s], pts[s + 1]);
        if (d < bestDist) {
          best = k;
          bestDist = d;
        }
      }
    });
    return best;
  }

  svg.addEventListener("click", function (evt) {
    if (dragged) return;
    var k = edgeAt(evt.clientX, evt.clientY);
    if (k >= 0) {
      selectEdge(k);
    } else {
      clearSelection();
      details.removeAttribute("data-edge");
      details.removeAttribute("data-node");
    }
  });

  // ---- Filters: relation kind, status, dates. ----
  var dateFrom = document.getElementById("date-from");
  var dateTo = document.getElementById("date-to");

  function checked(id) {
    var on = {};
    document.querySelectorAll("#" + id + " input").forEach(function (box) {
      on[box.value] = box.checked;
    });
    return on;
  }

  function applyFilters() {
    var kinds = checked("kinds");
    var statuses = checked("statuses");
    var from = null, to = null;
    if (dateFrom) {
      var a = Number(dateFrom.value), b = Number(dateTo.value);
      if (a > 0 || b < data.dates.length - 1) {
        from = data.dates[Math.min(a, b)];
        to = data.dates[Math.max(a, b)];
      }
      document.getElementById("date-range").textContent =
        data.dates[Math.min(a, b)] + " to " + data.dates[Math.max(a, b)];
    }
    // Relation edges first; an affiliation shows with its person's
    // relations.
    var active = data.nodes.map(function () { return false; });
    data.edges.forEach(function (e, k) {
      if (e.kind === "AFFILIATED_WITH") return;
      var show = kinds[e.kind] !== false && statuses[e.status] !== false;
      if (show && from !== null) {
        show = e.first !== null && e.first <= to && e.last >= from;
      }
      visibleEdge[k] = show;
      if (show) active[e.source] = active[e.target] = true;
    });
    data.edges.forEach(function (e, k) {
      if (e.kind !== "AFFILIATED_WITH") return;
      visibleEdge[k] = kinds[e.kind] !== false && active[e.source];
    });
    var shown = data.nodes.map(function () { return false; });
    data.edges.forEach(function (e, k) {
      edgeEls[k].classList.toggle("hidden", !visibleEdge[k]);
      if (visibleEdge[k]) shown[e.source] = shown[e.target] = true;
    });
    nodeEls.forEach(function (node, i) {
      node.classList.toggle("hidden", !shown[i]);
    });
  }

  document.querySelectorAll("#kinds input, #statuses input").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  if (dateFrom) {
    dateFrom.addEventListener("input", applyFilters);
    dateTo.addEventListener("input", applyFilters);
  }

  // ---- Search: highlight nodes whose name or id contains the text. ----
  var search = document.getElementById("search");
  var matches = [];
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    matches = [];
    data.nodes.forEach(function (n, i) {
      var hit = q !== "" && (n.label.toLowerCase().indexOf(q) >= 0 ||
        n.id.toLowerCase().indexOf(q) >= 0);
      nodeEls[i].classList.toggle("match", hit);
      if (hit) matches.push(i);
    });
    svg.classList.toggle("searching", q !== "");
    document.getElementById("search-count").textContent =
      q === "" ? "" : count(matches.length, "match", "matches");
  });
  search.addEventListener("keydown", function (evt) {
    if (evt.key === "Enter" && matches.length) selectNode(matches[0]);
  });

  // ---- Test hook: #uncheck=A,B, #search=TEXT, #click=node:ID,
  // #click=edge:N (in that order). ----
  function runHook() {
    var params = new URLSearchParams(location.hash.slice(1));
    (params.get("uncheck") || "").split(",").forEach(function (value) {
      document.querySelectorAll("#controls input[type=checkbox]").forEach(function (box) {
        if (box.value === value && box.checked) {
          box.checked = false;
          box.dispatchEvent(new Event("change"));
        }
      });
    });
    if (params.has("search")) {
      search.value = params.get("search");
      search.dispatchEvent(new Event("input"));
    }
    var click = params.get("click") || "";
    var sep = click.indexOf(":");
    var what = click.slice(0, sep), arg = click.slice(sep + 1);
    if (what === "node") {
      var i = data.nodes.findIndex(function (n) { return n.id === arg; });
      if (i >= 0) nodeEls[i].dispatchEvent(new MouseEvent("click", { bubbles: true }));
    } else if (what === "edge" && edgeEls[Number(arg)]) {
      var path = edgeEls[Number(arg)];
      var mid = path.getPointAtLength(path.getTotalLength() / 2);
      var at = toClient(mid.x, mid.y);
      svg.dispatchEvent(new MouseEvent("click",
        { bubbles: true, clientX: at.x, clientY: at.y }));
    }
    document.body.setAttribute("data-hook", "done");
  }

  applyView();
  applyFilters();
  window.addEventListener("hashchange", runHook);
  runHook();
  document.body.setAttribute("data-ready", "1");
})();
