/**
 * The text of one suppression, in our syntax or a peer tool's, → Directive fields.
 *
 * `posture:ignore *` is deliberately not supported: a blanket inline skip also hides every check
 * added later, with no review. A blanket waiver belongs in `.posture.yaml` (`check: "*"`), where
 * it is visible, has an owner and an expiry, and `posture waivers audit` lists it.
 */
import { isCalendarDate } from '../config/index.js';
import type { Directive } from './types.js';

export type DirectiveBody = Pick<Directive, 'tool' | 'ids' | 'reason' | 'until' | 'invalid' | 'kics'>;

// Every pattern here is linear: a comment is hostile text. Each one reads a prefix with no
// `.*$` tail to backtrack through; the rest of the text is sliced off and trimmed instead.
const POSTURE = /posture:ignore\b[:=]?(.*)/;
const CHECKOV_ID = /^\s*(\w+)/;
const PEER_IGNORE = /\b(trivy|tfsec):ignore:([\w-]+)((?::[a-z]+:[^:\s]+)*)/g;
const IDS = /^[\w*-]+(?:\s*,\s*[\w*-]+)*/;
const UNTIL = /^until=(\S+)/;
const KICS = /\bkics-scan\s+(ignore-line|ignore-block|ignore|disable|enable)\b/;
const KICS_QUERIES = /^=([\w-]+(?:,[\w-]+)*)/;
const CHECKOV_ANNOTATION_ID = /^\w+$/;

/** Every directive in one comment's text (trivy allows several on a line); [] if none. */
export function parseDirectives(comment: string): DirectiveBody[] {
  const text = comment.replace(/\*\/\s*$/, '').trim();
  const posture = POSTURE.exec(text);
  if (posture) return [parsePostureBody(posture[1])];
  const checkov = parseCheckov(text);
  if (checkov) return [checkov];
  const kics = parseKics(text);
  if (kics) return [kics];
  return [...text.matchAll(PEER_IGNORE)].map((match) => parsePeerIgnore(match[1] as 'trivy' | 'tfsec', match[2], match[3]));
}

/** `checkov:skip=CKV_AWS_19` or `checkov:skip=CKV_AWS_19:reason`: the id, then nothing or `:` and one line of reason. */
function parseCheckov(text: string): DirectiveBody | undefined {
  const at = text.indexOf('checkov:skip=');
  if (at < 0) return undefined;
  const rest = text.slice(at + 'checkov:skip='.length);
  const id = CHECKOV_ID.exec(rest);
  if (!id) return undefined;
  const after = rest.slice(id[0].length);
  if (after.trim() === '') return { tool: 'checkov', ids: [id[1]] };
  const reason = after.startsWith(':') ? after.slice(1).trim() : '';
  if (reason === '' || reason.includes('\n')) return undefined;
  return { tool: 'checkov', ids: [id[1]], reason };
}

/**
 * `kics-scan ignore-line` / `ignore-block` skip every check on the line or in the block below, and
 * `kics-scan disable=<query id>,…` the named queries in the whole file, as KICS does. The blanket
 * file-wide forms (`kics-scan ignore`, `enable=`) are not honoured: a whole file silently skipped
 * is what a reviewed .posture.yaml waiver is for.
 */
function parseKics(text: string): DirectiveBody | undefined {
  const match = KICS.exec(text);
  const form = match?.[1];
  if (match === null || form === undefined) return undefined;
  if (form === 'ignore-line' || form === 'ignore-block') return { tool: 'kics', ids: [], kics: form };
  if (form === 'disable') {
    const queries = KICS_QUERIES.exec(text.slice(match.index + match[0].length))?.[1];
    if (queries !== undefined) return { tool: 'kics', ids: queries.split(','), kics: 'disable' };
    return { tool: 'kics', ids: [], invalid: 'disable names no query id (kics-scan disable=<query id>,…)' };
  }
  return { tool: 'kics', ids: [], invalid: `${form} (the whole file) is not supported; write a .posture.yaml waiver for the file instead` };
}

/** A checkov Kubernetes annotation value, `CKV_K8S_16=reason` or `CKV_K8S_16`. */
export function parseCheckovAnnotation(value: string): DirectiveBody {
  const at = value.indexOf('=');
  const id = (at < 0 ? value : value.slice(0, at)).trim();
  const reason = at < 0 ? '' : value.slice(at + 1).trim();
  if (!CHECKOV_ANNOTATION_ID.test(id)) return { tool: 'checkov', ids: [], invalid: 'the annotation names no checkov id (CKV_K8S_16=reason)' };
  return { tool: 'checkov', ids: [id], ...(reason ? { reason } : {}) };
}

/** `AWS-0001,AWS-0002 until=2026-12-31 reason text`, as in comments and Kubernetes annotations. */
export function parsePostureBody(body: string): DirectiveBody {
  const trimmed = body.trim();
  const ids = IDS.exec(trimmed);
  // the reason is one line: text on a later line is not part of the directive
  if (!ids || trimmed.slice(ids[0].length).trimStart().includes('\n')) return { tool: 'posture', ids: [], invalid: 'posture:ignore names no check id' };
  const list = ids[0].split(',').map((id) => id.trim());
  let rest = trimmed.slice(ids[0].length).trimStart();
  let until: string | undefined;
  const untilMatch = UNTIL.exec(rest);
  if (untilMatch) {
    until = untilMatch[1];
    rest = rest.slice(untilMatch[0].length).trimStart();
  }
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
