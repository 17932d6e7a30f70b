// Tacitus dashboard charts: data comes from data-* attributes written (escaped) by the server.
"use strict";

(function () {
  var COOP = "#2e7d32", CONF = "#b3261e", INK = "#1f5f99";
  // plotly fetches its world outlines from a CDN unless told where they are: ours, in the package
  var CONFIG = { displaylogo: false, responsive: true, topojsonURL: "/static/vendor/topojson/" };
  var LAYOUT = { margin: { l: 50, r: 50, t: 20, b: 40 }, legend: { orientation: "h", y: -0.2 } };

  function layout(extra) { return Object.assign({}, LAYOUT, extra); }

  var SPARSE = "#9e9e9e", QUADS = { 1: "#66bb6a", 2: "#2e7d32", 3: "#ef6c00", 4: "#b3261e" };
  var QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  function periodEnd(start, by) {
    var day = new Date(start + "T00:00:00Z");
    if (by === "month") { day.setUTCMonth(day.getUTCMonth() + 1); }
    else if (by === "week") { day.setUTCDate(day.getUTCDate() + 7); }
    else { day.setUTCDate(day.getUTCDate() + 1); }
    day.setUTCDate(day.getUTCDate() - 1);
    return day.toISOString().slice(0, 10);
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  // the events behind a point, fetched from the API and written as text (never as HTML)
  function listEvents(target, query, point, by) {
    var params = new URLSearchParams(query);
    params.set("since", point.start); params.set("until", periodEnd(point.start, by));
    params.set("limit", "100");
    target.textContent = "Loading…";
    fetch("/api/events?" + params.toString()).then(function (r) { return r.json(); }).then(function (page) {
      target.textContent = "";
      var heading = document.createElement("h3");
      heading.textContent = point.period + ": " + page.total + " event" + (page.total === 1 ? "" : "s");
      target.appendChild(heading);
      var table = document.createElement("table");
      table.className = "events point-list";
      page.items.forEach(function (e) {
        var row = document.createElement("tr");
        cell(row, e.date || "undated", "nowrap");
        cell(row, e.source ? e.source.code : "—");
        var what = cell(row, "");
        var link = document.createElement("a");
        link.href = "/events/" + encodeURIComponent(e.id); link.className = "event-link";
        link.textContent = e.cameo + " " + e.cameo_name;
        what.appendChild(link);
        cell(row, e.target ? e.target.code : "—");
        cell(row, e.sentence, "wide sentence");
        table.appendChild(row);
      });
      target.appendChild(table);
      var more = document.createElement("a");
      more.href = "/events?" + params.toString().replace(/&?limit=100/, "");
      more.textContent = "open in the events explorer";
      target.appendChild(more);
      target.scrollIntoView({ behavior: "smooth", block: "nearest" });
    });
  }

  function ccChart(node, series, by, onClick) {
    var x = series.map(function (p) { return p.start; });
    var coop = series.map(function (p) { return p.verbal_cooperation + p.material_cooperation; });
    var conf = series.map(function (p) { return p.verbal_conflict + p.material_conflict; });
    var hover = series.map(function (p, i) {
      return p.period + "<br>" + p.events + " events: " + coop[i] + " cooperative, " + conf[i] +
        " conflictual<br>index " + p.cc_index + (p.sparse ? " (too few events)" : "");
    });
    var most = Math.max.apply(null, coop.concat(conf).concat([1]));
    var solid = series.map(function (p) { return p.sparse ? null : p.cc_index; });
    var sparse = series.map(function (p) { return p.sparse ? p.cc_index : null; });
    var data = [
      { type: "bar", name: "cooperative events", x: x, y: coop, marker: { color: COOP },
        customdata: hover, hovertemplate: "%{customdata}<extra></extra>" },
      { type: "bar", name: "conflictual events", x: x, y: conf.map(function (v) { return -v; }),
        marker: { color: CONF }, customdata: hover, hovertemplate: "%{customdata}<extra></extra>" },
      { type: "scatter", mode: "lines+markers", name: "cooperation–conflict index", x: x, y: solid,
        yaxis: "y2", line: { color: INK }, connectgaps: false, customdata: hover,
        hovertemplate: "%{customdata}<extra></extra>" },
      { type: "scatter", mode: "markers", name: "too few events", x: x, y: sparse, yaxis: "y2",
        marker: { color: SPARSE, symbol: "circle-open", size: 9 }, customdata: hover,
        hovertemplate: "%{customdata}<extra></extra>" }
    ];
    Plotly.newPlot(node, data, layout({
      barmode: "relative", hovermode: "closest",
      xaxis: { type: "date", title: "date" },
      yaxis: { title: "events (conflictual below zero)", range: [-most * 1.1, most * 1.1], zeroline: true },
      yaxis2: { overlaying: "y", side: "right", range: [-1.1, 1.1], tickvals: [-1, -0.5, 0, 0.5, 1],
                title: "index", showgrid: false, zeroline: false }
    }), CONFIG);
    if (onClick) {
      node.on("plotly_click", function (ev) {
        var index = ev.points[0].pointIndex;
        if (series[index]) { onClick(series[index]); }
      });
    }
  }

  function eventMap(node, events) {
    var quads = [1, 2, 3, 4];
    var data = quads.map(function (q) {
      var mine = events.filter(function (e) { return e.quad_class === q; });
      return { type: "scattergeo", mode: "markers", name: QUAD_NAMES[q],
               lat: mine.map(function (e) { return e.lat; }), lon: mine.map(function (e) { return e.lon; }),
               customdata: mine.map(function (e) { return e.id; }),
               text: mine.map(function (e) {
                 return e.date + " " + e.source_code + " " + e.cameo_name + " " + (e.target_code || "") + " · " + e.place;
               }),
               hoverinfo: "text", marker: { size: 8, color: QUADS[q], opacity: 0.8 } };
    });
    Plotly.newPlot(node, data, layout({
      margin: { l: 0, r: 0, t: 0, b: 0 },
      geo: { scope: "world", resolution: 110, projection: { type: "natural earth" },
             lonaxis: { range: [-180, 180] }, lataxis: { range: [-60, 85] },
             showland: true, landcolor: "#f1efe8", showcountries: true, countrycolor: "#b8b4a8",
             showcoastlines: false, showocean: false, showlakes: false, showrivers: false,
             showframe: false }
    }), CONFIG);
    node.on("plotly_click", function (ev) {
      window.location.href = "/events/" + encodeURIComponent(ev.points[0].customdata);
    });
  }

  function timeline(node, events) {
    Plotly.newPlot(node, [{
      type: "scatter", mode: "markers", x: events.map(function (e) { return e.date; }),
      y: events.map(function (e) { return e.goldstein; }),
      text: events.map(function (e) { return e.source_code + " " + e.cameo_name + " " + (e.target_code || ""); }),
      customdata: events.map(function (e) { return e.id; }),
      marker: { size: 10, color: events.map(function (e) { return e.goldstein >= 0 ? COOP : CONF; }) },
      hoverinfo: "x+y+text"
    }], layout({ yaxis: { title: "Goldstein", range: [-10.5, 10.5] } }), CONFIG);
    node.on("plotly_click", function (ev) {
      window.location.href = "/events/" + encodeURIComponent(ev.points[0].customdata);
    });
  }

  function network(node, net) {
    var others = net.partners.map(function (p) { return [p[0], p[1], COOP]; })
      .concat(net.adversaries.map(function (p) { return [p[0], p[1], CONF]; }));
    var traces = [], xs = [0], ys = [0], labels = [net.center], colors = [INK], sizes = [28];
    others.forEach(function (o, i) {
      var angle = 2 * Math.PI * i / Math.max(others.length, 1);
      var x = Math.cos(angle), y = Math.sin(angle);
      traces.push({ type: "scatter", mode: "lines", x: [0, x], y: [0, y], hoverinfo: "skip",
                    line: { color: o[2], width: 1 + Math.min(o[1], 8) }, showlegend: false });
      xs.push(x); ys.push(y); labels.push(o[0]); colors.push(o[2]); sizes.push(14 + Math.min(o[1], 10) * 2);
    });
    traces.push({ type: "scatter", mode: "markers+text", x: xs, y: ys, text: labels,
                  textposition: "top center", marker: { color: colors, size: sizes },
                  hoverinfo: "text", showlegend: false });
    Plotly.newPlot(node, traces, layout({
      xaxis: { visible: false, range: [-1.4, 1.4] }, yaxis: { visible: false, range: [-1.4, 1.4] }
    }), CONFIG);
    node.on("plotly_click", function (ev) {
      var code = ev.points[0].text;
      if (code && code !== net.center) { window.location.href = "/actors/" + encodeURIComponent(code); }
    });
  }

  function draw(node) {
    var kind = node.getAttribute("data-chart");
    node.classList.add("drawing");
    if (kind === "cc" || kind === "dyad") {
      var by = node.getAttribute("data-by") || "month";
      var query = JSON.parse(node.getAttribute("data-query") || "{}");
      var target = document.getElementById("point-events");
      ccChart(node, JSON.parse(node.getAttribute("data-series")), by, function (point) {
        if (target) { listEvents(target, query, point, by); }
      });
    }
    if (kind === "timeline") { timeline(node, JSON.parse(node.getAttribute("data-events"))); }
    if (kind === "network") { network(node, JSON.parse(node.getAttribute("data-network"))); }
    if (kind === "map") { eventMap(node, JSON.parse(node.getAttribute("data-events"))); }
    node.classList.remove("drawing");
    node.classList.add("drawn");
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-chart]"), draw);
  });
})();
