import type { Context, Logger } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { StrapiClient } from "../../lib/strapi-client"
import { StrapiHookEvent, TicketFollower } from "./models"

type SqlManager = { execute<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> }
const sqlOf = (context: Context) => (context.transactionManager ?? context.manager) as unknown as SqlManager

/** The plugin's options (medusa-config.ts passes STRAPI_URL, STRAPI_API_TOKEN, STRAPI_WEBHOOK_SECRET). */
export type SupportDeskOptions = { strapiUrl?: string; strapiApiToken?: string; webhookSecret?: string }

export default class SupportDeskModuleService extends MedusaService({ TicketFollower, StrapiHookEvent }) {
  private readonly options_: SupportDeskOptions
  private readonly logger_?: Logger
  private client_?: StrapiClient

  constructor(container: Record<string, unknown>, options?: SupportDeskOptions) {
    super(container, options)
    this.options_ = options ?? {}
    this.logger_ = container.logger as Logger | undefined
  }

  /** The one client to Strapi's content API (its timeouts, retry and error mapping). */
  strapi(): StrapiClient {
    this.client_ ??= new StrapiClient({
      baseUrl: this.options_.strapiUrl || "http://localhost:1337",
      token: this.options_.strapiApiToken ?? "",
      log: (message) => this.logger_?.warn(message),
    })
    return this.client_
  }

  webhookSecret(): string | undefined {
    return this.options_.webhookSecret || undefined
  }

  /** Follows a ticket; following twice is one row. */
  @InjectManager()
  async follow(ticketId: string, companyId: string, customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await sqlOf(sharedContext).execute(
      `insert into "ticket_follower" ("id", "ticket_id", "company_id", "customer_id") values (?, ?, ?, ?)
       on conflict ("ticket_id", "customer_id") where "deleted_at" is null do nothing`,
      [generateEntityId(undefined, "tfol"), ticketId, companyId, customerId]
    )
  }

  @InjectManager()
  async unfollow(ticketId: string, customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await sqlOf(sharedContext).execute(`delete from "ticket_follower" where "ticket_id" = ? and "customer_id" = ?`, [ticketId, customerId])
  }

  /** The followers of a ticket of the company. */
  @InjectManager()
  async followersOf(ticketId: string, companyId: string, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const rows = await sqlOf(sharedContext).execute<{ customer_id: string }>(
      `select "customer_id" from "ticket_follower" where "ticket_id" = ? and "company_id" = ? and "deleted_at" is null order by "created_at"`,
      [ticketId, companyId]
    )
    return rows.map((row) => row.customer_id)
  }

  /**
   * Records a Strapi event id; false when it was recorded before (a retried push). The unique
   * index decides, so two deliveries of one event at the same moment still mail once.
   */
  @InjectManager()
  async claimHookEvent(eventId: string, type: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `insert into "strapi_hook_event" ("id", "event_id", "type", "received_at") values (?, ?, ?, now())
       on conflict ("event_id") do nothing returning "id"`,
      [generateEntityId(undefined, "shev"), eventId, type]
    )
    return rows.length > 0
  }

  /** Lets a push be handled again when its mails could not be prepared (Strapi retries it). */
  @InjectManager()
  async releaseHookEvent(eventId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await sqlOf(sharedContext).execute(`delete from "strapi_hook_event" where "event_id" = ?`, [eventId])
  }
}
