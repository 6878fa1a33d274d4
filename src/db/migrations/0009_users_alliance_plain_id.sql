ALTER TABLE "users" DROP CONSTRAINT "users_alliance_id_alliances_id_fk";
