CREATE TABLE "adgangslog" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subjekt_noegle" text NOT NULL,
	"nr" integer NOT NULL,
	"tidspunkt" timestamp with time zone NOT NULL,
	"aktoer_navn" text NOT NULL,
	"aktoer_organisation" text NOT NULL,
	"aktoer_rolle" text NOT NULL,
	"grundlag_type" text NOT NULL,
	"grundlag_id" text NOT NULL,
	"kategori" text NOT NULL,
	"objekt" text NOT NULL,
	"formaal" text NOT NULL,
	"forrige_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adgangslog_hoved" (
	"subjekt_noegle" text PRIMARY KEY NOT NULL,
	"nr" integer NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "afvisninger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tidspunkt" timestamp with time zone DEFAULT now() NOT NULL,
	"aktoer" text NOT NULL,
	"subjekt_noegle" text NOT NULL,
	"handling" text NOT NULL,
	"grundlag" text NOT NULL,
	"aarsag" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assisterede_sessioner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"borger_cpr" text NOT NULL,
	"borger_navn" text NOT NULL,
	"medarbejder_id" uuid,
	"omraader" jsonb NOT NULL,
	"startet" timestamp with time zone,
	"udloeber" timestamp with time zone NOT NULL,
	"afsluttet" timestamp with time zone,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fuldmagter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"giver_cpr" text NOT NULL,
	"giver_navn" text NOT NULL,
	"fuldmaegtig_cpr" text NOT NULL,
	"fuldmaegtig_navn" text NOT NULL,
	"privilegier" jsonb NOT NULL,
	"status" text NOT NULL,
	"gyldig_fra" timestamp with time zone NOT NULL,
	"gyldig_til" timestamp with time zone NOT NULL,
	"tilbagekaldt" timestamp with time zone,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"noegle" text PRIMARY KEY NOT NULL,
	"vinduestart" timestamp with time zone NOT NULL,
	"antal" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samtykker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"borger_cpr" text NOT NULL,
	"modtager_navn" text NOT NULL,
	"modtager_cvr" text NOT NULL,
	"data" jsonb NOT NULL,
	"formaal" text NOT NULL,
	"gyldig_fra" timestamp with time zone NOT NULL,
	"gyldig_til" timestamp with time zone NOT NULL,
	"tilbagekaldt" timestamp with time zone,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spoergsmaal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"logpost_id" uuid NOT NULL,
	"subjekt_noegle" text NOT NULL,
	"tekst" text NOT NULL,
	"status" text DEFAULT 'modtaget' NOT NULL,
	"frist" timestamp with time zone NOT NULL,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "adgangslog_subjekt_nr_idx" ON "adgangslog" USING btree ("subjekt_noegle","nr");--> statement-breakpoint
CREATE INDEX "fuldmagter_giver_idx" ON "fuldmagter" USING btree ("giver_cpr");--> statement-breakpoint
CREATE INDEX "fuldmagter_fuldmaegtig_idx" ON "fuldmagter" USING btree ("fuldmaegtig_cpr");