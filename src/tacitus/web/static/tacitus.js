// Tacitus dashboard charts: data comes from data-* attributes written (escaped) by the server.
"use strict";

(function () {
  var COOP = "#2e7d32", CONF = "#b3261e", INK = "#1f5f99";
  var CONFIG = { displaylogo: false, responsive: true };
  var LAYOUT = { margin: { l: 50, r: 50, t: 20, b: 40 }, legend: { orientation: "h", y: -0.2 } };

  function layout(extra) { return Object.assign({}, LAYOUT, extra); }

  function ccChart(node, series, onClick) {
    var periods = series.map(function (p) { return p.period; });
    var data = [
      { type: "bar", name: "cooperative events", x: periods, marker: { color: COOP },
        y: series.map(function (p) { return p.verbal_cooperation + p.material_cooperation; }) },
      { type: "bar", name: "conflictual events", x: periods, marker: { color: CONF },
        y: series.map(function (p) { return -(p.verbal_conflict + p.material_conflict); }) },
      { type: "scatter", mode: "lines+markers", name: "cooperation–conflict index", x: periods,
        y: series.map(function (p) { return p.cc_index; }), yaxis: "y2", line: { color: INK } }
    ];
    Plotly.newPlot(node, data, layout({
      barmode: "relative", xaxis: { type: "category" }, yaxis: { title: "events" },
      yaxis2: { overlaying: "y", side: "right", range: [-1.05, 1.05], showgrid: false }
    }), CONFIG);
    if (onClick) { node.on("plotly_click", function (ev) { onClick(String(ev.points[0].x)); }); }
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
    if (kind === "cc") { ccChart(node, JSON.parse(node.getAttribute("data-series")), null); }
    if (kind === "dyad") {
      ccChart(node, JSON.parse(node.getAttribute("data-series")), function (period) {
        var target = document.getElementById("period-" + period);
        if (target) { target.scrollIntoView({ behavior: "smooth" }); window.location.hash = "period-" + period; }
      });
    }
    if (kind === "timeline") { timeline(node, JSON.parse(node.getAttribute("data-events"))); }
    if (kind === "network") { network(node, JSON.parse(node.getAttribute("data-network"))); }
    node.classList.remove("drawing");
    node.classList.add("drawn");
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-chart]"), draw);
  });
})();
