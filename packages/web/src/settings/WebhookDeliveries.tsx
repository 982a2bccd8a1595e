import { Fragment, useCallback, useEffect, useState } from 'react';
import { ApiProblem, api, query } from '../api/client';
import type { Delivery, DeliveryDetail, DeliveryPage, Webhook } from '../api/review-types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';

const PAGE = 20;

/**
 * A hook's deliveries, newest first, a page at a time (`next` cursor: "Older deliveries"):
 * status, response code, duration, attempts; each delivery's attempt log on demand; redeliver.
 */
export function WebhookDeliveries({ workspace, hook }: { workspace: string; hook: Webhook }) {
  const base = `/api/v1/workspaces/${workspace}/webhooks/${hook.id}/deliveries`;
  const [items, setItems] = useState<Delivery[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiProblem | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const read = useCallback(
    async (cursor: string | null) => {
      setError(null);
      try {
        const page = await api<DeliveryPage>(
          `${base}${query({ limit: PAGE, cursor: cursor ?? '' })}`,
        );
        setItems((previous) => (cursor ? [...(previous ?? []), ...page.items] : page.items));
        setNext(page.next);
      } catch (failure) {
        if (failure instanceof ApiProblem) setError(failure);
      }
    },
    [base],
  );
  useEffect(() => {
    void read(null);
  }, [read]);
  const redeliver = async (delivery: Delivery) => {
    setError(null);
    try {
      await api(`${base}/${delivery.id}/redeliver`, { method: 'POST' });
      await read(null);
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  return (
    <div className="deliveries">
      {items && items.length === 0 && <p className="muted small">No deliveries yet.</p>}
      {items && items.length > 0 && (
        <table>
          <caption className="visually-hidden">Deliveries to {hook.url}</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Response</th>
              <th scope="col">Duration</th>
              <th scope="col">Attempts</th>
              <th scope="col">When</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <Fragment key={d.id}>
                <tr className="delivery-row">
                  <th scope="row">
                    {d.event.type}
                    {d.redelivery > 0 && <span className="muted small"> (redelivery)</span>}
                  </th>
                  <td>
                    <span className={`badge delivery-${d.status}`}>{d.status}</span>
                    {d.error && <div className="small error-text">{d.error}</div>}
                  </td>
                  <td>{d.responseCode ?? '—'}</td>
                  <td>{d.durationMs === null ? '—' : `${d.durationMs} ms`}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-expanded={shown === d.id}
                      onClick={() => setShown(shown === d.id ? null : d.id)}
                    >
                      {d.attempts}
                      <span className="visually-hidden"> attempts of {d.event.type}: the log</span>
                    </button>
                  </td>
                  <td>
                    <RelativeTime iso={d.createdAt} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      disabled={!hook.active}
                      onClick={() => void redeliver(d)}
                    >
                      Redeliver<span className="visually-hidden"> {d.event.type}</span>
                    </button>
                  </td>
                </tr>
                {shown === d.id && (
                  <tr className="attempts-row">
                    <td colSpan={7}>
                      <AttemptLog path={`${base}/${d.id}`} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button type="button" className="link small" onClick={() => void read(null)}>
          Refresh deliveries
        </button>
        {next && (
          <button type="button" className="link small" onClick={() => void read(next)}>
            Older deliveries
          </button>
        )}
      </div>
      {error && <ProblemMessage problem={error} retry={() => void read(null)} />}
    </div>
  );
}

/** One delivery's attempts, oldest first: when, how long, the answer or the error. */
function AttemptLog({ path }: { path: string }) {
  const detail = useApi<DeliveryDetail>(path);
  if (detail.error) return <ProblemMessage problem={detail.error} retry={detail.reload} />;
  if (!detail.data) return <p className="muted small">Loading the attempts…</p>;
  const log = detail.data.attemptLog;
  if (log.length === 0) return <p className="muted small">Not tried yet.</p>;
  return (
    <ol className="plain-list attempt-log" aria-label="Attempts">
      {log.map((a) => (
        <li key={a.number}>
          Attempt {a.number}: {a.succeeded ? 'succeeded' : 'failed'}
          {a.responseCode !== null && `, HTTP ${a.responseCode}`}
          {a.durationMs !== null && `, ${a.durationMs} ms`}, <RelativeTime iso={a.startedAt} />
          {a.error && <div className="small error-text">{a.error}</div>}
        </li>
      ))}
    </ol>
  );
}
