import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Boundary } from '../fs/boundary.js';

/**
 * What a rendering tool's environment may hold from ours: nothing secret. The runner's
 * environment carries CI tokens and cloud credentials; helm and kustomize need none of them.
 */
const PASSED = ['LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR', 'SYSTEMROOT', 'WINDIR', 'COMSPEC', 'PATHEXT'];
/** Certificates, for kustomize fetching remote bases when the user allowed it. */
const PASSED_WHEN_ONLINE = ['SSL_CERT_FILE', 'SSL_CERT_DIR', 'GIT_SSL_CAINFO'];
/** A closed port: any proxy-aware client that tries the network fails at once. */
export const NOWHERE = 'http://127.0.0.1:9';

export interface ToolEnvironmentOptions {
  /** An empty temporary directory: the tool's HOME (so no ~/.gitconfig, ~/.kube, ~/.config is read). */
  home: string;
  boundary?: Boundary;
  /** Point every proxy and git transport nowhere (the default for a scan). */
  denyNetwork: boolean;
}

/**
 * The whole environment of a rendering tool: an allowlist, PATH without entries that are
 * relative or inside the scanned tree (kustomize runs `git`, and could run `helm`), a fresh
 * HOME, and, offline, proxies and git pointed at a closed port so a missed remote reference
 * cannot reach out.
 */
export function toolEnvironment(options: ToolEnvironmentOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of [...PASSED, ...(options.denyNetwork ? [] : PASSED_WHEN_ONLINE)]) {
    if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  env.PATH = safePath(options.boundary);
  env.HOME = options.home;
  env.USERPROFILE = options.home;
  env.XDG_CONFIG_HOME = options.home;
  env.XDG_CACHE_HOME = options.home;
  env.KUBECONFIG = path.join(options.home, 'kubeconfig');
  env.GIT_CONFIG_NOSYSTEM = '1';
  env.GIT_CONFIG_GLOBAL = path.join(options.home, 'gitconfig');
  env.GIT_TERMINAL_PROMPT = '0';
  if (options.denyNetwork) Object.assign(env, offline());
  return env;
}

function offline(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy']) env[name] = NOWHERE;
  env.NO_PROXY = '';
  env.no_proxy = '';
  // git: only local repositories, no ssh, no git:// (its proxy command fails).
  env.GIT_ALLOW_PROTOCOL = 'file';
  env.GIT_SSH_COMMAND = 'false';
  env.GIT_PROXY_COMMAND = 'false';
  return env;
}

function safePath(boundary: Boundary | undefined): string {
  const entries = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => dir !== '' && path.isAbsolute(dir));
  return entries.filter((dir) => boundary === undefined || !boundary.contains(realOrSelf(dir))).join(path.delimiter);
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}
