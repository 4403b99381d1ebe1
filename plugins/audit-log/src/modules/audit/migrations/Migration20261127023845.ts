import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127023845 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "audit_event" ("id" text not null, "action" text not null, "actor_type" text check ("actor_type" in ('customer', 'user', 'erp', 'system', 'anonymous')) not null, "actor_id" text null, "actor_email" text null, "company_id" text null, "ip" text null, "user_agent" text null, "details" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_event_deleted_at" ON "audit_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_event_company_id_created_at" ON "audit_event" ("company_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_event_action_created_at" ON "audit_event" ("action", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_event_actor_id" ON "audit_event" ("actor_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
  }

}
