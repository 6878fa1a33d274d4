CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"user_email" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"alliance_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"reset_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alliance_lines" (
	"alliance_id" integer NOT NULL,
	"line_id" integer NOT NULL,
	CONSTRAINT "alliance_lines_alliance_id_line_id_pk" PRIMARY KEY("alliance_id","line_id")
);
--> statement-breakpoint
CREATE TABLE "alliance_partners" (
	"alliance_id" integer NOT NULL,
	"partner_id" integer NOT NULL,
	CONSTRAINT "alliance_partners_alliance_id_partner_id_pk" PRIMARY KEY("alliance_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "alliances" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"position" integer NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "alliances_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "budget_rows" (
	"id" serial PRIMARY KEY NOT NULL,
	"table_id" integer NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"lasten" integer,
	"baten" integer,
	"saldo" integer
);
--> statement-breakpoint
CREATE TABLE "budget_tables" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"period" text NOT NULL,
	"unit" text NOT NULL,
	"position" integer NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "budget_tables_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "buurten" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"cbs_wijk_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_contributions" (
	"id" serial PRIMARY KEY NOT NULL,
	"fund_id" integer NOT NULL,
	"contributor" text NOT NULL,
	"amount_euros" bigint NOT NULL,
	"position" integer NOT NULL,
	"source" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funds" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"position" integer NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "funds_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"line_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"target_value" numeric,
	"target_unit" text,
	"target_year" integer,
	"position" integer NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "goals_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"ambition_title" text NOT NULL,
	"ambition" text NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "lines_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "measure_goals" (
	"measure_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	CONSTRAINT "measure_goals_measure_id_goal_id_pk" PRIMARY KEY("measure_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "measure_lines" (
	"measure_id" integer NOT NULL,
	"line_id" integer NOT NULL,
	CONSTRAINT "measure_lines_measure_id_line_id_pk" PRIMARY KEY("measure_id","line_id")
);
--> statement-breakpoint
CREATE TABLE "measure_partners" (
	"measure_id" integer NOT NULL,
	"partner_id" integer NOT NULL,
	CONSTRAINT "measure_partners_measure_id_partner_id_pk" PRIMARY KEY("measure_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "measure_status_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"measure_id" integer NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"note" text,
	"changed_by" integer,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"measure_id" integer NOT NULL,
	"published_on" date NOT NULL,
	"body" text NOT NULL,
	"author_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_wijken" (
	"measure_id" integer NOT NULL,
	"wijk_id" integer NOT NULL,
	CONSTRAINT "measure_wijken_measure_id_wijk_id_pk" PRIMARY KEY("measure_id","wijk_id")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"top10_rank" integer,
	"status" text DEFAULT 'unknown' NOT NULL,
	"alliance_id" integer,
	"budget_euros" bigint,
	"funding_source" text,
	"position" integer DEFAULT 0 NOT NULL,
	"source" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_slug_unique" UNIQUE("slug"),
	CONSTRAINT "measures_top10_rank_unique" UNIQUE("top10_rank")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "partners_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"mission" text NOT NULL,
	"summary" text NOT NULL,
	"partnerraad" text NOT NULL,
	"source" jsonb NOT NULL,
	"partnerraad_source" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wijken" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"cbs_code" text NOT NULL,
	"description" text NOT NULL,
	"position" integer NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "wijken_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_lines" ADD CONSTRAINT "alliance_lines_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_lines" ADD CONSTRAINT "alliance_lines_line_id_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_partners" ADD CONSTRAINT "alliance_partners_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_partners" ADD CONSTRAINT "alliance_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_rows" ADD CONSTRAINT "budget_rows_table_id_budget_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."budget_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_contributions" ADD CONSTRAINT "fund_contributions_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_line_id_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goals" ADD CONSTRAINT "measure_goals_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goals" ADD CONSTRAINT "measure_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_lines" ADD CONSTRAINT "measure_lines_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_lines" ADD CONSTRAINT "measure_lines_line_id_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_partners" ADD CONSTRAINT "measure_partners_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_partners" ADD CONSTRAINT "measure_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_status_changes" ADD CONSTRAINT "measure_status_changes_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_updates" ADD CONSTRAINT "measure_updates_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_wijken" ADD CONSTRAINT "measure_wijken_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_wijken" ADD CONSTRAINT "measure_wijken_wijk_id_wijken_id_fk" FOREIGN KEY ("wijk_id") REFERENCES "public"."wijken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "measure_lines_line_idx" ON "measure_lines" USING btree ("line_id");--> statement-breakpoint
CREATE INDEX "measure_updates_measure_idx" ON "measure_updates" USING btree ("measure_id","published_on");--> statement-breakpoint
CREATE INDEX "measure_wijken_wijk_idx" ON "measure_wijken" USING btree ("wijk_id");--> statement-breakpoint
CREATE INDEX "measures_alliance_idx" ON "measures" USING btree ("alliance_id");--> statement-breakpoint
CREATE INDEX "measures_status_idx" ON "measures" USING btree ("status");