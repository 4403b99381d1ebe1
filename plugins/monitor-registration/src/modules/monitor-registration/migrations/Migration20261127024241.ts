import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127024241 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "admin_registration" drop constraint if exists "admin_registration_installation_id_request_id_unique";`);
    this.addSql(`alter table if exists "admin_registration" drop constraint if exists "admin_registration_token_hash_unique";`);
    this.addSql(`create table if not exists "erp_installation" ("id" text not null, "company_id" text not null, "label" text null, "secret_ciphertext" text not null, "secret_key_id" text not null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "rotated_at" timestamptz null, "disabled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "erp_installation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_installation_deleted_at" ON "erp_installation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_installation_company_id" ON "erp_installation" ("company_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "admin_registration" ("id" text not null, "request_id" text not null, "email" text not null, "erp_user" jsonb not null, "erp_version" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "installation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "admin_registration_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_admin_registration_token_hash_unique" ON "admin_registration" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_registration_installation_id" ON "admin_registration" ("installation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_registration_deleted_at" ON "admin_registration" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_admin_registration_installation_id_request_id_unique" ON "admin_registration" ("installation_id", "request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_registration_email_created_at" ON "admin_registration" ("email", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "admin_registration" add constraint "admin_registration_installation_id_foreign" foreign key ("installation_id") references "erp_installation" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "admin_registration" drop constraint if exists "admin_registration_installation_id_foreign";`);

    this.addSql(`drop table if exists "erp_installation" cascade;`);

    this.addSql(`drop table if exists "admin_registration" cascade;`);
  }

}
