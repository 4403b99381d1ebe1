import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204074027 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_series" drop constraint if exists "invoice_series_series_unique";`)
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_ocr_unique";`)
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_credited_invoice_id_unique";`)
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_order_id_unique";`)
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_series_number_unique";`)
    this.addSql(`alter table if exists "company_billing_profile" drop constraint if exists "company_billing_profile_company_id_unique";`)
    this.addSql(
      `create table if not exists "company_billing_profile" ("id" text not null, "company_id" text not null, "name" text not null, "attention" text null, "address_line_1" text not null, "address_line_2" text null, "postal_code" text not null, "city" text not null, "country_code" text not null default 'se', "vat_number" text null, "invoice_email" text not null, "payment_terms_days" integer not null default 30, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_billing_profile_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_billing_profile_deleted_at" ON "company_billing_profile" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_billing_profile_company_id_unique" ON "company_billing_profile" ("company_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "invoice" ("id" text not null, "series" text check ("series" in ('invoice', 'credit_note')) not null, "number" integer not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null, "credited_invoice_id" text null, "order_id" text null, "company_id" text not null, "currency_code" text not null, "issue_date" text not null, "due_date" text not null, "your_reference" text null, "buyer" jsonb not null, "seller" jsonb not null, "subtotal" integer not null, "tax_total" integer not null, "total" integer not null, "ocr" text null, "paid_at" timestamptz null, "paid_by" text null, "credited_at" timestamptz null, "credit_reason" text null, "credited_by" text null, "pdf_file_id" text null, "recurring" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_series_number_unique" ON "invoice" ("series", "number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_order_id_unique" ON "invoice" ("order_id") WHERE kind = 'invoice' AND order_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_credited_invoice_id_unique" ON "invoice" ("credited_invoice_id") WHERE credited_invoice_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_ocr_unique" ON "invoice" ("ocr") WHERE ocr IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_company_id_issue_date" ON "invoice" ("company_id", "issue_date") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "invoice_line" ("id" text not null, "position" integer not null, "description" text not null, "quantity" integer not null, "unit_price" integer not null, "tax_rate" integer not null, "subtotal" integer not null, "tax" integer not null, "invoice_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_line_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_line_invoice_id" ON "invoice_line" ("invoice_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_line_deleted_at" ON "invoice_line" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "invoice_series" ("id" text not null, "series" text check ("series" in ('invoice', 'credit_note')) not null, "next_number" integer not null default 1, "prefix" text not null default '', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_series_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_series_deleted_at" ON "invoice_series" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_series_series_unique" ON "invoice_series" ("series") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`
    )

    // The two number series, each starting at 1 (the service also creates a missing one on first use).
    this.addSql(
      `insert into "invoice_series" ("id", "series", "next_number", "prefix") values ('invser_invoice', 'invoice', 1, ''), ('invser_credit_note', 'credit_note', 1, 'K') on conflict do nothing;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invoice_line" drop constraint if exists "invoice_line_invoice_id_foreign";`)

    this.addSql(`drop table if exists "company_billing_profile" cascade;`)

    this.addSql(`drop table if exists "invoice" cascade;`)

    this.addSql(`drop table if exists "invoice_line" cascade;`)

    this.addSql(`drop table if exists "invoice_series" cascade;`)
  }
}
