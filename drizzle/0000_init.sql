CREATE TABLE "login_sessioner" (
	"id" text PRIMARY KEY NOT NULL,
	"art" text NOT NULL,
	"subject" text NOT NULL,
	"navn" text NOT NULL,
	"cpr" text,
	"cvr" text,
	"privilegier" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sikringsniveau" text NOT NULL,
	"oprettet" timestamp with time zone DEFAULT now() NOT NULL,
	"udloeber" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medarbejdere" (
	"id" uuid PRIMARY KEY NOT NULL,
	"navn" text NOT NULL,
	"enhed" text NOT NULL,
	"email" text NOT NULL,
	"telefon" text NOT NULL,
	"aktiv" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX "login_sessioner_udloeber_idx" ON "login_sessioner" USING btree ("udloeber");