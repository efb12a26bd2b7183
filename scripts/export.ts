import { parseArgs } from 'node:util'
import { envOrExit, startRuntime } from '../bots/app.js'
import { Lang } from '../core/model/records.js'
import { parseNoticeId } from '../core/notices/notice-record.js'
import { attendanceCsv, loadAttendance } from '../core/notices/notice-roster.js'
import { NoticeStore } from '../core/store/notices.js'

/**
 * `npm run -s lianxin -- export <notice id> [--lang zh-Hans|zh-Hant|en]`: the attendance CSV of a
 * notice on stdout (name, company, RSVP, reason, checked in, time). Exit 1 for an unknown notice.
 */
export async function runExport(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' } } })
  const id = parseNoticeId(positionals[0] ?? '')
  const lang = Lang.safeParse(values.lang ?? 'zh-Hans')
  if (!id || !lang.success) {
    process.stderr.write('usage: npm run -s lianxin -- export <notice id, e.g. N12> [--lang zh-Hans|zh-Hant|en]\n')
    return 2
  }
  const rt = await startRuntime(envOrExit())
  try {
    const store = new NoticeStore(rt.redis, rt.keys)
    const notice = await store.get(id)
    if (!notice || (await store.state(id)) === 'draft') {
      process.stderr.write(`export: no notice ${id}\n`)
      return 1
    }
    const { directory } = await rt.directory.current()
    const attendance = await loadAttendance(store, notice, directory)
    process.stdout.write(`${attendanceCsv(lang.data, attendance, directory, rt.env.LIANXIN_TZ)}\n`)
    return 0
  } finally {
    await rt.stop()
  }
}
