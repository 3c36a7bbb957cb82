-- AlterTable
ALTER TABLE "Escalation" ADD COLUMN "number" INTEGER;

-- Number the escalations already raised, oldest first.
UPDATE "Escalation" SET "number" = (
  SELECT COUNT(*) FROM "Escalation" AS "earlier"
  WHERE "earlier"."createdAt" < "Escalation"."createdAt"
     OR ("earlier"."createdAt" = "Escalation"."createdAt" AND "earlier"."id" <= "Escalation"."id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Escalation_number_key" ON "Escalation"("number");
