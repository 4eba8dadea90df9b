/** The entrypoint that unions every check's violations over one input (generated gate.rego). */
export const AGGREGATE_ENTRYPOINT = 'gate/findings';
/** The same union restricted to the checks that judge each resource by itself (built-ins only). */
export const LOCAL_ENTRYPOINT = 'gate/local_findings';
/** The rest: checks that read other resources of the scope, so they always see all of it. */
export const SCOPE_ENTRYPOINT = 'gate/scope_findings';
