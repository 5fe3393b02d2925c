/* lifelong review: progressive enhancement only. Every action is a plain HTML form that works
   without this file; this adds keyboard shortcuts, value <-> text highlighting, and text
   selection -> "add a missed value" with offsets counted in Unicode code points (the server's
   offsets), so characters outside the BMP (two UTF-16 units) count once. */
(function () {
  'use strict';

  var text = document.getElementById('text');
  var values = Array.prototype.slice.call(document.querySelectorAll('.value[data-key]'));
  var current = -1;
  var codePoints = null; // the text as an array of code points, built on first selection

  function segmentsOf(key) {
    if (!text) { return []; }
    return Array.prototype.slice.call(text.querySelectorAll('[data-values]')).filter(function (seg) {
      return seg.getAttribute('data-values').split(' ').indexOf(key) >= 0;
    });
  }

  function markText(key, on) {
    segmentsOf(key).forEach(function (seg) { seg.classList.toggle('hl', on); });
  }

  function select(index, scrollText) {
    if (!values.length) { return; }
    index = Math.max(0, Math.min(values.length - 1, index));
    if (current >= 0 && values[current]) {
      values[current].classList.remove('current');
      markText(values[current].getAttribute('data-key'), false);
    }
    current = index;
    var el = values[current];
    el.classList.add('current');
    markText(el.getAttribute('data-key'), true);
    el.scrollIntoView({block: 'nearest'});
    var segs = segmentsOf(el.getAttribute('data-key'));
    if (scrollText !== false && segs.length) { segs[0].scrollIntoView({block: 'center'}); }
    var field = document.querySelector('#selection-add select[name=field]');
    if (field) { field.value = el.getAttribute('data-field'); }
    try { sessionStorage.setItem('lifelong-current:' + location.pathname, el.getAttribute('data-key')); } catch (e) { /* private mode */ }
  }

  function submit(formClass) {
    if (current < 0) { select(0); return; } // first show which value a key would act on
    var form = values[current] && values[current].querySelector('form.' + formClass);
    if (form) { form.submit(); }
  }

  values.forEach(function (el, i) {
    var key = el.getAttribute('data-key');
    el.addEventListener('mouseenter', function () { markText(key, true); });
    el.addEventListener('mouseleave', function () { if (i !== current) { markText(key, false); } });
    el.addEventListener('click', function (e) {
      if (!e.target.closest('form, a')) { select(i); }
    });
  });

  if (text) {
    text.addEventListener('mouseover', function (e) {
      var seg = e.target.closest('[data-values]');
      if (!seg) { return; }
      seg.getAttribute('data-values').split(' ').forEach(function (key) {
        var v = document.getElementById('v-' + key);
        if (v) { v.classList.add('hl'); }
      });
    });
    text.addEventListener('mouseout', function (e) {
      var seg = e.target.closest('[data-values]');
      if (!seg) { return; }
      seg.getAttribute('data-values').split(' ').forEach(function (key) {
        var v = document.getElementById('v-' + key);
        if (v) { v.classList.remove('hl'); }
      });
    });
    text.addEventListener('click', function (e) {
      var sel = window.getSelection();
      if (sel && !sel.isCollapsed) { return; }
      var seg = e.target.closest('[data-values]');
      if (!seg) { return; }
      var key = seg.getAttribute('data-values').split(' ')[0];
      var index = values.findIndex(function (v) { return v.getAttribute('data-key') === key; });
      if (index >= 0) { select(index, false); }
    });
    text.addEventListener('mouseup', fillFromSelection);
    text.addEventListener('keyup', fillFromSelection);
  }

  /* A DOM position (node, offset in UTF-16 units) as a code-point offset into the document text. */
  function codePointOffset(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      var seg = node.parentElement.closest('[data-start]');
      if (!seg || !text.contains(seg)) { return null; }
      return Number(seg.getAttribute('data-start')) + Array.from(node.data.slice(0, offset)).length;
    }
    if (node === text) {
      var child = text.children[offset];
      return child ? Number(child.getAttribute('data-start')) : Number(text.getAttribute('data-length'));
    }
    var el = node.closest && node.closest('[data-start]');
    if (!el || !text.contains(el)) { return null; }
    var start = Number(el.getAttribute('data-start'));
    return offset === 0 ? start : start + Array.from(el.textContent).length;
  }

  function fillFromSelection() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var range = sel.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) { return; }
    var start = codePointOffset(range.startContainer, range.startOffset);
    var end = codePointOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) { return; }
    if (!codePoints) { codePoints = Array.from(text.textContent); }
    var snippet = codePoints.slice(start, end).join('');
    document.querySelectorAll('form.add, form#selection-add').forEach(function (form) {
      form.elements.start.value = start;
      form.elements.end.value = end;
      form.elements.snippet.value = snippet;
      var value = form.elements['new'];
      if (!value.value || value.getAttribute('data-auto') === '1') {
        value.value = snippet;
        value.setAttribute('data-auto', '1');
      }
    });
    var bar = document.getElementById('selection-add');
    if (bar) { bar.hidden = false; }
  }

  document.querySelectorAll('form.add input[name=new], #selection-add input[name=new]').forEach(function (input) {
    input.addEventListener('input', function () { input.removeAttribute('data-auto'); });
  });

  document.querySelectorAll('[data-back]').forEach(function (link) {
    link.addEventListener('click', function (e) {
      if (history.length > 1) { e.preventDefault(); history.back(); }
    });
  });

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var target = e.target;
    if (target.closest && target.closest('input, textarea, select, [contenteditable]')) {
      if (e.key === 'Escape') { target.blur(); }
      return;
    }
    var handled = true;
    switch (e.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current < 0 ? 0 : current - 1); break;
      case 'a': submit('accept'); break;
      case 'r': submit('reject'); break;
      case 'f': {
        if (current < 0) { select(0); }
        var input = values[current] && values[current].querySelector('form.fix input[name=new]');
        if (input) { input.focus(); input.select(); }
        break;
      }
      case 'n': {
        var next = document.getElementById('next-doc');
        if (next) { location.href = next.href; }
        break;
      }
      case 'u': {
        var undo = document.querySelector('form.undo');
        if (undo) { undo.submit(); }
        break;
      }
      default: handled = false;
    }
    if (handled) { e.preventDefault(); }
  });

  /* Back from an action (303 to #f-field): keep the value the reviewer was on. */
  (function restore() {
    var key = null;
    try { key = sessionStorage.getItem('lifelong-current:' + location.pathname); } catch (e) { return; }
    var index = values.findIndex(function (v) { return v.getAttribute('data-key') === key; });
    if (index >= 0) { select(index, false); }
  }());
}());
