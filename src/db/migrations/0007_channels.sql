CREATE TABLE "user_invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "wijkbudget_paper_ballots" ALTER COLUMN "first_choice" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD COLUMN "replaces_letter" text;--> statement-breakpoint
ALTER TABLE "wijkbudget_paper_ballots" ADD COLUMN "first_code" "bytea";--> statement-breakpoint
ALTER TABLE "wijkbudget_paper_ballots" ADD COLUMN "second_code" "bytea";--> statement-breakpoint
ALTER TABLE "wijkbudget_paper_ballots" ADD COLUMN "refused" text;--> statement-breakpoint
ALTER TABLE "wijkbudget_plans" ADD COLUMN "entered_by" integer;--> statement-breakpoint
ALTER TABLE "wijkbudget_voting_codes" ADD COLUMN "replaced" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wijkbudget_voting_codes" ADD COLUMN "letter_hash" "bytea";--> statement-breakpoint
ALTER TABLE "user_invitations" ADD CONSTRAINT "user_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_invitations" ADD CONSTRAINT "user_invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_invitations_user_idx" ON "user_invitations" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "wijkbudget_plans" ADD CONSTRAINT "wijkbudget_plans_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_voting_codes" ADD CONSTRAINT "wijkbudget_voting_codes_letter_hash_unique" UNIQUE("letter_hash");