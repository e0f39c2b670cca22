/**
 * Amazon ECR and ECR Public: a docker login token from GetAuthorizationToken,
 * with the SDK's standard credential chain (the environment that
 * aws-actions/configure-aws-credentials sets, OIDC included) unless keys are
 * given. The SDK honours the standard endpoint overrides
 * (AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC, AWS_ENDPOINT_URL);
 * its requests go through the runner's proxy, where it names one.
 */
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'
import {
  ECRPUBLICClient,
  GetAuthorizationTokenCommand as GetPublicAuthorizationTokenCommand
} from '@aws-sdk/client-ecr-public'
import type { RegistryInfo } from './kinds.js'
import { CONNECT_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from './request.js'
import { RunnerProxyAgent } from './runner-proxy.js'

export interface DockerCredentials {
  readonly username: string
  readonly password: string
}

export interface EcrLogin {
  readonly region: string
  readonly accessKeyId?: string
  readonly secretAccessKey?: string
}

export async function ecrCredentials(
  registry: RegistryInfo,
  login: EcrLogin
): Promise<DockerCredentials> {
  const config = ecrClientConfig(login)
  if (registry.kind === 'ecr-public') {
    const client = new ECRPUBLICClient(config)
    const response = await client.send(new GetPublicAuthorizationTokenCommand({}))
    return decodeToken(response.authorizationData?.authorizationToken)
  }
  const client = new ECRClient(config)
  const response = await client.send(
    new GetAuthorizationTokenCommand(
      registry.accountId ? { registryIds: [registry.accountId] } : {}
    )
  )
  return decodeToken(response.authorizationData?.[0]?.authorizationToken)
}

/**
 * The SDK client's settings: the region, keys when given, time limits, and
 * agents that take each connection through the runner's proxy where
 * HTTPS_PROXY (or HTTP_PROXY) and NO_PROXY say so for its host, as
 * @actions/http-client reads them: the SDK reads no proxy settings itself.
 */
export function ecrClientConfig(login: EcrLogin) {
  return {
    region: login.region,
    requestHandler: {
      // The SDK waits without limit by default, and only warns past its requestTimeout.
      connectionTimeout: CONNECT_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
      socketTimeout: REQUEST_TIMEOUT_MS,
      httpAgent: new RunnerProxyAgent(false, { keepAlive: true }),
      httpsAgent: new RunnerProxyAgent(true, { keepAlive: true })
    },
    ...(login.accessKeyId && login.secretAccessKey
      ? {
          credentials: { accessKeyId: login.accessKeyId, secretAccessKey: login.secretAccessKey }
        }
      : {})
  }
}

/** The token is base64 of `user:password` (the user is always AWS). */
export function decodeToken(token: string | undefined): DockerCredentials {
  const decoded = Buffer.from(token ?? '', 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) throw new Error('AWS returned no usable authorization token')
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}
