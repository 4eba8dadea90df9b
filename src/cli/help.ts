// `posture --help`, `posture COMMAND --help`, `posture help COMMAND` and "did you mean": all from
// the command table (./commands.ts) and the flag table (./flags.ts).
import { COMMANDS, SCAN_FORMATS, type CommandSpec } from './commands.js';
import { FLAG_NAMES, FLAGS, type FlagSpec } from './flags.js';

const NOTES = `Formats: ${SCAN_FORMATS.join(', ')}.
One scan, many reports: --format (once) goes to --output FILE or stdout; each --output FORMAT=FILE
(scan and aws) writes one more report of the same scan. A missing report directory is created; one
that cannot be is exit 2, before the scan.
--strict (or strict: true in .posture.yaml): a scan that could not read all of its input (a file,
module call, nested stack or plan not read, a limit reached, a live region or type not fetched) exits 2.
--max-scan-seconds N (or max-scan-seconds: N in .posture.yaml; default 600): past N seconds what is not
yet read is reported as not read (the scan is incomplete); a step that does not return by then plus a
grace period (N/10, at least 5 s) is stopped with a message naming the stage and file: exit 2 under
--strict, else 3 (there is no report). For posture aws it covers the live fetch too.
Exit codes: 0 nothing at or above --fail-on (default: high), 1 blocking findings,
2 usage or configuration error, or an incomplete scan under --strict (before 1),
3 policy or internal error, or the report could not be written.`;

const synopsis = (spec: CommandSpec): string => ['posture', spec.name, spec.operands].filter(Boolean).join(' ');

/** `posture --help`: every command, one line each, and what holds for all of them. */
export function renderOverview(): string {
  const width = Math.max(...COMMANDS.map((c) => synopsis(c).length));
  const lines = COMMANDS.map((c) => `  ${synopsis(c).padEnd(width)}  ${c.summary}`);
  return ['Usage:', ...lines, `  ${'posture --version'.padEnd(width)}  Print the version.`, '', 'posture help COMMAND (or posture COMMAND --help) lists its flags.', '', NOTES].join('\n');
}

/** `posture help scan`: the synopsis, the formats and each flag with its help text. */
export function renderCommandHelp(spec: CommandSpec): string {
  const flags = spec.flags.map((name) => {
    const flag = FLAGS[name] as FlagSpec;
    const short = flag.short ? `-${flag.short}, ` : '    ';
    return { left: `${short}--${name}${flag.value ? ` ${flag.value}` : ''}`, help: flag.help + (flag.multiple && name !== 'format' && !/repeat/.test(flag.help) ? ' (repeatable)' : '') };
  });
  const width = Math.min(40, Math.max(0, ...flags.map((f) => f.left.length)));
  const rows = flags.map((f) => (f.left.length > width ? `  ${f.left}\n  ${' '.repeat(width)}  ${f.help}` : `  ${f.left.padEnd(width)}  ${f.help}`));
  return [
    `Usage: ${synopsis(spec)}${spec.flags.length > 0 ? ' [FLAGS]' : ''}`,
    '',
    spec.summary,
    ...(spec.formats ? ['', `Formats (--format): ${spec.formats.join(', ')} (default ${spec.formats[0]}).`] : []),
    ...(rows.length > 0 ? ['', 'Flags:', ...rows] : []),
    `  ${'-h, --help'.padEnd(width)}  this help`,
  ].join('\n');
}

/** The nearest of `candidates` to `word`, when it is near enough to be a typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** "did you mean --format?" for an unknown flag: among the command's flags when it is known, else all. */
export function suggestFlag(flag: string, spec: CommandSpec | undefined): string | undefined {
  const names = (spec && spec.flags.length > 0 ? spec.flags : FLAG_NAMES).map((n) => `--${n}`);
  return nearest(flag.slice(0, 64), names);
}

/** "did you mean checks list?" for an unknown command. */
export function suggestCommand(words: readonly string[]): string | undefined {
  const names = COMMANDS.map((c) => c.name);
  const asTyped = words.slice(0, 2).join(' ').slice(0, 64);
  return nearest(asTyped, names) ?? nearest(words[0]!.slice(0, 64), [...new Set(names.map((n) => n.split(' ')[0]!))]);
}

/** Levenshtein distance; the inputs are short (capped by the callers), so the O(n·m) table is small. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
