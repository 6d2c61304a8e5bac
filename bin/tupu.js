#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript, run through tsx so there is no build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../cli/index.ts');
await main(process.argv);
