import type { ApiProblem } from '../api/client';

/** An API problem as a message: what the server said, with a way to try again when it helps. */
export function ProblemMessage({ problem, retry }: { problem: ApiProblem; retry?: () => void }) {
  return (
    <div role="alert" className="problem">
      <p>{problem.detail}</p>
      {retry && problem.status !== 404 && problem.status !== 403 && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
