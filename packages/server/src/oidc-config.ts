import { ROLES, type Role } from './identity/policy.js';

/** Single sign-on with an OpenID Connect provider, as configured; null in `ServerConfig` when off. */
export interface OidcConfig {
  /** The provider's issuer URL (`OIDC_ISSUER`); its discovery document is read at first use. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the web app's "Sign in with …" button says (`OIDC_NAME`; default: the issuer's host). */
  name: string;
  scopes: string[];
  /** The claim a new user's username is made from (falling back to the email's local part). */
  usernameClaim: string;
  /** The claim that lists the user's groups at the provider; null: no group mapping. */
  groupsClaim: string | null;
  /** Provider group → workspace role, applied at every sign-in. */
  groupRoles: GroupRole[];
}

/** One entry of `OIDC_GROUP_ROLES`: members of `group` get `role` in workspace `workspace`. */
export interface GroupRole {
  group: string;
  workspace: string;
  role: Role;
}

/** The single sign-on settings: environment name → key in the config file. */
export const OIDC_SETTINGS = {
  OIDC_ISSUER: 'oidcIssuer',
  OIDC_CLIENT_ID: 'oidcClientId',
  OIDC_CLIENT_SECRET: 'oidcClientSecret',
  OIDC_NAME: 'oidcName',
  OIDC_SCOPES: 'oidcScopes',
  OIDC_USERNAME_CLAIM: 'oidcUsernameClaim',
  OIDC_GROUPS_CLAIM: 'oidcGroupsClaim',
  OIDC_GROUP_ROLES: 'oidcGroupRoles',
} as const;

type OidcSettingName = keyof typeof OIDC_SETTINGS;

const WORKSPACE_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const CLAIM_NAME = /^[A-Za-z0-9_.:/-]{1,100}$/;

/**
 * The single sign-on settings, checked: off (null) when `OIDC_ISSUER` is unset, and then any
 * other OIDC setting is a mistake worth naming. Every problem is pushed onto `problems`, named
 * by its setting. The issuer must be `https://`: tokens and the client secret cross that link.
 */
export function loadOidcConfig(
  raw: (name: OidcSettingName) => string | undefined,
  problems: string[],
): OidcConfig | null {
  const issuer = raw('OIDC_ISSUER');
  if (issuer === undefined) {
    for (const name of Object.keys(OIDC_SETTINGS) as OidcSettingName[])
      if (raw(name) !== undefined) problems.push(`${name} is set but OIDC_ISSUER is not`);
    return null;
  }
  let host = '';
  try {
    const url = new URL(issuer);
    if (url.protocol !== 'https:' || url.search || url.hash) throw new Error();
    host = url.hostname;
  } catch {
    problems.push(
      `OIDC_ISSUER “${issuer}” must be the provider's https:// issuer URL, without query or fragment`,
    );
  }
  const required = (name: OidcSettingName): string => {
    const value = raw(name);
    if (value === undefined) problems.push(`${name} is required when OIDC_ISSUER is set`);
    return value ?? '';
  };
  const claim = (name: OidcSettingName, fallback: string | null): string | null => {
    const value = raw(name)?.trim() ?? fallback;
    if (value !== null && !CLAIM_NAME.test(value)) {
      problems.push(`${name} “${value}” must be a claim name (letters, digits and _ . : / -)`);
      return fallback;
    }
    return value;
  };
  const scopes = (raw('OIDC_SCOPES') ?? 'openid profile email').split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes('openid'))
    problems.push(`OIDC_SCOPES “${scopes.join(' ')}” must include openid`);
  const groupsClaim = claim('OIDC_GROUPS_CLAIM', null);
  const groupRoles = parseGroupRoles(raw('OIDC_GROUP_ROLES'), problems);
  if (raw('OIDC_GROUP_ROLES') !== undefined && groupsClaim === null)
    problems.push('OIDC_GROUP_ROLES needs OIDC_GROUPS_CLAIM: the claim that lists the groups');
  return {
    issuer,
    clientId: required('OIDC_CLIENT_ID'),
    clientSecret: required('OIDC_CLIENT_SECRET'),
    name: raw('OIDC_NAME')?.trim() || host,
    scopes,
    usernameClaim: claim('OIDC_USERNAME_CLAIM', 'preferred_username') ?? 'preferred_username',
    groupsClaim,
    groupRoles,
  };
}

/** `group=workspace:role, …` (a group may appear more than once, for several workspaces). */
function parseGroupRoles(value: string | undefined, problems: string[]): GroupRole[] {
  if (value === undefined) return [];
  const entries: GroupRole[] = [];
  for (const entry of value.split(',').map((e) => e.trim())) {
    if (entry === '') continue;
    const match = /^(.+?)\s*=\s*([^=:\s]+):([^=:\s]+)$/.exec(entry);
    const [, group, workspace, role] = match ?? [];
    if (!group || !workspace || !role) {
      problems.push(`OIDC_GROUP_ROLES entry “${entry}” must read group=workspace:role`);
      continue;
    }
    if (!WORKSPACE_SLUG.test(workspace))
      problems.push(`OIDC_GROUP_ROLES entry “${entry}”: “${workspace}” is not a workspace slug`);
    else if (!(ROLES as readonly string[]).includes(role))
      problems.push(
        `OIDC_GROUP_ROLES entry “${entry}”: role “${role}” must be one of ${ROLES.join(', ')}`,
      );
    else entries.push({ group, workspace, role: role as Role });
  }
  return entries;
}
