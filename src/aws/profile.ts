import { fromIni } from '@aws-sdk/credential-provider-ini';

/**
 * Credentials of a named profile (`--profile`), from the shared config and credentials files only
 * (SSO, assumed roles and credential_process entries of that profile included). Given a profile,
 * the SDK's default chain would fall through to the environment or the instance role when the
 * profile is missing; a profile the user named is used or it is an error that names it, as
 * with the AWS CLI.
 */
export function profileCredentials(profile: string | undefined): ReturnType<typeof fromIni> | undefined {
  return profile === undefined ? undefined : fromIni({ profile });
}
