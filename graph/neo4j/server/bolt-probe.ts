/**
 * Who answers on a port: can we bind it, does Bolt's handshake come back, does the driver get
 * through. Kept apart from process.ts (which starts and stops our own JVM) because these probes
 * judge any program on the port, ours or not.
 */
import { createServer, connect as tcpConnect } from 'node:net';
import neo4j from 'neo4j-driver';

/** True when host:port can be bound now (nothing listens there). */
export function canListen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') resolve(false);
      else
        reject(new Error(`graph/neo4j: cannot listen on ${host}:${port}: ${e.code ?? e.message}`));
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Bolt's handshake by hand: the magic number and four version proposals; a Bolt server answers
 * with the chosen version (4 bytes, major 3 to 5, or zeros), anything else does not. Times out,
 * so a program that accepts and never answers cannot hang us (the driver would wait a minute).
 */
export function speaksBolt(host: string, port: number, timeoutMs = 3_000): Promise<boolean> {
  const hello = Buffer.from([
    0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 3, 4, 0, 0, 0, 3,
  ]);
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port });
    let reply: Buffer = Buffer.alloc(0);
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('connect', () => socket.write(hello));
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length < 4) return;
      const major = reply[3]!;
      const zeros = reply.readUInt32BE(0) === 0;
      done(reply.length === 4 && (zeros || (major >= 3 && major <= 5 && reply[0] === 0)));
    });
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}

/** Bolt answers a query-less round trip (with NEO4J_PASSWORD set, "unauthorized" counts). */
export async function boltAnswers(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  if (!(await speaksBolt(hostname, Number(port) || 7687))) return false;
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.getServerInfo();
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized';
  } finally {
    await driver.close();
  }
}
