import { passwordProblem } from '../../identity/passwords.js';
import { ProblemError } from '../../plugins/problems.js';

/** A new password that breaks the policy: a 400 `weak-password` naming the field. */
export async function checkNewPassword(
  password: string,
  username: string,
  pointer: string,
): Promise<void> {
  const problem = await passwordProblem(password, username);
  if (problem)
    throw new ProblemError('weak-password', `The password ${problem}`, {
      errors: [{ in: 'body', pointer, detail: problem }],
    });
}
