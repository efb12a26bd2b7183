import { z } from 'zod'
import { delimitData, type PromptTask } from '../core/llm/llm-port.js'
import type { Lang } from '../core/model/records.js'

/** Only a text: the model rephrases, and the core checks every fact in it against the records. */
export const PhrasingOutput = z.object({ text: z.string().min(1).max(2000) })
export type PhrasingOutput = z.infer<typeof PhrasingOutput>

export interface PhrasingInput {
  /** The template answer built from the records, names and phones as [NAME_n] / [PHONE_n]. */
  facts: string
  lang: Lang
}

const LANGUAGE: Record<Lang, string> = { 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English' }

export const answerPhrasingPrompt: PromptTask<PhrasingInput, PhrasingOutput> = {
  id: 'answer_phrasing',
  version: 'phrasing-2026-01',
  system: [
    'You rewrite an answer of a party-member service center so that it reads warmly and naturally.',
    'The answer is inside <facts> tags. It is the only source of truth.',
    'Rules:',
    '- Keep every fact. Do not add any phone number, address, place, date, time, weekday or number that is not in the facts.',
    '- Copy placeholders such as [NAME_1] and [PHONE_1] exactly as they are; never invent new ones.',
    '- Do not number lines. Keep it short: at most a few sentences.',
    '- Write in the language you are told.',
    'Reply with JSON only: {"text": "..."}.',
  ].join('\n'),
  render: (input) => `Language: ${LANGUAGE[input.lang]}\n${delimitData(input.facts, 'facts')}`,
  schema: PhrasingOutput,
}
