import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { findTool } from '../render/tool.js';
import { REPO_ROOT } from './engine.js';

/**
 * The helm scripts/install-helm.sh builds into this checkout's .tools/bin. The scanner never
 * looks there itself (it is inside the scanned tree when the fixtures are scanned): tests pass
 * it explicitly, as a user passes --helm-bin.
 */
export const HELM_BIN = path.join(REPO_ROOT, '.tools', 'bin', 'helm');

export function helmInstalled(): boolean {
  try {
    accessSync(HELM_BIN, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** kustomize or kubectl on PATH (outside the checkout); tests that need one are skipped by name when absent. */
export function kustomizeAvailable(): boolean {
  return findTool('kustomize') !== undefined || findTool('kubectl') !== undefined;
}
