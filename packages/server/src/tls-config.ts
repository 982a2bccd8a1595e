import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** How client certificates are used: not asked for, identify callers when sent, or required for the API. */
export const CLIENT_CERTIFICATE_MODES = ['off', 'optional', 'required'] as const;
export type ClientCertificateMode = (typeof CLIENT_CERTIFICATE_MODES)[number];

/** HTTPS served by designdoc itself (the usual path is a reverse proxy: docs/operations.md). */
export interface TlsSettings {
  /** PEM certificate chain and private key, read at start. */
  cert: string;
  key: string;
  /** PEM bundle of the CAs whose client certificates are trusted; null: none asked for. */
  clientCa: string | null;
  clientCertificates: ClientCertificateMode;
  /** Client certificate subject (as `CN=ci,O=Acme`) → the username it signs in as. */
  subjects: Record<string, string>;
}

export type SettingReader = (name: TlsSettingName) => string | undefined;
export type TlsSettingName =
  | 'TLS_CERT_FILE'
  | 'TLS_KEY_FILE'
  | 'TLS_CLIENT_CA_FILE'
  | 'TLS_CLIENT_CERTIFICATES'
  | 'TLS_CLIENT_SUBJECTS';

/**
 * The TLS settings, or null for plain HTTP. Files are read here, so that a missing or unreadable
 * one stops the start with its setting named. Subjects map as `SUBJECT=>username`, separated by
 * `;` (subjects contain commas and equals signs).
 */
export function readTlsSettings(
  raw: SettingReader,
  cwd: string,
  problems: string[],
): TlsSettings | null {
  const certFile = raw('TLS_CERT_FILE');
  const keyFile = raw('TLS_KEY_FILE');
  const caFile = raw('TLS_CLIENT_CA_FILE');
  const mode = raw('TLS_CLIENT_CERTIFICATES') ?? (caFile ? 'optional' : 'off');
  const subjectList = raw('TLS_CLIENT_SUBJECTS');
  if (!certFile && !keyFile) {
    for (const [name, value] of [
      ['TLS_CLIENT_CA_FILE', caFile],
      ['TLS_CLIENT_SUBJECTS', subjectList],
    ] as const)
      if (value) problems.push(`${name} needs TLS_CERT_FILE and TLS_KEY_FILE (HTTPS)`);
    return null;
  }
  if (!certFile || !keyFile) {
    problems.push('TLS_CERT_FILE and TLS_KEY_FILE go together: set both, or neither');
    return null;
  }
  const read = (name: TlsSettingName, file: string): string => {
    try {
      return readFileSync(resolve(cwd, file), 'utf8');
    } catch (error) {
      problems.push(`${name} ${file} cannot be read: ${(error as Error).message.split('\n')[0]}`);
      return '';
    }
  };
  if (!(CLIENT_CERTIFICATE_MODES as readonly string[]).includes(mode))
    problems.push(
      `TLS_CLIENT_CERTIFICATES “${mode}” must be one of ${CLIENT_CERTIFICATE_MODES.join(', ')}`,
    );
  else if (mode !== 'off' && !caFile)
    problems.push(
      `TLS_CLIENT_CERTIFICATES “${mode}” needs TLS_CLIENT_CA_FILE: the CAs that sign client certificates`,
    );
  const subjects: Record<string, string> = {};
  for (const entry of (subjectList ?? '').split(';').map((e) => e.trim())) {
    if (!entry) continue;
    const [subject, username, ...rest] = entry.split('=>').map((p) => p.trim());
    if (!subject || !username || rest.length > 0 || !/^[a-z0-9._-]{1,40}$/.test(username))
      problems.push(
        `TLS_CLIENT_SUBJECTS entry “${entry}” must be SUBJECT=>username, e.g. CN=ci-runner,O=Acme=>ci-bot`,
      );
    else subjects[normalizeSubject(subject)] = username;
  }
  return {
    cert: read('TLS_CERT_FILE', certFile),
    key: read('TLS_KEY_FILE', keyFile),
    clientCa: caFile ? read('TLS_CLIENT_CA_FILE', caFile) : null,
    clientCertificates: mode as ClientCertificateMode,
    subjects,
  };
}

/** A subject as `CN=…,O=…` with the attributes in a fixed order, so that spelling differences do not matter. */
export function normalizeSubject(subject: string | Record<string, string | string[]>): string {
  const pairs =
    typeof subject === 'string'
      ? subject
          .split(/\s*,\s*/)
          .filter(Boolean)
          .map((part) => {
            const at = part.indexOf('=');
            return [part.slice(0, at).trim().toUpperCase(), part.slice(at + 1).trim()] as const;
          })
      : Object.entries(subject).flatMap(([k, v]) =>
          [v].flat().map((value) => [k.toUpperCase(), value] as const),
        );
  return pairs
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',');
}
