// Added by `designdoc preview` only: reload the page when the site has been rebuilt.
(() => {
  const events = new EventSource('/__designdoc/events');
  events.addEventListener('reload', () => window.location.reload());
})();
