import { describeEngine, type DockerInfo, type Engine } from '../../../src/engine/engine.js'

const HOST = 'runner-host'

/** `docker info` as each engine profile answers it (trimmed to what is read). */
export const infos = {
  /** Debian 12's docker.io: dockerd and client 20.10, no buildx. */
  legacy: {
    Name: HOST,
    ServerVersion: '20.10.24+dfsg1',
    SecurityOptions: ['name=seccomp,profile=default'],
    DriverStatus: [
      ['Backing Filesystem', 'extfs'],
      ['Supports d_type', 'true']
    ],
    ClientInfo: { Plugins: [] }
  },
  /** GitHub's ubuntu-24.04: a current client with buildx, the classic store. */
  runner: {
    Name: HOST,
    ServerVersion: '26.1.5+dfsg1',
    SecurityOptions: ['name=seccomp,profile=builtin'],
    DriverStatus: [['Backing Filesystem', 'extfs']],
    ClientInfo: { Version: '28.2.2', Plugins: [{ Name: 'buildx', Version: '0.13.1+ds1' }] }
  },
  /** Docker 29's default: the containerd image store. */
  containerd: {
    Name: HOST,
    ServerVersion: '26.1.5+dfsg1',
    SecurityOptions: ['name=seccomp,profile=builtin'],
    DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']],
    ClientInfo: { Version: '28.2.2', Plugins: [{ Name: 'buildx', Version: '0.13.1+ds1' }] }
  }
} satisfies Record<string, DockerInfo>

export const inspectOf = (driver: string): string =>
  `Name:   default\nDriver: ${driver}\n\nNodes:\nName:      default\nStatus:    running\n`

export const engines = {
  legacy: describeEngine({ info: infos.legacy, clientVersion: '20.10.24+dfsg1', hostname: HOST }),
  runner: describeEngine({
    info: infos.runner,
    buildxInspect: inspectOf('docker'),
    hostname: HOST
  }),
  containerd: describeEngine({
    info: infos.containerd,
    buildxInspect: inspectOf('docker'),
    hostname: HOST
  })
} satisfies Record<string, Engine>

export { HOST }
