import { Unsupported } from './spec.js';

/**
 * Terraform uses RE2. The common subset reads the same in JavaScript once `(?P<name>` is spelled
 * `(?<name>` and a leading `(?i)`-style flag group becomes a flag. Constructs whose meaning
 * differs (possessive or lookaround, which RE2 rejects; `\z`; inline flags mid-pattern) are
 * refused so the call is unknown rather than different.
 */
export function toJsRegExp(pattern: string, flags: string): RegExp {
  let source = pattern.replace(/\(\?P</g, '(?<');
  let extra = '';
  const lead = /^\(\?([imsU]+)\)/.exec(source);
  if (lead) {
    if (lead[1].includes('U')) throw new Unsupported('the U flag is not translated');
    extra = lead[1];
    source = source.slice(lead[0].length);
  }
  if (/\(\?[=!]|\(\?<[=!]|\\[zACQEpP]|\(\?[imsU-]+[):]|\[\[:/.test(source)) throw new Unsupported('the pattern uses a construct posture-gate does not translate');
  try {
    return new RegExp(source, flags + extra + 'u');
  } catch (error) {
    // JavaScript's unicode mode is stricter than RE2, so a rejected pattern may still be valid
    throw new Unsupported(`pattern not translated: ${error instanceof Error ? error.message : String(error)}`);
  }
}
