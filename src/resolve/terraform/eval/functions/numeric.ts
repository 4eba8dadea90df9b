import { num } from './args.js';
import { check, type FunctionSpec } from './spec.js';

const nums = (args: unknown[]): number[] => args.map((a) => num(a, 'argument'));

function parseInteger(text: string, base: number): number {
  check(base >= 2 && base <= 62, 'base must be between 2 and 62');
  check(base <= 36 && new RegExp(`^[-+]?[${'0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base)}]+$`, 'i').test(text), `"${text}" is not a base ${base} integer`);
  const n = parseInt(text, base);
  check(Number.isSafeInteger(n), 'the number is too large to be exact');
  return n;
}

export const NUMERIC_FUNCTIONS: Record<string, FunctionSpec> = {
  min: { arity: [1], fn: (args) => nums(args).reduce((a, b) => Math.min(a, b), Infinity) },
  max: { arity: [1], fn: (args) => nums(args).reduce((a, b) => Math.max(a, b), -Infinity) },
  abs: { arity: [1, 1], fn: ([n]) => Math.abs(num(n)) },
  ceil: { arity: [1, 1], fn: ([n]) => Math.ceil(num(n)) },
  floor: { arity: [1, 1], fn: ([n]) => Math.floor(num(n)) },
  signum: { arity: [1, 1], fn: ([n]) => Math.sign(num(n)) },
  pow: { arity: [2, 2], fn: ([a, b]) => num(a) ** num(b) },
  parseint: { arity: [2, 2], fn: ([s, b]) => parseInteger(String(s), num(b)) },
};
