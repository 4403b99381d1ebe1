import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "company_cart" ("id" text not null, "cart_id" text not null, "company_id" text not null, "customer_id" text not null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_cart_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_cart_cart_id_unique" ON "company_cart" ("cart_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_cart_company_id_customer_id_unique" ON "company_cart" ("company_id", "customer_id") WHERE deleted_at IS NULL AND completed_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_cart_deleted_at" ON "company_cart" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "company_order" ("id" text not null, "order_id" text not null, "cart_id" text null, "company_id" text not null, "customer_id" text not null, "your_reference" text null, "terms_accepted_at" timestamptz not null, "delivery_status" text check ("delivery_status" in ('pending', 'delivered')) not null default 'pending', "delivery_attempts" integer not null default 0, "last_delivery_error" text null, "delivered_at" timestamptz null, "confirmation_sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_order_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_order_order_id_unique" ON "company_order" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_order_company_id" ON "company_order" ("company_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_order_delivery_status" ON "company_order" ("delivery_status") WHERE deleted_at IS NULL AND delivery_status = 'pending';`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_order_deleted_at" ON "company_order" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "company_order" cascade;`)
    this.addSql(`drop table if exists "company_cart" cascade;`)
  }
}
