// Warraq preview: reloads the page when the site is rebuilt and shows build errors over it.
// Served only by `warraq serve`; never part of a built site. Text goes in with textContent only.
(function () {
  'use strict';
  var me = document.currentScript;
  var build = me ? me.getAttribute('data-build') : null;
  if (!window.EventSource) {
    return;
  }
  var events = new EventSource('/__warraq/events');
  events.addEventListener('hello', function (e) {
    if (build && e.data !== build) {
      location.reload();
    }
  });
  events.addEventListener('reload', function () {
    location.reload();
  });
  events.addEventListener('problems', function (e) {
    show(e.data);
  });

  function show(text) {
    var box = document.getElementById(__ID__);
    if (!box) {
      box = document.createElement('div');
      box.id = __ID__;
      box.setAttribute('role', 'alert');
      box.setAttribute('dir', 'ltr');
      box.setAttribute('lang', 'en');
      box.setAttribute('style', __STYLE__);
      var title = document.createElement('strong');
      title.textContent = __TITLE__;
      var pre = document.createElement('pre');
      pre.setAttribute('style', __PRE_STYLE__);
      box.appendChild(title);
      box.appendChild(pre);
      (document.body || document.documentElement).appendChild(box);
    }
    box.querySelector('pre').textContent = text;
  }
})();
