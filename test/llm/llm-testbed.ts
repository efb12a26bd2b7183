import { createLlmService, type LlmEnv } from '../../bots/llm/llm-runtime.js'
import type { Directory } from '../../core/directory/directory.js'
import type { LlmLogEvent } from '../../core/llm/llm-port.js'
import type { LlmService } from '../../core/llm/llm-service.js'
import { CompanyIndex } from '../../core/nlu/company-index.js'
import { LlmCacheStore } from '../../core/store/llm-cache.js'
import { fixtureDirectory } from '../support/fixtures.js'
import { startFakeOpenAi, type FakeOpenAi, type FakeScript } from '../support/fake-openai.js'
import { testRedis, type TestRedis } from '../support/redis.js'

export interface LlmTestbed {
  fake: FakeOpenAi
  db: TestRedis
  llm: LlmService
  store: LlmCacheStore
  logs: LlmLogEvent[]
  dir: Directory
  index: CompanyIndex
  close(): Promise<void>
}

let index: CompanyIndex | undefined

/** The real ChatOpenAI wired to a fake OpenAI-compatible server, with Redis for the cache. */
export async function llmTestbed(o: { script?: FakeScript; env?: Partial<LlmEnv> } = {}): Promise<LlmTestbed> {
  const fake = await startFakeOpenAi(o.script)
  const db = await testRedis()
  const logs: LlmLogEvent[] = []
  const env: LlmEnv = { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', LLM_SENSITIVE: 'deny', LLM_TIMEOUT: 1500, ...o.env }
  const llm = createLlmService(env, { redis: db.redis, keys: db.keys, log: (e) => logs.push(e) })
  const dir = await fixtureDirectory()
  index ??= CompanyIndex.build(dir)
  return {
    fake,
    db,
    llm,
    store: new LlmCacheStore(db.redis, db.keys),
    logs,
    dir,
    index,
    close: async () => {
      await fake.close()
      await db.close()
    },
  }
}

/** Every phone number and person name in the directory, to search request bodies for leaks. */
export function directorySecrets(dir: Directory): { phones: string[]; names: string[] } {
  const phones = new Set<string>()
  const names = new Set<string>()
  for (const p of dir.data.people) {
    names.add(p.name)
    if (p.phone) phones.add(p.phone)
  }
  for (const b of dir.allBranches()) {
    if (b.secretary) names.add(b.secretary)
    if (b.secretary_phone) phones.add(b.secretary_phone)
  }
  for (const c of dir.allCenters()) phones.add(c.phone)
  return { phones: [...phones], names: [...names] }
}

/** JSON-encoded request bodies escape non-ASCII: decode before searching. */
export function bodyText(raw: string): string {
  return JSON.stringify(JSON.parse(raw) as unknown, null, 0).replace(/\\u([0-9a-f]{4})/gi, (_w, h: string) => String.fromCharCode(parseInt(h, 16)))
}
