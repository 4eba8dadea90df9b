/**
 * The watchdog: `bin/posture.js` runs the CLI in a child process and watches it. The scan runs
 * mostly synchronously in one thread, so its own deadline checks (src/model/deadline.ts) only run
 * between steps; a single step that never returns (a hang in a parser or an expansion), or that
 * exhausts the heap, can only be stopped and explained from outside. The parent process:
 * - gives the child the heap `--max-memory-mb` asks for (V8 enforces it at every allocation,
 *   which checking RSS between steps could not: one runaway allocation happens inside a step);
 * - stops it at `--max-scan-seconds` plus a grace period, when the cooperative deadline did not end
 *   the scan in time;
 * - says, in both cases, which stage and file the scan was at (the child reports them over IPC)
 *   and exits 2 under --strict (an incomplete scan) or 3 (no report was written: never a pass).
 * The child is the same CLI, with POSTURE_WATCHDOG=child in its environment.
 */
import { spawn } from 'node:child_process';
import { DEFAULT_MAX_SCAN_SECONDS, type ScanPlace } from '../model/deadline.js';

type ChildMessage = { type: 'budget'; seconds: number; strict: boolean } | { type: 'place'; place: ScanPlace };

const EXIT_CONFIG = 2;
const EXIT_INTERNAL = 3;

/** Time the cooperative deadline gets to end the scan itself (write the incomplete report) before the child is stopped. */
export function graceSeconds(seconds: number): number {
  return Math.max(5, seconds / 10);
}

/** Whether this process is the watched child (and not, say, a jest worker, which has an IPC channel too). */
function watched(): boolean {
  return process.env.POSTURE_WATCHDOG === 'child' && typeof process.send === 'function' && process.connected;
}

function send(message: ChildMessage): void {
  if (watched()) process.send!(message);
}

/** Child side: the budget the settings came to (flag, `.posture.yaml`, default), and strict mode. */
export function announceBudget(budget: { seconds: number; strict: boolean }): void {
  if (!watched()) return;
  send({ type: 'budget', ...budget });
  // the IPC channel must not keep the CLI alive once its work is done
  process.channel?.unref();
}

/** Child side: where the scan is now, for the watchdog's message. */
export function reportPlace(place: ScanPlace): void {
  send({ type: 'place', place });
}

/** The value of `--name N` or `--name=N` in argv, if given. */
function flagValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === name) value = argv[i + 1];
    else if (argv[i]!.startsWith(`${name}=`)) value = argv[i]!.slice(name.length + 1);
  }
  return value;
}

function describe(place: ScanPlace): string {
  return place.file === undefined ? `during ${place.stage}` : `during ${place.stage} (${place.file})`;
}

export interface SuperviseOptions {
  /** The script the child runs (bin/posture.js). */
  script: string;
  stderr?: (text: string) => void;
}

/** Parent side: runs the CLI with `argv` in a watched child and returns the exit code. */
export async function superviseCli(argv: readonly string[], { script, stderr = (t) => process.stderr.write(t) }: SuperviseOptions): Promise<number> {
  const given = Number(flagValue(argv, '--max-scan-seconds'));
  let budget = { seconds: Number.isFinite(given) && given > 0 ? given : DEFAULT_MAX_SCAN_SECONDS, strict: argv.includes('--strict') };
  const memoryMb = flagValue(argv, '--max-memory-mb');
  const heap = memoryMb !== undefined && /^\d+$/.test(memoryMb) ? [`--max-old-space-size=${memoryMb}`] : [];
  const child = spawn(process.execPath, [...process.execArgv, ...heap, script, ...argv], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, POSTURE_WATCHDOG: 'child' },
  });
  let place: ScanPlace = { stage: 'starting' };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, (budget.seconds + graceSeconds(budget.seconds)) * 1000);
  };
  arm();
  child.on('message', (message: ChildMessage) => {
    if (message.type === 'place') place = message.place;
    else if (message.type === 'budget') {
      budget = { seconds: message.seconds, strict: message.strict };
      arm();
    }
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onTerm = forward('SIGTERM');
  const onInt = forward('SIGINT');
  process.on('SIGTERM', onTerm).on('SIGINT', onInt);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  process.off('SIGTERM', onTerm).off('SIGINT', onInt);
  const failed = budget.strict ? EXIT_CONFIG : EXIT_INTERNAL;
  if (stopped) {
    stderr(
      `posture: scan exceeded --max-scan-seconds ${budget.seconds} (and ${graceSeconds(budget.seconds)} s of grace) ${describe(place)}; ` +
        `it was stopped and no report was written. Raise --max-scan-seconds, or scan less at once.\n`,
    );
    return failed;
  }
  // V8 aborts (SIGABRT, or 134 through a shell) when the heap limit is reached; the kernel's OOM killer sends SIGKILL
  if (signal === 'SIGABRT' || code === 134 || signal === 'SIGKILL') {
    const limit = memoryMb === undefined ? "node's default heap limit" : `--max-memory-mb ${memoryMb}`;
    stderr(`posture: scan ran out of memory (${limit}) ${describe(place)}; no report was written. Raise --max-memory-mb, or scan less at once.\n`);
    return failed;
  }
  if (signal !== null) {
    stderr(`posture: scan was ended by ${signal} ${describe(place)}; no report was written.\n`);
    return EXIT_INTERNAL;
  }
  return code ?? EXIT_INTERNAL;
}
