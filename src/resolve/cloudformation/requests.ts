import { posix } from 'node:path';
import type { ParsedDocument } from '../../model/index.js';
import { isUnknown } from '../../model/unknown.js';
import { asRecord } from './convert.js';

/** Resource types that deploy another template as a nested stack, and the property naming it. */
export const NESTED_STACK_TYPES: Readonly<Record<string, string>> = {
  'AWS::CloudFormation::Stack': 'TemplateURL',
  'AWS::Serverless::Application': 'Location',
};

/**
 * Where a nested stack's template is. `local`: a path relative to the scan root (as `aws
 * cloudformation package` and `sam deploy` take it before they upload it: relative to the parent
 * template's directory); `outside`: a local path that leaves the scan root or is absolute;
 * `remote`: an S3 or HTTPS URL, or a Serverless Application Repository application; `unknown`: a
 * value the scan cannot know (a `Ref`, an `Fn::Sub` on a parameter without a value).
 */
export type StackLocation =
  | { kind: 'local'; path: string }
  | { kind: 'outside'; written: string }
  | { kind: 'remote'; written: string }
  | { kind: 'unknown'; reason: string };

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The location of a nested stack's template, from its `TemplateURL`/`Location` value and the parent template's path. */
export function stackLocation(value: unknown, parentPath: string): StackLocation {
  if (isUnknown(value)) return { kind: 'unknown', reason: value.reason ?? 'not known before deployment' };
  const application = asRecord(value);
  if (application) {
    const id = application.ApplicationId;
    return { kind: 'remote', written: typeof id === 'string' ? `application ${id}` : 'a Serverless Application Repository application' };
  }
  if (typeof value !== 'string' || value.trim() === '') return { kind: 'unknown', reason: 'not a string' };
  const written = value.trim();
  if (SCHEME.test(written)) return { kind: 'remote', written };
  const relative = written.replaceAll('\\', '/');
  if (relative.startsWith('/')) return { kind: 'outside', written };
  const path = posix.normalize(posix.join(posix.dirname(parentPath), relative));
  if (path === '..' || path.startsWith('../')) return { kind: 'outside', written };
  return { kind: 'local', path };
}

/**
 * The local child templates the nested stacks of `docs` name as written (a literal
 * `TemplateURL`/`Location`), relative to the scan root and not yet in `loaded`: what the scan must
 * read beyond its paths. Pure; the caller reads them (inside the scan root only). A location only
 * an intrinsic function gives is not requested; the resolver reports it if it needs it.
 */
export function nestedTemplateRequests(docs: readonly ParsedDocument[], loaded: ReadonlySet<string>): string[] {
  const wanted = new Set<string>();
  for (const doc of docs) {
    if (doc.file.format !== 'cloudformation') continue;
    for (const definition of Object.values(asRecord(asRecord(doc.value)?.Resources) ?? {})) {
      const resource = asRecord(definition);
      const property = typeof resource?.Type === 'string' ? NESTED_STACK_TYPES[resource.Type] : undefined;
      if (property === undefined) continue;
      const location = stackLocation(asRecord(resource!.Properties)?.[property], doc.file.path);
      if (location.kind === 'local' && !loaded.has(location.path)) wanted.add(location.path);
    }
  }
  return [...wanted].sort();
}
