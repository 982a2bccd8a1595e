import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { TargetPolicy } from './webhook-target-policy.js';
import { ALLOW_HINT, literalTargetProblem } from './webhook-url.js';

/** A delivery the egress policy refused: sending it again cannot help until the policy changes. */
export class TargetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefused';
  }
}

/** Resolves a host name to all its addresses, as `dns.lookup(host, {all: true})` does. */
export type ResolveHost = (host: string) => Promise<LookupAddress[]>;

const systemResolve: ResolveHost = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/**
 * POST `body` to `url` and answer with the response's status code (the body is not read), or
 * throw: `TargetRefused` when `policy` refuses the host or any address it resolves to, a
 * TimeoutError after `timeoutMs`, an AbortError when `signal` aborts first, or the network's
 * error. The connection goes to an address that was checked: the lookup that checks them is
 * the one the socket connects with, so a name cannot resolve to a public address for the check
 * and a private one for the connection (DNS rebinding). Redirects are not followed.
 */
export async function postWebhook(
  url: URL,
  request: { headers: Record<string, string>; body: string },
  options: { policy: TargetPolicy; timeoutMs: number; resolve?: ResolveHost; signal?: AbortSignal },
): Promise<number> {
  const literal = literalTargetProblem(url, options.policy);
  if (literal) throw new TargetRefused(`Refused: the URL ${literal}`);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const lookup = options.policy.allowsHost(url.hostname)
    ? undefined
    : checkedLookup(options.policy, options.resolve ?? systemResolve);
  return new Promise<number>((resolve, reject) => {
    const outgoing = send(
      url,
      {
        method: 'POST',
        headers: request.headers,
        // No pooled connections: each attempt connects through the checked lookup.
        agent: false,
        lookup,
        signal: options.signal
          ? AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.signal])
          : AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        // The answer is the status code: a body (of any size) is not read.
        response.destroy();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** A socket lookup that resolves with `resolve` and fails unless `policy` allows every address. */
function checkedLookup(policy: TargetPolicy, resolve: ResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        for (const { address } of addresses) {
          const refused = policy.refusal(address);
          if (refused)
            return callback(
              new TargetRefused(
                `Refused: ${hostname} resolves to ${address}, ${refused}${ALLOW_HINT}`,
              ),
              '',
            );
        }
        const wanted = addresses.filter((a) => !options.family || a.family === options.family);
        const [first] = wanted;
        if (!first)
          return callback(
            Object.assign(new Error(`${hostname} has no IPv${options.family} address`), {
              code: 'ENOTFOUND',
            }),
            '',
          );
        if (options.all) (callback as (e: null, all: LookupAddress[]) => void)(null, wanted);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
