import { CliError } from './io.js';

/** A `--port` value: a whole number from 0 (any free port) to 65535, else a usage error. */
export function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw new CliError(`Invalid --port “${value}”, expected a number from 0 to 65535`);
  return Number(value);
}
