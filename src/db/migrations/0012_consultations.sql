CREATE TABLE "consultations_contributions" (
	"id" serial PRIMARY KEY NOT NULL,
	"consultation_id" integer NOT NULL,
	"body" text NOT NULL,
	"channel" text NOT NULL,
	"people_count" integer DEFAULT 1 NOT NULL,
	"email" text,
	"status" text DEFAULT 'received' NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"moderation_reason" text,
	"merged_into_id" integer,
	"entered_by" integer,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"organiser" text NOT NULL,
	"summary" text NOT NULL,
	"wijk_id" integer NOT NULL,
	"buurt_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"level" text NOT NULL,
	"open_for_discussion" text NOT NULL,
	"not_open_for_discussion" text NOT NULL,
	"answer_promised_on" date NOT NULL,
	"method" text NOT NULL,
	"heard" text,
	"will_do" text,
	"wont_do" text,
	"summarised_at" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "consultations_contributions" ADD CONSTRAINT "consultations_contributions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations_contributions" ADD CONSTRAINT "consultations_contributions_merged_into_id_consultations_contributions_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."consultations_contributions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations_contributions" ADD CONSTRAINT "consultations_contributions_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_wijk_id_wijken_id_fk" FOREIGN KEY ("wijk_id") REFERENCES "public"."wijken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_contributions_consultation_idx" ON "consultations_contributions" USING btree ("consultation_id","id");--> statement-breakpoint
CREATE INDEX "consultations_contributions_status_idx" ON "consultations_contributions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "consultations_wijk_starts_idx" ON "consultations" USING btree ("wijk_id","starts_on");