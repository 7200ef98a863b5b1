CREATE TABLE "brugte_assertions" (
	"noegle" text PRIMARY KEY NOT NULL,
	"udloeber" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tredjeparter" (
	"klient_id" text PRIMARY KEY NOT NULL,
	"navn" text NOT NULL,
	"cvr" text NOT NULL,
	"jwks" jsonb NOT NULL,
	"aktiv" boolean DEFAULT true NOT NULL,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "samtykker" ADD COLUMN "borger_navn" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "samtykker" ADD COLUMN "omfang" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "samtykker" ADD COLUMN "hjemmel" text DEFAULT 'GDPR art. 6, stk. 1, litra a' NOT NULL;--> statement-breakpoint
ALTER TABLE "samtykker" ADD COLUMN "engangs" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "samtykker" ADD COLUMN "forbrugt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "samtykker" ADD COLUMN "forbrugt_af" text;--> statement-breakpoint
ALTER TABLE "samtykker" ADD COLUMN "ophoert" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "samtykker" ADD COLUMN "form_noegle" text;--> statement-breakpoint
CREATE INDEX "brugte_assertions_udloeber_idx" ON "brugte_assertions" USING btree ("udloeber");--> statement-breakpoint
CREATE INDEX "samtykker_borger_idx" ON "samtykker" USING btree ("borger_cpr");--> statement-breakpoint
CREATE UNIQUE INDEX "samtykker_form_noegle_idx" ON "samtykker" USING btree ("form_noegle");