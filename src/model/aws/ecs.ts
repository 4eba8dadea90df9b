import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * One container definition of a task definition, reduced to what checks need. Environment
 * variables keep their names only: their values never enter the model, so no report can show them.
 */
export interface EcsContainer {
  name: Maybe<string> | null;
  /** Default false. */
  privileged: Maybe<boolean>;
  /** Default false. */
  readonly_root_filesystem: Maybe<boolean>;
  /** `user` as written (`root`, `0`, `1000:1000`); null when left to the image. */
  user: Maybe<string> | null;
  /** Names of the plain `environment` variables (not `secrets`). */
  environment_names: Maybe<Maybe<string>[]>;
}

/**
 * Canonical `aws.ecs.task_definition`. Terraform (`aws_ecs_task_definition`, whose
 * `container_definitions` is a JSON string, parsed here), CloudFormation
 * (`AWS::ECS::TaskDefinition`) and AWS Config (`AWS::ECS::TaskDefinition` items) fill it.
 *
 * | attribute    | Terraform                          | CloudFormation               | AWS Config                        |
 * |--------------|------------------------------------|------------------------------|-----------------------------------|
 * | family       | family                             | Family, unknown (generated)  | configuration.Family              |
 * | network_mode | network_mode, bridge (ECS default) | NetworkMode, bridge          | configuration.NetworkMode         |
 * | containers   | container_definitions (JSON), unknown when it cannot be read | ContainerDefinitions | configuration.ContainerDefinitions |
 *
 * Inside a container (every source): `privileged` and `readonlyRootFilesystem` default to false
 * (the ECS API default), `user` to null (the image decides).
 */
export interface EcsTaskDefinition {
  family: Maybe<string>;
  /** `bridge`, `host`, `awsvpc`, `none`. */
  network_mode: Maybe<string>;
  containers: Maybe<EcsContainer[]>;
}
