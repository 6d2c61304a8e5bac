#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript, run through tsx so there is no build step.
import { register } from 'tsx/esm/api';
register();
// `tupu stats g.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../cli/index.ts');
await main(process.argv);
