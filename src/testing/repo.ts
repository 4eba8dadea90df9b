import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a git work tree (a `.git/HEAD`, so the repository boundary finds it) at `root` with the
 * given files and symbolic links (link path → target); returns `root`.
 */
export function writeRepo(root: string, files: Record<string, string | Buffer>, links: Record<string, string> = {}): string {
  for (const [file, content] of Object.entries({ '.git/HEAD': 'ref: refs/heads/main\n', ...files })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  for (const [file, target] of Object.entries(links)) symlinkSync(target, path.join(root, file));
  return root;
}
