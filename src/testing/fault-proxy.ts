import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with one request: pass it on, answer with an error, or cut the connection. */
export type FaultAction = 'forward' | 'drop' | { status: number; errorType: string; message: string };

export interface ProxiedRequest {
  /** The JSON protocol operation, from `X-Amz-Target` (`StarlingDoveService.ListDiscoveredResources`). */
  operation: string;
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
    const action = plan({ operation, body });
    log.push({ operation, action: typeof action === 'string' ? action : `${action.status} ${action.errorType}` });
    if (action === 'drop') {
      req.socket.destroy();
      return;
    }
    if (action !== 'forward') {
      res.writeHead(action.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': action.errorType });
      res.end(JSON.stringify({ __type: action.errorType, message: action.message }));
      return;
    }
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
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
