import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.config.configuration_recorder`: an AWS Config configuration recorder. Terraform
 * (`aws_config_configuration_recorder`), CloudFormation (`AWS::Config::ConfigurationRecorder`) and
 * AWS Config (`AWS::Config::ConfigurationRecorder` items) fill it.
 *
 * | attribute                     | Terraform (recording_group {})          | CloudFormation (RecordingGroup)      | AWS Config                                                  |
 * |-------------------------------|-----------------------------------------|--------------------------------------|-------------------------------------------------------------|
 * | name                          | name                                    | Name, unknown (generated)            | configuration.Name                                          |
 * | all_supported                 | all_supported, true                     | AllSupported, false                  | configuration.RecordingGroup.AllSupported                   |
 * | include_global_resource_types | include_global_resource_types, false    | IncludeGlobalResourceTypes, false    | configuration.RecordingGroup.IncludeGlobalResourceTypes     |
 *
 * The defaults apply inside a written recording group (the provider's schema defaults; in
 * CloudFormation an unset flag of the API's RecordingGroup is false). Without a recording group
 * the recorder records all supported resource types (all_supported true, the API's default);
 * whether it includes global types is AWS's choice, so that flag is unknown.
 */
export interface ConfigConfigurationRecorder {
  name: Maybe<string> | null;
  /** Records every supported regional resource type, including future ones. */
  all_supported: Maybe<boolean>;
  /** Also records global resource types (IAM users, groups, roles, policies). */
  include_global_resource_types: Maybe<boolean>;
}
