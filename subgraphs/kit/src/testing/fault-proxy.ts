import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1:<random> in front of a real server (the shared MariaDB in tests), which a
 * test can cut: every open connection is dropped and new ones are refused until `heal()`. This is
 * what a database restart or a network partition looks like to a client, without touching a server
 * other people use.
 */
export interface FaultProxy {
  /** 127.0.0.1 port to connect to instead of the real one. */
  readonly port: number;
  /** Rewrites a URL's host and port to the proxy (`mysql://u:p@db:3306/x` → `mysql://u:p@127.0.0.1:<port>/x`). */
  urlThrough(url: string): string;
  /** Drops every open connection and refuses new ones (accepted, then reset at once). */
  cut(): void;
  /**
   * The server stops answering without closing anything (a network that drops packets): open
   * connections stop forwarding, new ones are accepted and left hanging. Only a client-side
   * timeout notices.
   */
  stall(): void;
  /** Accepts and forwards again (connections left hanging by stall() are reset). */
  heal(): void;
  /** Cuts for `ms`, then heals; resolves when healed. */
  outage(ms: number): Promise<void>;
  /** Connections accepted so far (refused ones included), to show a client really reconnected. */
  readonly accepted: number;
  close(): Promise<void>;
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  const open = new Set<net.Socket>();
  let down = false;
  let stalled = false;
  let accepted = 0;
  const server = net.createServer((client) => {
    accepted += 1;
    if (down) {
      client.resetAndDestroy();
      return;
    }
    if (stalled) {
      open.add(client);
      client.on('error', () => open.delete(client)).on('close', () => open.delete(client));
      return;
    }
    const upstream = net.connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const cut = () => {
    down = true;
    for (const socket of open) {
      try {
        socket.resetAndDestroy();
      } catch {
        socket.destroy(); // not connected yet: nothing to reset
      }
    }
    open.clear();
  };
  return {
    port,
    urlThrough(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString().replace(/\/$/, '');
    },
    cut,
    stall() {
      stalled = true;
      for (const socket of open) {
        socket.unpipe();
        socket.pause();
      }
    },
    heal() {
      if (stalled) cut();
      stalled = false;
      down = false;
    },
    async outage(ms) {
      cut();
      await new Promise((resolve) => setTimeout(resolve, ms));
      down = false;
    },
    get accepted() {
      return accepted;
    },
    async close() {
      cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
