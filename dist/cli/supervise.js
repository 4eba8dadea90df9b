import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/supervise.ts
import { spawn } from "node:child_process";

// src/model/deadline.ts
var DEFAULT_MAX_SCAN_SECONDS = 600;

// src/cli/supervise.ts
var EXIT_CONFIG = 2;
var EXIT_INTERNAL = 3;
function graceSeconds(seconds) {
  return Math.max(5, seconds / 10);
}
function watched() {
  return process.env.POSTURE_WATCHDOG === "child" && typeof process.send === "function" && process.connected;
}
function send(message) {
  if (watched()) process.send(message);
}
function announceBudget(budget) {
  if (!watched()) return;
  send({ type: "budget", ...budget });
  process.channel?.unref();
}
function reportPlace(place) {
  send({ type: "place", place });
}
function flagValue(argv, name) {
  let value;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    if (argv[i] === name) value = argv[i + 1];
    else if (argv[i].startsWith(`${name}=`)) value = argv[i].slice(name.length + 1);
  }
  return value;
}
function describe(place) {
  return place.file === void 0 ? `during ${place.stage}` : `during ${place.stage} (${place.file})`;
}
async function superviseCli(argv, { script, stderr = (t) => process.stderr.write(t) }) {
  const given = Number(flagValue(argv, "--max-scan-seconds"));
  let budget = { seconds: Number.isFinite(given) && given > 0 ? given : DEFAULT_MAX_SCAN_SECONDS, strict: argv.includes("--strict") };
  const memoryMb = flagValue(argv, "--max-memory-mb");
  const heap = memoryMb !== void 0 && /^\d+$/.test(memoryMb) ? [`--max-old-space-size=${memoryMb}`] : [];
  const child = spawn(process.execPath, [...process.execArgv, ...heap, script, ...argv], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, POSTURE_WATCHDOG: "child" }
  });
  let place = { stage: "starting" };
  let stopped = false;
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stopped = true;
      child.kill("SIGKILL");
    }, (budget.seconds + graceSeconds(budget.seconds)) * 1e3);
  };
  arm();
  child.on("message", (message) => {
    if (message.type === "place") place = message.place;
    else if (message.type === "budget") {
      budget = { seconds: message.seconds, strict: message.strict };
      arm();
    }
  });
  const forward = (signal2) => () => child.kill(signal2);
  const onTerm = forward("SIGTERM");
  const onInt = forward("SIGINT");
  process.on("SIGTERM", onTerm).on("SIGINT", onInt);
  const [code, signal] = await new Promise((resolve) => child.on("close", (c, s) => resolve([c, s])));
  clearTimeout(timer);
  process.off("SIGTERM", onTerm).off("SIGINT", onInt);
  const failed = budget.strict ? EXIT_CONFIG : EXIT_INTERNAL;
  if (stopped) {
    stderr(
      `posture: scan exceeded --max-scan-seconds ${budget.seconds} (and ${graceSeconds(budget.seconds)} s of grace) ${describe(place)}; it was stopped and no report was written. Raise --max-scan-seconds, or scan less at once.
`
    );
    return failed;
  }
  if (signal === "SIGABRT" || code === 134 || signal === "SIGKILL") {
    const limit = memoryMb === void 0 ? "node's default heap limit" : `--max-memory-mb ${memoryMb}`;
    stderr(`posture: scan ran out of memory (${limit}) ${describe(place)}; no report was written. Raise --max-memory-mb, or scan less at once.
`);
    return failed;
  }
  if (signal !== null) {
    stderr(`posture: scan was ended by ${signal} ${describe(place)}; no report was written.
`);
    return EXIT_INTERNAL;
  }
  return code ?? EXIT_INTERNAL;
}
export {
  announceBudget,
  graceSeconds,
  reportPlace,
  superviseCli
};
