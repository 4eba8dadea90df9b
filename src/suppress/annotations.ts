/**
 * Suppressions written as Kubernetes annotations: ours (`posture-gate.io/ignore`, one directive a
 * line, each with its own `until=`) and checkov's (`checkov.io/skip1: CKV_K8S_16=reason`, and the
 * older `bridgecrew.io/skip1` prefix), on the object and on a workload's pod template
 * (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job: spec.template; CronJob:
 * spec.jobTemplate.spec.template), where teams keep annotations that travel with the pods.
 */
import { parseCheckovAnnotation, parsePostureBody, type DirectiveBody } from './directive.js';

export const K8S_ANNOTATION = 'posture-gate.io/ignore';

/** `checkov.io/skip1`, `checkov.io/skip12`, `bridgecrew.io/skip3`: one checkov id each. */
const CHECKOV_SKIP = /^(?:checkov|bridgecrew)\.io\/skip\d*$/;

export function kubernetesAnnotationBodies(raw: Record<string, unknown>): DirectiveBody[] {
  return annotationSets(raw).flatMap((annotations) =>
    Object.entries(annotations).flatMap(([key, value]): DirectiveBody[] => {
      if (typeof value !== 'string') return [];
      if (key === K8S_ANNOTATION) return postureLines(value).map(parsePostureBody);
      return CHECKOV_SKIP.test(key) ? [parseCheckovAnnotation(value)] : [];
    }),
  );
}

/** One directive a line, so that each check can have its own expiry and reason; blank lines skipped. */
function postureLines(value: string): string[] {
  const lines = value.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 ? lines : [value];
}

function annotationSets(raw: Record<string, unknown>): Record<string, unknown>[] {
  const spec = record(raw.spec);
  const templates = [record(spec?.template), record(record(record(spec?.jobTemplate)?.spec)?.template)];
  return [raw, ...templates].map((holder) => record(record(holder?.metadata)?.annotations)).filter((set) => set !== undefined);
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
