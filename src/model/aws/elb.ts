import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.elb.load_balancer`: an Elastic Load Balancing v2 load balancer (application,
 * network or gateway). Terraform (`aws_lb`, `aws_alb`), CloudFormation
 * (`AWS::ElasticLoadBalancingV2::LoadBalancer`) and AWS Config (same type) fill it.
 *
 * | attribute                  | Terraform                          | CloudFormation (LoadBalancerAttributes key)               | AWS Config |
 * |----------------------------|------------------------------------|-----------------------------------------------------------|------------|
 * | name                       | name, unknown (generated)          | Name, unknown (generated)                                 | configuration.loadBalancerName |
 * | type                       | load_balancer_type, application    | Type, application                                         | configuration.type |
 * | drop_invalid_header_fields | drop_invalid_header_fields, false  | routing.http.drop_invalid_header_fields.enabled, false    | supplementaryConfiguration.LoadBalancerAttributes, same key |
 * | access_logs.enabled        | access_logs.enabled, false         | access_logs.s3.enabled, false                             | supplementaryConfiguration.LoadBalancerAttributes, same key |
 * | deletion_protection        | enable_deletion_protection, false  | deletion_protection.enabled, false                        | supplementaryConfiguration.LoadBalancerAttributes, same key |
 *
 * The provider documents access_logs.enabled as false "even when bucket is specified". The
 * published Config resource schema lists no load balancer attributes; items that carry the
 * `LoadBalancerAttributes` supplementary value are read, any other leaves them unknown.
 */
export interface ElbLoadBalancer {
  name: Maybe<string>;
  /** `application`, `network` or `gateway`. */
  type: Maybe<string>;
  drop_invalid_header_fields: Maybe<boolean>;
  access_logs: { enabled: Maybe<boolean> };
  deletion_protection: Maybe<boolean>;
}

/**
 * Canonical `aws.elb.listener`: a listener of an ELB v2 load balancer. Terraform
 * (`aws_lb_listener`, `aws_alb_listener`), CloudFormation (`AWS::ElasticLoadBalancingV2::Listener`)
 * and AWS Config (same type) fill it.
 *
 * | attribute          | Terraform                                   | CloudFormation                         | AWS Config |
 * |--------------------|---------------------------------------------|----------------------------------------|------------|
 * | protocol           | protocol (upper case), unknown              | Protocol, unknown                      | configuration.Protocol |
 * | port               | port, null                                  | Port, null                             | configuration.Port |
 * | ssl_policy         | ssl_policy; HTTPS/TLS: ELBSecurityPolicy-2016-08, else null | SslPolicy, likewise   | configuration.SslPolicy |
 * | redirects_to_https | a default_action of type redirect whose redirect.protocol is HTTPS | DefaultActions[].RedirectConfig.Protocol | configuration.DefaultActions |
 *
 * An absent protocol is HTTP on an Application Load Balancer but there is none on a Gateway Load
 * Balancer, which the listener alone does not tell: unknown. ELBSecurityPolicy-2016-08 is the
 * policy ELB applies to an HTTPS or TLS listener created through the API without one.
 */
export interface ElbListener {
  protocol: Maybe<string>;
  port: Maybe<number> | null;
  ssl_policy: Maybe<string> | null;
  redirects_to_https: Maybe<boolean>;
}

/**
 * Canonical `aws.elb.classic_load_balancer`: a Classic Load Balancer. Terraform (`aws_elb`),
 * CloudFormation (`AWS::ElasticLoadBalancing::LoadBalancer`) and AWS Config (same type) fill it.
 *
 * | attribute           | Terraform                               | CloudFormation                          | AWS Config |
 * |---------------------|-----------------------------------------|-----------------------------------------|------------|
 * | name                | name, unknown (generated)               | LoadBalancerName, unknown (generated)   | configuration.loadBalancerName |
 * | listeners[].protocol| listener.lb_protocol (upper case)       | Listeners[].Protocol (upper case)       | configuration.listenerDescriptions[].listener.protocol |
 * | listeners[].port    | listener.lb_port                        | Listeners[].LoadBalancerPort            | configuration.listenerDescriptions[].listener.loadBalancerPort |
 * | access_logs.enabled | access_logs.enabled (true inside the block), false without it | AccessLoggingPolicy.Enabled, false | supplementaryConfiguration.LoadBalancerAttributes.accessLog.enabled |
 */
export interface ElbClassicLoadBalancer {
  name: Maybe<string>;
  listeners: Maybe<{ protocol: Maybe<string>; port: Maybe<number> | null }[]>;
  access_logs: { enabled: Maybe<boolean> };
}
