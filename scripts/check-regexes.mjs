#!/usr/bin/env node
// Lists every regular expression in src/ and action/ (literals, and `new RegExp` / `RegExp` with a
// literal pattern) that the ReDoS checker `recheck` finds super-linear. Exit 1 when any is found.
//
//   node scripts/check-regexes.mjs [--json] [dir...]
//
// Offline: recheck runs its native agent from the pinned `recheck-linux-x64` package (or its pure JS
// build elsewhere). Test files are skipped: they never see a scanned file's text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { check } from 'recheck';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Fixed parameters so that a run gives the same verdicts every time. */
const params = { randomSeed: 42, timeout: 10_000, checker: 'auto' };

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.[cm]?[jt]s$/.test(name) && !/\.(test|spec)\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function literalText(node) {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/** The regexes of one file: {line, source, flags} or, for a pattern built at run time, {line, dynamic}. */
export function regexesIn(path, text) {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const lineOf = (node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(file);
      const end = raw.lastIndexOf('/');
      found.push({ line: lineOf(node), source: raw.slice(1, end), flags: raw.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern && literalText(pattern);
      const flagText = flags ? literalText(flags) : '';
      if (source !== undefined && flagText !== undefined) found.push({ line: lineOf(node), source, flags: flagText });
      else found.push({ line: lineOf(node), dynamic: node.getText(file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

export async function checkRegexes(dirs = ['src', 'action']) {
  const results = [];
  for (const dir of dirs) {
    for (const path of sourceFiles(join(root, dir))) {
      const rel = relative(root, path);
      for (const regex of regexesIn(path, readFileSync(path, 'utf8'))) {
        if (regex.dynamic) {
          results.push({ file: rel, line: regex.line, status: 'dynamic', source: regex.dynamic });
          continue;
        }
        const diagnostics = await check(regex.source, regex.flags, params);
        results.push({
          file: rel,
          line: regex.line,
          source: `/${regex.source}/${regex.flags}`,
          status: diagnostics.status,
          complexity: diagnostics.complexity?.summary,
          attack: diagnostics.attack?.pattern,
        });
      }
    }
  }
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const results = await checkRegexes(dirs.length > 0 ? dirs : undefined);
  const bad = results.filter((r) => r.status === 'vulnerable' || r.status === 'unknown');
  if (json) console.log(JSON.stringify(results, null, 2));
  else {
    for (const r of bad) console.log(`${r.file}:${r.line}  ${r.status}  ${r.complexity ?? ''}  ${r.source}${r.attack ? `  attack: ${r.attack}` : ''}`);
    const dynamic = results.filter((r) => r.status === 'dynamic').length;
    console.log(`${results.length} regexes checked (${dynamic} built at run time, not checked); ${bad.length} super-linear or unknown`);
  }
  process.exit(bad.length > 0 ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
