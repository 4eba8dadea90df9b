/** json-source-map@0.6.1 ships no types; only `parse` is used. Lines and columns are 0-based. */
declare module 'json-source-map' {
  export interface JsonLocation {
    line: number;
    column: number;
    pos: number;
  }
  export interface JsonPointer {
    key?: JsonLocation;
    keyEnd?: JsonLocation;
    value: JsonLocation;
    valueEnd: JsonLocation;
  }
  export function parse(text: string): { data: unknown; pointers: Record<string, JsonPointer> };
  const jsonMap: { parse: typeof parse };
  export default jsonMap;
}
