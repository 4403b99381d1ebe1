import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "company_erp_profile" ("id" text not null, "company_id" text not null, "erp_version" text null, "erp_version_reported_at" timestamptz null, "portal_activated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_erp_profile_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_erp_profile_company_id_unique" ON "company_erp_profile" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_erp_profile_deleted_at" ON "company_erp_profile" ("deleted_at") WHERE deleted_at IS NULL;`)
    // These facts used to be columns of company-tenancy's company: carried over where they still exist.
    this.addSql(`do $$ begin
      if exists (select 1 from information_schema.columns where table_name = 'company' and column_name = 'erp_version') then
        insert into "company_erp_profile" ("id", "company_id", "erp_version", "portal_activated_at")
        select 'erpp_' || upper(replace(gen_random_uuid()::text, '-', '')), "id", "erp_version", "portal_activated_at"
        from "company" where "deleted_at" is null and ("erp_version" is not null or "portal_activated_at" is not null)
        on conflict do nothing;
      end if;
    end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "company_erp_profile" cascade;`)
  }
}
