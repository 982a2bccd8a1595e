import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('stylish', 'stylish')).toBe(0);
    expect(editDistance('stylsh', 'stylish')).toBe(1);
    expect(editDistance('stylishh', 'stylish')).toBe(1);
    expect(editDistance('stylash', 'stylish')).toBe(1);
    expect(editDistance('stylsih', 'stylish')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('didYouMean', () => {
  const formats = ['stylish', 'json', 'sarif', 'github', 'junit'];

  it('suggests the closest candidate for a typo', () => {
    expect(didYouMean('stylsh', formats)).toBe('stylish');
    expect(didYouMean('sarfi', formats)).toBe('sarif');
    expect(didYouMean('jsno', formats)).toBe('json');
    expect(didYouMean('unfilled-placeholdr', ['unfilled-placeholder', 'unknown-section'])).toBe(
      'unfilled-placeholder',
    );
  });

  it('ignores case, and answers in the candidate’s spelling', () => {
    expect(didYouMean('JSON', formats)).toBe('json');
    expect(didYouMean('In Progress', ['open', 'in-progress', 'resolved'])).toBe('in-progress');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(didYouMean('bogus', ['open', 'in-progress', 'resolved', 'unresolved'])).toBeUndefined();
    expect(didYouMean('x', formats)).toBeUndefined();
    expect(didYouMean('yaml', formats)).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });

  it('prefers the nearer candidate, then the earlier one', () => {
    expect(didYouMean('junt', ['json', 'junit'])).toBe('junit');
    expect(didYouMean('ab', ['ac', 'ad'])).toBe('ac');
  });
});
