CREATE TABLE "initiatives_applicants" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_applicants_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "initiatives_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"initiative_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives_broker_wijken" (
	"user_id" integer NOT NULL,
	"wijk_id" integer NOT NULL,
	CONSTRAINT "initiatives_broker_wijken_user_id_wijk_id_pk" PRIMARY KEY("user_id","wijk_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives_budget_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"initiative_id" integer NOT NULL,
	"position" integer NOT NULL,
	"item" text NOT NULL,
	"amount_euros" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives_magic_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_magic_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "initiatives_pending_decisions" (
	"initiative_id" integer PRIMARY KEY NOT NULL,
	"to_status" text NOT NULL,
	"reason" text NOT NULL,
	"granted_euros" integer NOT NULL,
	"proposed_by" integer NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"applicant_id" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"maximum_euros" integer NOT NULL,
	"four_eyes_above_euros" integer NOT NULL,
	"decision_days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" serial PRIMARY KEY NOT NULL,
	"applicant_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"group_name" text,
	"contact_name" text,
	"phone" text,
	"title" text,
	"description" text,
	"buurt_code" text,
	"location" text,
	"starts_on" date,
	"ends_on" date,
	"audience" text,
	"participants" integer,
	"declared" boolean DEFAULT false NOT NULL,
	"publish_consent" boolean DEFAULT false NOT NULL,
	"received_at" timestamp with time zone,
	"decision_due_on" date,
	"granted_euros" integer,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "initiatives_attachments" ADD CONSTRAINT "initiatives_attachments_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives_broker_wijken" ADD CONSTRAINT "initiatives_broker_wijken_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives_broker_wijken" ADD CONSTRAINT "initiatives_broker_wijken_wijk_id_wijken_id_fk" FOREIGN KEY ("wijk_id") REFERENCES "public"."wijken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives_budget_lines" ADD CONSTRAINT "initiatives_budget_lines_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives_pending_decisions" ADD CONSTRAINT "initiatives_pending_decisions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives_pending_decisions" ADD CONSTRAINT "initiatives_pending_decisions_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives_sessions" ADD CONSTRAINT "initiatives_sessions_applicant_id_initiatives_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."initiatives_applicants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_applicant_id_initiatives_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."initiatives_applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_buurt_code_buurten_code_fk" FOREIGN KEY ("buurt_code") REFERENCES "public"."buurten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiatives_applicant_idx" ON "initiatives" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "initiatives_status_idx" ON "initiatives" USING btree ("status","decision_due_on");