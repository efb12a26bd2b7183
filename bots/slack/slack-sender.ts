import { WebClient } from '@slack/web-api'
import { t } from '../../core/i18n/catalog.js'
import type { DeliveryMessage } from '../../jobs/delivery/delivery-message.js'
import type { DeliverySender } from '../../jobs/delivery/delivery-sender.js'
import { toPlatformError } from './slack-errors.js'
import { renderReply, type SlackMessage } from './slack-render.js'
import { quietLogger } from './slack-logger.js'

/** A send that hangs is abandoned and retried (at the risk of a duplicate, never a loss). */
const SEND_TIMEOUT_MS = 15_000

/**
 * The delivery worker's Slack side: the same rendering as replies, one chat.postMessage per
 * piece. The client neither waits out a 429 nor retries: the queue owns waits (Retry-After
 * pauses every worker) and backoff, and knows which pieces already went out.
 */
export class SlackSender implements DeliverySender<SlackMessage> {
  readonly platform = 'slack' as const
  private readonly client: WebClient

  constructor(options: { token: string; apiUrl: string }) {
    this.client = new WebClient(options.token, {
      slackApiUrl: options.apiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: SEND_TIMEOUT_MS,
      logger: quietLogger(),
    })
  }

  render(message: DeliveryMessage): SlackMessage[] {
    // A queued message carries no language; the preview of a sensitive one is in the default.
    return renderReply(message, t('zh-Hans', 'slack_preview'))
  }

  async send(channel: string, piece: SlackMessage): Promise<string | void> {
    try {
      const sent = await this.client.chat.postMessage({ channel, text: piece.text, blocks: piece.blocks, unfurl_links: false, unfurl_media: false })
      return sent.ts
    } catch (err) {
      throw toPlatformError(err, 'chat.postMessage', channel)
    }
  }

  /** chat.update of a message sent earlier: new text and blocks (no buttons once handled). */
  async edit(channel: string, ts: string, piece: SlackMessage): Promise<void> {
    try {
      await this.client.chat.update({ channel, ts, text: piece.text, blocks: piece.blocks })
    } catch (err) {
      throw toPlatformError(err, 'chat.update', channel)
    }
  }
}
