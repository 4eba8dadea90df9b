/** Where the progress line goes: stderr, when it is a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface FetchProgress {
  /** One (region, type) pair finished with `fetched` resources. */
  update(progress: { region: string; resourceType: string; fetched: number }): void;
  /** Clears the line, so the logs and the report start on a clean line. */
  done(): void;
}

/**
 * One line on a terminal, rewritten in place as each region and type finishes: pairs done out of
 * all, resources so far, and the last pair. Nothing at all when stderr is not a terminal (a CI log
 * or a redirect would fill with carriage returns); the summary is logged either way.
 */
export function terminalProgress(stream: ProgressStream, pairs: number): FetchProgress {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let finished = 0;
  let resources = 0;
  let shown = false;
  const width = Math.max(20, (stream.columns ?? 80) - 1);
  return {
    update({ region, resourceType, fetched }) {
      finished += 1;
      resources += fetched;
      const line = `aws: ${finished}/${pairs} types×regions, ${resources} resources · ${region} ${resourceType}: ${fetched}`;
      stream.write(`\r\x1b[2K${line.slice(0, width)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
