import { Link } from 'react-router';
import { useTitle } from './use-title';

/** A client route that names nothing. */
export function NotFound() {
  useTitle('Not found');
  return (
    <section>
      <h1>Nothing here</h1>
      <p>
        This page does not exist. Go to the <Link to="/documents">documents</Link> or{' '}
        <Link to="/">home</Link>.
      </p>
    </section>
  );
}
