CREATE TABLE "monitor_figures" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"area_code" text NOT NULL,
	"cbs_key" text NOT NULL,
	"stem" text NOT NULL,
	"value" double precision,
	"unit" text NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_figures_year_area_stem" UNIQUE("year","area_code","stem")
);
