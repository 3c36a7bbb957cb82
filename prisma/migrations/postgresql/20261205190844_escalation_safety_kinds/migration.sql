-- AlterTable
ALTER TABLE "Escalation" ADD COLUMN     "safetyKinds" TEXT NOT NULL DEFAULT '';

-- Crises raised before this kept their kinds only in the detail's words. Abuse or control is the
-- kind the adviser's next step reads ("Reach them safely today"), so it is carried over.
UPDATE "Escalation" SET "safetyKinds" = 'abuse' WHERE "reason" = 'crisis' AND ("detail" LIKE '%abuse or violence%' OR "detail" LIKE '%coercive control%');
