import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

/**
 * What the proxy does with one request: pass it on, answer with an error, cut the connection,
 * keep the connection open and never answer (`hang`), or pass it on and change the answer's body.
 */
export type FaultAction =
  | 'forward'
  | 'drop'
  | 'hang'
  | { status: number; errorType: string; message: string }
  | { rewrite: (answer: string) => string };

export interface ProxiedRequest {
  /** The JSON protocol operation, from `X-Amz-Target` (`StarlingDoveService.ListDiscoveredResources`). */
  operation: string;
  /** The region the request is signed for, from the SigV4 credential scope. */
  region: string;
  body: string;
}

export interface FaultProxy {
  endpoint: string;
  /** Every request seen, with what was done to it. */
  log: Array<{ operation: string; action: string }>;
  close(): Promise<void>;
}

/**
 * A local HTTP proxy between the AWS SDK and moto that injects throttling, server errors and
 * dropped connections, to prove the scan retries and loses nothing. Listens on 127.0.0.1 only.
 */
export async function startFaultProxy(target: string, plan: (request: ProxiedRequest) => FaultAction): Promise<FaultProxy> {
  const upstream = new URL(target);
  const log: FaultProxy['log'] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    const region = signedRegion(String(req.headers.authorization ?? ''));
    const action = plan({ operation, region, body });
    log.push({ operation, action: typeof action === 'string' ? action : 'rewrite' in action ? 'rewrite' : `${action.status} ${action.errorType}` });
    if (action === 'hang') return; // the socket stays open and nothing is ever written
    if (action === 'drop') {
      req.socket.destroy();
      return;
    }
    if (action !== 'forward' && !('rewrite' in action)) {
      res.writeHead(action.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': action.errorType });
      res.end(JSON.stringify({ __type: action.errorType, message: action.message }));
      return;
    }
    const rewrite = action === 'forward' ? undefined : action.rewrite;
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        if (!rewrite) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        void readBody(answer).then((text) => {
          const changed = rewrite(text);
          const headers: Record<string, string | string[] | undefined> = { ...answer.headers, 'content-length': String(Buffer.byteLength(changed)) };
          // the checksum and framing were of the body moto sent, not of the changed one
          delete headers['x-amz-crc32'];
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(changed);
        });
      },
    );
    forwarded.on('error', () => res.destroy());
    forwarded.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** A TCP server on 127.0.0.1 that accepts every connection and never writes a byte. */
export async function startSilentServer(): Promise<{ endpoint: string; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createNetServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    connections: () => accepted,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The region of a SigV4 `Authorization` header (`Credential=KEY/DATE/REGION/service/aws4_request`). */
function signedRegion(authorization: string): string {
  const start = authorization.indexOf('Credential=');
  return start < 0 ? '' : (authorization.slice(start + 'Credential='.length).split(/[,\s]/, 1)[0]!.split('/')[2] ?? '');
}
