import { describe, expect, it } from '@jest/globals';
import type { Finding, SourceRange } from '../model/index.js';
import { excerptKey } from '../model/index.js';
import { buildExcerpts } from './excerpt.js';
import { maskByStructure } from './secrets-structure.js';
import { MASK } from './secrets.js';

const M = MASK;

/** What an excerpt of the whole (short) file shows, as the HTML report and SARIF contextRegion get it. */
function shown(file: string, text: string): string {
  const location: SourceRange = { path: file, startLine: 1, startColumn: 1, endLine: 9, endColumn: 1 };
  const excerpt = buildExcerpts([{ location } as Finding], new Map([[file, text]]))[excerptKey(location)];
  expect(excerpt!.lines).toHaveLength(Math.min(12, text.split('\n').length));
  return excerpt!.lines.join('\n');
}

describe('excerpts mask by structure where the format says a value is secret', () => {
  it('masks the Default (and AllowedValues) of a CloudFormation NoEcho parameter, whatever it is called, in YAML and JSON', () => {
    const yaml = [
      'Parameters:',
      '  AdminPin:',
      '    Type: String',
      '    NoEcho: true',
      '    Default: pin-0451',
      '    AllowedValues: [pin-0451, pin-1234]',
      '  Stage:',
      '    Type: String',
      '    Default: prod',
    ].join('\n');
    expect(shown('t.yaml', yaml)).toBe(yaml.replace('Default: pin-0451', `Default: ${M}`).replace('[pin-0451, pin-1234]', M));
    const json = '{"Parameters": {"AdminPin": {"Type": "String", "Default": "pin-0451", "NoEcho": "true"}, "Stage": {"Default": "prod"}}}';
    expect(shown('t.json', json)).toBe(json.replace('"pin-0451"', `"${M}"`));
  });

  it('masks every plan variable value and every sensitive value in a Terraform plan, one line or pretty', () => {
    const plan = {
      format_version: '1.2',
      variables: { admin_pin: { value: 'pin-0451' }, tags: { value: { team: 'core' } } },
      planned_values: {
        outputs: { conn: { sensitive: true, value: 'out-secret' } },
        root_module: { resources: [{ address: 'aws_db_instance.db', values: { engine: 'postgres', master_pin: 'res-secret' }, sensitive_values: { master_pin: true } }] },
      },
      resource_changes: [{ address: 'aws_db_instance.db', change: { after: { engine: 'postgres', master_pin: 'res-secret' }, after_sensitive: { master_pin: true } } }],
      configuration: { root_module: { variables: { admin_pin: { default: 'default-secret', sensitive: true } } } },
    };
    for (const text of [JSON.stringify(plan), JSON.stringify(plan, null, 2)]) {
      const out = buildExcerpts([{ location: { path: 'plan.json', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } } as Finding], new Map([['plan.json', text]]));
      const masked = Object.values(out)[0]!.lines.join('\n');
      // the whole file is masked before any line of it is cut: check the masked text itself
      const whole = buildExcerpts(text.split('\n').map((_, i) => ({ location: { path: 'plan.json', startLine: i + 1, startColumn: 1, endLine: i + 1, endColumn: 1 } }) as Finding), new Map([['plan.json', text]]));
      const all = [masked, ...Object.values(whole).flatMap((e) => e.lines)].join('\n');
      for (const secret of ['pin-0451', 'core', 'out-secret', 'res-secret', 'default-secret']) expect({ secret, leaked: all.includes(secret) }).toEqual({ secret, leaked: false });
      // what is not marked stays readable (the one-line plan is cut at 240 characters before `postgres`)
      expect(all).toContain(text.includes('\n') ? '"engine": "postgres"' : '"address":"aws_db_instance.db"');
    }
  });

  it('masks a sensitive Terraform variable default and a sensitive output value', () => {
    const tf = ['variable "admin_pin" {', '  type      = string', '  default   = "pin-0451"', '  sensitive = true', '}', 'variable "region" {', '  default = "eu-west-1"', '}'].join('\n');
    expect(shown('vars.tf', tf)).toBe(tf.replace('"pin-0451"', `"${M}"`));
  });

  it('masks the argument after a secret-named flag in container args and commands', () => {
    const yaml = [
      'containers:',
      '  - name: app',
      '    args:',
      '      - --api-key',
      '      - arg-secret-2',
      '      - --verbose',
      '    command: ["server", "--db-token", "arg-secret-3", "--port", "80"]',
    ].join('\n');
    expect(shown('d.yaml', yaml)).toBe(yaml.replace('arg-secret-2', M).replace('"arg-secret-3"', `"${M}"`));
  });
});

describe('excerpts mask secret-shaped values wherever they are', () => {
  it.each([
    ['args: ["--db-password=hunter2-arg", "--port=80"]', `args: ["--db-password=${M}", "--port=80"]`],
    ['  - --db-password=hunter2-arg', `  - --db-password=${M}`],
    ['run: app --client-secret hunter2 --port 80', `run: app --client-secret ${M} --port 80`],
    ['webhook: https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX', `webhook: https://hooks.slack.com/services/${M}`],
    ['cmd: mysql -u root -phunter2 shop', `cmd: mysql -u root -p${M} shop`],
    ["cmd: mysqldump -uroot -p'hunter2' shop > x.sql", `cmd: mysqldump -uroot -p'${M}' shop > x.sql`],
    ['url: postgres://app:p@ss@db:5432/shop', `url: postgres://app:${M}@db:5432/shop`],
    ['url: redis://:only-pass@cache:6379', `url: redis://:${M}@cache:6379`],
    ['key: xapp-1-A0000000000-0000000000000-abcdefabcdef', `key: ${M}`],
  ])('%s', (line, expected) => {
    expect(shown('x.yaml', line)).toBe(expected);
  });

  it('keeps what only looks like a flag or a port', () => {
    const text = ['cmd: mkdir -p /data && ssh -p22 host', 'args: ["--password-file=/run/secrets/db", "--port=5432", "--db-password=$(DB_PASSWORD)"]', 'url: https://example.com:8443/path?a=b', 'mysql_port: 3306'].join('\n');
    expect(shown('x.yaml', text)).toBe(text);
  });

  it('masks every line of a JSON text too large to read again, rather than show it unread', () => {
    const big = `{"format_version":"1.2","variables":{"pin":{"value":"pin-0451"}},"pad":"${'x'.repeat(33 * 1024 * 1024)}"}\n{}`;
    expect(maskByStructure(big, 'big.json')).toBe(`${M}\n${M}`);
  });
});
