import type { NewDelivery } from './webhook-fan-out.js';

/** Webhook delivery as the rest of the server sees it, whichever engine runs it. */
export interface WebhookJobs {
  /** Something may be waiting: an event committed here or elsewhere. */
  wake(): void;
  /** Send deliveries made outside the fan-out (redeliveries by hand). */
  schedule(deliveries: NewDelivery[]): Promise<void>;
  close(): Promise<void>;
}
