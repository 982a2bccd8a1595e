import { describe, expect, it } from 'vitest';
import { usernameFrom } from './identities.js';

describe('usernameFrom', () => {
  const from = (claims: Record<string, unknown>, claim = 'preferred_username') =>
    usernameFrom({ sub: 's', ...claims }, claim);

  it('makes a valid username of the configured claim', () => {
    expect(from({ preferred_username: 'Ada.Lovelace' })).toBe('ada.lovelace');
    expect(from({ preferred_username: 'José María Ñúñez' })).toBe('jose-maria-nunez');
    expect(from({ preferred_username: 'ada@example.com' })).toBe('ada');
    expect(from({ upn: '__x__' }, 'upn')).toBe('x');
    expect(from({ preferred_username: 'a'.repeat(60) })).toHaveLength(40);
  });

  it('falls back to the email local part, then to user', () => {
    expect(from({ email: 'Grace.Hopper@navy.example' })).toBe('grace.hopper');
    expect(from({ preferred_username: '!!!', email: 'g@x' })).toBe('g');
    expect(from({})).toBe('user');
  });
});
