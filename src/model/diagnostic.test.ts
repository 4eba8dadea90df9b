import { describe, expect, it } from '@jest/globals';
import type { Diagnostic, DiagnosticCode } from './diagnostic.js';
import { incompleteKind, incompleteness } from './diagnostic.js';

const at = (code: DiagnosticCode, path: string, line = 1, level: Diagnostic['level'] = 'error'): Diagnostic => ({
  code,
  level,
  message: `${code} in ${path}`,
  range: { path, startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
});

describe('incompleteness', () => {
  it('is undefined when every input was read: suppression problems and recovered syntax errors do not count', () => {
    expect(incompleteness([])).toBeUndefined();
    expect(incompleteness([at('SUPPRESSION_EXPIRED', 'a.tf', 1, 'warning'), at('PARSE_SYNTAX', 'a.yaml', 2, 'warning'), at('PARSE_DUPLICATE_KEY', 'b.yaml')])).toBeUndefined();
  });

  it('counts an unreadable file once, however many problems it has; every other kind per diagnostic', () => {
    const counts = incompleteness([
      at('PARSE_SYNTAX', 'k8s/broken.yaml', 3),
      at('PARSE_SYNTAX', 'k8s/broken.yaml', 9),
      at('NORMALIZE_FAILED', 'k8s/broken.yaml', 12),
      at('PATH_REFUSED', 'tf/main.tf', 4),
      at('MODULE_UNRESOLVED', 'tf/main.tf', 20, 'warning'),
      at('MODULE_UNRESOLVED', 'tf/main.tf', 30, 'warning'),
      at('STACK_UNRESOLVED', 'cfn/root.yaml', 8, 'warning'),
      at('PLAN_UNSUPPORTED', 'plan.json'),
      at('LIMIT_EXCEEDED', 'tf/main.tf', 40, 'warning'),
      at('LIVE_FETCH_FAILED', 'aws-config://123/eu-west-1', 1, 'warning'),
    ]);
    expect(counts).toEqual({ unreadable: 2, unresolvedModules: 2, unresolvedStacks: 1, unsupportedPlans: 1, limits: 1, liveFailures: 1 });
  });

  it('names the kind of each diagnostic that says input was not read', () => {
    expect(incompleteKind(at('PARSE_UNSUPPORTED', 'x.json'))).toBe('unreadable');
    expect(incompleteKind(at('PARSE_UNSUPPORTED', 'x.json', 1, 'warning'))).toBeUndefined();
    expect(incompleteKind(at('FILE_UNREADABLE', 'x.tf', 1, 'warning'))).toBe('unreadable');
    expect(incompleteKind(at('SUPPRESSION_INVALID', 'x.tf'))).toBeUndefined();
  });
});
