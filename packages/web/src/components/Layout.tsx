import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../session/session';

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/documents', label: 'Documents', end: false },
  { to: '/questions', label: 'Questions', end: false },
  { to: '/decisions', label: 'Decisions', end: false },
  { to: '/settings', label: 'Settings', end: false },
];

/** Whether a key press happened while typing somewhere (where `/` is a character, not a shortcut). */
function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}

/**
 * The frame of every signed-in screen: a skip link, the navigation, the search box (`/`
 * focuses it; typing shows results at once) and who is signed in.
 */
export function Layout() {
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const search = useRef<HTMLInputElement>(null);
  const onSearch = location.pathname === '/search';
  const [text, setText] = useState(onSearch ? (params.get('q') ?? '') : '');
  // The address is followed when it changes by other means (back, a link); never while the
  // user types, when it lags a key behind and would eat the keys typed since.
  useEffect(() => {
    if (onSearch && document.activeElement !== search.current) setText(params.get('q') ?? '');
  }, [onSearch, params]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !typing(event.target)) {
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Each navigation moves focus to the new screen's heading, as a page load would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && !onSearch) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand" aria-label="designdoc home">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>designdoc</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <search className="header-search">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              navigate(`/search?q=${encodeURIComponent(text)}`);
            }}
          >
            <label htmlFor="search-box" className="visually-hidden">
              Search documents
            </label>
            <input
              id="search-box"
              ref={search}
              type="search"
              placeholder="Search  ( / )"
              autoComplete="off"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                navigate(`/search?q=${encodeURIComponent(event.target.value)}`, {
                  replace: onSearch,
                });
              }}
            />
          </form>
        </search>
        <Link to="/documents/new" className="button primary">
          New document
        </Link>
        <div className="account">
          <span title={me?.user.username}>{me?.user.displayName ?? me?.user.username}</span>
          <button type="button" className="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main">
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
