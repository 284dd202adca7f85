/* TimeMap: a life on a Leaflet map, stepped in the browser.

   The one renderer of the project: the Streamlit app (inside st_folium) and the static export (folium's
   Map.save) both load this file and call L.timeMap(map, data) once with the whole itinerary as JSON.
   Every text that comes from a document is put into the page with textContent (or as a Leaflet tooltip
   built from a text node), never as HTML; the only markup set with innerHTML is our own symbols (the
   kinds' SVG from data.kinds, made by mapapp.layers.shape_svg from fixed shapes and colours).
   The moment (year, stop) lives in the address bar: the query string of the Streamlit page (same
   origin as the map's iframe) or the page's own hash in the export. */
(function () {
  "use strict";

  var STOP_ID = /^[a-z0-9][a-z0-9_-]{0,80}$/;
  var ADDRESS_MS = 200;
  var YEAR = /^-?[0-9]+$/;
  var ICONS = {  /* inline SVG: no font needed (U+23F8 is a box in some fonts) */
    back: '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h2v12H3zM14 2v12L6 8z"/></svg>',
    next: '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M11 2h2v12h-2zM2 2v12l8-6z"/></svg>',
    play: '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2v12l10-6z"/></svg>',
    pause: '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h4v12H3zM9 2h4v12H9z"/></svg>',
    whole: '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M1 1h5v2H3v3H1zM10 1h5v5h-2V3h-3zM1 10h2v3h3v2H1zM13 10h2v5h-5v-2h3z"/></svg>'
  };

  function trim(text) { return text.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, ""); }
  function yearLabel(y) { return y < 0 ? (-y) + " BC" : String(y); }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : (many || one + "s")); }
  function finite(x) { return typeof x === "number" && isFinite(x); }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  /* A name or quote from a document, isolated so its bidi controls cannot reorder what follows. */
  function bdi(text) { return el("bdi", { dir: "auto" }, text); }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }

  /* Read ?year=…&stop=… (or #year=…&stop=…) with the rules of mapapp.state.moment_from_query:
     the last value wins, a stop is an own entry of this map, a year is ASCII digits, clamped to the range. */
  function readMoment(search, stops, byId, range, fallbackYear) {
    var params = new URLSearchParams(search.replace(/^[?#]/, ""));
    var notices = [];
    var stopText = trim(params.getAll("stop").pop() || "");
    var stop = null;
    if (stopText) {
      stop = STOP_ID.test(stopText) && byId.has(stopText) ? byId.get(stopText) : null;
      if (!stop) { notices.push("Ignored the link's stop (no such stop on this map)."); }
    }
    var lo = range[0], hi = range[1];
    var def = stop ? stop.start : fallbackYear;
    var year = def;
    var yearText = trim(params.getAll("year").pop() || "");
    if (yearText) {
      if (yearText.length > 8 || !YEAR.test(yearText)) {
        notices.push("Ignored the link's year (not a year); showing " + yearLabel(def) + ".");
      } else {
        var y = parseInt(yearText, 10);
        year = Math.min(hi, Math.max(lo, y));
        if (year !== y) {
          notices.push("The link's year " + yearLabel(y) + " is outside " + yearLabel(lo) + "\u2013" +
                       yearLabel(hi) + "; showing " + yearLabel(year) + ".");
        }
      }
    }
    if (stop && stop.start > year) {
      notices.push("The stop " + stop.place + " begins in " + yearLabel(stop.start) + "; showing " +
                   yearLabel(stop.start) + ".");
      year = stop.start;
    }
    return { year: year, stop: stop ? stop.id : null, notices: notices };
  }

  /* Where the moment is written: the Streamlit page's address (same origin as the map's iframe), the
     export page's hash, or nowhere when neither is reachable (then the map still steps). */
  function addressBar(mode) {
    if (mode === "hash") {
      return { win: window, read: function () { return window.location.hash; },
               url: function (q) { return "#" + q; } };
    }
    var win = null;
    try {
      if (window.parent !== window && window.parent.location.href && window.parent.history) { win = window.parent; }
    } catch (e) { win = null; }  /* another origin: no address bar to keep */
    if (!win) { return null; }
    return { win: win, read: function () { return win.location.search; },
             url: function (q) {
               var params = new URLSearchParams(win.location.search);
               params.delete("year"); params.delete("stop");
               var rest = params.toString();
               return win.location.pathname + "?" + q + (rest ? "&" + rest : "") + win.location.hash;
             } };
  }

  function TimeMap(map, data) {
    this.map = map;
    this.data = data;
    var stops = this.stops = data.stops;
    var byId = this.byId = new Map();
    stops.forEach(function (s, i) { s.index = i; s.placed = finite(s.lat) && finite(s.lon); byId.set(s.id, s); });
    this.range = [data.config.yearMin, data.config.yearMax];
    this.state = { year: this.range[1], stop: null, playing: false, timer: null, manual: false };
    this.address = addressBar(data.config.urlMode);
    window.timeMap = this;  /* for tests and benchmarks: the page's one time map */
    this.build();
    this.start();
  }

  TimeMap.prototype.kind = function (s) {
    return this.data.kinds[s.kind] || { label: String(s.kind).replace(/_/g, " "), svg: this.data.fallbackSvg };
  };
  TimeMap.prototype.dates = function (s) {
    if (typeof s.dates === "string" && s.dates) { return s.dates; }
    return s.start === s.end ? yearLabel(s.start) : yearLabel(s.start) + "\u2013" + yearLabel(s.end);
  };
  TimeMap.prototype.visible = function (year) {
    return this.stops.filter(function (s) { return s.start <= year; });
  };
  TimeMap.prototype.current = function (year) {
    var spanning = this.stops.filter(function (s) { return s.start <= year && year <= s.end; });
    if (spanning.length) {
      var latest = Math.max.apply(null, spanning.map(function (s) { return s.start; }));
      return spanning.filter(function (s) { return s.start === latest; });
    }
    var v = this.visible(year);
    return v.length ? [v[v.length - 1]] : [];
  };
  /* The stop the moment is about: the selection, else the last current stop in route order. */
  TimeMap.prototype.focus = function () {
    if (this.state.stop) { return this.byId.get(this.state.stop); }
    var now = this.current(this.state.year);
    return now.length ? now[now.length - 1] : null;
  };
  TimeMap.prototype.docTitle = function (doc) {
    var src = this.data.sources.filter(function (x) { return x.doc === doc; })[0];
    return src && src.title ? src.title : doc;
  };

  // ------------------------------------------------------------------ layout and controls

  TimeMap.prototype.build = function () {
    var self = this, map = this.map, data = this.data;
    var container = map.getContainer();
    var root = el("div", { "class": "tm-root" + (data.config.header ? " tm-page" : "") });
    container.parentNode.insertBefore(root, container);
    if (data.config.header) {
      var header = add(el("header", { "class": "tm-header" }), add(el("h1"), bdi(data.title)),
                       el("p", { "class": "tm-muted" }, data.caption));
      root.appendChild(header);
      document.title = data.title;
    }
    var bar = el("div", { "class": "tm-bar", role: "group", "aria-label": "Time" });
    function button(id, icon, label, title) {
      var b = el("button", { type: "button", "class": "tm-button", id: "tm-" + id, title: title });
      b.innerHTML = ICONS[icon];
      b.appendChild(el("span", {}, label));
      bar.appendChild(b);
      return b;
    }
    this.prevButton = button("prev", "back", "Back", "Previous stop (route order)");
    this.playButton = button("play", "play", "Play", "Play from stop to stop");
    this.nextButton = button("next", "next", "Next", "Next stop (route order)");
    this.yearOut = el("output", { "class": "tm-year", "for": "tm-year" });
    bar.appendChild(this.yearOut);
    var sliderBox = el("div", { "class": "tm-slider" });
    this.slider = el("input", { type: "range", id: "tm-year", step: "1", "aria-label": "Year",
                                min: String(this.range[0]), max: String(this.range[1]) });
    sliderBox.appendChild(this.slider);
    sliderBox.appendChild(this.strip());
    bar.appendChild(sliderBox);
    root.appendChild(bar);
    this.notice = el("p", { "class": "tm-notice", role: "status" });
    root.appendChild(this.notice);
    var main = el("div", { "class": "tm-main" });
    main.appendChild(container);
    this.panel = el("aside", { "class": "tm-panel", "aria-label": "The stops as text" });
    main.appendChild(this.panel);
    root.appendChild(main);
    this.announce = el("div", { "class": "tm-sr", "aria-live": "polite" });
    root.appendChild(this.announce);
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", "Map of the stops");
    map.invalidateSize();

    this.prevButton.addEventListener("click", function () { self.step(-1, true); });
    this.nextButton.addEventListener("click", function () { self.step(1, true); });
    this.playButton.addEventListener("click", function () { self.togglePlay(); });
    this.slider.addEventListener("input", function () {
      self.stopPlaying();
      self.setYear(parseInt(self.slider.value, 10), false);
    });
    this.slider.addEventListener("change", function () { self.writeAddress(true); });
    root.addEventListener("keydown", function (e) {
      var t = e.target;
      if (t === self.slider || (t.closest && t.closest(".leaflet-container")) || t.tagName === "INPUT") { return; }
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        self.step(e.key === "ArrowRight" ? 1 : -1, true);
      }
    });

    this.panelHead = el("h2", { "class": "tm-heading" });
    this.panelCount = el("p", { "class": "tm-muted" });
    this.panelList = el("ol", { "class": "tm-stops" });
    this.panelNext = el("p", { "class": "tm-muted" });
    add(this.panel, this.panelHead, this.panelCount, this.panelList, this.panelNext, this.about());

    this.drawLayers();
    var Whole = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var b = el("button", { type: "button", "class": "tm-whole", title: "Show the whole life" });
        b.innerHTML = ICONS.whole;
        b.appendChild(el("span", {}, "Whole life"));
        L.DomEvent.disableClickPropagation(b);
        b.addEventListener("click", function () { self.wholeLife(); });
        return b;
      }
    });
    map.addControl(new Whole());
    map.on("dragstart", function () { self.state.manual = true; });
    map.on("zoomstart", function () { if (!self.moving) { self.state.manual = true; } });
    map.on("moveend", function () { self.moving = false; });
    map.on("zoomend", function () { self.placeLabels(); });
    if (window.ResizeObserver) {  /* the iframe or the window gets its size after the map is made */
      var size = "";
      new ResizeObserver(function () {
        var now = container.clientWidth + "x" + container.clientHeight;
        if (now === size) { return; }
        size = now;
        map.invalidateSize({ animate: false });
        self.frame();
        self.placeLabels();
      }).observe(container);
    }
  };

  /* A thin band under the slider: exile-like periods in their kinds' colours (numbers and colours only). */
  TimeMap.prototype.strip = function () {
    var self = this, lo = this.range[0], span = Math.max(1, this.range[1] - lo + 1);
    var strip = el("div", { "class": "tm-strip", "aria-hidden": "true" });
    this.stops.forEach(function (s) {
      var k = self.data.kinds[s.kind];
      if (!k || !k.exile) { return; }
      var band = el("div", { "class": "tm-band" });
      band.style.left = (100 * (s.start - lo) / span) + "%";
      band.style.width = Math.max(0.8, 100 * (s.end + 1 - s.start) / span) + "%";
      band.style.background = k.colour;
      strip.appendChild(band);
    });
    return strip;
  };

  /* Legend and sources: fixed symbols, and the documents by their titles with the stops each supports. */
  TimeMap.prototype.about = function () {
    var self = this;
    var box = el("details", { "class": "tm-about" });
    box.appendChild(el("summary", {}, "Kinds of stop and sources"));
    var present = {};
    this.stops.forEach(function (s) { present[s.kind] = true; });
    var legend = el("ul", { "class": "tm-legend" });
    Object.keys(this.data.kinds).forEach(function (k) {
      if (!present[k]) { return; }
      var li = el("li");
      li.innerHTML = self.data.kinds[k].svg;  /* our fixed symbol */
      li.appendChild(el("span", { "class": self.data.kinds[k].exile ? "tm-exile" : "" }, self.data.kinds[k].label));
      legend.appendChild(li);
    });
    box.appendChild(legend);
    var sources = el("ul", { "class": "tm-sources" });
    this.data.sources.forEach(function (src) {
      var li = add(el("li"), bdi(src.title || src.doc), " (" + plural(src.stops, "stop") + ")");
      if (src.title && src.title !== src.doc) { add(li, el("br"), add(el("small", { "class": "tm-muted" }), bdi(src.doc))); }
      sources.appendChild(li);
    });
    box.appendChild(add(el("p"), plural(this.data.sources.length, "document") + ":"));
    box.appendChild(sources);
    return box;
  };

  // ------------------------------------------------------------------ map layers, made once

  TimeMap.prototype.drawLayers = function () {
    var self = this, map = this.map;
    this.routeLayer = L.layerGroup().addTo(map);
    this.stopLayer = L.layerGroup().addTo(map);
    this.legs = this.data.legs.map(function (leg) {
      var line = L.polyline(leg.path, { color: "#7a1f1f", weight: 2, opacity: 0.5, dashArray: "6 4",
                                        className: "route", interactive: false });
      var arrow = null;
      if (leg.arrow) {
        arrow = L.marker([leg.arrow[0], leg.arrow[1]], { interactive: false, keyboard: false, icon: L.divIcon({
          className: "route-arrow", iconSize: [14, 14], iconAnchor: [7, 7],
          html: '<div style="transform:rotate(' + Number(leg.arrow[2]) + 'deg)">&#10148;</div>' }) });
      }
      return { to: leg.to, from: leg.from, line: line, arrow: arrow, shown: false };
    });
    this.markers = new Map();
    this.stops.forEach(function (s) {
      if (!s.placed) { return; }
      var m = L.marker([s.lat, s.lon], { title: s.place + ", " + self.dates(s) + ", " + self.kind(s).label,
                                         icon: self.icon(s, "plain"), keyboard: true });
      m.tmState = "plain";
      m.bindPopup(function () { return self.popup(s); }, { maxWidth: 360 });
      m.on("click", function () { self.select(s.id, false); });
      m.on("keypress", function (e) { if (e.originalEvent && e.originalEvent.key === "Enter") { self.select(s.id, false); } });
      self.markers.set(s.id, m);
    });
  };

  TimeMap.prototype.icon = function (s, state) {
    var size = state === "current" ? 26 : state === "selected" ? 22 : 16;
    var cls = "stop stop-" + s.kind + (state === "current" ? " stop-current" : "") +
              (state === "selected" ? " stop-selected" : "") + (state === "future" ? " stop-future" : "");
    return L.divIcon({ html: this.kind(s).svg, className: cls, iconSize: [size, size],
                       iconAnchor: [size / 2, size / 2] });
  };

  TimeMap.prototype.popup = function (s) {
    var self = this;
    var box = el("div", { "class": "tm-popup" });
    var head = add(el("div"), add(el("b"), bdi(s.place)));
    if (s.modern_name && s.modern_name !== s.place) { add(head, " (now ", bdi(s.modern_name), ")"); }
    box.appendChild(head);
    box.appendChild(el("div", {}, this.dates(s) + " \u00b7 " + this.kind(s).label));
    if (!s.placed) { box.appendChild(el("div", { "class": "tm-muted" }, "No coordinates for this place.")); }
    if (s.alternatives && s.alternatives.length) {
      box.appendChild(this.disagreement(s, "sources disagree: "));
    }
    (s.evidence || []).slice(0, 3).forEach(function (e) { box.appendChild(self.quote(e, "blockquote")); });
    if (s.curation) { box.appendChild(this.review(s)); }
    if ((s.evidence || []).length > 3) {
      box.appendChild(el("small", { "class": "tm-muted" }, "and " + plural(s.evidence.length - 3, "more quote") +
                         " in the panel"));
    }
    return box;
  };
  /* "Sources disagree: 1916 (Leon Trotsky) / 1917 (4 documents)": titles while they are few, else a count. */
  TimeMap.prototype.disagreement = function (s, lead) {
    var self = this;
    var box = el("div", { "class": "tm-muted" }, lead);
    s.alternatives.forEach(function (a, i) {
      var docs = a.docs || [];
      if (i) { box.appendChild(document.createTextNode(" / ")); }
      add(box, yearLabel(a.start) + " (");
      if (docs.length > 2) {
        var many = el("span", { title: docs.map(function (d) { return self.docTitle(d); }).join("\n") },
                      plural(docs.length, "document"));
        box.appendChild(many);
      } else {
        docs.forEach(function (d, j) { if (j) { add(box, ", "); } box.appendChild(bdi(self.shortTitle(d))); });
      }
      add(box, ")");
    });
    return box;
  };
  TimeMap.prototype.shortTitle = function (doc) {
    var t = this.docTitle(doc);
    return t.length > 40 ? t.slice(0, 38).replace(/\s+\S*$/, "") + "\u2026" : t;
  };
  TimeMap.prototype.review = function (s) {
    return add(el("div", { "class": "tm-muted tm-review" }), "Reviewed (" + (s.curation.action || "") + "): ",
               bdi(s.curation.reason || ""));
  };
  TimeMap.prototype.quote = function (e, tag) {
    var q = el(tag, { "class": "tm-quote" });
    add(q, "\u201c", bdi(String(e.quote).replace(/\s+/g, " ")), "\u201d");
    add(q, " ", add(el("small", { "class": "tm-muted" }), "\u2014 ", bdi(this.docTitle(e.doc)),
                    ", offset " + e.offset));  /* one line with the quote: its isolation is what keeps this readable */
    return q;
  };

  // ------------------------------------------------------------------ drawing a moment

  TimeMap.prototype.render = function (how) {
    how = how || {};
    var st = this.state, year = st.year;
    this.slider.value = String(year);
    this.yearOut.textContent = yearLabel(year);
    if (this.shownPlaying !== st.playing) {  /* touch the DOM only for what changed: a step stays cheap */
      this.shownPlaying = st.playing;
      this.playButton.innerHTML = ICONS[st.playing ? "pause" : "play"];
      this.playButton.appendChild(el("span", {}, st.playing ? "Pause" : "Play"));
    }
    this.drawMap();
    this.drawPanel();
    if (how.announce) { this.announce.textContent = this.panelHead.textContent; }
    /* The markers and the panel are painted first; the camera and the labels follow one frame later, so a
       step never waits for the outlines to be re-projected at a new zoom or for labels to be measured. */
    var self = this, camera = how.camera !== false;
    if (this.pending) { this.pending.camera = this.pending.camera || camera; return; }
    this.pending = { camera: camera };
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        var todo = self.pending;
        self.pending = null;
        if (todo.camera) { self.frame(); }
        self.placeLabels();
      });
    });
  };

  TimeMap.prototype.drawMap = function () {
    var self = this, st = this.state, year = st.year;
    var shown = this.visible(year);
    var last = shown.length ? shown[shown.length - 1].index : -1;
    var now = {};
    this.current(year).forEach(function (s) { now[s.id] = true; });
    var n = shown.length;
    var position = {};
    shown.forEach(function (s, i) { position[s.index] = i; });
    this.legs.forEach(function (leg) {
      var on = position[leg.to] !== undefined;
      if (on) {
        var latest = leg.to === last;
        var opacity = Math.min(0.9, 0.25 + 0.65 * (position[leg.to] / Math.max(1, n - 1)));
        leg.line.setStyle({ weight: latest ? 3 : 2, opacity: opacity, dashArray: latest ? null : "6 4" });
        if (leg.arrow) { leg.arrow.setOpacity(opacity); }
      }
      if (on !== leg.shown) {
        if (on) { leg.line.addTo(self.routeLayer); if (leg.arrow) { leg.arrow.addTo(self.routeLayer); } }
        else { self.routeLayer.removeLayer(leg.line); if (leg.arrow) { self.routeLayer.removeLayer(leg.arrow); } }
        leg.shown = on;
      }
    });
    var ghosts = this.data.config.showFuture;
    this.stops.forEach(function (s) {
      var m = self.markers.get(s.id);
      if (!m) { return; }
      var state = s.start > year ? (ghosts ? "future" : null)
        : s.id === st.stop ? "selected" : now[s.id] ? "current" : "plain";
      if (s.id === st.stop && now[s.id]) { state = "current"; }
      if (state === null) {
        if (m.tmOn) { self.stopLayer.removeLayer(m); m.tmOn = false; }
        return;
      }
      if (state !== m.tmState) {
        m.setIcon(self.icon(s, state));
        m.setZIndexOffset(state === "current" ? 1000 : state === "selected" ? 500 : 0);
        m.tmState = state;
      }
      if (!m.tmOn) { m.addTo(self.stopLayer); m.tmOn = true; }
      if (m._icon) { m._icon.classList.toggle("stop-selected", s.id === st.stop); }
    });
  };

  /* Permanent labels for the current and selected stops only; stops closer than LABEL_PX on screen
     share one label ("Halifax · Amherst"), so no two labels overlap. */
  TimeMap.prototype.placeLabels = function () {
    var self = this, st = this.state, map = this.map;
    if (this.labels) { this.labels.forEach(function (m) { m.unbindTooltip(); }); }
    this.labels = [];
    var wanted = this.current(st.year).slice();
    if (st.stop && wanted.every(function (s) { return s.id !== st.stop; })) { wanted.push(this.byId.get(st.stop)); }
    wanted = wanted.filter(function (s) { return s && self.markers.has(s.id) && self.markers.get(s.id).tmOn; });
    var groups = [];
    wanted.forEach(function (s) {
      var p = map.latLngToContainerPoint([s.lat, s.lon]);
      var g = groups.filter(function (g) { return g.p.distanceTo(p) < 60; })[0];
      if (g) { if (g.names.indexOf(s.place) < 0) { g.names.push(s.place); } }
      else { groups.push({ p: p, names: [s.place], stop: s }); }
    });
    groups.sort(function (a, b) { return a.p.y - b.p.y; });
    /* Each label tries the four sides of its marker; one that fits nowhere joins the label it meets. */
    function box(m) { var r = m.getTooltip().getElement().getBoundingClientRect(); return r; }
    function hit(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
    var placed = [];
    var frame = map.getContainer().getBoundingClientRect();
    groups.forEach(function (g) {
      var m = self.markers.get(g.stop.id);
      var sides = [["right", [14, 0]], ["left", [-14, 0]], ["top", [0, -14]], ["bottom", [0, 14]]];
      var clash = null;
      for (var i = 0; i < sides.length; i++) {
        m.unbindTooltip();
        m.bindTooltip(bdi(g.names.join(" \u00b7 ")), { permanent: true, direction: sides[i][0], offset: sides[i][1],
                                                        className: "stop-label", interactive: false });
        m.openTooltip();
        var r = box(m);
        clash = placed.filter(function (p) { return hit(r, box(p.m)); })[0] || null;
        var out = r.left < frame.left || r.right > frame.right || r.top < frame.top || r.bottom > frame.bottom;
        if (!clash && out && i < sides.length - 1) { continue; }  /* try a side that stays on the map */
        if (!clash) { placed.push({ m: m, g: g }); self.labels.push(m); return; }
      }
      m.unbindTooltip();
      g.names.forEach(function (n) { if (clash.g.names.indexOf(n) < 0) { clash.g.names.push(n); } });
      clash.m.setTooltipContent(bdi(clash.g.names.join(" \u00b7 ")));
    });
    /* A merged label grew: if it now meets another, the later one goes (the panel still names it). */
    for (var i = placed.length - 1; i > 0; i--) {
      for (var j = 0; j < i; j++) {
        if (placed[i].m.getTooltip() && placed[j].m.getTooltip() && hit(box(placed[i].m), box(placed[j].m))) {
          placed[i].m.unbindTooltip();
          break;
        }
      }
    }
  };

  TimeMap.prototype.drawPanel = function () {
    var self = this, st = this.state, year = st.year;
    var now = this.current(year);
    var headKey = year + "|" + now.map(function (s) { return s.id; }).join(",");
    if (this.headKey !== headKey) {
      this.headKey = headKey;
      this.panelHead.textContent = "";
      add(this.panelHead, yearLabel(year) + ": ");
      if (now.length) {
        now.forEach(function (s, i) { if (i) { add(self.panelHead, " \u00b7 "); } self.panelHead.appendChild(bdi(s.place)); });
      } else { add(this.panelHead, "before the first stop"); }
    }
    var shown = this.visible(year);
    this.panelCount.textContent = shown.length + " of " + plural(this.stops.length, "stop") + " by " + yearLabel(year) + ".";
    var cards = shown.slice(-10).reverse();
    var selected = st.stop ? this.byId.get(st.stop) : null;
    if (selected && cards.indexOf(selected) < 0) { cards.unshift(selected); }
    var nowIds = now.map(function (s) { return s.id; });
    /* Cards are kept per stop and state; the list is rebuilt only when its cards change. */
    this.cards = this.cards || new Map();
    var keys = cards.map(function (s) { return s.id + "|" + (nowIds.indexOf(s.id) >= 0) + "|" + (s === selected); });
    if (keys.join(" ") !== this.listKey) {
      this.listKey = keys.join(" ");
      var fresh = new Map();
      this.panelList.textContent = "";
      cards.forEach(function (s, i) {
        var card = self.cards.get(keys[i]) || self.card(s, nowIds.indexOf(s.id) >= 0, s === selected);
        fresh.set(keys[i], card);
        self.panelList.appendChild(card);
      });
      this.cards = fresh;
    }
    var upcoming = this.stops.filter(function (s) { return s.start > year; })[0];
    var nextKey = upcoming ? upcoming.id : "";
    if (this.nextKey !== nextKey) {
      this.nextKey = nextKey;
      this.panelNext.textContent = "";
      if (upcoming) { add(this.panelNext, "Next: ", bdi(upcoming.place), ", " + this.dates(upcoming)); }
    }
  };


  TimeMap.prototype.card = function (s, isCurrent, isSelected) {
    var self = this;
    var li = el("li", { "class": "tm-card" + (isSelected ? " selected" : "") + (isCurrent ? " current" : ""),
                        "data-stop": s.id });
    var button = el("button", { type: "button", "class": "tm-select", "aria-pressed": isSelected ? "true" : "false" });
    button.innerHTML = this.kind(s).svg;  /* our fixed symbol */
    add(button, " ", bdi(s.place), " \u00b7 " + this.dates(s) + " \u00b7 " + this.kind(s).label);
    button.addEventListener("click", function () { self.select(s.id, true); });
    li.appendChild(button);
    if (!s.placed) { li.appendChild(el("div", { "class": "tm-muted" }, "No coordinates: not on the map.")); }
    if (s.modern_name && s.modern_name !== s.place) {
      li.appendChild(add(el("div", { "class": "tm-muted" }), "Now ", bdi(s.modern_name),
                         s.country ? ", " : "", s.country ? bdi(s.country) : ""));
    }
    if (s.alternatives && s.alternatives.length) { li.appendChild(this.disagreement(s, "Sources disagree: ")); }
    if (s.curation) { li.appendChild(this.review(s)); }
    var details = el("details");
    if (isSelected) { details.setAttribute("open", ""); }
    details.appendChild(el("summary", {}, "Evidence (" + (s.evidence || []).length + ")"));
    (s.evidence || []).slice(0, 5).forEach(function (e) { details.appendChild(self.quote(e, "p")); });
    li.appendChild(details);
    return li;
  };

  // ------------------------------------------------------------------ camera

  /* Frame the stop the moment is about and the leg that led there, unless the viewer has moved the map
     since the last step. */
  TimeMap.prototype.frame = function () {
    if (this.state.manual) { return; }
    var s = this.focus();
    var placed = this.stops.filter(function (x) { return x.placed; });
    if (!placed.length) { this.view([30, 10], 2); return; }
    if (!s || !s.placed) {
      var before = this.visible(this.state.year).filter(function (x) { return x.placed; });
      s = before.length ? before[before.length - 1] : placed[0];
    }
    var prev = null;
    for (var i = s.index - 1; i >= 0; i--) {
      var p = this.stops[i];
      if (p.placed && this.map.distance([p.lat, p.lon], [s.lat, s.lon]) > 50000) { prev = p; break; }
    }
    /* the stop, the leg that led there, and (with nothing selected) every place of the moment */
    var pts = [[s.lat, s.lon]].concat(prev ? [[prev.lat, prev.lon]] : []);
    if (!this.state.stop) {
      this.current(this.state.year).forEach(function (c) { if (c.placed) { pts.push([c.lat, c.lon]); } });
    }
    var bounds = L.latLngBounds(pts);
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
      this.view([s.lat, s.lon], Math.max(5, Math.min(6, this.map.getZoom() || 5)));
      return;
    }
    /* Keep the zoom when it already suits (re-projecting the outlines at a new zoom is the costly part of a
       step): pan if the moment is off screen, do nothing if it is in view. */
    var map = this.map, cur = map.getZoom();
    var fit = Math.min(6, map.getBoundsZoom(bounds, false, L.point(140, 70)));
    this.moving = true;
    if (cur <= fit && cur >= fit - 1) {
      var view = map.getBounds().pad(-0.12);
      if (!view.contains(bounds)) { map.panTo(bounds.getCenter(), { animate: true, duration: 0.3 }); }
      else { this.moving = false; }
      return;
    }
    map.fitBounds(bounds, { paddingTopLeft: [60, 40], paddingBottomRight: [80, 30], maxZoom: 6, animate: false });
  };
  TimeMap.prototype.view = function (centre, zoom) {
    this.moving = true;
    this.map.setView(centre, zoom, { animate: false });
  };
  TimeMap.prototype.wholeLife = function () {
    var pts = this.stops.filter(function (x) { return x.placed; }).map(function (x) { return [x.lat, x.lon]; });
    this.state.manual = true;
    if (!pts.length) { return; }
    var b = L.latLngBounds(pts);
    if (b.getNorthEast().equals(b.getSouthWest())) { this.map.setView(b.getCenter(), 6); return; }
    this.map.fitBounds(b, { padding: [30, 30], maxZoom: 6 });
  };

  // ------------------------------------------------------------------ stepping

  TimeMap.prototype.setYear = function (year, push) {
    var st = this.state;
    st.year = Math.max(this.range[0], Math.min(this.range[1], year));
    if (st.stop && this.byId.get(st.stop).start > st.year) { st.stop = null; }
    st.manual = false;
    this.render({ announce: !st.playing });
    if (push !== false) { this.writeAddress(push); }
  };

  TimeMap.prototype.select = function (id, fromPanel) {
    var s = this.byId.get(id);
    if (!s) { return; }
    this.state.stop = id;
    if (s.start > this.state.year) { this.state.year = s.start; }
    this.state.manual = false;
    this.render({ announce: true, camera: fromPanel !== false });
    this.writeAddress(true);
    var m = this.markers.get(id);
    if (fromPanel && m && m.tmOn) { m.openPopup(); }
  };

  /* Back/Next walk the itinerary's list, which is the route order. */
  TimeMap.prototype.neighbour = function (direction) {
    var st = this.state, stops = this.stops;
    var sel = st.stop ? this.byId.get(st.stop) : null;
    if (sel && sel.start <= st.year) { return stops[sel.index + direction] || null; }
    if (direction > 0) { return stops.filter(function (s) { return s.start > st.year; })[0] || null; }
    var before = stops.filter(function (s) { return s.start < st.year; });
    return before[before.length - 1] || null;
  };

  TimeMap.prototype.step = function (direction, byHand) {
    if (byHand) { this.stopPlaying(); }
    var target = this.neighbour(direction);
    if (!target) { return false; }
    this.state.stop = target.id;
    this.state.year = target.start;
    this.state.manual = false;
    this.render({ announce: byHand });
    this.writeAddress(byHand);
    return true;
  };

  TimeMap.prototype.stopPlaying = function () {
    if (this.state.timer) { clearInterval(this.state.timer); this.state.timer = null; }
    if (this.state.playing) { this.state.playing = false; this.render({ camera: false }); }
  };

  /* Play moves from stop to stop (an empty stretch of years costs one tick, not one per year). */
  TimeMap.prototype.togglePlay = function () {
    var self = this;
    if (this.state.playing) { this.stopPlaying(); this.writeAddress(true); return; }
    var sel = this.state.stop ? this.byId.get(this.state.stop) : null;
    var atEnd = !this.neighbour(1) || (sel && sel.index === this.stops.length - 1);
    if (atEnd) { this.state.stop = null; this.state.year = this.range[0]; }
    this.state.playing = true;
    this.state.timer = setInterval(function () { if (!self.step(1, false)) { self.stopPlaying(); self.writeAddress(true); } },
                                   this.data.config.playMs);
    this.render({ camera: false });
    if (atEnd) { this.step(1, false); }
  };

  // ------------------------------------------------------------------ the address bar

  TimeMap.prototype.query = function () {
    var q = "year=" + this.state.year;
    return this.state.stop ? q + "&stop=" + encodeURIComponent(this.state.stop) : q;
  };
  /* A deliberate step adds a history entry (so Back/Forward walk the steps); playback replaces it. The write
     waits until steps pause for ADDRESS_MS: writing the Streamlit page's address makes that page re-render
     (measured: +25-60 ms on the frame that shows a step), and a burst of key presses becomes one entry. */
  TimeMap.prototype.writeAddress = function (push) {
    var self = this;
    if (!this.address) { return; }
    this.pendingPush = this.pendingPush || !!push;
    if (this.addressTimer) { clearTimeout(this.addressTimer); }
    this.addressTimer = setTimeout(function () { self.flushAddress(); }, ADDRESS_MS);
  };
  TimeMap.prototype.flushAddress = function () {
    var a = this.address, push = this.pendingPush;
    if (this.addressTimer) { clearTimeout(this.addressTimer); }
    this.addressTimer = null;
    this.pendingPush = false;
    var url = a.url(this.query());
    try {
      if (a.read().replace(/^[?#]/, "") === this.query()) { return; }
      if (push) { a.win.history.pushState(null, "", url); } else { a.win.history.replaceState(null, "", url); }
    } catch (e) { /* a sandboxed frame: the map still steps */ }
  };


  TimeMap.prototype.readAddress = function () {
    var fallback = this.data.config.initial || { year: this.range[1], stop: null };
    if (!this.address) { return { year: fallback.year, stop: fallback.stop, notices: [] }; }
    var text = this.address.read();
    if (!text.replace(/^[?#]/, "")) { return { year: fallback.year, stop: fallback.stop, notices: [] }; }
    return readMoment(text, this.stops, this.byId, this.range, this.range[1]);
  };

  TimeMap.prototype.goTo = function (moment) {
    this.stopPlaying();
    this.state.year = moment.year;
    this.state.stop = moment.stop;
    this.state.manual = false;
    this.notice.textContent = moment.notices.join(" ");
    this.render({ announce: true });
  };

  TimeMap.prototype.start = function () {
    var self = this;
    this.goTo(this.readAddress());
    this.writeAddress(false);
    if (this.address) {
      var again = function () { self.goTo(self.readAddress()); };
      this.address.win.addEventListener("popstate", again);
      if (this.data.config.urlMode === "hash") { window.addEventListener("hashchange", again); }
      window.addEventListener("pagehide", function () {
        if (self.addressTimer) { self.flushAddress(); }
        self.address.win.removeEventListener("popstate", again);
      });
    }
    if (!this.stops.some(function (s) { return s.placed; }) && this.stops.length) {
      this.notice.textContent = (this.notice.textContent + " No stop of this map has coordinates; they are listed beside it.").trim();
    }
  };

  L.TimeMap = TimeMap;
  L.timeMap = function (map, data) { return new TimeMap(map, data); };
  L.TimeMap.readMoment = readMoment;
})();
