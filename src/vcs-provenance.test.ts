import { describe, expect, it } from '@jest/globals';
import { repositoryUriOf } from './vcs-provenance.js';

describe('repositoryUriOf', () => {
  it('strips credentials, query and fragment from a URL remote', () => {
    expect(repositoryUriOf('https://x-access-token:ghs_abc@github.com/o/r.git')).toBe('https://github.com/o/r.git');
    expect(repositoryUriOf('https://gitlab-ci-token:glcbt-xyz@gitlab.example.com/group/sub/proj.git?x=1#y')).toBe('https://gitlab.example.com/group/sub/proj.git');
    expect(repositoryUriOf('ssh://git@github.com/o/r.git')).toBe('ssh://github.com/o/r.git');
  });

  it('turns an scp-like remote into an ssh URI without the user', () => {
    expect(repositoryUriOf('git@github.com:o/r.git')).toBe('ssh://github.com/o/r.git');
  });

  it('gives nothing for a local path or an unknown scheme', () => {
    expect(repositoryUriOf('/srv/git/r.git')).toBeUndefined();
    expect(repositoryUriOf('../r')).toBeUndefined();
    expect(repositoryUriOf('file:///srv/git/r.git')).toBeUndefined();
    expect(repositoryUriOf('C:\\repos\\r')).toBeUndefined();
  });
});
