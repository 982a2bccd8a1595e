import { ProblemError } from '../plugins/problems.js';
import { type PasswordContext, passwordProblem } from './password-policy.js';

/** A new password that breaks the policy: a 400 `weak-password` naming the field and why. */
export async function checkNewPassword(
  password: string,
  context: PasswordContext,
  pointer: string,
): Promise<void> {
  const problem = await passwordProblem(password, context);
  if (problem)
    throw new ProblemError('weak-password', `The password ${problem}`, {
      errors: [{ in: 'body', pointer, detail: problem }],
    });
}
