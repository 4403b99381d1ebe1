import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204073843 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "license" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "company_id" text not null, "order_number" text not null, "customer_number" text not null, "organisation_number" text not null, "variant_id" text not null, "product_code" text not null, "product_title" text not null, "category" text check ("category" in ('user_license', 'addon_module', 'integration', 'training', 'service')) not null, "kind" text check ("kind" in ('named_user', 'company', 'site')) not null, "seats" integer not null, "term" text check ("term" in ('perpetual', 'yearly')) not null, "valid_from" timestamptz not null, "valid_until" timestamptz null, "license_key" text not null, "license_file" text not null, "kid" text not null, "revoked_at" timestamptz null, "revoked_by" text null, "revocation_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "license_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_deleted_at" ON "license" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_license_line_item_id_unique" ON "license" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_license_license_key_unique" ON "license" ("license_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_company_id" ON "license" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_order_id" ON "license" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "license_terms" ("id" text not null, "variant_id" text not null, "product_code" text not null, "category" text check ("category" in ('user_license', 'addon_module', 'integration', 'training', 'service')) not null, "kind" text check ("kind" in ('named_user', 'company', 'site')) not null, "seats" integer not null default 1, "term" text check ("term" in ('perpetual', 'yearly')) not null, "delivers_license" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "license_terms_pkey" primary key ("id"), constraint license_terms_seats_positive check (seats >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_license_terms_deleted_at" ON "license_terms" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_license_terms_variant_id_unique" ON "license_terms" ("variant_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "license" cascade;`);

    this.addSql(`drop table if exists "license_terms" cascade;`);
  }

}
