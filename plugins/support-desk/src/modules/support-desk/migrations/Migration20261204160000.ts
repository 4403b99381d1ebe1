import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ticket_follower" ("id" text not null, "ticket_id" text not null, "company_id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_follower_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_follower_ticket_id_customer_id_unique" ON "ticket_follower" ("ticket_id", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_follower_customer_id" ON "ticket_follower" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_follower_deleted_at" ON "ticket_follower" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "strapi_hook_event" ("id" text not null, "event_id" text not null, "type" text not null, "received_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "strapi_hook_event_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_strapi_hook_event_event_id_unique" ON "strapi_hook_event" ("event_id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_strapi_hook_event_deleted_at" ON "strapi_hook_event" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "strapi_hook_event" cascade;`)
    this.addSql(`drop table if exists "ticket_follower" cascade;`)
  }
}
