/**
 * Which keys name a secret and which values are not secrets themselves (references to one, flags).
 * Over-masking a harmless value costs a reader a little context; under-masking leaks a password
 * into a CI artefact, so every rule here errs towards masking.
 */

/** Words that make a key secret wherever they appear in it (`DBPASSWORD`, `client_secret`, `x-api-key`). */
const SECRET_PARTS = ['password', 'passwd', 'passphrase', 'secret', 'token', 'apikey', 'privatekey', 'accesskey', 'credential', 'authorization'];
/** Words that make a key secret only on their own (`pwd`, but not `pwdlength`). */
const SECRET_WORDS = new Set(['pwd', 'pass']);
/**
 * A key whose last word is one of these describes a secret without holding it: `password_length`,
 * `secret_arn`, `secretKeyRef`, `token_ttl`, `kms_key_id`, `password_reuse_prevention`.
 */
const METADATA_WORDS = new Set([
  'length', 'len', 'age', 'ttl', 'name', 'names', 'id', 'ids', 'arn', 'arns', 'enabled', 'enable', 'disabled', 'type', 'types',
  'version', 'prevention', 'count', 'rotation', 'ref', 'refs', 'reference', 'path', 'file', 'mode', 'required', 'reset', 'days',
  'period', 'policy', 'expiry', 'expiration', 'lifetime', 'duration', 'timeout', 'seconds', 'minutes', 'hours', 'interval', 'size',
  'format', 'provider', 'selector', 'authentication', 'kms', 'location', 'endpoint', 'generation', 'template', 'hash', 'algorithm',
  'condition', 'conditions', 'schedule', 'expression', 'immediately', 'status', 'namespace', 'permission', 'ms',
]);

/** Words of a key: split at non-alphanumerics and camelCase boundaries, lower case. */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    // `HTTPServer` → `HTTP Server`; a lookahead, so a long run of capitals is not rescanned from each one
    .replace(/[A-Z](?=[A-Z][a-z])/g, '$& ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Settings whose names contain a secret word: IMDS `http_tokens`, EFS `creation_token`, idempotency tokens. */
const SETTINGS = new Set(['httptokens', 'creationtoken', 'clienttoken', 'clientrequesttoken', 'idempotencytoken', 'automountserviceaccounttoken']);

const known = new Map<string, boolean>();

/** Whether a key (`password`, `MasterUserPassword`, `AWS_SECRET_ACCESS_KEY`, `api-key`) holds a secret. */
export function isSecretKey(key: string): boolean {
  let secret = known.get(key);
  if (secret === undefined) {
    secret = judgeKey(key);
    // keys repeat throughout a file; the cache stays small because keys are short and few
    if (known.size < 10_000) known.set(key, secret);
  }
  return secret;
}

function judgeKey(key: string): boolean {
  const words = wordsOf(key);
  if (words.length === 0 || METADATA_WORDS.has(words[words.length - 1])) return false;
  const joined = words.join('');
  if (SETTINGS.has(joined)) return false;
  return SECRET_PARTS.some((part) => joined.includes(part)) || words.some((w) => SECRET_WORDS.has(w)) || hasPair(words, 'private', 'key') || hasPair(words, 'api', 'key') || hasPair(words, 'access', 'key');
}

function hasPair(words: string[], first: string, second: string): boolean {
  return words.some((w, i) => w === first && words[i + 1] === second);
}

/** Keys that name an entry whose sibling `value` holds it (`- name: DB_PASSWORD` / `value: …`). */
export const NAME_KEYS = new Set(['name', 'key', 'parameterkey', 'variable', 'optionname']);
export const VALUE_KEYS = new Set(['value', 'parametervalue', 'defaultvalue']);

const FLAGS = /^(?:true|false|yes|no|on|off|null|none|~)$/i;
/** CloudFormation references and conditions by short tag: they name a value, they do not hold one. */
const INTRINSIC = /^!(?:(?:Ref|GetAtt|ImportValue|Condition)\s+[\w.:-]+|(?:Not|Equals|And|Or|If)(?:\s.*)?)$/;
/** Where a Terraform reference starts: its roots and the resource types of the providers most used for secrets. */
const HCL_ROOT = /^(?:var|local|module|data|each|count|path|self|terraform|aws_\w+|random_\w+|tls_\w+|vault_\w+|google_\w+|azurerm_\w+|kubernetes_\w+)$/;
const HCL_WORDS = new Set(['null', 'true', 'false', 'for', 'in', 'if']);
/** A whole value that is one template or interpolation: `{{resolve:secretsmanager:…}}`, `{{ .Values.password }}`, `${var.x}`. */
const TEMPLATE = /^(?:\{\{[^{}]*\}\}|\$\{[^{}"']*\})$/;

/**
 * Whether a value can be shown beside a secret key: a flag, an empty value, or a reference to a
 * secret stored elsewhere. `hcl` allows bare Terraform traversals, which in YAML would be a
 * plain-text password that happens to contain dots.
 */
export function isHarmlessValue(value: string, hcl: boolean): boolean {
  const v = value.trim();
  if (v === '' || FLAGS.test(v) || INTRINSIC.test(v) || TEMPLATE.test(v)) return true;
  return hcl && isHclExpression(v);
}

/**
 * A Terraform expression without a literal in it: `var.db_password`, `random_password.db.result`,
 * `try(each.value.password, null)`, `var.manage ? null : var.password`. Every word must be a
 * reference from a known root, a function name or a keyword, so `hunter2` or `pass.word` (a
 * shell or properties line, `PASSWORD=pass.word`) is never taken for one.
 */
function isHclExpression(value: string): boolean {
  if (/["'<]/.test(value)) return false;
  const words = value.match(/[A-Za-z_][\w-]*(?:\.[\w*-]+|\[[^\]]*\])*\(?|\d+/g) ?? [];
  return words.length > 0 && words.every((word) => word.endsWith('(') || HCL_WORDS.has(word) || (word.includes('.') && HCL_ROOT.test(word.split(/[.[]/)[0])));
}
