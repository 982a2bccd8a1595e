import { describe, expect, it } from 'vitest';
import { movesFor } from './moves';

const targets = (status: string, role: Parameters<typeof movesFor>[1]) =>
  movesFor(status, role).map((m) => m.to);

describe('movesFor', () => {
  it('offers viewers and strangers no move', () => {
    expect(targets('draft', 'viewer')).toEqual([]);
    expect(targets('in-review', null)).toEqual([]);
  });

  it('lets authors request, withdraw and reopen, but not decide', () => {
    expect(targets('draft', 'author')).toEqual(['in-review']);
    expect(targets('in-review', 'author')).toEqual(['draft']);
    expect(targets('rejected', 'author')).toEqual(['draft']);
    expect(targets('approved', 'author')).toEqual(['in-review']);
  });

  it('lets reviewers and admins also reject, supersede and deprecate', () => {
    expect(targets('in-review', 'reviewer')).toEqual(['draft', 'rejected']);
    expect(targets('approved', 'admin')).toEqual(['in-review', 'superseded', 'deprecated']);
  });

  it('has no move out of superseded or deprecated', () => {
    expect(targets('superseded', 'admin')).toEqual([]);
    expect(targets('deprecated', 'admin')).toEqual([]);
  });
});
