// English words for the industry part of a company name, so that a brand written in pinyin
// can be told apart by what follows it: "Kerui Medical" is 科瑞医疗 (not 科瑞药业), "Hongtu
// Display" is 鸿图显示 (not 鸿途包装). Each word maps to the Han industry words it may stand for.

import { INDUSTRY_WORDS } from './name-parts.js'
import { latinOf } from './pinyin-cache.js'

let PINYIN: Map<string, string[]> | null = null

/** An industry word typed in pinyin (kerui yaoye, hongtu baozhuang): the Han words it spells. */
function pinyinIndustry(word: string): readonly string[] | undefined {
  if (!PINYIN) {
    PINYIN = new Map()
    for (const w of INDUSTRY_WORDS) {
      const key = latinOf(w)
      if (key.length >= 4) PINYIN.set(key, [...(PINYIN.get(key) ?? []), w])
    }
  }
  return PINYIN.get(word)
}

const GLOSSARY: Record<string, readonly string[]> = {
  pharma: ['药业', '制药', '医药'],
  pharmaceutical: ['药业', '制药', '医药'],
  pharmaceuticals: ['药业', '制药', '医药'],
  medical: ['医疗', '器械', '医药'],
  medicine: ['医药', '药业'],
  device: ['器械', '设备'],
  devices: ['器械', '设备'],
  equipment: ['设备', '器械'],
  display: ['显示'],
  displays: ['显示'],
  packaging: ['包装'],
  package: ['包装'],
  electronics: ['电子'],
  electronic: ['电子'],
  electric: ['电气', '电器'],
  electrical: ['电气', '电器'],
  technology: ['科技'],
  tech: ['科技'],
  software: ['软件'],
  auto: ['汽车', '汽配', '汽服'],
  automotive: ['汽车', '汽配'],
  car: ['汽车', '租车'],
  cars: ['汽车', '租车'],
  parts: ['零部件', '汽配'],
  logistics: ['物流'],
  chemical: ['化工'],
  chemicals: ['化工'],
  paint: ['涂料'],
  coatings: ['涂料'],
  printing: ['印务', '印刷'],
  furniture: ['家具', '家居'],
  home: ['家居'],
  agriculture: ['农业', '农科'],
  agricultural: ['农业', '农科'],
  biotech: ['生物'],
  bio: ['生物'],
  biology: ['生物'],
  tea: ['茶业', '茶'],
  food: ['食品', '餐饮'],
  foods: ['食品', '餐饮'],
  catering: ['餐饮'],
  restaurant: ['餐饮', '火锅', '小面'],
  security: ['保安'],
  cleaning: ['保洁'],
  rental: ['租赁', '租车'],
  steel: ['钢构', '钢结构'],
  mold: ['模具'],
  mould: ['模具'],
  glass: ['玻璃'],
  material: ['材料', '新材', '建材'],
  materials: ['材料', '新材', '建材'],
  precision: ['精密'],
  machinery: ['机械'],
  hr: ['人力', '劳务'],
  labor: ['劳务', '人力'],
  labour: ['劳务', '人力'],
  law: ['律师', '律所'],
  legal: ['律师', '律所'],
  education: ['教育', '培训'],
  training: ['培训', '教育'],
  finance: ['金融', '金服', '财务'],
  financial: ['金融', '金服', '财务'],
  accounting: ['会计', '财务'],
  hotel: ['酒店'],
  media: ['传媒', '广告'],
  advertising: ['广告', '传媒'],
  network: ['网络'],
  internet: ['网络'],
  communication: ['通信'],
  communications: ['通信'],
  telecom: ['通信'],
  design: ['设计'],
  photo: ['摄影'],
  photography: ['摄影'],
  coffee: ['咖啡'],
  cafe: ['咖啡'],
  pharmacy: ['药房'],
  clinic: ['诊所'],
  construction: ['建筑', '建材'],
  building: ['建材', '建筑'],
  department: ['百货'],
  store: ['百货', '商场', '店'],
  mall: ['商场', '百货'],
}

/**
 * The Han industry words that the one or two Latin words at the start of `after` stand for,
 * with the length of text they cover (0 when the next word is no industry word).
 */
export function englishIndustry(after: string): { words: string[]; length: number } {
  const m = /^ ([a-z]+)(?: ([a-z]+))?/.exec(after)
  if (!m) return { words: [], length: 0 }
  const first = GLOSSARY[m[1]!] ?? pinyinIndustry(m[1]!)
  if (!first) return { words: [], length: 0 }
  const second = m[2] ? (GLOSSARY[m[2]] ?? pinyinIndustry(m[2])) : undefined
  if (second) return { words: [...first, ...second], length: m[0].length }
  return { words: [...first], length: 1 + m[1]!.length }
}
