import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';
import { loadServerConfig } from '../../config.js';

const { oidc } = loadServerConfig(
  {
    OIDC_ISSUER: 'https://login.example.com',
    OIDC_CLIENT_ID: 'designdoc',
    OIDC_CLIENT_SECRET: 'secret',
    OIDC_GROUPS_CLAIM: 'groups',
    OIDC_GROUP_ROLES: 'eng-leads=eng:admin,eng=eng:author',
  },
  '/',
);

describe('workspaces named in the single sign-on group mapping', () => {
  const current = useTestApp(sqliteDatabase, { oidc });

  it('are an instance admin’s to create, so that nobody squats the one a team will be put in', async () => {
    const { app, user } = current();
    const someone = await user('someone');
    const create = (who: typeof app, slug: string) =>
      who.inject({ method: 'POST', url: '/api/v1/workspaces', payload: { slug, name: slug } });
    const squat = await create(someone.app, 'eng');
    expect(squat.statusCode).toBe(403);
    expect(squat.json().detail).toBe(
      'Workspace “eng” is named in the single sign-on group mapping (OIDC_GROUP_ROLES); an instance admin creates it',
    );
    expect((await create(someone.app, 'side-project')).statusCode).toBe(201);
    expect((await create(app, 'eng')).statusCode).toBe(201);
  });
});
