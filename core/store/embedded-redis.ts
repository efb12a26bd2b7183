import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { LianxinError } from '../errors.js'

export interface EmbeddedRedis {
  url: string
  port: number
  stop(): Promise<void>
}

/** A free TCP port on loopback, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', rej)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => res(port))
    })
  })
}

/**
 * Starts a redis-server child on a free loopback port. `dataDir` set: AOF persistence there
 * (the local default); null: no persistence (throwaway test servers). noeviction because
 * BullMQ must never lose a job to memory pressure.
 */
export async function startEmbeddedRedis(options: { dataDir: string | null; binary?: string }): Promise<EmbeddedRedis> {
  const port = await freePort()
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--maxmemory-policy', 'noeviction', '--protected-mode', 'yes']
  if (options.dataDir) {
    const dir = resolve(options.dataDir)
    await mkdir(dir, { recursive: true })
    args.push('--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec')
  } else {
    args.push('--appendonly', 'no')
  }
  const binary = options.binary ?? 'redis-server'
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  await new Promise<void>((res, rej) => {
    let out = ''
    const timer = setTimeout(() => rej(new LianxinError('REDIS_UNAVAILABLE', `redis-server did not start on port ${port} within 10 s`)), 10_000)
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      rej(
        err.code === 'ENOENT'
          ? new LianxinError('REDIS_BINARY_MISSING', 'redis-server not found: install it (Debian: apt-get install -y redis-server) or set REDIS_URL')
          : new LianxinError('REDIS_UNAVAILABLE', `redis-server failed to start: ${err.message}`),
      )
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      rej(new LianxinError('REDIS_UNAVAILABLE', `redis-server exited with code ${code} before it was ready`))
    })
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (/ready to accept connections/i.test(out)) {
        clearTimeout(timer)
        child.removeAllListeners('exit')
        out = ''
        res()
      } else if (out.length > 65536) out = out.slice(-4096)
    })
    child.stderr!.resume()
  })
  child.stdout!.resume()
  const stopOnExit = () => child.kill('SIGTERM')
  process.once('exit', stopOnExit)
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => stopChild(child, stopOnExit),
  }
}

function stopChild(child: ChildProcess, hook: () => void): Promise<void> {
  process.removeListener('exit', hook)
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((res) => {
    child.once('exit', () => res())
    child.kill('SIGTERM')
  })
}
