import { Type } from '@fastify/type-provider-typebox';

/** A check's name: what CI reports runs under and the review policy's `requiredChecks` names. */
export const CheckName = Type.String({
  pattern: '^[a-z0-9][a-z0-9._-]{0,63}$',
  description:
    'Lower-case letters, digits and . _ -, starting with a letter or digit; 1 to 64 characters (`check-api`, `check-schema`)',
});
