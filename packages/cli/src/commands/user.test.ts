import { describe, expect, it } from 'vitest';
import { useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();

describe('designdoc user', () => {
  it('creates accounts that can sign in, resets passwords, lists them, and refuses bad input with exit 2', async () => {
    const dir = tempDir();
    const env = { DESIGNDOC_DATA_DIR: dir.file('data') };
    const user = (args: string[], input?: string) =>
      runBin(['user', ...args], { cwd: dir.path, env, ...(input ? { input } : {}) });
    expect(user(['list'])).toMatchObject({
      code: 2,
      stderr:
        'designdoc: The database is not migrated: run `designdoc migrate` (or start `designdoc serve` once) first\n',
    });
    expect(runBin(['migrate'], { cwd: dir.path, env }).code).toBe(0);

    const created = user(['create', 'grace', '--display-name', 'Grace Hopper']);
    expect(created.code).toBe(0);
    const printed = created.stdout.match(
      /^Created user “grace”\nThe password of “grace”, shown only this once:\n\n {4}(\S{24})\n\n$/,
    );
    expect(printed).not.toBeNull();
    expect(
      user(['create', 'ada', '--admin', '--password-stdin'], 'a fine long passphrase\n'),
    ).toMatchObject({ code: 0, stdout: 'Created instance admin “ada”\n' });
    for (const weak of ['password123', 'Password1!'])
      expect(user(['create', 'weak', '--password-stdin'], `${weak}\n`)).toMatchObject({
        code: 2,
        stderr:
          'designdoc: The password is on a list of common and breached passwords (digits or symbols around it do not change that); choose another\n',
      });
    expect(user(['reset-password', 'grace', '--password-stdin'], 'designdoc1\n')).toMatchObject({
      code: 2,
      stderr:
        'designdoc: The password is built from “designdoc” (a name guessers try first) with digits or symbols; choose another\n',
    });
    expect(user(['create', 'Bad Name']).stderr).toBe(
      'designdoc: “Bad Name” is not a valid username: 1 to 40 lower-case letters, digits and . _ -\n',
    );
    expect(user(['create', 'grace']).stderr).toBe('designdoc: The username “grace” is taken\n');
    expect(user(['reset-password', 'nobody'])).toMatchObject({
      code: 2,
      stderr: 'designdoc: No user “nobody”\n',
    });
    expect(
      user(['reset-password', 'grace', '--password-stdin'], 'another fine passphrase\n').stdout,
    ).toBe('Reset the password of “grace”; their sessions have ended\n');
    const today = new Date().toISOString().slice(0, 10);
    expect(user(['list']).stdout).toBe(
      [
        'USERNAME  NAME          ROLE            STATE   SIGN-IN   CREATED',
        `ada       ada           instance admin  active  password  ${today}`,
        `grace     Grace Hopper  user            active  password  ${today}`,
        '',
      ].join('\n'),
    );

    // The accounts sign in to the server that uses the same database.
    const server = await startServer(env, ['--no-demo']);
    expect(server.output()).not.toContain('First run');
    const signIn = (username: string, password: string) =>
      fetch(`${server.url}api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    expect((await signIn('ada', 'a fine long passphrase')).status).toBe(200);
    expect((await signIn('grace', printed?.[1] as string)).status).toBe(401);
    expect((await signIn('grace', 'another fine passphrase')).status).toBe(200);
  }, 90_000); // a dozen CLI processes, each hashing with argon2id: slow on a loaded machine
});
