// Draws every Mermaid block on the page. Loaded, with mermaid.min.js, only on pages that have one.
(() => {
  const chosen = document.documentElement.dataset.theme;
  const dark =
    chosen === 'dark' || (!chosen && window.matchMedia('(prefers-color-scheme: dark)').matches);
  window.mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: dark ? 'dark' : 'default',
  });
  window.mermaid.run({ querySelector: 'pre.mermaid' });
})();
