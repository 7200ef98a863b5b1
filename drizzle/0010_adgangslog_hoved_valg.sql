ALTER TABLE "adgangslog_hoved" ADD COLUMN "aktoerer" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "adgangslog_hoved" ADD COLUMN "kategorier" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "adgangslog_subjekt_tid_idx" ON "adgangslog" USING btree ("subjekt_noegle","tidspunkt","nr");--> statement-breakpoint
CREATE INDEX "spoergsmaal_subjekt_idx" ON "spoergsmaal" USING btree ("subjekt_noegle","status");--> statement-breakpoint
UPDATE "adgangslog_hoved" h SET
  "aktoerer" = coalesce((SELECT array_agg(DISTINCT l."aktoer_navn") FROM "adgangslog" l WHERE l."subjekt_noegle" = h."subjekt_noegle"), '{}'),
  "kategorier" = coalesce((SELECT array_agg(DISTINCT l."kategori") FROM "adgangslog" l WHERE l."subjekt_noegle" = h."subjekt_noegle"), '{}');
