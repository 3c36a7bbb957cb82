-- CreateTable
CREATE TABLE "JobSearchEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "employer" TEXT,
    "text" TEXT NOT NULL,
    "happensAt" DATETIME,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "JobSearchEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "JobSearchEntry_clientId_recordedAt_idx" ON "JobSearchEntry"("clientId", "recordedAt");
