import { isIP } from 'node:net';
import { normalHost, type TargetPolicy } from './webhook-target-policy.js';

/**
 * What is wrong with a webhook URL, or null: it must be an absolute http: or https: URL with a
 * host, no user name or password (fetch refuses those; put credentials in the path or query),
 * no fragment, and not a target `policy` refuses that can be told without DNS (see
 * `literalTargetProblem`).
 */
export function webhookUrlProblem(text: string, policy: TargetPolicy): string | null {
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
  return literalTargetProblem(url, policy);
}

/**
 * Why `policy` refuses this URL's host before any DNS lookup, or null: an IP address that is
 * loopback, private, link-local … (the URL parser has already turned `0x7f.1`, `2130706433` and
 * the like into dotted form), or `localhost` and names under it. Other names are resolved and
 * checked at each delivery (webhook-request.ts), since DNS can change after the hook is made.
 */
export function literalTargetProblem(url: URL, policy: TargetPolicy): string | null {
  const host = normalHost(url.hostname);
  if (policy.allowsHost(host)) return null;
  const refused = isIP(host) !== 0 ? policy.refusal(host) : null;
  if (refused) return `must not point at ${host}, ${refused}${ALLOW_HINT}`;
  // A name for the loopback address (RFC 6761), refused with it.
  if ((host === 'localhost' || host.endsWith('.localhost')) && policy.refusal('127.0.0.1'))
    return `must not point at ${host}, a loopback name${ALLOW_HINT}`;
  return null;
}

/** What an admin is told: the operator, not the API, can allow such a target. */
export const ALLOW_HINT = ' (an operator can allow such targets with WEBHOOK_ALLOW_PRIVATE)';
