/**
 * What our server's log says: the READY line the launcher prints for its address and data folder
 * (and the features it announces there: swap, in-JVM import, bulk warm-up), and why a JVM that
 * died while starting died. Kept apart from process.ts because these rules read text the
 * launcher writes, while process.ts drives the process.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServerInfo } from './server-info.ts';

export const logFile = (home: string) => join(home, 'logs', 'tupu-neo4j.out');

/** The READY line for this server's address and data folder (the launcher prints it absolute). */
export function readyIn(log: string, info: ServerInfo): boolean {
  for (const m of log.matchAll(/^TUPU_NEO4J READY (\S+) home=(.*?) auth=/gm))
    if (m[1] === info.uri && resolve(m[2]!) === resolve(info.home)) return true;
  return false;
}

/**
 * Can this running server swap in a bulk-imported database without a restart? Its READY line
 * says so (`swap=<folder>`; launchers from before the feature do not).
 */
export function swapFolder(info: ServerInfo): string | undefined {
  const m = readyLine(info, / swap=(\S+)/);
  return m ? join(info.home, m[1]!) : undefined;
}

/** Does this running server run the importer in its own JVM (`import=in-jvm`, same folder as swap)? */
export function importsInServer(info: ServerInfo): boolean {
  return readyLine(info, / import=in-jvm(?: |$)/) !== undefined;
}

/** Does this running server warm the bulk path's code on request (`warm=bulk`, ../warm-bulk.ts)? */
export function warmsBulk(info: ServerInfo): boolean {
  return readyLine(info, / warm=bulk(?: |$)/) !== undefined;
}

/** `pattern` matched in the READY line of this server, if it says so. */
function readyLine(info: ServerInfo, pattern: RegExp): RegExpExecArray | undefined {
  for (const m of logSince(info).matchAll(/^TUPU_NEO4J READY (\S+) home=(.*?) auth=(.*)$/gm))
    if (m[1] === info.uri && resolve(m[2]!) === resolve(info.home))
      return pattern.exec(m[3]!) ?? undefined;
  return undefined;
}

/** The log written since the process was spawned. */
export function logSince(info: ServerInfo): string {
  try {
    return readFileSync(logFile(info.home))
      .subarray(info.logOffset ?? 0)
      .toString('utf8');
  } catch {
    return '';
  }
}

/** One line saying why the JVM died, from its log. */
export function failureReason(log: string): string {
  if (/BindException|Address already in use/.test(log))
    return 'its port is taken (Address already in use)';
  const lines = log.split('\n').map((l) => l.trim());
  const cause = [...lines].reverse().find((l) => /^Caused by: /.test(l));
  const error = lines.find((l) => /(Exception|Error)\b/.test(l) && !/^at /.test(l));
  return (cause ?? error ?? lines.filter(Boolean).pop() ?? 'no output').slice(0, 300);
}
