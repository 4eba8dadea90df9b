import { randomBytes } from 'node:crypto';
import { PolicyEngine, readPolicyBundle, defaultPolicyDirectory } from '../engine/index.js';
import { runGate, type GateOptions } from '../gate.js';
import { redactAttributes } from '../history/redact.js';
import type { Logger } from '../logging.js';
import type { Finding, Severity } from '../model/index.js';
import { liveDocument } from '../normalize/aws-config/index.js';

/** One attribute that differs from the previous point; `undefined` on a side where it is absent. */
export interface AttributeChange {
  path: string;
  from?: unknown;
  to?: unknown;
}

export interface TimelineFinding {
  checkId: string;
  severity: Severity;
  title: string;
  attributePath: string;
  message: string;
  suppressed: boolean;
}

export interface TimelinePoint {
  captureTime?: string;
  status?: string;
  configurationStateId?: string;
  /**
   * Canonical attributes changed since the previous point (none at the first point), with
   * secret-looking values as keyed hashes (the history's redaction, keyed for this run only):
   * an unmodelled type's whole configuration (a Lambda function's environment) is shown.
   */
  changes: AttributeChange[];
  /** Findings that appear at this point. */
  new: TimelineFinding[];
  /** Findings of the previous point that are gone (fixed, or the resource deleted). */
  fixed: TimelineFinding[];
  /** Unsuppressed findings open at this point. */
  open: number;
  /** Unsuppressed findings at or above fail-on at this point. */
  blocking: number;
}

/** An attribute the item did not record: kept as unknown, never guessed (the reason is dropped, so it is no change). */
export const UNKNOWN = Object.freeze({ $unknown: true });

type PointState = { attributes?: Record<string, unknown>; findings: Map<string, TimelineFinding>; open: number; blocking: number };

/**
 * The timeline of one resource's configuration items (oldest first): each item is normalised and
 * evaluated on its own (one runGate per point, so points never share a scope), then compared with
 * the previous point. The compiled policy is loaded once and reused.
 */
export async function buildTimeline(items: Record<string, unknown>[], options: Omit<GateOptions, 'paths' | 'sources'>): Promise<TimelinePoint[]> {
  const engine = options.engine ?? (await PolicyEngine.load({ bundle: await readPolicyBundle(options.policyDirectory ?? defaultPolicyDirectory()), mode: options.mode }));
  const quiet = quieter(options.logger);
  const salt = randomBytes(16).toString('hex');
  const points: TimelinePoint[] = [];
  let previous: PointState = { findings: new Map(), open: 0, blocking: 0 };
  for (const item of items) {
    const state = await evaluatePoint(item, { ...options, engine, logger: quiet }, salt);
    points.push({
      captureTime: stringOf(item.configurationItemCaptureTime),
      status: stringOf(item.configurationItemStatus),
      configurationStateId: stringOf(item.configurationStateId),
      changes: previous.attributes && state.attributes ? diffAttributes(previous.attributes, state.attributes) : [],
      new: [...state.findings].filter(([key]) => !previous.findings.has(key)).map(([, f]) => f),
      fixed: [...previous.findings].filter(([key]) => !state.findings.has(key)).map(([, f]) => f),
      open: state.open,
      blocking: state.blocking,
    });
    // A deleted point has no attributes: the next recreation is compared with the last ones seen.
    previous = { ...state, attributes: state.attributes ?? previous.attributes };
  }
  return points;
}

async function evaluatePoint(item: Record<string, unknown>, options: Omit<GateOptions, 'paths' | 'sources'>, salt: string): Promise<PointState> {
  const { report, blocking, resources } = await runGate({ ...options, paths: [], sources: { documents: [liveDocument([item])] } });
  const findings = new Map(report.findings.map((f) => [f.fingerprint, timelineFinding(f)]));
  const open = report.findings.filter((f) => !f.suppression).length;
  const resource = resources?.[0];
  return { attributes: resource && redactAttributes(resource.type, resource.attributes, salt), findings, open, blocking: blocking.length };
}

function timelineFinding(f: Finding): TimelineFinding {
  return {
    checkId: f.checkId,
    severity: f.severity,
    title: f.title,
    attributePath: f.attributePath.join('.'),
    message: f.message,
    suppressed: Boolean(f.suppression),
  };
}

/** Every leaf that differs, by dotted path; arrays and unknown markers are compared whole. */
export function diffAttributes(before: Record<string, unknown>, after: Record<string, unknown>): AttributeChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: AttributeChange[] = [];
  for (const path of paths) {
    const from = a.get(path);
    const to = b.get(path);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push({ path, ...(a.has(path) ? { from } : {}), ...(b.has(path) ? { to } : {}) });
  }
  return changes;
}

function flatten(value: Record<string, unknown>, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isUnknown(child)) out.set(path, UNKNOWN);
    else if (child !== null && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length > 0) flatten(child as Record<string, unknown>, path, out);
    else out.set(path, child);
  }
  return out;
}

function isUnknown(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { $unknown?: unknown }).$unknown === true;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** runGate's per-scan info lines, once per point, would drown the timeline: they become debug lines. */
function quieter(logger: Logger): Logger {
  return { ...logger, info: (message) => logger.debug(message) };
}
