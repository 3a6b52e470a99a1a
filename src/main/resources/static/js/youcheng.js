/*
 * youcheng's pages: the search box in the bar, the tie form's place suggestions, the tie table's filter and sort,
 * and the charts (Apache ECharts, canvas). Each page puts its data into window.youchengPage; nothing here holds
 * text of its own: labels come from the page, which takes them from the message bundles.
 *
 * When every chart of a page has drawn for the first time (ECharts' 'finished' event), the page sets
 * window.youchengRendered (ms since navigation) and <html data-rendered="true">: the browser tests and the
 * benchmark wait for it.
 */
(function () {
  'use strict';

  // unverified: a tie only the reference network states, of no known kind; grey and dotted, never a kind's colour
  var KINDS = ['sister', 'partner', 'intent', 'unverified'];
  var COLOURS = {sister: '#2e9e5b', partner: '#3a7bd5', intent: '#d08a00', unverified: '#7d8896'};
  var ENDED = '#9aa3ad';
  var PLACE = '#b3261e';
  var pending = 0;
  var worldMap = null;

  function $(id) { return document.getElementById(id); }

  // --- rendering marker ------------------------------------------------------------------------------------
  function chart(id) {
    var el = $(id);
    if (!el) { return null; }
    pending++;
    var ch = echarts.init(el, null, {renderer: 'canvas'});
    window.addEventListener('resize', function () { ch.resize(); });
    return ch;
  }

  /**
   * Draws a chart, and counts it as drawn at its first 'finished' event after its option is set (an empty chart
   * may report 'finished' before).
   */
  function draw(ch, option) {
    var armed = false;
    var first = true;
    ch.on('finished', function () {
      if (!armed || !first) { return; }
      first = false;
      if (--pending === 0) {
        window.youchengRendered = performance.now();
        document.documentElement.setAttribute('data-rendered', 'true');
      }
    });
    armed = true;
    ch.setOption(option);
  }

  /** The world map comes as a script (window.youchengWorld), there before this one runs. */
  function registerWorld() {
    if (!worldMap) {
      echarts.registerMap('world', window.youchengWorld);
      worldMap = true;
    }
  }

  function geo(extra) {
    var g = {
      map: 'world', roam: true, silent: true, zoom: 1, scaleLimit: {min: 1, max: 12},
      top: 8, bottom: 36, left: 8, right: 8,
      itemStyle: {areaColor: '#e8ecf1', borderColor: '#c3cad4', borderWidth: 0.5},
      emphasis: {disabled: true}
    };
    for (var k in extra) { g[k] = extra[k]; }
    return g;
  }

  // --- home: every tie -------------------------------------------------------------------------------------
  function homePage(data) {
    var map = chart('home-map');
    registerWorld();
    draw(map, {
        animation: false,
        legend: {data: KINDS.map(function (k) { return data.labels[k]; }), bottom: 4},
        geo: geo({}),
        // the unverified ones first, lighter, so the recorded kinds draw over them
        series: ['unverified', 'sister', 'partner', 'intent'].map(function (k) {
          return {
            type: 'lines', coordinateSystem: 'geo', name: data.labels[k], silent: true,
            large: true, largeThreshold: 500, progressive: 4000, progressiveThreshold: 8000,
            lineStyle: {color: COLOURS[k], width: 0.5, opacity: k === 'unverified' ? 0.1 : 0.18, curveness: 0.2},
            data: data.lines[k]
          };
        })
      });
  }

  // --- a place: its partners, by continent, region and year --------------------------------------------------
  function placePage(data) {
    var c = data.charts;
    var labels = data.labels;
    var map = chart('place-map');
    registerWorld();
    (function () {
      var series = KINDS.map(function (k) {
        return {
          type: 'lines', coordinateSystem: 'geo', name: labels[k], id: 'lines-' + k,
          lineStyle: {color: COLOURS[k], width: 1.3, opacity: 0.75, curveness: 0.2,
                      type: k === 'unverified' ? 'dotted' : 'solid'},
          emphasis: {lineStyle: {width: 3, opacity: 1}},
          data: c.lines.filter(function (l) { return l.kind === k; }).map(function (l) {
            var item = {name: l.name, tieId: l.tieId, ours: l.ours, approximate: l.approximate, ended: l.ended,
                        coords: l.coords};
            if (l.ended) { item.lineStyle = {color: ENDED, type: 'dashed'}; }
            return item;
          })
        };
      });
      series.push({
        type: 'scatter', coordinateSystem: 'geo', id: 'partners', name: labels.ties, symbolSize: 6,
        itemStyle: {borderColor: '#fff', borderWidth: 0.5},
        data: c.lines.map(function (l) {
          return {name: l.name, tieId: l.tieId, approximate: l.approximate, value: l.coords[1],
                  itemStyle: {color: l.ended ? ENDED : COLOURS[l.kind]}};
        })
      });
      if (c.centre) {
        series.push({type: 'scatter', coordinateSystem: 'geo', id: 'centre', name: data.name, symbolSize: 12,
                     itemStyle: {color: PLACE, borderColor: '#fff', borderWidth: 1.5}, z: 5,
                     data: [{name: data.name, value: c.centre}]});
      }
      draw(map, {
        animation: false,
        legend: {data: KINDS.map(function (k) { return labels[k]; }), bottom: 4},
        tooltip: {trigger: 'item', formatter: function (p) {
          var d = p.data || {};
          var text = d.ours && d.ours !== data.name ? d.ours + ' — ' + p.name : p.name;
          if (d.ended) { text += ' (' + labels.ended + ')'; }
          return escapeHtml(text) + (d.approximate ? '<br><small>' + escapeHtml(labels.approximate) + '</small>' : '');
        }},
        geo: geo({}),
        series: series
      });
      map.on('click', function (p) {
        if (p.data && p.data.tieId) { window.location.href = '/ties/' + p.data.tieId; }
      });
    })();

    bars('continent-chart', c.byContinent, labels.ties);
    bars('region-chart', c.byRegion, labels.ties);
    var growth = chart('growth-chart');
    draw(growth, {
      animation: false,
      grid: {left: 40, right: 16, top: 16, bottom: 56},
      tooltip: {trigger: 'axis'},
      legend: {data: KINDS.map(function (k) { return labels[k]; }), bottom: 0},
      xAxis: {type: 'category', data: c.years.map(String), boundaryGap: false},
      yAxis: {type: 'value', minInterval: 1},
      // the kinds that occur, stacked: the top line is the total
      series: KINDS.filter(function (k) { return c[k].some(function (n) { return n > 0; }); }).map(function (k) {
        return {type: 'line', name: labels[k], stack: 'ties', symbol: 'none', data: c[k],
                lineStyle: {color: COLOURS[k], width: 1.5}, itemStyle: {color: COLOURS[k]},
                areaStyle: {color: COLOURS[k], opacity: 0.25}};
      })
    });
  }

  function bars(id, counts, name) {
    var ch = chart(id);
    var rows = counts.slice().reverse();
    draw(ch, {
      animation: false,
      grid: {left: 8, right: 32, top: 8, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: rows.map(function (r) { return r.name; })},
      series: [{type: 'bar', name: name, data: rows.map(function (r) { return r.count; }),
                itemStyle: {color: PLACE}, label: {show: true, position: 'right'}}]
    });
  }

  // --- the network two hops out ------------------------------------------------------------------------------
  function networkPage(data) {
    var ch = chart('network-chart');
    var l = data.labels;
    var firstRing = data.nodes.filter(function (n) { return n.hop === 1; }).length;
    draw(ch, {
      animationDurationUpdate: 0,
      tooltip: {formatter: function (p) {
        return p.dataType === 'node' ? escapeHtml(p.data.name + ' · ' + p.data.country) : '';
      }},
      legend: {data: [l.centre, l.first, l.second], bottom: 0},
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: false,
        categories: [{name: l.centre, itemStyle: {color: PLACE}}, {name: l.first, itemStyle: {color: '#3a7bd5'}},
                     {name: l.second, itemStyle: {color: '#9aa3ad'}}],
        data: data.nodes.map(function (n) {
          return {id: n.id, name: n.name, country: n.country, category: n.hop,
                  symbolSize: n.hop === 0 ? 26 : n.hop === 1 ? 8 + Math.min(14, Math.sqrt(n.links) * 2) : 5,
                  label: {show: n.hop === 0 || (n.hop === 1 && firstRing <= 30), fontSize: n.hop === 0 ? 14 : 11}};
        }),
        links: data.edges.map(function (e) {
          return {source: e.source, target: e.target,
                  lineStyle: {color: COLOURS[e.kind], type: e.kind === 'unverified' ? 'dotted' : 'solid'}};
        }),
        force: {repulsion: 110, gravity: 0.06, edgeLength: [30, 110], layoutAnimation: true, friction: 0.15},
        lineStyle: {opacity: 0.3, width: 0.8},
        emphasis: {focus: 'adjacency', label: {show: true}, lineStyle: {width: 2, opacity: 0.9}}
      }]
    });
    ch.on('click', function (p) {
      if (p.dataType === 'node' && String(p.data.id) !== String(data.centre)) {
        window.location.href = data.networkBase + p.data.id + '/network';
      }
    });
  }

  // --- the global network: countries and the ties between them ----------------------------------------------
  function graphPage(data) {
    var ch = chart('country-graph');
    var most = Math.max.apply(null, data.countries.map(function (c) { return c.ties; }).concat([1]));
    var heaviest = Math.max.apply(null, data.links.map(function (l) { return l.ties; }).concat([1]));
    draw(ch, {
      animation: false,
      tooltip: {formatter: function (p) {
        if (p.dataType === 'node') { return escapeHtml(p.data.name + ' · ' + data.labels.ties + ' ' + p.data.ties); }
        return escapeHtml(p.data.names + ' · ' + p.data.ties);
      }},
      series: [{
        type: 'graph', layout: 'circular', circular: {rotateLabel: true}, roam: true,
        data: data.countries.map(function (c) {
          return {id: c.code, name: c.name, ties: c.ties, symbolSize: 6 + 34 * Math.sqrt(c.ties / most),
                  itemStyle: {color: c.code === 'CN' ? PLACE : '#3a7bd5'}, label: {show: true, fontSize: 11}};
        }),
        links: data.links.map(function (l) {
          var a = data.countries.filter(function (c) { return c.code === l.source; })[0];
          var b = data.countries.filter(function (c) { return c.code === l.target; })[0];
          return {source: l.source, target: l.target, ties: l.ties, names: a.name + ' – ' + b.name,
                  lineStyle: {width: 0.5 + 7 * l.ties / heaviest, opacity: 0.25 + 0.6 * l.ties / heaviest}};
        }),
        lineStyle: {color: '#5b6b7d', curveness: 0.25},
        emphasis: {focus: 'adjacency', lineStyle: {opacity: 0.9}}
      }]
    });
  }

  // --- the shortest chain between two places, on the map ----------------------------------------------------
  function pathPage(data) {
    if (!data.stops.length) { return; }
    registerWorld();
    var ch = chart('path-map');
    var legs = [];
    for (var i = 1; i < data.stops.length; i++) {
      var a = data.stops[i - 1];
      var b = data.stops[i];
      legs.push({coords: [[a.lng, a.lat], [b.lng, b.lat]]});
    }
    draw(ch, {
      geo: geo({}),
      tooltip: {trigger: 'item', formatter: function (p) { return p.data && p.data.name ? escapeHtml(p.data.name) : ''; }},
      series: [
        {type: 'lines', coordinateSystem: 'geo', data: legs, lineStyle: {color: PLACE, width: 2, curveness: 0.2},
         effect: {show: false}},
        {type: 'scatter', coordinateSystem: 'geo', symbolSize: 9, itemStyle: {color: PLACE},
         label: {show: true, position: 'right', formatter: function (p) { return (p.dataIndex + 1) + '. ' + p.data.name; }},
         data: data.stops.map(function (s) { return {name: s.place.name, value: [s.lng, s.lat]}; })}
      ]
    });
  }

  // --- the tie table: filter and sort, in the browser -------------------------------------------------------
  function tieTable() {
    var table = $('tie-table');
    if (!table) { return; }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var text = $('tie-filter'), kind = $('tie-kind'), status = $('tie-status'), count = $('tie-count');
    var template = count.getAttribute('data-template');
    function apply() {
      var q = text.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (r) {
        var ok = (!kind.value || r.getAttribute('data-kind') === kind.value)
          && (!status.value || r.getAttribute('data-status') === status.value)
          && (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
        r.hidden = !ok;
        if (ok) { shown++; }
      });
      count.textContent = template.replace('{0}', shown).replace('{1}', rows.length);
    }
    [text, kind, status].forEach(function (el) { el.addEventListener('input', apply); });
    sortOnClick(table, rows);
  }

  // --- sorting a table by a click on a column's button (data-value per cell; data-numeric on the column) --------
  function sortOnClick(table, rows) {
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.hasAttribute('data-numeric');
        var collator = new Intl.Collator(document.documentElement.lang || undefined);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-value') || '';
          var y = b.cells[column].getAttribute('data-value') || '';
          if (!x || !y) { return x ? -1 : y ? 1 : 0; }   // unknown last, either way
          var c = numeric ? parseFloat(x) - parseFloat(y) : collator.compare(x, y);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function rankingTable() {
    var table = $('ranking-table');
    if (table) { sortOnClick(table, Array.prototype.slice.call(table.tBodies[0].rows)); }
  }

  // --- the bar's search menu and the form's place fields ---------------------------------------------------
  function searchMenu() {
    document.addEventListener('click', function (e) {
      var menu = $('search-menu');
      if (menu && !e.target.closest('.bar-search')) { menu.hidden = true; }
    });
    document.addEventListener('keydown', function (e) {
      var menu = $('search-menu');
      if (!menu || menu.hidden) { return; }
      if (e.key === 'Escape') { menu.hidden = true; }
      if (e.key === 'ArrowDown' && e.target.id === 'bar-q') {
        var first = menu.querySelector('a');
        if (first) { first.focus(); e.preventDefault(); }
      }
    });
  }

  function placeFields() {
    document.querySelectorAll('input[list]').forEach(function (input) {
      var hidden = document.querySelector('input[data-id-for="' + input.name + '"]');
      if (!hidden) { return; }
      input.addEventListener('input', function () {
        var list = $(input.getAttribute('list'));
        var match = null;
        if (list) {
          Array.prototype.forEach.call(list.options, function (o) {
            if (!match && o.value === input.value) { match = o; }
          });
        }
        hidden.value = match ? match.getAttribute('data-id') : '';
      });
    });
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  /** Forms with data-confirm ask first (the Content-Security-Policy allows no inline onsubmit handler). */
  function confirmations() {
    document.addEventListener('submit', function (e) {
      var form = e.target;
      if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
        e.preventDefault();
      }
    });
  }

  /**
   * A refusal page's "back" goes back in the browser's history when it came from our own page, so the form left
   * there still holds what was typed; without that history the link's own address serves.
   */
  function backLinks() {
    document.addEventListener('click', function (e) {
      var a = e.target.closest ? e.target.closest('a[data-back]') : null;
      if (a && window.history.length > 1 && document.referrer.indexOf(window.location.origin + '/') === 0) {
        e.preventDefault();
        window.history.back();
      }
    });
  }

  function start() {
    confirmations();
    backLinks();
    searchMenu();
    placeFields();
    tieTable();
    rankingTable();
    var data = window.youchengPage;
    if (!data || typeof echarts === 'undefined') { return; }
    if (data.page === 'home') { homePage(data); }
    if (data.page === 'place') { placePage(data); }
    if (data.page === 'network') { networkPage(data); }
    if (data.page === 'graph') { graphPage(data); }
    if (data.page === 'path') { pathPage(data); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
