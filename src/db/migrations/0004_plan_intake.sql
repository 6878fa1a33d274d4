ALTER TABLE "wijkbudget_plans" ALTER COLUMN "contact_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "wijkbudget_plans" ADD COLUMN "submission_key" text;--> statement-breakpoint
ALTER TABLE "wijkbudget_rounds" ADD COLUMN "moderate_plans" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "wijkbudget_plans" ADD CONSTRAINT "wijkbudget_plans_submission_key_unique" UNIQUE("submission_key");