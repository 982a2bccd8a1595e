import {
  EVENT_TYPES,
  type EventType,
  type Webhook,
  type WebhookSettings,
} from '../api/review-types';

/** A hook's settings as a form's fields (adding one, or editing `hook`): read them with `hookBody`. */
export function WebhookFields({ hook }: { hook?: Webhook }) {
  return (
    <>
      <label>
        Payload URL
        <input
          name="url"
          type="url"
          required
          defaultValue={hook?.url}
          placeholder="https://hooks.example.com/designdoc"
        />
      </label>
      <label>
        Description
        <input name="description" maxLength={200} defaultValue={hook?.description} />
      </label>
      <fieldset className="event-choices">
        <legend>Events</legend>
        {EVENT_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input
              type="checkbox"
              name="events"
              value={type}
              defaultChecked={hook?.events.includes(type)}
            />{' '}
            {type}
          </label>
        ))}
      </fieldset>
      <label>
        Format
        <select name="format" defaultValue={hook?.format ?? 'native'}>
          <option value="native">designdoc JSON (signed)</option>
          <option value="slack">Slack-compatible incoming webhook</option>
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" name="confidential" defaultChecked={hook?.confidential} /> Also send
        events of confidential documents
      </label>
    </>
  );
}

/**
 * The JSON body of a hook's settings from a form with WebhookFields. The form offers only the
 * API's event types and formats; the server validates what arrives all the same.
 */
export function hookBody(form: HTMLFormElement): WebhookSettings {
  const data = new FormData(form);
  return {
    url: String(data.get('url')),
    description: String(data.get('description') ?? ''),
    events: data.getAll('events').map(String) as EventType[],
    format: String(data.get('format')) as Webhook['format'],
    confidential: data.get('confidential') === 'on',
  };
}

/** A new signing secret made in the browser: 32 URL-safe characters from 24 random bytes. */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
}
