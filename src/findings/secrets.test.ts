import { describe, expect, it } from '@jest/globals';
import { isSecretKey } from './secret-keys.js';
import { MASK, maskSecrets } from './secrets.js';

const M = MASK;
/** Masks and checks that no line was added or removed. */
function mask(text: string): string {
  const out = maskSecrets(text);
  expect(out.split('\n')).toHaveLength(text.split('\n').length);
  return out;
}

describe('isSecretKey', () => {
  it.each(['password', 'db_password', 'MasterUserPassword', 'DBPASSWORD', 'client_secret', 'AWS_SECRET_ACCESS_KEY', 'api-key', 'apiKey', 'x-api-key',
    'private_key', 'privateKey', 'access_key', 'auth_token', 'GITHUB_TOKEN', 'pwd', 'passphrase', 'credentials', 'SecretString', 'Authorization'])('%s names a secret', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });
  it.each(['name', 'minimum_password_length', 'max_password_age', 'password_reuse_prevention', 'secret_arn', 'secretKeyRef', 'secretName', 'token_ttl',
    'kms_key_id', 'master_user_secret_kms_key_id', 'aws_access_key_id', 'bypass', 'compass', 'key', 'public_key', 'tokenExpirationSeconds'])('%s does not', (key) => {
    expect(isSecretKey(key)).toBe(false);
  });
});

describe('maskSecrets', () => {
  it('shows settings whose names merely contain a secret word', () => {
    const text = 'http_tokens = "optional"\nHttpTokens: required\ncreation_token = "shared"';
    expect(mask(text)).toBe(text);
  });

  it('masks YAML, HCL and JSON values of secret keys and keeps the keys', () => {
    expect(mask('password: hunter2 with spaces # note')).toBe(`password: ${M} # note`);
    expect(mask('  MasterUserPassword: "s3cr3t!"')).toBe(`  MasterUserPassword: "${M}"`);
    expect(mask("  - db_password: 'it''s'")).toBe(`  - db_password: '${M}'`);
    expect(mask('  password = "hunter2" # why')).toBe(`  password = "${M}" # why`);
    expect(mask('{"user":"admin","password":"p\\"w,d}","token":"t0k"}')).toBe(`{"user":"admin","password":"${M}","token":"${M}"}`);
    expect(mask('env: {API_KEY: abc123, mode: fast}')).toBe(`env: {API_KEY: ${M}, mode: fast}`);
  });

  it('shows references, flags and empty values: they are not secrets', () => {
    const text = [
      'password = var.db_password',
      'master_password = random_password.db.result',
      'manage_master_user_password = true',
      'MasterUserPassword: !Ref DbPassword',
      "MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'",
      'password: "${var.password}"',
      'password: {{ .Values.password }}',
      'password_wo = !local.is_replica && var.manage ? null : var.password_wo',
      'manage_master_user_password = try(each.value.manage_master_user_password, null)',
      'SecretsKMSKeyCondition: !Not [!Equals [!Ref Key, ""]]',
      'Secrets:',
      '  - !Ref DbSecret',
    ].join('\n');
    expect(mask(text)).toBe(text);
  });

  it('masks a plain YAML password that merely looks like a Terraform reference', () => {
    expect(mask('password: my.pass.word')).toBe(`password: ${M}`);
    expect(mask('db.password=pass.word')).toBe(`db.password=${M}`);
    expect(mask('password = hunter2')).toBe(`password = ${M}`);
    expect(mask('password = 12345678')).toBe(`password = ${M}`);
  });

  it('masks block scalars, nested mappings, heredocs and quotes that span lines', () => {
    expect(mask('password: |\n  line: one\n  two\nnext: shown')).toBe(`password: |\n  ${M}\n  ${M}\nnext: shown`);
    expect(mask('passwords:\n  - hunter2\n  - "two"\nname: x')).toBe(`passwords:\n  - ${M}\n  - ${M}\nname: x`);
    // a mapping under a secret-named key (a CloudFormation logical id, ECS `Secrets`) is judged entry by entry
    const resource = 'DbSecret:\n  Type: AWS::SecretsManager::Secret\n  Properties:\n    Name: orders/db\n    SecretString: hunter2\nSecrets:\n  - Name: DB_PASSWORD\n    ValueFrom: arn:aws:x';
    expect(mask(resource)).toBe(resource.replace('SecretString: hunter2', `SecretString: ${M}`));
    expect(mask('secret = <<EOT\nabc: def\nEOT\nname = "x"')).toBe(`secret = <<EOT\n${M}\nEOT\nname = "x"`);
    expect(mask('token: "abc\n  def" # end\nname: x')).toBe(`token: "${M}\n  ${M}" # end\nname: x`);
  });

  it('masks the value beside a name that names a secret (container env, ECS, CloudFormation parameters)', () => {
    expect(mask('- name: DB_PASSWORD\n  value: hunter2\n- name: MODE\n  value: fast')).toBe(`- name: DB_PASSWORD\n  value: ${M}\n- name: MODE\n  value: fast`);
    expect(mask('environment = [{ name = "API_TOKEN", value = "abc" }]')).toBe(`environment = [{ name = "API_TOKEN", value = "${M}" }]`);
    expect(mask('{"ParameterKey": "DbPassword", "ParameterValue": "pw"}')).toBe(`{"ParameterKey": "DbPassword", "ParameterValue": "${M}"}`);
  });

  it('masks every value of a Kubernetes Secret, whatever its key, in YAML and in JSON', () => {
    const yaml = [
      'apiVersion: v1', 'data:', '  config.json: eyJhIjoxfQ==', '  tls.key: |', '    not: shown', 'kind: Secret', 'metadata:', '  name: app',
      '---', 'kind: ConfigMap', 'data:', '  mode: visible',
    ].join('\n');
    expect(mask(yaml).split('\n')).toEqual([
      'apiVersion: v1', 'data:', `  config.json: ${M}`, '  tls.key: |', `    ${M}`, 'kind: Secret', 'metadata:', '  name: app',
      '---', 'kind: ConfigMap', 'data:', '  mode: visible',
    ]);
    expect(mask('items:\n- kind: Secret\n  stringData: {user: u, pass: p}\n  data:\n    k: v')).toBe(`items:\n- kind: Secret\n  stringData: ${M}\n  data:\n    k: ${M}`);
    const json = '{"kind":"Secret","data":{"a.b":"dmFs","c":"x\\"y"},"metadata":{"name":"n"}}';
    expect(mask(json)).toBe(`{"kind":"Secret","data":{"a.b":"${M}","c":"${M}"},"metadata":{"name":"n"}}`);
  });

  it('masks private keys, AWS access key ids and recognisable tokens anywhere, comments included', () => {
    const pem = 'key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIEow\n  -----END RSA PRIVATE KEY-----\nnext: 1';
    expect(mask(pem)).toBe(`key: |\n  ${M}\n  ${M}\n  ${M}\nnext: 1`);
    expect(mask('"k": "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n", "n": 1')).toBe(`"k": "${M}\\n", "n": 1`);
    expect(mask('x = "AKIAIOSFODNN7EXAMPLE" # AKIAIOSFODNN7EXAMPLE')).toBe(`x = "${M}" # ${M}`);
    expect(mask('url: postgres://admin:hunter2@db:5432/app')).toBe(`url: postgres://admin:${M}@db:5432/app`);
    expect(mask(`x: ghp_${'a'.repeat(36)} xoxb-123456789012-abc LS0tLS1CRUdJTiBSU0E=`)).toBe(`x: ${M} ${M} ${M}`);
    expect(mask('-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\nunterminated')).toBe(`${M}\n${M}\n${M}`);
  });

  it('never lets a hostile value out, and keeps markup-looking text inert for the page to escape', () => {
    const hostile = '  password: "</script><img src=x onerror=alert(1)>"';
    expect(mask(hostile)).toBe(`  password: "${M}"`);
    expect(mask('password:"a",password:"b",password: c')).toBe(`password:"${M}",password:"${M}",password: ${M}`);
    expect(() => mask('password: "\\')).not.toThrow();
    expect(mask('password: "\\')).toBe(`password: "${M}`);
    expect(mask('password=')).toBe('password=');
  });

  it('looks inside other values: prose, shell lines and escaped JSON in strings', () => {
    expect(mask('description = "db password: hunter2"')).toBe(`description = "db password: ${M}"`);
    expect(mask('user_data = "export DB_PASSWORD=hunter2"')).toBe(`user_data = "export DB_PASSWORD=${M}"`);
    expect(mask('defs = "[{\\"name\\": \\"x\\", \\"password\\": \\"hunter2\\"}]"')).toBe(`defs = "[{\\"name\\": \\"x\\", \\"password\\": \\"${M}\\"}]"`);
    expect(mask('c = "[{\\"name\\":\\"API_TOKEN\\",\\"value\\":\\"abc\\"}]"')).toBe(`c = "[{\\"name\\":\\"API_TOKEN\\",\\"value\\":\\"${M}\\"}]"`);
  });
});

describe('maskSecrets on hostile lines (linear scans)', () => {
  // Before: each of these took from seconds to minutes (a regex rescanning the rest of the line
  // from every key or every start position); now each is a single pass.
  const n = 1_000_000;
  it('masks a secret after a megabyte of keys with no separator', () => {
    expect(mask(`${'a='.repeat(n / 2)} password=hunter2`)).toMatch(new RegExp(`password=${M}$`));
    expect(mask(`${'var.x='.repeat(n / 6)}bad password=hunter2`)).toMatch(new RegExp(`password=${M}$`));
    expect(mask(`${'name='.repeat(n / 5)} password: hunter2`)).toMatch(new RegExp(`password: ${M}$`));
  });

  it('reads long runs of whitespace, colons and capitals', () => {
    const tabs = '\t'.repeat(n);
    expect(mask(`passwords:\n  - a${tabs}#\n  - b${tabs}x`)).toBe(`passwords:\n  - ${M}\n  - ${M}`);
    expect(mask(`${':>#'.repeat(n / 3)}\r`)).toBe(`${':>#'.repeat(n / 3)}\r`);
    expect(mask(`${'A'.repeat(n)}Password: hunter2`)).toBe(`${'A'.repeat(n)}Password: ${M}`);
    expect(mask(`kind: Secret\ndata:\n  ${'a: |\t#'.repeat(n / 6)}\n  b: c2VjcmV0`)).toBe(`kind: Secret\ndata:\n  ${'a: |\t#'.repeat(n / 6)}\n  b: ${M}`);
  });

  it('finds tokens and URL passwords after long runs of their own characters', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    expect(mask(`${'eyJJJJJ-'.repeat(n / 8)} ${jwt}`)).toBe(`${'eyJJJJJ-'.repeat(n / 8)} ${M}`);
    expect(mask(`${'A'.repeat(n)}:@ postgres://app:pw@db/x`)).toBe(`${'A'.repeat(n)}:@ postgres://app:${M}@db/x`);
  });
});
