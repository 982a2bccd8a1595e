#!/usr/bin/env node
// Sign-in timing (issue 4: "timing of 'unknown user' and 'wrong password' does not differ
// measurably"): the server's own password check, run for a known user with a wrong password
// and for an unknown user (checked against a throwaway hash), interleaved, medians.
//
//   node sign-in-timing.mjs [--runs 60]
import { hashPassword, verifyPassword } from '../packages/server/dist/identity/passwords.js';
import { die, median, parseArgs } from './lib.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  die(error.message);
}
const runs = Number(args.runs ?? 60);
const stored = await hashPassword('the right passphrase for ada');
await verifyPassword(null, 'warm-up');
const times = { 'wrong password': [], 'unknown user': [] };
const cases = [
  ['wrong password', stored],
  ['unknown user', null],
];
for (let i = 0; i < runs; i++)
  // Alternate which goes first, so that neither always runs on a warmer cache.
  for (const [name, hash] of i % 2 ? cases : [...cases].reverse()) {
    const started = performance.now();
    const ok = await verifyPassword(hash, `guess number ${i}`);
    times[name].push(performance.now() - started);
    if (ok) die('a wrong password was accepted');
  }
const wrong = median(times['wrong password']);
const unknown = median(times['unknown user']);
console.log(`| case | median ms (${runs} runs, interleaved) |`);
console.log('| --- | --- |');
console.log(`| wrong password for a known user | ${wrong.toFixed(2)} |`);
console.log(`| unknown user | ${unknown.toFixed(2)} |`);
console.log(
  `\nDifference: ${(((unknown - wrong) / wrong) * 100).toFixed(1)}% of the known-user time.`,
);
