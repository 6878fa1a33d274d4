CREATE TABLE "wijkbudget_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" integer NOT NULL,
	"choice" jsonb NOT NULL,
	"tracker" text,
	"polling_place_id" integer,
	CONSTRAINT "wijkbudget_ballots_tracker_unique" UNIQUE("tracker")
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_code_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"size" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_paper_ballots" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"serial" text NOT NULL,
	"polling_place_id" integer NOT NULL,
	"first_by" integer NOT NULL,
	"first_choice" jsonb NOT NULL,
	"second_by" integer,
	"second_choice" jsonb,
	"counted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "wijkbudget_paper_ballots_serial" UNIQUE("round_id","serial")
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_plan_photos" (
	"plan_id" integer PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"alt" text
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"buurt_code" text NOT NULL,
	"location" text,
	"submitter_cost_cents" bigint NOT NULL,
	"cost_cents" bigint,
	"contact_email" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"status_reason" text,
	"merged_into_id" integer,
	"measure_id" integer,
	"has_photo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_polling_places" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "wijkbudget_polling_places_name" UNIQUE("round_id","name")
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_results" (
	"round_id" integer PRIMARY KEY NOT NULL,
	"document" text NOT NULL,
	"result_sha256" text NOT NULL,
	"ballots_pb" text NOT NULL,
	"ballots_csv" text NOT NULL,
	"ballots_sha256" text NOT NULL,
	"counted_at" timestamp with time zone NOT NULL,
	"counted_by" integer,
	"published_at" timestamp with time zone,
	"published_by" integer
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"intro" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"wijk_id" integer,
	"budget_cents" bigint NOT NULL,
	"ballot_kind" text NOT NULL,
	"ballot_limit" integer,
	"rule" text NOT NULL,
	"minimum_age" integer NOT NULL,
	"eligibility" text NOT NULL,
	"submit_from" timestamp with time zone NOT NULL,
	"submit_until" timestamp with time zone NOT NULL,
	"review_until" timestamp with time zone NOT NULL,
	"vote_from" timestamp with time zone NOT NULL,
	"vote_until" timestamp with time zone NOT NULL,
	"result_by" timestamp with time zone NOT NULL,
	"execution_from" timestamp with time zone NOT NULL,
	"result_published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wijkbudget_rounds_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_voting_codes" (
	"hash" "bytea" PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"batch_id" integer NOT NULL,
	"used" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wijkbudget_secrets" (
	"name" text NOT NULL,
	"value" "bytea" NOT NULL,
	CONSTRAINT "wijkbudget_secrets_name_pk" PRIMARY KEY("name")
);
--> statement-breakpoint
ALTER TABLE "wijkbudget_ballots" ADD CONSTRAINT "wijkbudget_ballots_round_id_wijkbudget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wijkbudget_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_ballots" ADD CONSTRAINT "wijkbudget_ballots_polling_place_id_wijkbudget_polling_places_id_fk" FOREIGN KEY ("polling_place_id") REFERENCES "public"."wijkbudget_polling_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD CONSTRAINT "wijkbudget_code_batches_round_id_wijkbudget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wijkbudget_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD CONSTRAINT "wijkbudget_code_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_paper_ballots" ADD CONSTRAINT "wijkbudget_paper_ballots_round_id_wijkbudget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wijkbudget_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_paper_ballots" ADD CONSTRAINT "wijkbudget_paper_ballots_polling_place_id_wijkbudget_polling_places_id_fk" FOREIGN KEY ("polling_place_id") REFERENCES "public"."wijkbudget_polling_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_paper_ballots" ADD CONSTRAINT "wijkbudget_paper_ballots_first_by_users_id_fk" FOREIGN KEY ("first_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_paper_ballots" ADD CONSTRAINT "wijkbudget_paper_ballots_second_by_users_id_fk" FOREIGN KEY ("second_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_plan_photos" ADD CONSTRAINT "wijkbudget_plan_photos_plan_id_wijkbudget_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."wijkbudget_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_plans" ADD CONSTRAINT "wijkbudget_plans_round_id_wijkbudget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wijkbudget_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_plans" ADD CONSTRAINT "wijkbudget_plans_buurt_code_buurten_code_fk" FOREIGN KEY ("buurt_code") REFERENCES "public"."buurten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_plans" ADD CONSTRAINT "wijkbudget_plans_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_polling_places" ADD CONSTRAINT "wijkbudget_polling_places_round_id_wijkbudget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wijkbudget_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_results" ADD CONSTRAINT "wijkbudget_results_round_id_wijkbudget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wijkbudget_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_results" ADD CONSTRAINT "wijkbudget_results_counted_by_users_id_fk" FOREIGN KEY ("counted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_results" ADD CONSTRAINT "wijkbudget_results_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_rounds" ADD CONSTRAINT "wijkbudget_rounds_wijk_id_wijken_id_fk" FOREIGN KEY ("wijk_id") REFERENCES "public"."wijken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_voting_codes" ADD CONSTRAINT "wijkbudget_voting_codes_round_id_wijkbudget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wijkbudget_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_voting_codes" ADD CONSTRAINT "wijkbudget_voting_codes_batch_id_wijkbudget_code_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."wijkbudget_code_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wijkbudget_ballots_round_idx" ON "wijkbudget_ballots" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "wijkbudget_plans_round_idx" ON "wijkbudget_plans" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "wijkbudget_voting_codes_round_idx" ON "wijkbudget_voting_codes" USING btree ("round_id");--> statement-breakpoint
CREATE FUNCTION "wijkbudget_published_result_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.published_at IS NOT NULL THEN
    RAISE EXCEPTION 'a published wijkbudget result never changes';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "wijkbudget_results_final" BEFORE UPDATE OR DELETE ON "wijkbudget_results"
  FOR EACH ROW EXECUTE FUNCTION "wijkbudget_published_result_is_final"();
