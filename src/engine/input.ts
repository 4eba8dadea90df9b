import type { Resource } from '../model/index.js';

/** A resource as the policy sees it: the canonical model without provenance. */
export interface EngineResource {
  id: string;
  type: string;
  format: string;
  native_type: string;
  attributes: Record<string, unknown>;
  raw?: Record<string, unknown>;
}

export type ResourcesByType = Record<string, EngineResource[]>;

/**
 * Groups a scope's resources by canonical type, so each check iterates only its own types: wasm
 * has no rule index, so without this every check would walk every resource (research §1.6).
 * `raw` is left out where it is the very object `attributes` is (Kubernetes), halving the input,
 * and, with `rawForCanonical: false`, for canonical types (the built-in checks read only
 * attributes there): a resource type without a normaliser (`tf.*`, `cfn.*`, `awsconfig.*`) is
 * its raw block, which format-specific checks read.
 */
export function groupByType(resources: Resource[], rawForCanonical = true): ResourcesByType {
  const grouped: ResourcesByType = {};
  for (const resource of resources) {
    const entry: EngineResource = {
      id: resource.id,
      type: resource.type,
      format: resource.source.format,
      native_type: resource.source.nativeType,
      attributes: resource.attributes,
    };
    if (resource.raw !== resource.attributes && (rawForCanonical || !isCanonical(resource.type))) entry.raw = resource.raw;
    (grouped[resource.type] ??= []).push(entry);
  }
  return grouped;
}

/**
 * Serialises once into a fresh ArrayBuffer. The SDK treats only a real ArrayBuffer as
 * pre-serialised JSON: a Buffer or Uint8Array would be JSON.stringify'd as {"0":…} (research §1.6).
 */
export function toJsonArrayBuffer(value: unknown): ArrayBuffer {
  const json = JSON.stringify(value);
  // written straight into the ArrayBuffer: encoding to bytes first and copying cost a second pass
  const buffer = new ArrayBuffer(Buffer.byteLength(json));
  Buffer.from(buffer).write(json);
  return buffer;
}

const PASS_THROUGH = /^(tf|cfn|awsconfig)\./;

function isCanonical(type: string): boolean {
  return !PASS_THROUGH.test(type);
}
