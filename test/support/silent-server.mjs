import { createServer } from 'node:net';

/**
 * Starts a TCP server on a free loopback port that accepts connections and never
 * answers: what a hung service looks like. `close` also drops every accepted socket;
 * `accepted()` counts the connections so far.
 */
export async function startSilentServer() {
  const sockets = new Set();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    /** How many connections it has accepted so far: a client that reconnects shows here. */
    accepted: () => accepted,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
