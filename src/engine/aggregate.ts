/** The entrypoint that unions every check's violations over one input (policies/gate/findings.rego). */
export const AGGREGATE_ENTRYPOINT = 'gate/findings';
