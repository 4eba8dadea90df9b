import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import type { JsonReport } from '../report/json.js';
import { captureCli } from '../testing/cli.js';

/**
 * `posture aws` and `--max-scan-seconds`: the budget bounds the whole command, the live fetch
 * included (it is what keeps a CI job from its own timeout). A call still waiting when the budget
 * runs out is stopped, and the region/type pairs not read are LIVE_FETCH_FAILED: the report is
 * written, incomplete, instead of the watchdog stopping the command with none.
 */
describe('posture aws within --max-scan-seconds', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let endpoint = '';
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    // accepts every connection and never answers: a black-holed endpoint
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    for (const name of ['AWS_PROFILE', 'AWS_SESSION_TOKEN']) delete process.env[name];
    process.env.AWS_ACCESS_KEY_ID = 'AKIAFAKEBUDGETTEST';
    process.env.AWS_SECRET_ACCESS_KEY = 'fake-budget-secret';
  });

  afterAll(async () => {
    process.env = savedEnv;
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('stops a call that hangs at the budget, not at --timeout, and writes an incomplete report', async () => {
    const started = Date.now();
    const args = ['aws', '--region', 'us-east-1', '--resource-types', 'AWS::S3::Bucket', '--endpoint', endpoint, '--timeout', '120', '--max-scan-seconds', '2'];
    const result = await captureCli([...args, '--format', 'json', '--quiet']);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(30);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    const failed = report.diagnostics.filter((d) => d.code === 'LIVE_FETCH_FAILED').map((d) => d.message);
    expect(failed).toEqual([expect.stringMatching(/^AWS::S3::Bucket in us-east-1 not read in full: .*the scan passed --max-scan-seconds 2/)]);
    expect(report.incomplete?.liveFailures).toBe(1);
    const strict = await captureCli([...args, '--strict', '--quiet', '--format', 'json']);
    expect(strict.code).toBe(2);
  }, 60_000);

  it('bounds aws history the same way: a hanging history call stops at the budget with a message naming it', async () => {
    const started = Date.now();
    const arn = 'arn:aws:s3:::acme-logs';
    const result = await captureCli(['aws', 'history', arn, '--region', 'us-east-1', '--endpoint', endpoint, '--timeout', '120', '--max-scan-seconds', '2']);
    expect((Date.now() - started) / 1000).toBeLessThan(30);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/aws history: .*the scan passed --max-scan-seconds 2/);
  }, 60_000);
});
