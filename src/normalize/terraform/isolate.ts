import type { Diagnostic } from '../../model/index.js';
import { Fields, type ResourceInstance } from '../../resolve/terraform/index.js';

/** Results of a group normaliser that can be joined: what it returns for a part of its members. */
export interface Joinable<T> {
  empty: T;
  join(a: T, b: T): T;
}

export const LIST: Joinable<unknown[]> = { empty: [], join: (a, b) => [...a, ...b] };

/**
 * Runs a normaliser over a group of instances (the buckets of a module and their sub-resources,
 * its security groups and rules…) so that a member that throws costs that member only: on an
 * error, each member's own attributes are evaluated to find the ones that fail, the group runs
 * again without them, and if it still fails, each member runs alone. Each member that fails is a
 * NORMALIZE_FAILED diagnostic at its block.
 */
export function isolateMembers<T>(members: ResourceInstance[], run: (members: ResourceInstance[]) => T, joinable: Joinable<T>, diagnostics: Diagnostic[]): T {
  const attempt = (some: ResourceInstance[]): { value: T } | undefined => {
    try {
      return { value: run(some) };
    } catch {
      return undefined;
    }
  };
  const whole = attempt(members);
  if (whole !== undefined) return whole.value;
  const fail = (member: ResourceInstance, error: unknown): void => {
    const message = `normalise ${member.id}: ${error instanceof Error ? error.message : String(error)}`;
    diagnostics.push({ code: 'NORMALIZE_FAILED', level: 'error', message, range: { ...member.block.range, endLine: member.block.range.startLine } });
  };
  const readable = members.filter((member) => {
    try {
      Fields.fromBody(member.block.body, member.scope, member.block.range).raw();
      return true;
    } catch (error) {
      fail(member, error);
      return false;
    }
  });
  const rest = attempt(readable);
  if (rest !== undefined) return rest.value;
  return readable.reduce((out, member) => {
    try {
      return joinable.join(out, run([member]));
    } catch (error) {
      fail(member, error);
      return out;
    }
  }, joinable.empty);
}
