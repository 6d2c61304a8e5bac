/**
 * Every CLI error is one line: "<module>: what went wrong; what to do", no stack trace unless
 * `--debug` (or TUPU_DEBUG=1). Modules throw Errors whose message starts with their prefix
 * (graph/json: …, ingest/page: …); anything else (a bug, a raw system error) gets "tupu: ".
 */

/** Set by the `--debug` flag (cli/index.ts) or TUPU_DEBUG=1. */
export const debugMode = { on: process.env.TUPU_DEBUG === '1' };

const PREFIX = /^[\w.-]+(\/[\w.-]+)*( [\w-]+)?: /;

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'no space left on the device',
  EADDRINUSE: 'the port is taken',
  ECONNREFUSED: 'connection refused',
};

/** The one line printed for an error. */
export function errorLine(e: unknown): string {
  if (!(e instanceof Error)) return `tupu: ${String(e)}`;
  const sys = e as NodeJS.ErrnoException;
  let message = e.message;
  if (sys.code && SYSTEM_ERRORS[sys.code] && sys.path)
    message = `${sys.path}: ${SYSTEM_ERRORS[sys.code]} (${sys.code})`;
  const first = message.split('\n').find((l) => l.trim()) ?? e.name;
  const line = first.trim();
  const hint = debugMode.on ? '' : ' (run with --debug for details)';
  if (PREFIX.test(line) && !/^(Error|TypeError|RangeError|SyntaxError): /.test(line)) return line;
  return `tupu: ${line}${hint}`;
}

/**
 * `read()` a flag's value; a lower layer's error about it (said in its own terms) becomes the
 * flag's: "tupu query: --param: a query parameter is written name=value, got …".
 */
export function flagValue<T>(command: string, flag: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(PREFIX, '') : String(e);
    throw new Error(`${command}: ${flag}: ${message}`, { cause: e });
  }
}

/** Print an error as one line (and the stack with --debug). */
export function printError(e: unknown): void {
  console.error(errorLine(e));
  if (debugMode.on && e instanceof Error && e.stack) console.error(e.stack);
}

/** Wrap a command action: print the error as one line and exit non-zero. */
export function reportErrors<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  return async (...args: A): Promise<void> => {
    try {
      await action(...args);
    } catch (e) {
      printError(e);
      process.exitCode = 1;
    }
  };
}
