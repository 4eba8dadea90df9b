/**
 * Inline directives (comments, CloudFormation Metadata, Kubernetes annotations) and where they
 * apply. A comment applies to a finding when it is on the finding's line, in the comment lines
 * just above it, or on or just above the first line of the finding's resource block or of the
 * top-level HCL block the finding points into (a split sub-resource merged into its parent). A checkov
 * comment also applies anywhere inside the block, since that is where checkov users wrote it.
 */
import type { Finding, SourceRange } from '../model/index.js';
import { kubernetesAnnotationBodies } from './annotations.js';
import { commentSyntaxOf, scanComments, type LineComments } from './comments.js';
import { parseDirectives, parsePostureBody, type DirectiveBody } from './directive.js';
import { blockEnds, kicsTarget, type KicsTarget } from './kics.js';
import type { Directive } from './types.js';

/** Every comment directive of one file, with the file's line structure for placement. */
export interface FileDirectives {
  lines: LineComments[];
  directives: Directive[];
  /** The lines each `kics-scan ignore-line` / `ignore-block` comment covers. */
  kics: Map<Directive, KicsTarget>;
}

export function fileDirectives(path: string, text: string): FileDirectives | undefined {
  const syntax = commentSyntaxOf(path);
  if (syntax === undefined) return undefined;
  const lines = scanComments(text, syntax);
  const directives: Directive[] = [];
  for (const { line, comments } of lines) {
    for (const comment of comments) {
      for (const body of parseDirectives(comment)) directives.push(placed(body, lineRange(path, line), 'comment'));
    }
  }
  const kics = new Map<Directive, KicsTarget>();
  const kicsDirectives = directives.filter((directive) => directive.kics !== undefined);
  const ends = kicsDirectives.length > 0 ? blockEnds(lines, syntax) : [];
  for (const directive of kicsDirectives) {
    const target = kicsTarget(directive, lines, ends);
    if (target) kics.set(directive, target);
  }
  return { lines, directives, kics };
}

/** Lines a comment may sit on to cover something starting at `line`: that line and the comments just above. */
function coveringLines(lines: LineComments[], line: number): Set<number> {
  const covering = new Set([line]);
  for (let above = line - 1; above >= 1; above--) {
    const info = lines[above - 1];
    if (!info || !info.commentOnly || info.blank) break;
    covering.add(above);
  }
  return covering;
}

/**
 * A Kubernetes object's provenance starts at its `kind` line, but users comment above the first
 * key of the document (`apiVersion`): walk up over the top-level keys before it.
 */
function kubernetesDocumentStart(lines: LineComments[], line: number): number {
  let start = line;
  for (let above = line - 1; above >= 1; above--) {
    const info = lines[above - 1];
    if (!info || info.commentOnly || info.documentStart || info.indent !== 0) break;
    start = above;
  }
  return start;
}

/**
 * The header line of the top-level HCL block that holds `line`, walking up to the nearest line of
 * code at column 0; undefined when that line opens no block (the finding is not inside one).
 */
function enclosingHclBlock(lines: LineComments[], line: number): number | undefined {
  for (let at = line; at >= 1; at--) {
    const info = lines[at - 1];
    if (!info || info.commentOnly || info.indent !== 0) continue;
    return info.blockHeader ? at : undefined;
  }
  return undefined;
}

/** The comment directives of the file that reach this finding. */
export function commentDirectivesFor(finding: Finding, file: FileDirectives, block: SourceRange | undefined): Directive[] {
  const covering = coveringLines(file.lines, finding.location.startLine);
  // A split Terraform sub-resource (aws_s3_bucket_versioning) is merged into its bucket, so the
  // bucket's finding may point into the sub-resource's block: the comment above that block counts.
  const enclosing = enclosingHclBlock(file.lines, finding.location.startLine);
  if (enclosing !== undefined) for (const line of coveringLines(file.lines, enclosing)) covering.add(line);
  const blockPath = block?.path === finding.location.path ? block : undefined;
  if (blockPath) {
    const start = finding.format === 'kubernetes' ? kubernetesDocumentStart(file.lines, blockPath.startLine) : blockPath.startLine;
    for (const line of coveringLines(file.lines, start)) covering.add(line);
  }
  const at = finding.location.startLine;
  return file.directives.filter((directive) => {
    const line = directive.range.startLine;
    if (directive.tool === 'kics') return isWithin(file.kics.get(directive), at);
    if (covering.has(line)) return true;
    return directive.tool === 'checkov' && blockPath !== undefined && line >= blockPath.startLine && line <= blockPath.endLine;
  });
}

function isWithin(target: KicsTarget | undefined, line: number): boolean {
  return target !== undefined && line >= target.from && line <= target.to;
}

/**
 * CloudFormation `Metadata.posture.ignore` (and checkov's `Metadata.checkov.skip`) and the
 * Kubernetes annotations, told apart by the block's shape (`Metadata` vs `metadata`).
 */
export function resourceDirectiveBodies(raw: Record<string, unknown> | undefined): DirectiveBody[] {
  if (raw === undefined) return [];
  return [...cloudFormationDirectives(raw), ...kubernetesAnnotationBodies(raw)];
}

/** Resource-level directives placed at their resource's block (read first, so the block is looked up only when there are some). */
export function atResource(bodies: DirectiveBody[], block: SourceRange): Directive[] {
  return bodies.map((body) => placed(body, block, 'resource'));
}

function cloudFormationDirectives(raw: Record<string, unknown>): DirectiveBody[] {
  const metadata = record(raw.Metadata);
  const ours = list(record(metadata?.posture)?.ignore).map((entry) => {
    const id = typeof entry.id === 'string' ? entry.id : '';
    const text = [id, typeof entry.until === 'string' ? `until=${entry.until}` : '', String(entry.reason ?? '')].join(' ');
    return parsePostureBody(text);
  });
  const checkov = list(record(metadata?.checkov)?.skip).map(
    (entry): DirectiveBody => ({ tool: 'checkov', ids: [String(entry.id ?? '')], ...(entry.comment ? { reason: String(entry.comment) } : {}) }),
  );
  return [...ours, ...checkov];
}

function placed(body: DirectiveBody, range: SourceRange, placement: Directive['placement']): Directive {
  return { ...body, range, placement };
}

function lineRange(path: string, line: number): SourceRange {
  return { path, startLine: line, startColumn: 1, endLine: line, endColumn: 1 };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(record).filter((entry) => entry !== undefined) : [];
}
