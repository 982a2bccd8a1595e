import { describe, expect, it } from 'vitest';
import { didYouMean, expectedOneOf } from './did-you-mean.js';

describe('didYouMean', () => {
  it('names the closest candidate for a typo, and nothing when none is close', () => {
    expect(didYouMean('stylsh', ['stylish', 'json', 'sarif'])).toBe('stylish');
    expect(didYouMean('Opne', ['open', 'resolved'])).toBe('open');
    expect(didYouMean('bogus', ['open', 'resolved'])).toBeUndefined();
  });
});

describe('expectedOneOf', () => {
  it('lists the valid values and suggests the likeliest', () => {
    expect(expectedOneOf('modle', ['model', 'template', 'config'])).toBe(
      ', expected one of model, template, config; did you mean “model”?',
    );
  });

  it('lists the valid values alone when no value is close', () => {
    expect(expectedOneOf('bogus', ['model', 'template', 'config'])).toBe(
      ', expected one of model, template, config',
    );
  });
});
