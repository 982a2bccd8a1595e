// Runs in <head> before the page paints, so a chosen theme shows without a flash of the other.
(() => {
  try {
    const theme = localStorage.getItem('designdoc-theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {
    // Storage can be unavailable (file:// in some browsers, privacy modes): follow the system.
  }
})();
