CREATE TABLE "bilag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ejer_id" uuid NOT NULL,
	"filnavn" text NOT NULL,
	"mime" text NOT NULL,
	"stoerrelse" integer NOT NULL,
	"sha256" text NOT NULL,
	"indhold" "bytea" NOT NULL,
	"noegle" text,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hentesamtykker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"noegle" text NOT NULL,
	"borger_cpr" text NOT NULL,
	"borger_navn" text NOT NULL,
	"kilde" text NOT NULL,
	"felter" jsonb NOT NULL,
	"periode_fra" text,
	"periode_til" text,
	"formaal" text NOT NULL,
	"opbevaring" text NOT NULL,
	"sag_id" uuid NOT NULL,
	"rettelse_id" uuid,
	"anmodet_af_id" uuid NOT NULL,
	"anmodet_af_navn" text NOT NULL,
	"anmodet_af_enhed" text NOT NULL,
	"status" text DEFAULT 'anmodet' NOT NULL,
	"anmodet" timestamp with time zone DEFAULT now() NOT NULL,
	"besvaret" timestamp with time zone,
	"gyldig_til" timestamp with time zone,
	"tilbagekaldt" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "hentninger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samtykke_id" uuid NOT NULL,
	"hentet" timestamp with time zone DEFAULT now() NOT NULL,
	"noegle" text,
	"resultat" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rettelse_haendelser" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rettelse_id" uuid NOT NULL,
	"type" text NOT NULL,
	"tidspunkt" timestamp with time zone DEFAULT now() NOT NULL,
	"tekst" text,
	"af_navn" text NOT NULL,
	"noegle" text
);
--> statement-breakpoint
CREATE TABLE "rettelser" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nr" serial NOT NULL,
	"noegle" text NOT NULL,
	"status" text DEFAULT 'kladde' NOT NULL,
	"subjekt_cpr" text NOT NULL,
	"subjekt_navn" text NOT NULL,
	"indsender_cpr" text NOT NULL,
	"indsender_navn" text NOT NULL,
	"fuldmagt_id" uuid,
	"maal" text NOT NULL,
	"felt" text,
	"datum_id" uuid,
	"kilde_sag_id" uuid,
	"betegnelse" text NOT NULL,
	"registreret_vaerdi" text NOT NULL,
	"hvad_er_forkert" text NOT NULL,
	"rigtig_vaerdi" text NOT NULL,
	"rigtig_adresse" jsonb,
	"begrundelse" text NOT NULL,
	"ansvarlig_id" uuid,
	"ansvarlig_navn" text,
	"ansvarlig_enhed" text NOT NULL,
	"sag_id" uuid,
	"modtaget" timestamp with time zone,
	"frist" timestamp with time zone,
	"frist_forlaenget" timestamp with time zone,
	"beslutning" jsonb,
	"afgjort" timestamp with time zone,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sag_tilfoejelser" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"noegle" text NOT NULL,
	"subjekt_cpr" text NOT NULL,
	"subjekt_navn" text NOT NULL,
	"sag_id" uuid NOT NULL,
	"tekst" text NOT NULL,
	"indsender_navn" text NOT NULL,
	"fuldmagt_id" uuid,
	"ansvarlig_id" uuid,
	"set" timestamp with time zone,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spoergsmaal_behandling" (
	"spoergsmaal_id" uuid PRIMARY KEY NOT NULL,
	"subjekt_cpr" text NOT NULL,
	"subjekt_navn" text NOT NULL,
	"ansvarlig_id" uuid,
	"ansvarlig_navn" text,
	"sag_id" uuid,
	"svar" text,
	"besvaret" timestamp with time zone,
	"besvaret_af" text
);
--> statement-breakpoint
ALTER TABLE "hentninger" ADD CONSTRAINT "hentninger_samtykke_id_hentesamtykker_id_fk" FOREIGN KEY ("samtykke_id") REFERENCES "public"."hentesamtykker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rettelse_haendelser" ADD CONSTRAINT "rettelse_haendelser_rettelse_id_rettelser_id_fk" FOREIGN KEY ("rettelse_id") REFERENCES "public"."rettelser"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bilag_ejer_idx" ON "bilag" USING btree ("ejer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bilag_noegle_idx" ON "bilag" USING btree ("noegle");--> statement-breakpoint
CREATE UNIQUE INDEX "hentesamtykker_noegle_idx" ON "hentesamtykker" USING btree ("noegle");--> statement-breakpoint
CREATE INDEX "hentesamtykker_borger_idx" ON "hentesamtykker" USING btree ("borger_cpr");--> statement-breakpoint
CREATE INDEX "hentesamtykker_anmodet_af_idx" ON "hentesamtykker" USING btree ("anmodet_af_id");--> statement-breakpoint
CREATE INDEX "hentninger_samtykke_idx" ON "hentninger" USING btree ("samtykke_id","hentet");--> statement-breakpoint
CREATE UNIQUE INDEX "hentninger_noegle_idx" ON "hentninger" USING btree ("noegle");--> statement-breakpoint
CREATE INDEX "rettelse_haendelser_rettelse_idx" ON "rettelse_haendelser" USING btree ("rettelse_id","tidspunkt");--> statement-breakpoint
CREATE UNIQUE INDEX "rettelse_haendelser_noegle_idx" ON "rettelse_haendelser" USING btree ("noegle");--> statement-breakpoint
CREATE UNIQUE INDEX "rettelser_noegle_idx" ON "rettelser" USING btree ("noegle");--> statement-breakpoint
CREATE UNIQUE INDEX "rettelser_nr_idx" ON "rettelser" USING btree ("nr");--> statement-breakpoint
CREATE INDEX "rettelser_subjekt_idx" ON "rettelser" USING btree ("subjekt_cpr");--> statement-breakpoint
CREATE INDEX "rettelser_ansvarlig_idx" ON "rettelser" USING btree ("ansvarlig_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "rettelser_en_aaben_idx" ON "rettelser" USING btree ("subjekt_cpr","maal") WHERE status in ('modtaget', 'under-behandling');--> statement-breakpoint
CREATE UNIQUE INDEX "sag_tilfoejelser_noegle_idx" ON "sag_tilfoejelser" USING btree ("noegle");--> statement-breakpoint
CREATE INDEX "sag_tilfoejelser_sag_idx" ON "sag_tilfoejelser" USING btree ("subjekt_cpr","sag_id");--> statement-breakpoint
CREATE INDEX "sag_tilfoejelser_ansvarlig_idx" ON "sag_tilfoejelser" USING btree ("ansvarlig_id");--> statement-breakpoint
CREATE INDEX "spoergsmaal_behandling_ansvarlig_idx" ON "spoergsmaal_behandling" USING btree ("ansvarlig_id");