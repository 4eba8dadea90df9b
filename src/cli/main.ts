import { writeFile } from 'node:fs/promises';
import { CatalogIndex, loadCatalog } from '../catalog/index.js';
import { defaultPolicyDirectory } from '../engine/index.js';
import { EXIT_FINDINGS, EXIT_PASS, exitCodeFor, getErrorMessage } from '../errors.js';
import { runGate } from '../gate.js';
import { createConsoleLogger } from '../logging.js';
import { getReporter } from '../report/index.js';
import { TOOL_VERSION } from '../version.js';
import { parseCommand, USAGE, type ScanCommand } from './args.js';
import { renderChecksList } from './checks-list.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that takes colour. */
  color: boolean;
  cwd: string;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
};

/** Runs one command and returns the exit code (0 pass, 1 findings, 2 usage, 3 internal). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.command) {
      case 'help':
        io.stdout(USAGE + '\n');
        return EXIT_PASS;
      case 'version':
        io.stdout(TOOL_VERSION + '\n');
        return EXIT_PASS;
      case 'checks-list':
        io.stdout(renderChecksList(new CatalogIndex(await loadCatalog(defaultPolicyDirectory())).catalog, command.format));
        return EXIT_PASS;
      case 'scan':
        return await scan(command, io);
    }
  } catch (error) {
    io.stderr(`posture: ${getErrorMessage(error)}\n`);
    if (process.env.POSTURE_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return exitCodeFor(error);
  }
}

async function scan(command: ScanCommand, io: CliIo): Promise<number> {
  const reporter = getReporter(command.format);
  const logger = createConsoleLogger(command.logLevel, (line) => io.stderr(line + '\n'));
  const { report, blocking } = await runGate({
    paths: command.paths,
    root: command.root ?? io.cwd,
    exclude: command.exclude,
    failOn: command.failOn,
    logger,
  });
  const rendered = reporter.render(report, { color: io.color && !command.output });
  if (command.output) {
    await writeFile(command.output, rendered);
    logger.info(`wrote ${command.format} report to ${command.output}`);
  } else {
    io.stdout(rendered);
  }
  if (blocking.length > 0) {
    logger.info(`${blocking.length} findings at or above ${command.failOn}: failing`);
    return EXIT_FINDINGS;
  }
  return EXIT_PASS;
}
