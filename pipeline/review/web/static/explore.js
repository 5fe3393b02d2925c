/* lifelong explore: draws each chart's Vega-Lite spec (inlined as JSON by the server) with the
   same-origin bundle (/explore/vega.js), and lists the documents behind a clicked mark.
   Loaded without `defer` at the top of #charts: the server streams the page chart by chart,
   and each section is drawn as soon as it has arrived (see start()). Vega runs with its
   expression interpreter (`ast: true`), so the page's CSP needs no 'unsafe-eval'; vega-embed's
   and vega-tooltip's injected <style> elements are turned off and explore.css carries their
   rules instead (CSP style-src 'self'). The filter form works without this file. */
(function () {
  'use strict';

  var charts = document.getElementById('charts');
  var panel = document.getElementById('drill');
  var body = document.getElementById('drill-body');
  var title = document.getElementById('drill-title');
  var pending = null; // the AbortController of the drill request in flight
  var EMBED = {
    renderer: 'svg', actions: false, ast: true, defaultStyle: false,
    tooltip: {disableDefaultStyle: true}
  };

  function readJSON(el) {
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  function fail(vis, message) {
    vis.textContent = '';
    var p = document.createElement('p');
    p.className = 'chart-error';
    p.textContent = message;
    vis.appendChild(p);
  }

  /* The clicked datum's drill keys as `key.NAME=value` (a null value is sent empty). */
  function keyParams(section, datum) {
    var names = (section.getAttribute('data-drill-keys') || '').split(' ').filter(Boolean);
    var params = new URLSearchParams();
    var found = 0;
    names.forEach(function (name) {
      if (!Object.prototype.hasOwnProperty.call(datum, name)) { return; }
      var value = datum[name];
      params.set('key.' + name, value === null || value === undefined ? '' : String(value));
      found += 1;
    });
    return found ? params : null;
  }

  /* What the clicked mark's tooltip said (names, not ids), shown above the list; text only. */
  function picked(tooltip) {
    var p = document.createElement('p');
    p.className = 'picked';
    if (tooltip && typeof tooltip === 'object') {
      Object.keys(tooltip).forEach(function (name) {
        var value = tooltip[name];
        if (value === null || value === undefined || value === '') { return; }
        var span = document.createElement('span');
        span.className = 'pair';
        span.textContent = name + ': ' + value;
        p.appendChild(span);
      });
    } else if (tooltip !== null && tooltip !== undefined) {
      p.textContent = String(tooltip);
    }
    return p;
  }

  function drill(section, datum, tooltip) {
    var keys = keyParams(section, datum);
    if (!keys) { return; } // an axis, a legend or a facet background: nothing to list
    var params = new URLSearchParams(charts.getAttribute('data-query') || '');
    params.set('chart', section.getAttribute('data-chart'));
    keys.forEach(function (value, name) { params.set(name, value); });
    if (pending) { pending.abort(); }
    pending = new AbortController();
    panel.hidden = false;
    panel.setAttribute('aria-busy', 'true');
    title.textContent = section.querySelector('h2').textContent;
    body.textContent = 'Loading…';
    fetch('/explore/drill?' + params.toString(), {credentials: 'same-origin', signal: pending.signal})
      .then(function (response) {
        return response.text().then(function (text) { return {ok: response.ok, status: response.status, text: text}; });
      })
      .then(function (res) {
        panel.removeAttribute('aria-busy');
        if (!res.ok) { body.textContent = 'The list failed (' + res.status + ').'; return; }
        // a fragment rendered by the server with autoescaping; the CSP forbids inline scripts anyway
        var doc = new DOMParser().parseFromString(res.text, 'text/html');
        body.replaceChildren.apply(body, [picked(tooltip)].concat(Array.prototype.slice.call(doc.body.childNodes)));
        panel.scrollTop = 0;
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') { return; }
        panel.removeAttribute('aria-busy');
        body.textContent = 'The list failed: ' + err;
      });
  }

  function draw(section) {
    section.setAttribute('data-drawing', String(Math.round(performance.now())));
    var vis = section.querySelector('.vis');
    var specEl = section.querySelector('script.spec');
    if (!vis || !specEl) { return Promise.resolve(); }
    var spec = readJSON(specEl);
    if (!spec) { fail(vis, 'This chart could not be read.'); return Promise.resolve(); }
    return window.vegaEmbed(vis, spec, EMBED).then(function (result) {
      section.setAttribute('data-rendered', '1');
      section.setAttribute('data-render-ms', String(Math.round(performance.now())));
      result.view.addEventListener('click', function (event, item) {
        if (item && item.datum) { drill(section, item.datum, item.tooltip); }
      });
    }).catch(function (err) {
      section.setAttribute('data-rendered', 'error');
      fail(vis, 'This chart failed to draw: ' + (err && err.message ? err.message : err));
    });
  }

  /* The page arrives chart by chart (explore.py streams it) and this script runs before the
     sections do: a section is drawn as soon as the element after it exists (it is then
     complete), the rest when the document is parsed. */
  function start() {
    var jobs = [];
    var seen = [];
    function drawComplete(all) {
      Array.prototype.forEach.call(charts.querySelectorAll('section.chart'), function (section) {
        if (seen.indexOf(section) >= 0 || !(all || section.nextElementSibling)) { return; }
        seen.push(section);
        jobs.push(draw(section));
      });
    }
    if (typeof window.vegaEmbed !== 'function') {
      document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(charts.querySelectorAll('.vis'), function (v) { fail(v, 'The chart library did not load.'); });
        document.body.setAttribute('data-explore-ready', 'error');
      });
      return;
    }
    var observer = new MutationObserver(function () { drawComplete(false); });
    observer.observe(charts, {childList: true});
    drawComplete(false);
    function finish() {
      observer.disconnect();
      drawComplete(true);
      Promise.all(jobs).then(function () {
        document.body.setAttribute('data-explore-ready', String(Math.round(performance.now())));
      });
    }
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', finish); } else { finish(); }
  }

  /* Province -> only its cities in the city select (all cities stay listed without JS). */
  function narrowCities() {
    var form = document.getElementById('explore-filters');
    var city = document.getElementById('city-select');
    if (!form || !city) { return; }
    var province = form.elements.province;
    function apply() {
      var chosen = province.value;
      Array.prototype.forEach.call(city.querySelectorAll('optgroup'), function (group) {
        var show = !chosen || group.getAttribute('data-province') === chosen;
        group.hidden = !show;
        group.disabled = !show;
      });
      var selected = city.selectedOptions[0];
      if (selected && selected.parentElement.disabled) { city.value = ''; }
    }
    province.addEventListener('change', apply);
    apply();
  }

  if (panel) {
    document.getElementById('drill-close').addEventListener('click', function () { panel.hidden = true; });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !panel.hidden) { panel.hidden = true; }
    });
  }
  narrowCities();
  if (charts) { start(); }
}());
