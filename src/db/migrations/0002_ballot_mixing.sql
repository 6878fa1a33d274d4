CREATE TABLE "wijkbudget_pending_ballots" (
	"round_id" integer NOT NULL,
	"choice" jsonb NOT NULL,
	"tracker" text,
	"polling_place_id" integer,
	CONSTRAINT "wijkbudget_pending_ballots_tracker_unique" UNIQUE("tracker")
);
--> statement-breakpoint
ALTER TABLE "wijkbudget_ballots" DROP CONSTRAINT "wijkbudget_ballots_tracker_unique";--> statement-breakpoint
ALTER TABLE "wijkbudget_rounds" ADD COLUMN "trackers" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wijkbudget_pending_ballots" ADD CONSTRAINT "wijkbudget_pending_ballots_round_id_wijkbudget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wijkbudget_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_pending_ballots" ADD CONSTRAINT "wijkbudget_pending_ballots_polling_place_id_wijkbudget_polling_places_id_fk" FOREIGN KEY ("polling_place_id") REFERENCES "public"."wijkbudget_polling_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wijkbudget_pending_ballots_round_idx" ON "wijkbudget_pending_ballots" USING btree ("round_id");--> statement-breakpoint
-- Rounds whose voters already received trackers keep offering them (the same conditions for every voter).
UPDATE "wijkbudget_rounds" SET "trackers" = true WHERE "id" IN (SELECT "round_id" FROM "wijkbudget_ballots" WHERE "tracker" IS NOT NULL);
