import { beforeAll, describe, expect, it } from 'vitest'
import type { Directory } from '../../core/directory/directory.js'
import type { CompanyIndex } from '../../core/nlu/company-index.js'
import { understand } from '../../core/nlu/understand.js'
import { referenceDirectory } from './fixture.js'

let dir: Directory
let index: CompanyIndex
beforeAll(async () => {
  ;({ dir, index } = await referenceDirectory())
})

const ids = (text: string) => {
  const u = understand(text, dir, index)
  return {
    intent: u.intent,
    enterprise: u.company.kind === 'one' ? u.company.enterprise.id : null,
    branch: u.branch?.id ?? null,
    center: u.center?.id ?? null,
  }
}

describe('branch named directly', () => {
  it('a company and an ordinal pick that company’s numbered branch', () => {
    expect(ids('智芯二支部的党费交给谁')).toMatchObject({ enterprise: 'e_bd_zhixin', branch: 'br_bd_zhixin2', center: 'c_bonded' })
    expect(ids('智芯第一支部书记是谁').branch).toBe('br_bd_zhixin')
  })
  it('a joint branch said with a shortened area', () => {
    expect(ids('巴南小微企业第二联合党支部几时开会')).toMatchObject({ enterprise: null, branch: 'br_bn_joint2', center: 'c_banan' })
    expect(ids('南坪第二联合支部的书记电话').branch).toBe('br_np_joint2')
    expect(ids('龙兴非公企业联合党支部在哪开会').branch).toBe('br_lx_joint')
    expect(ids('个体工商户联合党支部主题党日').branch).toBe('br_np_individual')
  })
  it('a joint branch alone in its area is found from the area and 联合', () => {
    expect(ids('保税港区联合党支部在哪开会').branch).toBe('br_bd_joint')
  })
  it('generic words before 支部 name no branch', () => {
    expect(ids('我的支部是哪个')).toMatchObject({ branch: null, center: null })
    expect(ids('我们联合支部什么时候开会').branch).toBeNull()
    // Several joint branches in 南坪: ask back rather than guess.
    expect(ids('南坪联合支部的书记').branch).toBeNull()
  })
  it('without a branch named, the company’s own branch', () => {
    expect(ids('白云化工党支部书记').branch).toBe('br_bn_baiyun')
    expect(ids('科瑞医疗的党员归哪个支部').branch).toBe('br_np_joint1')
  })
  it('a company with no branch yet has no branch, and its area’s center', () => {
    expect(ids('金龙玻璃的支部是哪个')).toMatchObject({ enterprise: 'e_lx_jinlong_glass', branch: null, center: 'c_longxing' })
  })
})

describe('area and center named', () => {
  it.each([
    ['南坪那边的服务中心几点开门', 'c_nanping'],
    ['龙兴中心电话', 'c_longxing'],
    ['巴南的党群中心在哪', 'c_banan'],
    ['界石那边有服务中心吗', 'c_banan'],
    ['南彭附近有没有党群服务中心', 'c_banan'],
    ['保税港区中心有人值班吗', 'c_bonded'],
    ['空港的中心怎么走', 'c_bonded'],
    ['龍興黨群服務中心地址', 'c_longxing'],
    ['Where is the center in the bonded zone?', 'c_bonded'],
    ['Is the Longxing center open on Sunday?', 'c_longxing'],
    ['Nanping business district service center phone', 'c_nanping'],
  ])('%s → %s', (text, center) => {
    expect(ids(text).center).toBe(center)
  })
  it('a district two centers share names no center', () => {
    expect(ids('渝北的服务中心在哪').center).toBeNull()
  })
  it('a place inside a company name is not a place named', () => {
    // 龙兴工匠职业培训学校 is in 龙兴; a place read out of a company name must not override
    // the company: checked through a company whose name starts with its area.
    expect(ids('南坪百草堂中医诊所的党费').center).toBe('c_nanping')
  })
  it('of two areas, the destination', () => {
    expect(ids('我从龙兴搬到南坪了，中心在哪').center).toBe('c_nanping')
  })
})

describe('understand: whole messages', () => {
  it('combines intent, company, branch and center', () => {
    expect(ids('I’d like to register, I work for Longteng Auto Parts')).toEqual({
      intent: 'register',
      enterprise: 'e_lx_longteng',
      branch: 'br_lx_longteng',
      center: 'c_longxing',
    })
  })
  it('an unknown company with an area named keeps the area', () => {
    expect(ids('我们店叫麻辣空间，在界石，党费交到哪里')).toMatchObject({ intent: 'pay_dues', enterprise: null, branch: null, center: 'c_banan' })
  })
  it('an area before 一家 / 那边一个 is where an undescribed workplace is: the area counts', () => {
    expect(ids('我在龙兴那边一个厂里上班 支部是哪个')).toMatchObject({ intent: 'find_branch', enterprise: null, branch: null, center: 'c_longxing' })
    expect(ids('在空港一家公司做保安，党费咋交')).toMatchObject({ enterprise: null, branch: null, center: 'c_bonded' })
  })
  it('an English ordinal picks the company’s numbered branch', () => {
    expect(ids('Zhixin Electronics branch 2, who is the secretary?')).toMatchObject({ enterprise: 'e_bd_zhixin', branch: 'br_bd_zhixin2' })
    expect(ids('first branch of Zhixin Electronics party lesson').branch).toBe('br_bd_zhixin')
  })
  it('a pinyin brand with a pinyin industry word tells near names apart', () => {
    expect(ids('kerui yiliao dangfei')).toMatchObject({ enterprise: 'e_np_kerui_med', branch: 'br_np_joint1' })
    expect(ids('hongtu xianshi zhibu shuji')).toMatchObject({ intent: 'find_branch', enterprise: 'e_bd_hongtu' })
  })
  it('reports the language', () => {
    expect(understand('黨費怎麼繳', dir, index).lang).toBe('zh-Hant')
    expect(understand('how do I pay dues', dir, index).lang).toBe('en')
    expect(understand('党费怎么交', dir, index).lang).toBe('zh-Hans')
  })
  it('bounds the work on huge input and still answers', () => {
    const huge = '党费在哪交 ' + '啊'.repeat(200_000) + ' 科瑞药业'
    const started = performance.now()
    const u = understand(huge, dir, index)
    expect(performance.now() - started).toBeLessThan(200)
    expect(u.intent).toBe('pay_dues')
    // The company is past the bound: not looked at.
    expect(u.company.kind).toBe('none')
  })
})
