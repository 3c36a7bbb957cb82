-- CreateTable
CREATE TABLE "JobSearchEntry" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "employer" TEXT,
    "text" TEXT NOT NULL,
    "happensAt" TIMESTAMP(3),
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobSearchEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobSearchEntry_clientId_recordedAt_idx" ON "JobSearchEntry"("clientId", "recordedAt");

-- AddForeignKey
ALTER TABLE "JobSearchEntry" ADD CONSTRAINT "JobSearchEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
