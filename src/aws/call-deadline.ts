/**
 * Time bounds for AWS API calls. Without them an endpoint that accepts a connection and never
 * answers (a black-holed VPC endpoint, a proxy that stalls, an emulator that hangs) keeps
 * `posture aws` waiting forever, and the SDK's retries would multiply any per-request bound.
 *
 * - Every call (one `client.send`, its retries and their back-off included) has a deadline,
 *   `--timeout` seconds (default 60): past it the call is aborted and fails with a TimeoutError
 *   that says so. Paginators call `send` once per page, so each page has its own deadline.
 * - A stop signal (`CallStop`: the scan's `--max-scan-seconds`) ends every call still waiting, and
 *   fails at once every call made after it, whatever `--timeout` is left.
 * - One attempt may take up to a third of that (so a connection that hangs once is retried
 *   within the deadline), connecting up to 5 seconds, and a socket may stay silent as long as an
 *   attempt (which also bounds a response body that stops arriving after `send` returned).
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** `--timeout`'s default, in seconds: long enough for Config's throttled retries, short enough for CI. */
export const DEFAULT_CALL_TIMEOUT_SECONDS = 60;
/** The longest a TCP (and TLS) connection may take to open. */
const MAX_CONNECT_MS = 5_000;
/** Attempts that fit in one call's deadline when each one hangs to its own timeout. */
const ATTEMPTS_PER_DEADLINE = 3;

/** A call that did not finish within its deadline. */
export class CallTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number, flag?: string) {
    super(`no answer within ${formatSeconds(timeoutMs)}${flag ? ` (${flag})` : ''}`);
  }
}

/** The SDK's Node HTTP handler with connection and per-attempt timeouts that throw. */
export function timedRequestHandler(callTimeoutMs: number): NodeHttpHandler {
  const attemptMs = Math.max(1, Math.ceil(callTimeoutMs / ATTEMPTS_PER_DEADLINE));
  return new NodeHttpHandler({
    connectionTimeout: Math.min(MAX_CONNECT_MS, attemptMs),
    requestTimeout: attemptMs,
    // without it, this version only logs a warning when requestTimeout passes
    throwOnRequestTimeout: true,
    // a body that stops arriving (an S3 object read after `send` returned its headers)
    socketTimeout: attemptMs,
  });
}

/** Stops every call at once when it aborts (the scan's `--max-scan-seconds`), with `reason` as the error. */
export interface CallStop {
  signal: AbortSignal;
  reason: string;
}

/** A call stopped, or never started, because the whole command's budget ran out. */
export class CallStoppedError extends Error {
  override readonly name = 'StoppedError';
}

interface Sender {
  send(command: never, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

/**
 * Gives every `send` of the client a deadline. Done once on the client, not at each call site, so
 * that no call (paginators, tag queries, history pages) can be left unbounded by a later edit.
 * The abort reaches the HTTP request and the retry back-off alike (the SDK's retry middleware
 * races its pause against the signal and never retries an AbortError). `flag` names the option
 * that sets the deadline, for the message.
 */
export function withCallDeadline<C extends Sender>(client: C, timeoutMs: number, flag?: string, stop?: CallStop): C {
  const send = client.send.bind(client) as (command: unknown, options?: { abortSignal?: AbortSignal }) => Promise<unknown>;
  const bounded = async (command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown> => {
    if (stop?.signal.aborted) throw new CallStoppedError(stop.reason);
    const deadline = AbortSignal.timeout(timeoutMs);
    const signals = [deadline, ...(stop ? [stop.signal] : []), ...(options?.abortSignal ? [options.abortSignal] : [])];
    const abortSignal = signals.length === 1 ? deadline : AbortSignal.any(signals);
    try {
      return await send(command, { ...options, abortSignal });
    } catch (error) {
      if (stop?.signal.aborted) throw new CallStoppedError(stop.reason);
      if (deadline.aborted) throw new CallTimeoutError(timeoutMs, flag);
      throw error;
    }
  };
  Object.defineProperty(client, 'send', { value: bounded, configurable: true, writable: true });
  return client;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
