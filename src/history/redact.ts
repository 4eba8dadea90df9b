import { createHmac } from 'node:crypto';
import { isSecretKey } from '../findings/secret-keys.js';
import { isSecretFlag, maskSecretValues } from '../findings/secret-values.js';
import { maskSecrets } from '../findings/secrets.js';
import { isUnknown } from '../model/index.js';

/**
 * Secret-looking values never reach the history file in clear. A value is replaced by a keyed
 * hash (HMAC-SHA-256 with a random salt kept in the file, so the same password hashes alike in two
 * scans and a diff still says "changed", while a dictionary of common passwords precomputed
 * elsewhere does not apply). Which values: every value of a Kubernetes Secret's data and
 * stringData; a value under a key named like a secret (the names K8S-0022 uses: PASSWORD, TOKEN,
 * API_KEY, ..., and every name the excerpt masker takes for a secret: DB_PASS) unless the name
 * says where the secret is (…_ARN, …_FILE, …_NAME); the value of an env entry `{name, value}`
 * whose name is secret-like; the list item after a secret-named flag (`--api-key`, `abc`).
 * Inside any other string, the excerpt masker's value shapes (a URL's password, `--password=…`,
 * a webhook, `mysql -p…`) are replaced by their hash in place, the rest stays readable; a string
 * with a private key, an access key id, a token or a `PASSWORD=…` assignment the line masker
 * finds in it is hashed whole. Terraform `sensitive` values are already unknown before they get here.
 */
export function redactAttributes(type: string, attributes: Record<string, unknown>, salt: string): Record<string, unknown> {
  const hash = (value: unknown) => redactedMarker(value, salt);
  const redacted = redactValue(attributes, hash) as Record<string, unknown>;
  if (type !== 'k8s.core.secret') return redacted;
  for (const field of ['data', 'stringData']) {
    const values = redacted[field];
    if (isRecord(values)) redacted[field] = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, hashScalar(v, hash, true)]));
  }
  return redacted;
}

const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|PASSPHRASE|SECRET|SECRET_KEY|SECRET_STRING|CLIENT_SECRET|TOKEN|API_?KEY|PRIVATE_KEY|ACCESS_KEY|AUTH_KEY|CREDENTIALS?|CONNECTION_STRING)(_|$)/;
const DESCRIPTIVE = /_(FILE|PATH|DIR|URL|URI|ENDPOINT|NAME|HOST|PORT|ID|ARN|TYPE|ENABLED|LENGTH|TTL|EXPIRY|EXPIRATION|TIMEOUT|HEADER|REF|KEY_ID|SECRET_NAME|MOUNT|LOCATION|FORMAT|ALGORITHM|VERSION|POLICY|ROTATION|REQUIRED)$/;
const SECRET_VALUE = [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\b(AKIA|ASIA)[0-9A-Z]{16}\b/];

/** `masterUserPassword`, `master-user-password` and `MASTER_USER_PASSWORD` are one name. */
export function isSecretName(name: string): boolean {
  const upper = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
  return (SECRET_NAME.test(upper) || isSecretKey(name)) && !DESCRIPTIVE.test(upper);
}

/** A finding's message with its secret-looking parts hashed as in attributes (a policy may quote a value). */
export function redactText(text: string, salt: string): string {
  return redactString(text, (value) => redactedMarker(value, salt));
}

type Hash = (value: unknown) => string;

function redactValue(value: unknown, hash: Hash): unknown {
  if (typeof value === 'string') return redactString(value, hash);
  if (Array.isArray(value)) return value.map((item, i) => (i > 0 && isSecretFlag(value[i - 1]) ? hashScalar(item, hash, false) : redactValue(item, hash)));
  if (!isRecord(value) || isUnknown(value)) return value;
  const envEntry = typeof value.name === 'string' && isSecretName(value.name);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const secret = isSecretName(key) || (envEntry && key === 'value');
    out[key] = secret ? hashScalar(item, hash, false) : redactValue(item, hash);
  }
  return out;
}

/** Longer strings are hashed whole, unread: the line masker is not run on a megabyte-long attribute. */
const MAX_SCANNED_LENGTH = 64 * 1024;

/** A string with its embedded secrets hashed in place, or hashed whole when a secret in it has no clear bounds. */
function redactString(value: string, hash: Hash): string {
  if (value.length > MAX_SCANNED_LENGTH || SECRET_VALUE.some((pattern) => pattern.test(value))) return hash(value);
  const inPlace = maskSecretValues(value, hash);
  // what only the line masker finds (tokens, `export DB_PASSWORD=…`): the whole string, so a change still shows
  return maskSecrets(inPlace) === inPlace ? inPlace : hash(value);
}

/**
 * Hashes a non-empty string (and a number where every value is secret: `max_password_age: 90` is
 * a setting, not a password); structures are walked (their keys may be descriptive), unknowns kept.
 */
function hashScalar(value: unknown, hash: Hash, numbers: boolean): unknown {
  if ((typeof value === 'string' && value !== '') || (numbers && typeof value === 'number')) return hash(value);
  return redactValue(value, hash);
}

export const REDACTED_PREFIX = '[redacted hmac:';

function redactedMarker(value: unknown, salt: string): string {
  const digest = createHmac('sha256', salt).update(String(value)).digest('hex');
  return `${REDACTED_PREFIX}${digest.slice(0, 12)}]`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
