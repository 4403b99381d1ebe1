import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The quote's PDF as sent (and as accepted), in private storage like the invoices'. */
export class Migration20261206230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" add column if not exists "pdf_file_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote" drop column if exists "pdf_file_id";`)
  }
}
