/** Kinds that live outside namespaces, so their id has no namespace segment. */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'CustomResourceDefinition',
  'Node', 'PriorityClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/**
 * Workload kinds of the retired `extensions` group (`extensions/v1beta1`, still in older charts):
 * the same objects as in `apps`, so the same checks apply. Its Ingress and NetworkPolicy keep
 * `k8s.extensions.*`, which the network checks read beside `k8s.networking.*`.
 */
const EXTENSIONS_AS_APPS = new Set(['Deployment', 'DaemonSet', 'ReplicaSet']);

/**
 * `k8s.<group>.<kind>`: `v1` is the core group; a dotted group keeps its first label
 * (`rbac.authorization.k8s.io/v1` → `rbac`, OpenShift's `apps.openshift.io/v1` → `apps`) so
 * types stay short and readable in rules. The version is not part of the type: `apps/v1beta2`
 * is `k8s.apps.*` too.
 */
export function canonicalType(apiVersion: string, kind: string): string {
  const slash = apiVersion.indexOf('/');
  let group = slash < 0 ? 'core' : apiVersion.slice(0, slash).split('.')[0] || 'core';
  if (group === 'extensions' && EXTENSIONS_AS_APPS.has(kind)) group = 'apps';
  return `k8s.${group}.${kind.toLowerCase()}`;
}

/** `<apiVersion>/<kind>/<namespace>/<name>`, or `<apiVersion>/<kind>/<name>` when cluster-scoped. */
export function resourceId(apiVersion: string, kind: string, metadata: unknown, fallbackName: string): string {
  const meta = metadata !== null && typeof metadata === 'object' ? (metadata as Record<string, unknown>) : {};
  const name = scalarText(meta.name) ?? scalarText(meta.generateName) ?? fallbackName;
  if (isClusterScoped(kind)) return `${apiVersion}/${kind}/${name}`;
  return `${apiVersion}/${kind}/${scalarText(meta.namespace) ?? 'default'}/${name}`;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
