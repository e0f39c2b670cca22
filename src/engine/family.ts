/**
 * One implementation per engine family behind a small interface: how to
 * build, push, inspect, save and load with it, and log in to a registry. The
 * pipeline calls these; only `familyOf` knows which families there are.
 */
import type { ExecResult } from '../exec.js'
import type { BuildRequest, Command } from './build.js'
import { buildahFamily } from './buildah.js'
import { dockerFamily } from './docker.js'
import type { Engine } from './engine.js'
import type { ImageInfo } from './image.js'
import { podmanFamily } from './podman.js'
import type { HistoryRecord } from '../report/layers.js'
import type { BuildStep } from './progress.js'

/** What a build's output says. */
export interface BuildOutput {
  readonly steps: readonly BuildStep[]
  /** The `--cache-from` sources the builder could not read. */
  readonly failedImports: readonly string[]
  /** The images the build left for each step (podman's and buildah's `--layers`). */
  readonly stepImages: readonly string[]
  /** The image built, where the builder prints it instead of writing `--iidfile` (buildah). */
  readonly imageId?: string
}

export interface EngineFamily {
  /** The command every call below runs. */
  readonly command: 'docker' | 'podman' | 'buildah'
  buildCommand(request: BuildRequest, engine: Engine): Command
  readBuild(result: ExecResult): BuildOutput
  /** A push of one tag; the registry's manifest digest goes to `digestFile` where the tool can write it. */
  pushArgs(tag: string, digestFile: string): string[]
  loginArgs(host: string, username: string): string[]
  logoutArgs(host: string): string[]
  /** Gives the image another name; throws with the reason it could not. */
  tag(image: string, tag: string): Promise<void>
  /** Takes one of the image's names away, the image kept under its others; throws with the reason it could not. */
  untag(reference: string): Promise<void>
  inspect(image: string): Promise<ImageInfo>
  /** Writes one image to `archive` in `docker save`'s layout (manifest.json, config, layer tars). */
  saveArgs(image: string, archive: string): string[]
  /**
   * The image's history, oldest first, where the tool gives each entry's size
   * in bytes (docker's `--human=false`; podman rounds them); undefined when unreadable.
   */
  history?(image: string): Promise<HistoryRecord[] | undefined>
  /** Saves images into `folder` for the layer cache, and loads them back (Engine.can.reusesLoadedLayers). */
  saveImages(images: readonly string[], folder: string): Promise<void>
  loadImages(folder: string): Promise<string[]>
}

export function familyOf(engine: Pick<Engine, 'frontend'>): EngineFamily {
  switch (engine.frontend) {
    case 'podman':
      return podmanFamily
    case 'buildah':
      return buildahFamily
    case 'buildx':
    case 'docker':
      return dockerFamily
  }
}
