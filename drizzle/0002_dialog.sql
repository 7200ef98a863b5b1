CREATE TABLE "dialog_beslutninger" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"forslag" text NOT NULL,
	"hvorfor" text NOT NULL,
	"ansvarlig" text NOT NULL,
	"afproevning" text NOT NULL,
	"afproevning_slut" date NOT NULL,
	"opfoelgning" date NOT NULL,
	"opfoelgning_udfoert" timestamp with time zone,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialog_bidrag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"deltager_id" uuid,
	"art" text NOT NULL,
	"tekst" text NOT NULL,
	"valgt" boolean DEFAULT false NOT NULL,
	"valgt_af" uuid,
	"form_noegle" text,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialog_deltagere" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"navn" text NOT NULL,
	"token" text NOT NULL,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialog_sessioner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"emne" text NOT NULL,
	"dato" date NOT NULL,
	"forventede_deltagere" integer NOT NULL,
	"kode" text NOT NULL,
	"kode_udloeber" timestamp with time zone NOT NULL,
	"enhed" text NOT NULL,
	"oprettet_af" uuid NOT NULL,
	"oprettet_af_navn" text NOT NULL,
	"form_noegle" text,
	"case_valg" text DEFAULT 'paa-konens-vegne' NOT NULL,
	"egen_case" text,
	"varigheder" jsonb NOT NULL,
	"stille_sekunder" integer DEFAULT 60 NOT NULL,
	"trin" integer DEFAULT 0 NOT NULL,
	"sluttid" timestamp with time zone,
	"pause_rest" integer,
	"stille_slut" timestamp with time zone,
	"afsluttet" timestamp with time zone,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialog_stemmer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"deltager_id" uuid NOT NULL,
	"bidrag_id" uuid NOT NULL,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dialog_beslutninger" ADD CONSTRAINT "dialog_beslutninger_session_id_dialog_sessioner_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialog_sessioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_bidrag" ADD CONSTRAINT "dialog_bidrag_session_id_dialog_sessioner_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialog_sessioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_bidrag" ADD CONSTRAINT "dialog_bidrag_deltager_id_dialog_deltagere_id_fk" FOREIGN KEY ("deltager_id") REFERENCES "public"."dialog_deltagere"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_deltagere" ADD CONSTRAINT "dialog_deltagere_session_id_dialog_sessioner_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialog_sessioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_stemmer" ADD CONSTRAINT "dialog_stemmer_session_id_dialog_sessioner_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialog_sessioner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_stemmer" ADD CONSTRAINT "dialog_stemmer_deltager_id_dialog_deltagere_id_fk" FOREIGN KEY ("deltager_id") REFERENCES "public"."dialog_deltagere"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_stemmer" ADD CONSTRAINT "dialog_stemmer_bidrag_id_dialog_bidrag_id_fk" FOREIGN KEY ("bidrag_id") REFERENCES "public"."dialog_bidrag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialog_bidrag_session_idx" ON "dialog_bidrag" USING btree ("session_id","art");--> statement-breakpoint
CREATE UNIQUE INDEX "dialog_bidrag_form_noegle_idx" ON "dialog_bidrag" USING btree ("session_id","form_noegle");--> statement-breakpoint
CREATE UNIQUE INDEX "dialog_deltagere_token_idx" ON "dialog_deltagere" USING btree ("token");--> statement-breakpoint
CREATE INDEX "dialog_deltagere_session_idx" ON "dialog_deltagere" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dialog_sessioner_kode_idx" ON "dialog_sessioner" USING btree ("kode");--> statement-breakpoint
CREATE UNIQUE INDEX "dialog_sessioner_form_noegle_idx" ON "dialog_sessioner" USING btree ("form_noegle");--> statement-breakpoint
CREATE INDEX "dialog_sessioner_enhed_idx" ON "dialog_sessioner" USING btree ("enhed");--> statement-breakpoint
CREATE UNIQUE INDEX "dialog_stemmer_en_pr_deltager_idx" ON "dialog_stemmer" USING btree ("session_id","deltager_id");