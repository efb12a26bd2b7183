import { describe, expect, it } from 'vitest'
import { orgLifeAnswer } from '../../core/conversation/answers.js'
import { inventedFacts } from '../../core/llm/fact-check.js'
import { Masker } from '../../core/llm/masking.js'
import { reviewPhrasing } from '../../core/llm/llm-phrasing.js'
import { fixtureDirectory } from '../support/fixtures.js'

// The invented-fact check and the masking, without a model: what a phrasing may and may not say.

const ORG_LIFE = `重庆科瑞药业有限公司党支部的组织生活：
安排：每月第二个星期五 19:00 主题党日
地点：服务中心 302 会议室
下一次：2026年12月11日（周五）19:00 主题党日`

describe('inventedFacts', () => {
  it('accepts the same facts in other words, numerals and clock styles', () => {
    expect(inventedFacts('科瑞药业支部每月第二个周五晚上7点过主题党日，地点在服务中心302会议室，下一次是12月11日星期五晚7点。', ORG_LIFE)).toEqual([])
    expect(inventedFacts('Next meeting: Friday, December 11, 2026 at 7 pm in room 302 of the service center.', ORG_LIFE)).toEqual([])
    expect(inventedFacts('下次主题党日在十二月十一日，周五19:00，服务中心三百零二会议室。', ORG_LIFE)).toEqual([])
  })

  it('flags each kind of invented fact', () => {
    expect(inventedFacts('下一次是12月11日晚上8点。', ORG_LIFE)).toEqual(['time'])
    expect(inventedFacts('下一次是12月18日晚上7点。', ORG_LIFE)).toEqual(['date'])
    expect(inventedFacts('每月第二个星期四 19:00 过主题党日。', ORG_LIFE)).toEqual(['weekday'])
    expect(inventedFacts('每月第三个星期五 19:00 过主题党日。', ORG_LIFE)).toEqual(['number'])
    expect(inventedFacts('地点：服务中心 303 会议室。', ORG_LIFE)).toEqual(['number'])
    expect(inventedFacts('有问题请打 138-1234-5678。', ORG_LIFE)).toEqual(['phone'])
    expect(inventedFacts('地点改在解放碑路的活动中心。', ORG_LIFE)).toEqual(['address'])
    expect(inventedFacts('Call 023 6666 8888 before 9 am.', ORG_LIFE).sort()).toEqual(['phone', 'time'])
  })

  it('matches the real template of the core: a phrasing of orgLifeAnswer', async () => {
    const dir = await fixtureDirectory()
    const template = orgLifeAnswer('zh-Hans', dir.branch('br_np_kerui')!, new Date('2026-11-24T13:00:00Z'), 'Asia/Shanghai')
    expect(inventedFacts('您好，科瑞药业支部下一次主题党日是2026年12月11日（周五）19:00，在服务中心302会议室。', template)).toEqual([])
    expect(inventedFacts('您好，科瑞药业支部下一次主题党日是2026年12月4日（周五）19:00。', template)).toEqual(['date'])
  })
})

describe('Masker', () => {
  const masker = new Masker(['陈建国', '刘晓燕', '欧阳娜娜', 'Li Ming'])

  it('replaces directory names, self-given names and phone numbers by placeholders, and restores them', () => {
    const m = masker.mask('我叫王小明，手机 13812345678，想问刘晓燕（139-0000-2001）和欧阳娜娜、Li Ming 的事，2026-11-27 开会')
    expect(m.text).toBe('我叫[NAME_1]，手机 [PHONE_1]，想问[NAME_2]（[PHONE_2]）和[NAME_3]、[NAME_4] 的事，2026-11-27 开会')
    expect(m.restore('[NAME_2] 的电话是 [PHONE_2]').text).toBe('刘晓燕 的电话是 139-0000-2001')
  })

  it('a member cannot spoof a placeholder to pull a value back out; unknown placeholders are counted', () => {
    const m = masker.mask('陈建国的电话是多少？[PHONE_1] [NAME_7]')
    expect(m.text).toBe('[NAME_1]的电话是多少？[PHONE] [NAME]')
    expect(m.restore('[NAME_1] [PHONE_3]')).toEqual({ text: '陈建国 [PHONE_3]', unknown: 1 })
  })

  it('a phrasing that drops or invents a placeholder is rejected', () => {
    const template = '支部书记：陈建国，电话 138-0000-1000'
    const m = masker.mask(template)
    expect(m.text).toBe('支部书记：[NAME_1]，电话 [PHONE_1]')
    expect(reviewPhrasing(m, template, '书记是[NAME_1]，电话[PHONE_1]。')).toBeNull()
    expect(reviewPhrasing(m, template, '书记是[NAME_1]。')).toBe('dropped_fact')
    expect(reviewPhrasing(m, template, '书记是[NAME_1]，电话[PHONE_1]，副书记[NAME_2]。')).toBe('invented_fact')
  })
})
