// A TCP relay between the bot and PostgreSQL that a test can make silent: in "silent" mode it
// accepts connections and drops every byte both ways (as when packets are lost), and it stops
// relaying on the connections it already had. Back in "relay" mode new connections work again.
import net, { type AddressInfo, type Server, type Socket } from 'node:net';

export class SilentNetwork {
  private server!: Server;
  private mode: 'relay' | 'silent' = 'relay';
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<this> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  goSilent(): void {
    this.mode = 'silent';
    for (const socket of this.sockets) {
      socket.unpipe();
      socket.removeAllListeners('data');
      socket.on('data', () => undefined);
    }
  }

  relay(): void {
    this.mode = 'relay';
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.track(client);
    if (this.mode === 'silent') {
      client.on('data', () => undefined);
      return;
    }
    const upstream = this.track(net.connect(this.targetPort, this.targetHost));
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }
}
