/**
 * The text of one suppression, in our syntax or a peer tool's, → Directive fields.
 *
 * `posture:ignore *` is deliberately not supported: a blanket inline skip also hides every check
 * added later, with no review. A blanket waiver belongs in `.posture.yaml` (`check: "*"`), where
 * it is visible, has an owner and an expiry, and `posture waivers audit` lists it.
 */
import { isCalendarDate } from '../config/index.js';
import type { Directive } from './types.js';

export type DirectiveBody = Pick<Directive, 'tool' | 'ids' | 'reason' | 'until' | 'invalid'>;

const POSTURE = /posture:ignore\b[:=]?\s*(.*)$/;
const CHECKOV = /checkov:skip=\s*([A-Za-z0-9_]+)(?::\s*(.*?))?\s*$/;
const PEER_IGNORE = /\b(trivy|tfsec):ignore:([A-Za-z0-9_-]+)((?::[a-z]+:[^:\s]+)*)/g;
const IDS = /^([A-Za-z0-9_*-]+(?:\s*,\s*[A-Za-z0-9_*-]+)*)\s*(.*)$/;
const UNTIL = /^until=(\S+)\s*(.*)$/;

/** Every directive in one comment's text (trivy allows several on a line); [] if none. */
export function parseDirectives(comment: string): DirectiveBody[] {
  const text = comment.replace(/\*\/\s*$/, '').trim();
  const posture = POSTURE.exec(text);
  if (posture) return [parsePostureBody(posture[1])];
  const checkov = CHECKOV.exec(text);
  if (checkov) return [{ tool: 'checkov', ids: [checkov[1]], ...(checkov[2] ? { reason: checkov[2] } : {}) }];
  return [...text.matchAll(PEER_IGNORE)].map((match) => parsePeerIgnore(match[1] as 'trivy' | 'tfsec', match[2], match[3]));
}

/** `AWS-0001,AWS-0002 until=2026-12-31 reason text`, as in comments and Kubernetes annotations. */
export function parsePostureBody(body: string): DirectiveBody {
  const ids = IDS.exec(body.trim());
  if (!ids) return { tool: 'posture', ids: [], invalid: 'posture:ignore names no check id' };
  const list = ids[1].split(',').map((id) => id.trim());
  let rest = ids[2];
  let until: string | undefined;
  const untilMatch = UNTIL.exec(rest);
  if (untilMatch) [, until, rest] = untilMatch;
  const reason = rest.replace(/^(--|-|:)\s*/, '').trim();
  const directive: DirectiveBody = { tool: 'posture', ids: list, ...(reason ? { reason } : {}), ...(until ? { until } : {}) };
  return withValidity(directive);
}

function parsePeerIgnore(tool: 'trivy' | 'tfsec', id: string, options: string): DirectiveBody {
  const expiry = /:exp:([^:\s]+)/.exec(options)?.[1];
  return withValidity({ tool, ids: [id], ...(expiry ? { until: expiry } : {}) });
}

function withValidity(directive: DirectiveBody): DirectiveBody {
  if (directive.ids.includes('*')) {
    return { ...directive, invalid: 'posture:ignore * is not supported; name the check ids, or add a reviewed waiver to .posture.yaml' };
  }
  if (directive.until !== undefined && !isCalendarDate(directive.until)) {
    return { ...directive, invalid: `expiry "${directive.until}" is not a date (YYYY-MM-DD); the suppression is ignored` };
  }
  return directive;
}

/** True once the last day of the suppression (inclusive, UTC) is over. */
export function isExpired(until: string | undefined, now: Date): boolean {
  if (until === undefined) return false;
  const [year, month, day] = until.split('-').map(Number);
  return now.getTime() >= Date.UTC(year, month - 1, day + 1);
}
