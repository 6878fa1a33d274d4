ALTER TABLE "wijkbudget_code_batches" ADD COLUMN "buurt_code" text;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD COLUMN "status" text DEFAULT 'made' NOT NULL;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD COLUMN "format" text;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD COLUMN "decided_by" integer;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD CONSTRAINT "wijkbudget_code_batches_buurt_code_buurten_code_fk" FOREIGN KEY ("buurt_code") REFERENCES "public"."buurten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wijkbudget_code_batches" ADD CONSTRAINT "wijkbudget_code_batches_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;