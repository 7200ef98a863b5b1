ALTER TABLE "login_sessioner" ADD COLUMN "fuldmagt_id" uuid;--> statement-breakpoint
ALTER TABLE "login_sessioner" ADD COLUMN "assisteret_id" uuid;