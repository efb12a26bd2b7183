import { beforeAll, describe, expect, it } from 'vitest'
import type { Directory } from '../../core/directory/directory.js'
import type { CompanyIndex } from '../../core/nlu/company-index.js'
import type { CompanyMention } from '../../core/nlu/types.js'
import { referenceDirectory } from './fixture.js'

let dir: Directory
let index: CompanyIndex
beforeAll(async () => {
  ;({ dir, index } = await referenceDirectory())
})

const one = (m: CompanyMention): string | null => (m.kind === 'one' ? m.enterprise.id : null)
const candidates = (m: CompanyMention): string[] => (m.kind === 'ambiguous' ? m.candidates.map((e) => e.id).sort() : [])

describe('CompanyIndex.find: names, aliases, derived short forms', () => {
  it('finds a full registered name', () => {
    expect(one(index.find('重庆恒通钢构有限公司的党员归哪里'))).toBe('e_lx_hengtong_steel')
  })
  it('finds a short form derived from the name, not listed as an alias', () => {
    // 智芯电子科技 → 智芯电子 is an alias, 智芯科技 too; 创新电子科技 → 创新科技 is derived only.
    expect(dir.enterprise('e_lx_chuangxin_elec')!.aliases).not.toContain('创新科技')
    expect(one(index.find('我在创新科技上班'))).toBe('e_lx_chuangxin_elec')
    expect(one(index.find('嘉禾教育咨询的支部'))).toBe('e_np_jiahe_edu')
  })
  it('finds a listed alias', () => {
    expect(one(index.find('绿源火锅的党费'))).toBe('e_np_lvyuan_food')
  })
  it('finds Traditional characters', () => {
    expect(one(index.find('我在華銳精密做事'))).toBe('e_lx_huarui')
    expect(one(index.find('鴻圖顯示的黨員'))).toBe('e_bd_hongtu')
  })
  it('finds an English alias case-insensitively, on word boundaries only', () => {
    expect(one(index.find('I work at KERUI PHARMA.'))).toBe('e_np_kerui_pharma')
    expect(one(index.find('zhixin electronics branch'))).toBe('e_bd_zhixin')
    expect(index.find('akerui pharmacy').kind).not.toBe('one')
  })
  it('finds a brand written in pinyin as a whole word', () => {
    expect(one(index.find('I work for Longteng, where do I pay?'))).toBe('e_lx_longteng')
  })
})

describe('CompanyIndex.find: typos and near names', () => {
  it('tolerates one wrong character', () => {
    expect(one(index.find('科瑞药也党费'))).toBe('e_np_kerui_pharma')
    expect(one(index.find('宇航电器开会不'))).toBe('e_bn_yuhang_elec')
    expect(one(index.find('精工模俱的支部'))).toBe('e_lx_jinggong')
  })
  it('prefers the company whose differing character sounds like the typed one', () => {
    // 智新电子 is one character from 智芯电子 (新/芯 xin) and from 创新电子 (智/创).
    expect(one(index.find('智新电子党费'))).toBe('e_bd_zhixin')
    // 宏图显示 is 鸿图显示 misspelled, never 鸿途包装.
    expect(one(index.find('公司是宏图显示'))).toBe('e_bd_hongtu')
  })
  it('tells near names apart by the characters that differ', () => {
    expect(one(index.find('科瑞药业'))).toBe('e_np_kerui_pharma')
    expect(one(index.find('科瑞医疗'))).toBe('e_np_kerui_med')
    expect(one(index.find('华锐精密'))).toBe('e_lx_huarui')
    expect(one(index.find('华瑞新材'))).toBe('e_lx_huarui_newmat')
    expect(one(index.find('联创软件'))).toBe('e_bn_lianchuang')
    expect(one(index.find('联创汽车'))).toBe('e_bn_lianchuang_auto')
    expect(one(index.find('鸿图显示'))).toBe('e_bd_hongtu')
    expect(one(index.find('鸿途包装'))).toBe('e_bd_hongtu_pack')
  })
  it('an exact hit beats a typo hit', () => {
    // 科瑞医疗 is exact for the device maker, and one character from nothing else that matters.
    expect(one(index.find('我是科瑞医疗的，不是科瑞药业'))).toBe('e_np_kerui_med')
  })
  it('a typo that fits two companies equally is ambiguous', () => {
    expect(candidates(index.find('科瑞医业的党费'))).toEqual(['e_np_kerui_med', 'e_np_kerui_pharma'])
  })
  it('a non-homophone slip in the brand is not taken for a company', () => {
    expect(index.find('最新电子版的通知').kind).toBe('none')
  })
})

describe('CompanyIndex.find: ambiguous, unknown, two companies', () => {
  it('a bare brand shared by several companies is ambiguous with those candidates', () => {
    const m = index.find('科瑞的 组织生活啥时候')
    expect(m.kind).toBe('ambiguous')
    expect(candidates(m)).toEqual(['e_np_kerui_med', 'e_np_kerui_pharma'])
    expect(candidates(index.find('联创的党费'))).toEqual(['e_bn_lianchuang', 'e_bn_lianchuang_auto'])
  })
  it('a bare brand of one company is that company when followed by a cue', () => {
    expect(one(index.find('鸿图的党员大会'))).toBe('e_bd_hongtu')
  })
  it('a company-like name that is not in the directory is unknown, never a near company', () => {
    expect(index.find('我们公司叫重庆川渝达通物流，应该找哪个支部')).toEqual({ kind: 'unknown', name: '重庆川渝达通物流' })
    expect(index.find('我在一家外贸公司（重庆环亚进出口）')).toEqual({ kind: 'unknown', name: '重庆环亚进出口' })
    expect(index.find('我们是一家奶茶店 叫一点甜 在南坪步行街')).toEqual({ kind: 'unknown', name: '一点甜' })
    // Shares the brand 科瑞 with two known companies, but names neither.
    expect(index.find('我们公司叫重庆科瑞生物').kind).toBe('unknown')
  })
  it('no company named is none', () => {
    expect(index.find('党费交多少').kind).toBe('none')
    expect(index.find('今天的党课很精彩').kind).toBe('none')
    // 安心 is a brand (安心大药房) and a plain word: after an adverb it is the word.
    expect(index.find('交了党费就很安心的').kind).toBe('none')
    expect(one(index.find('我是安心的，党费在哪交'))).toBe('e_np_anxin_pharmacy')
  })
  it('of two companies, the destination of a move is chosen', () => {
    expect(one(index.find('我从龙腾汽配离职了，要去南坪的星河咖啡上班'))).toBe('e_np_xinghe')
    expect(one(index.find('组织关系要从华锐精密转到白云化工'))).toBe('e_bn_baiyun')
    expect(one(index.find('I left Kerui Pharma and joined Zhixin Electronics'))).toBe('e_bd_zhixin')
  })
  it('of two companies without a cue, the first', () => {
    expect(one(index.find('捷讯通信和云海食品是一个支部吗'))).toBe('e_bd_jiexun')
  })
})
