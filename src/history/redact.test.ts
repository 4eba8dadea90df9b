import { describe, expect, it } from '@jest/globals';
import { unknownValue } from '../model/index.js';
import { isSecretName, redactAttributes, redactText } from './redact.js';

const SALT = 'test-salt';
const redacted = expect.stringMatching(/^\[redacted hmac:[0-9a-f]{12}\]$/);

describe('redactAttributes', () => {
  it('hashes every value of a Kubernetes Secret, keeping the keys', () => {
    const out = redactAttributes('k8s.core.secret', { type: 'Opaque', data: { user: 'YWRtaW4=' }, stringData: { password: 'hunter2' } }, SALT);
    expect(out).toEqual({ type: 'Opaque', data: { user: redacted }, stringData: { password: redacted } });
  });

  it('hashes values under secret-looking keys and env entries, not descriptive names or settings', () => {
    const out = redactAttributes(
      'aws.rds.instance',
      {
        master_password: 'p4ss',
        masterUserSecretKmsKeyId: 'arn:aws:kms:eu-west-1:1:key/x',
        password_secret_arn: 'arn:aws:secretsmanager:eu-west-1:1:secret:db',
        max_password_age: 90,
        automount_service_account_token: false,
        env: [
          { name: 'API_KEY', value: 'abc123' },
          { name: 'TOKEN_FILE', value: '/run/token' },
          { name: 'LOG_LEVEL', value: 'debug' },
        ],
        environment: { variables: { STRIPE_SECRET: 'sk_live_x', REGION: 'eu' } },
      },
      SALT,
    );
    expect(out).toEqual({
      master_password: redacted,
      masterUserSecretKmsKeyId: 'arn:aws:kms:eu-west-1:1:key/x',
      password_secret_arn: 'arn:aws:secretsmanager:eu-west-1:1:secret:db',
      max_password_age: 90,
      automount_service_account_token: false,
      env: [
        { name: 'API_KEY', value: redacted },
        { name: 'TOKEN_FILE', value: '/run/token' },
        { name: 'LOG_LEVEL', value: 'debug' },
      ],
      environment: { variables: { STRIPE_SECRET: redacted, REGION: 'eu' } },
    });
  });

  it('hashes private keys and access key ids wherever they are, and keeps unknown values', () => {
    const out = redactAttributes('x', { note: '-----BEGIN RSA PRIVATE KEY-----\nMII', user_data: 'export K=AKIAABCDEFGHIJKLMNOP', password: unknownValue('var.pw has no value') }, SALT);
    expect(out).toEqual({ note: redacted, user_data: redacted, password: { $unknown: true, reason: 'var.pw has no value' } });
  });

  it('hashes the same value alike with one salt (a change is still visible) and differently with another', () => {
    const hash = (value: string, salt: string) => redactAttributes('x', { password: value }, salt).password;
    expect(hash('a', SALT)).toBe(hash('a', SALT));
    expect(hash('a', SALT)).not.toBe(hash('b', SALT));
    expect(hash('a', SALT)).not.toBe(hash('a', 'other'));
  });

  it('reads camelCase, kebab-case and SCREAMING_SNAKE names alike', () => {
    expect(['clientSecret', 'client-secret', 'CLIENT_SECRET', 'apiKey', 'db_password'].every(isSecretName)).toBe(true);
    expect(['secretName', 'password_file', 'kms_key_id', 'tokenPath', 'name'].some(isSecretName)).toBe(false);
  });
});

describe('redactAttributes, issue 14', () => {
  it('hashes DB_PASS (a secret word on its own, as the excerpt masker reads names)', () => {
    const out = redactAttributes('k8s.apps.deployment', { env: [{ name: 'DB_PASS', value: 'db-pass-secret' }], settings: { db_pass: 'x1' } }, SALT);
    expect(out).toEqual({ env: [{ name: 'DB_PASS', value: redacted }], settings: { db_pass: redacted } });
  });

  it('hashes the secret inside a value and keeps the rest readable: URL passwords, secret flags, webhooks, mysql -p', () => {
    const out = redactAttributes('x', {
      env: [{ name: 'DATABASE_URL', value: 'postgres://app:url-pass-secret@db:5432/shop' }],
      args: ['--db-password=arg-secret', '--port=80', '--api-key', 'next-arg-secret', '--verbose'],
      command: ['sh', '-c', 'mysql -u root -pmysql-secret shop'],
      alerts: 'https://hooks.slack.com/services/T0000/B0000/slackwebhooksecret',
    }, SALT) as { env: { value: string }[]; args: string[]; command: string[]; alerts: string };
    const hash = '\\[redacted hmac:[0-9a-f]{12}\\]';
    expect(out.env[0]!.value).toMatch(new RegExp(`^postgres://app:${hash}@db:5432/shop$`));
    expect(out.args[0]).toMatch(new RegExp(`^--db-password=${hash}$`));
    expect(out.args.slice(1, 3)).toEqual(['--port=80', '--api-key']);
    expect(out.args[3]).toMatch(new RegExp(`^${hash}$`));
    expect(out.command[2]).toMatch(new RegExp(`^mysql -u root -p${hash} shop$`));
    expect(out.alerts).toMatch(new RegExp(`^https://hooks.slack.com/services/${hash}$`));
    expect(JSON.stringify(out)).not.toMatch(/url-pass-secret|arg-secret|mysql-secret|slackwebhooksecret/);
  });

  it('hashes a whole value with a token or a secret assignment inside, so a change still shows', () => {
    const script = (pw: string) => redactAttributes('x', { user_data: `#!/bin/sh\nexport DB_PASSWORD=${pw}\nstart`, note: `token ghp_${'a'.repeat(36)}` }, SALT);
    expect(script('one')).toEqual({ user_data: redacted, note: redacted });
    expect(script('one').user_data).not.toBe(script('two').user_data);
    expect(redactAttributes('x', { user_data: '#!/bin/sh\nstart' }, SALT)).toEqual({ user_data: '#!/bin/sh\nstart' });
    // past 64 KB a string is not scanned, and so not kept in clear either
    expect(redactAttributes('x', { user_data: 'x'.repeat(70_000) }, SALT)).toEqual({ user_data: redacted });
  });

  it('hashes what looks like a secret in a finding message (a user policy may quote a value), keeping the words', () => {
    expect(redactText('env DATABASE_URL is postgres://app:pw-in-message@db/shop', SALT)).toMatch(/^env DATABASE_URL is postgres:\/\/app:\[redacted hmac:[0-9a-f]{12}\]@db\/shop$/);
    expect(redactText('Container web of apps/v1/Deployment/shop/web sets DB_PASSWORD to a literal value', SALT)).toBe('Container web of apps/v1/Deployment/shop/web sets DB_PASSWORD to a literal value');
  });
});
