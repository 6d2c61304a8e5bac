/** Run one of our commands on a fresh commander program, capturing stderr and the exit code. */
import { Command } from 'commander';
import { vi } from 'vitest';

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
