/**
 * What the pid file records of our running server. In a file of its own because process.ts
 * (which writes it) and server-log.ts (which reads the server's log by it) both need it, and
 * neither may import the other round a cycle.
 */
export interface ServerInfo {
  pid: number;
  host: string;
  port: number;
  home: string;
  uri: string;
  startedAt: string;
  /** Size of the log when this process was spawned: its READY line comes after. */
  logOffset?: number;
}
