/** Run one of our commands on a fresh commander program, capturing stderr and the exit code. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { vi } from 'vitest';
import { EXPORT_FIXTURE_PATH } from './fixtures.ts';

/** The export fixture's file, for commands that read a graph (--from). */
export const EXPORT_FIXTURE_FILE = fileURLToPath(EXPORT_FIXTURE_PATH);

/** A fresh folder under the system's temporary one. */
export const tempDir = (prefix = 'tupu-test-') => mkdtempSync(join(tmpdir(), prefix));

export async function runCli(
  register: (program: Command) => void,
  args: string[],
): Promise<{ code: number; stderr: string }> {
  const program = new Command('tupu').exitOverride();
  register(program);
  const lines: string[] = [];
  const spy = vi
    .spyOn(console, 'error')
    .mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'tupu', ...args]);
    return { code: Number(process.exitCode ?? 0), stderr: lines.join('\n') };
  } finally {
    spy.mockRestore();
    process.exitCode = before;
  }
}

/** `tupu <command> --from <export fixture> ...args --out <out>`. */
export function runOnFixture(
  register: (program: Command) => void,
  command: string,
  args: string[],
  out: string,
): Promise<{ code: number; stderr: string }> {
  return runCli(register, [command, '--from', EXPORT_FIXTURE_FILE, ...args, '--out', out]);
}
