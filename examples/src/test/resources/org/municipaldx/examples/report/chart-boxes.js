// Run by HtmlReportTest in headless Chromium after the report has loaded: measures every chart's text and
// bars with the browser's own fonts (getBoundingClientRect) and writes the findings as JSON into
// a pre element with the id chart-boxes. A bar is a rect or path filled with the charts' bar colour.
(function () {
  var BAR = 'rgb(31, 111, 178)';
  var out = {charts: [], problems: []};
  function overlap(a, b) {
    var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return w > 0.5 && h > 0.5;
  }
  document.querySelectorAll('figure svg').forEach(function (svg) {
    var id = svg.closest('figure').id;
    var box = svg.getBoundingClientRect();
    var bars = [];
    svg.querySelectorAll('rect, path').forEach(function (el) {
      if (getComputedStyle(el).fill === BAR) {
        var r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) { bars.push(r); }
      }
    });
    var texts = svg.querySelectorAll('text');
    var chart = {id: id, bars: bars.length, texts: texts.length,
      background: getComputedStyle(svg.querySelector('rect')).fill, labels: []};
    texts.forEach(function (t) {
      var r = t.getBoundingClientRect();
      chart.labels.push(t.textContent);
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        out.problems.push(id + ': "' + t.textContent + '" leaves the viewport ' + JSON.stringify([r.left - box.left,
          r.right - box.left, r.top - box.top, r.bottom - box.top]) + ' of ' + box.width + 'x' + box.height);
      }
      bars.forEach(function (b) {
        if (overlap(r, b)) {
          out.problems.push(id + ': "' + t.textContent + '" [' + Math.round(r.left - box.left) + '..'
            + Math.round(r.right - box.left) + '] intersects a bar [' + Math.round(b.left - box.left) + '..'
            + Math.round(b.right - box.left) + ']');
        }
      });
    });
    out.charts.push(chart);
  });
  var pre = document.createElement('pre');
  pre.id = 'chart-boxes';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
