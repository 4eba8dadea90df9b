import type { AttributePath } from '../../model/source.js';
import { asRecord } from './convert.js';

/** An API SAM creates for function events that name none, and the first event that causes it. */
export interface ImplicitApi {
  logicalId: string;
  type: string;
  properties: Record<string, unknown>;
  event: AttributePath;
}

/** Event type → the implicit API, its SAM type, its default properties, and the event property naming an explicit one. */
const IMPLICIT: Record<string, { logicalId: string; type: string; properties: Record<string, unknown>; explicit: string }> = {
  Api: { logicalId: 'ServerlessRestApi', type: 'AWS::Serverless::Api', properties: { StageName: 'Prod' }, explicit: 'RestApiId' },
  HttpApi: { logicalId: 'ServerlessHttpApi', type: 'AWS::Serverless::HttpApi', properties: {}, explicit: 'ApiId' },
};

/**
 * The implicit APIs of a SAM template: a function event of type `Api` (or `HttpApi`) without
 * `RestApiId` (`ApiId`) makes SAM create `ServerlessRestApi` with a `Prod` stage (or
 * `ServerlessHttpApi` with its `$default` stage), to which the Globals apply as to a declared one.
 */
export function implicitApis(resources: Record<string, unknown>): ImplicitApi[] {
  const found = new Map<string, ImplicitApi>();
  for (const [logicalId, definition] of Object.entries(resources)) {
    const raw = asRecord(definition);
    if (raw?.Type !== 'AWS::Serverless::Function') continue;
    for (const [name, event] of Object.entries(asRecord(asRecord(raw.Properties)?.Events) ?? {})) {
      const type = asRecord(event)?.Type;
      const implicit = typeof type === 'string' ? IMPLICIT[type] : undefined;
      if (!implicit || found.has(implicit.logicalId)) continue;
      if (asRecord(asRecord(event)?.Properties)?.[implicit.explicit] !== undefined) continue;
      found.set(implicit.logicalId, {
        logicalId: implicit.logicalId,
        type: implicit.type,
        properties: { ...implicit.properties },
        event: ['Resources', logicalId, 'Properties', 'Events', name],
      });
    }
  }
  return [...found.values()];
}
