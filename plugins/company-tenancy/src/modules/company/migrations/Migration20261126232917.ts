import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126232917 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "membership" drop constraint if exists "membership_company_id_customer_id_unique";`);
    this.addSql(`alter table if exists "company" drop constraint if exists "company_customer_number_unique";`);
    this.addSql(`create table if not exists "company" ("id" text not null, "name" text not null, "organisation_number" text not null, "customer_number" text not null, "erp_version" text null, "portal_activated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_customer_number_unique" ON "company" ("customer_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "membership" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'user', 'support')) not null default 'user', "status" text check ("status" in ('active', 'disabled')) not null default 'active', "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_company_id" ON "membership" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_deleted_at" ON "membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_company_id_customer_id_unique" ON "membership" ("company_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_customer_id" ON "membership" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "membership" add constraint "membership_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "membership" drop constraint if exists "membership_company_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);
  }

}
