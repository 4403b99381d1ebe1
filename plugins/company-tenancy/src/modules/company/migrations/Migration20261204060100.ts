import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A company's ERP version and portal activation are ERP facts: monitor-registration's company_erp_profile holds them. */
export class Migration20261204060100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company" drop column if exists "erp_version", drop column if exists "portal_activated_at";`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company" add column if not exists "erp_version" text null, add column if not exists "portal_activated_at" timestamptz null;`)
  }
}
