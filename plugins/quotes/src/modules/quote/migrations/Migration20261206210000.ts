import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "quote" ("id" text not null, "display_id" serial, "company_id" text not null, "customer_id" text not null, "draft_order_id" text not null, "status" text check ("status" in ('requested', 'sent', 'accepted', 'declined', 'cancelled')) not null default 'requested', "your_reference" text null, "valid_until" timestamptz null, "sent_version" integer null, "sent_at" timestamptz null, "decided_by_id" text null, "decided_by_type" text check ("decided_by_type" in ('customer', 'staff')) null, "decided_by_name" text null, "decided_at" timestamptz null, "reminder_sent_at" timestamptz null, "expiry_notice_sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`
    )
    // Quote numbers start at 1001, as the invoices' do, so a customer never sees "Offert 1".
    this.addSql(`alter sequence if exists "quote_display_id_seq" restart with 1001;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_draft_order_id_unique" ON "quote" ("draft_order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_company_id_created_at" ON "quote" ("company_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_status_created_at" ON "quote" ("status", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "quote_message" ("id" text not null, "author_type" text check ("author_type" in ('customer', 'staff')) not null, "author_id" text not null, "author_name" text not null, "text" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"), constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade);`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id_created_at" ON "quote_message" ("quote_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quote_message" cascade;`)
    this.addSql(`drop table if exists "quote" cascade;`)
  }
}
