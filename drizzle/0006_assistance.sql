CREATE TABLE "forberedte_handlinger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assisteret_id" uuid NOT NULL,
	"borger_cpr" text NOT NULL,
	"medarbejder_id" uuid NOT NULL,
	"medarbejder_navn" text NOT NULL,
	"medarbejder_enhed" text NOT NULL,
	"art" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'afventer' NOT NULL,
	"resultat" text,
	"besvaret" timestamp with time zone,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL,
	"form_noegle" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assisterede_sessioner" ADD COLUMN "kode_hash" text;--> statement-breakpoint
ALTER TABLE "assisterede_sessioner" ADD COLUMN "kode_udloeber" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assisterede_sessioner" ADD COLUMN "varighed_minutter" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "assisterede_sessioner" ADD COLUMN "maa_forberede" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assisterede_sessioner" ADD COLUMN "afsluttet_af" text;--> statement-breakpoint
ALTER TABLE "assisterede_sessioner" ADD COLUMN "oprettet_noegle" text;--> statement-breakpoint
ALTER TABLE "assisterede_sessioner" ADD COLUMN "bundet_noegle" text;--> statement-breakpoint
CREATE UNIQUE INDEX "forberedte_handlinger_form_noegle_idx" ON "forberedte_handlinger" USING btree ("form_noegle");--> statement-breakpoint
CREATE INDEX "forberedte_handlinger_borger_idx" ON "forberedte_handlinger" USING btree ("borger_cpr","status");--> statement-breakpoint
CREATE UNIQUE INDEX "assisterede_sessioner_kode_idx" ON "assisterede_sessioner" USING btree ("kode_hash") WHERE "assisterede_sessioner"."kode_hash" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "assisterede_sessioner_oprettet_noegle_idx" ON "assisterede_sessioner" USING btree ("oprettet_noegle");--> statement-breakpoint
CREATE UNIQUE INDEX "assisterede_sessioner_bundet_noegle_idx" ON "assisterede_sessioner" USING btree ("bundet_noegle");--> statement-breakpoint
CREATE INDEX "assisterede_sessioner_borger_idx" ON "assisterede_sessioner" USING btree ("borger_cpr");--> statement-breakpoint
CREATE INDEX "assisterede_sessioner_medarbejder_idx" ON "assisterede_sessioner" USING btree ("medarbejder_id");