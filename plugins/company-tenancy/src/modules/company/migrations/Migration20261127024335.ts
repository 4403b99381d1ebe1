import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127024335 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invitation_grant" drop constraint if exists "invitation_grant_invitation_id_company_id_unique";`);
    this.addSql(`alter table if exists "invitation" drop constraint if exists "invitation_token_hash_unique";`);
    this.addSql(`create table if not exists "invitation" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_customer_id" text null, "revoked_at" timestamptz null, "invited_by_customer_id" text null, "send_count" integer not null default 1, "last_sent_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invitation_token_hash_unique" ON "invitation" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invitation_deleted_at" ON "invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invitation_email" ON "invitation" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invitation_grant" ("id" text not null, "company_id" text not null, "role" text check ("role" in ('admin', 'user', 'support')) not null default 'user', "invitation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invitation_grant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invitation_grant_invitation_id" ON "invitation_grant" ("invitation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invitation_grant_deleted_at" ON "invitation_grant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invitation_grant_company_id" ON "invitation_grant" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invitation_grant_invitation_id_company_id_unique" ON "invitation_grant" ("invitation_id", "company_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "invitation_grant" add constraint "invitation_grant_invitation_id_foreign" foreign key ("invitation_id") references "invitation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invitation_grant" drop constraint if exists "invitation_grant_invitation_id_foreign";`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "invitation_grant" cascade;`);
  }

}
