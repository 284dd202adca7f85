/* The exile map as a static page: the same map, stepped in the browser, no server.
   Data comes from data.js (window.EXILE_DATA); every text from a document is inserted
   with textContent, never as HTML, so nothing in a document can run. */
(function () {
  "use strict";
  var D = window.EXILE_DATA;
  var stops = D.itinerary.stops;
  var byId = {};
  stops.forEach(function (s, i) { s.index = i; byId[s.id] = s; });

  var state = { year: D.config.yearMax, stop: null, playing: false, timer: null };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function yearsLabel(s) { return s.start === s.end ? String(s.start) : s.start + "\u2013" + s.end; }
  function kind(s) { return D.config.kinds[s.kind] || { label: s.kind, svg: D.config.fallbackSvg }; }
  function visible(year) { return stops.filter(function (s) { return s.start <= year; }); }
  function current(year) {
    var spanning = stops.filter(function (s) { return s.start <= year && year <= s.end; });
    if (spanning.length) {
      var latest = Math.max.apply(null, spanning.map(function (s) { return s.start; }));
      return spanning.filter(function (s) { return s.start === latest; });
    }
    var v = visible(year);
    return v.length ? [v[v.length - 1]] : [];
  }

  function popupContent(s) {
    var box = el("div", { "class": "popup" });
    var head = el("div");
    head.appendChild(el("b", {}, s.place));
    if (s.modern_name && s.modern_name !== s.place) { head.appendChild(document.createTextNode(" (now " + s.modern_name + ")")); }
    box.appendChild(head);
    box.appendChild(el("div", {}, yearsLabel(s) + " \u00b7 " + kind(s).label));
    if (s.alternatives) {
      box.appendChild(el("i", {}, "sources disagree: " + s.alternatives.map(function (a) {
        return a.start + " (" + a.docs.join(", ") + ")"; }).join(" / ")));
    }
    s.evidence.slice(0, 3).forEach(function (e) {
      var q = el("blockquote", {}, "\u201c" + e.quote.replace(/\s+/g, " ") + "\u201d");
      q.appendChild(el("small", {}, " \u2014 " + e.doc + ", offset " + e.offset));
      box.appendChild(q);
    });
    if (s.curation) { box.appendChild(el("small", {}, "Reviewed (" + s.curation.action + "): " + s.curation.reason)); }
    return box;
  }

  var map = L.map("map", { worldCopyJump: false, minZoom: 2, maxZoom: 10 });
  L.geoJSON(window.EXILE_BASEMAP, { interactive: false, className: "basemap", style: D.config.basemapStyle }).addTo(map);
  if (stops.length) {
    map.fitBounds(stops.map(function (s) { return [s.lat, s.lon]; }), { padding: [20, 20] });
  } else { map.setView([50, 30], 3); }
  L.control.scale().addTo(map);
  var layer = L.layerGroup().addTo(map);

  function marker(s, isCurrent, isSelected) {
    var size = isCurrent ? 26 : isSelected ? 22 : 16;
    var cls = "stop stop-" + s.kind + (isCurrent ? " stop-current" : "") + (isSelected ? " stop-selected" : "");
    var icon = L.divIcon({ html: kind(s).svg, className: cls, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
    var m = L.marker([s.lat, s.lon], { icon: icon, title: s.place + ", " + yearsLabel(s) + ", " + kind(s).label,
                                       zIndexOffset: isCurrent ? 1000 : isSelected ? 500 : 0 });
    m.bindPopup(popupContent(s), { maxWidth: 360 });
    m.bindTooltip(s.place + " " + yearsLabel(s), { permanent: isCurrent || isSelected, direction: "right", offset: [14, 0] });
    m.on("click", function () { select(s.id, false); });
    return m;
  }

  function drawMap() {
    layer.clearLayers();
    var year = state.year;
    var shown = visible(year);
    var now = current(year).map(function (s) { return s.id; });
    D.legs.forEach(function (leg) {
      if (stops[leg.to].start > year) { return; }
      var last = leg.to === shown[shown.length - 1].index;
      var opacity = 0.25 + 0.65 * (leg.to / Math.max(1, shown.length - 1));
      L.polyline(leg.path, { color: "#7a1f1f", weight: last ? 3 : 2, opacity: Math.min(0.9, opacity),
                             dashArray: last ? null : "6 4", className: "route" }).addTo(layer);
      if (leg.arrow) {
        L.marker([leg.arrow[0], leg.arrow[1]], { interactive: false, keyboard: false, icon: L.divIcon({
          className: "route-arrow", iconSize: [14, 14], iconAnchor: [7, 7],
          html: '<div style="transform:rotate(' + leg.arrow[2] + 'deg)">&#10148;</div>' }) }).addTo(layer);
      }
    });
    shown.forEach(function (s) { marker(s, now.indexOf(s.id) >= 0, s.id === state.stop).addTo(layer); });
  }

  function drawPanel() {
    var year = state.year;
    document.getElementById("year-label").textContent = String(year);
    var now = current(year);
    document.getElementById("heading").textContent = year + ": " + (now.map(function (s) { return s.place; }).join(" \u00b7 ") || "before the first stop");
    var shown = visible(year);
    document.getElementById("count").textContent = shown.length + " of " + stops.length + " stops by " + year + ".";
    var list = document.getElementById("stops");
    list.textContent = "";
    shown.slice(-12).reverse().forEach(function (s) {
      var li = el("li", { "class": "card" + (s.id === state.stop ? " selected" : "") });
      var button = el("button", { type: "button", "class": "select", "data-stop": s.id });
      button.innerHTML = kind(s).svg;  /* a fixed symbol from our config, no document text */
      button.appendChild(document.createTextNode(" " + s.place + " \u00b7 " + yearsLabel(s) + " \u00b7 " + kind(s).label));
      button.addEventListener("click", function () { select(s.id, true); });
      li.appendChild(button);
      if (s.modern_name && s.modern_name !== s.place) { li.appendChild(el("div", { "class": "muted" }, "Now " + s.modern_name + ", " + s.country)); }
      if (s.alternatives) {
        li.appendChild(el("div", { "class": "muted" }, "Sources disagree: " + s.alternatives.map(function (a) {
          return a.start + " (" + a.docs.join(", ") + ")"; }).join(" / ")));
      }
      var details = el("details");
      if (s.id === state.stop) { details.setAttribute("open", ""); }
      details.appendChild(el("summary", {}, "Evidence (" + s.evidence.length + ")"));
      s.evidence.slice(0, 5).forEach(function (e) {
        details.appendChild(el("p", {}, "\u201c" + e.quote.replace(/\s+/g, " ") + "\u201d \u2014 " + e.doc + ", offset " + e.offset));
      });
      li.appendChild(details);
      list.appendChild(li);
    });
  }

  function writeHash() {
    var h = "year=" + state.year + (state.stop ? "&stop=" + encodeURIComponent(state.stop) : "");
    if (location.hash.slice(1) !== h) { history.replaceState(null, "", "#" + h); }
  }

  function render() {
    document.getElementById("year").value = String(state.year);
    document.getElementById("play").textContent = state.playing ? "\u23f8 Pause" : "\u25b6 Play";
    drawMap();
    drawPanel();
    writeHash();
  }

  function setYear(year) {
    state.year = Math.max(D.config.yearMin, Math.min(D.config.yearMax, year));
    if (state.stop && byId[state.stop].start > state.year) { state.stop = null; }
    render();
  }

  function select(id, centre) {
    var s = byId[id];
    if (!s) { return; }
    state.stop = id;
    if (s.start > state.year) { state.year = s.start; }
    render();
    if (centre) { map.panTo([s.lat, s.lon]); }
  }

  function step(direction) {
    stopPlaying();
    var sel = state.stop ? byId[state.stop] : null;
    var target = null;
    if (sel && sel.start <= state.year) {
      target = stops[sel.index + direction] || null;
    } else if (direction > 0) {
      target = stops.filter(function (s) { return s.start > state.year; })[0] || null;
    } else {
      var before = stops.filter(function (s) { return s.start < state.year; });
      target = before[before.length - 1] || null;
    }
    if (target) { state.year = target.start; select(target.id, true); }
  }

  function stopPlaying() {
    state.playing = false;
    if (state.timer) { clearInterval(state.timer); state.timer = null; }
  }

  function togglePlay() {
    if (state.playing) { stopPlaying(); render(); return; }
    if (state.year >= D.config.yearMax) { state.year = D.config.yearMin; }
    state.playing = true;
    state.timer = setInterval(function () {
      if (state.year >= D.config.yearMax) { stopPlaying(); render(); return; }
      setYear(state.year + 1);
    }, D.config.playMs);
    render();
  }

  function readHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var kv = pair.split("=");
      if (kv.length === 2) { try { params[kv[0]] = decodeURIComponent(kv[1]); } catch (e) { /* ignore bad escapes */ } }
    });
    var notice = [];
    if (params.stop && byId[params.stop]) { state.stop = params.stop; state.year = byId[params.stop].start; }
    else if (params.stop) { notice.push("Ignored the link's stop (no such stop on this map)."); }
    if (params.year !== undefined) {
      if (/^\d{1,4}$/.test(params.year)) {
        var y = parseInt(params.year, 10);
        var clamped = Math.max(D.config.yearMin, Math.min(D.config.yearMax, y));
        if (clamped !== y) { notice.push("The link's year is outside " + D.config.yearMin + "\u2013" + D.config.yearMax + "."); }
        if (!(state.stop && byId[state.stop].start > clamped)) { state.year = clamped; }
      } else { notice.push("Ignored the link's year (not a year)."); }
    }
    document.getElementById("notice").textContent = notice.join(" ");
  }

  document.getElementById("year").min = String(D.config.yearMin);
  document.getElementById("year").max = String(D.config.yearMax);
  document.getElementById("year").addEventListener("input", function (e) { stopPlaying(); setYear(parseInt(e.target.value, 10)); });
  document.getElementById("prev").addEventListener("click", function () { step(-1); });
  document.getElementById("next").addEventListener("click", function () { step(1); });
  document.getElementById("play").addEventListener("click", togglePlay);
  window.addEventListener("hashchange", function () { readHash(); render(); });
  readHash();
  render();
  window.exileMap = { state: state, map: map };
})();
