import { ConfigServiceClient, type ConfigServiceClientConfig } from '@aws-sdk/client-config-service';
import { DEFAULT_CALL_TIMEOUT_SECONDS, timedRequestHandler, withCallDeadline, type CallStop } from './call-deadline.js';
import { tolerateEmulatorDates } from './emulator-dates.js';
import { profileCredentials } from './profile.js';

/** How to reach AWS Config, shared by the live fetch and the history timeline. */
export interface ConfigClientOptions {
  /** Another endpoint (moto, LocalStack, a VPC endpoint). */
  endpoint?: string;
  /** A named profile of the shared config and credentials files (`--profile`); AWS_PROFILE or default otherwise. */
  profile?: string;
  /** Explicit credentials; the default chain (environment, profile, SSO, instance role) otherwise. */
  credentials?: ConfigServiceClientConfig['credentials'];
  /** SDK attempts per call with adaptive retry (client-side rate limiting on throttling); default 8. */
  maxAttempts?: number;
  /** Another HTTP handler (a proxy agent); it then brings its own per-attempt timeouts. */
  requestHandler?: ConfigServiceClientConfig['requestHandler'];
  /** The longest one API call may take, retries included (`--timeout`, see call-deadline.ts); default 60 s. */
  callTimeoutMs?: number;
  /** Stops every call when the command's budget (`--max-scan-seconds`) runs out. */
  stop?: CallStop;
}

/**
 * A Config client for one region, with adaptive retries: Config's list, batch and history calls
 * have low TPS limits, and throttling is answered by slowing down rather than failing. Every call
 * has a deadline, so an endpoint that never answers fails the call instead of hanging the scan.
 */
export function createConfigClient(region: string, options: ConfigClientOptions): ConfigServiceClient {
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_SECONDS * 1000;
  const client = new ConfigServiceClient({
    region,
    endpoint: options.endpoint,
    profile: options.profile,
    credentials: options.credentials ?? profileCredentials(options.profile),
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? 8,
    requestHandler: options.requestHandler ?? timedRequestHandler(callTimeoutMs),
  });
  // Another endpoint may be an emulator writing dates where AWS writes epoch seconds.
  if (options.endpoint) tolerateEmulatorDates(client);
  return withCallDeadline(client, callTimeoutMs, '--timeout', options.stop);
}
