import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message.js';

describe('formatMessage', () => {
  it('fills each placeholder from the data, numbers too, spaces inside the braces allowed', () => {
    expect(
      formatMessage('Section “{{section}}” is level {{ level }}, expected {{level}}', {
        section: 'Security',
        level: 3,
      }),
    ).toBe('Section “Security” is level 3, expected 3');
  });

  it('leaves a placeholder without data as written, so the gap shows', () => {
    expect(formatMessage('Unknown rule “{{ruleId}}”', {})).toBe('Unknown rule “{{ruleId}}”');
  });

  it('inserts data as it is: braces and dollar signs in it are text', () => {
    expect(formatMessage('Link to “{{path}}”', { path: '{{path}} $& $1' })).toBe(
      'Link to “{{path}} $& $1”',
    );
  });
});
