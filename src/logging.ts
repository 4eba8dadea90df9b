export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a named, collapsible group (the Action) or a plain heading (the CLI). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export type LogLevel = 'debug' | 'info' | 'warning' | 'error' | 'silent';

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warning: 2, error: 3, silent: 4 };

/** Logs to stderr: stdout is kept for the report. */
export function createConsoleLogger(level: LogLevel = 'info', write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const at = (wanted: LogLevel, prefix: string) => (message: string) => {
    if (ORDER[wanted] >= ORDER[level]) write(prefix + message);
  };
  return {
    debug: at('debug', 'debug: '),
    info: at('info', ''),
    warning: at('warning', 'warning: '),
    error: at('error', 'error: '),
    group: async (name, fn) => {
      at('debug', '')(`-- ${name}`);
      return fn();
    },
  };
}

export const silentLogger: Logger = createConsoleLogger('silent');
