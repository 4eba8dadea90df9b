/**
 * Warnings about suppressions themselves, placed where they are written: an expired one (it no
 * longer suppresses, so the build may start failing, and the user needs to know why), an invalid
 * one, and one naming a check id the catalogue does not have (a typo that would otherwise
 * silently suppress nothing).
 */
import { isExpired } from './directive.js';
import { describe } from './match.js';
import type { Directive, SuppressionDiagnostic, SuppressionInput, WaiverUse } from './types.js';
import { isLiteralCheck } from './waivers.js';

export function diagnoseDirectives(directives: Directive[], input: Pick<SuppressionInput, 'checkOf' | 'now'>): SuppressionDiagnostic[] {
  const out = new Map<string, SuppressionDiagnostic>();
  const add = (diagnostic: SuppressionDiagnostic) => {
    const { path, startLine, startColumn } = diagnostic.range;
    out.set(`${path}:${startLine}:${startColumn}:${diagnostic.message}`, diagnostic);
  };
  for (const directive of directives) {
    const what = describe(directive);
    if (directive.invalid !== undefined) {
      add({ code: 'SUPPRESSION_INVALID', level: 'warning', message: `${what}: ${directive.invalid}`, range: directive.range });
    } else if (isExpired(directive.until, input.now)) {
      add(expired(what, directive.until!, directive.range));
    }
    // Peer ids we do not map are expected while migrating (most checkov checks have no twin here).
    if (directive.tool !== 'posture') continue;
    for (const id of directive.ids.filter((id) => id !== '*' && input.checkOf(id) === undefined)) {
      add({ code: 'SUPPRESSION_UNKNOWN_CHECK', level: 'warning', message: `${what}: unknown check id ${id}; it suppresses nothing`, range: directive.range });
    }
  }
  return [...out.values()];
}

export function diagnoseWaivers(usage: WaiverUse[], input: Pick<SuppressionInput, 'checkOf'>): SuppressionDiagnostic[] {
  const out: SuppressionDiagnostic[] = [];
  for (const { waiver, expired: isOver } of usage) {
    const what = `waiver for ${waiver.check}`;
    if (isOver) out.push(expired(what, waiver.expires!, waiver.source));
    if (isLiteralCheck(waiver.check) && input.checkOf(waiver.check) === undefined) {
      out.push({ code: 'SUPPRESSION_UNKNOWN_CHECK', level: 'warning', message: `${what}: unknown check id; it suppresses nothing`, range: waiver.source });
    }
  }
  return out;
}

function expired(what: string, until: string, range: SuppressionDiagnostic['range']): SuppressionDiagnostic {
  return {
    code: 'SUPPRESSION_EXPIRED',
    level: 'warning',
    message: `${what} expired on ${until} and no longer suppresses; fix the finding or renew the date with a reason`,
    range,
  };
}
