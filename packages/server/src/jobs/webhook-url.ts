import { isIP } from 'node:net';

/**
 * What is wrong with a webhook URL, or null: it must be an absolute http: or https: URL with a
 * host, no user name or password (fetch refuses those; put credentials in the path or query),
 * no fragment, and not a link-local or unspecified address (see `blockedAddress`).
 */
export function webhookUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL, such as https://hooks.example.com/designdoc';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `must start with https:// or http://, not ${url.protocol}//`;
  if (url.username || url.password)
    return 'must not hold a user name or password; a receiver authenticates requests by their signature';
  if (url.hash) return 'must not have a #fragment (it is never sent)';
  return blockedAddress(text);
}

/**
 * Why requests to this URL's host are refused, or null. Link-local addresses (169.254.0.0/16,
 * fe80::/10) are where cloud metadata services answer, and an unspecified address (0.0.0.0, ::)
 * reaches the server itself: a webhook is no way to read either. Host names are not resolved
 * here; an egress firewall is the place for a policy on them (docs/webhooks.md).
 */
export function blockedAddress(text: string): string | null {
  const host = new URL(text).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const address = unmapped(host);
  const kind = isIP(address);
  if (kind === 4 && (address.startsWith('169.254.') || address === '0.0.0.0'))
    return `must not be a link-local or unspecified address (${address})`;
  if (kind === 6 && (/^fe[89ab][0-9a-f]?:/.test(address) || /^[0:]+$/.test(address)))
    return `must not be a link-local or unspecified address (${address})`;
  return null;
}

/** An IPv4-mapped IPv6 address (`::ffff:a9fe:101`, as URL writes it) as the IPv4 address it is. */
function unmapped(host: string): string {
  const hex = host.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (!hex) return host.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)?.[1] ?? host;
  const [high, low] = [
    Number.parseInt(hex[1] as string, 16),
    Number.parseInt(hex[2] as string, 16),
  ];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
