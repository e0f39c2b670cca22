/**
 * Amazon ECR and ECR Public: a docker login token from GetAuthorizationToken,
 * with the SDK's standard credential chain (the environment that
 * aws-actions/configure-aws-credentials sets, OIDC included) unless keys are
 * given. The SDK honours the standard endpoint overrides
 * (AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC, AWS_ENDPOINT_URL);
 * its request goes through the runner's proxy, where it names one.
 */
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'
import {
  ECRPUBLICClient,
  GetAuthorizationTokenCommand as GetPublicAuthorizationTokenCommand
} from '@aws-sdk/client-ecr-public'
import { getProxyUrl } from '@actions/http-client'
import { HttpsProxyAgent } from 'https-proxy-agent'
import type { RegistryInfo } from './kinds.js'
import { CONNECT_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from './request.js'

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
  const config = ecrClientConfig(login, registry.kind === 'ecr-public')
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
 * the runner's proxy for the endpoint, where HTTPS_PROXY (or HTTP_PROXY) and
 * NO_PROXY say so, as @actions/http-client reads them: the SDK reads no proxy
 * settings itself.
 */
export function ecrClientConfig(login: EcrLogin, isPublic = false) {
  const url = ecrEndpoint(login.region, isPublic, process.env)
  const endpoint = URL.canParse(url) ? new URL(url) : undefined
  const proxy = endpoint && getProxyUrl(endpoint.href)
  const agent = proxy ? new HttpsProxyAgent(proxy, { keepAlive: true }) : undefined
  return {
    region: login.region,
    requestHandler: {
      // The SDK waits for an answer without limit by default.
      connectionTimeout: CONNECT_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      // A tunnel through the proxy (CONNECT), for either protocol.
      ...(agent ? { [endpoint?.protocol === 'https:' ? 'httpsAgent' : 'httpAgent']: agent } : {})
    },
    ...(login.accessKeyId && login.secretAccessKey
      ? {
          credentials: { accessKeyId: login.accessKeyId, secretAccessKey: login.secretAccessKey }
        }
      : {})
  }
}

/** Where the SDK sends its request: the endpoint the environment names, else AWS's own. */
function ecrEndpoint(region: string, isPublic: boolean, env: NodeJS.ProcessEnv): string {
  const named =
    (isPublic ? env.AWS_ENDPOINT_URL_ECR_PUBLIC : env.AWS_ENDPOINT_URL_ECR) || env.AWS_ENDPOINT_URL
  if (named) return named
  // ECR Public's API is in us-east-1 only.
  if (isPublic) return 'https://api.ecr-public.us-east-1.amazonaws.com'
  return `https://api.ecr.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`
}

/** The token is base64 of `user:password` (the user is always AWS). */
export function decodeToken(token: string | undefined): DockerCredentials {
  const decoded = Buffer.from(token ?? '', 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) throw new Error('AWS returned no usable authorization token')
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}
