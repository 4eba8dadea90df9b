import { describe, expect, it } from '@jest/globals';
import { terminalProgress } from './aws-progress.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, columns: 200, write: (text: string) => writes.push(text) };
}

describe('terminalProgress', () => {
  it('rewrites one line per finished region and type on a terminal, then clears it', () => {
    const tty = stream(true);
    const progress = terminalProgress(tty, 4);
    progress.update({ region: 'eu-west-1', resourceType: 'AWS::S3::Bucket', fetched: 12 });
    progress.update({ region: 'eu-west-1', resourceType: 'AWS::EC2::SecurityGroup', fetched: 30 });
    progress.done();
    expect(tty.writes).toEqual([
      '\r\x1b[2Kaws: 1/4 types×regions, 12 resources · eu-west-1 AWS::S3::Bucket: 12',
      '\r\x1b[2Kaws: 2/4 types×regions, 42 resources · eu-west-1 AWS::EC2::SecurityGroup: 30',
      '\r\x1b[2K',
    ]);
  });

  it('cuts the line to the terminal width, so it never wraps', () => {
    const narrow = { ...stream(true), columns: 30 };
    terminalProgress(narrow, 1).update({ region: 'ap-southeast-2', resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer', fetched: 1 });
    expect(narrow.writes[0]!.replace('\r\x1b[2K', '')).toHaveLength(29);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const pipe = stream(false);
    const progress = terminalProgress(pipe, 2);
    progress.update({ region: 'eu-west-1', resourceType: 'AWS::S3::Bucket', fetched: 1 });
    progress.done();
    expect(pipe.writes).toEqual([]);
  });
});
