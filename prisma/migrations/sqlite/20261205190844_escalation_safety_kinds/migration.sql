-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Escalation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER,
    "clientId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "urgency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "openKey" TEXT,
    "detail" TEXT NOT NULL,
    "safetyKinds" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL,
    "contactBy" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "leaseUntil" DATETIME,
    "deliveredAt" DATETIME,
    "renotifiedAt" DATETIME,
    "acknowledgedAt" DATETIME,
    "acknowledgedBy" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Escalation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Escalation" ("acknowledgedAt", "acknowledgedBy", "attempts", "clientId", "contactBy", "createdAt", "deliveredAt", "detail", "id", "leaseUntil", "nextAttemptAt", "number", "openKey", "reason", "renotifiedAt", "resolvedAt", "status", "summary", "urgency") SELECT "acknowledgedAt", "acknowledgedBy", "attempts", "clientId", "contactBy", "createdAt", "deliveredAt", "detail", "id", "leaseUntil", "nextAttemptAt", "number", "openKey", "reason", "renotifiedAt", "resolvedAt", "status", "summary", "urgency" FROM "Escalation";
DROP TABLE "Escalation";
ALTER TABLE "new_Escalation" RENAME TO "Escalation";
CREATE UNIQUE INDEX "Escalation_number_key" ON "Escalation"("number");
CREATE UNIQUE INDEX "Escalation_openKey_key" ON "Escalation"("openKey");
CREATE INDEX "Escalation_status_nextAttemptAt_idx" ON "Escalation"("status", "nextAttemptAt");
CREATE INDEX "Escalation_clientId_idx" ON "Escalation"("clientId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Crises raised before this kept their kinds only in the detail's words. Abuse or control is the
-- kind the adviser's next step reads ("Reach them safely today"), so it is carried over.
UPDATE "Escalation" SET "safetyKinds" = 'abuse' WHERE "reason" = 'crisis' AND ("detail" LIKE '%abuse or violence%' OR "detail" LIKE '%coercive control%');
