// One request resolver under both shells: the CLI (src/cli/main.ts) and the Action (action/main.ts)
// each turn their own input (flags, Action inputs) into a ScanRequest, and every precedence rule
// between that request and .posture.yaml is applied here, once, so that the same .posture.yaml
// gives the same gate options whichever shell runs (src/request.test.ts).
import path from 'node:path';
import { ConfigError } from './errors.js';
import { Boundary } from './fs/boundary.js';
import type { GateOptions } from './gate.js';
import type { Logger } from './logging.js';
import { loadSettings, type Settings, type SettingsRequest } from './settings.js';

/** What a shell asks for, its paths already absolute (the user's own: not bounded to the repository). */
export interface ScanRequest extends SettingsRequest {
  paths: string[];
  exclude: string[];
  /** Only these frameworks' checks; empty: `.posture.yaml`'s `frameworks`, then every check (the gate decides). */
  frameworks: string[];
  /** User policy directories or bundles, besides `.posture.yaml`'s `policies`. */
  policies: string[];
  cacheDir?: string;
  /** Terraform variable files, besides `.posture.yaml`'s `var-files` (read first). */
  varFiles: string[];
  vars: Record<string, string>;
  /** On when asked for, or when `.posture.yaml` says `skip-external-modules: true`. */
  skipExternalModules?: boolean;
  /** Where TF_VAR_* values are read. */
  env: NodeJS.ProcessEnv;
}

/** Gate options without the deadline (each shell makes its own) and the settings they came from. */
export type ResolvedRequest = Omit<GateOptions, 'deadline'> & Settings;

/** Settings and the options every scanning command shares: policies, frameworks, cache. */
export async function resolveCommon(request: SettingsRequest & Pick<ScanRequest, 'frameworks' | 'policies' | 'cacheDir'>, logger: Logger): Promise<ResolvedRequest> {
  const settings = await loadSettings(request);
  const policies = [...(settings.config?.policies ?? []).map((p) => insideRepository(request.root, p, 'policies')), ...request.policies];
  return { paths: [], root: request.root, logger, ...settings, frameworks: request.frameworks, policies, ...(request.cacheDir === undefined ? {} : { cacheDir: request.cacheDir }) };
}

/** A scan of files: the common options, then the paths and the Terraform inputs. */
export async function resolveScanRequest(request: ScanRequest, logger: Logger): Promise<ResolvedRequest> {
  const common = await resolveCommon(request, logger);
  const config = common.config;
  const skipExternal = request.skipExternalModules === true || config?.skipExternalModules === true;
  return {
    ...common,
    paths: request.paths,
    exclude: request.exclude,
    resolve: {
      terraform: {
        varFiles: [...(config?.varFiles ?? []).map((file) => insideRepository(request.root, file, 'var-files')), ...request.varFiles],
        vars: request.vars,
        env: request.env,
        ...(skipExternal
          ? { skipExternalModules: true, onExternalSkipped: (n: number) => logger.info(`skipped ${n} resource instance${n === 1 ? '' : 's'} in external (remote) Terraform modules`) }
          : {}),
      },
    },
  };
}

/**
 * A path `.posture.yaml` names: it is part of the scanned repository (a pull request can change
 * it), so it must stay inside the repository boundary, links followed. Paths the shell was given
 * (flags, Action inputs) are the user's own and are not checked.
 */
export function insideRepository(root: string, file: string, key: string): string {
  const absolute = path.resolve(root, file);
  const resolved = Boundary.of(root).resolve(absolute);
  if ('refused' in resolved) throw new ConfigError(`.posture.yaml ${key}: ${file} ${resolved.refused}; not read`, { code: 'CONFIG_INVALID' });
  return absolute;
}
