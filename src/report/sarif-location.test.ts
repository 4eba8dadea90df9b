import { describe, expect, it } from '@jest/globals';
import { rootUri, toArtifactUri, toLocation, toRegion } from './sarif-location.js';

const ROOT = '/repo';

describe('toArtifactUri', () => {
  it.each([
    ['terraform/main.tf', 'terraform/main.tf'],
    ['./terraform/main.tf', 'terraform/main.tf'],
    ['terraform\\modules\\s3.tf', 'terraform/modules/s3.tf'],
    ['/repo/k8s/web.yaml', 'k8s/web.yaml'],
    ['k8s/my app/web#1.yaml', 'k8s/my%20app/web%231.yaml'],
    ['k8s/a+b=c@d.yaml', 'k8s/a+b=c@d.yaml'],
    ['1:odd/main.tf', '1%3Aodd/main.tf'],
    ['../shared/main.tf', '../shared/main.tf'],
  ])('%s → %s', (path, uri) => {
    expect(toArtifactUri(path, ROOT)).toBe(uri);
  });

  it.each([
    '/repository-elsewhere/main.tf',
    '/etc/passwd',
    'git::https://github.com/acme/modules.git//s3/main.tf',
    'https://example.com/main.tf',
    'C:/work/main.tf',
    's3:bucket/key.tf',
    '',
  ])('refuses %s', (path) => {
    expect(toArtifactUri(path, ROOT)).toBeUndefined();
  });

  it('relativises Windows paths under a Windows root', () => {
    expect(toArtifactUri('C:\\work\\repo\\main.tf', 'C:\\work\\repo')).toBe('main.tf');
  });
});

describe('toRegion', () => {
  it('keeps a valid range', () => {
    expect(toRegion({ path: 'a', startLine: 2, startColumn: 3, endLine: 4, endColumn: 1 })).toEqual({
      startLine: 2,
      startColumn: 3,
      endLine: 4,
      endColumn: 1,
    });
  });

  it('clamps zeros and an end before the start', () => {
    expect(toRegion({ path: 'a', startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 })).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(toRegion({ path: 'a', startLine: 5, startColumn: 9, endLine: 5, endColumn: 2 })).toMatchObject({ endLine: 5, endColumn: 9 });
  });
});

describe('rootUri and toLocation', () => {
  it('ends the root URI with a slash and encodes it', () => {
    expect(rootUri('/home/me/my repo')).toBe('file:///home/me/my%20repo/');
    expect(rootUri('/')).toBe('file:///');
  });

  it('omits the region when asked', () => {
    expect(toLocation({ path: 'a.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, ROOT, false)).toEqual({
      physicalLocation: { artifactLocation: { uri: 'a.tf', uriBaseId: '%SRCROOT%' } },
    });
  });
});
