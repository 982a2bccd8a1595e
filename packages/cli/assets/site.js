// The site's behaviour: search, the document table's sorting and filtering, the theme switch.
// Everything works without it (plain links and a full table); it only adds to the page.
(() => {
  setUpTheme();
  setUpSearch();
  setUpDocumentTable();

  function setUpTheme() {
    const button = document.getElementById('dd-theme');
    if (!button) return;
    const order = ['auto', 'light', 'dark'];
    const show = () => {
      const theme = document.documentElement.dataset.theme || 'auto';
      button.setAttribute('aria-label', `Colour theme: ${theme === 'auto' ? 'automatic' : theme}`);
      button.title = button.getAttribute('aria-label');
    };
    show();
    button.addEventListener('click', () => {
      const current = document.documentElement.dataset.theme || 'auto';
      const next = order[(order.indexOf(current) + 1) % order.length];
      if (next === 'auto') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = next;
      try {
        if (next === 'auto') localStorage.removeItem('designdoc-theme');
        else localStorage.setItem('designdoc-theme', next);
      } catch {
        // No storage: the choice lasts for this page only.
      }
      show();
    });
  }

  // Scripts loaded on demand (the search engine and the index's pieces) hand their value to
  // their own element (document.currentScript); nothing is read from a global name, which an
  // element of a document could shadow (`<a id="x">` becomes `window.x`).
  function loadData(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => {
        const data = script.designdocData;
        script.remove();
        if (data !== null && (typeof data === 'object' || typeof data === 'function'))
          resolve(data);
        else reject(new Error(`Cannot read ${src}`));
      };
      script.onerror = () => {
        script.remove();
        reject(new Error(`Cannot load ${src}`));
      };
      document.head.append(script);
    });
  }

  function setUpSearch() {
    const input = document.getElementById('dd-search');
    const list = document.getElementById('dd-search-results');
    if (!input || !list) return;
    const root = input.dataset.root || '';
    let engine = null;
    let loading = null;
    let active = -1;
    let latest = 0;

    const load = () => {
      // The engine, and the index's manifests (one per shard): the index's pieces come later,
      // those a query needs only.
      const manifests = input.dataset.index.split(' ');
      loading ??= Promise.all([loadData(input.dataset.engine), ...manifests.map(loadData)]).then(
        ([{ createSearch }, ...loaded]) => {
          engine = createSearch({
            manifests: loaded,
            load: (sitePath) => loadData(root + sitePath),
          });
        },
      );
      loading.catch(() => {
        loading = null;
      });
      return loading;
    };

    const escapeHtml = (text) =>
      text.replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
      );
    // Marks the matched words in the text itself, before escaping, so that a word such as
    // "lt" or "amp" is never found inside the escaped text's entities.
    const highlight = (text, terms) => {
      if (terms.length === 0) return escapeHtml(text);
      const words = [...terms].sort((a, b) => b.length - a.length);
      const pattern = new RegExp(
        `(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
        'gi',
      );
      return text
        .split(pattern)
        .map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
        .join('');
    };

    const select = (index) => {
      const items = list.querySelectorAll('[role="option"]');
      active = Math.max(-1, Math.min(index, items.length - 1));
      items.forEach((item, i) => {
        item.setAttribute('aria-selected', String(i === active));
      });
      const current = items[active];
      if (current) {
        input.setAttribute('aria-activedescendant', current.id);
        current.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    };

    const hide = () => {
      list.hidden = true;
      list.innerHTML = '';
    };
    const show = (results) => {
      list.innerHTML =
        results.length === 0
          ? '<li class="empty">No matches</li>'
          : results
              .map(
                (r, i) =>
                  `<li role="option" id="dd-result-${i}" aria-selected="false"><a href="${escapeHtml(root + r.url)}"><span class="result-title">${highlight(r.title, r.terms)}</span><span class="result-doc">${escapeHtml(r.document)}</span><span class="result-excerpt">${highlight(r.excerpt, r.terms)}</span></a></li>`,
              )
              .join('');
      list.hidden = false;
      active = -1;
    };
    const fail = (error) => {
      list.innerHTML = `<li class="empty">${escapeHtml(error.message)}</li>`;
      list.hidden = false;
    };

    // Each keystroke starts a query; only the latest one's results are shown.
    const update = () => {
      const query = input.value.trim();
      const current = ++latest;
      if (query === '') {
        hide();
        return;
      }
      load()
        .then(() => engine.search(query))
        .then(
          (results) => {
            if (current === latest) show(results);
          },
          (error) => {
            if (current === latest) fail(error);
          },
        );
    };

    input.addEventListener('focus', load, { once: true });
    input.addEventListener('input', update);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') select(active + 1);
      else if (event.key === 'ArrowUp') select(active - 1);
      else if (event.key === 'Escape') {
        list.hidden = true;
        input.blur();
      } else if (event.key === 'Enter') {
        const link = list.querySelectorAll('[role="option"] a')[Math.max(active, 0)];
        if (link) window.location.href = link.href;
      } else return;
      event.preventDefault();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target;
      const typing =
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement ||
        (target instanceof HTMLElement && target.isContentEditable);
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (!event.target.closest('.search')) list.hidden = true;
    });
  }

  function setUpDocumentTable() {
    const table = document.getElementById('dd-documents');
    const form = document.getElementById('dd-filters');
    if (!table || !form) return;
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    const headers = Array.from(table.tHead.rows[0].cells);
    const key = (row, column) => {
      const cell = row.cells[column];
      return cell.dataset.sort ?? cell.textContent.trim().toLowerCase();
    };
    headers.forEach((header, column) => {
      header.querySelector('button').addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const h of headers) h.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const sorted = rows.slice().sort((a, b) => {
          const x = key(a, column);
          const y = key(b, column);
          const order =
            x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y))
              ? Number(x) - Number(y)
              : x.localeCompare(y);
          return ascending ? order : -order;
        });
        body.append(...sorted);
      });
    });
    const filter = () => {
      const text = form.elements.text.value.trim().toLowerCase();
      const status = form.elements.status.value;
      const lint = form.elements.lint.value;
      let shown = 0;
      for (const row of rows) {
        const visible =
          (!text || row.textContent.toLowerCase().includes(text)) &&
          (!status || row.dataset.status === status) &&
          (!lint || row.dataset.lint === lint);
        row.hidden = !visible;
        if (visible) shown++;
      }
      form.elements.count.value = `${shown} of ${rows.length} shown`;
    };
    form.addEventListener('input', filter);
    form.addEventListener('submit', (event) => event.preventDefault());
  }
})();
