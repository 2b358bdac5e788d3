// The HTML report's script: renders the organization tree from the data block, lazily, and
// filters it. Every value from the data goes through textContent, never through markup.
// Its SHA-256 is in the page's CSP, so no other script can run.
#include "report/html_parts.hpp"

namespace kiemtra::core::html {

const std::string_view kScript = R"JS(
(function () {
'use strict';
var D = JSON.parse(document.getElementById('kiemtra-data').textContent);
var T = D.t, N = D.nodes, F = D.f, R = D.rules, n = N.length, PAGE = 200, AUTO_OPEN = 500;
var ID = 0, NAME = 1, KIND = 2, PARENT = 3, FIRST = 5, END = 6, TOT = 7;
var SEV = ['info', 'warning', 'error'];
var children = [], roots = [], i;
for (i = 0; i < n; i++) children.push([]);
for (i = 0; i < n; i++) { if (N[i][PARENT] < 0) roots.push(i); else children[N[i][PARENT]].push(i); }
var own = new Int32Array(n * 3), total = new Int32Array(n * 3);
var expanded = new Uint8Array(n), rowsShown = new Int32Array(n), kidsShown = {}, saved = null;
var filter = {sev: -1, fam: -1, text: ''}, nonEmpty = true, keys = null;
// While printing, every node is open and nothing is paged: paper has no "show more" button.
var printing = false, beforePrint = null;
var $ = function (id) { return document.getElementById(id); };
var treeEl = $('tree'), statusEl = $('status');
// The tree's small charts: each subtree's findings by family and severity, counted once per filter.
var NF = D.fam.length, famTot = null, last = new Int32Array(n), SVGNS = 'http://www.w3.org/2000/svg';
for (i = n - 1; i >= 0; i--) {
  if (last[i] < i) last[i] = i;
  if (N[i][PARENT] >= 0 && last[N[i][PARENT]] < last[i]) last[N[i][PARENT]] = last[i];
}

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function num(v) { return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, T.thousands); }
function fill(s, k, v) { return s.replace('{' + k + '}', typeof v === 'number' ? num(v) : String(v)); }
function norm(s) {
  return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u0111\u0110]/g, 'd').toLowerCase();
}
function sumOf(a, k) { return a[3 * k] + a[3 * k + 1] + a[3 * k + 2]; }
function active() { return filter.sev >= 0 || filter.fam >= 0 || filter.text !== ''; }

// Search keys are built on the first search only: most readers never search.
function buildKeys() {
  keys = new Array(F.length);
  for (var k = 0; k < n; k++) {
    var org = N[k][ID] + '\n' + N[k][NAME];
    for (var q = N[k][FIRST]; q < N[k][END]; q++) {
      var f = F[q], r = R[f[0]];
      keys[q] = norm([r[0], r[2], f[3], f[4], f[5], D.cites[f[6]], f[7], org].join('\n'));
    }
  }
}
function matches(q) {
  var f = F[q];
  if (filter.sev >= 0 && f[1] !== filter.sev) return false;
  if (filter.fam >= 0 && R[f[0]][1] !== filter.fam) return false;
  return filter.text === '' || keys[q].indexOf(filter.text) >= 0;
}
// Unfiltered, the rolled-up counts are the ones computed by kiemtra; filtered, they are recounted here.
function recount() {
  var on = active(), k, q, s;
  famTot = null;
  own.fill(0);
  for (k = 0; k < n; k++)
    for (q = N[k][FIRST]; q < N[k][END]; q++)
      if (!on || matches(q)) own[3 * k + F[q][1]]++;
  if (!on) {
    for (k = 0; k < n; k++) for (s = 0; s < 3; s++) total[3 * k + s] = N[k][TOT + s];
    return;
  }
  total.set(own);
  for (k = n - 1; k >= 0; k--) {
    var p = N[k][PARENT];
    if (p >= 0) for (s = 0; s < 3; s++) total[3 * p + s] += total[3 * k + s];
  }
}
function visible(k) { return !nonEmpty || sumOf(total, k) > 0; }

function countFamilies() {
  var on = active(), k, q, j;
  famTot = new Int32Array(n * NF * 3);
  for (k = 0; k < n; k++)
    for (q = N[k][FIRST]; q < N[k][END]; q++)
      if (!on || matches(q)) famTot[(k * NF + R[F[q][0]][1]) * 3 + F[q][1]]++;
  for (k = n - 1; k >= 0; k--) {
    var p = N[k][PARENT];
    if (p >= 0) for (j = 0; j < NF * 3; j++) famTot[p * NF * 3 + j] += famTot[k * NF * 3 + j];
  }
}
function sv(tag, attrs, text) {
  var e = document.createElementNS(SVGNS, tag);
  for (var a in attrs) e.setAttribute(a, attrs[a]);
  if (text !== undefined) e.textContent = String(text);
  return e;
}
function shorten(s, max) { var c = Array.from(s); return c.length > max ? c.slice(0, max).join('') + '\u2026' : s; }
// The same drawing as the summary's charts (report/svg_chart.cpp), in small: bars: [label, key, node, values].
function chartEl(id, title, series, bars) {
  var row = 15, bh = 11, labelW = 190, legendH = 16, width = 560, plotW = width - labelW - 70, most = 0, x = labelW;
  var tot = bars.map(function (b) { return b[3].reduce(function (a, v) { return a + v; }, 0); });
  tot.forEach(function (t) { if (t > most) most = t; });
  var h = legendH + bars.length * row + 4;
  var svg = sv('svg', {'class': 'chart small', id: id, role: 'img', 'aria-label': title, width: width, height: h,
                       viewBox: '0 0 ' + width + ' ' + h, 'font-size': 10});
  svg.appendChild(sv('title', {}, title));
  series.forEach(function (s) {
    var g = sv('g', {'class': 'legend', 'data-series': SEV[s]});
    g.appendChild(sv('rect', {x: x, y: 2, width: bh, height: bh, fill: 'url(#kt-fill-' + SEV[s] + ')', stroke: '#333',
                              'stroke-width': 0.5}));
    g.appendChild(sv('text', {x: x + bh + 4, y: bh - 1}, D.sev[s]));
    svg.appendChild(g);
    x += bh + 14 + D.sev[s].length * 6;
  });
  bars.forEach(function (b, j) {
    var y = legendH + j * row, g = sv('g', {'class': 'bar', 'data-key': b[1], 'data-total': tot[j]}), at = labelW;
    var into = g, words = b[0] + ':';
    if (b[2] >= 0) { into = sv('a', {href: '#org-' + b[2], 'data-node': b[2]}); g.appendChild(into); }
    series.forEach(function (s, m) { words += ' ' + D.sev[s] + ' ' + num(b[3][m]) + (m + 1 < series.length ? ',' : ''); });
    into.appendChild(sv('title', {}, words));
    into.appendChild(sv('text', {'class': 'label', x: labelW - 6, y: y + bh - 2, 'text-anchor': 'end'}, shorten(b[0], 28)));
    series.forEach(function (s, m) {
      var w = most > 0 ? b[3][m] * plotW / most : 0;
      into.appendChild(sv('rect', {'class': 'seg', 'data-series': SEV[s], 'data-value': b[3][m], x: at.toFixed(1), y: y,
                                   width: w.toFixed(1), height: bh, fill: 'url(#kt-fill-' + SEV[s] + ')',
                                   stroke: '#222', 'stroke-width': 0.4}));
      at += w;
    });
    into.appendChild(sv('text', {'class': 'total', x: (at + 4).toFixed(1), y: y + bh - 2}, num(tot[j])));
    g.setAttribute('data-total', tot[j]);
    svg.appendChild(g);
  });
  return svg;
}
// For an opened organization: its subtree by family and severity, and the organizations below it with most errors.
function miniEl(k) {
  if (famTot === null) countFamilies();
  var wrap = el('div', 'mini'), bars = [], base = k * NF * 3, f, d;
  wrap.setAttribute('data-node', k);
  for (f = 0; f < NF; f++) {
    var c = [famTot[base + f * 3 + 2], famTot[base + f * 3 + 1], famTot[base + f * 3]];
    if (c[0] + c[1] + c[2] > 0) bars.push([D.famLabel[f], D.fam[f], -1, c]);
  }
  wrap.appendChild(chartEl('mini-fam-' + k, T.chart_families + ' \u2014 ' + N[k][NAME], [2, 1, 0], bars));
  var below = [];
  for (d = k + 1; d <= last[k]; d++) if (own[3 * d + 2] > 0) below.push(d);
  if (below.length) {
    below.sort(function (a, b) { return own[3 * b + 2] - own[3 * a + 2] || a - b; });
    bars = below.slice(0, 15).map(function (d) { return [N[d][NAME], N[d][ID], d, [own[3 * d + 2]]]; });
    wrap.appendChild(chartEl('mini-top-' + k, T.chart_top_below + ' \u2014 ' + N[k][NAME], [2], bars));
  }
  return wrap;
}

function rowEl(q) {
  var f = F[q], r = R[f[0]], tr = el('tr'), td = el('td', 'rule'), named = f[4] !== '' && f[4] !== f[3];
  tr.setAttribute('data-sev', SEV[f[1]]);
  td.appendChild(el('code', null, r[0]));
  if (r[2]) td.appendChild(el('span', 'sub', r[2]));
  tr.appendChild(td);
  tr.appendChild(el('td', 'sev-' + SEV[f[1]], D.sev[f[1]]));
  td = el('td', 'subject');
  td.appendChild(el('span', null, named ? f[4] : f[3]));
  td.appendChild(el('span', 'sub', D.kinds[f[2]] + (named ? ' · ' + f[3] : '') + (f[7] ? ' · ' + f[7] : '')));
  tr.appendChild(td);
  td = el('td', 'msg', f[5]);
  if (f[8]) td.appendChild(el('span', 'sub', f[8]));
  tr.appendChild(td);
  tr.appendChild(el('td', 'cite', D.cites[f[6]]));
  return tr;
}

// A node's own findings, a page at a time: rows are only built when asked for.
function tableEl(k) {
  var wrap = el('div', 'table-wrap'), table = el('table', 'findings'), head = el('tr'), body = el('tbody');
  [T.col_rule, T.col_severity, T.col_subject, T.col_message, T.col_citation].forEach(function (h) {
    head.appendChild(el('th', null, h));
  });
  var thead = el('thead');
  thead.appendChild(head);
  table.appendChild(thead);
  table.appendChild(body);
  wrap.appendChild(table);
  var q = N[k][FIRST], end = N[k][END], shown = 0, on = active(), more = el('button', 'more');
  more.type = 'button';
  function page(limit) {
    for (var added = 0; q < end && added < limit; q++)
      if (!on || matches(q)) { body.appendChild(rowEl(q)); added++; }
    shown += added;
    rowsShown[k] = shown;
    var left = sumOf(own, k) - shown;
    if (left > 0) {
      more.textContent = fill(T.show_more, 'n', Math.min(left, PAGE));
      if (!more.parentNode) wrap.appendChild(more);
    } else if (more.parentNode) {
      more.remove();
    }
  }
  more.addEventListener('click', function () { page(PAGE); });
  page(printing ? Infinity : Math.max(rowsShown[k], PAGE));
  return wrap;
}

function kidsEl(list, key) {
  var ul = el('ul', 'tree'), vis = list.filter(visible), limit = printing ? Infinity : kidsShown[key] || PAGE;
  for (var j = 0; j < vis.length && j < limit; j++) ul.appendChild(nodeEl(vis[j]));
  if (vis.length > limit) {
    var li = el('li'), b = el('button', 'more', fill(T.more_children, 'n', vis.length - limit));
    b.type = 'button';
    b.addEventListener('click', function () { kidsShown[key] = limit + PAGE; ul.replaceWith(kidsEl(list, key)); });
    li.appendChild(b);
    ul.appendChild(li);
  }
  return ul;
}

function nodeEl(k) {
  var li = el('li', 'node'), head = el('div', 'head'), open = expanded[k] === 1;
  li.id = 'org-' + k;
  li.setAttribute('data-node', k);
  var t = el('button', 'toggle', open ? '\u25BE' : '\u25B8');
  t.type = 'button';
  t.title = open ? T.close : T.open;
  t.setAttribute('aria-expanded', open ? 'true' : 'false');
  t.disabled = N[k][END] === N[k][FIRST] && children[k].length === 0;
  t.addEventListener('click', function () { expanded[k] = open ? 0 : 1; li.replaceWith(nodeEl(k)); });
  head.appendChild(t);
  var name = el('span', 'name', N[k][NAME]);
  name.addEventListener('click', function () { if (!t.disabled) t.click(); });
  head.appendChild(name);
  if (N[k][ID]) head.appendChild(el('code', 'id', N[k][ID]));
  if (N[k][KIND]) head.appendChild(el('span', 'kind', N[k][KIND]));
  for (var s = 2; s >= 0; s--) {
    if (total[3 * k + s] === 0) continue;
    var b = el('span', 'badge sev-' + SEV[s]);
    b.setAttribute('data-sev', SEV[s]);
    b.appendChild(el('span', 'n', num(total[3 * k + s])));
    b.appendChild(document.createTextNode(' ' + D.sevN[s]));
    head.appendChild(b);
  }
  var mine = sumOf(own, k);
  if (mine > 0 && mine !== sumOf(total, k)) head.appendChild(el('span', 'own', '(' + T.own + ': ' + num(mine) + ')'));
  li.appendChild(head);
  if (open) {
    var body = el('div', 'body');
    // Paper gets the roots' charts only: a chart per organization would double a printed tree.
    if (sumOf(total, k) > 0 && (!printing || N[k][PARENT] < 0)) body.appendChild(miniEl(k));
    if (mine > 0) body.appendChild(tableEl(k));
    else if (N[k][END] > N[k][FIRST]) body.appendChild(el('p', 'empty', T.no_match));
    if (children[k].length) body.appendChild(kidsEl(children[k], 'c' + k));
    li.appendChild(body);
  }
  return li;
}

function render() {
  var shown = 0;
  roots.forEach(function (r) { shown += sumOf(total, r); });
  var ul = kidsEl(roots, 'r');
  treeEl.replaceChildren(ul);
  if (!ul.firstChild) treeEl.appendChild(el('p', 'empty', T.no_match));
  statusEl.textContent = fill(fill(T.showing, 'shown', shown), 'total', F.length);
  statusEl.setAttribute('data-shown', shown);
}

var sevSel = $('f-severity'), famSel = $('f-family'), textIn = $('f-text'), nonEmptyBox = $('f-nonempty');
function apply() {
  var wasActive = active();
  filter.sev = sevSel.value === '' ? -1 : +sevSel.value;
  filter.fam = famSel.value === '' ? -1 : +famSel.value;
  filter.text = norm(textIn.value.trim());
  if (filter.text !== '' && keys === null) buildKeys();
  nonEmpty = nonEmptyBox.checked;
  rowsShown.fill(0);
  kidsShown = {};
  recount();
  // A narrow filter opens every organization it matches; clearing it restores what was open.
  if (active()) {
    if (!wasActive) saved = expanded.slice();
    var shown = 0;
    roots.forEach(function (r) { shown += sumOf(total, r); });
    if (shown <= AUTO_OPEN) for (var k = 0; k < n; k++) if (sumOf(total, k) > 0) expanded[k] = 1;
  } else if (saved) {
    expanded = saved;
    saved = null;
  }
  render();
}
var timer = 0;
sevSel.addEventListener('change', apply);
famSel.addEventListener('change', apply);
nonEmptyBox.addEventListener('change', apply);
textIn.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 250); });
$('f-clear').addEventListener('click', function () {
  sevSel.value = '';
  famSel.value = '';
  textIn.value = '';
  nonEmptyBox.checked = true;
  apply();
});

// The summary's organizations open in the tree: their ancestors open, the right page of siblings shown.
function reveal(k) {
  if (!visible(k)) $('f-clear').click();
  for (var p = N[k][PARENT]; p >= 0; p = N[p][PARENT]) expanded[p] = 1;
  expanded[k] = 1;
  for (var c = k; c >= 0; c = N[c][PARENT]) {
    var up = N[c][PARENT], key = up < 0 ? 'r' : 'c' + up;
    var at = (up < 0 ? roots : children[up]).filter(visible).indexOf(c);
    if (at >= (kidsShown[key] || PAGE)) kidsShown[key] = (Math.floor(at / PAGE) + 1) * PAGE;
  }
  render();
  var li = $('org-' + k);
  if (li) {
    li.scrollIntoView({block: 'start'});
    li.classList.add('flash');
    setTimeout(function () { li.classList.remove('flash'); }, 2500);
  }
}
$('summary').addEventListener('click', function (e) {
  var a = e.target.closest('a[data-node]');
  if (!a) return;
  e.preventDefault();
  reveal(+a.getAttribute('data-node'));
});

treeEl.addEventListener('click', function (e) {
  var a = e.target.closest('.mini a[data-node]');
  if (!a) return;
  e.preventDefault();
  reveal(+a.getAttribute('data-node'));
});

function openable(k) { return N[k][END] > N[k][FIRST] || children[k].length > 0; }
function expandAll() {
  for (var k = 0; k < n; k++) if (openable(k)) expanded[k] = 1;
  render();
}
function collapseAll() {
  expanded.fill(0);
  render();
}
$('f-expand').addEventListener('click', expandAll);
$('f-collapse').addEventListener('click', collapseAll);
$('f-print').addEventListener('click', function () { window.print(); });
function enterPrint() {
  if (printing) return;
  beforePrint = expanded.slice();
  printing = true;
  for (var k = 0; k < n; k++) if (openable(k)) expanded[k] = 1;
  render();
  document.documentElement.setAttribute('data-printing', '1');
}
function leavePrint() {
  if (!printing) return;
  printing = false;
  expanded = beforePrint;
  render();
  document.documentElement.removeAttribute('data-printing');
}
// beforeprint/afterprint for the browser's print dialog; the media query for print previews and emulation.
window.addEventListener('beforeprint', enterPrint);
window.addEventListener('afterprint', leavePrint);
var printMedia = window.matchMedia('print');
if (printMedia.addEventListener)
  printMedia.addEventListener('change', function (e) { if (e.matches) enterPrint(); else leavePrint(); });

roots.forEach(function (r) { expanded[r] = 1; });
recount();
render();
document.documentElement.setAttribute('data-ready', '1');
})();
)JS";

}  // namespace kiemtra::core::html
