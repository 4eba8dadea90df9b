import { describe, expect, it } from '@jest/globals';
import type { Resource } from '../model/index.js';
import { pathKey } from '../model/index.js';
import { makeIdsUnique } from './unique-ids.js';

function deployment(path: string, line: number, scope = 'kubernetes'): Resource {
  return {
    id: 'apps/v1/Deployment/default/web',
    type: 'k8s.apps.deployment',
    source: { format: 'kubernetes', path, nativeType: 'apps/v1/Deployment' },
    attributes: {},
    raw: {},
    scope,
    provenance: new Map([[pathKey([]), { path, startLine: line, startColumn: 1, endLine: line, endColumn: 5 }]]),
  };
}

describe('makeIdsUnique', () => {
  it('keeps the first id, suffixes later ones with their file and warns with both places', () => {
    const resources = [deployment('base/web.yaml', 2), deployment('overlays/prod/web.yaml', 5), deployment('overlays/prod/web.yaml', 30)];
    const diagnostics = makeIdsUnique(resources);
    expect(resources.map((r) => r.id)).toEqual([
      'apps/v1/Deployment/default/web',
      'apps/v1/Deployment/default/web@overlays/prod/web.yaml',
      'apps/v1/Deployment/default/web@overlays/prod/web.yaml#2',
    ]);
    expect(diagnostics).toHaveLength(2);
    expect(diagnostics[0]).toMatchObject({
      level: 'warning',
      message: 'apps/v1/Deployment/default/web is also declared at base/web.yaml:2; this one is reported as apps/v1/Deployment/default/web@overlays/prod/web.yaml',
      range: { path: 'overlays/prod/web.yaml', startLine: 5 },
    });
  });

  it('leaves the same id in different scopes alone', () => {
    const resources = [deployment('a/web.yaml', 1, 'a'), deployment('b/web.yaml', 1, 'b')];
    expect(makeIdsUnique(resources)).toEqual([]);
    expect(resources.map((r) => r.id)).toEqual(['apps/v1/Deployment/default/web', 'apps/v1/Deployment/default/web']);
  });
});
