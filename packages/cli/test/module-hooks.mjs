// Loaded with `node --import` (NODE_OPTIONS) by tests that need to know which packages a
// `designdoc` process loads: every module URL it resolves is appended to the file
// DESIGNDOC_TEST_MODULE_LOG names, and the package DESIGNDOC_TEST_HIDE_PACKAGE names is answered
// as Node answers for a package that is not installed.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

// The hooks run on a thread of their own, which loads this module again (and must not register).
if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  const hidden = process.env.DESIGNDOC_TEST_HIDE_PACKAGE;
  if (hidden && specifier === hidden) {
    const error = new Error(
      `Cannot find package '${specifier}' imported from ${context.parentURL}`,
    );
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  const resolved = await nextResolve(specifier, context);
  const log = process.env.DESIGNDOC_TEST_MODULE_LOG;
  if (log) appendFileSync(log, `${resolved.url}\n`);
  return resolved;
}
