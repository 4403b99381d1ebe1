import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127024159 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "enrolment_code" ("id" text not null, "auth_identity_id" text not null, "code_hash" text not null, "expires_at" timestamptz not null, "attempts" integer not null default 0, "used_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enrolment_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrolment_code_deleted_at" ON "enrolment_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrolment_code_auth_identity_id" ON "enrolment_code" ("auth_identity_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enrolment_code" cascade;`);
  }

}
