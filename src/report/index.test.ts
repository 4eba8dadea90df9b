import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../errors.js';
import { buildReport } from './__fixtures__/report.js';
import { getReporter, REPORT_FORMATS, renderJson, renderSarif, renderTable } from './index.js';

describe('getReporter', () => {
  it('knows every report format', () => {
    expect(REPORT_FORMATS).toEqual(['sarif', 'json', 'table', 'junit', 'markdown', 'gitlab-sast', 'gitlab-codequality', 'html']);
    for (const format of REPORT_FORMATS) expect(getReporter(format).format).toBe(format);
  });

  it('returns reporters that render like the named functions', () => {
    const report = buildReport();
    expect(getReporter('sarif').render(report)).toBe(renderSarif(report));
    expect(getReporter('json').render(report)).toBe(renderJson(report));
    expect(getReporter('table').render(report, { color: true })).toBe(renderTable(report, { color: true }));
  });

  it('rejects an unknown format with a ConfigError naming the valid ones', () => {
    expect(() => getReporter('xml')).toThrow(ConfigError);
    expect(() => getReporter('xml')).toThrow('unknown report format "xml"; use one of: sarif, json, table');
    expect(() => getReporter('SARIF')).toThrow(ConfigError);
  });
});
