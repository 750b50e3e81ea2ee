// Injected by scripts/browser_check.py into a copy of the HTML report (the
// report itself has no JavaScript). Measures the laid-out page and appends the
// findings as JSON in <pre id="browser-check-result">, which the checker reads
// back from chromium --dump-dom.
(function () {
  'use strict';
  var problems = [];
  var result = { problems: problems, charts: [], resources: [], width: window.innerWidth, height: 0 };
  var doc = document.documentElement;

  function shownText(node) {
    var text = '';
    for (var i = 0; i < node.childNodes.length; i++) {
      if (node.childNodes[i].nodeType === 3) text += node.childNodes[i].data;
    }
    return text.trim();
  }
  function describe(el) {
    var name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    if (typeof el.className === 'string' && el.className.trim()) name += '.' + el.className.trim().split(/\s+/).join('.');
    return name + ' "' + (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 70) + '"';
  }

  // 1. Chart positions in the page as it is first shown (before any <details> opens).
  var svgs = Array.prototype.slice.call(document.querySelectorAll('figure svg'));
  svgs.forEach(function (svg) {
    var r = svg.getBoundingClientRect();
    var figure = svg.closest('figure');
    result.charts.push({
      id: figure ? figure.id : '', x: r.left + window.scrollX, y: r.top + window.scrollY,
      width: r.width, height: r.height
    });
    if (r.width < 200 || r.height < 60) problems.push('chart ' + (figure ? figure.id : '?') + ' is too small: ' + r.width + ' x ' + r.height);
  });
  result.height = Math.ceil(Math.max(doc.scrollHeight, document.body.scrollHeight));

  // 2. Chart text: inside the picture, and no two labels overlapping.
  svgs.forEach(function (svg) {
    var figure = svg.closest('figure');
    var id = figure ? figure.id : '?';
    var box = svg.viewBox.baseVal;
    var texts = Array.prototype.slice.call(svg.querySelectorAll('text')).filter(function (t) { return shownText(t) !== ''; });
    var boxes = texts.map(function (t) {
      var b = t.getBBox();
      return { x: b.x, y: b.y, w: b.width, h: b.height, text: shownText(t) };
    });
    boxes.forEach(function (b) {
      if (b.x < -0.5 || b.y < -0.5 || b.x + b.w > box.width + 0.5 || b.y + b.h > box.height + 0.5) {
        problems.push('chart ' + id + ': label "' + b.text + '" reaches outside the chart (' +
          [b.x, b.y, b.x + b.w, b.y + b.h].map(Math.round).join(', ') + ' in 0 0 ' + box.width + ' ' + box.height + ')');
      }
    });
    for (var i = 0; i < boxes.length; i++) {
      for (var j = i + 1; j < boxes.length; j++) {
        var a = boxes[i], c = boxes[j];
        var overlapX = Math.min(a.x + a.w, c.x + c.w) - Math.max(a.x, c.x);
        var overlapY = Math.min(a.y + a.h, c.y + c.h) - Math.max(a.y, c.y);
        if (overlapX > 1 && overlapY > 1) {
          problems.push('chart ' + id + ': labels "' + a.text + '" and "' + c.text + '" overlap');
        }
      }
    }
  });

  // 3. Text that overflows its box, with every table alternative opened.
  Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  if (doc.scrollWidth > window.innerWidth + 1) {
    problems.push('the page is wider than the window: ' + doc.scrollWidth + ' > ' + window.innerWidth);
  }
  Array.prototype.forEach.call(document.body.querySelectorAll('*'), function (el) {
    if (el.closest('svg') || el.clientWidth === 0) return;
    if (el.scrollWidth > el.clientWidth + 1) {
      problems.push('content overflows its box: ' + describe(el) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ' px)');
    }
  });

  // 4. Anything the page fetched.
  result.resources = performance.getEntriesByType('resource').map(function (e) { return e.name; });

  var pre = document.createElement('pre');
  pre.id = 'browser-check-result';
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
})();
