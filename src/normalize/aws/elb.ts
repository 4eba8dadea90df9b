import type { AttributePath } from '../../model/index.js';
import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';
import { bool, child, dig, elements, num, present, text } from '../aws-config/item.js';
import { asNumber, asRecord } from '../../resolve/cloudformation/convert.js';
import { toNum } from '../terraform/convert.js';
import type { CfnRefine, ConfigRefine, ServiceModule, TerraformRefine } from './spec.js';

type Maybe<T> = T | UnknownValue;

/** Canonical attribute → ELB v2 load balancer attribute key (DescribeLoadBalancerAttributes). */
const LB_ATTRIBUTES: [AttributePath, string][] = [
  [['drop_invalid_header_fields'], 'routing.http.drop_invalid_header_fields.enabled'],
  [['access_logs', 'enabled'], 'access_logs.s3.enabled'],
  [['deletion_protection'], 'deletion_protection.enabled'],
];

/** What ELB applies to an HTTPS or TLS listener created through the API without a policy. */
export const DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-2016-08';
const TLS_PROTOCOLS = new Set(['HTTPS', 'TLS']);

/** The API takes attribute values as strings: "true" / "false". */
function toFlag(value: unknown): Maybe<boolean> {
  if (isUnknown(value) || typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return unknownValue(`${JSON.stringify(value)} is not a boolean`);
}

const upper = (value: unknown): unknown => (typeof value === 'string' ? value.toUpperCase() : value);

interface Action {
  type: unknown;
  /** `redirect` actions: the protocol they redirect to (absent: the request's own). */
  protocol: unknown;
}

/** Whether a default action sends clients to HTTPS; unknown when an action cannot be read. */
function redirectsToHttps(actions: Action[]): Maybe<boolean> {
  const isRedirect = (a: Action): boolean => typeof a.type === 'string' && a.type.toLowerCase() === 'redirect';
  if (actions.some((a) => isRedirect(a) && upper(a.protocol) === 'HTTPS')) return true;
  if (actions.some((a) => isUnknown(a.type) || (isRedirect(a) && isUnknown(a.protocol)))) return unknownValue('a default action is unknown');
  return false;
}

/** An HTTPS or TLS listener written without a policy gets ELB's default; other protocols have none. */
function defaultSslPolicy(out: Record<string, unknown>, set: (path: AttributePath, value: unknown) => void): void {
  if (out.ssl_policy !== null) return;
  if (isUnknown(out.protocol)) set(['ssl_policy'], unknownValue('the listener protocol is unknown'));
  else if (TLS_PROTOCOLS.has(String(out.protocol))) set(['ssl_policy'], DEFAULT_SSL_POLICY);
}

// ---- load balancers ----------------------------------------------------------------------------

/** `LoadBalancerAttributes: [{Key, Value}]`; an entry whose key is unknown may be any of them. */
function cfnLoadBalancerAttributes(_out: Record<string, unknown>, { properties, set }: CfnRefine): void {
  const written = properties.LoadBalancerAttributes;
  if (written === undefined || written === null) return;
  const entries = Array.isArray(written) ? written.map((e) => asRecord(e) ?? { Key: unknownValue('attribute entry is unknown') }) : [];
  const anyKey = !Array.isArray(written) || entries.some((e) => isUnknown(e.Key));
  for (const [path, key] of LB_ATTRIBUTES) {
    const index = entries.findIndex((e) => e.Key === key);
    if (index >= 0) set(path, toFlag(entries[index].Value), ['LoadBalancerAttributes', index, 'Value']);
    else if (anyKey) set(path, unknownValue(`${key} may be set by an unknown attribute entry`), ['LoadBalancerAttributes']);
  }
}

/** Items that carry `supplementaryConfiguration.LoadBalancerAttributes` (`[{key, value}]`). */
function configLoadBalancerAttributes(_out: Record<string, unknown>, { item, set }: ConfigRefine): void {
  const entries = elements(dig(item, 'supplementaryConfiguration', 'LoadBalancerAttributes'));
  for (const [path, key] of LB_ATTRIBUTES) {
    const entry = entries.find((e) => text(child(e, 'key')) === key);
    if (entry) set(path, bool(child(entry, 'value')) ?? unknownValue(`AWS Config recorded no value for ${key}`), child(entry, 'value'));
  }
}

// ---- listeners ----------------------------------------------------------------------------------

function terraformListener(out: Record<string, unknown>, { fields, set }: TerraformRefine): void {
  const protocol = fields.get('protocol');
  if (protocol && protocol.value !== null) set(['protocol'], upper(protocol.value), protocol);
  const written = fields.get('default_action');
  const blocks = fields.blocks('default_action');
  const actions = blocks.map((b) => ({ type: b.get('type')?.value, protocol: b.blocks('redirect')[0]?.get('protocol')?.value }));
  const unknown = written !== undefined && isUnknown(written.value);
  set(['redirects_to_https'], unknown ? written.value : redirectsToHttps(actions), written ?? blocks[0]);
  defaultSslPolicy(out, set);
}

function cfnListener(out: Record<string, unknown>, { properties, set }: CfnRefine): void {
  if (typeof out.protocol === 'string') set(['protocol'], upper(out.protocol), ['Protocol']);
  const written = properties.DefaultActions;
  if (isUnknown(written)) set(['redirects_to_https'], written, ['DefaultActions']);
  else if (Array.isArray(written)) {
    const actions = written.map((a) => {
      const action = asRecord(a);
      const redirect = action?.RedirectConfig;
      return { type: action ? action.Type : unknownValue('action is unknown'), protocol: isUnknown(redirect) ? redirect : asRecord(redirect)?.Protocol };
    });
    set(['redirects_to_https'], redirectsToHttps(actions), ['DefaultActions']);
  }
  defaultSslPolicy(out, set);
}

function configListener(out: Record<string, unknown>, { configuration, set }: ConfigRefine): void {
  if (typeof out.protocol === 'string') set(['protocol'], upper(out.protocol));
  const node = child(configuration, 'DefaultActions');
  if (!present(node)) return;
  const actions = elements(node).map((a) => ({ type: text(child(a, 'Type')), protocol: text(dig(a, 'RedirectConfig', 'Protocol')) }));
  set(['redirects_to_https'], redirectsToHttps(actions), node);
}

// ---- classic load balancers ---------------------------------------------------------------------

function terraformClassic(_out: Record<string, unknown>, { fields, set }: TerraformRefine): void {
  const written = fields.get('listener');
  const blocks = fields.blocks('listener');
  const listeners = blocks.map((l) => ({
    protocol: upper(l.get('lb_protocol')?.value ?? unknownValue('lb_protocol is not written')),
    port: l.get('lb_port') ? toNum(l.get('lb_port')!.value) : null,
  }));
  set(['listeners'], written !== undefined && isUnknown(written.value) ? written.value : listeners, written ?? blocks[0]);
  // inside an access_logs block, enabled defaults to true
  const logs = fields.blocks('access_logs')[0];
  if (logs && (logs.get('enabled') === undefined || logs.get('enabled')?.value === null)) set(['access_logs', 'enabled'], true, logs);
}

function cfnClassic(_out: Record<string, unknown>, { properties, set }: CfnRefine): void {
  const written = properties.Listeners;
  if (isUnknown(written)) return set(['listeners'], written, ['Listeners']);
  const listeners = (Array.isArray(written) ? written : []).map((l) => {
    const listener = asRecord(l);
    if (!listener) return { protocol: unknownValue('listener is unknown'), port: unknownValue('listener is unknown') };
    return { protocol: upper(listener.Protocol ?? unknownValue('Protocol is not written')), port: asNumber(listener.LoadBalancerPort) ?? null };
  });
  set(['listeners'], listeners, written === undefined ? undefined : ['Listeners']);
}

function configClassic(_out: Record<string, unknown>, { configuration, set }: ConfigRefine): void {
  const node = child(configuration, 'listenerDescriptions');
  if (!present(node)) return;
  const listeners = elements(node).map((d) => ({
    protocol: upper(text(dig(d, 'listener', 'protocol')) ?? unknownValue('AWS Config recorded no listener protocol')),
    port: num(dig(d, 'listener', 'loadBalancerPort')) ?? null,
  }));
  set(['listeners'], listeners, node);
}

const NOT_RECORDED = unknownValue('AWS Config recorded no load balancer attributes');

/** Elastic Load Balancing: model/aws/elb.ts has the table of sources and defaults. */
export const elb: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.elb.load_balancer',
      terraform: {
        nativeTypes: ['aws_lb', 'aws_alb'],
        fields: {
          name: { path: ['name'], kind: 'string', absent: unknownValue('load balancer name is generated by Terraform') },
          type: { path: ['load_balancer_type'], kind: 'string', absent: 'application' },
          drop_invalid_header_fields: { path: ['drop_invalid_header_fields'], kind: 'bool', absent: false },
          'access_logs.enabled': { path: ['access_logs', 'enabled'], kind: 'bool', absent: false },
          deletion_protection: { path: ['enable_deletion_protection'], kind: 'bool', absent: false },
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
        fields: {
          name: { path: ['Name'], kind: 'string', absent: unknownValue('load balancer name is generated by CloudFormation') },
          type: { path: ['Type'], kind: 'string', absent: 'application' },
          drop_invalid_header_fields: { path: [], kind: 'bool', absent: false },
          'access_logs.enabled': { path: [], kind: 'bool', absent: false },
          deletion_protection: { path: [], kind: 'bool', absent: false },
        },
        refine: cfnLoadBalancerAttributes,
      },
      awsConfig: {
        nativeTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
        fields: {
          name: { path: ['configuration', 'loadBalancerName'], kind: 'string' },
          type: { path: ['configuration', 'type'], kind: 'string' },
          drop_invalid_header_fields: { path: [], kind: 'bool', absent: NOT_RECORDED },
          'access_logs.enabled': { path: [], kind: 'bool', absent: NOT_RECORDED },
          deletion_protection: { path: [], kind: 'bool', absent: NOT_RECORDED },
        },
        refine: configLoadBalancerAttributes,
      },
    },
    {
      canonicalType: 'aws.elb.listener',
      terraform: {
        nativeTypes: ['aws_lb_listener', 'aws_alb_listener'],
        fields: {
          protocol: { path: ['protocol'], kind: 'string', absent: unknownValue('protocol is not written: HTTP on an Application Load Balancer, none on a Gateway Load Balancer') },
          port: { path: ['port'], kind: 'number' },
          ssl_policy: { path: ['ssl_policy'], kind: 'string' },
          redirects_to_https: { path: [], kind: 'bool', absent: false },
        },
        refine: terraformListener,
      },
      cloudformation: {
        nativeTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
        fields: {
          protocol: { path: ['Protocol'], kind: 'string', absent: unknownValue('Protocol is not written: HTTP on an Application Load Balancer, none on a Gateway Load Balancer') },
          port: { path: ['Port'], kind: 'number' },
          ssl_policy: { path: ['SslPolicy'], kind: 'string' },
          redirects_to_https: { path: [], kind: 'bool', absent: false },
        },
        refine: cfnListener,
      },
      awsConfig: {
        nativeTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
        fields: {
          protocol: { path: ['configuration', 'Protocol'], kind: 'string' },
          port: { path: ['configuration', 'Port'], kind: 'number' },
          ssl_policy: { path: ['configuration', 'SslPolicy'], kind: 'string' },
          redirects_to_https: { path: [], kind: 'bool', absent: unknownValue('AWS Config recorded no DefaultActions') },
        },
        refine: configListener,
      },
    },
    {
      canonicalType: 'aws.elb.classic_load_balancer',
      terraform: {
        nativeTypes: ['aws_elb'],
        fields: {
          name: { path: ['name'], kind: 'string', absent: unknownValue('load balancer name is generated by Terraform') },
          'access_logs.enabled': { path: ['access_logs', 'enabled'], kind: 'bool', absent: false },
        },
        refine: terraformClassic,
      },
      cloudformation: {
        nativeTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
        fields: {
          name: { path: ['LoadBalancerName'], kind: 'string', absent: unknownValue('load balancer name is generated by CloudFormation') },
          'access_logs.enabled': { path: ['AccessLoggingPolicy', 'Enabled'], kind: 'bool', absent: false },
        },
        refine: cfnClassic,
      },
      awsConfig: {
        nativeTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
        fields: {
          name: { path: ['configuration', 'loadBalancerName'], kind: 'string' },
          listeners: { path: [], kind: 'value', absent: unknownValue('AWS Config recorded no listenerDescriptions') },
          'access_logs.enabled': { path: ['supplementaryConfiguration', 'LoadBalancerAttributes', 'accessLog', 'enabled'], kind: 'bool' },
        },
        refine: configClassic,
      },
    },
  ],
};
