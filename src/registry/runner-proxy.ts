/**
 * An agent for a client that reaches more than one host with one agent (the
 * AWS SDK: ECR's API, and STS for a web identity): each connection goes
 * through the runner's proxy or straight to its host, as @actions/http-client
 * decides from HTTPS_PROXY, HTTP_PROXY and NO_PROXY for that host, so no
 * endpoint has to be known in advance. Through a proxy, a tunnel (CONNECT)
 * for either protocol.
 */
import { getProxyUrl } from '@actions/http-client'
import { Agent, type AgentConnectOpts } from 'agent-base'
import { HttpsProxyAgent } from 'https-proxy-agent'
import type { AgentOptions, ClientRequest } from 'node:http'
import * as net from 'node:net'
import type { Duplex } from 'node:stream'
import * as tls from 'node:tls'

export class RunnerProxyAgent extends Agent {
  private readonly tunnels = new Map<string, HttpsProxyAgent<string>>()

  /** `secure`: for https, else http (the SDK gives each protocol its agent). */
  constructor(
    private readonly secure: boolean,
    options: AgentOptions = {}
  ) {
    super(options)
  }

  override isSecureEndpoint(): boolean {
    return this.secure
  }

  override connect(req: ClientRequest, options: AgentConnectOpts): Duplex | Promise<Duplex> {
    const origin = `${this.secure ? 'https' : 'http'}://${options.host ?? 'localhost'}:${options.port}`
    const proxy = getProxyUrl(origin)
    if (proxy) {
      let tunnel = this.tunnels.get(proxy)
      if (!tunnel) this.tunnels.set(proxy, (tunnel = new HttpsProxyAgent(proxy)))
      return tunnel.connect(req, options)
    }
    // The request's path is not a socket's; TLS names its host (SNI), as node's https agent does.
    const target = { ...options, path: undefined }
    if (!options.secureEndpoint) return net.connect(target as net.TcpNetConnectOpts)
    const host = options.host ?? ''
    const servername = options.servername ?? (net.isIP(host) ? undefined : host)
    return tls.connect({
      ...(target as tls.ConnectionOptions),
      ...(servername ? { servername } : {})
    })
  }
}
