CREATE TABLE "reports_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"body" text NOT NULL,
	"author_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports_photos" (
	"report_id" integer PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission" uuid NOT NULL,
	"follow_token_hash" text NOT NULL,
	"category" text NOT NULL,
	"sensitive" boolean NOT NULL,
	"buurt_code" text NOT NULL,
	"location" text NOT NULL,
	"description" text NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"has_photo" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"forwarded_to" text,
	"public_answer" text,
	"answered_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"solved" boolean,
	"reopened_at" timestamp with time zone,
	"merged_into_id" integer,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_submission_unique" UNIQUE("submission"),
	CONSTRAINT "reports_follow_token_hash_unique" UNIQUE("follow_token_hash")
);
--> statement-breakpoint
ALTER TABLE "reports_notes" ADD CONSTRAINT "reports_notes_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_notes" ADD CONSTRAINT "reports_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports_photos" ADD CONSTRAINT "reports_photos_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_buurt_code_buurten_code_fk" FOREIGN KEY ("buurt_code") REFERENCES "public"."buurten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_notes_report_idx" ON "reports_notes" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "reports_status_created_idx" ON "reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "reports_buurt_idx" ON "reports" USING btree ("buurt_code");