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
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_wijk_id_wijken_id_fk" FOREIGN KEY ("wijk_id") REFERENCES "public"."wijken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultations_wijk_starts_idx" ON "consultations" USING btree ("wijk_id","starts_on");