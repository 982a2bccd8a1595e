import { describe, expect, it } from 'vitest';
import { targetPolicy } from './webhook-target-policy.js';

describe('targetPolicy', () => {
  it('refuses every non-public address by its kind, IPv4-mapped forms included', () => {
    const policy = targetPolicy(false);
    expect(
      Object.fromEntries(
        [
          '127.0.0.1',
          '127.1.2.3',
          '::1',
          '::ffff:127.0.0.1',
          '::ffff:7f00:1',
          '0.0.0.0',
          '::',
          '10.1.2.3',
          '172.20.0.1',
          '192.168.1.1',
          'fd00::1',
          '169.254.169.254',
          '::ffff:a9fe:a9fe',
          'fe80::1',
          '100.64.0.1',
          '224.0.0.1',
          '255.255.255.255',
          '64:ff9b::a00:1',
          '2002:a00:1::1',
        ].map((address) => [address, policy.refusal(address)?.replace(/^an? /, '')]),
      ),
    ).toEqual({
      '127.0.0.1': 'loopback address',
      '127.1.2.3': 'loopback address',
      '::1': 'loopback address',
      '::ffff:127.0.0.1': 'loopback address',
      '::ffff:7f00:1': 'loopback address',
      '0.0.0.0': 'unspecified address',
      '::': 'unspecified address',
      '10.1.2.3': 'private address',
      '172.20.0.1': 'private address',
      '192.168.1.1': 'private address',
      'fd00::1': 'private address',
      '169.254.169.254': 'link-local address',
      '::ffff:a9fe:a9fe': 'link-local address',
      'fe80::1': 'link-local address',
      '100.64.0.1': 'shared (carrier-grade NAT) address',
      '224.0.0.1': 'multicast address',
      '255.255.255.255': 'special-purpose address',
      '64:ff9b::a00:1': 'special-purpose address',
      '2002:a00:1::1': 'special-purpose address',
    });
  });

  it('lets public addresses through', () => {
    const policy = targetPolicy(false);
    for (const address of [
      '8.8.8.8',
      '1.1.1.1',
      '172.32.0.1',
      '2606:4700::1111',
      '2001:4860::8888',
    ])
      expect(policy.refusal(address), address).toBeNull();
  });

  it('allows everything with true, and only what is listed with a list', () => {
    expect(targetPolicy(true).refusal('169.254.169.254')).toBeNull();
    expect(targetPolicy(true).allowsHost('anything')).toBe(true);
    const listed = targetPolicy(['127.0.0.1', '10.0.0.0/8', 'Hooks.Internal.']);
    expect(listed.refusal('127.0.0.1')).toBeNull();
    expect(listed.refusal('::ffff:10.9.9.9')).toBeNull();
    expect(listed.refusal('127.0.0.2')).toBe('a loopback address');
    expect(listed.refusal('169.254.169.254')).toBe('a link-local address');
    expect(listed.allowsHost('hooks.internal')).toBe(true);
    expect(listed.allowsHost('HOOKS.INTERNAL.')).toBe(true);
    expect(listed.allowsHost('other.internal')).toBe(false);
  });
});
