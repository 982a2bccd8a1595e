import { BlockList, isIP } from 'node:net';

/**
 * The address ranges a webhook may not reach unless the operator allows them
 * (`WEBHOOK_ALLOW_PRIVATE`), by the name a refusal gives them: everything but public unicast.
 * The first range that holds an address names it. Node's BlockList matches IPv4-mapped IPv6
 * addresses (`::ffff:10.0.0.1`) against the IPv4 ranges, so those need no entries of their own.
 */
const NON_PUBLIC: [kind: string, cidrs: string[]][] = [
  ['loopback', ['127.0.0.0/8', '::1/128']],
  ['unspecified', ['0.0.0.0/8', '::/128']],
  ['private', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7']],
  ['link-local', ['169.254.0.0/16', 'fe80::/10']],
  ['shared (carrier-grade NAT)', ['100.64.0.0/10']],
  ['multicast', ['224.0.0.0/4', 'ff00::/8']],
  [
    'special-purpose',
    [
      '192.0.0.0/24', // IETF protocol assignments
      '192.0.2.0/24', // documentation
      '192.88.99.0/24', // 6to4 relays
      '198.18.0.0/15', // benchmarking
      '198.51.100.0/24', // documentation
      '203.0.113.0/24', // documentation
      '240.0.0.0/4', // reserved, and 255.255.255.255
      '::/96', // IPv4-compatible (deprecated)
      '64:ff9b::/96', // NAT64: reaches any IPv4 address, private ones included
      '64:ff9b:1::/48', // local NAT64
      '100::/64', // discard
      '2001::/32', // Teredo: an IPv4 address inside
      '2001:db8::/32', // documentation
      '2002::/16', // 6to4: an IPv4 address inside
      'fec0::/10', // site-local (deprecated)
    ],
  ],
];

const RANGES = NON_PUBLIC.map(([kind, cidrs]) => ({ kind, list: blockListOf(cidrs) }));

/** Where webhooks may be sent: public addresses, and the non-public ones an operator allows. */
export interface TargetPolicy {
  /** Why a webhook may not reach `address` (an IP address), as `a loopback address`, or null when it may. */
  refusal(address: string): string | null;
  /** Whether the operator allowed `host` by name: its addresses are then not checked. */
  allowsHost(host: string): boolean;
}

/**
 * The policy for `allow` (`WEBHOOK_ALLOW_PRIVATE`): false refuses every non-public address,
 * true allows them all, a list allows the addresses and CIDR ranges on it and the host names
 * on it whatever they resolve to.
 */
export function targetPolicy(allow: boolean | string[]): TargetPolicy {
  const entries = allow === true || allow === false ? [] : allow;
  const cidrs = entries.filter((e) => isIP(e.split('/')[0] ?? '') !== 0);
  const allowed = blockListOf(cidrs);
  const hosts = new Set(entries.filter((e) => !cidrs.includes(e)).map(normalHost));
  return {
    refusal(address) {
      if (allow === true) return null;
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (allowed.check(address, type)) return null;
      const range = RANGES.find((r) => r.list.check(address, type));
      if (!range) return null;
      return `${/^[aeiou]/.test(range.kind) ? 'an' : 'a'} ${range.kind} address`;
    },
    allowsHost: (host) => allow === true || hosts.has(normalHost(host)),
  };
}

/** A host name as compared: lower case, without a trailing dot or IPv6 brackets. */
export function normalHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

function blockListOf(cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address = '', bits] = cidr.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}
