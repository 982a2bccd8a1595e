import { useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { Delivery, Webhook } from '../api/review-types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';

/** A hook's latest deliveries, newest first: status, response code, duration, attempts; redeliver. */
export function WebhookDeliveries({ workspace, hook }: { workspace: string; hook: Webhook }) {
  const base = `/api/v1/workspaces/${workspace}/webhooks/${hook.id}/deliveries`;
  const deliveries = useApi<{ items: Delivery[] }>(`${base}?limit=20`);
  const [error, setError] = useState<ApiProblem | null>(null);
  const redeliver = async (delivery: Delivery) => {
    setError(null);
    try {
      await api(`${base}/${delivery.id}/redeliver`, { method: 'POST' });
      deliveries.reload();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const items = deliveries.data?.items;
  return (
    <div className="deliveries">
      {deliveries.error && <ProblemMessage problem={deliveries.error} retry={deliveries.reload} />}
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
              <tr key={d.id}>
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
                <td>{d.attempts}</td>
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
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="link small" onClick={deliveries.reload}>
        Refresh deliveries
      </button>
      {error && <ProblemMessage problem={error} />}
    </div>
  );
}
