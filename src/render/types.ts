/** One source file's share of a rendered output (a chart template, or a kustomize input). */
export interface RenderedFile {
  /** The source file the objects come from, as a path to report (the chart dir as given + `sourceTemplate`). */
  path: string;
  /** The rendered manifests of that file (one or more YAML documents), ready for parseKubernetes. */
  text: string;
  /** The template's path inside the chart (`templates/deployment.yaml`), or the kustomize input file. */
  sourceTemplate: string;
  /**
   * Rendered line (1-based index; entry 0 unused) → line of the source file, 0 when no line of
   * the source can be told. Empty when the source file could not be read.
   */
  lineMap: number[];
}
