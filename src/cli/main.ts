import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createBaseline } from '../baseline/index.js';
import { loadCatalog } from '../catalog/index.js';
import { defaultPolicyDirectory } from '../engine/index.js';
import { ConfigError, EXIT_CONFIG, EXIT_FINDINGS, EXIT_PASS, exitCodeFor, getErrorMessage } from '../errors.js';
import { runGate, type GateOptions, type GateResult } from '../gate.js';
import { withDiffBase } from '../diff-base.js';
import { compileUserPolicies, loadUserPolicies, writeBundle } from '../policies/user.js';
import { createConsoleLogger, type Logger } from '../logging.js';
import { defaultScanRoot } from '../discover/root.js';
import { loadCfnParameters } from '../resolve/cloudformation/index.js';
import { getReporter, type RenderOptions } from '../report/index.js';
import { defaultSarifCategory, GITHUB_RESULTS_KEPT, sarifResultCount } from '../report/sarif.js';
import type { SarifOptions } from '../report/reporter.js';
import { readProvenance } from '../vcs-provenance.js';
import { resolveColor, resolveWidth } from './terminal.js';
import { NO_PROGRESS, progressWanted, scanProgress, type ScanProgress } from './scan-progress.js';
import type { ProgressStream } from './aws-progress.js';
import type { SettingsRequest } from '../settings.js';
import { resolveCommon, resolveScanRequest, type ScanRequest } from '../request.js';
import { TOOL_VERSION } from '../version.js';
import { isS3Uri } from '../sources.js';
import { renderCommandHelp } from './help.js';
import { COMMANDS } from './commands.js';
import { parseCommand, USAGE, type Command, type ReportFlags, type ScanCommand } from './args.js';
import { filterChecks, renderChecksList } from './checks-list.js';
import { findCheck, renderCheck } from './checks-show.js';
import { renderComplianceJson, renderComplianceMarkdown } from '../report/compliance.js';
import { renderComplianceCsv } from '../report/compliance-csv.js';
import { complianceProvenance } from './provenance.js';
import { auditWaivers, renderWaiverAudit } from './waivers-audit.js';
import { warnOnEmptyGate } from './empty-gate.js';
import { prepareOutputs, writeFileAtomic, writeStdout } from './output.js';
import { strictFailure } from '../report/incomplete.js';
import { Deadline, type Catalog } from '../model/index.js';
import { announceBudget, reportPlace } from './supervise.js';

export interface CliIo {
  /** Writes the text; a promise it returns is awaited, and its rejection (an OutputError) is exit 3. */
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  /** Whether stdout takes colour under `--color auto` (a terminal, FORCE_COLOR, NO_COLOR). */
  color: boolean;
  cwd: string;
  /** The width the table fits (default 100). */
  columns?: number;
  /** Where a scan's progress line may go (stderr), when it is a terminal. */
  progress?: ProgressStream;
}

const processIo: CliIo = {
  stdout: (text) => writeStdout(text),
  stderr: (text) => process.stderr.write(text),
  color: resolveColor('auto', process.env, Boolean(process.stdout.isTTY)),
  cwd: process.cwd(),
  columns: resolveWidth(process.stdout.isTTY ? process.stdout.columns : undefined, process.env),
  progress: process.stderr,
};

/** The progress line of the scan a command runs, stopped before its report is written. */
const progressOf = new WeakMap<CliIo, ScanProgress>();

function stopProgress(io: CliIo): void {
  progressOf.get(io)?.stop();
  progressOf.delete(io);
}

/** `posture --help`, or one command's (`posture help scan`). */
function helpText(topic: string | undefined): string {
  const spec = COMMANDS.find((c) => c.name === topic);
  return spec ? renderCommandHelp(spec) : USAGE;
}

/** Runs one command and returns the exit code (0 pass, 1 findings, 2 usage, 3 internal). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    await prepareOutputs(outputFiles(command), io.cwd);
    switch (command.command) {
      case 'help':
        await io.stdout(helpText(command.topic) + '\n');
        return EXIT_PASS;
      case 'version':
        await io.stdout(TOOL_VERSION + '\n');
        return EXIT_PASS;
      case 'checks-list':
        await io.stdout(renderChecksList(filterChecks(await catalogWithPolicies(command, io), command.filter), command.format, io.columns));
        return EXIT_PASS;
      case 'checks-show': {
        const catalog = await catalogWithPolicies(command, io);
        await io.stdout(renderCheck(findCheck(catalog, command.id), catalog, command.format));
        return EXIT_PASS;
      }
      case 'policies-build': {
        const catalog = await loadCatalog(defaultPolicyDirectory());
        const directory = path.resolve(io.cwd, command.directory);
        const compiled = await compileUserPolicies(directory, catalog);
        writeBundle(compiled, path.resolve(io.cwd, command.output));
        io.stderr(`compiled ${compiled.catalog.checks.length} checks from ${command.directory} into ${command.output}\n`);
        return EXIT_PASS;
      }
      case 'import': {
        // Loaded on demand: a scan never needs the importers.
        const { runImport } = await import('./import/command.js');
        await runImport(command, io);
        return EXIT_PASS;
      }
      case 'report-compliance': {
        const options = await scanOptions({ ...command, format: command.format }, io);
        const { report: result } = await runGate({ ...options, failOn: 'none' });
        const provenance = await complianceProvenance(result, command.paths.map((p) => path.resolve(io.cwd, p)), command.frameworks);
        const text =
          command.format === 'csv' ? renderComplianceCsv(result) : command.format === 'json' ? renderComplianceJson(result, provenance) : renderComplianceMarkdown(result, provenance);
        await emit(text, command.output, io, options.logger, 'compliance report');
        return EXIT_PASS;
      }
      case 'scan': {
        const options = await scanOptions(command, io);
        const history = command.record || command.history ? historyHooks(command, options, io) : undefined;
        return await report(command, io, command.diffBase ? await withDiffBase(options, command.diffBase) : options, history);
      }
      case 'history-list':
      case 'history-diff':
      case 'history-trend': {
        // Loaded on demand, like the AWS SDK: SQLite (wasm) is only needed for the history.
        const { runHistory } = await import('./history.js');
        const { text, code } = await runHistory(command, io.cwd, () => scanOptions({ ...command, format: 'table' }, io));
        await emit(text, command.output, io, createConsoleLogger(command.logLevel, (line) => io.stderr(line + '\n')), 'history');
        return code;
      }
      case 'baseline-create':
        return await baselineCreate(command, io);
      case 'waivers-audit': {
        const options = await scanOptions({ ...command, format: 'table' }, io);
        const { waiverUse } = await runGate({ ...options, failOn: 'none' });
        const rows = auditWaivers(waiverUse);
        await emit(renderWaiverAudit(rows, command.format), command.output, io, options.logger, 'waiver audit');
        return rows.some((row) => row.status !== 'active') ? EXIT_FINDINGS : EXIT_PASS;
      }
      case 'aws': {
        // Loaded on demand: the AWS SDK is most of the bundle, and a scan of files never needs it.
        const { fetchLiveDocuments } = await import('./aws.js');
        const context = await commonOptions(command, io);
        const documents = await fetchLiveDocuments(command, context.logger, process.stderr, context.deadline);
        const templates = command.templates.map((p) => path.resolve(io.cwd, p));
        return await report(command, io, { ...context, paths: [], sources: { documents }, templates });
      }
      case 'aws-history': {
        const { runAwsHistory } = await import('./aws-history.js');
        const context = await commonOptions(command, io);
        const { text, blocking } = await runAwsHistory(command, context, context.deadline);
        await emit(text, command.output, io, context.logger, 'timeline');
        if (blocking > 0) context.logger.info(`${blocking} findings at or above ${context.failOn} at the latest point: failing`);
        return blocking > 0 ? EXIT_FINDINGS : EXIT_PASS;
      }
    }
  } catch (error) {
    stopProgress(io);
    io.stderr(`posture: ${getErrorMessage(error)}\n`);
    if (process.env.POSTURE_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return exitCodeFor(error);
  }
}

/** Options every scanning command shares: root, logger, config file, fail-on precedence, baseline. */
async function commonOptions(flags: ReportFlags & { baseline?: string }, io: CliIo, paths: string[] = [], scan?: Omit<ScanCommand, 'command'>): Promise<GateOptions> {
  const showProgress = scan !== undefined;
  const root = flags.root === undefined ? defaultScanRoot(paths, io.cwd) : path.resolve(io.cwd, flags.root);
  // `posture aws` draws its own fetch progress; a scan of files gets this one
  const progress = showProgress && progressWanted(io.progress, process.env, flags.logLevel === 'warning') ? scanProgress(io.progress) : NO_PROGRESS;
  progressOf.set(io, progress);
  const logger = createConsoleLogger(flags.logLevel, (line) => progress.log(() => io.stderr(line + '\n')));
  const request = { ...settingsRequest(flags, root, io.cwd), frameworks: flags.frameworks, policies: flags.policies.map((p) => path.resolve(io.cwd, p)), ...(flags.cacheDir === undefined ? {} : { cacheDir: path.resolve(io.cwd, flags.cacheDir) }) };
  const options = scan ? await resolveScanRequest({ ...request, ...scanRequest(scan, io.cwd) }, logger) : await resolveCommon(request, logger);
  const deadline = new Deadline(options.maxScanSeconds, (place) => {
    reportPlace(place);
    progress.place(place);
  });
  deadline.onProgress = (stage, done, total) => progress.count(stage, done, total);
  announceBudget({ seconds: options.maxScanSeconds, strict: options.strict });
  if (options.config) logger.info(`using configuration ${options.config.path}`);
  return { ...options, deadline };
}

/** The flags .posture.yaml's settings give way to. */
function settingsRequest(flags: ReportFlags & { baseline?: string }, root: string, cwd: string): SettingsRequest {
  return {
    root,
    configFile: flags.config ? path.resolve(cwd, flags.config) : undefined,
    baseline: flags.baseline ? { path: path.resolve(cwd, flags.baseline), shown: flags.baseline } : undefined,
    failOn: flags.failOn,
    strict: flags.strict,
    maxScanSeconds: flags.maxScanSeconds,
  };
}

/** A scan command's paths and Terraform inputs, absolute. */
export function scanRequest(command: Omit<ScanCommand, 'command'>, cwd: string): Pick<ScanRequest, 'paths' | 'exclude' | 'varFiles' | 'vars' | 'skipExternalModules' | 'env'> {
  return {
    paths: command.paths.map((p) => path.resolve(cwd, p)),
    exclude: command.exclude,
    varFiles: command.varFiles.map((file) => path.resolve(cwd, file)),
    vars: command.vars,
    ...(command.skipExternalModules ? { skipExternalModules: true } : {}),
    env: process.env,
  };
}

/** The built-in catalogue plus the checks and frameworks of each `--policy` (compiled, or from the cache). */
async function catalogWithPolicies(command: { policies: string[]; cacheDir?: string }, io: CliIo): Promise<Catalog> {
  const builtIn = await loadCatalog(defaultPolicyDirectory());
  if (command.policies.length === 0) return builtIn;
  const cacheDir = command.cacheDir === undefined ? {} : { cacheDir: path.resolve(io.cwd, command.cacheDir) };
  const users = await loadUserPolicies(command.policies.map((p) => path.resolve(io.cwd, p)), builtIn, cacheDir);
  return {
    ...builtIn,
    checks: [...builtIn.checks, ...users.flatMap((u) => u.catalog.checks)],
    frameworks: [...builtIn.frameworks, ...users.flatMap((u) => u.catalog.frameworks)],
  };
}

/** A scan's gate options, as `posture scan` builds them (exported for the CLI/Action parity test, scripts/cli-action-parity.test.ts). */
export { scanOptions as cliScanOptions };

async function scanOptions(command: Omit<ScanCommand, 'command'>, io: CliIo): Promise<GateOptions> {
  const options = await commonOptions(command, io, command.paths.length > 0 ? command.paths : ['.'], command);
  const resolve = (file: string) => path.resolve(io.cwd, file);
  const parameters = command.cfnParams
    ? loadCfnParameters(await readInput(resolve(command.cfnParams), '--cfn-params'), command.cfnParams)
    : undefined;
  return {
    ...options,
    resolve: { ...options.resolve, cloudformation: { parameters } },
    sources: {
      helm: command.helm.map((chart) => ({ ...chart, chartDir: resolve(chart.chartDir), valuesFiles: chart.valuesFiles?.map(resolve) })),
      kustomize: command.kustomize.map(resolve),
      kustomizeAllowRemote: command.kustomizeAllowRemote,
      ...(command.helmBin === undefined ? {} : { helmBin: resolve(command.helmBin) }),
      ...(command.kustomizeBin === undefined ? {} : { kustomizeBin: resolve(command.kustomizeBin) }),
      awsConfigSnapshots: command.awsConfigSnapshots.map((snapshot) => (isS3Uri(snapshot) ? snapshot : resolve(snapshot))),
      s3: { endpoint: command.endpoint, profile: command.profile },
    },
  };
}

async function readInput(file: string, flag: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`${flag} ${file}: ${getErrorMessage(cause)}`, { cause, code: 'INPUT_MISSING' });
  }
}

/** The report files a command writes (a policy bundle's directory is not one). */
function outputFiles(command: Command): string[] {
  if (command.command === 'policies-build' || !('output' in command)) return [];
  const reports = 'reports' in command ? (command.reports ?? []).map((r) => r.file) : [];
  return [...(command.output ? [command.output] : []), ...reports];
}

/** What `--record` and an html report's Trend section add to a scan. */
interface HistoryHooks {
  record?: (result: GateResult) => Promise<void>;
  html?: (rendered: string) => Promise<string>;
}

/**
 * One scan, every report: the `--format` one to `--output FILE` or stdout, then each
 * `--output FORMAT=FILE`. The output directories were checked before the scan (prepareOutputs).
 */
async function report(flags: ReportFlags, io: CliIo, options: GateOptions, history?: HistoryHooks): Promise<number> {
  const targets = [{ format: flags.format, file: flags.output }, ...(flags.reports ?? [])].map((t) => ({ ...t, reporter: getReporter(t.format) }));
  const gate = await runGate(options);
  const { report: result, blocking } = gate;
  await warnOnEmptyGate(result, options);
  if (history?.record) await history.record(gate);
  const sarif = targets.some((t) => t.format === 'sarif') ? await sarifOptions(flags, options) : undefined;
  const verdict = { failOn: options.failOn, blocking: blocking.length };
  for (const { format, file, reporter } of targets) {
    const rendered = reporter.render(result, { ...renderOptions(flags, io, verdict, file), sarif });
    await emit(format === 'html' && history?.html ? await history.html(rendered) : rendered, file, io, options.logger, format);
  }
  const results = sarif ? sarifResultCount(result, sarif) : 0;
  if (results > GITHUB_RESULTS_KEPT) options.logger.warning(`the SARIF report has ${results} results; GitHub code scanning keeps only the ${GITHUB_RESULTS_KEPT} most severe`);
  // Under --strict an incomplete scan fails as a configuration problem would (2), before findings
  // (1): its findings are not the whole answer, so their count cannot be the verdict.
  const strict = options.strict ? strictFailure(result) : undefined;
  if (strict !== undefined) {
    io.stderr(`posture: ${strict}\n`);
    return EXIT_CONFIG;
  }
  if (blocking.length > 0) {
    options.logger.info(`${blocking.length} findings at or above ${options.failOn}: failing`);
    return EXIT_FINDINGS;
  }
  return EXIT_PASS;
}

/** The SARIF category (given, else from the scanned paths), suppressed results, and the git provenance. */
async function sarifOptions(flags: ReportFlags, options: GateOptions): Promise<SarifOptions> {
  const root = options.root ?? process.cwd();
  const category = flags.sarif?.category ?? (options.paths.length > 0 ? defaultSarifCategory(root, options.paths) : undefined);
  const provenance = await readProvenance(root);
  return {
    ...(category === undefined ? {} : { category }),
    ...(flags.sarif?.includeSuppressed ? { includeSuppressed: true } : {}),
    ...(provenance ? { provenance } : {}),
  };
}

/** How the table looks: colour (`--color`, else the terminal's), width, detail, `--show`, the verdict. */
function renderOptions(flags: ReportFlags, io: CliIo, verdict: RenderOptions['verdict'], file: string | undefined): RenderOptions {
  const color = flags.color === 'always' || (flags.color !== 'never' && io.color && !file);
  const detail = flags.logLevel === 'warning' ? 'quiet' : flags.logLevel === 'debug' ? 'verbose' : 'normal';
  return { color, width: io.columns, detail, show: flags.show, verdict };
}

/** `--record`, and the HTML report's trend: the history module (and SQLite) load only then. */
function historyHooks(command: ScanCommand, options: GateOptions, io: CliIo): HistoryHooks {
  const load = () => import('./history.js');
  return {
    ...(command.record ? { record: async (result: GateResult) => void (await (await load()).recordScan(command, options, result, io.cwd)) } : {}),
    ...(command.history ? { html: async (rendered: string) => (await load()).addTrendSection(command, options, rendered, io.cwd) } : {}),
  };
}

async function baselineCreate(command: Omit<ScanCommand, 'command'>, io: CliIo): Promise<number> {
  const options = await scanOptions(command, io);
  const { report: result } = await runGate({ ...options, failOn: 'none' });
  await emit(createBaseline(result.findings), command.output, io, options.logger, 'baseline');
  return EXIT_PASS;
}

async function emit(text: string, output: string | undefined, io: CliIo, logger: Logger, what: string): Promise<void> {
  stopProgress(io);
  if (!output) {
    await io.stdout(text);
    return;
  }
  await writeFileAtomic(path.resolve(io.cwd, output), text, output);
  logger.info(`wrote ${what} to ${output}`);
}
