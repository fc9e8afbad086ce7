// Registers the service worker that keeps Pilar Siap working offline, and tells the app when a
// new version is ready. The app decides when to switch (never in the middle of an attempt):
// window.pilarSiapUpdateReady() says whether one waits, window.pilarSiapApplyUpdate() switches
// and reloads, and a "pilar-siap-update" event on window announces one.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var root = new URL(document.currentScript.getAttribute('data-root') || './', location.href);
  var waiting = null;
  var switching = false;
  function announce(worker) {
    waiting = worker;
    window.dispatchEvent(new Event('pilar-siap-update'));
  }
  window.pilarSiapUpdateReady = function () {
    return waiting !== null;
  };
  window.pilarSiapApplyUpdate = function () {
    if (!waiting) return;
    switching = true;
    waiting.postMessage('skip-waiting');
  };
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (switching) location.reload();
  });
  window.addEventListener('load', function () {
    navigator.serviceWorker
      .register(new URL('sw.js', root), { scope: root.pathname })
      .then(function (reg) {
        if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
        reg.addEventListener('updatefound', function () {
          var worker = reg.installing;
          if (!worker) return;
          worker.addEventListener('statechange', function () {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
          });
        });
      })
      .catch(function () {});
  });
})();
