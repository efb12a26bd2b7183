// A synthetic directory in the reference CSV format, for scale benchmarks: realistic Chinese
// company names from parts (重庆 + two-character brand + industry + 有限公司), with plenty of
// near-duplicates (one brand across many industries, brands one character apart), aliases,
// some English aliases, standalone and joint branches, members, secretaries and counselors.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pinyin } from 'pinyin-pro'

export interface SyntheticOptions {
  enterprises: number
  people: number
  /** Default: one branch per 50 companies, at least 10. */
  branches?: number
  seed?: number
}

export interface SyntheticSummary {
  centers: number
  branches: number
  enterprises: number
  people: number
}

const BRAND_CHARS = [...'科瑞华锐龙腾智芯鸿图途联创星河海明月天府丰收佳艺宇航大众白云金精工恒通东方兴源捷讯云安盛嘉禾弘达绿源万百草远协鑫翼新宏泰和康德信诚光辉长江博雅盛世永利祥瑞福鼎晨阳蓝湖松柏汇聚凯旋卓越宏远中美亚达合众立方正品']
const INDUSTRIES = [
  ['药业', 'Pharma'], ['医疗器械', 'Medical'], ['电子科技', 'Electronics'], ['精密机械', 'Precision'], ['新材料', 'Materials'],
  ['汽车零部件', 'Auto Parts'], ['百货', 'Department Store'], ['广告传媒', 'Media'], ['教育咨询', 'Education'], ['网络科技', 'Network'],
  ['财务咨询', 'Accounting'], ['餐饮管理', 'Catering'], ['金融信息服务', 'Fintech'], ['酒店管理', 'Hotels'], ['模具', 'Moulds'],
  ['包装材料', 'Packaging'], ['物流', 'Logistics'], ['钢构', 'Steel'], ['涂料', 'Coatings'], ['人力资源', 'HR'],
  ['农业科技', 'Agritech'], ['印务', 'Printing'], ['软件', 'Software'], ['汽车服务', 'Auto Service'], ['建材', 'Building Materials'],
  ['家居', 'Home'], ['茶业', 'Tea'], ['电气', 'Electric'], ['保洁服务', 'Cleaning'], ['汽车租赁', 'Car Rental'],
  ['生物科技', 'Biotech'], ['化工', 'Chemicals'], ['显示技术', 'Display'], ['国际物流', 'Global Logistics'], ['包装科技', 'Pack Tech'],
  ['通信设备', 'Telecom'], ['食品', 'Foods'], ['保安服务', 'Security'], ['玻璃制品', 'Glass'], ['商贸', 'Trading'],
] as const
const CENTERS = [
  { id: 'c_s1', area: '观音桥商圈', district: '江北区', road: '建新北路' },
  { id: 'c_s2', area: '西永微电子产业园', district: '沙坪坝区', road: '西永大道' },
  { id: 'c_s3', area: '茶园工业园区', district: '南岸区', road: '茶园路' },
  { id: 'c_s4', area: '水土高新区', district: '北碚区', road: '水土大道' },
  { id: 'c_s5', area: '鱼嘴镇', district: '江北区', road: '鱼嘴大道' },
]
const SURNAMES = [...'王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢']
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国志强海燕小平']

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function cn(n: number): string {
  const d = [...'零一二三四五六七八九']
  if (n < 10) return d[n]!
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '')
  return d[Math.floor(n / 10) % 10]! + '十' + (n % 10 ? d[n % 10] : '')
}

function csv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null): string => {
    const s = v === null ? '' : String(v)
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n'
}

/** Writes centers.csv, branches.csv, enterprises.csv, people.csv and oncall.csv into folder. */
export async function writeSyntheticDirectory(folder: string, opts: SyntheticOptions): Promise<SyntheticSummary> {
  const rand = rng(opts.seed ?? 20240601)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
  await mkdir(folder, { recursive: true })

  const centers = [['id', 'name', 'district', 'address', 'phone', 'hours', 'services']]
  CENTERS.forEach((c, i) =>
    centers.push([c.id, `${c.area}党群服务中心`, c.district, `${c.district}${c.road} ${i + 1} 号`, `023-0000-${9000 + i}`, '周一至周五 9:00-17:30', '组织关系转接|党费收缴|活动场地预约']),
  )

  // Unique brand × industry pairs; brands come from a small alphabet so many differ by one character.
  const seen = new Set<string>()
  const firms: { brand: string; industry: (typeof INDUSTRIES)[number]; center: number }[] = []
  while (firms.length < opts.enterprises) {
    const brand = pick(BRAND_CHARS) + pick(BRAND_CHARS)
    const industry = pick(INDUSTRIES)
    const key = brand + industry[0]
    if (brand[0] === brand[1] || seen.has(key)) continue
    seen.add(key)
    firms.push({ brand, industry, center: Math.floor(rand() * CENTERS.length) })
  }

  const branchCount = opts.branches ?? Math.max(10, Math.round(opts.enterprises / 50))
  const standalone = Math.floor(branchCount * 0.6)
  const branches = [['id', 'name', 'kind', 'center_id', 'secretary', 'secretary_phone', 'dues_method', 'dues_place', 'org_life_schedule', 'org_life_place']]
  const jointByCenter: string[][] = CENTERS.map(() => [])
  const branchOf: (string | null)[] = firms.map(() => null)
  for (let b = 0; b < branchCount; b++) {
    const id = `br_${b}`
    let name: string
    let center: number
    if (b < standalone && b < firms.length) {
      const f = firms[b]!
      name = `重庆${f.brand}${f.industry[0]}有限公司党支部`
      center = f.center
      branchOf[b] = id
    } else {
      center = b % CENTERS.length
      const n = jointByCenter[center]!.length + 1
      name = `${CENTERS[center]!.area}${b % 3 === 0 ? '小微企业' : '非公企业'}第${cn(n % 100 || 1)}联合党支部`
      jointByCenter[center]!.push(id)
    }
    branches.push([id, name, b < standalone ? 'standalone' : 'joint', CENTERS[center]!.id, pick(SURNAMES) + pick(GIVEN), `138-${String(b).padStart(4, '0')}-0000`, '每月党员活动日现场缴纳', '服务中心一楼党务窗口', '每月第二个星期五 19:00 主题党日', '服务中心 302 会议室'])
  }

  const enterprises = [['id', 'name', 'aliases', 'credit_code', 'area', 'address', 'branch_id']]
  firms.forEach((f, i) => {
    const c = CENTERS[f.center]!
    const short = f.brand + f.industry[0].slice(0, 2)
    const aliases = [short]
    if (f.industry[0].length > 2) aliases.push(f.brand + f.industry[0])
    if (i % 20 === 0) aliases.push(`${latinBrand(f.brand)} ${f.industry[1]}`)
    const joint = jointByCenter[f.center]!
    const branch = branchOf[i] ?? (i % 33 === 0 || joint.length === 0 ? null : joint[i % joint.length]!)
    enterprises.push([`e_${i}`, `重庆${f.brand}${f.industry[0]}有限公司`, [...new Set(aliases)].join('|'), `9150${String(i).padStart(14, '0')}`, c.area, `${c.district}${c.road} ${(i % 900) + 1} 号`, branch ?? ''])
  })

  const people = [['id', 'name', 'phone', 'enterprise_id', 'branch_id', 'center_id', 'role', 'lang', 'telegram_id', 'slack_id']]
  const shifts = [['center_id', 'level', 'person_id', 'days', 'start', 'end']]
  let pid = 0
  const person = (row: string[]): void => {
    people.push([`p_${pid}`, pick(SURNAMES) + pick(GIVEN) + pick(GIVEN), pid % 4 === 0 ? '' : `139${String(pid).padStart(8, '0')}`, ...row, pid % 3 === 0 ? '' : String(800000000 + pid), pid % 5 === 0 ? '' : `U${pid.toString(36).toUpperCase().padStart(8, '0')}`])
    pid++
  }
  CENTERS.forEach((c, ci) => {
    for (let level = 1; level <= 2; level++) {
      shifts.push([c.id, String(level), `p_${pid}`, '*', '00:00', '24:00'])
      person(['', '', c.id, 'counselor', 'zh-Hans'])
    }
    if (ci === 0) person(['', '', c.id, 'admin', 'zh-Hans'])
  })
  for (let b = 1; b < branches.length && pid < opts.people; b++) person(['', branches[b]![0]!, '', 'secretary', 'zh-Hans'])
  while (pid < opts.people) {
    const e = enterprises[1 + Math.floor(rand() * firms.length)]!
    person([e[0]!, e[6]!, '', 'member', pick(['zh-Hans', 'zh-Hans', 'zh-Hant', 'en'])])
  }

  await Promise.all([
    writeFile(join(folder, 'centers.csv'), csv(centers)),
    writeFile(join(folder, 'branches.csv'), csv(branches)),
    writeFile(join(folder, 'enterprises.csv'), csv(enterprises)),
    writeFile(join(folder, 'people.csv'), csv(people)),
    writeFile(join(folder, 'oncall.csv'), csv(shifts)),
  ])
  return { centers: CENTERS.length, branches: branchCount, enterprises: firms.length, people: pid }
}

/** The brand in Latin letters, as English aliases write it (科瑞 → Kerui). */
function latinBrand(brand: string): string {
  const p = pinyin(brand, { toneType: 'none', separator: '' })
  return p.charAt(0).toUpperCase() + p.slice(1)
}
