import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout';
import { NotFound } from './components/NotFound';
import { DocumentList } from './scenes/DocumentList';
import { DocumentView } from './scenes/DocumentView';
import { Home } from './scenes/Home';
import { SignIn } from './scenes/SignIn';
import { SessionProvider } from './session/session';

// Screens that bring heavy code load on first use: the editor (CodeMirror and the core's lint),
// the new-document form (the core's templates) and settings (template inference).
const Editor = lazy(() => import('./scenes/Editor'));
const NewDocument = lazy(() => import('./scenes/NewDocument'));
const Settings = lazy(() => import('./scenes/Settings'));
const Questions = lazy(() => import('./scenes/Questions'));
const Decisions = lazy(() => import('./scenes/Decisions'));
const Search = lazy(() => import('./scenes/Search'));

/**
 * The routes, one scene each. Review lives on the document screen (its review panel, timeline
 * and comments) and in settings (review policy, webhooks), so it needs no routes of its own.
 */
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'documents', element: <DocumentList /> },
      { path: 'documents/new', element: <NewDocument /> },
      { path: 'documents/:id', element: <DocumentView /> },
      { path: 'documents/:id/edit', element: <Editor /> },
      { path: 'questions', element: <Questions /> },
      { path: 'decisions', element: <Decisions /> },
      { path: 'search', element: <Search /> },
      { path: 'settings', element: <Settings /> },
      { path: 'settings/:ws', element: <Settings /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

/** The app: who is signed in decides between the sign-in screen and the routes. */
export function App() {
  return (
    <SessionProvider>
      {(me) => (me ? <RouterProvider router={router} /> : <SignIn />)}
    </SessionProvider>
  );
}
