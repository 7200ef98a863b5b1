CREATE TABLE "brev_udbakke" (
	"noegle" text PRIMARY KEY NOT NULL,
	"modtager_cpr" text NOT NULL,
	"titel" text NOT NULL,
	"tekst" text NOT NULL,
	"kategori" text NOT NULL,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL,
	"sendt" timestamp with time zone,
	"forsoeg" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "oprindelse" text DEFAULT 'givet' NOT NULL;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "anmodet_privilegier" jsonb;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "anmodet_til" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "besvaret" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "tilbagekaldt_af" text;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "ophoert" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "ophoer_aarsag" text;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "varslet" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "fornyer" uuid;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "papir_reference" text;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "registreret_af_id" uuid;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "registreret_af_navn" text;--> statement-breakpoint
ALTER TABLE "fuldmagter" ADD COLUMN "form_noegle" text;--> statement-breakpoint
CREATE INDEX "brev_udbakke_afventer_idx" ON "brev_udbakke" USING btree ("sendt");--> statement-breakpoint
CREATE UNIQUE INDEX "fuldmagter_form_noegle_idx" ON "fuldmagter" USING btree ("form_noegle");