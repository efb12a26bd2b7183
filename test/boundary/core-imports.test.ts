import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../../core', import.meta.url).pathname
const FORBIDDEN = /from\s+['"](telegraf|@slack\/[^'"]*|bullmq|langchain|@langchain\/[^'"]*|openai)(\/[^'"]*)?['"]|import\(\s*['"](telegraf|@slack\/|bullmq|langchain|@langchain\/|openai)/

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('core/ boundary', () => {
  it('imports no platform SDK, bullmq, langchain or openai', () => {
    const offenders = files(ROOT).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('the check itself catches a forbidden import', () => {
    expect(FORBIDDEN.test("import { Telegraf } from 'telegraf'")).toBe(true)
    expect(FORBIDDEN.test("import { App } from '@slack/bolt'")).toBe(true)
    expect(FORBIDDEN.test("import { Queue } from 'bullmq'")).toBe(true)
    expect(FORBIDDEN.test("import { ChatOpenAI } from '@langchain/openai'")).toBe(true)
    expect(FORBIDDEN.test("const m = await import('openai')")).toBe(true)
    expect(FORBIDDEN.test("import { Redis } from 'ioredis'")).toBe(false)
  })
})
