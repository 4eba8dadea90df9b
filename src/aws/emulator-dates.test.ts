import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import type { ConfigServiceClientConfig } from '@aws-sdk/client-config-service';
import { fetchConfigurationItems } from './config-items.js';
import { EmulatorDateError, epochSecondsOf, rewriteEmulatorDates } from './emulator-dates.js';

const CAPTURED = Date.UTC(2026, 10, 24, 4, 40, 0) / 1000;

describe('epochSecondsOf', () => {
  it.each([
    ['2026-11-24 04:40:00+00:00', CAPTURED], // moto's str() of an aware datetime
    ['2026-11-24 04:40:00', CAPTURED], // moto's naive utcnow(): UTC, not the machine's local time
    ['2026-11-24T04:40:00Z', CAPTURED],
    ['2026-11-24T06:40:00+02:00', CAPTURED],
    ['2026-11-23T23:40:00-0500', CAPTURED],
    ['2026-11-24 04:40:00.123456', CAPTURED + 0.123456],
  ])('%s', (text, seconds) => {
    expect(epochSecondsOf(text)).toBeCloseTo(seconds, 6);
  });

  it.each(['yesterday', '', '2026-13-01 00:00:00', '2026-02-31 00:00:00', '2026-11-24 24:00:00', '2026-11-24', '2026-11-24 04:40:00+25', '2026-11-24 04:40:00+25:00'])(
    'is undefined for %j, not NaN',
    (text) => {
      expect(epochSecondsOf(text)).toBeUndefined();
    },
  );
});

describe('rewriteEmulatorDates', () => {
  it('turns the timestamp members into epoch seconds, at any depth, and leaves the rest as sent', () => {
    const body = JSON.stringify({
      baseConfigurationItems: [{
        resourceId: 'b',
        configurationItemCaptureTime: '2026-11-24 04:40:00+00:00',
        resourceCreationTime: '2026-11-24 04:40:00',
        configuration: '{"configurationItemCaptureTime": "not touched: inside a JSON string"}',
      }],
      unprocessedResourceKeys: [],
    });
    expect(JSON.parse(rewriteEmulatorDates(body))).toEqual({
      baseConfigurationItems: [{
        resourceId: 'b',
        configurationItemCaptureTime: CAPTURED,
        resourceCreationTime: CAPTURED,
        configuration: '{"configurationItemCaptureTime": "not touched: inside a JSON string"}',
      }],
      unprocessedResourceKeys: [],
    });
  });

  it('keeps what AWS itself sends byte for byte: epoch numbers, other members, bodies that are not JSON', () => {
    const aws = '{"configurationItems":[{"configurationItemCaptureTime":1.7644752E9,"resourceId":"b"}]}';
    expect(rewriteEmulatorDates(aws)).toBe(aws);
    expect(rewriteEmulatorDates('{"resourceIdentifiers":[]}')).toBe('{"resourceIdentifiers":[]}');
    expect(rewriteEmulatorDates('<html>"configurationItemCaptureTime"')).toBe('<html>"configurationItemCaptureTime"');
    expect(JSON.parse(rewriteEmulatorDates('{"configurationItemCaptureTime":"1764475200.5"}'))).toEqual({ configurationItemCaptureTime: 1764475200.5 });
  });

  it('refuses a timestamp that is no date, naming the member', () => {
    const body = '{"configurationItems":[{"configurationItemCaptureTime":"last tuesday"}]}';
    expect(() => rewriteEmulatorDates(body)).toThrow(EmulatorDateError);
    expect(() => rewriteEmulatorDates(body)).toThrow('the endpoint wrote configurationItemCaptureTime as "last tuesday", which is neither epoch seconds nor a date-time');
  });
});

/**
 * The real SDK client, with an HTTP handler that answers as moto does (no network): the dates are
 * read only when an endpoint is given; against AWS's own endpoint the response is the SDK's business.
 */
describe('the Config client with and without --endpoint', () => {
  const item = (captureTime: string) => ({
    version: '1.3', accountId: '123456789012', configurationItemCaptureTime: captureTime, configurationItemStatus: 'OK',
    configurationStateId: '1', arn: 'arn:aws:s3:::b', resourceType: 'AWS::S3::Bucket', resourceId: 'b', resourceName: 'b',
    awsRegion: 'us-east-1', availabilityZone: 'Regional', resourceCreationTime: captureTime, configuration: '{}', supplementaryConfiguration: {},
  });
  type Answer = { statusCode: number; contentType: string; text: string };
  const json = (body: object): Answer => ({ statusCode: 200, contentType: 'application/x-amz-json-1.1', text: JSON.stringify(body) });
  const motoLike = (captureTime: string) => (operation: string): Answer => operation === 'ListDiscoveredResources'
    ? json({ resourceIdentifiers: [{ resourceType: 'AWS::S3::Bucket', resourceId: 'b', resourceName: 'b' }] })
    : json({ baseConfigurationItems: [item(captureTime)], unprocessedResourceKeys: [] });
  const handler = (answer: (operation: string) => Answer) => ({
    handle: async (request: { headers: Record<string, string> }) => {
      const { statusCode, contentType, text } = answer(request.headers['x-amz-target']?.split('.')[1] ?? '');
      return { response: { statusCode, reason: '', headers: { 'content-type': contentType }, body: Readable.from([Buffer.from(text)]) } };
    },
  }) as unknown as ConfigServiceClientConfig['requestHandler'];
  const fetchFrom = (answer: (operation: string) => Answer, endpoint?: string) => fetchConfigurationItems({
    regions: ['us-east-1'], resourceTypes: ['AWS::S3::Bucket'], endpoint, requestHandler: handler(answer), maxAttempts: 1,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  const fetchWith = (captureTime: string, endpoint?: string) => fetchFrom(motoLike(captureTime), endpoint);

  it('reads date strings from another endpoint as the instants they name', async () => {
    const { items, failures } = await fetchWith('2026-11-24 04:40:00+00:00', 'http://127.0.0.1:1');
    expect(failures).toEqual([]);
    expect(items).toEqual([expect.objectContaining({ configurationItemCaptureTime: '2026-11-24T04:40:00.000Z', resourceCreationTime: '2026-11-24T04:40:00.000Z' })]);
  });

  it('leaves AWS itself alone: without an endpoint the SDK sees the body unchanged (and rejects a date string)', async () => {
    const { items, failures } = await fetchWith('2026-11-24 04:40:00+00:00');
    expect(items).toEqual([]);
    expect(failures).toEqual([expect.objectContaining({ message: expect.stringMatching(/^1 resources not fetched: TypeError: Expected real number/) })]);
  });

  it('names the member of a date it cannot read, rather than inventing one', async () => {
    const { items, failures } = await fetchWith('soon', 'http://127.0.0.1:1');
    expect(items).toEqual([]);
    expect(failures).toEqual([{
      region: 'us-east-1', resourceType: 'AWS::S3::Bucket',
      message: '1 resources not fetched: EmulatorDateError: the endpoint wrote configurationItemCaptureTime as "soon", which is neither epoch seconds nor a date-time',
    }]);
  });

  it('says an endpoint answered with something other than JSON (moto\'s crash page), not a JSON SyntaxError', async () => {
    const crashPage = (): Answer => ({ statusCode: 500, contentType: 'text/html; charset=utf-8', text: '<!doctype html>\n<title>500 Internal Server Error</title>' });
    const { failures } = await fetchFrom(crashPage, 'http://127.0.0.1:1');
    expect(failures).toEqual([{
      region: 'us-east-1', resourceType: 'AWS::S3::Bucket',
      message: 'list failed: EndpointResponseError: the endpoint answered HTTP 500 with text/html, not AWS JSON',
    }]);
  });
});
